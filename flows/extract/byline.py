"""Bylines: a short block such as 'By Jane Doe' or 'Por María Gómez, corresponsal'."""

from __future__ import annotations

import re
from functools import cache

from flows.extract.dates import DateText, is_time, match_date_line
from flows.extract.gazetteer import fold_word
from flows.extract.given_names import is_given_name
from flows.extract.name_words import words
from flows.extract.organization_names import (
    COMPANY_WORDS,
    DATELINE_WIRES,
    HEAD_WORDS,
    NEWS_AGENCIES,
    NEWS_AGENCY_NAMES,
    alternation_of,
)
from flows.extract.person_names import PARTICLES
from flows.extract.places import find_places

_BYLINE = re.compile(
    r"^(?:(?:by|por|written by|escrito por|reporting by|texto de):?|redacción:)\s+(?P<name>\S.{1,100})$",
    re.IGNORECASE,
)
# A newsroom signs for itself: 'Redacción Internacional' and 'Redacción | Barcelona' are bylines whole.
# Capitalised words only, so that 'Redacción de la ley avanza' stays a sentence.
_NEWSROOM = re.compile(r"^(?i:redacción|redacció|redação)(?:(?:\s*[|/,]\s*|\s+)[A-ZÁÉÍÓÚÑÇ][\w'’-]*){0,4}$")
_MAX_WORDS = 14
_CREDIT_LINE_MAX_WORDS = 20  # its separators count among its words
_JOB_TITLE_MAX_WORDS = 5
# What pages call their writers under their names, folded: 'Political Correspondent', 'Periodista'.
_JOURNALIST_TITLES = words(
    "correspondent reporter writer editor columnist journalist corresponsal corresponsala redactor redactora "
    "periodista columnista editora reportero reportera"
)
# A sentence's end inside what follows 'By': not a full stop after an initial ('By LINA J. MARSH').
_SENTENCE_INSIDE = re.compile(r"(?<!\b[A-ZÁÉÍÓÚÑ])[.!?]\s+\S")
# A byline in brackets closing the text, after its last sentence: '… los casos. (Por Ana Ruiz)'.
_BRACKETED_BYLINE = re.compile(r"(?:^|(?<=[.!?\"”»]\s))\((?P<credit>(?i:por|by)\s[^()]{3,60})\)\s*$")
_LONGEST_BRACKETED_BYLINE = 80
# The parts of a credit line, each between separators: 'Ana Ruiz · Diario Sur · 3 de junio de 2024 · 14:32 h'.
_PARTS = re.compile(r"\s+[|·•–—-]\s+")
# What may follow the date on a credit line: the time ('14:32 h', '07:20 PM IST') or the reading time.
_READING_TIME = re.compile(r"^\d{1,3}\s*min(?:s|utes?|utos?)?\.?\s+(?:read|de\s+lectura|lectura)$", re.IGNORECASE)
# An outlet's or a section's name before the date: 'CBS News', 'Internacional', 'Economía y negocios'.
_LABEL_MAX_WORDS = 4
# 'Publicado el 3 de junio de 2024 por Ana Ruiz', 'Posted June 3, 2024 by Jane Doe': the name after the date.
_NAMED_AFTER_DATE = re.compile(r"\s(?=(?:by|por)\s)", re.IGNORECASE)
# Words that make a capitalised pair an outlet or a body, not a writer ('CBS News', 'Agency News'), folded.
_OUTLET_WORDS = HEAD_WORDS | COMPANY_WORDS
# The word for an agency before a wire's name, folded: 'Agencia EFE'.
_AGENCY_WORDS = words("agencia agency")
# The articles an outlet's name may open with: 'La Voz', 'El Norte', 'The Courier', folded.
_ARTICLES = words("la el las los the")
# A bare name of two to six words, capitalised but for particles: 'Inés Barrera', 'Juan de la Cruz'.
_CAPITALISED = r"[A-ZÁÉÍÓÚÑ][\w'’.-]*"
_PARTICLE = "|".join(sorted(PARTICLES))
# The most words of each line of a name broken over two ('Luz Marina' over 'Ortega Salcedo').
_NAME_LINE_WORDS = 2
# Between the writers of one credit line: 'Ana Ruiz and Tom Lee', 'Ana Ruiz, Luis Gil y Eva Sanz'.
_WRITERS_APART = re.compile(r",\s+(?:and\s+|y\s+)?|\s+(?:and|y|&)\s+")
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
    folded = fold_word(credit.strip())
    word, _, rest = folded.partition(" ")
    # 'Agencia EFE', 'Agencia Andina': the wire's name after the word for an agency gives the name, as the wire's
    # sign-offs and datelines print it ('Agence France-Presse' stays whole: 'France-Presse' is no wire's name).
    wires = _wires_by_fold()
    return wires.get(rest) if word in _AGENCY_WORDS and rest in wires else wires.get(folded)


