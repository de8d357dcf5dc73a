"""Page footers at the end of a body: source URL, publisher name, copyright line, separators."""

from __future__ import annotations

import re
from dataclasses import dataclass

from flows.clean import SEPARATOR
from flows.extract.byline import wire_alone
from flows.extract.dateline import place_alone
from flows.extract.dates import is_time, match_date

_URL = re.compile(
    r"^(?:(?:source|fuente|original|url|link|enlace)\s*(?:url)?\s*:\s*)?<?(?P<url>https?://[^\s<>]+?)>?\.?$",
    re.IGNORECASE,
)
_YEARS = r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
# The holder's name holds no full stop but an initial's or a web address's: 'Agencia EFE, S.A.' and 'Courier.com'
# are names, 'law changed. The' is not. The year may follow it ('Copyright (c) Agencia EFE, S.A. 2012, todos los
# derechos reservados'), or come first with a dash ('© 2024 – Courier.com'). Some pages type '@' for '©' before
# the year ('@2024 – Courier.com. All Rights Reserved.').
_COPYRIGHT = re.compile(
    rf"^(?:©|\(c\)|copyright|@(?=\s*{_YEARS}))\s*(?:(?:©|\(c\))\s*)?(?:{_YEARS}\s*)?[,–—-]?\s*"
    rf"(?P<name>(?:[^.|]|(?<=\b[A-Z])\.|\.(?=(?:com|net|org|co|uk|es|mx)\b)){{2,60}}?)\s*(?:,?\s*{_YEARS})?"
    r"\s*(?:[.|,]\s*(?:all rights reserved|todos los derechos reservados)\.?)?\s*$",
    re.IGNORECASE,
)
_MAX_PUBLISHER_WORDS = 6
_MAX_OUTLET_WORDS = 3
# A numbered note at the foot of the text ('(6) Fidel Castro, …', '[2] …'): an address under it is the note's source,
# not the article's.
_NOTE = re.compile(r"^(?:\(\d{1,3}\)|\[\d{1,3}\])\s")
# The words some exports print before the publisher's name in the footer ('Story from BBC NEWS', 'Nota de La Jornada'):
# the label, not the name.
_SOURCE_LABEL = re.compile(
    r"^(?:(?:story|article|news)\s+from|(?:published|printed)\s+by|(?:nota|noticia|publicad[oa])\s+(?:de|por))\s+",
    re.IGNORECASE,
)
# The page's description of itself above its copyright line ('Harbour News is an independent online publication
# that …'): its subject is the copyright holder's name, written with spaces or as its web address.
_SELF_DESCRIPTION = re.compile(r"^(?P<name>[^\s.,;:]+(?: [^\s.,;:]+){0,3}) (?:is|es) (?:an?|una?|the|el|la)\b")
_WEB_SUFFIX = re.compile(r"\.(?:com|net|org|co|uk|es|mx)\b", re.IGNORECASE)
_MAX_SELF_DESCRIPTION_WORDS = 40  # a sentence or two

# The page's stamp of when it was made or changed, under the text: 'Date created : 2024-05-12', 'Harbour Courier
# (Valdora) First published June 3, 2024: 10:32 AM ET', 'Actualizado el 3 de junio de 2024'. A few words of the
# outlet's may stand before the label; the date follows it, perhaps with its time. Under the text only: over it,
# the head reads such lines as the date.
_DATE_STAMP = re.compile(
    r"^(?:[^\s:]+ ){0,4}?(?:date (?:created|published|modified|updated)|"
    r"(?:first |last )?(?:published|updated|modified)|"
    r"created|publicado|actualizado|modificado|fecha de (?:creaci[óo]n|publicaci[óo]n|actualizaci[óo]n))"
    r"(?: (?:on|el))?\s*:?\s*",
    re.IGNORECASE,
)
_MAX_STAMP_CHARS = 120
# A copyright line followed by the holder's notice of its rights, in one block: '© Harbour Wire 2024. Its
# redistribution is expressly prohibited without …', '© EFE 2024. Está expresamente prohibida la redistribución …'.
_RIGHTS = re.compile(
    r"\b(?:prohibid[oa]s?|prohibited|forbidden|reserved|reservados|redistribu\w+|reproduc\w+|permission|permiso|"
    r"consentimiento|consent)\b",
    re.IGNORECASE,
)
_MAX_NOTICE_WORDS = 80
# The notice's copyright line opens with the sign, or the word and the sign or the year: 'Copyright law changed
# in 2024. …' is a sentence.
_NOTICE_HEAD = re.compile(rf"(?:©|\(c\)|copyright\s*(?:©|\(c\)|{_YEARS}))", re.IGNORECASE)

# A note under the text, numbered as the marker in the text that calls it: '(1) Ana Ruiz, The Harbour, Valdora
# Press, 2013.', '[2] Port authority, annual report, 2024.' The notes of an essay or a column: references, not
# the article's prose. Only notes whose every marker the text above holds are taken: a closing paragraph that
# opens with a number in brackets, uncalled, is the text's own.
_NOTE = re.compile(r"^(?P<marker>\(\d{1,3}\)|\[\d{1,3}\])\s+\S")
_MAX_NOTE_WORDS = 80
_MAX_NOTES = 30


