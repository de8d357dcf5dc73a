"""Which country's body a "Congress", a "Supreme Court", a "central bank" or a "Foreign Ministry" of an article is.

Every country has such bodies under the same names (`organization_names.NATIONAL_BODIES`: legislatures and
their chambers, supreme and constitutional courts, central banks, attorney general's offices, ministries), so
a bare name says nothing of whose it is: in a story from Lima "Congress", "el Congreso" and "la Cancillería"
are Peru's. Rules, the same for every kind of body:
- A country printed with the name says whose: before it ("U.S. Congress", "the Peruvian Supreme Court",
  "Peru's Congress", "Brazil's central bank") or after it ("Congress of Peru", "Banco Central de Chile",
  "el Congreso peruano", "la Cancillería colombiana"; "de la República", "de la Nación", "Nacional" name
  the article's own country). Any other word there makes it another body, left as read ("Texas Senate",
  "Student Congress", "Congreso de Periodistas", "the Supreme Court of Texas", "Tribunal Supremo Electoral",
  "Asamblea Nacional Constituyente", "Ministerio de Economía y Finanzas").
- A bare name after the same name printed last with a complement that makes it a state's or another body is that
  body ("la Procuraduría General de Justicia del Estado … la Procuraduría", "the Supreme Court of Ohio … the
  Supreme Court"). A capitalised article opens the complement's country ("Congreso de El Salvador").
- Else a bare name is the body of the country printed with the same body last before it in the article, else
  first after it; else of the article's country (`places.article_country`: the dateline's, else the one its
  places name most).
- With no country at all, the English names are left as read, which for the U.S.'s bodies is their name
  ("Congress", "Supreme Court"); "Congreso" and "Senado" alone are then no mention, as nothing says whose
  they are; the other Spanish names keep their own ("Corte Suprema").
- A name printed in lower case ("the central bank", "el banco central") is one body only after an article,
  a possessive or a name; "a central bank" is none.
Names: a U.S. body keeps the bare English name, so that its entity id stays what it was ("Congress",
"Supreme Court"); the U.S. has no ministries, national assembly or constitutional court, so there those
are left as read (`organization_names.US_NATIONAL_BODIES`). Another country's body is named with its
country in brackets, as the places name cities of one name ("Congress (Peru)", "Foreign Ministry (Chile)"),
unless the list knows its own name (`NATIONAL_BODY_NAMES`: Mexico's Congress is "Congreso de la Unión", the
U.S. central bank the "Federal Reserve"), which then is the entity its printed name is too. The printed
forms stay the entity's aliases ("el Congreso", "Peruvian Congress").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from flows.extract.name_words import words
from flows.extract.organization_names import (
    FOREIGN_BARE_FORMS,
    NATIONAL_BODIES,
    NATIONAL_BODY_NAMES,
    US_NATIONAL_BODIES,
)
from flows.extract.place_names import COUNTRY_ADJECTIVES, OWN_COUNTRY_WORDS
from flows.extract.places import article_country, country_name_of, country_of, find_places
from flows.extract.types import ArticleText, EntitySpan, fold

_UNITED_STATES = "US"
_POSSESSIVE = re.compile(r"['’]s$")
# After a bare name: a Spanish adjective of its country ("el Congreso peruano"), or "of"/"de" and its
# country's name ("la Cámara de Representantes de Colombia", where the listed name ends before "de").
_ADJECTIVE_AFTER = re.compile(r" ([a-záéíóúñ]+)\b")
_WORD_BEFORE = re.compile(r"(\S+?)(?:['’]s)? $")
_COMPLEMENT_AFTER = re.compile(r" (?:of|de|del) (?:the |la |el )?")
# Lower-case words beside a body's name that make it a state's, a province's or a city's, no country's:
# "el Congreso local", "el Congreso capitalino", "the state Senate", "the county Supreme Court".
_LOCAL_WORDS = words(
    """
    local capitalino capitalina estatal provincial municipal departamental distrital regional comunal
    autonomico autonomica metropolitano metropolitana state county city
    """
)
# Words before a body's name in lower case that make it one body ("the central bank", "su banco central").
_DETERMINERS = frozenset({"the", "its", "their", "el", "la", "del", "al", "su", "sus", "nuestro", "nuestra"})


@cache
def _body_pattern() -> re.Pattern[str]:
    """A printed name of a body, with what qualifies it inside the organization's name: the words before
    it and the complement after "of"/"de" ("Peruvian Congress", "Congreso de la República")."""
    forms = sorted((form for name, others in NATIONAL_BODIES for form in (name, *others)), key=len, reverse=True)
    alternation = "|".join(re.escape(form) for form in forms)
    return re.compile(
        rf"(?:(?P<before>.+?) )?(?P<body>{alternation})"
        # The article before the complement in lower case only: a capitalised one is the country's name's own
        # ("Congreso de El Salvador").
        rf"(?: (?P<adjective>Nacional|National))?(?: (?:of|de|del) (?-i:the |la |el )?(?P<after>.+))?",
        re.IGNORECASE,
    )


@cache
def _body_of_form() -> dict[str, str]:
    return {fold(form): name for name, others in NATIONAL_BODIES for form in (name, *others)}


def resolve_national_bodies(
    article: ArticleText, spans: list[EntitySpan], places: Sequence[EntitySpan], named_places: Sequence[str]
) -> list[EntitySpan]:
    """`spans` with each mention of a national body named after its country (rules in the module doc).
    `places`: the article's place mentions, those inside organizations' names too; `named_places`: the
    names of those that tell the article's country (`facts.places_not_in_names`)."""
    text = article.text
    index_of_places = _PlaceIndex.of(places)
    bodies = [(index, body) for index, span in enumerate(spans) if (body := _read_body(text, span, index_of_places))]
    if not bodies:
        return spans  # nearly every article: the article's country is not worked out
    own = article_country(article, named_places)
    resolved: list[EntitySpan | None] = list(spans)
    nearby = _printed_nearby([body for _, body in bodies])
    of_another = _bare_names_of_other_bodies(text, spans, dict(bodies))
    for (index, body), printed in zip(bodies, nearby, strict=True):
        span = spans[index]
        country = body.country or printed or own
        if body.generic:
            resolved[index] = None  # "a central bank", "any supreme court": no body in particular
        elif body.local is not None and _takes_previous(spans, index, body.local):
            if index and spans[index - 1].char_end > body.local:
                resolved[index - 1] = None  # the state's name is part of the body's now
            resolved[index] = replace(
                span, name=" ".join(text[body.local : span.char_end].split()), char_start=body.local
            )
        elif index in of_another:
            resolved[index] = replace(span, name=of_another[index])
        elif country is not None and (name := _named(body.name, country)) is not None:
            resolved[index] = replace(span, name=name)
        elif country is None and body.bare_form in FOREIGN_BARE_FORMS:
            resolved[index] = None  # "el Congreso" of no country: nobody's
    return [span for span in resolved if span is not None]


