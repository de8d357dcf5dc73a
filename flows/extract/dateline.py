"""Datelines at the start of an article body, in the usual wire styles.

    Havana, July 18 (RHC)--          Mexico City.-            WASHINGTON (AP) —
    HAVANA, Cuba, Apr 16 (ACN)       Ciudad de México, 22 jun (Prensa Latina).-
    MONTERREY, N.L.—                 Bogotá, 9 de junio de 2024   (a line of its own)
    SEVILLA, 3 (EUROPA PRESS) -      VALENCIA (España), 3 mar (EUROPA PRESS) -
    ROMA, 3 (ANSA) -                 (Bloomberg) --               (no place)
    SACRAMENTO, Calif. (AP) —        CHILPANCINGO, Gro.-          ST. LOUIS (AP) —
    NEW YORK/LONDON, March 3 (Reuters) -                         Lima, mar. 3 (ANDINA). El …
    March 3 (UPI) --                 (no place)                   TOKYO, March 3 Kyodo -
    LOUISVILLE, Ky., Feb 26 -        (CNN)The US government …     Ciudad de México. Organizaciones …

Grammar: PLACE [(REGION)] [, REGION] [, DATE] [(AGENCY)] SEPARATOR; or, with no place, (AGENCY) SEPARATOR or
DATE (AGENCY) SEPARATOR. PLACE may be two, joined by a slash. After a date, a listed agency or wire may print
its name without brackets, as Kyodo does ('TOKYO, March 3 Kyodo -'): only before a dash or the line's end.
To keep ordinary first sentences out, a dateline needs a separator that only datelines use ('--', '.-', a
dash) or, with a plain hyphen or colon, some other sign: a date, an agency or an all-capitals place; a full
stop separates only after both a date and an agency, or, opening the body, after a known place alone.

Some parts count only beside others that only datelines print:
- a day alone ('3', the day of the publication's month, as Europa Press, ANSA and Andina print it) is a date
  only when the agency follows it in brackets and in capitals, as they print their names ('Valencia, 3 de sus
  playas' is a sentence, 'Sevilla, 2 (Ocampos) - Betis, 1' a football score);
- a region or country in brackets after the place ('VALENCIA (España)', 'LOGROÑO (La Rioja)') only when a
  comma follows it and then a date or an agency ('Madrid (España) es la capital' is a sentence); the place is
  then written with it as a region after a comma ('Valencia, España'), as 'SAN JUAN, Puerto Rico' is;
- an agency with no place ('(Bloomberg) --', '(Reuters) -') only with a dash after it, and only a name: no
  colon, digit or full stop inside ('(Foto: EFE) —', '(Actualizado a las 14:30) -' are not datelines); and
  only an agency's: a listed agency or wire, in any case ('(REUTERS)', '(dpa)'), or an acronym ('(ACN) -')
  that is no label in capitals ('(Video) —', '(FOTOS) -', '(Actualización) —' label a clip or an update);
  a date with no place only with the agency and then a dash ('March 3 (Tuesday) was …' is a sentence);
- a newsroom desk where the place would be ('Redacción Internacional, 3 mar (EFE).-') names no place: the
  dateline gives its agency and date, and is one only with either;
- a state cut short ('Calif.', 'Gro.') only before the agency or the dash, or a comma and the date ('LOUISVILLE,
  Ky., Feb 26 -'): 'LIMA, Dr. Pérez' and 'Frankfort, Ky., is the capital' are sentences;
- an agency's bracket glued to the first word ('(CNN)The …', CNN's style) only with a listed agency's or wire's
  name: nothing else there is a dateline's;
- a place and a full stop alone ('Ciudad de México. Organizaciones …', La Jornada's) only at the start of the
  body's first paragraph (`opens_body`), with a known city, state or country named whole and a capitalised word
  after the stop: 'Importante. El plazo …' and 'Europa. La Unión …' are not; there too, a city and its state
  ('México, DF. Tras …', 'Chilpancingo, Gro. La …'), the state cut short, in capitals after a known city, or a
  known place in the city's country ('Colombia, Venezuela. Ambos …' pairs two countries);
- a stock ticker in brackets after a company's name is no agency: with its exchange ('Ford (NYSE:F) -',
  'Acme (Nasdaq: ACME) —') never, bare ('Tesla (TSLA) - The carmaker …') when the name is no known city or
  country, no region or date follows it and the capitals are no listed agency's; a name in capitals only when
  the capitals abbreviate it ('TESLA (TSLA) -'; a local paper's acronym after its town, 'RIVERTON (VC) —', is
  its agency): wires are listed ('Paris (AFP) -', 'WASHINGTON (AP) —'), or follow a known place ('Asunción
  (IP) -') or a place and its region ('CHILPANCINGO, Gro. (NTX) -');
- a label in the brackets after the place tags a clip, a photo or an update, and names no agency
  ('WASHINGTON (Video) —'); a photo's credit there names the wire only when it is one ('MADRID (FOTO: EFE) —'
  is EFE's dateline, 'Madrid (Foto: Ana Ruiz) —' has none).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from flows.extract.dates import DateText, match_date
from flows.extract.gazetteer import fold_word
from flows.extract.given_names import is_given_name
from flows.extract.name_words import HONORIFICS, TITLE_ABBREVIATIONS, words
from flows.extract.organization_names import DATELINE_WIRES, NEWS_AGENCY_NAMES, alternation_of
from flows.extract.places import country_of, find_places, is_country_name
from flows.extract.types import EntitySpan

_WORD = r"[A-ZÁÉÍÓÚÑÜÇ][A-Za-zÀ-ÖØ-öø-ÿ'’]*"
_PARTICLE = r"(?:de|del|de la|la|las|los|el|do|da|dos|das|y|of|upon|on|am|sur|en)"
# A first word cut short: 'ST. LOUIS', 'Ft. Lauderdale', 'Sta. Cruz'.
_SHORT_FIRST_WORD = r"(?:St|ST|Sta|STA|Ft|FT|Mt|MT)\.\s+"
# Words joined by spaces or a hyphen inside a name ('Saint-Denis'); a spaced hyphen is a separator ('CIUDAD DE
# MÉXICO - El alcalde …'), which the place must not swallow with the next word.
_ONE_PLACE = rf"(?:{_SHORT_FIRST_WORD})?{_WORD}(?:(?:\s+{_PARTICLE})?(?:\s+|-){_WORD}){{0,4}}"
# Reuters datelines a story written in two cities with both: 'NEW YORK/LONDON'.
_PLACE = re.compile(rf"{_ONE_PLACE}(?:/{_ONE_PLACE})?")
_AGENCY = re.compile(r"\s*\((?P<agency>[^()\n]{1,40})\)")
# BelTA spaces the full stop from the dash ('MINSK, 12 nov (BelTA). – Cuba …'): a spaced dash after a full stop
# separates as the glued one does.
_STRONG_SEPARATOR = re.compile(r"\s*(?:\.-|\.—|\.–|\.\s+[-—–](?=\s)|--|—|–)\s*")
_PLACE_ALONE_MAX_WORDS = 4
# APP glues the colon to the text: 'ISLAMABAD, Apr 9 (APP) :Minister for …'.
_WEAK_SEPARATOR = re.compile(r"\s*(?:\s-|:)\s+|\s+:(?=[A-ZÁÉÍÓÚÑ])|\s+(?=[A-ZÁÉÍÓÚÑ¿¡\"“«])")
# A state's abbreviation after the city: 'MONTERREY, N.L.—', 'La Paz, B.C.S. (AP)'.
_STATE_ABBREVIATION = re.compile(r"(?:[A-Z]\.){1,3}")
# A state cut short, AP's ('SACRAMENTO, Calif. (AP)') and Mexican papers' ('CHILPANCINGO, Gro.-'): only before
# the agency or the dash, where a title ('LIMA, Dr. Pérez …') never stands; or before a comma and the date
# (`_short_state_before_date`).
_SHORT_STATE = re.compile(r"[A-Z][a-z]{1,4}\.(?=\s*[(—–-])")
_SHORT_STATE_BEFORE_COMMA = re.compile(r"[A-Z][a-z]{1,4}\.(?=,)")
# EFE's newsroom desks stand where the place would ('Redacción Internacional, 3 mar (EFE).-'): no place.
_DESK = re.compile(r"redacci[oó]n\b", re.IGNORECASE)
# After the agency and a date, Andina's full stop: 'Lima, mar. 3 (ANDINA). El Congreso …'.
_FULL_STOP_SEPARATOR = re.compile(r"\.\s+(?=[A-ZÁÉÍÓÚÑ¿¡\"“«])")
# A state after the city, before the full stop of La Jornada's dateline ('México, DF.', 'Chilpancingo, Gro.',
# 'Monterrey, N.L.', 'Guadalajara, Jalisco.'): an abbreviation keeps its stop, a name leaves it to the separator.
_REGION_BEFORE_STOP = re.compile(
    rf",[ \t]+(?P<region>(?:[A-Z]\.){{1,3}}|[A-Z][a-z]{{1,4}}\.|[A-Z]{{2,4}}(?=\.)|{_ONE_PLACE}(?=\.))"
)
# A region's abbreviation in capitals, kept so by the tidying of a place in capitals ('DF', 'NY'): longer
# capitals are a name ('PERU').
_REGION_CAPITALS = re.compile(r"[A-Z]{2,3}")
_TEXT_AFTER_STOP = re.compile(r"\.?[ \t]+(?=[A-ZÁÉÍÓÚÑ¿¡\"“«])")
# Titles and address words cut short, which a comma may put where a state's abbreviation would stand ('En
# Lima, Sr. Pérez …', 'Después, Gral. Ruiz …', 'Centro, Av. Juárez …'): the person and address names' own, and
# Spanish ones they lack.
_TITLE_ABBREVIATIONS = frozenset(
    (
        *HONORIFICS,
        *TITLE_ABBREVIATIONS,
        *("Gral", "Arq", "Mtro", "Mtra", "Dip", "Gob", "Pdte", "Cap", "Cnel", "Tte", "Sgto", "Fr", "Av", "Col", "No"),
        "Núm",
    )
)
# A hyphen or dash before a space and the text's first capital, a space before it too or none: 'London - UK Prime
# Minister …', Mexican papers' 'MÉXICO- En una …'.
_SPACED_HYPHEN_SEPARATOR = re.compile(r"[ \t]*[-–—][ \t]+(?=[A-ZÁÉÍÓÚÑ¿¡\"“«])")
_LINE_END = " -–—.:"
_LONGEST_DATE = len("Wednesday, September 30, 2024 ")
# ANI prints the country too, in square brackets: 'Jodhpur (Rajasthan) [India], June 3 (ANI):'.
_BRACKETED_REGION = re.compile(rf"\s*\((?P<region>{_PLACE.pattern})\)(?:\s*\[{_PLACE.pattern}\])?(?=,)")
# A known city's region in brackets before a colon: 'Bhopal (Madhya Pradesh): Union Minister …'.
_REGION_BEFORE_COLON = re.compile(rf"\s*\((?P<region>{_PLACE.pattern})\)(?=:)")
# Indian and Pakistani papers' colon after the city: 'Nagpur: Union Minister …'.
_COLON_SEPARATOR = re.compile(r":[ \t]+(?=[A-ZÁÉÍÓÚÑ¿¡\"“«])")
_DAY_BEFORE_AGENCY = re.compile(r"(?P<day>[0-3]?\d)(?=\s*\()")
# A name: letters, spaces, '&', apostrophes and hyphens; then a dash, never a hyphen glued to the next word.
_AGENCY_ALONE = re.compile(r"\((?P<agency>[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ&' -]{0,39})\)(?:\s*(?:\.-|--|—|–)|\s+-)\s*")
# CNN's: the agency's bracket glued to the first word, no dash ('(CNN)The US government said …'). The glue is
# the only sign, so only a listed agency's or wire's name counts ('(PRI)El diputado', '(Video)The mayor').
_AGENCY_GLUED = re.compile(r"\((?P<agency>[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ&' -]{0,39})\)(?=[A-ZÁÉÍÓÚÑ¿¡\"“«])")
_ARTICLES = words("la las el los the le les il lo")
_LOWER_PARTICLES = frozenset(_PARTICLE.strip("(?:)").split("|"))
# An unlisted agency alone is an acronym ('(ACN) -'); these words in capitals have its shape but label what
# follows, a clip, a photo, an update ('(VIDEO) —', '(FOTOS) -'), folded.
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# A stock ticker, perhaps after its exchange: 'TSLA', 'NYSE:F', 'NASDAQ: TSLA', 'BMV: WALMEX', 'TSX: RY.PR'.
_EXCHANGE_TICKER = re.compile(
    r"(?:[A-Z][A-Z0-9]{1,7}|Nasdaq)(?:\s+(?:American|Arca))?\s*:\s*[A-Z][A-Z0-9]{0,6}(?:[.-][A-Z0-9]{1,3})?"
)
_TICKER = re.compile(r"[A-Z]{1,5}")
_LABELS = words(
    "video videos foto fotos photo photos audio audios live vivo update updated actualizacion actualizado "
    "mapa mapas map maps watch nota"
)
# A label and what it credits, in the brackets after a place: 'MADRID (FOTO: EFE) —', 'LIMA (Video: Andina) -'.
_LABELLED_CREDIT = re.compile(r"(?P<label>[^\W\d_]+)\s*:\s*(?P<credited>[^:]+)")


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None  # None for an agency alone ('(Bloomberg) --')
    agency: str | None
    date: DateText | None
    end: int  # offset in the block where the article text proper begins


def find_dateline(block: str, *, opens_body: bool = False) -> Dateline | None:
    """The dateline that opens `block`. `opens_body`: the block is the body's first paragraph, where a known
    place and a full stop alone are one too ('Ciudad de México. Organizaciones …')."""
    return _opening_dateline(block) or (_place_and_full_stop(block) if opens_body else None)


# The formats and the head's readers ask of the same few blocks again, as a body's first paragraph and as any
# block (half the calls): keep the last answers, few, as each keeps its block (of 1,500 files, 8 held 99% of
# the answers asked again that 64 held).
@lru_cache(maxsize=8)
def _opening_dateline(block: str) -> Dateline | None:
    return _agency_alone(block) or _date_and_agency(block) or _with_place(block)


def place_alone(block: str) -> str | None:
    """A known place in a country named whole and alone on its line, in any case ('madrid', 'Bogotá',
    'CIUDAD DE MÉXICO'): the dateline that some pages print apart over the text. The place, tidied. A country's
    name alone ('Colombia') is the kicker of the page's section for that country, as a region's is ('Europa'):
    a dateline names the city the story was filed from."""
    text = block.strip()
    if not text or len(text.split()) > _PLACE_ALONE_MAX_WORDS:
        return None
    name = _tidy_place(text) if text.isupper() else _capitalised(text) if text.islower() else text
    return name if _PLACE.fullmatch(name) and _is_place_within_a_country(name) else None


def date_after_dateline(block: str, end: int) -> DateText | None:
    """A full date, with its month and year, printed right after the dateline that ends at `end` and before the
    text's first capital, as AFP's feeds print it ('Paris, March 2 (AFP) Mar 02, 2018 At least …')."""
    date = match_date(block[end : end + _LONGEST_DATE])
    if date is None or date.year is None or date.month is None or not block.startswith(date.text, end):
        return None
    after = block[end + len(date.text) :]
    return date if not after or (after[:1].isspace() and after.lstrip()[:1].isupper()) else None


def _capitalised(text: str) -> str:
    return " ".join(w if i and w in _LOWER_PARTICLES else w.capitalize() for i, w in enumerate(text.split()))


def _with_place(block: str) -> Dateline | None:
    place_match = _PLACE.match(block)
    if place_match is None:
        return None
    place, pos = place_match.group(0), place_match.end()
    bracketed = _BRACKETED_REGION.match(block, pos)
    if bracketed is not None:
        place, pos = f"{place}, {bracketed.group('region')}", bracketed.end()
    place, date, pos = _comma_parts(block, place, pos)
    spaced = _spaced_date(block, pos) if date is None and bracketed is None else None
    if spaced is not None:
        date, pos = spaced
    agency = None
    if m := _AGENCY.match(block, pos) or (date is not None and _bare_wire().match(block, pos)):
        agency, pos = _agency_in_brackets(m.group("agency").strip()), m.end()
    if agency is not None and _is_ticker(agency, place, date):
        return None  # a company and its stock ('Tesla (TSLA) - The carmaker said …')
    if bracketed is not None and agency is None and date is None:
        return None  # a bracketed region without the agency or date that makes it a dateline's
    if _is_day_alone(date) and not (agency is not None and agency.isupper()):
        return None  # a day alone is Europa Press's, ANSA's, Andina's: their names are in capitals
    if agency is not None and date is None and _is_unlisted_name(agency) and _COLON_SEPARATOR.match(block, pos):
        return None  # a region in brackets before a colon ('Bhopal (Madhya Pradesh): …'), no agency: see below
    end = _separator_end(block, pos, place, agency, date)
    desk = _DESK.match(place) is not None
    if end is None or (desk and agency is None and date is None):
        return None
    if agency is None and date is None and _is_a_title(place):
        return None  # a newspaper's credit where the place would be ('LA GACETA – A poco más …')
    return Dateline(None if desk else _tidy_place(place), agency, date, end)


def _spaced_date(block: str, pos: int) -> tuple[DateText, int] | None:
    """Prensa Latina's date after the place with no comma ('Minsk 24 mar.- El …'): a day and a month, then the
    agency's bracket or a dash only datelines print; the date, and where it ends."""
    space = re.match(r"[ \t]+(?=\d)", block[pos : pos + 3])
    if space is None:
        return None
    start = pos + space.end()
    date = match_date(block[start : start + _LONGEST_DATE])
    if date is None or date.month is None or not block.startswith(date.text, start):
        return None
    end = start + len(date.text)
    signed = _AGENCY.match(block, end) or _STRONG_SEPARATOR.match(block, end)
    return (date, end) if signed or _separator_after_full_stop(block, end) else None


