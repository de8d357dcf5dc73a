"""Datelines at the start of an article body, in the usual wire styles.

    Havana, July 18 (RHC)--          Mexico City.-            WASHINGTON (AP) —
    HAVANA, Cuba, Apr 16 (ACN)       Ciudad de México, 22 jun (Prensa Latina).-
    MONTERREY, N.L.—                 Bogotá, 9 de junio de 2024   (a line of its own)
    SEVILLA, 3 (EUROPA PRESS) -      VALENCIA (España), 3 mar (EUROPA PRESS) -
    ROMA, 3 (ANSA) -                 (Bloomberg) --               (no place)

Grammar: PLACE [(REGION)] [, REGION] [, DATE] [(AGENCY)] SEPARATOR, or (AGENCY) SEPARATOR alone. To keep
ordinary first sentences out, a dateline needs a separator that only datelines use ('--', '.-', a dash) or,
with a plain hyphen or colon, some other sign: a date, an agency or an all-capitals place.

Some parts count only beside others that only datelines print:
- a day alone ('3', the day of the publication's month, as Europa Press and ANSA print it) is a date only
  when the agency in brackets follows it ('Valencia, 3 de sus playas' is a sentence);
- a region or country in brackets after the place ('VALENCIA (España)', 'LOGROÑO (La Rioja)') only when a
  comma follows it and then a date or an agency ('Madrid (España) es la capital' is a sentence); the place is
  then written with it as a region after a comma ('Valencia, España'), as 'SAN JUAN, Puerto Rico' is;
- an agency with no place ('(Bloomberg) --', '(Reuters) -') only with a dash after it, and only a name: no
  colon, digit or full stop inside ('(Foto: EFE) —', '(Actualizado a las 14:30) -' are not datelines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flows.extract.dates import DateText, match_date

_WORD = r"[A-ZÁÉÍÓÚÑÜÇ][A-Za-zÀ-ÖØ-öø-ÿ'’]*"
_PARTICLE = r"(?:de|del|de la|la|las|los|el|do|da|dos|das|y|of|upon|on|am|sur|en)"
_PLACE = re.compile(rf"{_WORD}(?:(?:\s+{_PARTICLE})?[\s-]+{_WORD}){{0,4}}")
_AGENCY = re.compile(r"\s*\((?P<agency>[^()\n]{1,40})\)")
_STRONG_SEPARATOR = re.compile(r"\s*(?:\.-|\.—|\.–|--|—|–)\s*")
_WEAK_SEPARATOR = re.compile(r"\s*(?:\s-|:)\s+|\s+(?=[A-ZÁÉÍÓÚÑ¿¡\"“«])")
# A state's abbreviation after the city: 'MONTERREY, N.L.—', 'La Paz, B.C.S. (AP)'.
_STATE_ABBREVIATION = re.compile(r"(?:[A-Z]\.){1,3}")
_LINE_END = " -–—.:"
_BRACKETED_REGION = re.compile(rf"\s*\((?P<region>{_PLACE.pattern})\)(?=,)")
_DAY_BEFORE_AGENCY = re.compile(r"(?P<day>[0-3]?\d)(?=\s*\()")
# A name: letters, spaces, '&' and hyphens; then a dash, never a hyphen glued to the next word.
_AGENCY_ALONE = re.compile(r"\((?P<agency>[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ&' -]{0,39})\)(?:\s*(?:\.-|--|—|–)|\s+-)\s*")
_LOWER_PARTICLES = frozenset(_PARTICLE.strip("(?:)").split("|"))


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None  # None for an agency alone ('(Bloomberg) --')
    agency: str | None
    date: DateText | None
    end: int  # offset in the block where the article text proper begins


def find_dateline(block: str) -> Dateline | None:
    place_match = _PLACE.match(block)
    if place_match is None:
        return _agency_alone(block)
    place = place_match.group(0)
    pos = place_match.end()
    bracketed = _BRACKETED_REGION.match(block, pos)
    if bracketed is not None:
        place, pos = f"{place}, {bracketed.group('region')}", bracketed.end()
    date: DateText | None = None
    # Up to two comma-separated parts follow the place: a region ('Cuba') and/or a date.
    for _ in range(2):
        if not block.startswith(",", pos):
            break
        after = block[pos + 1 :].lstrip()
        offset = len(block) - len(after)
        found = match_date(after) or _day_alone(after)
        if found is not None and date is None:
            date = found
            pos = offset + after.index(found.text) + len(found.text)
            continue
        region = _STATE_ABBREVIATION.match(after) or _PLACE.match(after)
        if region is None or date is not None:
            break
        place = f"{place}, {region.group(0)}"
        pos = offset + region.end()
    agency = None
    if m := _AGENCY.match(block, pos):
        agency, pos = m.group("agency").strip(), m.end()
    if agency is None and (bracketed is not None or _is_day_alone(date)):
        return None  # a bracketed region or a day alone without the agency that makes them a dateline's
    end = _separator_end(block, pos, place, agency, date)
    return None if end is None else Dateline(_tidy_place(place), agency, date, end)


def _separator_end(block: str, pos: int, place: str, agency: str | None, date: DateText | None) -> int | None:
    """Where the separator after the dateline's parts (ending at `pos`) ends, or the block's end when the
    dateline is a line of its own; None when nothing there separates a dateline from its text."""
    if m := _STRONG_SEPARATOR.match(block, pos) or _separator_in_date(block, pos, date):
        return m.end()
    has_sign = date is not None or agency is not None or place.split(",")[0].isupper()
    if has_sign and (m := _WEAK_SEPARATOR.match(block, pos)):
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


def _agency_alone(block: str) -> Dateline | None:
    """'(Bloomberg) -- The Fed …': an agency's name in brackets and a dash, where no place is printed."""
    m = _AGENCY_ALONE.match(block)
    return Dateline(None, m.group("agency"), None, m.end()) if m is not None else None


def _separator_in_date(block: str, pos: int, date: DateText | None) -> re.Match[str] | None:
    """'Lima, 4 jun.- …', 'Oaxaca, 5 de marzo.- …': the date took the full stop of the '.-' after it."""
    if date is None or not date.text.endswith(".") or block[pos - 1 : pos] != ".":
        return None
    return _STRONG_SEPARATOR.match(block, pos - 1)


def _tidy_place(place: str) -> str:
    """'MEXICO CITY' -> 'Mexico City', 'CIUDAD DE MÉXICO' -> 'Ciudad de México'; mixed case is kept."""
    return ", ".join(_tidy_part(part.strip()) for part in place.split(","))


def _tidy_part(part: str) -> str:
    if not part.replace(" ", "").isupper() or _STATE_ABBREVIATION.fullmatch(part):
        return part
    words = part.lower().split(" ")
    return " ".join(
        w if i and w in _LOWER_PARTICLES else "-".join(p.capitalize() for p in w.split("-"))
        for i, w in enumerate(words)
    )
