"""The schema rules a consumer can rely on: add-only within a major version, checked on the real models."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from schemas import TABLES
from schemas.compatibility import SCHEMA_MAJOR, breaking_reasons, contract, schema_changes

Edit = Callable[[dict[str, Any]], None]


def _column(c: dict[str, Any], table: str, name: str) -> dict[str, Any]:
    return next(col for col in c["tables"][table]["columns"] if col["name"] == name)


def _set(table: str, column: str, **values: Any) -> Edit:
    return lambda c: _column(c, table, column).update(values)


def _constraint(table: str, column: str, key: str, value: Any) -> Edit:
    return lambda c: _column(c, table, column)["constraints"].__setitem__(key, value)


def _add_column(table: str, nullable: bool) -> Edit:
    spec = {"name": "section", "type": "string", "nullable": nullable, "unique": False, "constraints": {}}
    return lambda c: c["tables"][table]["columns"].append(spec)


def _drop_column(table: str, column: str) -> Edit:
    def edit(c: dict[str, Any]) -> None:
        c["tables"][table]["columns"] = [col for col in c["tables"][table]["columns"] if col["name"] != column]

    return edit


def _enum(table: str, column: str, change: Callable[[list[Any]], list[Any]]) -> Edit:
    return lambda c: _column(c, table, column)["constraints"].__setitem__(
        "enum", change(_column(c, table, column)["constraints"]["enum"])
    )


def _reverse_columns(table: str) -> Edit:
    return lambda c: c["tables"][table]["columns"].reverse()


# (what changes from the previous release to the new one, is it breaking?)
CASES: dict[str, tuple[Edit, bool, str]] = {
    "column removed": (_drop_column("articles", "subtitle"), True, "articles.subtitle: column removed"),
    "column retyped": (_set("articles", "word_count", type="string"), True, "type changed from int64 to string"),
    "nulls no longer allowed": (_set("articles", "title", nullable=False), True, "nulls no longer allowed"),
    "values must be unique": (_set("articles", "language", unique=True), True, "must now be unique"),
    "allowed values removed": (_enum("articles", "language", lambda v: v[:-1]), True, "allowed values removed"),
    "minimum raised": (_constraint("articles", "word_count", "minimum", 5), True, "minimum from 1 to 5"),
    "maximum lowered": (
        _constraint("articles", "published_date", "maximum", "2030-12-31"),
        True,
        "maximum from '2099-12-31' to '2030-12-31'",
    ),
    "pattern changed": (_constraint("articles", "url", "pattern", "^https://"), True, "pattern changed"),
    "new required column": (_add_column("articles", nullable=False), True, "rows cannot leave empty"),
    "columns reordered": (_reverse_columns("articles"), True, "columns reordered"),
    "table removed": (lambda c: c["tables"].pop("paragraphs"), True, "paragraphs: table removed"),
    "primary key changed": (
        lambda c: c["tables"]["paragraphs"].__setitem__("primary_key", ["article_id"]),
        True,
        "primary key changed",
    ),
    "new foreign key": (
        lambda c: c["tables"]["rejects"]["foreign_keys"].append(
            {"fields": ["source_path"], "reference": {"resource": "articles", "fields": ["source_path"]}}
        ),
        True,
        "new foreign key (source_path) -> articles(source_path)",
    ),
    "new nullable column": (_add_column("articles", nullable=True), False, "new column (string, nullable)"),
    "new table": (
        lambda c: c["tables"].__setitem__("sections", copy.deepcopy(c["tables"]["rejects"])),
        False,
        "sections: new table",
    ),
    "nulls now allowed": (_set("articles", "language", nullable=True), False, "nulls now allowed"),
    "allowed values added": (_enum("articles", "language", lambda v: [*v, "xx"]), False, "allowed values added: xx"),
    "minimum lowered": (_constraint("articles", "word_count", "minimum", 0), False, "minimum from 1 to 0"),
    "check removed": (
        lambda c: _column(c, "articles", "url")["constraints"].pop("pattern"),
        False,
        "check pattern removed",
    ),
}


@pytest.fixture(scope="module")
def current() -> dict[str, Any]:
    # Through JSON, as a release stores it and the next release reads it back.
    return json.loads(json.dumps(contract(TABLES)))


def test_the_contract_covers_every_table_and_column(current: dict[str, Any]) -> None:
    assert current["schema_major"] == SCHEMA_MAJOR
    assert list(current["tables"]) == [m.Config.name for m in TABLES]
    assert schema_changes(current, current) == []


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_change_is_breaking_or_additive(current: dict[str, Any], case: str) -> None:
    edit, breaking, described = CASES[case]
    changed = copy.deepcopy(current)
    edit(changed)
    old, new = current, changed  # the previous release had the current schema; the new one has the edit
    changes = schema_changes(old, new)
    assert changes, case
    assert any(described in str(c) for c in changes), [str(c) for c in changes]
    assert any(c.breaking for c in changes) is breaking
    assert bool(breaking_reasons(old, new)) is breaking