def _place_and_full_stop(block: str) -> Dateline | None:
    """'Ciudad de México. Organizaciones …': La Jornada's dateline, a place, a full stop and the text; or a
    spaced hyphen for the stop ('London - UK Prime Minister …'), which elsewhere a newspaper's credit prints
    ('EL HERALDO - Los vecinos …'). A full stop ends many a first word ('Importante. El plazo …'), so the place
    must be a known one in a country, named whole: a city, a state or the country ('Europa. La Unión …' names a
    region of the world)."""
    place = _PLACE.match(block)
    if place is None or "/" in place.group(0):
        return None
    if (colon := _city_and_colon(block, place)) is not None:
        return colon
    if (with_region := _region_and_full_stop(block, place)) is not None:
        return with_region
    stop = _FULL_STOP_SEPARATOR.match(block, place.end()) or _SPACED_HYPHEN_SEPARATOR.match(block, place.end())
    if stop is None or not _is_place_in_a_country(place.group(0)):
        return None
    if stop.group(0).strip() in "-–—" and _is_pairing(block, stop.end()):
        return None
    return Dateline(_tidy_place(place.group(0)), None, None, stop.end())


def _region_and_full_stop(block: str, place: re.Match[str]) -> Dateline | None:
    """'México, DF. Tras …', 'Chilpancingo, Gro. La …', 'Monterrey, N.L. El …', 'Guadalajara, Jalisco. Las …':
    Mexican papers' dateline, a city, its state after a comma and a full stop, which closes the state's
    abbreviation too. A state cut short ('Gro.', 'N.L.') is the sign, whatever the city (towns are many, the
    gazetteer knows the larger); it is no title ('Lima, Sr. Pérez …', 'Luego, Gral. Ruiz …'). A state in capitals
    ('DF') or named whole needs a known city, and a state's name must be a known place in the city's country."""
    region = _REGION_BEFORE_STOP.match(block, place.end())
    stop = _TEXT_AFTER_STOP.match(block, region.end()) if region is not None else None
    if region is None or stop is None:
        return None
    name = region.group("region")
    cut_short = name.endswith(".") and not _is_known_place(name[:-1])  # 'Chile.' names the country whole
    if cut_short and (name[:-1] in _TITLE_ABBREVIATIONS or is_given_name(name[:-1])):
        return None  # a title's or a name's stop: 'Lima, Sr. Pérez …', 'Hola, Ana. Te escribo …'
    if not cut_short and not (
        _is_place_in_a_country(place.group(0)) and (name.isupper() or _in_country_of(name, place.group(0)))
    ):
        return None
    return Dateline(f"{_tidy_place(place.group(0))}, {name}", None, None, stop.end())