def _bare_names_of_other_bodies(text: str, spans: list[EntitySpan], bodies: dict[int, _Body]) -> dict[int, str]:
    """The name of the body that each bare name of `bodies` (by its index in `spans`) stands for where the article
    last printed that name with a complement that makes it a state's or another body ("la Procuraduría General de
    Justicia del Estado … la Procuraduría", "the Supreme Court of Texas … the Supreme Court"), not the country's;
    where it last printed the country's, or first prints the bare name, the bare name is not here."""
    last: dict[str, str | None] = {}  # a body's English name: the other body's name, None for a country's
    names: dict[int, str] = {}
    for index, span in enumerate(spans):
        body = bodies.get(index)
        if body is None:
            if span.entity_type == "organization" and (other := _other_body(text, span)) is not None:
                last[other] = span.name
        elif (
            body.country is not None
            or body.local is not None
            or text[span.char_start : span.char_end] != body.bare_form
        ):
            last[body.name] = None  # a country's: "Procuraduría General de la República", "Peru's Congress"
        elif not body.generic and (name := last.get(body.name)) is not None:
            names[index] = name
    return names


def _other_body(text: str, span: EntitySpan) -> str | None:
    """The English name of the body whose printed name opens an organization's, a complement after it saying that
    it is not a country's ("Procuraduría General de Justicia del Estado", "Senado de Texas"); None for any other."""
    match = _body_pattern().fullmatch(text, span.char_start, span.char_end)
    if match is None or match.group("before") is not None or match.group("after") is None:
        return None
    return _body_of_form()[fold(match.group("body"))]


