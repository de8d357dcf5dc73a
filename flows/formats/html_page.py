"""Saved HTML pages, read with trafilatura (main-text extraction plus page metadata).

A date the page states to the month only (`<time datetime="2022-05">`) is kept to the month: htmldate completes it
with the day the pipeline runs, a day the page never gave (and an output that would change from day to day).

A paragraph right under the headline that the page marks as its deck (`<p class="lead">`, `excerpt`, `summary`,
`standfirst`, `bajada`, `sumario`, …) is the subtitle, and leaves the body, which trafilatura gives it to.

A page that names a wire as its author (`<meta name="author" content="EFE">`) credits the text to it: trafilatura
drops an author of one word, so the tag is read here, for a wire's name only (see byline.wire_alone).

When the page last changed is read from its own statement of it: a meta tag (`article:modified_time`,
`og:updated_time`, `itemprop="dateModified"`, …), else its JSON-LD article's `dateModified`. trafilatura gives
only the publication date, and asking htmldate for the last change would be another pass over every page.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Any

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import MIN_DUPLICATE_LENGTH

from flows.clean import Heading, is_listed_item
from flows.extract.byline import match_bare_name, match_dated_byline, wire_alone
from flows.extract.dateline import find_dateline
from flows.extract.dates import match_date_line, stated_date_text
from flows.formats.base import ParsedDocument, is_header_line, looks_like_heading
from flows.formats.break_paragraphs import paragraphs_from_breaks
from flows.formats.json_ld import json_ld_author, json_ld_date_modified
from flows.formats.markdown_export import is_named_by_page_title
from flows.formats.site_title import host_name, split_site_name

NAME = "html page"
_SIGNS = re.compile(r"<(?:!doctype\s+html|html|head|body|article)\b", re.IGNORECASE)
_PARAGRAPH_TAGS = re.compile(r"</p\s*>", re.IGNORECASE)
# trafilatura's `head` elements that were headings of the page (<h1> to <h6>, named in `rend`). Its other heads
# are not marked as headings by the page: a <details> box's <summary>, which names the box.
_HEADING_RENDS = frozenset(f"h{level}" for level in range(1, 7))
# htmldate compares candidate dates with today's date unless given a ceiling; a fixed one keeps the
# output independent of the day the pipeline runs.
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}
# Meta tags that state when the article last changed, by their property, name or itemprop (lower case).
_MODIFIED_META = frozenset(
    {
        "article:modified_time",
        "article:modified",
        "og:updated_time",
        "og:modified_time",
        "modified_time",
        "datemodified",
        "dc.modified",
        "dcterms.modified",
        "last-modified",
    }
)
_META_KEYS = ("property", "name", "itemprop")
# The class of the element a page prints its byline in: 'byline', 'author', 'autor', 'firma'.
_BYLINE_CLASS = re.compile(r"byline|author|autor|firma", re.IGNORECASE)
_GLUED_DATE_MIN_WORDS = 3  # a name of two words at least, and the date's first
_GLUED_DATE_MOST_WORDS = 2
# A day in a page's address, as sites file stories ('/2016/07/30/'), and the day of a <time datetime>.
_URL_DAY = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/")
_ISO_DAY = re.compile(r"^\s*((?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))\b")
_MONTH_ONLY = re.compile(r"^\s*((?:19|20)\d\d-(?:0[1-9]|1[0-2]))\s*$")
# Class words that mark a deck, in English and in Spanish ('bajada', 'sumario', 'entradilla', 'copete').
_DECK_CLASS = re.compile(
    r"(?:^|[\s_-])(?:lead|dek|deck|standfirst|subtitle|subheading|subheadline|summary|excerpt|bajada|sumario"
    r"|entradilla|copete)(?:$|[\s_-])",
    re.IGNORECASE,
)
_MOST_HEAD_LINES = 3  # a byline, a date line, an update line
_HEAD_LINE_MAX_WORDS = 12
_DECK_COPY_BLOCKS = 3  # trafilatura keeps the deck as the body's first paragraph, after a kicker or a date at most


_ENOUGH_TEXT = 500
_SENTENCE_WORDS = 8
# trafilatura asks whether a page has paragraphs with the XPath //p//text(), which libxml2 answers by
# adding each paragraph's text runs to the result after comparing every one with every run already
# there: the time grows with the square of the number of text runs in paragraphs (40,000 paragraphs
# of three runs: 39 s). A page with more runs than this is read in sections of equal size, at most
# this many runs and a paragraph's (a paragraph is never cut).
_SECTION_RUNS = 2_000


# Where trafilatura looks for the word `html` to take a text for a page (trafilatura.utils.load_html).
_NAMES_HTML = "html"
_LOOKED_AT = 50


def _extract(page: HtmlElement, fast: bool) -> Any:
    return trafilatura.bare_extraction(
        page,
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
        doc = ParsedDocument(source_format=NAME, marks_headings=True)
        # Parsed once here, as trafilatura would parse the text: it copies a tree it is given.
        page = trafilatura.load_html(_as_document(text))
        if page is None:
            return doc
        paragraphs_from_breaks(page)
        sections = [_extract_section(section) for section in _sections(page)]
        if all(section is None for section in sections):
            return doc
        if (head := sections[0]) is not None:  # the section with the page's <head>
            _read_metadata(doc, head, text)
            doc.publisher = None if _is_account(doc.publisher, page) else doc.publisher
            doc.date_text = _time_over_url_date(page, doc.date_text, doc.url)
            doc.byline = _without_glued_date(doc.byline, page) if doc.byline else _wire_author(page)
            doc.date_text = _month_only_date(page, doc.date_text, text)
            doc.updated_date_text = stated_date_text(_modified_meta(page) or json_ld_date_modified(text))
        headings, blocks = _read_tree(_joined_bodies(s.body for s in sections if s is not None))
        # The first heading is the headline, a heading right under it the deck; later ones are section heads.
        if headings and headings[0][0] == 0:
            first = headings.pop(0)[1]
            if headings and headings[0][0] == 0:
                doc.subtitle = str(headings.pop(0)[1])
            if doc.title is None or first == doc.title or is_named_by_page_title(first, doc.title):
                doc.title = str(first)
            else:
                headings.insert(0, (0, first))  # not the page's headline: a heading of the body
        for position, heading in reversed(headings):
            blocks.insert(position, heading)
        doc.title = doc.title or _headline_over_fragment(text)
        if links := _linked_headlines(page):
            blocks = [block for block in blocks if block not in links]
        _read_site_name(doc, page)
        if doc.subtitle is None and (deck := _marked_deck(page)) is not None:
            doc.subtitle, blocks = deck, _without_copy(blocks, deck)
        if doc.byline is None:
            blocks = [*_head_lines(page, blocks, dated=doc.date_text is not None), *blocks]
        # A page of navigation links, captions and dates has no sentence in it: no article body.
        doc.blocks = blocks if any(len(b.split()) >= _SENTENCE_WORDS for b in blocks) else []
        return doc


def _as_document(text: str) -> str:
    """A fragment of HTML as a whole page. trafilatura refuses a text that does not name `html` in its first 50
    characters and parses to fewer than two elements: a headline line over a `<div>` of paragraphs, or a front
    matter it could not read over a post's HTML, was no page, and its article was lost as no-body."""
    return text if _NAMES_HTML in text[:_LOOKED_AT].lower() else f"<html><body>{text}</body></html>"


