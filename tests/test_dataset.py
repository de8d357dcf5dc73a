"""The published dataset: current, deterministic, valid, and readable with the declared types."""

from __future__ import annotations

import filecmp
import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from flows.card import RunFacts
from flows.cli import app
from flows.dataset_facts import sha256_file
from flows.publish import write_metadata
from schemas import TABLES, table_name
from schemas.derive import arrow_schema, csv_columns, table_schema
from schemas.vocabularies import REASON_CODES
from tests.conftest import OUTPUT

TABLE_NAMES = [table_name(m) for m in TABLES]


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def assert_same_bytes(a: Path, b: Path) -> None:
    assert _files(a) == _files(b)
    _, mismatch, errors = filecmp.cmpfiles(a, b, _files(a), shallow=False)
    assert not mismatch and not errors, f"differ: {mismatch + errors}"


def test_committed_output_is_what_the_pipeline_builds_now(seeds_build: Path) -> None:
    """Fails when output/ is stale: run `make dataset` and commit output/."""
    assert_same_bytes(seeds_build, OUTPUT)


def test_building_twice_gives_byte_identical_files(seeds_build: Path, tmp_path: Path) -> None:
    from flows.pipeline import run_flow
    from flows.settings import Settings

    again = tmp_path / "again"
    run_flow(Settings(output_dir=again, batch_size=1))  # other batch cuts, worker processes: same bytes
    assert_same_bytes(seeds_build, again)


def test_frictionless_validates_the_data_package() -> None:
    from frictionless import validate

    report = validate(OUTPUT / "datapackage.json")
    assert report.valid, report.flatten(["type", "note"])


def test_datapackage_lists_every_file_with_size_and_hash() -> None:
    package = json.loads((OUTPUT / "datapackage.json").read_text("utf-8"))
    paths = {r["path"] for r in package["resources"]}
    assert paths == {f"{n}.{ext}" for n in TABLE_NAMES for ext in ("csv", "parquet")}
    for resource in package["resources"]:
        assert resource["bytes"] == (OUTPUT / resource["path"]).stat().st_size
        assert resource["hash"].startswith("sha256:")
        assert resource["schema"] == table_schema(next(m for m in TABLES if resource["name"].startswith(table_name(m))))


@pytest.mark.parametrize("model", TABLES, ids=TABLE_NAMES)
def test_every_projection_agrees_with_the_model(model: type) -> None:
    name = table_name(model)
    parquet_schema = pq.read_schema(OUTPUT / f"{name}.parquet")
    assert parquet_schema.equals(arrow_schema(model), check_metadata=True)
    header = (OUTPUT / f"{name}.csv").read_bytes().decode("utf-8").split("\r\n", 1)[0]
    assert header.split(",") == csv_columns(model)
    card = (OUTPUT / "README.md").read_text("utf-8")
    for column in csv_columns(model):
        assert f"| `{column}` |" in card


def test_the_card_documents_every_reason_code() -> None:
    card = (OUTPUT / "README.md").read_text("utf-8")
    for r in REASON_CODES:
        assert f"`{r.code}`" in card


def test_readers_get_the_declared_types() -> None:
    import duckdb
    import pandas as pd
    import polars as pl

    for model in TABLES:
        name = table_name(model)
        path = OUTPUT / f"{name}.parquet"
        expected = arrow_schema(model)
        assert pl.read_parquet(path).schema == pl.from_arrow(expected.empty_table()).schema  # type: ignore[union-attr]
        pdf = pd.read_parquet(path, dtype_backend="pyarrow")
        for field in expected:
            assert pdf[field.name].dtype == pd.ArrowDtype(field.type), (name, field.name)
        described = duckdb.sql(f"DESCRIBE SELECT * FROM '{path}'").fetchall()
        duck_types = {row[0]: row[1] for row in described}
        for field in expected:
            assert duck_types[field.name] == _duckdb_type(str(field.type)), (name, field.name)
    articles = duckdb.sql(
        f"SELECT published_date FROM '{OUTPUT / 'articles.parquet'}' WHERE published_date IS NOT NULL"
    )
    assert articles.types[0] == "DATE"


def _duckdb_type(arrow: str) -> str:
    simple = {"string": "VARCHAR", "int64": "BIGINT", "double": "DOUBLE", "bool": "BOOLEAN", "date32[day]": "DATE"}
    if arrow.startswith("list<"):
        return "VARCHAR[]"
    return simple[arrow]


def test_validate_command_accepts_the_dataset_and_reports_damage(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(app, ["validate", str(OUTPUT)])
    assert ok.exit_code == 0, ok.output
    damaged = tmp_path / "damaged"
    shutil.copytree(OUTPUT, damaged)
    (damaged / "paragraphs.csv").write_text("article_id\r\n", "utf-8")
    (damaged / "rejects.parquet").unlink()
    bad = runner.invoke(app, ["validate", str(damaged)])
    assert bad.exit_code == 1
    assert "rejects: missing rejects.parquet" in bad.output
    assert "paragraphs.csv: header" in bad.output
    assert "SHA256SUMS: paragraphs.csv does not match its checksum" in bad.output


def test_the_project_readme_documents_every_reason_code() -> None:
    readme = (OUTPUT.parent / "README.md").read_text("utf-8")
    for r in REASON_CODES:
        assert f"| `{r.code}` | {r.stage} | {r.title}. {r.description} |" in readme


def test_the_card_documents_the_topic_taxonomy_and_how_facts_are_read() -> None:
    from schemas.topic_taxonomy import TOPICS

    card = (OUTPUT / "README.md").read_text("utf-8")
    assert "## How the facts are read" in card
    for topic in TOPICS:
        assert f"| `{topic.name}` | {topic.description} |" in card


def test_publishing_reads_each_table_file_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The package, the card and SHA256SUMS all list the tables' files; a large corpus makes them gigabytes."""
    for name in TABLE_NAMES:
        for ext in ("parquet", "csv"):
            shutil.copy(OUTPUT / f"{name}.{ext}", tmp_path)
    reads: Counter[str] = Counter()
    real_open = Path.open

    def counting_open(path: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if mode == "rb" and path.parent == tmp_path:
            reads[path.name] += 1
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", counting_open)
    rows = {name: pq.ParquetFile(tmp_path / f"{name}.parquet").metadata.num_rows for name in TABLE_NAMES}
    write_metadata(tmp_path, rows, RunFacts("0", "seeds", 2, None, {}))
    assert set(reads) == set(_files(tmp_path)) - {"SHA256SUMS"}
    tables = {f"{name}.{ext}" for name in TABLE_NAMES for ext in ("parquet", "csv")}
    assert {reads[name] for name in tables} == {1}, reads  # the small metadata files may be read twice
    listed = (tmp_path / "SHA256SUMS").read_text("utf-8").splitlines()
    assert listed == [f"{sha256_file(tmp_path / n)}  {n}" for n in sorted(reads)]
