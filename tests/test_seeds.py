"""The two seed articles give exactly what expected.json says."""

from __future__ import annotations

import datetime as dt
import filecmp
import hashlib
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from flows.article import build_article
from tests.conftest import OUTPUT, REPO, SEEDS

ARTICLE_FIELDS = (
    "source_path", "source_format", "title", "subtitle", "byline", "publisher", "originating_agency", "url",
    "dateline_place", "dateline_agency", "published_date", "published_date_text", "date_precision", "language",
    "paragraph_count",
)  # fmt: skip


def _expected_articles(expected: dict[str, Any]) -> list[dict[str, Any]]:
    return expected["articles"]


def _build(path: Path, reference_date: dt.date | None = None) -> dict[str, Any]:
    data = path.read_bytes()
    return build_article(data, path.name, hashlib.sha256(data).hexdigest(), reference_date).row


def test_the_fixture_is_the_shared_expected_file() -> None:
    shared = REPO.parent / "shared" / "seeds" / "expected.json"
    if not shared.exists():
        pytest.skip("../shared is not beside this checkout")
    assert filecmp.cmp(shared, REPO / "tests" / "fixtures" / "seeds_expected.json", shallow=False)


def test_seed_articles_match_expected(expected_seeds: dict[str, Any]) -> None:
    published = pl.read_parquet(OUTPUT / "articles.parquet")
    assert published.height == len(_expected_articles(expected_seeds))
    for expected in _expected_articles(expected_seeds):
        row = published.filter(pl.col("source_path") == expected["source_path"]).row(0, named=True)
        for field in ARTICLE_FIELDS:
            if field not in expected:
                continue
            want = expected[field]
            got = row[field].isoformat() if isinstance(row[field], dt.date) else row[field]
            assert got == want, f"{expected['source_path']}: {field}"
        body = row["body_text"]
        assert body.startswith(expected["body_starts"])
        assert body.endswith(expected["body_ends"])
        assert row["paragraph_count"] == body.count("\n\n") + 1


def test_removed_debris_is_gone_from_seed_000() -> None:
    row = _build(SEEDS / "000_9d30056a53f7aa95.txt")
    body = row["body_text"]
    for debris in ("Image not found", "(Source:", "---", "https://", "Radio Habana Cuba", "**", "\\$", "(RHC)--"):
        assert debris not in body
    assert "$800 billion" in body


def test_seed_003_loses_its_header_dateline_and_stray_period() -> None:
    body = _build(SEEDS / "003_26143820a8c9381f.txt")["body_text"]
    assert "date 2024-06-22" not in body and "Mexico City.-" not in body
    assert not body.endswith(". .")


@pytest.mark.parametrize(
    ("reference", "resolved"),
    [
        (dt.date(2024, 12, 31), dt.date(2024, 7, 18)),
        (dt.date(2024, 7, 18), dt.date(2024, 7, 18)),
        (dt.date(2024, 7, 17), dt.date(2023, 7, 18)),
    ],
    ids=["later-same-year", "same-day", "day-before-goes-back-a-year"],
)
def test_a_date_without_year_resolves_only_with_a_reference_date(reference: dt.date, resolved: dt.date) -> None:
    seed = SEEDS / "000_9d30056a53f7aa95.txt"
    without = _build(seed)
    assert without["published_date"] is None and without["is_year_inferred"] is False
    row = _build(seed, reference)
    assert row["published_date"] == resolved
    assert row["is_year_inferred"] is True
    assert row["date_precision"] == "day"
    assert row["published_date_text"] == "July 18"


def test_a_date_with_its_year_is_not_marked_inferred() -> None:
    row = _build(SEEDS / "003_26143820a8c9381f.txt", dt.date(2030, 1, 1))
    assert row["published_date"] == dt.date(2024, 6, 22)
    assert row["is_year_inferred"] is False
    assert row["date_evidence"] == "date header"
