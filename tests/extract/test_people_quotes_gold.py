"""The people and quote extractors against gold readings: the two seeds (expected.json) and the
labelled articles of tests/fixtures/labelled (those with a "persons" key)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from article_helpers import article
from people_quotes_checks import person_differences, quote_differences

from flows.article import article_text_from_file

REPO = Path(__file__).resolve().parents[2]
# The copy of ../shared/seeds/expected.json (tests/test_seeds.py checks that the two are equal).
EXPECTED = REPO / "tests" / "fixtures" / "seeds_expected.json"
LABELLED = sorted(
    path
    for path in (REPO / "tests" / "fixtures" / "labelled").glob("*.json")
    if "persons" in json.loads(path.read_text("utf-8"))
)
SEEDS = ["000_9d30056a53f7aa95.txt", "003_26143820a8c9381f.txt"]


@pytest.fixture(scope="module")
def expected() -> dict[str, Any]:
    return json.loads(EXPECTED.read_text("utf-8"))


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_people_and_roles(seed: str, expected: dict[str, Any]) -> None:
    assert person_differences(article_text_from_file(REPO / "seeds" / seed), expected["persons"][seed]) == []


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_quotes_and_speakers(seed: str, expected: dict[str, Any]) -> None:
    assert quote_differences(article_text_from_file(REPO / "seeds" / seed), expected["quotes"][seed]) == []


def test_there_are_enough_labelled_articles_in_both_languages() -> None:
    languages = [json.loads(p.read_text("utf-8"))["language"] for p in LABELLED]
    assert len(LABELLED) >= 8 and {"en", "es"} <= set(languages)


@pytest.mark.parametrize("path", LABELLED, ids=[p.stem for p in LABELLED])
def test_labelled_article(path: Path) -> None:
    gold = json.loads(path.read_text("utf-8"))
    doc = article(gold["text"], gold["language"])
    problems = person_differences(doc, gold["persons"]) + quote_differences(doc, gold["quotes"])
    problems += quote_differences(doc, gold.get("indirect_quotes", []), direct=False)
    assert problems == []