def _city_and_colon(block: str, place: re.Match[str]) -> Dateline | None:
    """'Nagpur: Union Minister …', 'Bhopal (Madhya Pradesh): The …': the dateline of Indian and Pakistani papers,
    a known place and a colon, its state perhaps in brackets, which name no agency. Not a country's name: a colon
    after it opens a summary ('Venezuela: la oposición pide …'), as a label's does ('Importante: …')."""
    name, pos = place.group(0), place.end()
    region = _REGION_BEFORE_COLON.match(block, pos)
    colon = _COLON_SEPARATOR.match(block, region.end() if region else pos)
    if colon is None or not _is_place_within_a_country(name):
        return None
    # The brackets' name stays out of the place: an unlisted agency's may stand there too.
    return Dateline(_tidy_place(name), None, None, colon.end())


def _is_pairing(block: str, pos: int) -> bool:
    """A second place after the hyphen pairs the two ('Cuba - Estados Unidos: una relación …', 'Lima - Callao'):
    a headline's or a match's, no dateline's."""
    second = _PLACE.match(block, pos)
    return second is not None and _is_place_in_a_country(second.group(0))


def _comma_parts(block: str, place: str, pos: int) -> tuple[str, DateText | None, int]:
    """Up to two comma-separated parts after the place: a region ('Cuba', 'N.L.', 'Calif.') and/or a date.
    The place with its region, the date, and where they end."""
    date: DateText | None = None
    for _ in range(2):
        if not block.startswith(",", pos):
            break
        after = block[pos + 1 :].lstrip()
        # Mexican papers date 'a' the day: 'Guanajuato, Guanajuato, a 1 de septiembre de 2025.-'.
        after = after[2:] if after.startswith("a ") and after[2:3].isdigit() else after
        offset = len(block) - len(after)
        found = match_date(after) or _day_alone(after)
        if found is not None and date is None:
            date = found
            pos = offset + after.index(found.text) + len(found.text)
            continue
        region = (
            _STATE_ABBREVIATION.match(after)
            or _short_state(after)
            or _short_state_before_date(after)
            or _PLACE.match(after)
        )
        if region is None or date is not None:
            break
        if (spaced := _date_after_region(after, region.group(0), place)) is not None:
            cut, spaced_date = spaced
            return f"{place}, {after[:cut].rstrip()}", spaced_date, offset + cut + len(spaced_date.text)
        place = f"{place}, {region.group(0)}"
        pos = offset + region.end()
    return place, date, pos


