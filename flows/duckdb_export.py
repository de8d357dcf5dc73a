"""A DuckDB database of a published dataset: every table with its types, primary, unique and foreign keys,
and the models' descriptions as table and column comments.

DuckDB writes different bytes for the same data (its file header carries random identifiers and
checksums), so the database goes into releases, not into the reproducible dataset folder.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import duckdb
import pandera.polars as pa
import polars as pl
import pyarrow.parquet as pq

from schemas import TABLES, table_name
from schemas.derive import columns, foreign_keys, primary_key

# DuckDB lets itself use 80 % of the machine's memory: the database of a million articles took 7.2 GB. Under a
# limit it writes rows out to disk as they come, but not what it keeps until a statement commits to check the
# keys of the rows that statement inserts: for 27 million mentions in one statement that outgrew 1 GB. So a
# table goes in a slice of rows at a time, a transaction each (cut by row number, which DuckDB maps to the
# Parquet file's row groups without reading the others). Much smaller slices were slower (65,536 articles at a
# time: 225 s against 40 s for a million articles), likely as each commit writes the table's indexes again.
MEMORY_LIMIT = 10**9  # bytes; NEWSTABLES_DATABASE_MEMORY (flows.settings) sets another
INSERT_ROWS = 1 << 20


class DatabaseOutOfMemory(RuntimeError):
    """DuckDB needed more memory than its limit to build the database."""


_DUCKDB_TYPES: dict[type[pl.DataType], str] = {
    pl.String: "VARCHAR",
    pl.Int64: "BIGINT",
    pl.Int32: "INTEGER",
    pl.Float64: "DOUBLE",
    pl.Boolean: "BOOLEAN",
    pl.Date: "DATE",
    pl.Datetime: "TIMESTAMPTZ",  # the Parquet files hold timestamps in UTC (schemas/derive.py)
}


def duckdb_type(dtype: pl.DataType) -> str:
    if isinstance(dtype, pl.List):
        return f"{duckdb_type(dtype.inner)}[]"
    try:
        return _DUCKDB_TYPES[type(dtype)]
    except KeyError as exc:
        raise ValueError(f"no DuckDB type for the polars type {dtype}") from exc


def quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def create_table_sql(model: type[pa.DataFrameModel], present: set[str]) -> str:
    """CREATE TABLE with the model's columns and keys; foreign keys only to tables that are present."""
    key = primary_key(model)
    parts = [
        f"{quote_identifier(c.name)} {duckdb_type(c.polars_type)}"
        + ("" if c.nullable else " NOT NULL")
        + (" UNIQUE" if c.unique and [c.name] != key else "")
        for c in columns(model)
    ]
    parts.append(f"PRIMARY KEY ({', '.join(map(quote_identifier, key))})")
    for fk in foreign_keys(model):
        ref = fk["reference"]
        if ref["resource"] in present:
            parts.append(
                f"FOREIGN KEY ({', '.join(map(quote_identifier, fk['fields']))}) "
                f"REFERENCES {quote_identifier(ref['resource'])} ({', '.join(map(quote_identifier, ref['fields']))})"
            )
    return f"CREATE TABLE {quote_identifier(table_name(model))} (\n  " + ",\n  ".join(parts) + "\n)"


def _creation_order(models: list[type[pa.DataFrameModel]]) -> list[type[pa.DataFrameModel]]:
    """Referenced tables before the tables that refer to them (DuckDB checks foreign keys on insert)."""
    names = {table_name(m) for m in models}
    done: list[type[pa.DataFrameModel]] = []
    pending = list(models)
    while pending:
        ready = [
            m
            for m in pending
            if all(
                fk["reference"]["resource"] in {table_name(d) for d in done} | {table_name(m)}
                or fk["reference"]["resource"] not in names
                for fk in foreign_keys(m)
            )
        ]
        if not ready:
            raise ValueError(f"foreign keys form a cycle between {', '.join(table_name(m) for m in pending)}")
        done.extend(ready)
        pending = [m for m in pending if m not in ready]
    return done


