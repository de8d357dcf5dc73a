"""Bylines: a short block such as 'By Jane Doe' or 'Por María Gómez, corresponsal'."""

from __future__ import annotations

import re

from flows.extract.dates import DateText, match_date_line
from flows.extract.person_names import PARTICLES
from flows.extract.places import find_places

_BYLINE = re.compile(
    r"^(?:by|por|written by|escrito por|reporting by|texto de|redacción:)\s+(?P<name>\S.{1,100})$",
    re.IGNORECASE,
)
# A newsroom signs for itself: 'Redacción Internacional' and 'Redacción | Barcelona' are bylines whole.
# Capitalised words only, so that 'Redacción de la ley avanza' stays a sentence.
_NEWSROOM = re.compile(r"^(?i:redacción|redacció|redação)(?:(?:\s*[|/,]\s*|\s+)[A-ZÁÉÍÓÚÑÇ][\w'’-]*){1,4}$")
_MAX_WORDS = 14
# The separator before a date that shares the byline's line; splitting at the last one leaves the date whole.
_DATE_AFTER = re.compile(r"\s+[|·•–—-]\s+(?!.*\s[|·•–—-]\s)")
# A bare name of two to six words, capitalised but for particles: 'Inés Barrera', 'Juan de la Cruz'.
_CAPITALISED = r"[A-ZÁÉÍÓÚÑ][\w'’.-]*"
_PARTICLE = "|".join(sorted(PARTICLES))
_NAME = re.compile(rf"^{_CAPITALISED}(?:\s+(?:(?:{_PARTICLE})\s+)*{_CAPITALISED}){{1,5}}$")


def match_byline(block: str) -> str | None:
    if _NEWSROOM.match(block.strip()):
        return block.strip()
    m = _BYLINE.match(block.strip())
    if m is None or len(block.split()) > _MAX_WORDS:
        return None
    name = m.group("name").strip().rstrip(".*†")  # 'Por Ana Ruiz*': the mark of a footnote about the author
    # A sentence that merely starts with 'By' ("By Tuesday the talks had ...") is not a byline.
    if not name[:1].isupper() or re.search(r"[.!?]\s+\S", name):
        return None
    return name


def match_dated_byline(block: str) -> tuple[str, DateText] | None:
    """'Inés Barrera | 22 de junio de 2024', 'By Jane Doe - June 22, 2024': a byline and a date on one line."""
    if len(block.split()) > _MAX_WORDS:
        return None  # a paragraph; and the separator's look-ahead would read the rest of it at every dash
    parts = _DATE_AFTER.split(block.strip())
    if len(parts) < 2:
        return None
    head, tail = " ".join(parts[:-1]).strip(), parts[-1]
    date = match_date_line(tail)
    if date is None or not head:
        return None
    name = match_byline(head) or match_bare_name(head)
    return (name, date) if name is not None else None


def match_bare_name(block: str) -> str | None:
    """A name alone, without 'By' ('Inés Barrera'); not a place ('Ciudad de México' is no byline)."""
    text = block.strip()
    return text if _NAME.match(text) and not _is_place(text) else None


def _is_place(text: str) -> bool:
    return any(span.char_end - span.char_start == len(text) for span in find_places(text))
