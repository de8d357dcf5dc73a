"""The one-line loads of the README and the card run, and every reader gets the types a consumer expects."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow
import pyarrow.parquet as pq
import pytest

from flows.duckdb_export import duckdb_type, write_database
from flows.loading import SNIPPETS, Snippet
from flows.release_layout import DATABASE_NAME
from schemas import TABLES, model_for, table_name
from schemas.derive import arrow_schema, arrow_type, columns
from tests.conftest import OUTPUT

README = OUTPUT.parent / "README.md"
ARTICLES = model_for("articles")
SPARK = next(s for s in SNIPPETS if s.tool.startswith("Spark"))
RUNNABLE = [s for s in SNIPPETS if s is not SPARK]

# How Spark reads each Parquet column type, from Spark SQL's data types reference and its Parquet data source
# guide (INT32 DATE -> DateType, INT64 TIMESTAMP(MICROS, UTC) -> TimestampType, 3-level LIST -> ArrayType);
# checked once with pyspark 4.3.0 on a file holding every type schemas/derive.py writes. Unsigned integers,
# INT96 and nanosecond timestamps are absent on purpose: Spark reads them as other types or not at all.
SPARK_TYPES = {
    ("BYTE_ARRAY", "String"): "StringType",
    ("INT64", "None"): "LongType",
    ("INT32", "None"): "IntegerType",
    ("DOUBLE", "None"): "DoubleType",
    ("BOOLEAN", "None"): "BooleanType",
    ("INT32", "Date"): "DateType",
    ("INT64", "Timestamp(isAdjustedToUTC=true, timeUnit=microseconds"): "TimestampType",
}


@pytest.fixture(scope="module")
def release_like_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dataset's files with the DuckDB database beside them, as in a release folder."""
    folder = tmp_path_factory.mktemp("release") / "files"
    shutil.copytree(OUTPUT, folder)
    write_database(OUTPUT, folder / DATABASE_NAME)
    return folder


def _expected_articles() -> pl.DataFrame:
    return pl.read_parquet(OUTPUT / "articles.parquet")


@pytest.mark.parametrize("snippet", RUNNABLE, ids=[s.tool for s in RUNNABLE])
def test_the_loading_snippet_runs_and_gives_the_declared_types(
    snippet: Snippet, release_like_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = release_like_folder if snippet.runs_in == "release" else OUTPUT
    monkeypatch.chdir(folder)
    expected = arrow_schema(ARTICLES)
    rows = _expected_articles().height
    if snippet.language == "sql":
        with duckdb.connect() as con:
            result = con.sql(snippet.code)
            assert result.columns == expected.names
            assert [str(t) for t in result.types] == [duckdb_type(c.polars_type) for c in columns(ARTICLES)]
            assert len(result.fetchall()) == rows
        return
    namespace: dict[str, object] = {}
    exec(snippet.code, namespace)
    articles = namespace["articles"]
    if isinstance(articles, pd.DataFrame):
        assert list(articles.columns) == expected.names and len(articles) == rows
        for field in expected:
            assert articles[field.name].dtype == pd.ArrowDtype(field.type), field.name
    elif isinstance(articles, pl.DataFrame):
        assert articles.equals(_expected_articles())
        assert articles.schema == pl.from_arrow(expected.empty_table()).schema  # type: ignore[union-attr]
    else:
        assert isinstance(articles, pyarrow.Table)
        assert articles.schema.equals(expected) and articles.num_rows == rows


@pytest.mark.parametrize("model", TABLES, ids=[table_name(m) for m in TABLES])
def test_spark_reads_every_column_type(model: type) -> None:
    """The Spark snippet is checked through Spark's documented Parquet type support (no JVM in the suite)."""
    assert SPARK.code == 'articles = spark.read.parquet("articles.parquet")'
    schema = pq.ParquetFile(OUTPUT / f"{table_name(model)}.parquet").schema
    for i in range(len(schema)):
        column = schema.column(i)
        logical = str(column.logical_type)
        spark = [
            t
            for (physical, prefix), t in SPARK_TYPES.items()
            if column.physical_type == physical and logical.startswith(prefix)
        ]
        assert spark, f"{column.path}: {column.physical_type} {logical} has no documented Spark type"
        if column.max_repetition_level:
            _, middle, leaf = column.path.split(".")
            assert (middle, leaf) == ("list", "element"), f"{column.path} is not a standard 3-level LIST"


@pytest.mark.parametrize("model", TABLES, ids=[table_name(m) for m in TABLES])
def test_types_a_consumer_gets_right_without_thinking(model: type) -> None:
    name = table_name(model)
    for field in arrow_schema(model):
        kind = field.type.value_type if pyarrow.types.is_list(field.type) else field.type
        assert not pyarrow.types.is_unsigned_integer(kind), (name, field.name)
        assert not pyarrow.types.is_dictionary(kind) and not pyarrow.types.is_large_string(kind), (name, field.name)
        if pyarrow.types.is_timestamp(kind):
            assert (kind.unit, kind.tz) == ("us", "UTC"), (name, field.name)
    # Default readers, no options: dates stay dates, strings stay strings (never categories), lists stay lists.
    frame = pd.read_parquet(OUTPUT / f"{name}.parquet")
    assert not any(isinstance(t, pd.CategoricalDtype) for t in frame.dtypes), name
    polars_frame = pl.read_parquet(OUTPUT / f"{name}.parquet")
    assert not any(t in (pl.Categorical, pl.Enum) for t in polars_frame.dtypes), name
    csv = pl.read_csv(OUTPUT / f"{name}.csv", infer_schema=False)
    for c in columns(model):
        if isinstance(c.polars_type, pl.List):
            assert csv[c.name].drop_nulls().str.starts_with("[").all(), (name, c.name)  # a JSON array


def test_timestamps_are_published_in_utc_with_microseconds() -> None:
    for dtype in (pl.Datetime("ns"), pl.Datetime("ms", "Europe/Madrid"), pl.Datetime("us")):
        assert arrow_type(dtype) == pyarrow.timestamp("us", tz="UTC")


def test_the_readme_and_the_card_show_every_snippet() -> None:
    readme = README.read_text("utf-8")
    card = (OUTPUT / "README.md").read_text("utf-8")
    for snippet in SNIPPETS:
        assert f"```{snippet.language}\n{snippet.code}\n```" in readme, snippet.tool
        assert f"```{snippet.language}\n{snippet.code}\n```" in card, snippet.tool
    assert "## Loading the data" in readme and "## Releases" in readme
