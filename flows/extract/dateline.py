"""Datelines at the start of an article body, in the usual wire styles.

    Havana, July 18 (RHC)--          Mexico City.-            WASHINGTON (AP) —
    HAVANA, Cuba, Apr 16 (ACN)       Ciudad de México, 22 jun (Prensa Latina).-
    MONTERREY, N.L.—                 Bogotá, 9 de junio de 2024   (a line of its own)

Grammar: PLACE [, REGION] [, DATE] [(AGENCY)] SEPARATOR. To keep ordinary first sentences out,
a dateline needs a separator that only datelines use ('--', '.-', a dash) or, with a plain
hyphen or colon, some other sign: a date, an agency or an all-capitals place.
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
_LOWER_PARTICLES = frozenset(_PARTICLE.strip("(?:)").split("|"))


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str
    agency: str | None
    date: DateText | None
    end: int  # offset in the block where the article text proper begins


def find_dateline(block: str) -> Dateline | None:
    place_match = _PLACE.match(block)
    if place_match is None:
        return None
    place = place_match.group(0)
    pos = place_match.end()
    date: DateText | None = None
    # Up to two comma-separated parts follow the place: a region ('Cuba') and/or a date.
    for _ in range(2):
        if not block.startswith(",", pos):
            break
        after = block[pos + 1 :].lstrip()
        offset = len(block) - len(after)
        found = match_date(after)
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
    if m := _STRONG_SEPARATOR.match(block, pos) or _separator_in_date(block, pos, date):
        return Dateline(_tidy_place(place), agency, date, m.end())
    has_sign = date is not None or agency is not None or place.split(",")[0].isupper()
    if has_sign and (m := _WEAK_SEPARATOR.match(block, pos)):
        return Dateline(_tidy_place(place), agency, date, m.end())
    if (date is not None or agency is not None) and not block[pos:].strip(_LINE_END):
        # A dateline on a line of its own ('Bogotá, 9 de junio de 2024', 'MADRID, 4 Jun. (EUROPA PRESS) -').
        return Dateline(_tidy_place(place), agency, date, len(block))
    return None


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