def _headline_over_fragment(text: str) -> str | None:
    """The line of plain text over a fragment's first tag ('Plan de vivienda' over '<div><p>…'), when it reads as a
    headline: how a title is pasted over an article's HTML, which trafilatura leaves out as no element's text."""
    first_tag = text.find("<")
    above = text[:first_tag].strip() if first_tag > 0 else ""
    return above if above and looks_like_heading(above) else None


def _read_metadata(doc: ParsedDocument, extracted: Any, text: str) -> None:
    doc.title = extracted.title or None
    doc.byline = extracted.author or json_ld_author(text)
    doc.publisher = extracted.sitename or None
    doc.url = extracted.url or None
    if extracted.date:
        doc.date_text, doc.date_evidence = extracted.date, "html metadata"


def _read_site_name(doc: ParsedDocument, page: HtmlElement) -> None:
    """The headline and the site's name of a <title> that gives both ('Headline - The Coast Courier'): the title is
    the headline when the page prints none, and the site's name the publisher where trafilatura found only the
    page's host ('coastcourier.example')."""
    stated = " ".join((page.findtext(".//title") or doc.title or "").split())
    if not stated or (parts := split_site_name(stated, doc.url)) is None:
        return
    doc.title = parts[0] if doc.title in (stated, None) else doc.title
    if doc.publisher is None or host_name(doc.publisher, doc.url):
        doc.publisher = parts[1]