def _takes_previous(spans: list[EntitySpan], index: int, local: int) -> bool:
    """Whether a body may open where a state's or a city's name before it starts: the mention before it
    ends before that, or is that place ("Texas" of "the Texas attorney general's office")."""
    if index == 0 or spans[index - 1].char_end <= local:
        return True
    previous = spans[index - 1]
    return previous.entity_type == "place" and previous.char_start >= local


class _PlaceIndex(NamedTuple):
    """The article's place mentions by the offsets where they start and end: each body looks up the few
    there, where a scan of them all for each body took their product."""

    starting: dict[int, list[EntitySpan]]
    ending: dict[int, list[EntitySpan]]

    @classmethod
    def of(cls, places: Sequence[EntitySpan]) -> _PlaceIndex:
        starting: dict[int, list[EntitySpan]] = {}
        ending: dict[int, list[EntitySpan]] = {}
        for place in places:
            starting.setdefault(place.char_start, []).append(place)
            ending.setdefault(place.char_end, []).append(place)
        return cls(starting, ending)


class _Body(NamedTuple):
    name: str  # the body's English name ("Congress")
    country: str | None  # the ISO code of the country printed with it; None for a bare name
    bare_form: str  # the body's form printed ("Congreso")
    local: int | None = None  # where a state's or a city's name before it starts ("Texas House of ...")
    generic: bool = False  # printed in lower case after no article: "a central bank"


def _read_body(text: str, span: EntitySpan, places: _PlaceIndex) -> _Body | None:
    """The body an organization mention names and the country printed with it; None for any other
    organization, and for a body of something else than a country ("Texas Senate")."""
    if span.entity_type != "organization":
        return None
    match = _body_pattern().fullmatch(text, span.char_start, span.char_end)
    if match is None:
        return None
    body = _Body(_body_of_form()[fold(match.group("body"))], None, match.group("body"))
    qualifiers = [match.span(part) for part in ("before", "after") if match.group(part) is not None]
    if not qualifiers and not match.group("adjective"):
        return _read_beside(text, span, places, body)
    if any(_country_of_words(text, start, end, places) is None for start, end in qualifiers):
        return None  # "Student Congress", "Senado de Texas": not a country's body
    return body._replace(country=next(filter(None, (_country_of_words(text, *q, places) for q in qualifiers)), None))


def _country_of_words(text: str, start: int, end: int, places: _PlaceIndex) -> str | None:
    """The ISO code of the country that the words text[start:end] name ("Peruvian", "Peru's", "Estados
    Unidos", "U.S."); "" for words that name the article's own ("la República"); None for any other."""
    words = _POSSESSIVE.sub("", text[start:end])
    folded = fold(words)
    if folded in OWN_COUNTRY_WORDS:
        return ""
    if folded in COUNTRY_ADJECTIVES:
        return COUNTRY_ADJECTIVES[folded]
    place = _place_at(places, start, start + len(words))
    return _country_named(place) if place is not None else None