def _short_state(text: str) -> re.Match[str] | None:
    """'Calif. (AP)', 'Gro.-': a state cut short; not a known place's whole name before the full stop of a '.-'
    ('SANTIAGO, Chile.- Por …' names the country, and the stop is the separator's)."""
    m = _SHORT_STATE.match(text)
    return None if m is None or _is_known_place(m.group(0)[:-1]) else m


def _date_after_region(after: str, region: str, place: str) -> tuple[int, DateText] | None:
    """Old Reuters copy: a region and then the date after a space, no comma, no dash ('DARMSTADT, Germany Oct 26
    Drugs maker …'), which the region's words took in ('Germany Oct'); only with the place in capitals, as the
    wire printed it, and a month named. Where the date starts in `after`, and the date."""
    if not place.split(",")[0].isupper():
        return None
    for space in re.finditer(r"\s+", region):
        date = match_date(after[space.end() : space.end() + _LONGEST_DATE])
        if date is not None and date.month is not None and after.startswith(date.text, space.end()):
            return space.end(), date
    return None


def _is_a_title(place: str) -> bool:
    """A name opening with an article that is no known place: a newspaper's ('LA GACETA', 'THE COURIER'), where
    places with one are known ('La Paz', 'El Paso', 'The Hague')."""
    first = place.split(maxsplit=1)[0]
    return fold_word(first) in _ARTICLES and "," not in place and not _is_known_place(place)


