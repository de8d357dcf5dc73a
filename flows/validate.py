"""Pandera validation of each batch's tables as they are built (a published dataset's: flows.dataset_checks).

Row-level failures are data problems: the article they come from is held back whole (so keys
always match across tables) and becomes a reject naming the failed check. Schema-level failures
(a missing column, a wrong type) are bugs in newstables and stop the run.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import pandera.errors
import pandera.polars as pa
import polars as pl
import pyarrow
import pyarrow.compute as pc

from flows.tables import to_polars
from schemas import model_for

_MAX_SHOWN = 80


class SchemaDrift(RuntimeError):
    """The pipeline produced a table that does not have its schema's shape: a newstables bug."""


def validate_batch(
    tables: dict[str, pyarrow.Table], observations: pyarrow.Table
) -> tuple[dict[str, pyarrow.Table], pyarrow.Table, dict[str, str]]:
    """The tables and entity observations without the articles that failed a check, and why each failed
    (article_id -> detail of its first failure)."""
    failed: dict[str, str] = {}
    for name, table in tables.items():
        for index, detail in _row_failures(name, model_for(name).to_schema(), table):
            failed.setdefault(table.column("article_id")[index].as_py(), detail)
    for index, detail in _row_failures("entities", _observation_schema(), observations):
        failed.setdefault(observations.column("article_id")[index].as_py(), detail)
    if failed:
        tables = {name: _without(table, failed) for name, table in tables.items()}
        observations = _without(observations, failed)
    return tables, observations, failed


@cache
def _observation_schema() -> pa.DataFrameSchema:
    """The entities schema as one article sees an entity: other articles may see it too (not unique),
    and the row carries the article_id it was seen in (not strict)."""
    schema = model_for("entities").to_schema().update_column("entity_id", unique=False)
    schema.strict = False
    return schema


def _without(table: pyarrow.Table, article_ids: Iterable[str]) -> pyarrow.Table:
    drop = pyarrow.array(sorted(article_ids), pyarrow.string())
    return table.filter(pc.invert(pc.is_in(table.column("article_id"), value_set=drop)))


def _row_failures(name: str, schema: pa.DataFrameSchema, table: pyarrow.Table) -> list[tuple[int, str]]:
    if table.num_rows == 0:
        return []
    try:
        schema.validate(to_polars(table), lazy=True)
    except pandera.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        if cases["index"].null_count():
            schema_level = cases.filter(pl.col("index").is_null()).rows(named=True)
            raise SchemaDrift(f"table {name!r} does not match its schema: {schema_level}") from exc
        return [
            (case["index"], _detail(name, case["column"], case["check"], case["failure_case"]))
            for case in cases.sort("index").rows(named=True)
        ]
    return []


def _detail(table: str, column: str, check: str, value: object) -> str:
    shown = repr(value)
    if len(shown) > _MAX_SHOWN:
        shown = shown[: _MAX_SHOWN - 1] + "…"
    return (
        f"{table}.{column} failed the check {check} with the value {shown}; the whole article was held back "
        "so that the tables stay consistent. Fix the file, or report a parsing bug if the file is right."
    )
