"""Dates as news text prints them, in English and Spanish, and their resolution to calendar dates.

A date printed without a year ('July 18', '22 jun') is only resolved when the run has a reference
date (for example the day the files were retrieved): it becomes the latest such date not after it,
and is marked as inferred. Without one it stays unresolved rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan enero ene",
        "february feb febrero",
        "march mar marzo",
        "april apr abril abr",
        "may mayo",
        "june jun junio",
        "july jul julio",
        "august aug agosto ago",
        "september sep sept septiembre setiembre set",
        "october oct octubre",
        "november nov noviembre",
        "december dec diciembre dic",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|"
    "lunes|martes|miercoles|miércoles|jueves|viernes|sabado|sábado|domingo"
)
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|º|°)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = rf"(?:(?:{_WEEKDAYS})\.?,?\s+)?"

_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"(?P<iso>(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d))(?![\d-])",
        rf"{_WEEKDAY}{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?(?![\w])",  # July 18, 2024 / Apr 16
        rf"{_WEEKDAY}{_DAY}\s+(?:de\s+)?{_MONTH}(?:,?\s+(?:de(?:l)?\s+)?{_YEAR})?(?![\w])",  # 22 de junio de 2024
        rf"{_MONTH}\s+(?:de(?:l)?\s+)?{_YEAR}(?![\w])",  # June 2024 / junio de 2024
    )
)


@dataclass(frozen=True, slots=True)
class DateText:
    text: str  # as printed
    year: int | None
    month: int
    day: int | None


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    date: dt.date | None
    precision: str | None  # one of schemas.vocabularies.DATE_PRECISIONS, or None when date is None
    is_year_inferred: bool


def _strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))


def match_date(text: str, *, whole: bool = False) -> DateText | None:
    """The first date at the start of `text` (or the whole of it, with `whole=True`)."""
    stripped = text.strip()
    for pattern in _PATTERNS:
        m = pattern.fullmatch(stripped.rstrip(".")) if whole else pattern.match(stripped)
        if m is None:
            continue
        parsed = _from_match(m)
        if parsed is not None:
            return parsed
    return None


def _from_match(m: re.Match[str]) -> DateText | None:
    groups = m.groupdict()
    month_text = groups["month"]
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(_strip_accents(month_text.lower()))
    if month is None or not 1 <= month <= 12:
        return None
    day = int(groups["day"]) if groups.get("day") else None
    if day is not None and not 1 <= day <= 31:
        return None
    year = int(groups["year"]) if groups.get("year") else None
    text = m.group(0).strip().rstrip(",")
    if year is not None and day is not None and not _valid(year, month, day):
        return None
    return DateText(text=text, year=year, month=month, day=day)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def resolve(date_text: DateText, reference: dt.date | None) -> ResolvedDate:
    if date_text.year is not None:
        if date_text.day is None:
            return ResolvedDate(dt.date(date_text.year, date_text.month, 1), "month", False)
        return ResolvedDate(dt.date(date_text.year, date_text.month, date_text.day), "day", False)
    if reference is None or date_text.day is None:
        return ResolvedDate(None, None, False)
    # The latest such date not after the reference; 29 February walks back to a leap year.
    for year in range(reference.year, reference.year - 8, -1):
        if _valid(year, date_text.month, date_text.day):
            candidate = dt.date(year, date_text.month, date_text.day)
            if candidate <= reference:
                return ResolvedDate(candidate, "day", True)
    return ResolvedDate(None, None, False)
