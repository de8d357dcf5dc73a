"""The changelog of a release against the previous one: per table, rows added, removed and changed (matched by
primary key), and the schema changes, as JSON and as markdown.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import duckdb

from flows.duckdb_export import quote_identifier, quote_literal
from schemas.compatibility import Contract, SchemaChange, schema_changes

EXAMPLE_KEYS = 5  # keys listed per kind of row change, so that a reader can look at a few


def table_row_changes(
    con: duckdb.DuckDBPyConnection, old: Path, new: Path, key: list[str], compared: list[str]
) -> dict[str, Any]:
    """Rows added, removed and changed between two Parquet files of a table, matched on `key`.

    A row changed when any `compared` column differs (nulls compare equal to nulls)."""
    on = " AND ".join(f"o.{quote_identifier(k)} = n.{quote_identifier(k)}" for k in key)
    keys = ", ".join(quote_identifier(k) for k in key)
    differs = (
        f"row({', '.join(f'n.{quote_identifier(c)}' for c in compared)}) IS DISTINCT FROM "
        f"row({', '.join(f'o.{quote_identifier(c)}' for c in compared)})"
        if compared
        else "false"
    )
    old_src, new_src = f"read_parquet({quote_literal(str(old))})", f"read_parquet({quote_literal(str(new))})"
    queries = {
        "added": f"SELECT {keys} FROM {new_src} n WHERE NOT EXISTS (SELECT 1 FROM {old_src} o WHERE {on})",
        "removed": f"SELECT {keys} FROM {old_src} o WHERE NOT EXISTS (SELECT 1 FROM {new_src} n WHERE {on})",
        "changed": f"SELECT {', '.join(f'n.{quote_identifier(k)}' for k in key)} "
        f"FROM {new_src} n JOIN {old_src} o ON {on} WHERE {differs}",
    }
    result: dict[str, Any] = {
        "rows_before": _count(con, f"SELECT * FROM {old_src}"),
        "rows_after": _count(con, f"SELECT * FROM {new_src}"),
    }
    examples = {}
    for kind, query in queries.items():
        result[kind] = _count(con, query)
        rows = con.execute(f"{query} ORDER BY {keys} LIMIT {EXAMPLE_KEYS}").fetchall()
        examples[kind] = [_key_text(row) for row in rows]
    result["example_keys"] = examples
    return result


def _count(con: duckdb.DuckDBPyConnection, query: str) -> int:
    return int(con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0])  # type: ignore[index]


def _key_text(row: tuple[Any, ...]) -> str:
    parts = [v.isoformat() if isinstance(v, dt.date) else str(v) for v in row]
    return parts[0] if len(parts) == 1 else "(" + ", ".join(parts) + ")"


def build_changelog(
    version: str,
    date: dt.date,
    previous: dict[str, Any] | None,
    previous_folder: Path | None,
    folder: Path,
    old_contract: Contract | None,
    new_contract: Contract,
) -> dict[str, Any]:
    """The changelog as JSON-ready data. `previous` is the previous release's manifest (None for the first)."""
    changes = schema_changes(old_contract, new_contract) if old_contract else []
    tables: dict[str, Any] = {}
    with duckdb.connect() as con:
        for name, spec in new_contract["tables"].items():
            path = folder / f"{name}.parquet"
            old_spec = old_contract["tables"].get(name) if old_contract else None
            if old_spec is None or previous_folder is None:
                rows = _count(con, f"SELECT * FROM read_parquet({quote_literal(str(path))})")
                tables[name] = {"status": "new", "rows_before": 0, "rows_after": rows, "added": rows}
                tables[name].update({"removed": 0, "changed": 0})
                continue
            old_types = {c["name"]: c["type"] for c in old_spec["columns"]}
            same_key = spec["primary_key"] == old_spec["primary_key"]
            key = spec["primary_key"] if same_key else []
            compared = [
                c["name"]
                for c in spec["columns"]
                if old_types.get(c["name"]) == c["type"] and c["name"] not in spec["primary_key"]
            ]
            if key:
                tables[name] = table_row_changes(con, previous_folder / f"{name}.parquet", path, key, compared)
            else:
                # Rows cannot be matched across a changed primary key: count them only.
                tables[name] = {
                    "rows_before": _count(
                        con, f"SELECT * FROM read_parquet({quote_literal(str(previous_folder / f'{name}.parquet'))})"
                    ),
                    "rows_after": _count(con, f"SELECT * FROM read_parquet({quote_literal(str(path))})"),
                }
            tables[name]["status"] = "changed" if _any_change(tables[name], changes, name) else "unchanged"
        if old_contract:
            for name in old_contract["tables"]:
                if name not in new_contract["tables"]:
                    tables[name] = {"status": "removed"}
    for name, entry in tables.items():
        entry["schema_changes"] = [_change_json(c) for c in changes if c.table == name]
    return {
        "version": version,
        "date": date.isoformat(),
        "schema_major": new_contract["schema_major"],
        "previous": {"version": previous["version"], "date": previous["date"]} if previous else None,
        "breaking": [str(c) for c in changes if c.breaking],
        "tables": tables,
    }


def _any_change(entry: dict[str, Any], changes: list[SchemaChange], table: str) -> bool:
    moved = any(entry.get(k) for k in ("added", "removed", "changed")) or entry["rows_before"] != entry["rows_after"]
    return moved or any(c.table == table for c in changes)


def _change_json(change: SchemaChange) -> dict[str, Any]:
    return {"column": change.column, "change": change.change, "breaking": change.breaking}


def changelog_markdown(log: dict[str, Any]) -> str:
    previous = log["previous"]
    lines = [f"# newstables {log['version']}", ""]
    if previous:
        lines.append(
            f"Released {log['date']}; compared with {previous['version']} (released {previous['date']}). "
            f"Schema major version {log['schema_major']}."
        )
    else:
        lines.append(
            f"Released {log['date']}: the first release, every row is new. Schema major version {log['schema_major']}."
        )
    lines += ["", "## Rows", "", "| table | status | rows before | rows after | added | removed | changed |"]
    lines.append("|---|---|---:|---:|---:|---:|---:|")
    for name, t in log["tables"].items():
        cells = [
            f"{t[k]:,}" if isinstance(t.get(k), int) else "—"
            for k in ("rows_before", "rows_after", "added", "removed", "changed")
        ]
        lines.append(f"| `{name}` | {t['status']} | " + " | ".join(cells) + " |")
    lines += ["", "Rows are matched by primary key; a row changed when any other column's value differs.", ""]
    lines += ["## Schema", ""]
    changes = [(name, c) for name, t in log["tables"].items() for c in t["schema_changes"]]
    if not previous:
        lines.append("The first release: every table and column is new.")
    elif not changes:
        lines.append("No schema changes.")
    for name, c in changes:
        where = f"`{name}.{c['column']}`" if c["column"] else f"`{name}`"
        lines.append(f"- {'**breaking**' if c['breaking'] else 'additive'}: {where}: {c['change']}")
    examples = [
        (name, kind, keys)
        for name, t in log["tables"].items()
        for kind, keys in t.get("example_keys", {}).items()
        if keys
    ]
    if examples:
        lines += ["", "## Examples", "", f"Up to {EXAMPLE_KEYS} keys of each kind of change, in key order.", ""]
        for name, kind, keys in examples:
            lines.append(f"- `{name}` {kind}: " + ", ".join(f"`{k}`" for k in keys))
    return "\n".join(lines) + "\n"