def _read_beside(text: str, span: EntitySpan, places: _PlaceIndex, body: _Body) -> _Body | None:
    """A bare name with what is printed right beside it, outside the organization's name: a country's
    capitalised adjective or possessive before it ("Colombian House of Representatives", "Chile's Senate"),
    or a state's or a city's name ("the Texas House of Representatives"); a Spanish adjective, or "de" and
    a country, after it ("el Congreso peruano", "Cámara de Representantes de Colombia")."""
    before = _WORD_BEFORE.search(text, max(0, span.char_start - 40), span.char_start)
    if body.bare_form.islower() and not (before is not None and _names_one(before.group(0))):
        return body._replace(generic=True)
    if before is not None and before.group(1)[0].isupper():
        country = _country_of_words(text, before.start(1), before.end(1), places)
        if country:
            return body._replace(country=country)
        named = _named_before(before, places, body)
        if named is not None:
            return named
    adjective = _ADJECTIVE_AFTER.match(text, span.char_end)
    if adjective and fold(adjective.group(1)) in COUNTRY_ADJECTIVES:
        return body._replace(country=COUNTRY_ADJECTIVES[fold(adjective.group(1))])
    if (adjective and fold(adjective.group(1)) in _LOCAL_WORDS) or (
        before is not None and before.group(1) in _LOCAL_WORDS
    ):
        return None  # "el Congreso capitalino", "the state Senate": a state's or a city's body
    complement = _COMPLEMENT_AFTER.match(text, span.char_end)
    place = _place_at(places, complement.end(), None) if complement else None
    return body._replace(country=_country_named(place) if place is not None else None)


def _named_before(before: re.Match[str], places: _PlaceIndex, body: _Body) -> _Body | None:
    """The body as a capitalised place name right before it says: a country's of several words says whose
    ("the Costa Rica central bank"); a state's or a city's opens another body ("the New York attorney
    general's office", "Texas House"). None for any other word, for a name that a comma or a full stop
    parts from it ("In Santiago, Congress"), and for a city's possessive: "Lima's Congress" is Peru's."""
    if not before.group(1)[-1].isalnum() or before.end(1) < before.end(0) - 1:
        return None
    place = next(iter(places.ending.get(before.end(1), ())), None)
    if place is not None and place.char_start < before.start(1):
        country = _country_named(place.name)
        return body._replace(country=country) if country else body._replace(local=place.char_start)
    # A state's or a city's name that opens a longer name ("Texas House") is no place mention of the
    # article's: it is looked up on its own.
    return body._replace(local=before.start(1)) if find_places(before.group(1)) else None


def _names_one(word_before: str) -> bool:
    """Whether the word before a body's name printed in lower case makes it one body: an article or a
    possessive ("the central bank", "its central bank", "Peru's central bank") or a name ("the Peruvian
    central bank", "the Texas attorney general's office"), not "a central bank" nor "independent central
    banks"."""
    word = word_before.strip()
    return word[0].isupper() or fold(word) in _DETERMINERS or _POSSESSIVE.search(word) is not None


def _place_at(places: _PlaceIndex, start: int, end: int | None) -> str | None:
    """The name of the place mentioned from `start` (to `end`, when given)."""
    return next((p.name for p in places.starting.get(start, ()) if end in (None, p.char_end)), None)


def _country_named(place: str) -> str | None:
    """The ISO code of a country by its canonical place name; None for any other place ("Texas")."""
    code = country_of(place)
    return code if code is not None and country_name_of(code) == place else None


def _printed_nearby(bodies: list[_Body]) -> list[str | None]:
    """For each body, the country printed with the same body last before it, else first after it. Two passes,
    so that a page naming a body thousands of times with no country takes time in proportion to its length."""
    before: list[str | None] = []
    last: dict[str, str] = {}
    for body in bodies:
        before.append(last.get(body.name))
        if body.country:
            last[body.name] = body.country
    after: list[str | None] = [None] * len(bodies)
    following: dict[str, str] = {}
    for position in range(len(bodies) - 1, -1, -1):
        body = bodies[position]
        after[position] = following.get(body.name)
        if body.country:
            following[body.name] = body.country
    return [b or a for b, a in zip(before, after, strict=True)]


def _named(name: str, country: str) -> str | None:
    """The name of a country's body; None for a U.S. one the U.S. does not have ("Foreign Ministry")."""
    if (own_name := NATIONAL_BODY_NAMES.get((name, country))) is not None:
        return own_name
    if country == _UNITED_STATES:
        return name if name in US_NATIONAL_BODIES else None
    return f"{name} ({country_name_of(country)})"
