"""Saved HTML pages, read with trafilatura (main-text extraction plus page metadata)."""

from __future__ import annotations

import re

import trafilatura

from flows.formats.base import ParsedDocument

NAME = "html page"
_SIGNS = re.compile(r"<(?:!doctype\s+html|html|head|body|article)\b", re.IGNORECASE)
_PARAGRAPH_TAGS = re.compile(r"</p\s*>", re.IGNORECASE)
# htmldate compares candidate dates with today's date unless given a ceiling; a fixed one keeps the
# output independent of the day the pipeline runs.
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}


class HtmlPage:
    name = NAME

    def detect(self, text: str) -> bool:
        head = text[:4096]
        return _SIGNS.search(head) is not None or len(_PARAGRAPH_TAGS.findall(head)) >= 2

    def parse(self, text: str) -> ParsedDocument:
        doc = ParsedDocument(source_format=NAME)
        extracted = trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
        if extracted is None:
            return doc
        doc.title = extracted.title or None
        doc.byline = extracted.author or None
        doc.publisher = extracted.sitename or None
        doc.url = extracted.url or None
        if extracted.date:
            doc.date_text, doc.date_evidence = extracted.date, "html metadata"
        blocks = [line.strip() for line in (extracted.text or "").split("\n") if line.strip()]
        if blocks and doc.title and blocks[0] == doc.title:
            blocks = blocks[1:]
        doc.blocks = blocks
        return doc
