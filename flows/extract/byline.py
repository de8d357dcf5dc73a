"""Bylines: a short block such as 'By Jane Doe' or 'Por María Gómez, corresponsal'."""

from __future__ import annotations

import re

_BYLINE = re.compile(
    r"^(?:by|por|written by|escrito por|reporting by|texto de|redacción:)\s+(?P<name>\S.{1,100})$",
    re.IGNORECASE,
)
# A newsroom signs for itself: 'Redacción Internacional' and 'Redacción | Barcelona' are bylines whole.
# Capitalised words only, so that 'Redacción de la ley avanza' stays a sentence.
_NEWSROOM = re.compile(r"^(?i:redacción|redacció|redação)(?:(?:\s*[|/,]\s*|\s+)[A-ZÁÉÍÓÚÑÇ][\w'’-]*){1,4}$")
_MAX_WORDS = 14


def match_byline(block: str) -> str | None:
    if _NEWSROOM.match(block.strip()):
        return block.strip()
    m = _BYLINE.match(block.strip())
    if m is None or len(block.split()) > _MAX_WORDS:
        return None
    name = m.group("name").strip().rstrip(".")
    # A sentence that merely starts with 'By' ("By Tuesday the talks had ...") is not a byline.
    if not name[:1].isupper() or re.search(r"[.!?]\s+\S", name):
        return None
    return name
