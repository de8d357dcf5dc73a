"""Pandera validation of the tables, and the dataset-level guarantees Pandera cannot express.

Row-level failures are data problems: the article they come from is held back whole (so keys
always match across tables) and becomes a reject naming the failed check. Schema-level failures
(a missing column, a wrong type) are bugs in newstables and stop the run.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import pandera.errors
import pandera.polars as pa
import polars as pl
import pyarrow
import pyarrow.compute as pc

from flows.tables import to_polars
from schemas import model_for
from schemas.derive import foreign_keys, primary_key

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


@dataclass(frozen=True, slots=True)
class Problem:
    table: str
    check: str
    detail: str


def check_dataset(tables: dict[str, pl.DataFrame]) -> list[Problem]:
    """Every check of a published dataset: each table's schema, keys, foreign keys and offsets."""
    problems: list[Problem] = []
    for name, frame in tables.items():
        model = model_for(name)
        try:
            model.validate(frame, lazy=True)
        except pandera.errors.SchemaErrors as exc:
            for case in exc.failure_cases.head(20).rows(named=True):
                problems.append(
                    Problem(name, str(case["check"]), f"column {case['column']}: value {case['failure_case']!r}")
                )
        key = primary_key(model)
        if frame.height and frame.select(key).is_duplicated().any():
            problems.append(Problem(name, "primary key", f"duplicate values of ({', '.join(key)})"))
        for fk in foreign_keys(model):
            ref = fk["reference"]
            if ref["resource"] not in tables:
                problems.append(Problem(name, "foreign key", f"the table {ref['resource']!r} is missing"))
                continue
            target = (
                tables[ref["resource"]]
                .select(ref["fields"])
                .rename(dict(zip(ref["fields"], fk["fields"], strict=True)))
            )
            # As in SQL, a null reference refers to nothing and is not an orphan.
            orphans = frame.select(fk["fields"]).drop_nulls().join(target, on=fk["fields"], how="anti")
            if orphans.height:
                problems.append(
                    Problem(
                        name,
                        "foreign key",
                        f"{orphans.height} rows whose ({', '.join(fk['fields'])}) is not in {ref['resource']}",
                    )
                )
    problems.extend(_offset_problems(tables))
    return problems


def _offset_problems(tables: dict[str, pl.DataFrame]) -> list[Problem]:
    """Every table with char_start/char_end must point at its own text inside articles.body_text."""
    if "articles" not in tables:
        return []
    bodies = tables["articles"].select("article_id", "body_text")
    problems = []
    for name, frame in tables.items():
        if not {"article_id", "char_start", "char_end"} <= set(frame.columns):
            continue
        text_column = next((c for c in ("text", "mention_text") if c in frame.columns), None)
        if text_column is None:
            continue
        joined = frame.join(bodies, on="article_id", how="inner").with_columns(
            pl.col("body_text")
            .str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start"))
            .alias("_slice")
        )
        bad = joined.filter(pl.col("_slice") != pl.col(text_column)).height
        if bad:
            problems.append(
                Problem(name, "offsets", f"{bad} rows whose {text_column} is not body_text[char_start:char_end]")
            )
    return problems
