"""An article as an item of an RSS or Atom feed, as crawlers save what a site syndicates.

RSS 2.0 (`<rss><channel><item>`: `title`, `link`, `pubDate`, `dc:creator` or `author`, `description`,
`content:encoded`), RSS 1.0 (`<rdf:RDF><item>`, `dc:date`) and Atom (`<feed><entry>`: `title`, `link href`,
`published` or `updated`, `author/name`, `summary`, `content`). The item's HTML is read as a page's; the
channel's title is the publisher. An item's `updated` or `modified` (Atom's `updated`, Dublin Core's `modified`)
is when it last changed, read beside the publication date from `pubDate`, `published` or `date`; an item dated
by its `updated` alone has that as its publication date and no update. A feed of several items is several
articles: the file is turned away with a reason that says so, never read as one article.

Read with lxml, which trafilatura brings, without loading a DTD or reaching the network, and without
expanding entities: entity expansion is how XML files are made to explode (libxml2 then stops at its
amplification limit, and the file is a `malformed-export`).
"""

from __future__ import annotations

import re

from lxml import etree

from flows.errors import Rejected
from flows.extract.dates import match_date_line, stated_date_text
from flows.formats.base import ParsedDocument
from flows.formats.fragments import body_blocks, is_html_body, plain_field

NAME = "feed item"
# The root element, after an XML declaration, comments and a document type (RSS 0.91 names Netscape's DTD):
# an RSS, RSS 1.0 (RDF) or Atom feed.
_ROOT = re.compile(
    r"\A\s*(?:<\?xml[^<>]*\?>\s*)?(?:<!--(?:[^-]|-(?!->)){0,2000}-->\s*)*"
    r"(?:<!DOCTYPE\s[^<>\[]*(?:\[[^\]]*\])?\s*>\s*)?(?:<!--(?:[^-]|-(?!->)){0,2000}-->\s*)*<(?:rss|feed|rdf:RDF)\b"
)
_DECLARATION = re.compile(r"\A\s*<\?xml[^<>]*\?>")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_ITEM = "*[local-name()='item' or local-name()='entry']"
# An item's fields by their local names, whatever their namespace, in order of preference.
_TITLE = ("title",)
_BODY = ("encoded", "content", "description", "summary")  # content:encoded is RSS's full text
_DECK = ("description", "summary")
_UPDATED = ("updated", "modified")
_DATE = ("pubDate", "published", "date", "issued", "created", *_UPDATED)
_AUTHOR = ("creator", "author")


class FeedItem:
    name = NAME

    def detect(self, text: str) -> bool:
        return _ROOT.match(text[:8192]) is not None

    def parse(self, text: str) -> ParsedDocument:
        try:
            # lxml takes no text that declares its encoding: the text is decoded already.
            root = etree.fromstring(_DECLARATION.sub("", text, count=1), _PARSER)
        except etree.XMLSyntaxError as error:
            raise Rejected(
                "malformed-export", f"The file starts as an RSS or Atom feed but is not valid XML: {error}."
            ) from None
        items = root.xpath(f"//{_ITEM}")
        if len(items) != 1:
            raise Rejected(
                "several-articles" if items else "no-body",
                f"A feed of {len(items):,} items; newstables reads one article per file. Write each item to a file "
                "of its own."
                if items
                else "A feed without an item or entry: no article in it.",
            )
        item = items[0]
        doc = ParsedDocument(source_format=NAME)
        doc.title = _field(item, _TITLE)
        doc.url = _link(item)
        doc.byline = _author(item)
        channel = root.find("{*}channel")  # RSS; an Atom feed's own title is the root's
        doc.publisher = _field(root if channel is None else channel, _TITLE)
        date, date_name = _field_and_name(item, _DATE)
        if date and (found := match_date_line(date)):
            doc.date_text, doc.date_evidence = found.text, "feed metadata"
        if date_name not in _UPDATED:
            doc.updated_date_text = stated_date_text(_field(item, _UPDATED))
        body, body_name = _text_and_name(item, _BODY)
        if body is None:
            raise Rejected("no-body", "A feed item with no text: no content, description or summary.")
        deck = _field(item, tuple(name for name in _DECK if name != body_name))
        doc.subtitle = deck if deck and deck != doc.title else None
        doc.blocks = body_blocks(body, doc.title)
        doc.marks_headings = is_html_body(body)
        return doc


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in element if isinstance(child.tag, str) and etree.QName(child).localname == name]


def _text_and_name(element: etree._Element, names: tuple[str, ...]) -> tuple[str | None, str | None]:
    """The first of `names` among the element's children that holds text, as written (markup and all)."""
    for name in names:
        for child in _children(element, name):
            text = "".join(child.itertext()).strip() if len(child) else (child.text or "").strip()
            if len(child) and child.get("type") == "xhtml":  # Atom's inline XHTML: its markup is the text
                text = "".join(etree.tostring(part, encoding="unicode") for part in child).strip()
            if text:
                return text, name
    return None, None


def _field(element: etree._Element, names: tuple[str, ...]) -> str | None:
    return _field_and_name(element, names)[0]


def _field_and_name(element: etree._Element, names: tuple[str, ...]) -> tuple[str | None, str | None]:
    """The first of `names` that holds text, as plain text, and its name."""
    text, name = _text_and_name(element, names)
    return (plain_field(text), name) if text else (None, None)


def _link(item: etree._Element) -> str | None:
    for link in _children(item, "link"):
        # Atom: <link rel="alternate" href="…"/>; RSS: <link>…</link>.
        href = link.get("href") if link.get("rel", "alternate") == "alternate" else None
        if url := (href or link.text or "").strip():
            return url
    return None


def _author(item: etree._Element) -> str | None:
    for name in _AUTHOR:
        for author in _children(item, name):
            names = _children(author, "name")  # Atom: <author><name>…</name></author>
            text = (names[0].text if names else author.text) or ""
            if text.strip():
                return plain_field(text.strip())
    return None