def _short_state_before_date(text: str) -> re.Match[str] | None:
    """'Ky., Feb 26 -', 'Jal., 26 feb (EFE)': a state cut short, then a comma and the date, as Reuters and EFE
    print it ('Frankfort, Ky., is the capital' has no date there)."""
    m = _SHORT_STATE_BEFORE_COMMA.match(text)
    if m is None:
        return None
    after = text[m.end() + 1 :].lstrip()
    return m if match_date(after) or _day_alone(after) else None


def _separator_end(block: str, pos: int, place: str, agency: str | None, date: DateText | None) -> int | None:
    """Where the separator after the dateline's parts (ending at `pos`) ends, or the block's end when the
    dateline is a line of its own; None when nothing there separates a dateline from its text."""
    if m := _STRONG_SEPARATOR.match(block, pos) or _separator_after_full_stop(block, pos):
        return m.end()
    has_sign = date is not None or agency is not None or place.split(",")[0].isupper()
    if has_sign and (m := _WEAK_SEPARATOR.match(block, pos)):
        return m.end()
    if date is not None and agency is not None and (m := _FULL_STOP_SEPARATOR.match(block, pos)):
        return m.end()
    if (date is not None or agency is not None) and not block[pos:].strip(_LINE_END):
        # A dateline on a line of its own ('Bogotá, 9 de junio de 2024', 'MADRID, 4 Jun. (EUROPA PRESS) -').
        return len(block)
    return None


