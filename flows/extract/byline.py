"""Bylines: a short block such as 'By Jane Doe' or 'Por María Gómez, corresponsal'."""

from __future__ import annotations

import re
from functools import cache

from flows.extract.dates import DateText, match_date_line
from flows.extract.gazetteer import fold_word
from flows.extract.name_words import words
from flows.extract.organization_names import DATELINE_WIRES, NEWS_AGENCY_NAMES, alternation_of
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
_JOB_TITLE_MAX_WORDS = 5
# What pages call their writers under their names, folded: 'Political Correspondent', 'Periodista'.
_JOURNALIST_TITLES = words(
    "correspondent reporter writer editor columnist journalist corresponsal corresponsala redactor redactora "
    "periodista columnista editora reportero reportera"
)
# A sentence's end inside what follows 'By': not a full stop after an initial ('By LINA J. MARSH').
_SENTENCE_INSIDE = re.compile(r"(?<!\b[A-ZÁÉÍÓÚÑ])[.!?]\s+\S")
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
    if not name[:1].isupper() or _SENTENCE_INSIDE.search(name):
        return None
    return _without_wire(name)


def _without_wire(name: str) -> str:
    """The credit without the phrase that names the wire its writer works for ('Lina Marsh from the Associated
    Press', 'Ana Ruiz, de la agencia EFE'): the wire is the text's credit, read elsewhere."""
    m = _wire_after_name().search(name)
    return name[: m.start()].rstrip(" ,") if m and m.start() else name


@cache
def _wire_after_name() -> re.Pattern[str]:
    wire = alternation_of(NEWS_AGENCY_NAMES)
    # A wire after a comma or a slash is the credit as printed, and stays ('Tom Aldridge, Reuters'); a phrase
    # that joins it to the name is no part of a name.
    lead = r",?\s+(?:from|of|for|with|de|para|con)\s+(?:(?:the|la)\s+)?(?:(?:agencia|agency)\s+)?"
    return re.compile(rf"{lead}(?:{wire})\.?$", re.IGNORECASE)


def is_job_title(block: str) -> bool:
    """A journalist's title on a line of its own, as pages print it under the writer's name ('Policy
    Correspondent', 'Redactora de Economía'): a few capitalised words that name the job first or last."""
    words = block.split()
    if not 0 < len(words) <= _JOB_TITLE_MAX_WORDS or not block[:1].isupper() or block.rstrip()[-1:] in ".,;:":
        return False
    return fold_word(words[-1]) in _JOURNALIST_TITLES or fold_word(words[0]) in _JOURNALIST_TITLES


def wire_alone(credit: str) -> str | None:
    """The wire a byline names when it names nothing else ('Reuters', 'AFP', 'EFE'): pages sign wire copy with
    the agency's name where a writer's would stand; it is the text's agency, no author. Wires' acronyms of two
    letters ('PL', 'NA') are too like initials to read alone."""
    return _wires_by_fold().get(fold_word(credit.strip()))


@cache
def _wires_by_fold() -> dict[str, str]:
    return {fold_word(name): name for name in (*NEWS_AGENCY_NAMES, *DATELINE_WIRES) if len(name) > 2}


def split_closing_byline(blocks: list[str]) -> tuple[list[str], str | None]:
    """The body without a byline that closes it, and the writer's name: wire copy signs at its foot ('Por Ana
    Ruiz', 'By Jane Doe'). A name only, not a place or a slogan ('Por Colombia', 'Por la paz'), under text."""
    if len(blocks) < 2 or (name := match_byline(blocks[-1])) is None or match_bare_name(name) is None:
        return blocks, None
    return blocks[:-1], name


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
