"""Small inline SVG pictures of the data for the catalog page: no script, no network, same bytes every time.

Built with ElementTree so that every name from the data is escaped; ties are broken by name so that the
order never depends on the order of the rows.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import polars as pl

# Okabe-Ito colours, distinguishable with the common colour-vision deficiencies; grey for "other".
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
GREY = "#999999"
UNKNOWN_PUBLISHER = "publisher unknown"
OTHER_PUBLISHERS = "other publishers"
MAX_MONTHS = 240  # longer spans are shown as the months that have articles, without empty ones between
TOP_SPEAKERS = 10

_FONT = "font-family:system-ui,sans-serif;font-size:11px"


def _svg(width: int, height: int, title: str) -> ET.Element:
    svg = ET.Element(
        "svg",
        {"xmlns": "http://www.w3.org/2000/svg", "viewBox": f"0 0 {width} {height}", "role": "img", "style": _FONT},
    )
    ET.SubElement(svg, "title").text = title
    return svg


def _text(parent: ET.Element, x: float, y: float, text: str, **attrs: str) -> None:
    ET.SubElement(parent, "text", {"x": _n(x), "y": _n(y), **attrs}).text = text


def _n(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _months(first: str, last: str) -> list[str]:
    """Every month from `first` to `last`, both 'YYYY-MM'."""
    (year, month), end = (int(part) for part in first.split("-")), tuple(int(part) for part in last.split("-"))
    months = []
    while (year, month) <= end:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def articles_per_month(articles: pl.LazyFrame) -> str | None:
    """Stacked bars: articles per month of published_date, coloured by publisher. None without dates.

    Lazy, on the streaming engine: only the counts per month and publisher are ever in memory, not the
    columns of a million articles."""
    counted = (
        articles.filter(pl.col("published_date").is_not_null())
        .group_by(
            month=pl.col("published_date").dt.strftime("%Y-%m"),
            publisher=pl.col("publisher").fill_null(UNKNOWN_PUBLISHER),
        )
        .len()
        .collect(engine="streaming")
    )
    if counted.is_empty():
        return None
    totals = counted.group_by("publisher").agg(pl.col("len").sum()).sort(["len", "publisher"], descending=[True, False])
    named = [p for p in totals["publisher"].to_list() if p != UNKNOWN_PUBLISHER]
    shown = named[: len(PALETTE)]
    colour = {p: PALETTE[i] for i, p in enumerate(shown)}
    counts: dict[tuple[str, str], int] = {}
    for month, publisher, n in counted.iter_rows():
        series_name = publisher if publisher in colour or publisher == UNKNOWN_PUBLISHER else OTHER_PUBLISHERS
        counts[month, series_name] = counts.get((month, series_name), 0) + n
    months = _months(counted["month"].min(), counted["month"].max())  # type: ignore[arg-type]
    if len(months) > MAX_MONTHS:
        months = sorted({m for m, _ in counts})
    series = [*shown, OTHER_PUBLISHERS, UNKNOWN_PUBLISHER]
    series = [p for p in series if any((m, p) in counts for m in months)]
    colour.update({OTHER_PUBLISHERS: GREY, UNKNOWN_PUBLISHER: "#CCCCCC"})

    per_month = [sum(counts.get((m, p), 0) for p in series) for m in months]
    peak = max(per_month)
    left, top, plot_w, plot_h = 36, 12, 600, 180
    legend_rows = len(series)
    width, height = left + plot_w + 12, top + plot_h + 52 + 16 * legend_rows
    svg = _svg(width, height, f"Articles per month by publisher, {months[0]} to {months[-1]}")
    step = plot_w / len(months)
    bar_w = min(step * 0.8, 48)
    for tick in sorted({0, peak // 2, peak}):
        y = top + plot_h - plot_h * tick / peak
        ET.SubElement(
            svg, "line", {"x1": _n(left), "x2": _n(left + plot_w), "y1": _n(y), "y2": _n(y), "stroke": "#ddd"}
        )
        _text(svg, left - 4, y + 4, str(tick), **{"text-anchor": "end"})
    label_every = max(1, len(months) // 12)
    for i, month in enumerate(months):
        x = left + step * i + (step - bar_w) / 2
        y = top + plot_h
        for publisher in series:
            n = counts.get((month, publisher), 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            rect = ET.SubElement(
                svg,
                "rect",
                {"x": _n(x), "y": _n(y), "width": _n(bar_w), "height": _n(h), "fill": colour[publisher]},
            )
            ET.SubElement(rect, "title").text = f"{month}, {publisher}: {n}"
        if i % label_every == 0:
            _text(svg, x + bar_w / 2, top + plot_h + 14, month, **{"text-anchor": "middle"})
    for row, publisher in enumerate(series):
        y = top + plot_h + 32 + 16 * row
        ET.SubElement(
            svg, "rect", {"x": _n(left), "y": _n(y - 9), "width": "10", "height": "10", "fill": colour[publisher]}
        )
        _text(svg, left + 16, y, publisher)
    return ET.tostring(svg, encoding="unicode")


def top_speakers(quotes: pl.LazyFrame, entities: pl.LazyFrame) -> str | None:
    """Horizontal bars: the most quoted speakers by number of quotations. None when no quote has a speaker.

    Lazy, on the streaming engine: the quotes of a million articles are counted without being loaded."""
    counted = (
        quotes.filter(pl.col("speaker_entity_id").is_not_null())
        .group_by("speaker_entity_id")
        .len()
        .join(entities.select("entity_id", "canonical_name"), left_on="speaker_entity_id", right_on="entity_id")
        # The id last: two speakers may share a name and a count, and the streaming engine keeps no order.
        .sort(["len", "canonical_name", "speaker_entity_id"], descending=[True, False, False])
        .head(TOP_SPEAKERS)
        .collect(engine="streaming")
    )
    if counted.is_empty():
        return None
    label_w, bar_area, row_h, top = 200, 400, 20, 8
    peak = counted["len"].max()
    width, height = label_w + bar_area + 40, top * 2 + row_h * counted.height
    svg = _svg(width, height, f"Top {counted.height} quoted speakers by number of quotations")
    for i, (name, n) in enumerate(counted.select("canonical_name", "len").iter_rows()):
        y = top + row_h * i
        _text(svg, label_w - 6, y + 14, name, **{"text-anchor": "end"})
        w = bar_area * n / peak  # type: ignore[operator]
        bar = ET.SubElement(
            svg, "rect", {"x": _n(label_w), "y": _n(y + 3), "width": _n(w), "height": "14", "fill": PALETTE[0]}
        )
        ET.SubElement(bar, "title").text = f"{name}: {n} quotations"
        _text(svg, label_w + w + 4, y + 14, str(n))
    return ET.tostring(svg, encoding="unicode")
