"""One invented news story: headline, people with roles, an organization, quotes and facts, in English or Spanish.

The story is format-free: `shapes` prints it as a markdown export, crawler text, plain text or an HTML page.
Quotes carry the placeholders OPEN and CLOSE, which each shape replaces with its own quotation marks.
Faker is too slow to call per article (~50 µs a name), so names come from pools drawn once per seed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import NamedTuple, TypeVar

from faker import Faker

from flows.bench import lexicon, phrases_en, phrases_es
from flows.bench.phrasebook import TopicPhrases

OPEN, CLOSE = "\x01", "\x02"
MIN_PARAGRAPHS, MAX_PARAGRAPHS = 5, 12
MIN_WORDS, MAX_WORDS = 300, 700
_POOL_SIZE = 400  # names per pool: enough that the corpus names thousands of different people
_FIRST_DATE, _LAST_DATE = dt.date(2019, 1, 1).toordinal(), dt.date(2025, 6, 30).toordinal()
_PHRASES: dict[str, ModuleType] = {"en": phrases_en, "es": phrases_es}
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
T = TypeVar("T")


class Person(NamedTuple):
    full: str
    surname: str
    female: bool


@dataclass(slots=True)
class Story:
    language: str  # "en" or "es"
    topic: str
    title: str
    subtitle: str | None
    author: str
    byline: str | None  # the byline as printed ("By …", "Por …"), or None
    date: dt.date
    place: lexicon.Place
    agency: str  # for a dateline, when the shape prints one
    credit: str | None  # "(Source: Prensa Latina)" after the last paragraph, or None
    publisher: lexicon.Publisher
    url: str
    paragraphs: list[str]  # the first without its dateline; quotes marked with OPEN/CLOSE

    @property
    def city(self) -> str:
        return self.place.city_en if self.language == "en" else self.place.city_es

    @property
    def country(self) -> str:
        return self.place.country_en if self.language == "en" else self.place.country_es


@cache
def name_pools(seed: int) -> dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """Per locale: female given names, male given names, surnames, drawn once from Faker with the seed."""
    pools = {}
    for language, locale in (("en", "en_US"), ("es", "es_MX")):
        fake = Faker(locale)
        fake.seed_instance(seed)
        pools[language] = (
            tuple(fake.first_name_female() for _ in range(_POOL_SIZE)),
            tuple(fake.first_name_male() for _ in range(_POOL_SIZE)),
            tuple(fake.last_name() for _ in range(_POOL_SIZE)),
        )
    return pools


class _Slots(dict[str, str]):
    """The values of a story's template slots, for `str.format_map`.

    Fixed values are plain dict entries (looked up in C). People and the organization are named in full at
    their first mention, which then stores the short form; numbers and amounts are drawn anew at each use.
    """

    __slots__ = ("dynamic", "mentions")

    def __init__(self) -> None:
        super().__init__()
        self.mentions: dict[str, tuple[str, dict[str, str]]] = {}  # slot -> (first mention, short forms)
        self.dynamic: dict[str, Callable[[], str]] = {}

    def __missing__(self, key: str) -> str:
        if (mention := self.mentions.get(key)) is not None:
            full, short_forms = mention
            self.update(short_forms)  # "org" and "de_org" share one first mention
            return full
        return self.dynamic[key]()


class Composer:
    """Writes stories from one seed's name pools; all randomness comes from the `rng` passed in."""

    def __init__(self, seed: int) -> None:
        self.pools = name_pools(seed)
        self.topics = tuple(_PHRASES["en"].TOPICS)
        # Amounts and percentages drawn once: formatting one costs ~3 µs, and an article uses a dozen.
        rng = random.Random(f"amounts/{seed}")
        self.amounts = {
            language: tuple(_amount(rng, words) for _ in range(_POOL_SIZE * 8)) for language, words in _PHRASES.items()
        }
        self.percents = {
            language: tuple(_percent(rng, words) for _ in range(_POOL_SIZE)) for language, words in _PHRASES.items()
        }

    def story(self, rng: random.Random, language: str) -> Story:
        words = _PHRASES[language]
        topic, second = rng.sample(self.topics, 2)
        phrases: TopicPhrases = words.TOPICS[topic]
        extra: TopicPhrases = words.TOPICS[second]
        date = dt.date.fromordinal(between(rng, _FIRST_DATE, _LAST_DATE))
        place = pick(rng, lexicon.PLACES)
        other = pick(rng, lexicon.PLACES)
        while other.country_en == place.country_en:  # "talks between Cuba and Cuba" reads wrong
            other = pick(rng, lexicon.PLACES)
        publisher = pick(rng, lexicon.PUBLISHERS_EN if language == "en" else lexicon.PUBLISHERS_ES)
        slots = self._slots(rng, language, topic, date, place, other)

        title = _sentence(pick(rng, phrases.heads).format_map(slots))
        subtitle = None
        if rng.random() < 0.6:
            subtitle = _sentence(pick(rng, phrases.heads + extra.heads).format_map(slots))
            subtitle = None if subtitle == title else subtitle

        author = self._person(rng, language).full
        byline = pick(rng, words.BYLINE_FORMS).format(name=author) if rng.random() < 0.45 else None
        credit = None
        if rng.random() < 0.35:
            credited = lexicon.CREDITED_EN if language == "en" else lexicon.CREDITED_ES
            credit = pick(rng, words.CREDIT_FORMS).format(agency=pick(rng, credited))
        agency = pick(rng, lexicon.AGENCIES_EN if language == "en" else lexicon.AGENCIES_ES)
        url = f"https://{publisher.domain}/{date:%Y/%m/%d}/{between(rng, 10**5, 10**6 - 1)}-{_slug(title)}"
        return Story(
            language=language,
            topic=topic,
            title=title,
            subtitle=subtitle,
            author=author,
            byline=byline,
            date=date,
            place=place,
            agency=agency,
            credit=credit,
            publisher=publisher,
            url=url,
            paragraphs=self._paragraphs(rng, words, phrases, extra, slots),
        )

    def person_name(self, rng: random.Random, language: str) -> str:
        """A full name from the pools, for someone outside the story (the photographer of its picture)."""
        return self._person(rng, language).full

    def _person(self, rng: random.Random, language: str) -> Person:
        # English stories about the region name Latin American officials too; Spanish ones mostly.
        pool_language = language if rng.random() < (0.7 if language == "en" else 0.9) else "es"
        female_names, male_names, surnames = self.pools[pool_language]
        female = rng.random() < 0.5
        given = pick(rng, female_names if female else male_names)
        surname = pick(rng, surnames)
        if pool_language == "es" and rng.random() < 0.25:
            surname = f"{surname} {pick(rng, surnames)}"  # two surnames, as many Spanish names have
        return Person(f"{given} {surname}", surname, female)

    def _slots(
        self, rng: random.Random, language: str, topic: str, date: dt.date, place: lexicon.Place, other: lexicon.Place
    ) -> _Slots:
        words = _PHRASES[language]
        slots = _Slots()
        en = language == "en"
        people: list[Person] = []
        while len(people) < 3:
            person = self._person(rng, language)
            if all(person.surname != p.surname for p in people):
                people.append(person)
        for index, person in enumerate(people, start=1):
            roles = lexicon.ROLES[topic] if index == 1 and rng.random() < 0.75 else lexicon.GENERIC_ROLES
            role = pick(rng, roles)
            title = role.en if en else (role.es_f if person.female else role.es_m)
            slots.mentions[f"p{index}"] = (f"{title} {person.full}", {f"p{index}": person.surname})
            if index == 1:
                slots["s1"] = person.surname
                slots["r1"] = title.split(" ", 1)[1] if title.startswith(("el ", "la ")) else title
        full, acronym, female = _organization(rng, language, topic)
        slots["acr"] = acronym
        if en:
            slots.mentions["org"] = (f"the {full} ({acronym})", {"org": f"the {acronym}"})
        else:
            article, of = ("la", "de la") if female else ("el", "del")
            short = {"org": f"{article} {acronym}", "de_org": f"{of} {acronym}"}
            slots.mentions["org"] = (f"{article} {full} ({acronym})", short)
            slots.mentions["de_org"] = (f"{of} {full} ({acronym})", short)
        weekdays, months = (lexicon.WEEKDAYS_EN, lexicon.MONTHS_EN) if en else (lexicon.WEEKDAYS_ES, lexicon.MONTHS_ES)
        slots.update(
            place=place.city_en if en else place.city_es,
            country=lexicon.country_in_text(place.country_en if en else place.country_es, language),
            country2=lexicon.country_in_text(other.country_en if en else other.country_es, language),
            day=words.DAY.format(weekday=weekdays[date.weekday()]),
        )
        numbers = lexicon.NUMBER_WORDS_EN if en else lexicon.NUMBER_WORDS_ES
        amounts, percents = self.amounts[language], self.percents[language]
        slots.dynamic.update(
            num=lambda: pick(rng, numbers),
            pct=lambda: pick(rng, percents),
            year=lambda: str(between(rng, date.year - 12, date.year - 1)),
            month=lambda: pick(rng, months),
            amount=lambda: pick(rng, amounts),
        )
        return slots

    def _paragraphs(
        self, rng: random.Random, words: ModuleType, phrases: TopicPhrases, extra: TopicPhrases, slots: _Slots
    ) -> list[str]:
        """Paragraphs of 45 to 80 words, as many as the article's length asks (5 to 12); about half of them
        end with a quote (or, one in five of those, reported speech)."""
        generic: TopicPhrases = words.GENERIC
        facts = _Deck(rng, phrases.facts + extra.facts + generic.facts)
        quotes = _Deck(rng, phrases.quotes + generic.quotes)
        claims = _Deck(rng, phrases.claims + extra.claims + generic.claims)
        target = between(rng, MIN_WORDS, MAX_WORDS)
        count = min(MAX_PARAGRAPHS, max(MIN_PARAGRAPHS, round(target / between(rng, 45, 80))))
        budget = target / count
        paragraphs: list[str] = []
        for index in range(count):
            quoted = index > 0 and rng.random() < 0.55
            sentences = [_sentence(pick(rng, phrases.leads).format_map(slots))] if index == 0 else []
            size = sum(s.count(" ") + 1 for s in sentences)
            # A quote sentence runs to about 20 words: leave room for it.
            while size < budget - (20 if quoted else 0) or (not sentences and not quoted):
                sentences.append(_sentence(facts.draw().format_map(slots)))
                size += sentences[-1].count(" ") + 1
            if quoted:
                sentences.append(_sentence(self._quote(rng, words, quotes, claims, slots).format_map(slots)))
            paragraphs.append(" ".join(sentences))
        if rng.random() < 0.4:
            paragraphs[-1] += " " + _sentence(pick(rng, generic.closings).format_map(slots))
        return paragraphs

    def _quote(self, rng: random.Random, words: ModuleType, quotes: _Deck, claims: _Deck, slots: _Slots) -> str:
        """A quote frame with its speaker, the quote's words stored in the slots."""
        speaker = "{p1}" if rng.random() < 0.55 else ("{p2}" if rng.random() < 0.7 else "{p3}")
        if rng.random() < 0.2:
            slots["claim"] = claims.draw().format_map(slots)
            return pick(rng, words.FRAMES_INDIRECT).replace("{P}", speaker)
        first, second = quotes.draw().format_map(slots), quotes.draw().format_map(slots)
        slots.update(q=first, q2=second, ql=_lower_first(first))
        frames = words.FRAMES_OPEN if rng.random() < 0.12 else words.FRAMES_CLOSED
        return pick(rng, frames).replace("{P}", speaker)


