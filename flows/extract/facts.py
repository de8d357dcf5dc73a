"""All the facts of one article, and the merge of entity observations across articles.

`extract_facts` runs every extractor on an article and settles overlapping entity spans;
`flows.entity_merge` turns the per-article entity observations into the dataset's `entities` table.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import replace

from flows.extract.amounts import find_amounts
from flows.extract.name_words import PLACE_PREPOSITIONS
from flows.extract.national_bodies import resolve_national_bodies
from flows.extract.organization_names import HEAD_WORDS
from flows.extract.organizations import find_organizations
from flows.extract.people import People, analyse_people
from flows.extract.person_names import PARTICLES
from flows.extract.places import find_dateline_places, find_places
from flows.extract.quotes import find_quotes
from flows.extract.roles import head_word
from flows.extract.topics import score_topics
from flows.extract.types import ArticleText, EntitySpan, Facts, Row, covered, entity_id, fold

# When two spans of the same length overlap: a person, then an organization, then a place.
_TYPE_RANK = {"person": 0, "organization": 1, "place": 2}


def extract_facts(article: ArticleText) -> Facts:
    people = analyse_people(article.text, article.language)
    around = dateline_places(article)
    places = find_places(article.text, around=around, people=people.spans)
    places = without_surnames_of_persons(article.text, places, people.spans)
    persons = without_places_for_names(article.text, people.spans, places)
    organizations = without_titles_of_persons(find_organizations(article.text), people)
    organizations = over_places_they_open_inside(article.text, organizations, places)
    spans = resolve_overlaps([*persons, *organizations, *places])
    named_places = places_not_in_names(len(article.text), places, spans)
    spans = resolve_national_bodies(article, spans, places, named_places)
    present = {entity_id(s.entity_type, s.name) for s in spans}
    quotes = find_quotes(article, people, [span for span in spans if span.entity_type == "organization"])
    for quote in quotes:
        # A person whose every mention lost to an organization or place was not a person after all.
        if quote["speaker_entity_id"] not in present:
            quote["speaker_entity_id"] = None
    return Facts(
        quotes=quotes,
        mentions=[_mention_row(article, span) for span in spans],
        topics=score_topics(article),
        amounts=find_amounts(article, named_places),
        entities=observe_entities(article.text, spans),
    )


def dateline_places(article: ArticleText) -> list[str]:
    """The canonical names of the places of the article's dateline, which the body's places are read among:
    "MADRID, 3 mar (EFE).- … Valencia" is Spain's Valencia, as "Madrid … Valencia" in the body would make it. The
    dateline's own place is read on its own, as where the story was filed ("SAN JOSÉ" is Costa Rica's capital;
    see flows.extract.places); a national wire's dateline, one of its home country ("CÓRDOBA (EFE)")."""
    place = article.dateline_place
    found = find_dateline_places(place, article.dateline_agency, article.text) if place else []
    return [span.name for span in found]


def without_surnames_of_persons(text: str, places: list[EntitySpan], persons: list[EntitySpan]) -> list[EntitySpan]:
    """The place mentions, without those that are the surname alone of a person the article names in full:
    "Limón, quien participó" after "Oswaldo Limón" is the person, not Costa Rica's Limón. After a preposition
    of place it stays the place ("en Segovia", "the mayor of Toledo"), whoever shares its name."""
    shortened = (span for span in persons if len(span.name) > span.char_end - span.char_start)
    surnames = {(span.char_start, span.char_end) for span in shortened}
    if not surnames:
        return places
    return [
        place
        for place in places
        if (place.char_start, place.char_end) not in surnames
        or fold(_word_before(text, place.char_start)) in PLACE_PREPOSITIONS
    ]


_LAST_WORD = re.compile(r"(\w+)\W*$")


def _word_before(text: str, start: int) -> str:
    match = _LAST_WORD.search(text, max(0, start - 20), start)
    return match.group(1) if match else ""