@dataclass(slots=True)
class Footer:
    url: str | None = None
    publisher: str | None = None


def split_footer(blocks: list[str]) -> tuple[list[str], Footer]:
    """Body blocks without the trailing footer, and what the footer said."""
    footer = Footer()
    end = len(blocks)
    while end > 0:
        block = blocks[end - 1]
        before = blocks[end - 2] if end > 1 else ""
        if block == SEPARATOR:
            end -= 1
        elif (m := _URL.match(block)) and _NOTE.match(before):
            # Under a numbered note, the note's source, not the article's address: it leaves with the notes, or
            # stays with a note the text does not call.
            if (start := _notes_start(blocks, end - 1)) is None:
                break
            end = start
        elif m := _URL.match(block):
            footer.url = footer.url or m.group("url")
            end -= 1
        elif (m := _COPYRIGHT.match(block)) or (m := _rights_notice(block)):
            footer.publisher = footer.publisher or m.group("name").strip()
            end -= 1
        elif _is_date_stamp(block):
            end -= 1
        elif (
            footer.publisher is None
            and _is_name_line(name := _SOURCE_LABEL.sub("", block, count=1))
            and (before == SEPARATOR or _URL.match(before))
        ):
            footer.publisher = name
            end -= 1
        elif footer.publisher is None and end > 2 and _is_outlet_in_capitals(block) and place_alone(before):
            # The page's place and its outlet's name in capitals, each alone, under the text ('Madrid' over
            # 'EL DIARIO'): the page's own lines, no paragraph.
            footer.publisher = block
            end -= 2
        elif footer.publisher is not None and _is_self_description(block, footer.publisher):
            end -= 1
        elif block[:1] in "([" and (start := _notes_start(blocks, end)) is not None:
            end = start
        else:
            break
    return blocks[:end], footer


def _notes_start(blocks: list[str], end: int) -> int | None:
    """The index of the first of the notes that end at `end` (see `_NOTE`), or None when they are none."""
    start, markers = end, []
    while start > 0 and len(markers) < _MAX_NOTES and (note := _NOTE.match(blocks[start - 1])):
        if len(blocks[start - 1].split(maxsplit=_MAX_NOTE_WORDS)) > _MAX_NOTE_WORDS:
            break
        markers.append(note.group("marker"))
        start -= 1
    if not markers or start == 0:
        return None
    text = "\n".join(blocks[:start])
    return start if all(marker in text for marker in markers) else None


def _rights_notice(block: str) -> re.Match[str] | None:
    """The copyright line that opens a notice of the holder's rights (see `_RIGHTS`), or None."""
    line, stop, notice = block.partition(". ")
    if not stop or not block.startswith(("©", "(c)", "(C)", "Copyright", "COPYRIGHT")) or not _NOTICE_HEAD.match(line):
        return None  # nearly every block
    if len(block.split(maxsplit=_MAX_NOTICE_WORDS)) > _MAX_NOTICE_WORDS or not _RIGHTS.search(notice):
        return None
    return _COPYRIGHT.match(line)


def _is_date_stamp(block: str) -> bool:
    """Whether `block` is the page's stamp of its date: see `_DATE_STAMP`."""
    if len(block) > _MAX_STAMP_CHARS or not any(map(str.isdigit, block)):
        return False
    label = _DATE_STAMP.match(block)
    date = match_date(block[label.end() :]) if label else None
    if label is None or date is None:
        return False
    rest = block[label.end() + len(date.text) :].strip(" ,:|-–—·")
    return not rest or is_time(rest)


def _is_outlet_in_capitals(block: str) -> bool:
    """A name of a few words in capitals, letters only, that names no wire nor place: an outlet's ('EL DIARIO');
    a wire's name there signs the text off, and a place is a dateline's."""
    words = block.split()
    return (
        0 < len(words) <= _MAX_OUTLET_WORDS
        and block.isupper()
        and all(word.isalpha() for word in words)
        and wire_alone(block) is None
        and place_alone(block) is None
    )


def _is_name_line(block: str) -> bool:
    words = block.split(maxsplit=_MAX_PUBLISHER_WORDS)  # a paragraph's other words are not made strings
    return (
        0 < len(words) <= _MAX_PUBLISHER_WORDS
        and not re.search(r"[.!?:;,\"“”«»]", block)
        and sum(w[:1].isupper() for w in words) * 2 > len(words)
    )


def _is_self_description(block: str, publisher: str) -> bool:
    """Whether `block` is the page's description of itself: see `_SELF_DESCRIPTION`."""
    m = _SELF_DESCRIPTION.match(block)
    if m is None or len(block.split(maxsplit=_MAX_SELF_DESCRIPTION_WORDS)) > _MAX_SELF_DESCRIPTION_WORDS:
        return False
    return _letters(m.group("name")) == _letters(_WEB_SUFFIX.sub("", publisher))


def _letters(name: str) -> str:
    return "".join(filter(str.isalnum, name.casefold()))
