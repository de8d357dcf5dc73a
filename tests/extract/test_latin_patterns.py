"""The `re` forms of the scanning patterns find what their `regex` forms find, on COMMON characters."""

from __future__ import annotations

import random
import re

import pytest
import regex

from flows.extract.evaluate import labelled_cases, seed_cases
from flows.extract.latin_patterns import TwoPatterns, common_characters, is_common, property_class
from flows.extract.person_names import _RUN
from flows.extract.quote_interviews import _LABEL
from flows.extract.quotes import _SENTENCE_BREAK
from flows.extract.speakers import _PRONOUN_PATTERNS

PATTERNS = {"run": _RUN, "sentence break": _SENTENCE_BREAK, "interview label": _LABEL}
# Characters where the patterns' alternatives part ways, and a few of every class.
TRICKY = "AaBbDdeElLsSyYÁáÉéÑñÇçŁłĲĳǅǈſµªº (),.;:!?…'’\"“”«»„—–-\t\u00a0\u2009\n" + "MrsDrSraGenJrx*_"


def test_re_and_regex_agree_on_common_characters() -> None:
    for char in common_characters():
        for code in (r"\s", r"\w", r"\d"):
            assert bool(re.match(code, char)) == bool(regex.match(code, char)), (code, hex(ord(char)))
        for name in ("Lu", "Ll", "L"):
            assert bool(re.match(property_class(name), char)) == bool(regex.match(rf"\p{{{name}}}", char))


def test_only_common_texts_take_the_re_form() -> None:
    assert is_common("Ana Ruiz dijo: «Sí, €5» — “ok”")
    assert not is_common("Ана Руис")
    assert not is_common("x\x1cy")  # \s for re only


def _spans(pattern: re.Pattern[str] | regex.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", PATTERNS)
def test_both_forms_find_the_same_matches(name: str) -> None:
    patterns: TwoPatterns = PATTERNS[name]
    texts = [case.article.text for case in labelled_cases() + seed_cases()]
    rng = random.Random(7)
    texts += ["".join(rng.choice(TRICKY) for _ in range(rng.randint(1, 40))) for _ in range(5_000)]
    for text in texts:
        assert _spans(patterns.common, text) == _spans(patterns.general, text), text


# The letters of the pronouns ("he", "she", "él", "ella", "ele", "ela", "ell"), in both cases, within words and not.
PRONOUN_TRICKY = "heslaHESLAéÉſtwbn .,;:'’\"“(«—-\n"


def _word_starts(pattern: re.Pattern[str] | regex.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text) if m.start() == 0 or not text[m.start() - 1].isalpha()]


@pytest.mark.parametrize("language", _PRONOUN_PATTERNS)
def test_the_pronoun_scan_finds_the_same_pronouns_starting_words(language: str) -> None:
    """The `re` form of the whole-text pronoun scan only matches where a word starts: those are the
    matches of the `regex` form that `Speakers._pronouns_at` keeps."""
    patterns = _PRONOUN_PATTERNS[language].in_text
    texts = [case.article.text for case in labelled_cases() + seed_cases()]
    texts += [
        "She said the theme of the show was clear; when Él llegó, ella dijo: «Ella no». Ele e ela; ell.",
        "Shelley, Helena y Ellatown: the helmet, the shed, bella, aquella, Michelle, Hélène, (he) and -she.",
    ]
    rng = random.Random(11)
    texts += ["".join(rng.choice(PRONOUN_TRICKY) for _ in range(rng.randint(1, 30))) for _ in range(5_000)]
    for text in texts:
        found = _spans(patterns.common, text)
        assert found == _word_starts(patterns.common, text), text  # no match inside a word
        assert found == _word_starts(patterns.general, text), text
