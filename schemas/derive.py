"""Projections of the Pandera models: Arrow schema, CSV columns, Frictionless Table Schema, data dictionary.

Nothing here names a column: every projection is computed from the models, so they cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pandera.polars as pa
import polars as pl
import pyarrow

# Explicit types rather than polars' defaults (large_string, string_view), so that every reader
# (DuckDB, pandas, Spark, older Arrow) gets plain, widely supported types.
_ARROW_TYPES: dict[type[pl.DataType], pyarrow.DataType] = {
    pl.String: pyarrow.string(),
    pl.Int64: pyarrow.int64(),
    pl.Int32: pyarrow.int32(),
    pl.Float64: pyarrow.float64(),
    pl.Boolean: pyarrow.bool_(),
    pl.Date: pyarrow.date32(),
}

_TABLE_SCHEMA_TYPES: dict[type[pl.DataType], str] = {
    pl.String: "string",
    pl.Int64: "integer",
    pl.Int32: "integer",
    pl.Float64: "number",
    pl.Boolean: "boolean",
    pl.Date: "date",
    pl.List: "array",
    pl.Datetime: "datetime",
}


@dataclass(frozen=True)
class Column:
    name: str
    polars_type: pl.DataType
    nullable: bool
    unique: bool
    description: str
    constraints: dict[str, Any]


def columns(model: type[pa.DataFrameModel]) -> list[Column]:
    schema = model.to_schema()
    result = []
    for name, col in schema.columns.items():
        if not col.description:
            raise ValueError(f"{model.Config.name}.{name} has no description")
        result.append(
            Column(
                name=name,
                polars_type=_instance(col.dtype.type),
                nullable=col.nullable,
                unique=col.unique,
                description=col.description,
                constraints=_constraints(col.checks),
            )
        )
    return result


def _instance(dtype: pl.DataType | type[pl.DataType]) -> pl.DataType:
    # Pandera keeps simple polars types as classes (pl.String) and parametrised ones as instances.
    return dtype() if isinstance(dtype, type) else dtype


def _constraints(checks: list[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for check in checks:
        stats = check.statistics
        if check.name == "str_matches":
            out["pattern"] = stats["pattern"]
        elif check.name == "isin":
            out["enum"] = list(stats["allowed_values"])
        elif check.name in ("greater_than_or_equal_to", "greater_than"):
            out["minimum"] = stats["min_value"]
        elif check.name in ("less_than_or_equal_to", "less_than"):
            out["maximum"] = stats["max_value"]
        elif check.name == "str_length":
            if stats.get("min_value") is not None:
                out["minLength"] = stats["min_value"]
            if stats.get("max_value") is not None:
                out["maxLength"] = stats["max_value"]
        elif check.name == "in_range":
            out["minimum"], out["maximum"] = stats["min_value"], stats["max_value"]
        else:
            raise ValueError(f"no Table Schema projection for the check {check.name!r}")
    return out


def arrow_type(dtype: pl.DataType) -> pyarrow.DataType:
    if isinstance(dtype, pl.List):
        # 'element' is the Parquet-compliant name of a list's items: the type reads back unchanged.
        return pyarrow.list_(pyarrow.field("element", arrow_type(_instance(dtype.inner))))
    if isinstance(dtype, pl.Datetime):
        return pyarrow.timestamp("us", tz="UTC")
    try:
        return _ARROW_TYPES[type(dtype)]
    except KeyError as exc:
        raise ValueError(f"no Arrow type for the polars type {dtype}") from exc


def arrow_schema(model: type[pa.DataFrameModel]) -> pyarrow.Schema:
    fields = [
        pyarrow.field(c.name, arrow_type(c.polars_type), nullable=c.nullable, metadata={"description": c.description})
        for c in columns(model)
    ]
    return pyarrow.schema(fields, metadata={"description": model.Config.description})


def polars_schema(model: type[pa.DataFrameModel]) -> dict[str, pl.DataType]:
    return {c.name: c.polars_type for c in columns(model)}


def csv_columns(model: type[pa.DataFrameModel]) -> list[str]:
    return [c.name for c in columns(model)]


def primary_key(model: type[pa.DataFrameModel]) -> list[str]:
    return list(model.Config.metadata["primary_key"])


def foreign_keys(model: type[pa.DataFrameModel]) -> list[dict[str, Any]]:
    return list(model.Config.metadata.get("foreign_keys", []))


def referenced_kinds(model: type[pa.DataFrameModel]) -> list[dict[str, Any]]:
    """The foreign keys whose referenced row must be of one of some kinds: `fields` refer to `key` of
    `resource`, whose `column` must hold one of `values` there (a quote's speaker is a person or an
    organization)."""
    return list(model.Config.metadata.get("referenced_kinds", []))


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def table_schema(model: type[pa.DataFrameModel]) -> dict[str, Any]:
    """Frictionless Table Schema of the model's CSV file."""
    fields = []
    for c in columns(model):
        constraints: dict[str, Any] = {"required": not c.nullable}
        if c.unique:
            constraints["unique"] = True
        constraints.update({k: _json_value(v) for k, v in c.constraints.items()})
        field: dict[str, Any] = {
            "name": c.name,
            "type": _TABLE_SCHEMA_TYPES[type(c.polars_type)],
            "description": c.description,
            "constraints": constraints,
        }
        if field["type"] == "date":
            field["format"] = "default"
        if field["type"] == "boolean":
            field["trueValues"], field["falseValues"] = ["true"], ["false"]
        fields.append(field)
    schema: dict[str, Any] = {"fields": fields, "missingValues": [""], "primaryKey": primary_key(model)}
    if foreign_keys(model):
        schema["foreignKeys"] = foreign_keys(model)
    return schema


def type_label(dtype: pl.DataType) -> str:
    """Type as a reader of the Parquet file sees it (Arrow names)."""
    return str(arrow_type(dtype))


def data_dictionary(models: tuple[type[pa.DataFrameModel], ...]) -> str:
    """Markdown data dictionary of every table and column, for the dataset card."""
    parts = []
    for model in models:
        key = ", ".join(f"`{k}`" for k in primary_key(model))
        parts.append(f"### `{model.Config.name}`\n\n{model.Config.description} Key: {key}.\n")
        for fk in foreign_keys(model):
            ref = fk["reference"]
            parts.append(f"`{', '.join(fk['fields'])}` refers to `{ref['resource']}.{', '.join(ref['fields'])}`.\n")
        parts.append("| column | type | null | description |\n|---|---|---|---|")
        for c in columns(model):
            desc = c.description.replace("|", "\\|")
            allowed = c.constraints.get("enum")
            if allowed and len(allowed) <= 12:
                desc += " One of: " + ", ".join(f"`{v}`" for v in allowed) + "."
            parts.append(f"| `{c.name}` | {type_label(c.polars_type)} | {'yes' if c.nullable else 'no'} | {desc} |")
        parts.append("")
    return "\n".join(parts)