class _Deck:
    """Phrases dealt without repeats until the deck runs out, then reshuffled."""

    __slots__ = ("cards", "phrases", "random")

    def __init__(self, rng: random.Random, phrases: tuple[str, ...]) -> None:
        self.random, self.phrases, self.cards = rng.random, phrases, []

    def draw(self) -> str:
        if not self.cards:
            # Sorting on random keys is a shuffle at half the cost of random.shuffle.
            self.cards = sorted(self.phrases, key=lambda _: self.random())
        return self.cards.pop()


def pick(rng: random.Random, items: Sequence[T]) -> T:
    """A uniform choice; indexing with random() costs a third less than random.choice's bit draws."""
    return items[int(rng.random() * len(items))]


def between(rng: random.Random, low: int, high: int) -> int:
    """A uniform integer in [low, high], like random.randint but cheaper."""
    return low + int(rng.random() * (high - low + 1))


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:] if text[:1].islower() else text


def _lower_first(text: str) -> str:
    # Quotes never open with a name or "I" (see phrases_en), so lower-casing the first letter is safe.
    return text[0].lower() + text[1:]


def _organization(rng: random.Random, language: str, topic: str) -> tuple[str, str, bool]:
    """An invented organization: (full name, acronym, whether its Spanish kind is feminine)."""
    field_en, field_es = pick(rng, lexicon.ORG_FIELDS[topic])
    if language == "en":
        kind = pick(rng, lexicon.ORG_KINDS_EN)
        scope = pick(rng, lexicon.ORG_SCOPES_EN)
        full = f"{scope} {field_en} {kind}" if rng.random() < 0.6 else f"{kind} for {field_en}"
        female = False
    else:
        kind, gender = pick(rng, lexicon.ORG_KINDS_ES)
        scope = pick(rng, lexicon.ORG_SCOPES_ES[gender])
        full = f"{kind} {scope} de {field_es}" if rng.random() < 0.6 else f"{kind} de {field_es}"
        female = gender == "f"
    acronym = "".join(w[0] for w in full.split() if w not in lexicon.ACRONYM_SKIP).upper()
    return full, acronym, female


def _percent(rng: random.Random, words: ModuleType) -> str:
    whole = between(rng, 2, 48)
    return str(whole) if rng.random() < 0.7 else f"{whole}{words.DECIMAL_MARK}{between(rng, 1, 9)}"


def _amount(rng: random.Random, words: ModuleType) -> str:
    """Money as news prints it, in one of the language's AMOUNT_FORMS: "$800 billion", "5.000 millones de pesos"."""
    whole = between(rng, 2, 950)
    number = str(whole) if rng.random() < 0.7 else f"{between(rng, 1, 9)}{words.DECIMAL_MARK}{between(rng, 1, 9)}"
    forms = words.AMOUNT_FORMS
    text = forms[bisect.bisect(words.AMOUNT_BOUNDS, rng.random())].format(
        n=number,
        scale=words.SCALES[0] if rng.random() < 0.7 else words.SCALES[-1],
        thousands=f"{between(rng, 10, 999)},{whole:03d}",
        small=between(rng, 1, 90),
    )
    return f"{words.MORE_THAN} {text}" if rng.random() < 0.2 else text


def _slug(title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii").lower()
    return "-".join(_NOT_ALNUM.sub(" ", ascii_title).split()[:10])