def _without_glued_date(author: str, page: HtmlElement) -> str:
    """The author without the first word of the date that the page prints right after the name, which trafilatura
    keeps when it cuts the byline at the date's digits ('By Ana Ruiz Sep 30, 2014 10:34 AM ET' gave 'Ana Ruiz Sep'):
    read in the page's byline element, where the name's last word and what follows it are a date line."""
    words = author.split()
    if len(words) < _GLUED_DATE_MIN_WORDS:
        return author
    for element in itertools.islice((e for e in page.iter() if _BYLINE_CLASS.search(e.get("class") or "")), 4):
        text = _text(element)
        if (at := text.find(author)) < 0:
            continue
        rest = text[at + len(author) :]
        # The date's first words kept: its month, perhaps its day ('Sep', 'Jun 3'), a name of two words left.
        for kept in range(1, min(_GLUED_DATE_MOST_WORDS, len(words) - 2) + 1):
            if match_date_line(" ".join(words[-kept:]) + rest) is not None:
                return " ".join(words[:-kept])
    return author


def _is_account(publisher: str | None, page: HtmlElement) -> bool:
    """Whether the publisher is only the site's social account ('@ljz_mx' as 'Ljz_Mx'), which trafilatura takes for
    the site's name when the page states no other: an account's handle is no name."""
    if publisher is None:
        return False
    for meta in page.iter("meta"):
        if (meta.get("name") or meta.get("property") or "").strip().lower() == "twitter:site":
            return (meta.get("content") or "").strip().lstrip("@").casefold() == publisher.strip().casefold()
    return False


def _time_over_url_date(page: HtmlElement, date_text: str | None, url: str | None) -> str | None:
    """The day the page's first <time datetime> states, where the date read is the one its address is filed under
    ('/2016/07/30/'): a site files a story by its own day, which may be the next one in its time zone; the page
    states the day it was published."""
    stated = _URL_DAY.search(url) if date_text is not None and url is not None else None
    if stated is None or "-".join(stated.groups()) != date_text:
        return date_text
    first = next(page.iter("time"), None)
    day = _ISO_DAY.match((first.get("datetime") or "") if first is not None else "")
    return day[1] if day is not None else date_text


def _month_only_date(page: HtmlElement, date_text: str | None, text: str) -> str | None:
    """The month the page states ('2022-05') when the date read is that month with a day the page states nowhere."""
    if date_text is None or date_text in text:
        return date_text
    for element in page.iter("time", "meta"):
        stated = _MONTH_ONLY.match(element.get("datetime") or element.get("content") or "")
        if stated is not None and date_text.startswith(stated[1] + "-"):
            return stated[1]
    return date_text


def _marked_deck(page: HtmlElement) -> str | None:
    """The text of the element right under the page's first <h1> when its class names it a deck. Not when a dateline
    opens it: that is the article's first paragraph, which some pages mark as their 'lead'."""
    headline = next(page.iter("h1"), None)
    deck = headline.getnext() if headline is not None else None
    if deck is None or deck.tag not in ("p", "div", "h2", "h3") or not _DECK_CLASS.search(deck.get("class") or ""):
        return None
    text = _text(deck)
    return text if text and find_dateline(text, opens_body=True) is None else None


def _head_lines(page: HtmlElement, blocks: list[str], dated: bool) -> list[str]:
    """The byline and the date line that the page prints as elements of their own right under its <h1> ('<div
    class="autor">Ana Ruiz</div><div class="fecha">7 de junio de 2024</div>'), which trafilatura leaves out when it
    does not know their class: for the head's reader, which reads them as any text's. Only lines it takes: a byline,
    a date line, a name alone over one; not a credit line of both when the page's metadata dated the page (`dated`),
    whose date it would not take. Nothing when trafilatura kept them."""
    headline = next(page.iter("h1"), None)
    if headline is None:
        return []
    kept = set(blocks)
    lines: list[str] = []
    for element in itertools.islice(headline.itersiblings(), _MOST_HEAD_LINES):
        text = _text(element)
        if not text or text in kept or len(text.split()) > _HEAD_LINE_MAX_WORDS:
            break
        lines.append(text)
    taken: list[str] = []
    for at, line in enumerate(lines):
        under = lines[at + 1] if at + 1 < len(lines) else ""
        stated = is_header_line(line) and not (dated and match_dated_byline(line) is not None)
        if not stated and not (match_bare_name(line) is not None and is_header_line(under)):
            break
        taken.append(line)
    return taken


def _without_copy(blocks: list[str], deck: str) -> list[str]:
    """The blocks without the deck's copy among the first ones."""
    key = deck.casefold()
    for at, block in enumerate(blocks[:_DECK_COPY_BLOCKS]):
        if block.casefold() == key:
            return [*blocks[:at], *blocks[at + 1 :]]
    return blocks


