"""Speakers' fast paths give what the plain patterns they stand for give."""

from __future__ import annotations

import itertools
import re

import regex

from flows.extract.latin_patterns import common_characters, property_class
from flows.extract.speakers import (
    _ADVERB_BEFORE,
    _LANGUAGE_PRONOUNS,
    _LONGEST_ADVERB_BEFORE,
    _PRONOUN_PATTERNS,
    _PRONOUNS,
    SPEECH_ADVERBS,
)


def _alternatives(pattern: str) -> list[str]:
    """The words an alternation of words matches: "a|for[ ](?:his|her)[ ]part" gives "a", "for his part",
    "for her part"."""
    depth, start, tops = 0, 0, []
    for index, character in enumerate(pattern):
        depth += {"(": 1, ")": -1}.get(character, 0)
        if character == "|" and depth == 0:
            tops.append(pattern[start:index])
            start = index + 1
    tops.append(pattern[start:])
    words = []
    for top in tops:
        pieces = re.split(r"\(\?:([^()]*)\)", top.replace("[ ]", " "))
        # Between the literal pieces, each group's alternatives in turn.
        choices = [[piece] if i % 2 == 0 else piece.split("|") for i, piece in enumerate(pieces)]
        words += ["".join(chosen) for chosen in itertools.product(*choices)]
    return words


_BEFORE_VERB = [*_alternatives(SPEECH_ADVERBS), "has", "had", "have"]
_FORWARD = regex.compile(rf"(?i)(?<![\p{{L}}])(?:{SPEECH_ADVERBS}|has|had|have)[ ]$", regex.VERSION1)


def test_the_alternatives_are_read_whole() -> None:
    assert {"for his part", "for her part", "a su vez", "también", "have"} <= set(_BEFORE_VERB)
    assert all(_FORWARD.fullmatch(f"{word} ") for word in _BEFORE_VERB)


def test_the_backward_search_of_an_adverb_finds_what_a_forward_one_does() -> None:
    # Every adverb, and every word it ends with, before a verb, after a word or a comma, in either case.
    endings = {" ".join(word.split()[i:]) for word in _BEFORE_VERB for i in range(len(word.split()))}
    texts = [f"{lead}{ending} said" for ending in endings for lead in ("", "Ruiz ", "Ruiz, ", "x", "Ruiz par")] + [
        text.upper() for text in ("Ruiz also said", "Ruiz FOR HER PART said")
    ]
    texts += ["Ruiz said", "Ruiz  also said", "also\nsaid", "asimismo said", "Juan Ya dijo", "ayer dijo"]
    for text in texts:
        for end in range(len(text)):
            window = (max(0, end - _LONGEST_ADVERB_BEFORE), end + 1)
            backward, forward = _ADVERB_BEFORE.search(text, *window), _FORWARD.search(text, *window)
            assert (backward and backward.span()) == (forward and forward.span()), (text, end)


_PRONOUN_TEXTS = (
    "He said. SHE said; Él dijo, ÉL dijo: ella, ELLA, Ella—ele ela ell ELL, Ele. Ela",
    "the shell, hello, when, bella, ellas, élite, ſhe, ſHE, 3he, he_, x-he, he's, ella's, «ella»",
    "Ana Ruiz dijo que ella no irá; she said he would. Ele disse. Ell va dir.",
    "no pronoun at all in this one",
    common_characters(),
)


def test_the_pronouns_of_a_text_are_found_as_the_plain_pattern_finds_them() -> None:
    letter = property_class("L")
    for language, extra in {"": "", **_LANGUAGE_PRONOUNS}.items():
        pronouns = _PRONOUNS + extra
        plain = re.compile(rf"(?i)(?<!{letter})(?:{pronouns})(?!{letter})")
        patterns = _PRONOUN_PATTERNS[language].in_text
        for text in _PRONOUN_TEXTS:
            found = [m.span() for m in patterns.common.finditer(text)]
            assert found == [m.span() for m in plain.finditer(text)], (language, text)
            # The `regex` form matches inside words too: at word starts it finds the same.
            starts = [
                m.span() for m in patterns.general.finditer(text) if m.start() == 0 or not text[m.start() - 1].isalpha()
            ]
            assert found == starts, (language, text)
        assert [m.group() for m in patterns.common.finditer(_PRONOUN_TEXTS[0])][:7] == [
            "He", "SHE", "Él", "ÉL", "ella", "ELLA", "Ella"
        ]  # fmt: skip