def _is_day_alone(date: DateText | None) -> bool:
    # An all-numeric date without its order has no month either, but it has its year.
    return date is not None and date.month is None and date.year is None


def _day_alone(text: str) -> DateText | None:
    """'3 (EUROPA PRESS)': a day of the month with the agency's bracket after it; its month is unprinted."""
    m = _DAY_BEFORE_AGENCY.match(text)
    if m is None or not 1 <= int(m.group("day")) <= 31:
        return None
    return DateText(text=m.group("day"), year=None, month=None, day=int(m.group("day")))


def _date_and_agency(block: str) -> Dateline | None:
    """'March 3 (UPI) -- The Senate …': UPI's dateline, a date and the agency, no place; only with a dash."""
    if "(" not in block[:_LONGEST_DATE]:
        return None  # no agency's bracket near enough: spare most paragraphs the date patterns
    date = match_date(block)
    if date is None or not block.startswith(date.text):
        return None
    agency = _AGENCY.match(block, len(date.text))
    separator = _STRONG_SEPARATOR.match(block, agency.end()) if agency is not None else None
    if agency is None or separator is None:
        return None
    return Dateline(None, agency.group("agency").strip(), date, separator.end())


def _agency_alone(block: str) -> Dateline | None:
    """'(Bloomberg) -- The Fed …': an agency's name in brackets and a dash, where no place is printed; or a
    listed one's glued to the text ('(CNN)The US government …')."""
    m = _AGENCY_ALONE.match(block)
    if m is not None and (place := _bracketed_place(m.group("agency"))) is not None:
        return Dateline(place, None, None, m.end())
    if m is not None and _is_agency_name(m.group("agency")):
        return Dateline(None, m.group("agency"), None, m.end())
    m = _AGENCY_GLUED.match(block)
    if m is not None and fold_word(m.group("agency")) in _wire_names():
        return Dateline(None, m.group("agency"), None, m.end())
    return None


