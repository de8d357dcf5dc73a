"""Format parsers, tried in order: the first whose `detect` accepts the text parses it.

To add a format: write a module with a class that has `name`, `detect(text)` and `parse(text)`,
add its name to schemas.vocabularies.SOURCE_FORMATS, and put an instance in `FORMATS` before the
plain-text fallback.
"""

from __future__ import annotations

from flows.formats.base import Format, ParsedDocument
from flows.formats.dated_crawler import DatedCrawler
from flows.formats.html_page import HtmlPage
from flows.formats.markdown_export import MarkdownExport
from flows.formats.plain_text import PlainText

FORMATS: tuple[Format, ...] = (HtmlPage(), DatedCrawler(), MarkdownExport(), PlainText())


def parse_document(text: str) -> ParsedDocument:
    for fmt in FORMATS:
        if fmt.detect(text):
            return fmt.parse(text)
    raise AssertionError("the plain-text format accepts every text")