@cache
def _wires_by_fold() -> dict[str, str]:
    # Where two forms fold alike ('EFE', 'Efe'), the agency's own name is given, whatever the order of a set.
    aliases = [alias for _, written in NEWS_AGENCIES for alias in written]
    names = (*DATELINE_WIRES, *aliases, *(name for name, _ in NEWS_AGENCIES))
    return {fold_word(name): name for name in names if len(name) > 2}


@cache
def _short_aliases() -> dict[str, str]:
    """The listed agencies' acronyms of two letters, which `wire_alone` leaves out, as printed: 'AP'."""
    return {alias: alias for _, written in NEWS_AGENCIES for alias in written if len(alias) == 2}


def split_closing_byline(blocks: list[str]) -> tuple[list[str], str | None]:
    """The body without a byline that closes it, and the writer's name: wire copy signs at its foot ('Por Ana
    Ruiz', 'By Jane Doe'), on a line of its own or in brackets after the last sentence ('… a bajar los casos.
    (Por Ana Ruiz)'). A name only, not a place or a slogan ('Por Colombia', 'Por la paz'), under text."""
    if len(blocks) < 2:
        return blocks, None
    last = blocks[-1]
    bracketed = _BRACKETED_BYLINE.search(last, max(0, len(last) - _LONGEST_BRACKETED_BYLINE))
    signed = bracketed.group("credit") if bracketed else last
    if (name := match_byline(signed)) is None or match_bare_name(name) is None:
        return blocks, None
    rest = last[: len(last) - len(bracketed.group(0))].rstrip() if bracketed else ""
    return [*blocks[:-1], *((rest,) if rest else ())], name


def match_dated_byline(block: str) -> tuple[str | None, DateText] | None:
    """A credit line: a byline, an outlet or a section and a date on one line, the date perhaps followed by its
    time or the reading time, or by the name that signs the line ('Inés Barrera | 22 de junio de 2024', 'By Jane
    Doe - June 22, 2024', 'Jane Doe · CBS News · June 22, 2024 · 1 min read', 'Redacción LR | 22 Jun 2024 | 14:32
    h', 'Internacional | 22 de junio de 2024', 'Deportes · 22 de junio de 2024 · La Voz'), or a date line that
    names the writer after the date ('Publicado el 22 de junio de 2024 por Redacción Sur'). The writer's name,
    None when the line names none (a section, an outlet), and the date.

    Before the date, all the parts together may be the byline as printed ('Redacción | Barcelona'); else each
    must be a short label, and the writer is the one a 'By'/'Por' or a newsroom signs, or the first part when it
    is a name that opens with a given name and holds no outlet's word ('Jane Doe', not 'Agency News' nor
    'Medio Ambiente'), or else the wire a part names alone ('Reuters'), which credits the text to it."""
    if len(block.split()) > _CREDIT_LINE_MAX_WORDS:
        return None  # a paragraph; and the separators would be looked for all along it
    text = block.strip()
    if (named := _named_after_date(text)) is not None:
        return named
    cuts = list(_PARTS.finditer(text))
    if not cuts:
        return None
    starts, ends = [0, *(cut.end() for cut in cuts)], [*(cut.start() for cut in cuts), len(text)]
    parts = [text[start:end] for start, end in zip(starts, ends, strict=True)]
    at, date = next(((at, date) for at in range(1, len(parts)) if (date := match_date_line(parts[at]))), (0, None))
    after = parts[at + 1 :]
    # The signature last, after the date, as some exports print it ('Deportes · 2 de enero de 2024 · La Voz').
    signed = after.pop() if after and not _follows_date(after[-1]) and _signs(after[-1]) else None
    if date is None or not all(_follows_date(part) for part in after):
        return None
    before = text[: ends[at - 1]]
    # The shape a byline and a date share a line in ('Inés Barrera | 22 de junio de 2024'): a name alone.
    name = match_byline(before) or (_bare_writer(before) if at == len(parts) - 1 else None)
    if name is not None:
        return name, date
    labels = parts[:at]
    if not all(_is_label(label) for label in labels):
        return None
    return _writer(labels) or signed, date


def _signs(part: str) -> bool:
    """A name that may sign a credit line after its date: a writer's, an outlet's, a wire's; not a label of one
    word ('Actualizado')."""
    return match_bare_name(part) is not None or wire_alone(part) is not None


def _bare_writer(text: str) -> str | None:
    """A name alone that names no outlet ('Jane Doe', not 'CBS News')."""
    name = match_bare_name(text)
    return name if name is not None and not any(fold_word(word) in _OUTLET_WORDS for word in name.split()) else None