def _bracketed_place(inside: str) -> str | None:
    """The place of a wire's dateline that a magazine reprints in brackets ('(SEATTLE) — …'): a known city in
    capitals, which no listed wire is named. A short one has an acronym's shape ('(BOSTON) —'): the place wins."""
    if not inside.isupper() or fold_word(inside) in _wire_names():
        return None
    return place_alone(inside)


def _agency_in_brackets(inside: str) -> str | None:
    """The agency that the brackets after a place name: what they hold, unless a label says they tag a clip,
    a photo or an update ('WASHINGTON (Video) —'); then only the wire a labelled credit names ('MADRID (FOTO:
    EFE) —' is EFE's dateline, 'Madrid (Foto: Ana Ruiz) —' a photographer's credit and no agency)."""
    credit = _LABELLED_CREDIT.fullmatch(inside)
    if fold_word(credit.group("label") if credit else inside) not in _LABELS:
        return inside
    credited = credit.group("credited").strip() if credit else None
    return credited if credited is not None and _is_agency_name(credited) else None


def _is_ticker(agency: str, place: str, date: DateText | None) -> bool:
    """Capitals in brackets after a company's name ('Tesla (TSLA) -'): no listed agency's, after a name with
    no region or date that is no known place; in capitals ('TESLA (TSLA) -') only when they abbreviate it, as
    a ticker or the name's own acronym does, and a local paper's after its town ('RIVERTON (VC) —') does not.
    A wire's place is a place ('Asunción (IP) -'), or printed with its region ('CHILPANCINGO, Gro. (NTX) -')."""
    if _EXCHANGE_TICKER.fullmatch(agency):
        return True
    bare = _TICKER.fullmatch(agency) is not None and fold_word(agency) not in _wire_names()
    if not bare or date is not None or "," in place or all(map(_is_known_place, place.split("/"))):
        return False
    return not place.isupper() or _abbreviates(agency, place)


