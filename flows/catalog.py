"""The catalog page (index.html): one self-contained HTML file made from the schemas and the files beside it.

It opens from disk without a server or the network: inline CSS, inline SVG pictures, relative links, no
script but the JSON-LD that search engines read. Generic over `TABLES`: a table is shown when its files
are in the folder, and the quoted-speakers picture when the quotes and entities tables are.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import polars as pl
from markupsafe import Markup

from flows.card_metadata import json_ld, json_ld_script
from flows.charts import articles_per_month, top_speakers
from flows.dataset_facts import DatasetFacts, FileInfo
from flows.loading import SNIPPETS
from flows.release_layout import CHANGELOG_MD, DATABASE_NAME, LATEST_ZIP_FROM_OUTPUT, ZIP_NAME
from schemas import model_for
from schemas.derive import columns, foreign_keys, primary_key, type_label

CATALOG_PAGE = "index.html"
SAMPLE_ROWS = 3
SAMPLE_TEXT_CHARS = 90
METADATA_FILES = ("datapackage.json", "README.md")

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("flows", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass(frozen=True, slots=True)
class Download:
    label: str
    href: str
    info: FileInfo | None  # None for a file made later, such as the newest release's zip
    note: str = ""


@dataclass(frozen=True, slots=True)
class ReleaseFiles:
    """What a release adds to the page it carries: its version and the files beside the page."""

    version: str
    zip: FileInfo
    database: FileInfo
    changelog: FileInfo


def render_catalog(
    folder: Path, facts: DatasetFacts, package: dict[str, Any], release: ReleaseFiles | None = None
) -> str:
    template = _ENV.get_template("catalog.html.j2")
    charts = _charts(folder, facts)
    return template.render(
        package=package,
        release=release,
        total_rows=sum(facts.rows.values()),
        tables=[_table(folder, name, facts.rows[name]) for name in facts.tables],
        table_downloads=_table_downloads(facts),
        other_downloads=_other_downloads(folder, release),
        charts=charts,
        snippets=SNIPPETS,
        json_ld=Markup(json_ld_script(json_ld(package, facts))),
        human_size=human_size,
    )


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{n:,} B" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    raise AssertionError("unreachable")


def _table_downloads(facts: DatasetFacts) -> list[dict[str, Any]]:
    """Per table: its row count and its Parquet and CSV files."""
    return [
        {
            "name": name,
            "rows": facts.rows[name],
            "files": [facts.files.get(f"{name}.{ext}") for ext in ("parquet", "csv")],
        }
        for name in facts.tables
    ]


def _other_downloads(folder: Path, release: ReleaseFiles | None) -> list[Download]:
    items = []
    if release:
        items.append(Download(f"Everything, zipped ({release.version})", ZIP_NAME, release.zip))
        items.append(Download("DuckDB database", DATABASE_NAME, release.database, "every table, keys and comments"))
        items.append(Download("Changelog", CHANGELOG_MD, release.changelog))
    else:
        note = "made by the newstables release command, in releases/ beside this folder"
        items.append(Download("Everything, zipped (newest release)", LATEST_ZIP_FROM_OUTPUT, None, note))
    for file in METADATA_FILES:
        if (folder / file).exists():
            items.append(Download(file, file, FileInfo.of(folder / file)))
    return items


def _table(folder: Path, name: str, rows: int) -> dict[str, Any]:
    model = model_for(name)
    sample = pl.read_parquet(folder / f"{name}.parquet", n_rows=SAMPLE_ROWS)
    fks = [
        f"{', '.join(fk['fields'])} → {fk['reference']['resource']}.{', '.join(fk['reference']['fields'])}"
        for fk in foreign_keys(model)
    ]
    return {
        "name": name,
        "title": model.Config.title,
        "description": model.Config.description,
        "rows": rows,
        "key": ", ".join(primary_key(model)),
        "foreign_keys": fks,
        "columns": [
            {
                "name": c.name,
                "type": type_label(c.polars_type),
                "nullable": c.nullable,
                "description": c.description,
                "allowed": c.constraints.get("enum"),
            }
            for c in columns(model)
        ],
        "sample_columns": sample.columns,
        "sample": [[_cell(v) for v in row] for row in sample.iter_rows()],
    }


def _cell(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = json.dumps(value, ensure_ascii=False)
    text = str(value)
    return text if len(text) <= SAMPLE_TEXT_CHARS else text[: SAMPLE_TEXT_CHARS - 1] + "…"


def _charts(folder: Path, facts: DatasetFacts) -> list[dict[str, Any]]:
    charts = []
    if "articles" in facts.tables:
        svg = articles_per_month(pl.scan_parquet(folder / "articles.parquet"))
        if svg:
            undated = facts.undated_articles
            note = (
                f"Not shown: {undated:,} {'article' if undated == 1 else 'articles'} without a date." if undated else ""
            )
            charts.append({"title": "Articles per month, by publisher", "svg": Markup(svg), "note": note})
    if {"quotes", "entities"} <= set(facts.tables):
        svg = top_speakers(pl.scan_parquet(folder / "quotes.parquet"), pl.scan_parquet(folder / "entities.parquet"))
        if svg:
            charts.append({"title": "Most quoted speakers", "svg": Markup(svg), "note": ""})
    return charts
