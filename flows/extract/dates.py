"""Dates as news text prints them, in English and Spanish (and Portuguese and Catalan month names), and their
resolution to calendar dates.

A date printed without a year ('July 18', '22 jun') is only resolved when the run has a reference
date (for example the day the files were retrieved): it becomes the latest such date not after it,
and is marked as inferred. Without one it stays unresolved rather than guessed. A day alone, as a dateline
prints it ('SEVILLA, 3 (EUROPA PRESS)': the 3rd of the publication's month), says no month, and the reference
date does not say it either: it stays unresolved, its text kept. The file's own publication date, where it
states one, is the article's date (a dateline's date, with or without a month, never overrides it).

All-numeric dates are read day first or month first only where that is certain: a part above 12
decides, or else the caller says which order the text's language uses ('3/6/2024' is 3 June in
Spanish and June 3 in American English). Where neither settles it the date stays unresolved.

An update date ('Updated June 4, 10:32 a.m.', 'Actualizado: 06/02/2024') is resolved against the publication
date: one without a year is the first such date on or after the publication (it takes the publication's year,
or the next one for an update in January of an article published in December); without a publication date it
is resolved against the reference date as a publication date would be. An update dated before the publication
is no update and stays unresolved; one on the publication's own day is kept, as the publisher stated it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        # English, Spanish, then Portuguese and Catalan names that differ from those.
        "january jan enero ene janeiro gener",
        "february feb febrero fevereiro fev febrer",
        "march mar marzo março març",
        "april apr abril abr",
        "may mayo maio maig",
        "june jun junio junho juny",
        "july jul julio julho juliol",
        "august aug agosto ago agost",
        "september sep sept septiembre setiembre set setembro setembre",
        "october oct octubre outubro",
        "november nov noviembre novembro novembre",
        "december dec diciembre dic dezembro dez desembre",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|"
    "lunes|martes|miercoles|miércoles|jueves|viernes|sabado|sábado|domingo|"
    "segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|"
    "dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge"
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
        rf"{_WEEKDAY}{_DAY}\s+(?:de\s+|d['’])?{_MONTH}(?:,?\s+(?:de(?:l)?\s+)?{_YEAR})?(?![\w])",  # 22 de junio de 2024
        rf"{_MONTH}\s+(?:de(?:l)?\s+)?{_YEAR}(?![\w])",  # June 2024 / junio de 2024
        rf"{_WEEKDAY}(?P<first>[0-3]?\d)(?P<sep>[/.-])(?P<second>[0-3]?\d)(?P=sep){_YEAR}(?!\d)",  # 3/6/2024
        rf"{_YEAR}/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?![\d/])",  # 2024/06/03
    )
)
# What a date line may carry around its date: a label before it ('Publicado el', 'Published on',
# 'Fecha:') and the time after it ('- 18:20', '14:32 h', '10:15 a.m. ET', 'a las 9:00').
_LABEL_WORD = (
    r"(?:(?:(?:first|originally)\s+)?published|posted|publicad[oa]|fecha(?:\s+de\s+publicaci[oó]n)?|date|dated"
    r"|publication\s+date)"
)
_LABEL = re.compile(rf"^{_LABEL_WORD}(?:\s+(?:on|el|en))?\s*:?\s+", re.IGNORECASE)
_UPDATE_WORD = (
    r"(?:(?:last\s+)?updated|(?:last|latest)\s+update|modified|actualizad[oa]|[uú]ltima\s+actualizaci[oó]n"
    r"|modificad[oa])"
)
_UPDATE_LABEL = re.compile(rf"^{_UPDATE_WORD}(?:\s+(?:on|at|el|en|a\s+las))?\s*:?\s+", re.IGNORECASE)
# Where the update's label follows the publication's date on its line: 'Published June 3, 2024 | Updated …',
# 'Publicado: 3 de junio de 2024 · Actualizado: …', '… 14:32 - Actualizado …'.
_BEFORE_UPDATE = re.compile(rf"\s*[|·•]\s*(?={_UPDATE_WORD})|\s+[-–—]\s+(?={_UPDATE_WORD})", re.IGNORECASE)
# The other way round, where the page prints the update first: 'Updated June 4, 2024 | Published June 3, 2024'.
# The publication's date must then carry its label: after an update, a bare date may be anything's.
_BEFORE_PUBLISHED = re.compile(rf"\s*[|·•]\s*(?={_LABEL_WORD})|\s+[-–—]\s+(?={_LABEL_WORD})", re.IGNORECASE)
# A line of the two dates, their labels and times is short: a paragraph never reads as one.
_LONGEST_TWO_DATES_LINE = 160
_TIME = re.compile(
    r"(?:(?:\s*[-–—|,·•]\s*|\s+(?:a\s+las\s+|at\s+)?)"
    r"\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|hrs?\.?|h|horas)?"
    r"(?:\s*\(?(?:(?:[A-Z]{2,5}|GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})\)?)?"
    r"|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)\s*$",  # or ISO 8601's 'T08:45:00-03:00'
    re.IGNORECASE,
)
# The hours and minutes of `_TIME` are in the text's last six words: at most five spaces may follow them ('10:15
# a. m. (GMT + 3)'). Most blocks asked whether they are a date line are paragraphs, whose last words have no
# digit: looking there first spares them a search of their whole length (match_date_line 41 -> 13 µs a file).
_TIME_WORDS = 6
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class DateText:
    text: str  # as printed
    year: int | None
    month: int | None  # None for an all-numeric date whose order nothing settles, or a day printed alone
    day: int | None


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    date: dt.date | None
    precision: str | None  # one of schemas.vocabularies.DATE_PRECISIONS, or None when date is None
    is_year_inferred: bool


def _strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))


def match_date(text: str, *, whole: bool = False, day_first: bool | None = None) -> DateText | None:
    """The first date at the start of `text` (or the whole of it, with `whole=True`).

    `day_first` orders an all-numeric date that its numbers leave open; None leaves it unresolved.
    """
    stripped = text.strip()
    if whole:
        stripped = stripped.rstrip(".")  # once, not for each pattern
    for pattern in _PATTERNS:
        m = pattern.fullmatch(stripped) if whole else pattern.match(stripped)
        if m is None:
            continue
        parsed = _from_match(m, day_first)
        if parsed is not None:
            return parsed
    return None


def match_date_line(block: str, *, day_first: bool | None = None) -> DateText | None:
    """A block that is only a publication date, perhaps labelled ('Publicado el …') and timed ('… 14:32')."""
    text = _LABEL.sub("", block.strip(), count=1)
    found = match_date(text, whole=True, day_first=day_first)
    if found is None and _may_end_in_a_time(text) and (timed := _TIME.search(text)) is not None:
        found = match_date(text[: timed.start()], whole=True, day_first=day_first)
    return found


def _may_end_in_a_time(text: str) -> bool:
    return any(map(_DIGIT.search, text.rsplit(None, _TIME_WORDS)[-_TIME_WORDS:]))


def is_time(text: str) -> bool:
    """A time of day alone, as a credit line prints it after the date ('14:32 h', '07:20 PM IST')."""
    return text[:1].isdigit() and _TIME.fullmatch(" " + text.strip()) is not None


def stated_date_text(value: str | None) -> str | None:
    """The date a metadata field states ('2023-06-19T08:45:00-03:00' gives '2023-06-19'), as printed."""
    found = match_date_line(value) if value else None
    return found.text if found is not None else None


def is_update_line(block: str) -> bool:
    """'Actualizado: 05/02/2024 14:32', 'Updated June 4, 2024': when the page last changed, not its publication."""
    return match_update_line(block) is not None


def match_update_line(block: str) -> DateText | None:
    """The date of a block that is only an update date ('Last updated: June 4, 2024 at 3:10 p.m. ET')."""
    stripped = block.strip()
    label = _UPDATE_LABEL.match(stripped)
    return match_date_line(stripped[label.end() :]) if label is not None else None


def match_published_and_updated(block: str) -> tuple[DateText, DateText] | None:
    """The publication's and the update's dates of a line that gives both, in either order
    ('Published June 3, 2024 | Updated June 4, 2024', 'Actualizado: 4 de junio de 2024 · Publicado: 3 de …')."""
    if len(block) > _LONGEST_TWO_DATES_LINE:
        return None
    if (both := _dates_either_side(block, _BEFORE_UPDATE, match_date_line, match_update_line)) is not None:
        return both
    if _UPDATE_LABEL.match(block.lstrip()) is None:
        return None
    update_first = _dates_either_side(block, _BEFORE_PUBLISHED, match_update_line, match_date_line)
    return (update_first[1], update_first[0]) if update_first is not None else None


def _dates_either_side(
    block: str,
    separators: re.Pattern[str],
    read_first: Callable[[str], DateText | None],
    read_second: Callable[[str], DateText | None],
) -> tuple[DateText, DateText] | None:
    """The dates `read_first` reads before one of the `separators` and `read_second` after it, in that order."""
    for between in separators.finditer(block):
        first = read_first(block[: between.start()])
        second = read_second(block[between.end() :]) if first is not None else None
        if first is not None and second is not None:
            return first, second
    return None


def _from_match(m: re.Match[str], day_first: bool | None) -> DateText | None:
    groups = m.groupdict()
    if groups.get("first") is not None:
        return _numeric(m, day_first)
    month_text = groups["month"]
    name = month_text.lower()
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(name, _MONTHS.get(_strip_accents(name)))
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


def _numeric(m: re.Match[str], day_first: bool | None) -> DateText | None:
    first, second, year = int(m.group("first")), int(m.group("second")), int(m.group("year"))
    if first > 12 or (day_first and second <= 12):
        day, month = first, second
    elif second > 12 or day_first is False:
        day, month = second, first
    else:
        return DateText(text=m.group(0), year=year, month=None, day=None)
    if not (1 <= month <= 12 and _valid(year, month, day)):
        return None
    return DateText(text=m.group(0), year=year, month=month, day=day)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def resolve(date_text: DateText, reference: dt.date | None) -> ResolvedDate:
    if date_text.month is None:
        return ResolvedDate(None, None, False)
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


def resolve_update(update: DateText, published: ResolvedDate | None, reference: dt.date | None) -> dt.date | None:
    """The date of an update, or None when it cannot be resolved or is dated before the publication."""
    if published is None or published.date is None:
        return resolve(update, reference).date
    if update.month is None:
        return None
    if update.year is None:
        return _first_on_or_after(update, published.date)
    date = resolve(update, None).date
    return date if date is not None and not _before(date, update.day is None, published.date) else None


def _first_on_or_after(update: DateText, published: dt.date) -> dt.date | None:
    if update.month is None or update.day is None:
        return None
    # 29 February walks on to a leap year, as a publication date's inference walks back to one.
    for year in range(published.year, published.year + 8):
        if _valid(year, update.month, update.day) and dt.date(year, update.month, update.day) >= published:
            return dt.date(year, update.month, update.day)
    return None


def _before(update: dt.date, month_only: bool, published: dt.date) -> bool:
    """Whether the update precedes the publication; an update of a month ('Updated June 2024') only when the
    month does."""
    return (update.year, update.month) < (published.year, published.month) if month_only else update < published
