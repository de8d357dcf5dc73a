"""Facts about a published dataset folder, read from its files: what the card, the catalog page and the
release say about the data (row counts, sizes, hashes, languages, dates).

Everything is read from the files themselves, never from the clock or the machine, so the same files
always give the same facts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
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


class DigestOnce:
    """`sha256_file` for files that do not change while they are described, each read once: the data
    package, the card and SHA256SUMS all list the tables' files, which a large corpus makes gigabytes
    (100,000 files: 5.1 s hashing them three times)."""

    def __init__(self) -> None:
        self._known: dict[Path, str] = {}

    def __call__(self, path: Path) -> str:
        if path not in self._known:
            self._known[path] = sha256_file(path)
        return self._known[path]


@dataclass(frozen=True, slots=True)
class FileInfo:
    name: str
    bytes: int
    sha256: str

    @classmethod
    def of(cls, path: Path, sha256: Callable[[Path], str] = sha256_file) -> FileInfo:
        return cls(path.name, path.stat().st_size, sha256(path))

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


def dataset_facts(folder: Path, sha256: Callable[[Path], str] = sha256_file) -> DatasetFacts:
    tables = tuple(table_name(m) for m in TABLES if (folder / f"{table_name(m)}.parquet").exists())
    rows = {name: pq.ParquetFile(folder / f"{name}.parquet").metadata.num_rows for name in tables}
    files = {
        f"{name}.{ext}": FileInfo.of(folder / f"{name}.{ext}", sha256)
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
