"""Whole-word lookup of many names at once in a text, accent- and case-insensitively.

One Aho-Corasick automaton (pyahocorasick) finds every listed name in a single pass over the text,
whatever the size of the list, so a gazetteer of thousands of places costs about as much as one regex.
The text is folded character by character (each character to exactly one character), so offsets in the
folded text are offsets in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

import ahocorasick

V = TypeVar("V")


def _fold_char(ch: str) -> str:
    """Lower-case base letter of `ch` ('É' -> 'e'), or `ch` lower-cased when that is not one character."""
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    if len(base) == 1:
        return base
    lowered = ch.lower()
    return lowered if len(lowered) == 1 else ch


class _FoldTable(dict[int, str]):
    """`str.translate` table filled on first sight of each character, so folding stays one C-level pass."""

    def __missing__(self, codepoint: int) -> str:
        folded = _fold_char(chr(codepoint))
        self[codepoint] = folded
        return folded


_FOLD_TABLE = _FoldTable()


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_match(match: re.Match[str]) -> str:
    return _FOLD_TABLE[ord(match.group(0))]


def _fold_keep_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) != len(text):
        return text.translate(_FOLD_TABLE)  # a character whose lower case is longer ('İ')
    # Only the few non-ASCII characters need a lookup; lower() did the rest in one C pass.
    return lowered if lowered.isascii() else _NOT_ASCII.sub(_fold_match, lowered)


# The place, organization, topic and amount extractors each fold the same article: keep the last few.
# Words and names have a cache of their own, so that folding them never pushes the article out of this one.
@lru_cache(maxsize=8)
def fold_keep_length(text: str) -> str:
    """Accent- and case-folded copy of `text` with exactly the same length: 'Bárcena' -> 'barcena'."""
    return _fold_keep_length(text)


@lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """`fold_keep_length` of a word or name: the same few thousand recur from article to article."""
    return _fold_keep_length(word)


@dataclass(frozen=True, slots=True)
class Hit(Generic[V]):
    start: int
    end: int
    value: V


@dataclass(frozen=True, slots=True)
class _Entry(Generic[V]):
    length: int
    is_prefix: bool
    # Offsets (within the name) of its upper-case letters in every listed spelling: the text must have
    # capitals there too, so "US" does not match "us" nor "Mexico" "mexico"; extra capitals are fine.
    capitals: tuple[int, ...]
    value: V


class Gazetteer(Generic[V]):
    """A list of names, each resolving to a value; `find` returns their whole-word occurrences.

    A name ending in "*" is a word stem: it matches every word that starts with it ("migra*" finds
    "migration" and "migrantes"), and the hit covers the whole word.
    """

    def __init__(self, names: Iterable[tuple[str, V]]) -> None:
        self._automaton = ahocorasick.Automaton()
        for written, value in names:
            is_prefix = written.endswith("*")
            name = written.removesuffix("*")
            key = fold_keep_length(name)
            if not key:
                continue
            capitals = tuple(i for i, ch in enumerate(name) if ch.isupper())
            first = self._automaton.get(key, None)
            if first is not None:
                # The first listing of a name decides its value, so callers list their most trusted sources
                # first; a later spelling only relaxes the capitals ("Río Bravo", then "río Bravo").
                capitals = tuple(i for i in first.capitals if i in capitals)
                value, is_prefix = first.value, first.is_prefix
            self._automaton.add_word(key, _Entry(len(key), is_prefix, capitals, value))
        self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._automaton)

    def find(
        self,
        text: str,
        accept: Callable[[str, Hit[V]], bool] | None = None,
        folded: str | None = None,
    ) -> list[Hit[V]]:
        """Whole-word, capital-respecting occurrences, longest first where they overlap, in text order.

        `accept` may turn down a hit (before overlaps are settled, so a shorter name can still win);
        `folded` lets a caller that already folded the text pass it in.
        """
        if folded is None:
            folded = fold_keep_length(text)
        candidates: list[Hit[V]] = []
        size = len(folded)
        for last, entry in self._automaton.iter(folded):
            start, end = last + 1 - entry.length, last + 1
            if entry.is_prefix:
                end = _word_end(folded, end)
            # Whole words only: no letter or digit may continue the name on either side.
            if start and folded[start].isalnum() and folded[start - 1].isalnum():
                continue
            if end < size and folded[end - 1].isalnum() and folded[end].isalnum():
                continue
            if entry.capitals and not all(text[start + i].isupper() for i in entry.capitals):
                continue
            hit = Hit(start, end, entry.value)
            if accept is None or accept(text, hit):
                candidates.append(hit)
        return longest_non_overlapping(candidates)


def _word_end(text: str, position: int) -> int:
    while position < len(text) and text[position].isalnum():
        position += 1
    return position


def longest_non_overlapping(hits: Iterable[Hit[V]]) -> list[Hit[V]]:
    """Keep the longest of overlapping hits (the earliest on a tie); return them in text order."""
    ordered = sorted(hits, key=lambda h: (h.start - h.end, h.start))
    if not ordered:
        return []
    taken = bytearray(max(h.end for h in ordered))  # 1 where a chosen hit lies
    chosen = []
    for hit in ordered:
        if taken.find(1, hit.start, hit.end) == -1:
            chosen.append(hit)
            taken[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
    return sorted(chosen, key=lambda h: h.start)
