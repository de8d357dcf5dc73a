"""Whole-word lookup of many names at once in a text, accent- and case-insensitively.

One Aho-Corasick automaton (pyahocorasick) finds every listed name in a single pass over the text,
whatever the size of the list, so a gazetteer of thousands of places costs about as much as one regex;
the extractors' long-lived gazetteers (places, organizations, topic terms, currencies) even share one
automaton and one pass per article (`shared=True`). The text is folded character by character (each
character to exactly one character), so offsets in the folded text are offsets in the original text.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter
from typing import Generic, NamedTuple, TypeVar

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


def _fold_keep_length(text: str, lowered: str | None = None) -> str:
    lowered = text.lower() if lowered is None else lowered
    if len(lowered) != len(text):
        return text.translate(_FOLD_TABLE)  # a character whose lower case is longer ('İ')
    if lowered.isascii():
        return lowered
    # Only the non-ASCII characters need folding, and an article has few different ones ("áéíóúñ“”’"):
    # one C-level replace per character that changes is cheaper than a Python call per occurrence.
    folds = {char: _FOLD_TABLE[ord(char)] for char in set(_NOT_ASCII.findall(lowered))}
    if any(folds.get(folded, folded) != folded for folded in folds.values()):
        return _NOT_ASCII.sub(_fold_match, lowered)  # a fold that folds again: replace() would chain them
    for char, folded in folds.items():
        if folded != char:
            lowered = lowered.replace(char, folded)
    return lowered


# The place, organization, topic and amount extractors each fold the same article: keep the last few.
# Words and names have a cache of their own, so that folding them never pushes the article out of this one.
@lru_cache(maxsize=8)
def fold_keep_length(text: str) -> str:
    """Accent- and case-folded copy of `text` with exactly the same length: 'Bárcena' -> 'barcena'."""
    return _fold_keep_length(text, lower(text))


@lru_cache(maxsize=8)
def lower(text: str) -> str:
    """`text.lower()`, kept for the article's other readers: the people extractor lower-cases the article
    too, and lower() of a text with accents costs a call per character."""
    return text.lower()


@lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """`fold_keep_length` of a word or name: the same few thousand recur from article to article."""
    return _fold_keep_length(word)


class Hit(NamedTuple, Generic[V]):
    start: int
    end: int
    value: V


class _Entry(NamedTuple, Generic[V]):
    length: int
    is_prefix: bool
    # Offsets (within the name) of its upper-case letters in every listed spelling: the text must have
    # capitals there too, so "US" does not match "us" nor "Mexico" "mexico"; extra capitals are fine.
    capitals: tuple[int, ...]
    value: V


# (index of the last character, entry) of every listed name found in a folded text, as the automaton
# reports them: by end, the longest first at the same end.
_RawHits = list[tuple[int, _Entry[V]]]


class Gazetteer(Generic[V]):
    """A list of names, each resolving to a value; `find` returns their whole-word occurrences.

    A name ending in "*" is a word stem: it matches every word that starts with it ("migra*" finds
    "migration" and "migrantes"), and the hit covers the whole word.

    A `shared` gazetteer is scanned together with the other shared ones (see `_SharedScan`): the
    extractors' long-lived gazetteers cost one pass over an article instead of one each. One that is
    not of `whole_words` is only read through `occurrences`, which then keeps names inside words too.
    """

    def __init__(self, names: Iterable[tuple[str, V]], *, shared: bool = False, whole_words: bool = True) -> None:
        entries: dict[str, _Entry[V]] = {}
        for written, value in names:
            is_prefix = written.endswith("*")
            name = written.removesuffix("*")
            key = _fold_keep_length(name)
            if not key:
                continue
            capitals = tuple(i for i, ch in enumerate(name) if ch.isupper())
            first = entries.get(key)
            if first is not None:
                # The first listing of a name decides its value, so callers list their most trusted sources
                # first; a later spelling only relaxes the capitals ("Río Bravo", then "río Bravo").
                capitals = tuple(i for i in first.capitals if i in capitals)
                value, is_prefix = first.value, first.is_prefix
            entries[key] = _Entry(len(key), is_prefix, capitals, value)
        self.entries = entries
        self.whole_words = whole_words
        self._automaton = None if shared else _automaton({key: entry for key, entry in entries.items()})
        self._shared = _SHARED.add(self) if shared else -1

    def __len__(self) -> int:
        return len(self.entries)

    def occurrences(self, folded: str) -> _RawHits[V]:
        """(index of the last character, entry) of the listed names in `folded`, as the automaton reports
        them: by end, the longest first at one end; those starting inside a word left out when
        the gazetteer is shared and of `whole_words`."""
        if self._automaton is not None:
            return list(self._automaton.iter(folded))
        return _SHARED.hits(folded, self._shared)

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
        for last, (length, is_prefix, capitals, value) in self.occurrences(folded):
            end = last + 1
            start = end - length
            if is_prefix:
                end = _WORD_REST.match(folded, end).end()  # type: ignore[union-attr]  (matches the empty string)
            # Whole words only: no letter or digit may continue the name on either side.
            if start and folded[start].isalnum() and folded[start - 1].isalnum():
                continue
            if end < size and folded[end - 1].isalnum() and folded[end].isalnum():
                continue
            if capitals and not all(text[start + i].isupper() for i in capitals):
                continue
            hit = Hit(start, end, value)
            if accept is None or accept(text, hit):
                candidates.append(hit)
        return longest_non_overlapping(candidates)


_WORD_REST = re.compile(r"[^\W_]*")  # letters and digits: exactly what str.isalnum() accepts


def _automaton(entries: dict[str, object]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key, value in entries.items():
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton


class _SharedScan:
    """One Aho-Corasick automaton over the names of every shared gazetteer, and the hits of the last few
    folded texts, split by gazetteer. Scanning an article costs about as much for 100 names as for 5,000
    (a pass over its characters), so the places, organizations, topics and currencies share one pass.

    A name listed in several gazetteers maps to the entry of each; at one end position the automaton
    reports names longest first, so each gazetteer sees its hits in the order its own automaton would.

    Gazetteers join as the extractors first use them, maybe from several threads (Prefect runs tasks in
    threads): the automaton is built again, under a lock, when a gazetteer asks that joined after it was
    built, and each scan keeps the automaton it used, so a scan never mixes two."""

    def __init__(self) -> None:
        self._members: list[Gazetteer[object]] = []
        self._lock = threading.Lock()
        self._built: tuple[ahocorasick.Automaton, int] | None = None  # the automaton, for how many members

    def add(self, gazetteer: Gazetteer[V]) -> int:
        with self._lock:
            self._members.append(gazetteer)  # type: ignore[arg-type]
            return len(self._members) - 1

    def hits(self, folded: str, member: int) -> _RawHits[object]:
        built = self._built
        if built is None or member >= built[1]:
            with self._lock:
                built = self._built
                if built is None or member >= built[1]:
                    built = self._built = (self._build(), len(self._members))
        return self._scan(folded, built)[member]

    def _build(self) -> ahocorasick.Automaton:
        combined: dict[str, tuple[int, tuple[tuple[int, _Entry[object], bool], ...]]] = {}
        for index, member in enumerate(self._members):
            for key, entry in member.entries.items():
                combined[key] = (len(key), (*combined.get(key, (0, ()))[1], (index, entry, member.whole_words)))
        return _automaton(combined)  # type: ignore[arg-type]

    # The extractors of one article ask in turn; keep the last few texts, like `fold_keep_length`.
    @lru_cache(maxsize=8)  # noqa: B019  (one instance for the process: nothing is kept alive by it)
    def _scan(self, folded: str, built: tuple[ahocorasick.Automaton, int]) -> list[_RawHits[object]]:
        automaton, members = built
        found: list[_RawHits[object]] = [[] for _ in range(members)]
        for last, (length, entries) in automaton.iter(folded):
            # Half the names found start inside a word ("us" in "thus"): `find` would turn them all down.
            start = last + 1 - length
            inside = start and folded[start].isalnum() and folded[start - 1].isalnum()
            for index, entry, whole_words in entries:
                if not (inside and whole_words):
                    found[index].append((last, entry))
        return found


_SHARED = _SharedScan()


def longest_non_overlapping(hits: Iterable[Hit[V]]) -> list[Hit[V]]:
    """Keep the longest of overlapping hits (the earliest on a tie); return them in text order."""
    by_start = sorted(hits, key=_START)
    # Most articles' hits do not overlap at all: then every hit is kept.
    if all(first.end <= second.start for first, second in pairwise(by_start)):
        return by_start
    # Where some do, mostly two on one word ("deport*" and "deporta*", topic terms of two languages, both
    # find "deportations"), each group of hits that overlap one another is settled on its own and the
    # other hits are kept as they are: no hit of a group overlaps one of another group, so the longest
    # wins in its group as it would among all. (Settling all the hits at once sorted and marked every
    # one: a sixth of the topics' time in most articles.)
    chosen: list[Hit[V]] = []
    group: list[Hit[V]] = []
    group_end = 0
    for hit in by_start:
        if group and hit.start >= group_end:
            chosen.extend(_longest_of_group(group))
            group = []
        group.append(hit)
        group_end = max(group_end, hit.end)
    chosen.extend(_longest_of_group(group))
    return chosen


_START = attrgetter("start")


def _longest_of_group(group: list[Hit[V]]) -> list[Hit[V]]:
    """The hits of `group` (by start) that no longer one overlaps, the earliest of equal length first."""
    if len(group) == 1:
        return group
    offset = group[0].start
    taken = bytearray(max(h.end for h in group) - offset)  # 1 where a chosen hit lies
    chosen = []
    for hit in sorted(group, key=lambda h: (h.start - h.end, h.start)):
        start, end = hit.start - offset, hit.end - offset
        if taken.find(1, start, end) == -1:
            chosen.append(hit)
            taken[start:end] = b"\x01" * (end - start)
    return sorted(chosen, key=_START)