def places_not_in_names(length: int, places: list[EntitySpan], spans: list[EntitySpan]) -> list[str]:
    """The names of the places the article names, in text order: those its institutions' names hold too
    ("la Universidad de Costa Rica" names Costa Rica), not those inside a person's name ("Ernesto Mota de
    León" names no León)."""
    held = covered(length, (span for span in spans if span.entity_type == "person"))
    return [place.name for place in places if held.find(0, place.char_start, place.char_end) != -1]


def over_places_they_open_inside(
    text: str, organizations: list[EntitySpan], places: list[EntitySpan]
) -> list[EntitySpan]:
    """The organization mentions, each that starts inside a place's name and runs past it taking the place's
    first words: "Los Angeles Times" where "Angeles Times" was read, a Spanish article opening the sentence
    being no part of a name ("El Washington Post publicó"), though it is of the city's. Only a name read as
    printed (a listed one is whole), and only words of the place's own name: "the Caribbean" is listed with its
    article, which "the Caribbean Water Commission" leaves out."""
    starts = [place.char_start for place in places]  # places come in text order
    extended = []
    for span in organizations:
        at = bisect.bisect_left(starts, span.char_start) - 1
        place = places[at] if at >= 0 else None
        if (
            place is not None
            and span.char_start < place.char_end < span.char_end
            and span.name == " ".join(text[span.char_start : span.char_end].split())
            and fold(place.name).startswith(fold(text[place.char_start : span.char_start]))
        ):
            name = " ".join(text[place.char_start : span.char_end].split())
            span = replace(span, name=name, char_start=place.char_start)
        extended.append(span)
    return extended


def resolve_overlaps(spans: Iterable[EntitySpan]) -> list[EntitySpan]:
    """Non-overlapping spans in text order. A person wins over a place inside it ("Manuel López San Martín"
    over "San Martín"), and over a place of the same words only with a role title or a speech verb next
    to it; otherwise the longer span wins, and at equal length the type ranked first."""
    ordered = sorted(spans, key=lambda s: (s.char_start, s.char_start - s.char_end, _TYPE_RANK[s.entity_type]))
    kept: list[EntitySpan] = []
    for span in ordered:
        # Spans come by start, so a new span can only overlap the last one kept.
        if kept and span.char_start < kept[-1].char_end:
            kept[-1] = _winner(kept[-1], span)
        else:
            kept.append(span)
    return kept


def without_titles_of_persons(organizations: list[EntitySpan], people: People) -> list[EntitySpan]:
    """The organization mentions, without those that are the title of a person the role phrase introduces:
    "La Secretaria de Salud Pública, Ana Ruiz" is Ana Ruiz's office, though "Secretaria" folds to the head
    word of "la Secretaría de Salud", the ministry. Only a name opened by the title's own head word: "the
    director of the Federal Reserve, Jerome Powell" keeps the Federal Reserve. A name read on past the
    title ("Secretaria Ejecutiva Elena Duarte") goes too: the person it runs into holds the title. Without
    a person after it ("la Secretaria de Salud informó") the words stay the organization, as an accentless
    text may mean the ministry."""
    if not people.introduced:
        return organizations
    # By start, so that each organization asks only the title that starts last before it: asking every title
    # took the square of their number in an article of thousands. (A title inside another hides the outer one
    # from the organizations after the inner one's end; titles of persons seldom nest.)
    # Its first word and its head word: "Senate President Ana Ruiz" names the Senate before her title's head,
    # and keeps it, where "Senate Minority" of "Senate Minority Leader" is a piece of her title.
    titles = sorted(
        (role.start, role.end, role.title.split()[0].casefold(), head_word(role.title)) for role in people.roles
    )
    titles = [title for title in titles if title[0] in people.introduced]
    starts = [start for start, _, _, _ in titles]

    def is_a_title(span: EntitySpan) -> bool:
        at = bisect.bisect_right(starts, span.char_start) - 1
        if at < 0:
            return False
        _, end, first, head = titles[at]
        words = span.name.split()
        return span.char_start < end and (
            words[0].casefold() == head or (words[0].casefold() == first and fold(words[-1]) not in HEAD_WORDS)
        )

    return [span for span in organizations if not is_a_title(span)]