def _wire_author(page: HtmlElement) -> str | None:
    """The wire that the page's author tag names alone ('EFE', 'Reuters'), which trafilatura drops."""
    for meta in page.iter("meta"):
        if (meta.get("name") or "").strip().lower() == "author":
            return wire_alone(meta.get("content") or "")
    return None


def _modified_meta(page: HtmlElement) -> str | None:
    """The content of the first meta tag stating when the page last changed."""
    for meta in page.iter("meta"):
        content = (meta.get("content") or "").strip()
        if content and any((meta.get(key) or "").strip().lower() in _MODIFIED_META for key in _META_KEYS):
            return content
    return None


def _extract_section(section: HtmlElement) -> Any:
    extracted = _extract(section, fast=True)
    if extracted is None or len(extracted.text or "") < _ENOUGH_TEXT:
        # trafilatura's fallback extractors (readability, jusText) cost a third more and change
        # nothing on a well-formed article page: run them only when the fast pass found little.
        extracted = _extract(section, fast=False)
    return extracted


def _sections(page: HtmlElement) -> list[HtmlElement]:
    """The page, or for a page of too many text runs in paragraphs, its consecutive sections in reading order.

    A section ends right after a paragraph, so a heading opening the next paragraphs starts the next section
    (trafilatura drops a heading left at the end). Each section keeps copies of the elements enclosing it,
    with their attributes, for trafilatura to find the article's container in every section.
    """
    runs = [(paragraph, sum(1 for _ in paragraph.itertext())) for paragraph in page.iterdescendants("p")]
    total = sum(count for _, count in runs)
    count = -(-total // _SECTION_RUNS)
    if count <= 1:
        return [page]
    ends, seen = [], 0
    for paragraph, paragraph_runs in runs:  # of equal size: no short last section, read as a page of little text
        seen += paragraph_runs
        if seen * count >= total * (len(ends) + 1) and len(ends) < count - 1:
            ends.append(paragraph)
    # Cut from the last end back, so that each cut moves only the section after it: linear in the page.
    rest = [section for end in reversed(ends) if (section := _cut_after(end)) is not None]
    return [page, *reversed(rest)]


def _cut_after(end: HtmlElement) -> HtmlElement | None:
    """Moves everything after `end` in reading order into a new tree of copies of its enclosing elements."""
    child, moved = end, None
    while (parent := child.getparent()) is not None:
        enclosing = parent.makeelement(parent.tag, parent.attrib)
        # What follows `child` in its parent: what follows it inside (moved already), its tail, its siblings.
        if moved is None:
            enclosing.text = child.tail
        else:
            enclosing.append(moved)
            moved.tail = child.tail
        child.tail = None
        enclosing.extend(list(child.itersiblings()))
        child, moved = parent, enclosing
    return moved


def _joined_bodies(bodies: Iterable[Any]) -> list[Any]:
    """The sections' main-text elements in order, less a section's first one repeating the previous one.

    Within a section trafilatura drops a long paragraph repeating the one before it; this does it across two.
    """
    joined: list[Any] = []
    for body in bodies:
        elements = list(body)
        if joined and elements and len(text := _text(elements[0])) > MIN_DUPLICATE_LENGTH and text == _text(joined[-1]):
            elements = elements[1:]
        joined.extend(elements)
    return joined


def _read_tree(body: Any) -> tuple[list[tuple[int, str]], list[str]]:
    """trafilatura's main-text elements as (headings with the number of paragraphs before each, paragraphs)."""
    headings: list[tuple[int, str]] = []
    blocks: list[str] = []
    for element in body:
        if element.tag == "list":
            blocks.extend(t for item in element if (t := _text(item)))
        elif (text := _text(element)) and element.tag == "head":
            headings.append((len(blocks), Heading(text) if element.get("rend") in _HEADING_RENDS else text))
        elif text:
            blocks.append(text)
    return headings, blocks


def _linked_headlines(page: HtmlElement) -> set[str]:
    """The texts of the paragraphs that are a link alone and read as a headline: another story's, which the page
    set between the article's paragraphs ('<p><a href="…">Five things we learned from the talks</a></p>').
    trafilatura keeps them as paragraphs, without the link. A link over a whole sentence, with its full stop, may
    be how a page marks one of the article's own, and is not counted."""
    found = set()
    for paragraph in page.iter("p"):
        if len(paragraph) != 1 or (paragraph.text or "").strip() or (paragraph[0].tail or "").strip():
            continue  # nearly every paragraph: text of its own beside any link
        if paragraph[0].tag == "a" and is_listed_item(text := _text(paragraph)):
            found.add(text)
    return found


def _text(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())