def is_reading_time_line(block: str) -> bool:
    """The time a page says its article takes to read, alone or after the section's or the outlet's name ('4 min
    read', 'Nación · 3 min de lectura'): the page's, neither the head's nor the text's."""
    if len(block.split()) > _CREDIT_LINE_MAX_WORDS:
        return False
    *labels, last = _PARTS.split(block.strip())
    return _READING_TIME.match(last) is not None and all(map(_is_label, labels))


def _named_after_date(text: str) -> tuple[str, DateText] | None:
    for cut in _NAMED_AFTER_DATE.finditer(text):
        date = match_date_line(text[: cut.start()])
        if date is not None:
            name = match_byline(text[cut.end() :])
            return (name, date) if name is not None else None
    return None


def _follows_date(part: str) -> bool:
    return is_time(part) or _READING_TIME.match(part) is not None


def _is_label(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= _LABEL_MAX_WORDS and part[:1].isupper() and part[-1:] not in ".,;:"


def _writer(labels: list[str]) -> str | None:
    """The writer among the labels before a credit line's date: see `match_dated_byline`."""
    for label in labels:
        if (name := match_byline(label)) is not None:
            return name
    first = labels[0]
    if _bare_writer(first) is not None and is_given_name(first.split()[0]):
        return first
    return next((label for label in labels if wire_alone(label) is not None), None)


def match_wire_credit(block: str) -> tuple[str, str] | None:
    """The writers and the wire of a credit line that a site reprinting wire copy prints without 'By' ('Ana Ruiz
    and Tom Lee / AP', 'Ana Ruiz y Luis Gil / EFE'): people's names, one at least opening with a known given
    name, then a slash and a listed wire's name alone. The writers, as printed, and the wire."""
    names, slash, credited = block.strip().rpartition(" / ")
    if not slash or len(block.split()) > _MAX_WORDS:
        return None
    # After the writers and a slash a listed agency's acronym of two letters is no initial ('… / AP').
    wire = wire_alone(credited) or _short_aliases().get(credited)
    if wire is None:
        return None
    writers = _WRITERS_APART.split(names)
    # Every writer a name, one at least opening with a known given name: 'Pros and Cons / AP' names nobody.
    if not all(match_bare_name(name) is not None for name in writers):
        return None
    if not any(is_given_name(name.split()[0]) for name in writers):
        return None
    return names, wire


def name_over_two_lines(first: str, second: str) -> str | None:
    """A writer's name that a page's narrow column broke over two lines, nothing else on them: the given names
    ('Luz Marina'), then the surnames ('Ortega Salcedo'). The name, on one line. The first line must hold known
    given names only, and the second open with none: two people's names, one a line, are a list, not one name."""
    given, surnames = first.split(), second.split()
    if not 0 < len(given) <= _NAME_LINE_WORDS or not 0 < len(surnames) <= _NAME_LINE_WORDS:
        return None
    if not all(map(is_given_name, given)) or is_given_name(surnames[0]):
        return None
    return match_bare_name(f"{first.strip()} {second.strip()}")


def split_outlet(credit: str) -> tuple[str, str | None]:
    """A byline without the outlet printed after it ('Redacción | La Voz del Sur', 'Ana Ruiz - The Daily Post'),
    and the outlet; a place there stays in the byline ('Redacción | Barcelona')."""
    *names, last = _PARTS.split(credit)
    return (credit[: -len(last)].rstrip(" |·•–—-"), last) if names and is_outlet_name(last) else (credit, None)


def match_outlet_date(block: str) -> tuple[str, DateText] | None:
    """A line of the head with an outlet's name and the date after a comma ('La Voz del Sur, 3 de junio de
    2024', 'The Daily Post, June 3, 2024'): where the paper was printed, no dateline. A place there is one
    ('La Paz, 3 de junio de 2024')."""
    name, comma, rest = block.strip().partition(",")
    if not comma or len(name.split()) > _LABEL_MAX_WORDS + 1 or not is_outlet_name(name):
        return None
    date = match_date_line(rest.strip())
    return (name, date) if date is not None and date.text == rest.strip() else None


def is_outlet_name(text: str) -> bool:
    """A newspaper's or a site's name: capitalised words that open with an article and are no place ('La Voz
    del Sur', 'The Daily Post', not 'La Paz'), or that hold an outlet's word ('Valley News', 'Metro Times')."""
    name = match_bare_name(text)
    if name is None:
        return False
    first, *rest = name.split()
    return (fold_word(first) in _ARTICLES and bool(rest)) or any(fold_word(word) in _OUTLET_WORDS for word in rest)


def match_bare_name(block: str) -> str | None:
    """A name alone, without 'By' ('Inés Barrera'); not a place ('Ciudad de México' is no byline)."""
    text = block.strip()
    return text if _NAME.match(text) and not _is_place(text) else None


def _is_place(text: str) -> bool:
    return any(span.char_end - span.char_start == len(text) for span in find_places(text))
