"""Format parsers, tried in order: the first whose `detect` accepts the text parses it.

To add a format: write a module with a class that has `name`, `detect(text)` and `parse(text)`,
add its name to schemas.vocabularies.SOURCE_FORMATS, and put an instance in `FORMATS` before the
plain-text fallback.
"""

from __future__ import annotations

from flows.errors import Rejected
from flows.formats.base import Format, ParsedDocument
from flows.formats.code_text import what_it_looks_like
from flows.formats.dated_crawler import DatedCrawler
from flows.formats.feed import FeedItem
from flows.formats.fragments import stated_deck
from flows.formats.front_matter import FrontMatter, split_front_matter
from flows.formats.html_page import HtmlPage
from flows.formats.json_article import JsonArticle
from flows.formats.markdown_export import MarkdownExport, is_named_by_page_title
from flows.formats.mime_message import MimeMessage
from flows.formats.page_furniture import drop_page_furniture
from flows.formats.plain_text import PlainText
from flows.formats.reader_header import ReaderHeader, split_reader_header
from flows.formats.site_title import split_site_name

_MARKDOWN = MarkdownExport()
# Exports first: a JSON object, a feed or a MIME message may hold its body in HTML, which would look like a saved
# page; MIME before crawler text, whose header lines an e-mail's look like.
FORMATS: tuple[Format, ...] = (
    JsonArticle(),
    FeedItem(),
    MimeMessage(),
    HtmlPage(),
    DatedCrawler(),
    _MARKDOWN,
    PlainText(),
)
# Formats whose text is markup, not a layout of lines: no page headers or footers to drop.
_MARKUP = frozenset({JsonArticle.name, FeedItem.name, MimeMessage.name, HtmlPage.name})


def parse_document(text: str) -> ParsedDocument:
    front, text = split_front_matter(text)
    reader, text = (None, text) if front is not None else split_reader_header(text)
    # Under a reader service's header the text is markdown, whether or not it shows a sign of it.
    fmt = _MARKDOWN if reader is not None else next(fmt for fmt in FORMATS if fmt.detect(text))
    not_prose = None if fmt.name in _MARKUP else what_it_looks_like(text)
    if not_prose is not None:
        raise Rejected(
            "not-prose",
            f"Read as {fmt.name}, the text looks like {not_prose.looks_like}, not an article: {not_prose.evidence}.",
        )
    # A PDF's text repeats a header on every page; markup is no such text.
    text = text if fmt.name in _MARKUP else drop_page_furniture(text)
    if fmt is _MARKDOWN:
        # The page's summary and <title> are weighed against the text: both may be printed again in it. A clipper's
        # front matter states the page's <title> as its title ('Headline - Site').
        page_title = reader.page_title if reader is not None else front.title if front is not None else None
        doc = _MARKDOWN.parse(text, summary=front.subtitle if front else None, page_title=page_title)
    else:
        doc = fmt.parse(text)
    if reader is not None:
        _apply_reader_header(doc, reader)
    if front is not None:
        _apply_front_matter(doc, front, summary_read=fmt is _MARKDOWN)
    stated = reader.page_title if reader is not None else front.title if front is not None else None
    if stated is not None and (parts := split_site_name(stated, doc.url)) is not None:
        # The page's <title>, kept as the title where the text prints no headline: the headline, and the site's name.
        doc.title = parts[0] if doc.title == stated else doc.title
        doc.publisher = doc.publisher or parts[1]
    return doc


def _apply_front_matter(doc: ParsedDocument, front: FrontMatter, summary_read: bool) -> None:
    """The front matter states the metadata outright; the page's own headline or byline is the fallback. A title
    that is the page's <title>, the headline and the site's name ('Headline - Site'), gives way to the headline
    the text prints, which the Markdown reader found named by it."""
    named = doc.title is not None and front.title is not None and is_named_by_page_title(doc.title, front.title)
    if not named and not summary_read and doc.title is not None and front.title is not None:
        # The text's first line, read as its headline for its shape, is not the one the front matter states: it is
        # the text's, for the head's reader to place (a deck, a byline, the lead printed on one line).
        doc.blocks.insert(0, doc.title)
    doc.title = doc.title if named else front.title or doc.title
    if not summary_read:
        doc.subtitle = stated_deck(front.subtitle, doc.blocks) or doc.subtitle
    doc.byline = front.byline or doc.byline
    doc.url = front.url or doc.url
    doc.publisher = front.publisher or doc.publisher
    if front.date_text is not None:
        doc.date_text, doc.date_evidence = front.date_text, "front matter"
    doc.updated_date_text = front.updated_text or doc.updated_date_text


def _apply_reader_header(doc: ParsedDocument, reader: ReaderHeader) -> None:
    doc.url = reader.url or doc.url
    if reader.date_text is not None:
        doc.date_text, doc.date_evidence = reader.date_text, "date header"  # a crawler's header, as the schema says
