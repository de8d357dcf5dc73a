"""The `entities` table, merged incrementally from per-article observations.

Memory grows with the number of distinct entities, which grows with the corpus more slowly than the
articles do: 71 MB for the 158,548 entities of the 100,000-file benchmark corpus.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

Row = dict[str, Any]


class EntityMerger:
    """Add observations in any order; `rows()` is the same whatever the order.

    canonical_name: of the names the observations give, the one with the most accented letters ("López
    Obrador" over "Lopez Obrador": sources drop accents, they do not add them), then the most frequent,
    then the first in code-point order. aliases: every name and alias seen, distinct and sorted.
    """

    def __init__(self) -> None:
        self._kinds: dict[str, str] = {}
        self._names: dict[str, dict[str, int]] = {}
        self._aliases: dict[str, set[str]] = {}

    def add(self, observations: Iterable[Row]) -> EntityMerger:
        for row in observations:
            key, name = row["entity_id"], row["canonical_name"]
            names = self._names.get(key)
            if names is None:  # no setdefault: it would build a dict and a set for every row
                self._kinds[key] = row["entity_type"]
                names = self._names[key] = {}
                self._aliases[key] = set()
            names[name] = names.get(name, 0) + 1
            aliases = self._aliases[key]
            aliases.add(name)
            aliases.update(row["aliases"])
        return self

    def rows(self) -> Iterator[Row]:
        """The merged rows in entity_id order, one at a time: a run's list of them would double the
        merger's memory at the end of the run."""
        for key in sorted(self._kinds):
            counts = self._names[key]
            if len(counts) == 1:
                canonical = next(iter(counts))
            else:
                canonical = min(counts, key=lambda name: (-_accented_letters(name), -counts[name], name))
            yield {
                "entity_id": key,
                "entity_type": self._kinds[key],
                "canonical_name": canonical,
                "aliases": sorted(self._aliases[key]),
            }


def merge_entities(observations: Iterable[Row]) -> list[Row]:
    """The `entities` table from per-article observations, the same whatever their order."""
    return list(EntityMerger().add(observations).rows())


def _accented_letters(name: str) -> int:
    return sum(1 for ch in unicodedata.normalize("NFD", name) if unicodedata.combining(ch))
