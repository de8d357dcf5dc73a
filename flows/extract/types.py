"""Types shared by the fact extractors (quotes, people, organizations, places, topics, amounts).

An extractor reads an `ArticleText` and returns rows whose keys are the column names of the table
it feeds (see `schemas/`). Offsets always point into `ArticleText.text`, which is `articles.body_text`.
"""

from __future__ import annotations

import bisect
import hashlib
import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from schemas.vocabularies import ENTITY_TYPES  # noqa: F401  (re-exported: the closed vocabulary lives there)

EntityType = Literal["person", "organization", "place"]

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class ArticleText:
    article_id: str
    text: str
    # (char_start, char_end) of each paragraph in `text`, in order; paragraph_index is the position here.
    paragraphs: tuple[tuple[int, int], ...]
    language: str
    dateline_place: str | None = None  # as `articles.dateline_place` holds it ("Havana", "Bogotá" of "BOGOTÁ")
    heading: str = ""  # the title and the deck, which are not part of `text`: what the article is about
    dateline_agency: str | None = None  # as `articles.dateline_agency` holds it: its wire's home may place it

    def paragraph_at(self, offset: int) -> int:
        """Index of the paragraph holding the character at `offset`."""
        # (start, end) pairs sort by start; (offset, inf) comes after every pair starting at or before offset.
        return max(bisect.bisect_right(self.paragraphs, (offset, math.inf)) - 1, 0)


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """One mention of a person, organization or place in an article."""

    entity_type: EntityType
    name: str  # the full name the mention resolves to within the article ("Antony Blinken" for "Blinken")
    char_start: int
    char_end: int
    role_title: str | None = None
    role_qualifier: str | None = None
    # A speech verb right before or after the mention ("respondió Valencia", "Valencia dijo"): what a
    # person does and a place does not, so it settles a person against a place of the same words.
    speaks: bool = False


def covered(length: int, spans: Iterable[EntitySpan]) -> bytearray:
    """One byte per character of a text of `length` characters (and one past its end), 1 where one of
    `spans` is: whether a span lies within them is then one `find` of a 0, not a pass over the spans."""
    mask = bytearray(length + 1)
    for span in spans:
        mask[span.char_start : span.char_end] = b"\x01" * (span.char_end - span.char_start)
    return mask


@dataclass(slots=True)
class Facts:
    """Everything extracted from one article, as rows of the fact tables."""

    quotes: list[Row] = field(default_factory=list)
    mentions: list[Row] = field(default_factory=list)
    topics: list[Row] = field(default_factory=list)
    amounts: list[Row] = field(default_factory=list)
    # Per-article entity observations (entity_id, entity_type, canonical_name, aliases); the pipeline
    # merges them across the dataset into the `entities` table.
    entities: list[Row] = field(default_factory=list)


# Names recur within an article (every mention, quote and entity row asks for the same few) and across
# articles: caching the key costs a dictionary lookup instead of a Unicode decomposition per character.
@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """Accent-, case- and spacing-insensitive key of a name: 'López  Obrador' -> 'lopez obrador'."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


@lru_cache(maxsize=1 << 16)
def entity_id(entity_type: str, name: str) -> str:
    """Stable id of an entity across runs and articles: names that differ only by accents or case share it."""
    return hashlib.sha256(f"{entity_type}\x1f{fold(name)}".encode()).hexdigest()[:16]
