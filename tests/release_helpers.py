"""Datasets and releases for the release, loading and catalog tests, made from the committed output/."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import polars as pl

from flows.card import RunFacts
from flows.publish import write_metadata
from flows.release import ReleaseResult, make_release
from flows.write import TableWriter
from schemas import TABLES, table_name
from schemas.derive import arrow_schema
from tests.conftest import OUTPUT

EARLIER_DATE = dt.date(2026, 11, 1)
LATER_DATE = dt.date(2026, 11, 22)
EARLIER_TITLE = "An earlier headline"


def earlier_dataset(target: Path) -> Path:
    """The committed dataset as an earlier run could have published it: without its last article (and that
    article's rows in every table), and with another headline for its first article. Metadata rewritten,
    so that the folder is a valid dataset of its own."""
    articles = pl.read_parquet(OUTPUT / "articles.parquet").sort("article_id")
    dropped, first = articles["article_id"][-1], articles["article_id"][0]
    target.mkdir(parents=True)
    rows = {}
    for model in TABLES:
        name = table_name(model)
        frame = pl.read_parquet(OUTPUT / f"{name}.parquet")
        if "article_id" in frame.columns:
            frame = frame.filter(pl.col("article_id") != dropped)
        if name == "articles":
            frame = frame.with_columns(
                pl.when(pl.col("article_id") == first)
                .then(pl.lit(EARLIER_TITLE))
                .otherwise(pl.col("title"))
                .alias("title")
            )
        writer = TableWriter(target, name, arrow_schema(model))
        writer.write(frame.to_arrow())
        writer.close()
        rows[name] = writer.rows
    package = json.loads((OUTPUT / "datapackage.json").read_text("utf-8"))
    facts = RunFacts(
        pipeline_version=package["version"],
        input_name="seeds",
        files_seen=rows["articles"] + rows["rejects"],
        reference_date=None,
        rejects_by_reason={},
    )
    write_metadata(target, rows, facts)
    return target


def two_releases(tmp: Path, destination: str) -> tuple[ReleaseResult, ReleaseResult]:
    """An earlier release of `earlier_dataset`, then a release of the committed output/."""
    earlier = earlier_dataset(tmp / "earlier")
    first = make_release(earlier, destination, EARLIER_DATE)
    second = make_release(OUTPUT, destination, LATER_DATE)
    return first, second


def dataset_copy(target: Path) -> Path:
    shutil.copytree(OUTPUT, target)
    return target
