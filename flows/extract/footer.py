"""Page footers at the end of a body: source URL, publisher name, copyright line, separators."""

from __future__ import annotations

import re
from dataclasses import dataclass

from flows.clean import SEPARATOR

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
        elif (m := _URL.match(block)) and not _NOTE.match(before):
            footer.url = footer.url or m.group("url")
            end -= 1
        elif m := _COPYRIGHT.match(block):
            footer.publisher = footer.publisher or m.group("name").strip()
            end -= 1
        elif (
            footer.publisher is None
            and _is_name_line(name := _SOURCE_LABEL.sub("", block, count=1))
            and (before == SEPARATOR or _URL.match(before))
        ):
            footer.publisher = name
            end -= 1
        elif footer.publisher is not None and _is_self_description(block, footer.publisher):
            end -= 1
        else:
            break
    return blocks[:end], footer


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
