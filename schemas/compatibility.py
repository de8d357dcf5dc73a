"""The schema contract a release promises, and the rules for changing it.

`SCHEMA_MAJOR` is the one place the major version lives. Within a major version the schema only grows:
every row valid under the previous release's contract stays valid under the new one, and every column
keeps its name, type and place. A change that breaks this (a table or column removed or renamed, a
type changed, nulls or duplicates no longer allowed, a check narrowed, a new column that old rows could
not fill) needs `SCHEMA_MAJOR` to move; new tables, new nullable columns and wider checks do not.

The contract is computed from the models (schemas/derive.py), so nothing here names a table or column.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pandera.polars as pa

from schemas.derive import columns, foreign_keys, primary_key, type_label

SCHEMA_MAJOR = 1

Contract = dict[str, Any]


def contract(models: tuple[type[pa.DataFrameModel], ...], major: int = SCHEMA_MAJOR) -> Contract:
    """A JSON-ready description of every table: what a consumer may rely on."""
    tables = {}
    for model in models:
        tables[model.Config.name] = {
            "primary_key": primary_key(model),
            "foreign_keys": foreign_keys(model),
            "columns": [
                {
                    "name": c.name,
                    "type": type_label(c.polars_type),
                    "nullable": c.nullable,
                    "unique": c.unique,
                    "constraints": {k: _json(v) for k, v in c.constraints.items()},
                }
                for c in columns(model)
            ],
        }
    return {"schema_major": major, "tables": tables}


def _json(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_json(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class SchemaChange:
    table: str
    column: str | None
    change: str
    breaking: bool

    def __str__(self) -> str:
        where = f"{self.table}.{self.column}" if self.column else self.table
        return f"{where}: {self.change}"


def schema_changes(old: Contract, new: Contract) -> list[SchemaChange]:
    """Every difference between two contracts, each marked breaking or additive."""
    changes: list[SchemaChange] = []
    old_tables, new_tables = old["tables"], new["tables"]
    for name in old_tables:
        if name not in new_tables:
            changes.append(SchemaChange(name, None, "table removed (or renamed)", True))
    for name, table in new_tables.items():
        if name not in old_tables:
            changes.append(SchemaChange(name, None, "new table", False))
        else:
            changes.extend(_table_changes(name, old_tables[name], table))
    return changes


def _table_changes(name: str, old: dict[str, Any], new: dict[str, Any]) -> list[SchemaChange]:
    changes: list[SchemaChange] = []
    if old["primary_key"] != new["primary_key"]:
        changes.append(
            SchemaChange(name, None, f"primary key changed from {old['primary_key']} to {new['primary_key']}", True)
        )
    old_fks = {_fk_label(fk) for fk in old["foreign_keys"]}
    new_fks = {_fk_label(fk) for fk in new["foreign_keys"]}
    changes.extend(SchemaChange(name, None, f"new foreign key {fk}", True) for fk in sorted(new_fks - old_fks))
    changes.extend(SchemaChange(name, None, f"foreign key {fk} dropped", False) for fk in sorted(old_fks - new_fks))
    old_cols = {c["name"]: c for c in old["columns"]}
    new_cols = {c["name"]: c for c in new["columns"]}
    kept = [c for c in new_cols if c in old_cols]
    if kept != [c for c in old_cols if c in new_cols]:
        changes.append(SchemaChange(name, None, "columns reordered (CSV readers that go by position break)", True))
    for column in old_cols:
        if column not in new_cols:
            changes.append(SchemaChange(name, column, "column removed (or renamed)", True))
    for column, spec in new_cols.items():
        if column not in old_cols:
            if spec["nullable"]:
                changes.append(SchemaChange(name, column, f"new column ({spec['type']}, nullable)", False))
            else:
                changes.append(
                    SchemaChange(name, column, f"new column ({spec['type']}) that rows cannot leave empty", True)
                )
        else:
            changes.extend(_column_changes(name, column, old_cols[column], spec))
    return changes


def _fk_label(fk: dict[str, Any]) -> str:
    ref = fk["reference"]
    return f"({', '.join(fk['fields'])}) -> {ref['resource']}({', '.join(ref['fields'])})"


def _column_changes(table: str, column: str, old: dict[str, Any], new: dict[str, Any]) -> list[SchemaChange]:
    def change(text: str, breaking: bool) -> SchemaChange:
        return SchemaChange(table, column, text, breaking)

    changes = []
    if old["type"] != new["type"]:
        changes.append(change(f"type changed from {old['type']} to {new['type']}", True))
    if old["nullable"] != new["nullable"]:
        changes.append(
            change("nulls no longer allowed", True) if old["nullable"] else change("nulls now allowed", False)
        )
    if old["unique"] != new["unique"]:
        changes.append(change("values must now be unique", True) if new["unique"] else change("may now repeat", False))
    for key in sorted(set(old["constraints"]) | set(new["constraints"])):
        described = _constraint_change(key, old["constraints"].get(key), new["constraints"].get(key))
        if described:
            changes.append(change(*described))
    return changes


def _constraint_change(key: str, old: Any, new: Any) -> tuple[str, bool] | None:
    """(description, breaking) of one check's change, or None when it did not change."""
    if old == new:
        return None
    if new is None:
        return f"check {key} removed", False
    if old is None:
        return f"new check {key} {new!r}", True
    if key == "enum":
        lost, gained = sorted(set(old) - set(new)), sorted(set(new) - set(old))
        if lost:
            return f"allowed values removed: {', '.join(map(str, lost))}", True
        return f"allowed values added: {', '.join(map(str, gained))}", False
    if key in ("minimum", "minLength"):
        return f"{key} from {old!r} to {new!r}", new > old
    if key in ("maximum", "maxLength"):
        return f"{key} from {old!r} to {new!r}", new < old
    # A pattern cannot be proven wider than another: any change counts as breaking.
    return f"{key} changed from {old!r} to {new!r}", True


def breaking_reasons(old: Contract, new: Contract) -> list[str]:
    return [str(c) for c in schema_changes(old, new) if c.breaking]
