"""Saved HTML pages, read with trafilatura (main-text extraction plus page metadata)."""

from __future__ import annotations

import re
from typing import Any

import trafilatura

from flows.formats.base import ParsedDocument
from flows.formats.json_ld import json_ld_author

NAME = "html page"
_SIGNS = re.compile(r"<(?:!doctype\s+html|html|head|body|article)\b", re.IGNORECASE)
_PARAGRAPH_TAGS = re.compile(r"</p\s*>", re.IGNORECASE)
# htmldate compares candidate dates with today's date unless given a ceiling; a fixed one keeps the
# output independent of the day the pipeline runs.
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}


_ENOUGH_TEXT = 500
_SENTENCE_WORDS = 8


def _extract(text: str, fast: bool) -> Any:
    return trafilatura.bare_extraction(
        text,
        fast=fast,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )


class HtmlPage:
    name = NAME

    def detect(self, text: str) -> bool:
        head = text[:4096]
        return _SIGNS.search(head) is not None or len(_PARAGRAPH_TAGS.findall(head)) >= 2

    def parse(self, text: str) -> ParsedDocument:
        doc = ParsedDocument(source_format=NAME)
        extracted = _extract(text, fast=True)
        if extracted is None or len(extracted.text or "") < _ENOUGH_TEXT:
            # trafilatura's fallback extractors (readability, jusText) cost a third more and change
            # nothing on a well-formed article page: run them only when the fast pass found little.
            extracted = _extract(text, fast=False)
        if extracted is None:
            return doc
        doc.title = extracted.title or None
        doc.byline = extracted.author or json_ld_author(text)
        doc.publisher = extracted.sitename or None
        doc.url = extracted.url or None
        if extracted.date:
            doc.date_text, doc.date_evidence = extracted.date, "html metadata"
        headings, blocks = _read_tree(extracted.body)
        # The first heading is the headline, a heading right under it the deck; later ones are section heads.
        if headings and headings[0][0] == 0:
            first = headings.pop(0)[1]
            if headings and headings[0][0] == 0:
                doc.subtitle = headings.pop(0)[1]
            if doc.title is None or first == doc.title:
                doc.title = first
            else:
                headings.insert(0, (0, first))  # not the page's headline: a heading of the body
        for position, heading in reversed(headings):
            blocks.insert(position, heading)
        # A page of navigation links, captions and dates has no sentence in it: no article body.
        doc.blocks = blocks if any(len(b.split()) >= _SENTENCE_WORDS for b in blocks) else []
        return doc


def _read_tree(body: Any) -> tuple[list[tuple[int, str]], list[str]]:
    """trafilatura's main-text tree as (headings with the number of paragraphs before each, paragraphs)."""
    headings: list[tuple[int, str]] = []
    blocks: list[str] = []
    if body is None:
        return headings, blocks
    for element in body:
        if element.tag == "list":
            blocks.extend(t for item in element if (t := _text(item)))
        elif (text := _text(element)) and element.tag == "head":
            headings.append((len(blocks), text))
        elif text:
            blocks.append(text)
    return headings, blocks


def _text(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())
