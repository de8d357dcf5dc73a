"""Role head words and speech verbs of an article, found in one pass.

The Aho-Corasick scan that the gazetteers share (see `gazetteer`) finds every listed word in one pass.
The people and quote extractors try their costlier patterns only around these hits: a long
case-insensitive regular expression tried at every character costs milliseconds per article, this scan
a few hundredths of one.
"""

from __future__ import annotations

from functools import cache
from typing import Literal, NamedTuple

from flows.extract.gazetteer import Gazetteer, fold_keep_length, fold_word, lower
from flows.extract.roles import LANGUAGE_TRIGGER_WORDS, TRIGGER_WORDS
from schemas.vocabularies import CUE_VERBS, cue_verbs_of

KeywordKind = Literal["role", "cue"]


class Keyword(NamedTuple):
    start: int
    end: int
    word: str  # as listed, lower case
    kind: KeywordKind


@cache
def _gazetteer() -> Gazetteer[tuple[Keyword, ...]]:
    """The keywords by their folded form (the shared scan reads the folded text), each folded form with
    the listed words that fold to it ("dijo"; "informó" and "informo" if both were listed)."""
    entries: list[tuple[str, KeywordKind]] = [(word, "cue") for word in CUE_VERBS]
    for word in TRIGGER_WORDS.union(*LANGUAGE_TRIGGER_WORDS.values()):
        # Spanish writes "former" glued or hyphenated: "expresidente", "ex-canciller".
        entries += [(word, "role"), (f"ex{word}", "role"), (f"ex-{word}", "role")]
    by_fold: dict[str, dict[str, Keyword]] = {}
    for word, kind in entries:
        # The first listing of a word decides its kind: cue verbs come first.
        by_fold.setdefault(fold_word(word), {}).setdefault(word, Keyword(0, len(word), word, kind))
    return Gazetteer(((key, tuple(words.values())) for key, words in by_fold.items()), shared=True, whole_words=False)


def find_keywords(lowered: str, text: str | None = None) -> list[Keyword]:
    """Whole-word hits in `lowered` (the article text lower-cased, same length), in text order.

    The listed words are looked for in the folded text, in the pass the gazetteers share, and kept where
    `lowered` holds the word itself. `text`, the article, lets its fold serve when lower-casing kept its
    length: `lowered` then folds to the same text."""
    folded = fold_keep_length(text if text is not None and len(lower(text)) == len(text) else lowered)
    hits: list[Keyword] = []
    size = len(lowered)
    for last, entry in _gazetteer().occurrences(folded):
        start, end = last + 1 - entry.length, last + 1
        if (start == 0 or not lowered[start - 1].isalpha()) and (end == size or not lowered[end].isalpha()):
            hits.extend(Keyword(start, end, k.word, k.kind) for k in entry.value if lowered[start:end] == k.word)
    hits.sort()
    return hits


def keywords_of_language(keywords: list[Keyword], language: str) -> list[Keyword]:
    """The keywords an article of `language` reads: a Portuguese or Catalan verb or title only in its own
    language's articles, so that English and Spanish read as they did ("destaca" is no Spanish cue here)."""
    verbs, titles = cue_verbs_of(language), _role_words(language)
    return [k for k in keywords if (k.word in verbs if k.kind == "cue" else k.word in titles)]


@cache
def _role_words(language: str) -> frozenset[str]:
    heads = TRIGGER_WORDS | LANGUAGE_TRIGGER_WORDS.get(language, frozenset())
    return frozenset(form for word in heads for form in (word, f"ex{word}", f"ex-{word}"))


def lower_same_length(text: str) -> str:
    """`text` lower-cased, with its offsets kept: a character whose lower case is longer ('İ') stays."""
    lowered = lower(text)
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(low := ch.lower()) != 1 else low for ch in text)