def write_database(folder: Path, target: Path, memory_limit: int | None = None) -> dict[str, int]:
    """Build `target` from the Parquet files in `folder`, DuckDB held to `memory_limit` bytes (MEMORY_LIMIT when
    None); the row count of each table."""
    limit = MEMORY_LIMIT if memory_limit is None else memory_limit
    try:
        return _write_database(folder, target, limit)
    except duckdb.OutOfMemoryException as exc:
        said = str(exc).splitlines()[0]
        raise DatabaseOutOfMemory(
            f"DuckDB needed more than its {limit:,} bytes to build the release database ({said}). Nothing was "
            "released. Give it more with NEWSTABLES_DATABASE_MEMORY (such as 4GB) and release again."
        ) from exc


def _write_database(folder: Path, target: Path, memory_limit: int) -> dict[str, int]:
    models = [m for m in TABLES if (folder / f"{table_name(m)}.parquet").exists()]
    present = {table_name(m) for m in models}
    rows = {}
    target.unlink(missing_ok=True)
    with (
        # Spilled rows beside the database, on its disk (the system's temporary folder may be a small tmpfs).
        tempfile.TemporaryDirectory(prefix=f".{target.name}.spill-", dir=target.parent) as spill,
        duckdb.connect(str(target), config={"memory_limit": f"{memory_limit}B", "temp_directory": spill}) as con,
    ):
        for model in _creation_order(models):
            name = table_name(model)
            con.execute(create_table_sql(model, present))
            _insert(con, model, folder / f"{name}.parquet")
            con.execute(f"COMMENT ON TABLE {quote_identifier(name)} IS {quote_literal(model.Config.description)}")
            for c in columns(model):
                con.execute(
                    f"COMMENT ON COLUMN {quote_identifier(name)}.{quote_identifier(c.name)} "
                    f"IS {quote_literal(c.description)}"
                )
            rows[name] = con.execute(f"SELECT count(*) FROM {quote_identifier(name)}").fetchone()[0]  # type: ignore[index]
        con.execute("CHECKPOINT")
    return rows


def _insert(con: duckdb.DuckDBPyConnection, model: type[pa.DataFrameModel], parquet: Path) -> None:
    """Insert the rows of a Parquet file, a slice at a time (see MEMORY_LIMIT). DuckDB checks a foreign key
    row by row within one statement, so rows that refer to rows of their own table (a quotation continuing
    another) go in rounds: first those whose reference is empty or already in the table, then those referring
    to them, and so on."""
    name = quote_identifier(table_name(model))
    names = ", ".join(quote_identifier(c.name) for c in columns(model))
    source = f"SELECT {names} FROM read_parquet({quote_literal(str(parquet))}, file_row_number = true)"
    self_refs = [fk for fk in foreign_keys(model) if fk["reference"]["resource"] == table_name(model)]
    if not self_refs:
        for start in range(0, pq.ParquetFile(parquet).metadata.num_rows, INSERT_ROWS):
            # Literal bounds, not parameters: the planner prunes row groups by them.
            end = start + INSERT_ROWS
            con.execute(f"INSERT INTO {name} {source} WHERE file_row_number >= {start} AND file_row_number < {end}")
        return
    key = primary_key(model)
    con.execute(f"CREATE OR REPLACE TEMP TABLE pending AS {source}")
    is_new = _match("t", "p", key, key)
    ready = " AND ".join(
        f"({' AND '.join(f'p.{quote_identifier(f)} IS NULL' for f in fk['fields'])} OR EXISTS "
        f"(SELECT 1 FROM {name} t WHERE {_match('t', 'p', fk['reference']['fields'], fk['fields'])}))"
        for fk in self_refs
    )
    while True:
        remaining = con.execute("SELECT count(*) FROM pending").fetchone()[0]  # type: ignore[index]
        if not remaining:
            break
        con.execute(
            f"INSERT INTO {name} SELECT * FROM pending p WHERE {ready} "
            f"AND NOT EXISTS (SELECT 1 FROM {name} t WHERE {is_new})"
        )
        con.execute(f"DELETE FROM pending p WHERE EXISTS (SELECT 1 FROM {name} t WHERE {is_new})")
        left = con.execute("SELECT count(*) FROM pending").fetchone()[0]  # type: ignore[index]
        if left == remaining:
            raise ValueError(f"{table_name(model)}: {left} rows refer to rows of their table that are missing")
    con.execute("DROP TABLE pending")


def _match(left: str, right: str, left_fields: list[str], right_fields: list[str]) -> str:
    return " AND ".join(
        f"{left}.{quote_identifier(a)} = {right}.{quote_identifier(b)}"
        for a, b in zip(left_fields, right_fields, strict=True)
    )
