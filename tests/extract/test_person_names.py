"""Runs of capitalised words and the feature names among them: the fast tests agree with the full rules."""

from __future__ import annotations

import sys

import pytest

from flows.extract.gazetteer import fold_word
from flows.extract.person_names import (
    _FEATURE_NOUNS,
    _FEATURE_PLURALS,
    _PARTICLE_INITIALS,
    PARTICLES,
    feature_names,
    name_runs,
)


def _is_plural_by_endings(folded: str) -> bool:
    """The rule the plural set stands for: a feature noun and "s" or "es"."""
    return any(folded.endswith(e) and folded[: -len(e)] in _FEATURE_NOUNS for e in ("s", "es"))


@pytest.mark.parametrize(
    "word",
    ["ríos", "puertos", "ports", "bridges", "lagunas", "volcanes", "río", "puerto", "reports", "es", "s", "", "portes"],
)
def test_feature_plurals_are_the_nouns_and_their_endings(word: str) -> None:
    folded = fold_word(word)
    assert (folded in _FEATURE_PLURALS) == _is_plural_by_endings(folded)


def test_every_noun_has_both_plurals() -> None:
    for noun in _FEATURE_NOUNS:
        assert _is_plural_by_endings(noun + "s") and noun + "s" in _FEATURE_PLURALS
        assert _is_plural_by_endings(noun + "es") and noun + "es" in _FEATURE_PLURALS


def test_plural_and_singular_feature_nouns() -> None:
    text = "Visitaron los ríos Achiguate y María Linda, el río Ostúa y la casa de Ana Ruiz."
    runs = name_runs(text)
    assert feature_names(text, runs) == {text.index("Achiguate"): True, text.index("Ostúa"): False}


def test_only_particle_initials_lower_case_to_a_particle_initial() -> None:
    """The initial test before `PARTICLES` never turns a particle away."""
    initials = {particle[0] for particle in PARTICLES}
    assert initials <= _PARTICLE_INITIALS
    others = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).lower()[:1] in initials]
    assert set(others) <= _PARTICLE_INITIALS


@pytest.mark.parametrize(
    ("text", "particles"),
    [
        ("Dijo Juan Ramón de la Fuente ayer.", ["de", "la"]),
        ("Pintó Leonardo Da Vinci y Miguel Del Río.", ["Da", "y", "Del"]),
        ("Habló Ana Ruiz Del", ["Del"]),  # a particle ending the run, as a capitalised word
        ("Met Ludwig Van Beethoven and Lara Dossa.", ["Van"]),
        ("Met Delia Lopez and Yolanda Vance.", []),
    ],
)
def test_particles_inside_runs(text: str, particles: list[str]) -> None:
    pieces = [piece for run in name_runs(text) for piece in getattr(run, "pieces", ())]
    assert [piece.text for piece in pieces if piece.is_particle] == particles
