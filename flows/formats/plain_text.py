"""Plain text: an optional title line (and subtitle, byline or date line under it), then paragraphs.

This is also the fallback format: any decodable text that no other parser claims is read as plain text.
"""

from __future__ import annotations

from flows.formats.base import ParsedDocument, is_header_line, looks_like_heading, plain_blocks

NAME = "plain text"
_TITLE_MAX_WORDS = 25
_SUBTITLE_MAX_WORDS = 40
_HEADER_LINES = 4


class PlainText:
    name = NAME

    def detect(self, text: str) -> bool:
        return True

    def parse(self, text: str) -> ParsedDocument:
        doc = ParsedDocument(source_format=NAME)
        lines = text.strip().split("\n")
        first = lines[0].strip()
        if not looks_like_heading(first, _TITLE_MAX_WORDS):
            doc.blocks = plain_blocks(text)
            return doc
        doc.title = first  # a headline alone, with nothing under it, leaves no body: a no-body reject
        rest = lines[1:]
        # Lines right under the title (subtitle, byline, date) count as separate blocks even without
        # blank lines between them; the article assembler reads bylines and date lines off the first blocks.
        header: list[str] = []
        while len(header) < len(rest) and rest[len(header)].strip() and len(header) < _HEADER_LINES:
            header.append(rest[len(header)].strip())
        if not header or not all(looks_like_heading(h, _SUBTITLE_MAX_WORDS) for h in header):
            doc.blocks = plain_blocks("\n".join(rest))
            return doc
        if not is_header_line(header[0]):
            doc.subtitle = header.pop(0)
        doc.blocks = [*header, *plain_blocks("\n".join(rest[len(header) + (doc.subtitle is not None) :]))]
        return doc
