"""The checks of a published dataset's tables, read from their Parquet files a chunk at a time.

`newstables validate` (and every release, which validates first) must run where the dataset is downloaded,
whatever its size: holding every table in memory took 1.7 GB for 10,000 articles and would have taken
tens of GB for a million. Here memory is bounded by a chunk of rows, plus 8 bytes a row for the key checks:
- each chunk is validated against its Pandera model (types, value checks);
- keys that must be unique (the primary key, unique columns, the model's `unique` columns) are hashed to
  64 bits, the hashes sorted, and equal neighbours checked again on their real values;
- foreign keys are looked up among the referenced table's key hashes (a collision could only hide an orphan
  among 2**64 values, never report a row that is fine); where the referenced row must be of some kinds (a
  quote's speaker a person or an organization), among the hashes of the rows of the other kinds;
- offsets into `articles.body_text` are checked with the articles read alongside, in file order: a table
  lists its rows article by article, in the articles' order, so a window of a few thousand bodies serves it.
  Rows that fall outside the window (a table reordered by hand) are checked in one more pass, not skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import pandera.errors
import pandera.polars as pa
import polars as pl
import pyarrow
import pyarrow.parquet as pq

from flows.write import ROW_GROUP_ROWS, ROW_GROUP_ROWS_BY_TABLE
from schemas import table_name
from schemas.derive import columns, foreign_keys, primary_key, referenced_kinds

CHUNK_ROWS = ROW_GROUP_ROWS
ARTICLE_CHUNK_ROWS = ROW_GROUP_ROWS_BY_TABLE["articles"]  # rows that carry whole bodies
# Pandera costs about 20 ms a call whatever the rows: it gets the largest chunks, the written row groups.
VALIDATION_ROWS = ROW_GROUP_ROWS
VALIDATION_BODY_ROWS = ROW_GROUP_ROWS_BY_TABLE["articles"]
_SHOWN_FAILURES = 20
_TEXT_COLUMNS = ("text", "mention_text")
# What reading a damaged Parquet file raises: a bad footer, a page that does not decompress or decode.
UNREADABLE = (pyarrow.ArrowException, OSError)


@dataclass(frozen=True, slots=True)
class Problem:
    table: str
    check: str
    detail: str


def chunks(path: Path, names: list[str] | None = None, rows: int | None = None) -> Iterator[pl.DataFrame]:
    for batch in pq.ParquetFile(path).iter_batches(batch_size=rows or CHUNK_ROWS, columns=names):
        frame = pl.from_arrow(batch)
        assert isinstance(frame, pl.DataFrame)
        yield frame


def check_tables(folder: Path, models: list[type[pa.DataFrameModel]]) -> list[Problem]:
    """Every check of the tables in `folder`. `models`: those whose Parquet file is there with the model's
    columns and types; the others are reported by the caller and left out here (and so are the foreign keys
    that refer to them). A file that stops reading part way (a damaged page) is reported, and left out of
    the checks after the row checks in the same way."""
    problems: list[Problem] = []
    whole = []  # the row checks read every page of a file: after them, the files left are known to read
    for model in models:
        path = folder / f"{table_name(model)}.parquet"
        try:
            problems.extend(_row_problems(model, path))
        except UNREADABLE as exc:
            problems.append(Problem(table_name(model), "readable", f"{path.name} cannot be read to its end: {exc}"))
            continue
        whole.append(model)
    paths = {table_name(m): folder / f"{table_name(m)}.parquet" for m in whole}
    for model in whole:
        problems.extend(_duplicate_problems(model, paths[table_name(model)]))
        problems.extend(_foreign_key_problems(model, paths, folder))
        problems.extend(_kind_problems(model, paths))
    if "articles" in paths:
        for model in whole:
            problems.extend(_offset_problems(model, paths[table_name(model)], paths["articles"]))
    return problems


@cache
def _chunk_schema(model: type[pa.DataFrameModel]) -> pa.DataFrameSchema:
    """The model's schema without its uniqueness checks: a chunk cannot see the repeats across chunks, and
    `_duplicate_problems` checks every key of the table at once, whatever the chunk sizes."""
    schema = model.to_schema()
    schema = schema.update_columns({c.name: {"unique": False} for c in columns(model) if c.unique})
    schema.unique = None
    return schema


def _row_problems(model: type[pa.DataFrameModel], path: Path) -> list[Problem]:
    name, problems, schema = table_name(model), [], _chunk_schema(model)
    rows = VALIDATION_BODY_ROWS if name in ROW_GROUP_ROWS_BY_TABLE else VALIDATION_ROWS
    for chunk in chunks(path, rows=rows):
        try:
            schema.validate(chunk, lazy=True)
        except pandera.errors.SchemaErrors as exc:
            for case in exc.failure_cases.head(_SHOWN_FAILURES - len(problems)).rows(named=True):
                problems.append(
                    Problem(name, str(case["check"]), f"column {case['column']}: value {case['failure_case']!r}")
                )
        if len(problems) >= _SHOWN_FAILURES:
            break
    return problems


def _unique_keys(model: type[pa.DataFrameModel]) -> list[tuple[str, list[str]]]:
    """(check name, columns) of every set of columns whose values must not repeat."""
    keys = [("primary key", primary_key(model))]
    keys += [("unique", [c.name]) for c in columns(model) if c.unique]
    together = getattr(model.Config, "unique", None)
    if together:
        keys.append(("unique", list(together)))
    seen: list[list[str]] = []
    distinct = []
    for check, names in keys:
        if names not in seen:
            seen.append(names)
            distinct.append((check, names))
    return distinct


def _row_hashes(frame: pl.DataFrame, names: list[str]) -> np.ndarray:
    """A 64-bit hash of each row's `names` values, rows with a null among them left out (as in SQL, null
    equals nothing). `names` are renamed to positions, so that a foreign key and the key it refers to hash
    alike whatever their columns are called."""
    values = frame.select(names).drop_nulls()
    values.columns = [str(i) for i in range(len(names))]
    return values.select(pl.struct(values.columns).hash(seed=0)).to_series().to_numpy()


def _hashes(path: Path, names: list[str]) -> np.ndarray:
    parts = [_row_hashes(chunk, names) for chunk in chunks(path, names)]
    return np.concatenate(parts) if parts else np.empty(0, np.uint64)


def _duplicate_problems(model: type[pa.DataFrameModel], path: Path) -> list[Problem]:
    problems = []
    for check, names in _unique_keys(model):
        hashes = _hashes(path, names)
        hashes.sort()
        repeated = np.unique(hashes[1:][hashes[1:] == hashes[:-1]])
        if not len(repeated):
            continue
        # Equal hashes: compare the values themselves (two different keys can share a hash).
        candidates = pl.concat(
            chunk.filter(pl.Series(np.isin(_row_hashes(chunk, names), repeated)))
            for chunk in (c.drop_nulls(names) for c in chunks(path, names))
        )
        duplicated = candidates.filter(candidates.is_duplicated())
        if duplicated.height:
            shown = duplicated.unique(maintain_order=True).head(3).rows()
            problems.append(Problem(table_name(model), check, f"duplicate values of ({', '.join(names)}): {shown}"))
    return problems


def _foreign_key_problems(model: type[pa.DataFrameModel], paths: dict[str, Path], folder: Path) -> list[Problem]:
    name, problems = table_name(model), []
    for fk in foreign_keys(model):
        ref = fk["reference"]
        if ref["resource"] not in paths:
            if not (folder / f"{ref['resource']}.parquet").exists():
                problems.append(Problem(name, "foreign key", f"the table {ref['resource']!r} is missing"))
            continue
        known = np.unique(_hashes(paths[ref["resource"]], ref["fields"]))
        orphans = 0
        for chunk in chunks(paths[name], fk["fields"]):
            hashes = _row_hashes(chunk, fk["fields"])
            orphans += int((~_lookup(known, hashes)[1]).sum())
        if orphans:
            problems.append(
                Problem(
                    name, "foreign key", f"{orphans} rows whose ({', '.join(fk['fields'])}) is not in {ref['resource']}"
                )
            )
    return problems


def _kind_problems(model: type[pa.DataFrameModel], paths: dict[str, Path]) -> list[Problem]:
    """Rows whose reference names a row of a kind the model does not allow there (`referenced_kinds`): a
    quote spoken by a place. The referenced rows of other kinds are hashed, and the references looked up
    among them; a reference to no row at all is the foreign key check's to report."""
    name, problems = table_name(model), []
    for rule in referenced_kinds(model):
        if rule["resource"] not in paths:
            continue
        key, allowed = list(rule["key"]), list(rule["values"])
        other_kinds = [
            _row_hashes(chunk.filter(~pl.col(rule["column"]).is_in(allowed)), key)
            for chunk in chunks(paths[rule["resource"]], [*key, rule["column"]])
        ]
        forbidden = np.unique(np.concatenate(other_kinds)) if other_kinds else np.empty(0, np.uint64)
        wrong = sum(
            int(_lookup(forbidden, _row_hashes(chunk, rule["fields"]))[1].sum())
            for chunk in chunks(paths[name], rule["fields"])
        )
        if wrong:
            fields, kinds = ", ".join(rule["fields"]), " or ".join(allowed)
            where = f"a row of {rule['resource']} whose {rule['column']} is not {kinds}"
            problems.append(Problem(name, "referenced kind", f"{wrong} rows whose ({fields}) names {where}"))
    return problems


