"""The DuckDB database of a release: every table, its keys, its comments, and why it is not in output/."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import polars as pl
import pytest

from flows.duckdb_export import duckdb_type, write_database
from schemas import TABLES, table_name
from schemas.derive import columns, foreign_keys, primary_key
from tests.conftest import OUTPUT


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("db") / "newstables.duckdb"
    write_database(OUTPUT, path)
    return path


@pytest.mark.parametrize("model", TABLES, ids=[table_name(m) for m in TABLES])
def test_every_table_with_its_rows_types_keys_and_comments(database: Path, model: type) -> None:
    name = table_name(model)
    with duckdb.connect(str(database), read_only=True) as con:
        comment = con.execute("SELECT comment FROM duckdb_tables() WHERE table_name = ?", [name]).fetchone()
        assert comment == (model.Config.description,)
        described = con.execute(
            "SELECT column_name, data_type, comment, is_nullable FROM duckdb_columns() WHERE table_name = ? "
            "ORDER BY column_index",
            [name],
        ).fetchall()
        assert described == [(c.name, duckdb_type(c.polars_type), c.description, c.nullable) for c in columns(model)]
        constraints = con.execute(
            "SELECT constraint_type, constraint_column_names, referenced_table, referenced_column_names "
            "FROM duckdb_constraints() WHERE table_name = ? AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')",
            [name],
        ).fetchall()
        expected = [("PRIMARY KEY", primary_key(model), None, [])] + [
            ("FOREIGN KEY", fk["fields"], fk["reference"]["resource"], fk["reference"]["fields"])
            for fk in foreign_keys(model)
        ]
        assert sorted(constraints, key=str) == sorted(expected, key=str)
        rows = con.sql(f'SELECT * FROM "{name}"').pl()
    key = primary_key(model)
    assert rows.sort(key).equals(pl.read_parquet(OUTPUT / f"{name}.parquet").sort(key))


def test_the_database_refuses_rows_that_break_its_keys(database: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(database.read_bytes())
    with duckdb.connect(str(copy)) as con:
        with pytest.raises(duckdb.ConstraintException):
            con.execute(
                "INSERT INTO paragraphs SELECT * REPLACE ('ffffffffffffffff' AS article_id) FROM paragraphs LIMIT 1"
            )
        with pytest.raises(duckdb.ConstraintException):
            con.execute("INSERT INTO articles SELECT * FROM articles LIMIT 1")


def test_duckdb_writes_other_bytes_for_the_same_data_so_the_database_stays_out_of_output(
    database: Path, tmp_path: Path
) -> None:
    """Measured fact behind the design: if this starts failing, the database could join output/."""
    again = tmp_path / "again.duckdb"
    write_database(OUTPUT, again)
    digest = [hashlib.sha256(p.read_bytes()).hexdigest() for p in (database, again)]
    assert digest[0] != digest[1]
    assert not list(OUTPUT.glob("*.duckdb"))


def test_tables_go_in_a_slice_at_a_time_in_the_files_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("flows.duckdb_export.INSERT_ROWS", 7)  # mentions, paragraphs: several slices
    path = tmp_path / "sliced.duckdb"
    counts = write_database(OUTPUT, path)
    assert counts["mentions"] > 7
    with duckdb.connect(str(path), read_only=True) as con:
        for model in TABLES:
            name = table_name(model)
            rows, expected = con.sql(f'SELECT * FROM "{name}"').pl(), pl.read_parquet(OUTPUT / f"{name}.parquet")
            if any(fk["reference"]["resource"] == name for fk in foreign_keys(model)):  # inserted in rounds
                rows, expected = rows.sort(primary_key(model)), expected.sort(primary_key(model))
            assert rows.equals(expected), name  # every row, once, in the file's order
