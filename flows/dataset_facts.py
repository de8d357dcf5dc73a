"""Facts about a published dataset folder, read from its files: what the card, the catalog page and the
release say about the data (row counts, sizes, hashes, languages, dates).

Everything is read from the files themselves, never from the clock or the machine, so the same files
always give the same facts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq

from schemas import TABLES, table_name

PARQUET_MEDIATYPE = "application/vnd.apache.parquet"
MEDIATYPES = {
    ".parquet": PARQUET_MEDIATYPE,
    ".csv": "text/csv",
    ".json": "application/json",
    ".md": "text/markdown",
    ".html": "text/html",
    ".zip": "application/zip",
    ".duckdb": "application/vnd.duckdb",
}


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class FileInfo:
    name: str
    bytes: int
    sha256: str

    @classmethod
    def of(cls, path: Path) -> FileInfo:
        return cls(path.name, path.stat().st_size, sha256_file(path))

    @property
    def mediatype(self) -> str:
        return MEDIATYPES.get(Path(self.name).suffix, "application/octet-stream")


@dataclass(frozen=True, slots=True)
class DatasetFacts:
    tables: tuple[str, ...]  # the tables of TABLES whose files are in the folder, in TABLES order
    rows: dict[str, int]
    files: dict[str, FileInfo]  # the tables' Parquet and CSV files
    languages: tuple[str, ...]  # ISO 639-1 codes of the articles, most frequent first
    first_date: dt.date | None
    last_date: dt.date | None
    undated_articles: int  # articles without a published_date


def dataset_facts(folder: Path) -> DatasetFacts:
    tables = tuple(table_name(m) for m in TABLES if (folder / f"{table_name(m)}.parquet").exists())
    rows = {name: pq.ParquetFile(folder / f"{name}.parquet").metadata.num_rows for name in tables}
    files = {
        f"{name}.{ext}": FileInfo.of(folder / f"{name}.{ext}")
        for name in tables
        for ext in ("parquet", "csv")
        if (folder / f"{name}.{ext}").exists()
    }
    languages: tuple[str, ...] = ()
    first = last = None
    undated = 0
    if "articles" in tables:
        # Lazy, on the streaming engine: a million articles' columns are never loaded at once.
        articles = pl.scan_parquet(folder / "articles.parquet")
        counts = articles.group_by("language").len().collect(engine="streaming")
        languages = tuple(counts.sort(["len", "language"], descending=[True, False])["language"].to_list())
        dates = articles.select(
            pl.col("published_date").min(),
            pl.col("published_date").max().alias("last"),
            pl.col("published_date").null_count().alias("undated"),
        ).collect(engine="streaming")
        first, last, undated = dates.row(0)
    return DatasetFacts(tables, rows, files, languages, first, last, undated)
