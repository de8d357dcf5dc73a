"""The money amounts of the two seed articles are exactly those of expected.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from flows.article import article_text_from_file
from flows.extract.amounts import find_amounts

REPO = Path(__file__).resolve().parents[2]
# The copy of ../shared/seeds/expected.json (tests/test_seeds.py checks that the two are equal).
EXPECTED = REPO / "tests" / "fixtures" / "seeds_expected.json"
EXPECTED_AMOUNTS: dict[str, list[dict[str, Any]]] = json.loads(EXPECTED.read_text("utf-8"))["amounts"]


@pytest.mark.parametrize("source_path", sorted(EXPECTED_AMOUNTS))
def test_seed_amounts_match_expected(source_path: str) -> None:
    article = article_text_from_file(REPO / "seeds" / source_path)
    rows = find_amounts(article)
    got = [{k: r[k] for k in ("text", "value", "currency", "qualifier")} for r in rows]
    assert got == [{**a, "value": float(a["value"])} for a in EXPECTED_AMOUNTS[source_path]]
    for row in rows:
        assert article.text[row["char_start"] : row["char_end"]] == row["text"]
