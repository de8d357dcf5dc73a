"""Plain text: an optional title line (and subtitle, byline or date line under it), then paragraphs.

This is also the fallback format: any decodable text that no other parser claims is read as plain text.
"""

from __future__ import annotations

import itertools

from flows.extract.notes import is_publisher_note
from flows.formats.base import ParsedDocument, is_header_line, is_separator, looks_like_heading, plain_blocks

NAME = "plain text"
_TITLE_MAX_WORDS = 25
# Some papers write headlines of 30 words and more ('De comparar la dolarización con una pizza a explicar por
# qué …'). A line that long is the title only when a blank line sets it apart from the text under it.
_SET_APART_TITLE_MAX_WORDS = 45
_SUBTITLE_MAX_WORDS = 40
_HEADER_LINES = 4
_KICKER_MAX_WORDS = 2  # three capitalised words may be a headline: "MÉXICO ELIGE PRESIDENTA"


class PlainText:
    name = NAME

    def detect(self, text: str) -> bool:
        return True

    def parse(self, text: str) -> ParsedDocument:
        doc = ParsedDocument(source_format=NAME)
        lines = text.strip().split("\n")
        above, lines = _above_the_headline(lines)
        first = lines[0].strip() if lines else ""
        if not looks_like_heading(first, _title_max_words(lines)):
            doc.blocks = [*above, *plain_blocks("\n".join(lines))]
            return doc
        doc.title = first  # a headline alone, with nothing under it, leaves no body: a no-body reject
        rest = lines[1:]
        if rest and is_separator(rest[0]):
            rest = rest[1:]  # the headline's underline ('=====', as Markdown's setext headings write it)
        # Lines right under the title (subtitle, byline, date) count as separate blocks even without
        # blank lines between them; the article assembler reads bylines and date lines off the first blocks.
        header: list[str] = []
        while (
            len(header) < min(len(rest), _HEADER_LINES) and rest[len(header)].strip() and not _wraps(rest, len(header))
        ):
            header.append(rest[len(header)].strip())
        if not header or not all(looks_like_heading(h, _SUBTITLE_MAX_WORDS) for h in header):
            doc.blocks = [*above, *plain_blocks("\n".join(rest))]
            return doc
        if not is_header_line(header[0]) and not is_publisher_note(header[0]):
            doc.subtitle = header.pop(0)
        doc.blocks = [*above, *header, *plain_blocks("\n".join(rest[len(header) + (doc.subtitle is not None) :]))]
        return doc


def _title_max_words(lines: list[str]) -> int:
    set_apart = len(lines) > 1 and not lines[1].strip()
    return _SET_APART_TITLE_MAX_WORDS if set_apart else _TITLE_MAX_WORDS


def _wraps(lines: list[str], at: int) -> bool:
    """Whether the line at `at` belongs to a hard-wrapped paragraph: it starts in lower case, or the line under
    it does. A deck, a byline or a date line is never continued on a line that starts in lower case."""
    following = lines[at + 1].strip() if at + 1 < len(lines) else ""
    return lines[at].strip()[:1].islower() or following[:1].islower()


def _above_the_headline(lines: list[str]) -> tuple[list[str], list[str]]:
    """Bylines and dates printed above the headline (kept for the article assembler), and the lines from the
    headline on. A kicker, a short all-capitals section label such as 'INTERNACIONAL', is dropped."""
    above: list[str] = []
    kicker = False
    i = 0
    while i < len(lines) and len(above) < _HEADER_LINES:
        line = lines[i].strip()
        if line and is_header_line(line):
            above.append(line)
        elif line and not kicker and _is_kicker(line, lines, i + 1):
            kicker = True  # one label at most: a run of short capitalised lines is text, not labels
        elif line:
            break
        i += 1
    return above, lines[i:]


def _is_kicker(line: str, lines: list[str], after: int) -> bool:
    following = next((rest.strip() for rest in itertools.islice(lines, after, None) if rest.strip()), "")
    words = line.split()
    return len(words) <= _KICKER_MAX_WORDS and line.isupper() and looks_like_heading(following, _TITLE_MAX_WORDS)
