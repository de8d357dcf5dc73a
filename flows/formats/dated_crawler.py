"""Crawler text dumps: a header of `key value` or `Key: value` lines, then plain text.

    date 2024-06-22 Mexico City.- Juan ...        URL: https://…
                                                  Fecha: 14/08/2023
                                                  Titulo: Canal de Panamá …

In the wild the header and the body share a line (` date 2024-06-22 Mexico City.- Juan ...`):
the bare `date` key takes exactly one ISO date, or a month alone (`date 2025-06`), and the rest of its line is
the start of the body; or the headline, when it reads as one over the text under it
(` date 2025-03-04 Sube el precio del pan` over `Valdora, 3 mar (EFE).- …`). What a crawler copied of the
page's chrome there (` date 2020-04-10 UrduPoint.com`, `Jump to content`) is dropped: it is neither.
With a colon, the keys may be English or Spanish and the value is the whole line.
"""

from __future__ import annotations

import re

from flows.clean import Heading
from flows.extract.dateline import find_dateline, place_alone
from flows.extract.dates import match_date_line
from flows.formats.base import ParsedDocument, looks_like_heading, plain_blocks
from flows.formats.page_chrome import is_page_chrome

NAME = "dated crawler text"
_BARE_DATE = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)(?![\w-])[ \t]*", re.IGNORECASE)
_TITLE_MAX_WORDS = 25  # as a plain text's headline
# A crawler keeps a page's markdown subheads as it found them ('## Un largo invierno'): up to three spaces before the
# marks, as CommonMark allows, and a closing run of marks after a space ('## Subhead ##'), which is no word of it.
_ATX_HEADING = re.compile(r"[ ]{0,3}#{1,6}[ \t]+(?P<text>\S.*?)(?:[ \t]+#+)?[ \t]*")
# A sentence's end inside a line: not a full stop after an initial or an abbreviation of one letter ('J. Smith').
_SENTENCE_INSIDE = re.compile(r"(?<!\b\w)[.!?]\s+\S")
# Bare keys: the article's fields, and the page's labels that are read and dropped ('section Deportes'), so
# that a label among the fields does not end the header there and leave the rest of it to the body.
_BARE_KEY = re.compile(
    r"^[ \t]*(title|url|author|source|section|category|tags|keywords|language)[ \t]+(\S.*)$", re.IGNORECASE
)
_DROPPED_BARE_KEYS = frozenset({"section", "category", "tags", "keywords", "language"})
_FIELDS = {
    "date": "date fecha published publicado publicada publication-date fecha-de-publicación fecha-de-publicacion",
    "title": "title título titulo titular headline subject asunto",
    "url": "url link enlace source-url canonical",
    "author": "author autor autora byline firma",
    "source": "source fuente publisher medio site sitio from de",
    # Read and dropped, so that they do not start the body; an e-mail's recipients are nobody's business.
    "": "section sección seccion category categoría categoria tags etiquetas keywords language idioma lang "
    "to para cc bcc cco reply-to responder-a sender message-id",
}
_FIELD_OF = {key.replace("-", " "): field for field, keys in _FIELDS.items() for key in keys.split()}
# Every key a header line may open with, in lower case, its words apart: a file of `key: value` lines that are
# all a header's is an article's header, not a configuration (flows/formats/code_text.py).
HEADER_KEYS = frozenset(_FIELD_OF)
_KEY_NAMES = "|".join(sorted(map(re.escape, _FIELD_OF), key=len, reverse=True))
_LABELLED_KEY = re.compile(rf"^[ \t]*(?P<key>{_KEY_NAMES})[ \t]*:[ \t]*(?P<value>\S.*)$", re.IGNORECASE)
_MAX_HEADER_LINES = 8
_EMAIL_ADDRESS = re.compile(r"<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?")
# Labelled lines count as a header only when there are two and one of them names the article itself:
# an article's first line that happens to start 'Source: …' is not a crawler's header.
_IDENTIFYING = frozenset({"date", "title", "url"})


