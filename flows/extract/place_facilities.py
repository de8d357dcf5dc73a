"""Places inside the names of buildings, grounds and streets, which are no mentions of the places.

"Granja Penal Canadá" is a prison, "Parroquia San Antonio de Padua" a parish, "Plaza de España" a square and
"Canada Street" a street: their places name the facility, not where the story is. A facility's noun
(`place_names.SPANISH_FACILITY_NOUNS` and the like) heads such a name (Spanish, and English "the Church of
...") or closes it (English). The place after the name's "de"/"of" says where the facility is or whose it is and
stays a mention ("Hospital General de México"), unless a saint's name comes first ("Iglesia de San
Francisco", "San Antonio de Padua") or the facility is a street, named after a place ("Plaza de España").
Organizations named after their country ("Universidad de Chile", "Bank of Mexico") are no facilities: the
organization's mention wins over the place's in `flows.extract.facts`, which keeps the place as named.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache
from typing import TypeVar

from flows.extract.gazetteer import Gazetteer, Hit, fold_word
from flows.extract.name_words import FUNCTION_WORDS, ROLE_WORDS, words
from flows.extract.place_names import (
    ENGLISH_FACILITY_NOUNS,
    ENGLISH_STREET_NOUNS,
    SAINT_WORDS,
    SPANISH_FACILITY_NOUNS,
    SPANISH_STREET_NOUNS,
)

V = TypeVar("V")

# A word as a name prints it, letters first: "St." keeps its full stop, "Children's" its apostrophe.
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’-]*\.?")
# How far from a place a facility's noun is looked for: a few words of one name.
_FACILITY_REACH = 80
_STREET_NOUNS = SPANISH_STREET_NOUNS | ENGLISH_STREET_NOUNS
_SPANISH_HEADS = SPANISH_FACILITY_NOUNS | SPANISH_STREET_NOUNS
_ENGLISH_HEADS = ENGLISH_FACILITY_NOUNS | ENGLISH_STREET_NOUNS
_FACILITY_HEADS = _SPANISH_HEADS | _ENGLISH_HEADS
_COMPLEMENT_WORDS = words("de del la las los el of the")
# The Spanish "a" of a monument raised to someone or something, right after its capitalised noun: "Hemiciclo a
# Juárez", "Monumento a la Independencia" name a monument, not where it stands; "el hotel a Arizona" is no name.
_DEDICATION_WORDS = words("a al")


def _names_a_facility(text: str, hit: Hit[V]) -> bool:
    """Whether the place is part of a building's, a ground's or a street's name: what its noun heads
    ("Granja Penal Canadá", "la calle Madrid"), or closes ("Canada Street", "New York Presbyterian Hospital")."""
    return _after_a_facility_noun(text, hit) or _before_a_facility_noun(text, hit)


def _after_a_facility_noun(text: str, hit: Hit[V]) -> bool:
    """A facility's noun before the place, with only a name's words between, heads a name the place is part
    of: in apposition ("Parroquia San Antonio", "el penal Canadá"), after a saint's name ("San Antonio de
    Padua", "Iglesia de San Francisco") or as a street's own complement ("Plaza de España"). The place that
    follows "de" or "of" after the noun and its adjectives is where the facility is, or whose it is, and
    stays the place: "Hospital General de México"."""
    saint = False  # a saint's name between the noun and the place, or the place's own ("San Antonio")
    complement = False  # "de"/"of" between the noun and the place
    dedicated = False  # "a" between them: to whom a monument is raised ("Hemiciclo a Juárez")
    only_complement_words = True
    for word, start in _words_before(text, hit.start):
        folded = fold_word(word)
        if word.endswith(".") and folded not in SAINT_WORDS:
            return False  # a sentence ends there
        if folded in _FACILITY_HEADS and (word[0].isupper() or _is_lower_case_head(folded, start, word, hit)):
            street_name = folded in _STREET_NOUNS and only_complement_words
            saint = saint or fold_word(text[hit.start : hit.end].split()[0]) in SAINT_WORDS
            return not complement or saint or street_name or (dedicated and word[0].isupper())
        if folded in _DEDICATION_WORDS and not complement and only_complement_words:
            dedicated = True
        elif folded in _COMPLEMENT_WORDS:
            complement = True
        elif word[0].isupper() and folded not in FUNCTION_WORDS:
            saint = saint or folded in SAINT_WORDS
            only_complement_words = False
        else:
            return False
    return False


def _is_lower_case_head(folded: str, start: int, word: str, hit: Hit[V]) -> bool:
    """A Spanish noun in lower case right before the place names it ("el penal Canadá", "la calle Perú"); an
    English one does not ("the road Mexico took")."""
    return folded in _SPANISH_HEADS and start + len(word) + 1 == hit.start


def _words_before(text: str, end: int) -> Iterator[tuple[str, int]]:
    """The words before `end`, last first, with their starts, while single spaces part them: a name's
    words. Read with `rfind`, as this runs for every place found and most stop at the first word."""
    reach = max(0, end - _FACILITY_REACH)
    while end > reach and text[end - 1] == " ":
        start = text.rfind(" ", reach, end - 1) + 1
        if start == 0 and reach > 0:
            return  # a word longer than the reach
        word = text[start : end - 1]
        if not _NAME_TOKEN.fullmatch(word):
            return
        yield word, start
        end = start


def _before_a_facility_noun(text: str, hit: Hit[V]) -> bool:
    """An English facility's noun after the place and capitalised words closes a name the place opens:
    "Canada Street", "New York Presbyterian Hospital"."""
    end = hit.end
    if not text[end + 1 : end + 2].isupper():
        return False  # nearly every place: no capitalised word after it
    for token in _NAME_TOKEN.finditer(text, end, min(len(text), end + _FACILITY_REACH)):
        word = token.group()
        if text[end : token.start()] != " " or not word[0].isupper():
            return False
        folded = fold_word(word.removesuffix("."))
        if folded in _ENGLISH_HEADS:
            return True
        if folded in FUNCTION_WORDS or folded in ROLE_WORDS:
            return False
        end = token.end()
    return False


@cache
def _facility_nouns() -> Gazetteer[str]:
    """The facilities' nouns in any case, with or without accents. Where none is near a place, the place is
    no facility's: the articles' one shared scan tells it for all their places, most of which are far from
    any school or street."""
    return Gazetteer(((noun, noun) for noun in _FACILITY_HEADS), shared=True)


def outside_facility_names(text: str, hits: list[Hit[V]]) -> list[Hit[V]]:
    """`hits` without the places that are part of a facility's name."""
    nouns = [hit.start for hit in _facility_nouns().find(text)]
    if not nouns:
        return hits
    return [hit for hit in hits if not (_noun_near(nouns, hit) and _names_a_facility(text, hit))]


def _noun_near(nouns: list[int], hit: Hit[V]) -> bool:
    at = bisect.bisect_left(nouns, hit.start - _FACILITY_REACH)
    return at < len(nouns) and nouns[at] < hit.end + _FACILITY_REACH
