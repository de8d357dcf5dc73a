"""Role head words and speech verbs of an article, found in one pass.

An Aho-Corasick automaton (pyahocorasick) finds every listed word in one scan of the lower-cased text.
The people and quote extractors try their costlier patterns only around these hits: a long
case-insensitive regular expression tried at every character costs milliseconds per article, this scan
a few hundredths of one.
"""

from __future__ import annotations

from functools import cache
from typing import Literal, NamedTuple

import ahocorasick

from flows.extract.gazetteer import lower
from flows.extract.roles import TRIGGER_WORDS
from schemas.vocabularies import CUE_VERBS

KeywordKind = Literal["role", "cue"]


class Keyword(NamedTuple):
    start: int
    end: int
    word: str  # as listed, lower case
    kind: KeywordKind


@cache
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    entries: list[tuple[str, KeywordKind]] = [(word, "cue") for word in CUE_VERBS]
    for word in TRIGGER_WORDS:
        # Spanish writes "former" glued or hyphenated: "expresidente", "ex-canciller".
        entries += [(word, "role"), (f"ex{word}", "role"), (f"ex-{word}", "role")]
    for word, kind in entries:
        if not automaton.exists(word):
            automaton.add_word(word, Keyword(0, len(word), word, kind))
    automaton.make_automaton()
    return automaton


def find_keywords(lowered: str) -> list[Keyword]:
    """Whole-word hits in `lowered` (the article text lower-cased, same length), in text order."""
    hits: list[Keyword] = []
    size = len(lowered)
    for last, entry in _automaton().iter(lowered):
        start, end = last + 1 - entry.end, last + 1
        if (start == 0 or not lowered[start - 1].isalpha()) and (end == size or not lowered[end].isalpha()):
            hits.append(Keyword(start, end, entry.word, entry.kind))
    hits.sort()
    return hits


def lower_same_length(text: str) -> str:
    """`text` lower-cased, with its offsets kept: a character whose lower case is longer ('İ') stays."""
    lowered = lower(text)
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(low := ch.lower()) != 1 else low for ch in text)
