"""Rows to Arrow tables typed by the published schemas, and back to polars for validation."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

import pandera.polars as pa
import polars as pl
import pyarrow

from schemas import TABLES, table_name
from schemas.derive import arrow_schema

Row = dict[str, Any]


@cache
def schema_of(name: str) -> pyarrow.Schema:
    for model in TABLES:
        if table_name(model) == name:
            return arrow_schema(model)
    raise KeyError(name)


def to_arrow(name: str, rows: Iterable[Row]) -> pyarrow.Table:
    schema = schema_of(name)
    return pyarrow.Table.from_pylist(list(rows), schema=schema)


def to_polars(table: pyarrow.Table) -> pl.DataFrame:
    return pl.from_arrow(table)  # type: ignore[return-value]


def empty(name: str) -> pyarrow.Table:
    return schema_of(name).empty_table()


def article_tables(models: Iterable[type[pa.DataFrameModel]]) -> list[str]:
    """Tables whose rows belong to one article each (they have an article_id column)."""
    return [table_name(m) for m in models if "article_id" in schema_of(table_name(m)).names]
