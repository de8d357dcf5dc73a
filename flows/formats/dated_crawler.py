"""Crawler text dumps: a header of `key value` lines (at least ` date YYYY-MM-DD`) then plain text.

In the wild the header and the body share a line (` date 2024-06-22 Mexico City.- Juan ...`):
the date key takes exactly one ISO date and the rest of its line is the start of the body.
"""

from __future__ import annotations

import re

from flows.formats.base import ParsedDocument, plain_blocks

NAME = "dated crawler text"
_DATE_KEY = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*", re.IGNORECASE)
_OTHER_KEY = re.compile(r"^[ \t]*(title|url|author|source)[ \t]+(\S.*)$", re.IGNORECASE)
_MAX_HEADER_LINES = 6


class DatedCrawler:
    name = NAME

    def detect(self, text: str) -> bool:
        for line in _header_lines(text):
            if _DATE_KEY.match(line):
                return True
            if not _OTHER_KEY.match(line):
                return False
        return False

    def parse(self, text: str) -> ParsedDocument:
        doc = ParsedDocument(source_format=NAME)
        lines = text.split("\n")
        i = 0
        while i < len(lines) and i < _MAX_HEADER_LINES * 2:
            line = lines[i]
            if not line.strip():
                i += 1
                continue
            if date := _DATE_KEY.match(line):
                doc.date_text, doc.date_evidence = date.group(1), "date header"
                lines[i] = line[date.end() :]
                if lines[i].strip():
                    break
            elif key := _OTHER_KEY.match(line):
                field, value = key.group(1).lower(), key.group(2).strip()
                if field == "title":
                    doc.title = value
                elif field == "url":
                    doc.url = value
                elif field == "author":
                    doc.byline = value
                else:
                    doc.publisher = value
            else:
                break
            i += 1
        doc.blocks = plain_blocks("\n".join(lines[i:]))
        return doc


def _header_lines(text: str) -> list[str]:
    return [line for line in text.split("\n", 40)[:40] if line.strip()][:_MAX_HEADER_LINES]