def without_places_for_names(text: str, persons: list[EntitySpan], places: list[EntitySpan]) -> list[EntitySpan]:
    """The person mentions, without the persons whose whole name, as printed, is places joined by particles:
    "Santiago de Chile" reads like a given name and a surname but is a city and a country. As for a person
    of the same words as one place, a role title or a speech verb keeps the person. Decided by the whole
    name, for all of a person's mentions: a surname mention ("how de León summed up", of Elvia de León) is
    places alone too, and is the person's all the same."""
    by_places = covered(len(text), places)
    kept = {span.name for span in persons if span.role_title or span.speaks}
    places_only = {
        span.name
        for span in persons
        if span.name not in kept and _is_whole_name(text, span) and _names_all_covered(text, span, by_places)
    }
    return [span for span in persons if span.name not in places_only]


def _is_whole_name(text: str, span: EntitySpan) -> bool:
    return fold(text[span.char_start : span.char_end]) == fold(span.name)


def _names_all_covered(text: str, span: EntitySpan, by_places: bytearray) -> bool:
    if by_places.find(1, span.char_start, span.char_end) == -1:
        return False  # nearly every person: no place inside
    for word in _NAME_WORD.finditer(text, span.char_start, span.char_end):
        if fold(word.group()) not in PARTICLES and by_places.find(0, word.start(), word.end()) != -1:
            return False
    return True


_NAME_WORD = re.compile(r"[^\W\d_]+(?:[\-'’.][^\W\d_]+)*\.?")


def _winner(first: EntitySpan, second: EntitySpan) -> EntitySpan:
    for person, other in ((first, second), (second, first)):
        if person.entity_type == "person" and other.entity_type == "place" and _contains(person, other):
            # The same words as a listed place ("the port of Lázaro Cárdenas") are the place, unless
            # the text gives them a role ("Senator Lázaro Cárdenas") or makes them speak ("dijo Valencia",
            # a surname of "Paloma Valencia", named before).
            same_words = (person.char_start, person.char_end) == (other.char_start, other.char_end)
            if not same_words or person.role_title or person.speaks:
                return person
            return other
    return min(
        (first, second),
        key=lambda s: (s.char_start - s.char_end, _TYPE_RANK[s.entity_type], s.char_start),
    )


def _contains(outer: EntitySpan, inner: EntitySpan) -> bool:
    return outer.char_start <= inner.char_start and inner.char_end <= outer.char_end


def _mention_row(article: ArticleText, span: EntitySpan) -> Row:
    return {
        "article_id": article.article_id,
        "entity_id": entity_id(span.entity_type, span.name),
        "mention_text": article.text[span.char_start : span.char_end],
        "role_title": span.role_title,
        "role_qualifier": span.role_qualifier,
        "paragraph_index": article.paragraph_at(span.char_start),
        "char_start": span.char_start,
        "char_end": span.char_end,
    }


def observe_entities(text: str, spans: Iterable[EntitySpan]) -> list[Row]:
    """One observation per entity of an article: its name there and the forms it is mentioned by
    (brackets dropped: "(Joe) Biden" is the form "Joe Biden")."""
    names: dict[str, tuple[str, str]] = {}
    aliases: dict[str, set[str]] = {}
    for span in spans:
        key = entity_id(span.entity_type, span.name)
        names.setdefault(key, (span.entity_type, span.name))
        printed = " ".join(text[span.char_start : span.char_end].replace("(", "").replace(")", "").split())
        aliases.setdefault(key, {span.name}).add(printed)
    return [
        {"entity_id": key, "entity_type": kind, "canonical_name": name, "aliases": sorted(aliases[key])}
        for key, (kind, name) in sorted(names.items())
    ]
