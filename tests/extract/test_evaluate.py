"""The entity evaluation: its scoring rules and the labelled articles it reads (spaCy not needed)."""

from __future__ import annotations

import json

import pytest

from flows.extract.evaluate import LABELLED, labelled_cases, normalise, rules_approach, score


@pytest.mark.parametrize(
    ("written", "normalised"),
    [("the United States", "united states"), ("Mexico’s", "mexico"), ("La Habana", "habana"), (" “APEP” ", "apep")],
)
def test_normalise(written: str, normalised: str) -> None:
    assert normalise(written) == normalised


def test_score_counts_found_gold_and_correct_predictions() -> None:
    gold = [frozenset({"antony blinken"}), frozenset({"alicia barcena"})]
    result = score("person", ["Blinken", "Antony Blinken", "Washington"], gold, "case")
    assert (result.gold, result.found, result.predicted, result.correct) == (2, 1, 3, 2)
    assert result.row() == pytest.approx((2 / 3, 1 / 2, 4 / 7))
    assert result.errors == ["case: false person 'washington'", "case: missed person 'alicia barcena'"]


def test_partial_names_match_only_persons() -> None:
    assert score("place", ["Mexico"], [frozenset({"mexico city"})], "case").found == 0


def test_labelled_articles_are_well_formed() -> None:
    paths = sorted(LABELLED.glob("*.json"))
    assert len(paths) >= 10
    for path in paths:
        data = json.loads(path.read_text("utf-8"))
        assert data["language"] in ("en", "es")
        for key in ("organizations", "places"):
            for entity in data.get(key, []):
                assert set(entity) <= {"name", "aliases"} and entity["name"], path.name
    for case in labelled_cases():
        text = case.article.text
        assert all(text[s:e].strip() == text[s:e] and text[s:e] for s, e in case.article.paragraphs)


def test_rules_find_organizations_and_places_of_a_labelled_article() -> None:
    approach, kinds = rules_approach()
    assert {"organization", "place"} <= set(kinds)
    case = next(c for c in labelled_cases() if c.gold.get("place"))
    found = approach(case.article)
    assert found["place"] and all(isinstance(name, str) for name in found["place"])
