"""One article as a JSON object: what crawlers and content systems export.

news-please writes `title`, `maintext`, `authors`, `date_publish`; trafilatura's JSON output `title`, `text`,
`author`, `date`; a schema.org NewsArticle `headline`, `articleBody`, `author: {name}`, `datePublished`; the
WordPress REST API `title: {rendered}` and `content: {rendered}` in HTML. The field names are read alike,
whichever of them a file uses, and a body in HTML is read as a page's would be. When the article last changed
is read alike from the field that says so (`dateModified`, news-please's `date_modify`, WordPress's `modified`,
`updated_at`, …), never from the publication's.

A JSON array of several articles, or JSON lines, is not one article: the file is turned away with a reason
that says so, never read as a text whose body is JSON.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, NamedTuple

from flows.errors import Rejected
from flows.extract.dates import match_date_line, stated_date_text
from flows.formats.base import ParsedDocument
from flows.formats.fragments import body_blocks, is_html_body, plain_field, stated_deck
from flows.formats.front_matter import first_text

NAME = "json article"
_OPENING = re.compile(r"\A\s*[\[{]")
# `{"` or `[{"` opens nothing but JSON: such a text that does not decode is a damaged export, not prose.
_MEANT_AS_JSON = re.compile(r'\A\s*(?:\[\s*)?\{\s*"')
_KEYS = {
    "body": ("maintext", "articlebody", "article_body", "text", "body", "content", "raw_text", "fulltext", "full_text"),
    "title": ("title", "headline", "title_page", "title_rss"),
    "subtitle": ("description", "summary", "excerpt", "subtitle", "deck", "alternativeheadline", "standfirst"),
    "byline": ("authors", "author", "byline", "creator"),
    "date": (
        "date_publish",
        "datepublished",
        "date_published",
        "published",
        "publishdate",
        "publish_date",
        "published_at",
        "pubdate",
        "date",
        "created",
    ),
    "updated": (
        "datemodified",
        "date_modified",
        "date_modify",
        "modified",
        "updated_at",
        "updated",
        "date_updated",
        "last_modified",
        "lastmod",
    ),
    "url": ("url", "canonical_url", "link", "permalink", "source_url"),
    "publisher": ("publisher", "site_name", "sitename"),
}


class JsonArticle:
    name = NAME

    def detect(self, text: str) -> bool:
        if _OPENING.match(text) is None:
            return False
        return _MEANT_AS_JSON.match(text) is not None or _decoded(text).error is None

    def parse(self, text: str) -> ParsedDocument:
        decoded = _decoded(text)
        if decoded.error is not None:
            raise Rejected(
                "malformed-export",
                f"The file starts as a JSON object but is not valid JSON: {decoded.error}. Re-export the article.",
            )
        values = _article_object(decoded.value)
        doc = ParsedDocument(source_format=NAME)
        fields = {field: first_text(values, keys) for field, keys in _KEYS.items()}
        fields = {field: plain_field(value) if value and field != "body" else value for field, value in fields.items()}
        doc.title, doc.subtitle, doc.byline = fields["title"], fields["subtitle"], fields["byline"]
        doc.url, doc.publisher = fields["url"], fields["publisher"]
        date = match_date_line(fields["date"]) if fields["date"] else None
        if date is not None:
            doc.date_text, doc.date_evidence = date.text, "json metadata"
        doc.updated_date_text = stated_date_text(fields["updated"])
        body = fields["body"]
        if body is None:
            raise Rejected("no-body", f"A JSON object with no article text in it: none of the fields {_body_fields()}.")
        doc.blocks = body_blocks(body, doc.title)
        doc.marks_headings = is_html_body(body)
        doc.subtitle = stated_deck(doc.subtitle, doc.blocks)
        return doc


class _Decoded(NamedTuple):
    value: Any
    error: str | None  # why the text is not JSON, where it is not


@lru_cache(maxsize=1)  # detect() and parse() ask in turn about the same text
def _decoded(text: str) -> _Decoded:
    """The JSON value the whole text is. JSON lines decode to a list of their objects."""
    try:
        return _Decoded(json.loads(text), None)
    except RecursionError:
        return _Decoded(None, "nested too deep")
    except ValueError as error:
        if not (text.lstrip().startswith("{") and getattr(error, "msg", "") == "Extra data"):
            return _Decoded(None, str(error))
    try:
        return _Decoded([json.loads(line) for line in text.splitlines() if line.strip()], None)
    except RecursionError:
        return _Decoded(None, "nested too deep")
    except ValueError as error:
        return _Decoded(None, f"as JSON lines: {error}")


def _article_object(value: Any) -> dict[str, Any]:
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        raise Rejected(
            "several-articles",
            f"A JSON array or JSON lines of {len(value):,} items; newstables reads one article per file. "
            "Write each article to a file of its own.",
        )
    if not isinstance(value, dict):
        kind = _JSON_TYPES.get(type(value), "value")
        raise Rejected("no-body", f"A JSON {kind}, not an object with an article's fields.")
    # WordPress writes {"title": {"rendered": "…"}}; lower-case keys, as other exporters spell them alike.
    return {
        key.lower(): item["rendered"] if isinstance(item, dict) and "rendered" in item else item
        for key, item in value.items()
    }


_JSON_TYPES = {str: "string", int: "number", float: "number", bool: "boolean", type(None): "null", list: "array"}


def _body_fields() -> str:
    return ", ".join(_KEYS["body"])