def _lookup(sorted_known: np.ndarray, hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each hash, (where it is or would be in `sorted_known`, whether it is there)."""
    if not len(sorted_known):
        return np.zeros(len(hashes), np.intp), np.zeros(len(hashes), bool)
    at = np.searchsorted(sorted_known, hashes).clip(max=len(sorted_known) - 1)
    return at, sorted_known[at] == hashes


def _offset_problems(model: type[pa.DataFrameModel], path: Path, articles: Path) -> list[Problem]:
    """Rows with char_start/char_end must point at their own text inside articles.body_text."""
    names = {c.name for c in columns(model)}
    text = next((c for c in _TEXT_COLUMNS if c in names), None)
    if text is None or not {"article_id", "char_start", "char_end"} <= names:
        return []
    window = _ArticleWindow(articles)
    bad, left_over = 0, []
    # Small chunks: each row is joined with a copy of its article's body.
    for chunk in chunks(path, ["article_id", "char_start", "char_end", text], ARTICLE_CHUNK_ROWS):
        served, behind = window.serve(chunk)
        bad += _misplaced(served, text)
        left_over.append(behind)
    behind = pl.concat(left_over) if left_over else None
    if behind is not None and behind.height:
        # Rows out of the articles' order: one more pass over the articles for them.
        ids = behind.get_column("article_id").unique().implode()
        for articles_chunk in chunks(articles, ["article_id", "body_text"], ARTICLE_CHUNK_ROWS):
            wanted = articles_chunk.filter(pl.col("article_id").is_in(ids))
            theirs = behind.filter(pl.col("article_id").is_in(wanted.get_column("article_id").implode()))
            for part in theirs.iter_slices(ARTICLE_CHUNK_ROWS):
                bad += _misplaced(part.join(wanted, on="article_id", how="inner"), text)
    if not bad:
        return []
    return [Problem(table_name(model), "offsets", f"{bad} rows whose {text} is not body_text[char_start:char_end]")]


def _misplaced(rows: pl.DataFrame, text: str) -> int:
    length = pl.col("char_end") - pl.col("char_start")
    return rows.filter(pl.col("body_text").str.slice(pl.col("char_start"), length) != pl.col(text)).height


class _ArticleWindow:
    """The bodies of the articles that a chunk of rows refers to, read forward through articles.parquet.

    Each article's position in the file is known from its id's hash (16 bytes an article). A chunk's rows
    take the bodies from its first article's to its last one's, at most `MAX_SPAN` articles; the bodies
    before its first article are let go. Rows whose article lies behind the window, or beyond the span,
    are returned to be checked in a later pass; rows whose article does not exist are left out (the
    foreign key check counts them)."""

    MAX_SPAN = 65_536

    def __init__(self, articles: Path) -> None:
        hashes = _hashes(articles, ["article_id"])
        self._order = np.argsort(hashes, kind="stable")
        self._sorted = hashes[self._order]
        self._source = chunks(articles, ["article_id", "body_text"], ARTICLE_CHUNK_ROWS)
        self._loaded = pl.DataFrame(schema={"article_id": pl.String, "body_text": pl.String, "_at": pl.Int64})
        self._read = 0  # articles read from the file so far

    def _positions(self, ids: pl.Series) -> np.ndarray:
        at, found = _lookup(self._sorted, _row_hashes(ids.to_frame(), [ids.name]))
        return np.where(found, self._order[at] if len(self._order) else -1, -1)

    def serve(self, rows: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
        """(the rows whose bodies are here, joined with them; the rows to check in a later pass)."""
        rows = rows.with_columns(pl.Series("_at", self._positions(rows.get_column("article_id")), pl.Int64))
        gone_before = int(self._loaded.get_column("_at").min()) if self._loaded.height else self._read  # type: ignore[arg-type]
        ahead = rows.get_column("_at").filter(rows.get_column("_at") >= gone_before)
        first = int(ahead.min()) if len(ahead) else self._read  # type: ignore[arg-type]
        last = min(int(ahead.max()), first + self.MAX_SPAN - 1) if len(ahead) else first - 1  # type: ignore[arg-type]
        self._loaded = self._loaded.filter(pl.col("_at") >= first)
        while self._read <= last and (chunk := next(self._source, None)) is not None:
            at = pl.int_range(self._read, self._read + chunk.height, dtype=pl.Int64, eager=True).alias("_at")
            self._read += chunk.height
            if self._read > first:
                self._loaded = pl.concat([self._loaded, chunk.with_columns(at).filter(pl.col("_at") >= first)])
        here = pl.col("_at").is_between(first, last)
        served = rows.filter(here).join(self._loaded.drop("_at"), on="article_id", how="inner")
        later = rows.filter((pl.col("_at") >= 0) & ~here)
        return served.drop("_at"), later.drop("_at")