class DatedCrawler:
    name = NAME

    def detect(self, text: str) -> bool:
        fields: list[str] = []
        for line in _header_lines(text):
            if _BARE_DATE.match(line):
                return True
            key = _key(line)
            if key is None:
                break
            fields.append(key[0])
        return len(fields) >= 2 and not _IDENTIFYING.isdisjoint(fields)

    def parse(self, text: str) -> ParsedDocument:
        doc = ParsedDocument(source_format=NAME)
        lines = text.split("\n")
        i = 0
        while i < len(lines) and i < _MAX_HEADER_LINES * 2:
            line = lines[i]
            if not line.strip():
                i += 1
                continue
            if date := _BARE_DATE.match(line):
                doc.date_text, doc.date_evidence = date.group(1), "date header"
                lines[i] = line[date.end() :]
                if is_page_chrome(lines[i]):
                    lines[i] = ""
                elif (place := place_alone(lines[i])) is not None:
                    # The dateline printed apart ('madrid'): a block of its own, named as the head's reader knows it.
                    lines[i] = place + "\n"
                    break
                elif _is_headline(lines, i):
                    doc.title, lines[i] = lines[i].strip(), ""
                elif lines[i].strip():
                    break
            elif key := _key(line):
                _set(doc, *key)
            else:
                break
            i += 1
        body = lines[i:]
        # A crawler that writes a page's subheads as markdown marks every one of them; one that writes none, none.
        doc.marks_headings = _has_atx_heading(body)
        doc.blocks = _marked_headings(plain_blocks("\n".join(_atx_apart(body) if doc.marks_headings else body)))
        if doc.title is None and doc.blocks and isinstance(doc.blocks[0], Heading):
            doc.title = str(doc.blocks.pop(0))  # the page's headline, over its text, where the header named none
        return doc


def _has_atx_heading(lines: list[str]) -> bool:
    # The first character is looked at first: nearly every crawler text is spared the searches.
    return any(line.lstrip()[:1] == "#" and _ATX_HEADING.fullmatch(line) for line in lines)


def _atx_apart(lines: list[str]) -> list[str]:
    """The body's lines with a blank line around each ATX heading ('## Subhead'), which ends at its line's end as
    Markdown reads it: a block of its own, never joined to the lines under it as a hard-wrapped paragraph's."""
    return [part for line in lines for part in (("", line, "") if _ATX_HEADING.fullmatch(line) else (line,))]


def _marked_headings(blocks: list[str]) -> list[str]:
    """A block that is an ATX heading is a subhead, without its marks: the text a markdown reader shows."""
    return [Heading(m["text"]) if (m := _ATX_HEADING.fullmatch(block)) else block for block in blocks]


def _is_headline(lines: list[str], at: int) -> bool:
    """Whether what the date line carries after its date is the headline: a line that does not end like a
    sentence nor holds the end of one (a photo's caption and credit: '… desde Leticia. Foto: Presidencia'), nor is
    a dateline ('MEXICO CITY (Reuters) -') or a place alone, as some pages print the dateline apart ('madrid',
    'Bogotá'), over text that does not continue it (a line in lower case would: the first paragraph, wrapped)."""
    rest = lines[at].strip()
    following = next((line.strip() for line in lines[at + 1 :] if line.strip()), "")
    return (
        looks_like_heading(rest, _TITLE_MAX_WORDS)
        and _SENTENCE_INSIDE.search(rest) is None
        and bool(following)
        and not following[:1].islower()
        and find_dateline(rest) is None
        and place_alone(rest) is None
    )


def _key(line: str) -> tuple[str, str] | None:
    """(field, value) of a header line; the field is '' for keys that are read and dropped."""
    if m := _LABELLED_KEY.match(line):
        return _FIELD_OF[" ".join(m.group("key").lower().split())], m.group("value").strip()
    if m := _BARE_KEY.match(line):
        key = m.group(1).lower()
        return ("" if key in _DROPPED_BARE_KEYS else key), m.group(2).strip()
    return None


def _set(doc: ParsedDocument, field: str, value: str) -> None:
    if field == "date" and doc.date_text is None and (found := match_date_line(value)) is not None:
        doc.date_text, doc.date_evidence = found.text, "date header"
    elif field == "title":
        doc.title = value
    elif field == "url":
        doc.url = value
    elif field == "author":
        doc.byline = value
    elif field == "source":
        doc.publisher = _EMAIL_ADDRESS.sub("", value).strip().strip('"') or None  # 'The Brief <brief@x.com>'


def _header_lines(text: str) -> list[str]:
    return [line for line in text.split("\n", 40)[:40] if line.strip()][:_MAX_HEADER_LINES]
