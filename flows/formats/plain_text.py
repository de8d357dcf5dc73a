"""Plain text: an optional title line (and subtitle, byline or date line under it), then paragraphs.

This is also the fallback format: any decodable text that no other parser claims is read as plain text.
"""

from __future__ import annotations

from flows.formats.base import ParsedDocument, looks_like_heading, plain_blocks

NAME = "plain text"
_TITLE_MAX_WORDS = 25
_HEADER_LINES = 4


class PlainText:
    name = NAME

    def detect(self, text: str) -> bool:
        return True

    def parse(self, text: str) -> ParsedDocument:
        doc = ParsedDocument(source_format=NAME)
        lines = text.strip().split("\n")
        first = lines[0].strip()
        rest = lines[1:]
        if not looks_like_heading(first, _TITLE_MAX_WORDS) or not any(line.strip() for line in rest):
            doc.blocks = plain_blocks(text)
            return doc
        doc.title = first
        # The lines right under a title (subtitle, byline, date) are separate blocks even without blank
        # lines between them; the article assembler reads bylines and date lines off the first blocks.
        header: list[str] = []
        i = 0
        while i < len(rest) and rest[i].strip() and len(header) < _HEADER_LINES:
            header.append(rest[i].strip())
            i += 1
        if header and all(looks_like_heading(h, 40) for h in header):
            doc.blocks = [*header, *plain_blocks("\n".join(rest[i:]))]
        else:
            doc.blocks = plain_blocks("\n".join(rest))
        return doc