def _abbreviates(capitals: str, name: str) -> bool:
    """Whether `capitals` open with the name's first letter and follow its letters in order: 'TSLA' of
    'TESLA', 'CRZ' of 'CEMENTOS RUIZ'."""
    letters = iter(fold_word(name))
    folded = fold_word(capitals)
    return folded[:1] == fold_word(name)[:1] and all(letter in letters for letter in folded)


def _is_known_place(name: str) -> bool:
    """A city or country of the gazetteer, named whole: a regional wire's acronym after it is its agency
    ('Asunción (IP) -'), where a company's name before its ticker is no place ('Tesla (TSLA) -')."""
    return any(span.char_start == 0 and span.char_end == len(name) for span in find_places(name))


def _in_country_of(region: str, city: str) -> bool:
    """Whether `region`, a known place named whole, is in the country of `city`, a known city or state, or is
    that country: 'Jalisco' after 'Guadalajara', 'España' after 'Madrid'; not 'Venezuela' after 'Colombia', a
    pair of countries, nor anything after a country ('México, Jalisco' names no city)."""
    countries = {country_of(span.name) for span in _whole_places(city) if not is_country_name(span.name)}
    return any(country_of(span.name) in countries - {None} for span in _whole_places(region))


def _whole_places(name: str) -> list[EntitySpan]:
    return [span for span in find_places(name) if span.char_start == 0 and span.char_end == len(name)]


def _is_place_in_a_country(name: str) -> bool:
    return any(
        span.char_start == 0 and span.char_end == len(name) and country_of(span.name) is not None
        for span in find_places(name)
    )


def _is_place_within_a_country(name: str) -> bool:
    """A known city or state named whole, not a country ('Nagpur', 'Bogotá'; not 'Colombia')."""
    return any(
        span.char_start == 0 and span.char_end == len(name) and country_of(span.name) and not is_country_name(span.name)
        for span in find_places(name)
    )


def _is_unlisted_name(agency: str) -> bool:
    """A name in brackets that no listed agency or wire has and that is no acronym: 'Madhya Pradesh'."""
    return fold_word(agency) not in _wire_names() and _ACRONYM.fullmatch(agency) is None


def _is_agency_name(name: str) -> bool:
    folded = fold_word(name)
    return folded in _wire_names() or (_ACRONYM.fullmatch(name) is not None and folded not in _LABELS)


@cache
def _bare_wire() -> re.Pattern[str]:
    """A listed agency's or wire's name, as written or in capitals, unbracketed: then a dash or the end."""
    wire = alternation_of(NEWS_AGENCY_NAMES | set(DATELINE_WIRES))
    return re.compile(rf"\s+(?P<agency>{wire})(?=\s*(?:\.-|--|—|–|-\s|-?\s*$))")


@cache
def _wire_names() -> frozenset[str]:
    """The folded names and aliases of the listed agencies and wires."""
    return frozenset(fold_word(name) for name in (*NEWS_AGENCY_NAMES, *DATELINE_WIRES))


def _separator_after_full_stop(block: str, pos: int) -> re.Match[str] | None:
    """'Lima, 4 jun.- …', 'CHILPANCINGO, Gro.- …': the last part, a date or a state cut short, took the full
    stop of the '.-' after it."""
    return _STRONG_SEPARATOR.match(block, pos - 1) if block[pos - 1 : pos] == "." else None


def _tidy_place(place: str) -> str:
    """'MEXICO CITY' -> 'Mexico City', 'CIUDAD DE MÉXICO' -> 'Ciudad de México'; mixed case is kept, and so is
    a region's abbreviation in capitals after the city ('México, DF', 'NUEVA YORK, NY')."""
    parts = [part.strip() for part in place.split(",")]
    return ", ".join(
        part if at and _REGION_CAPITALS.fullmatch(part) else _tidy_part(part) for at, part in enumerate(parts)
    )


def _tidy_part(part: str) -> str:
    return "/".join(_tidy_name(name) for name in part.split("/"))


def _tidy_name(part: str) -> str:
    if not part.replace(" ", "").isupper() or _STATE_ABBREVIATION.fullmatch(part):
        return part
    words = part.lower().split(" ")
    return " ".join(
        w if i and w in _LOWER_PARTICLES else "-".join(p.capitalize() for p in w.split("-"))
        for i, w in enumerate(words)
    )
