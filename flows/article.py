"""One decoded file to one article: format parsing, cleaning, and the metadata of the text conventions."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import idna

from flows.article_head import Head, read_dateline, read_head
from flows.clean import SEPARATOR, Heading, clean_block, clean_blocks, clean_field, kept_mark
from flows.decode import decode
from flows.errors import Rejected
from flows.extract.byline import match_byline, split_closing_byline, wire_alone
from flows.extract.credits import split_credits, split_writers_note
from flows.extract.dates import DateText, match_date, resolve, resolve_update
from flows.extract.footer import split_footer
from flows.extract.language import detect_language
from flows.extract.types import ArticleText
from flows.formats import parse_document

PARAGRAPH_SEPARATOR = "\n\n"
_URL_FORM = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
_ASCII_HOST = re.compile(r"[a-z0-9.-]*")  # the domain column's characters
_LIST_MARK = re.compile(r"[*•·+‣▪–-][ \t]+")
# One match per whitespace-separated token with a letter or digit in it: from its first one to its end.
_WORD = re.compile(r"[^\W_]\S*")
# A month alone, as crawlers date what they only know by its month: 'date 2025-06'.
_ISO_MONTH = re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])")

Row = dict[str, Any]


@dataclass(slots=True)
class Article:
    row: Row  # the `articles` row
    paragraphs: list[Row]

    def text(self) -> ArticleText:
        spans = tuple((p["char_start"], p["char_end"]) for p in self.paragraphs)
        row = self.row
        heading = "\n".join(part for part in (row["title"], row["subtitle"]) if part)
        return ArticleText(
            row["article_id"],
            row["body_text"],
            spans,
            row["language"],
            row["dateline_place"],
            heading,
            row["dateline_agency"],
        )


def build_article(data: bytes, source_path: str, source_sha256: str, reference_date: dt.date | None) -> Article:
    """Raises `Rejected` when the bytes cannot make an article."""
    decoded = decode(data)
    doc = parse_document(decoded.text)
    title = clean_field(doc.title)
    blocks, footer = split_footer(clean_blocks(doc.blocks))
    blocks = [b for b in blocks if b != SEPARATOR]

    byline = _byline_name(clean_field(doc.byline))
    head = Head(
        title, clean_field(doc.subtitle), byline, doc.date_text, doc.date_evidence, updated_text=doc.updated_date_text
    )
    blocks = read_head(head, blocks)
    blocks, agency = split_credits(blocks)
    blocks, signed = split_closing_byline(blocks)
    head.byline = head.byline or signed
    blocks = split_writers_note(blocks, head.byline)
    # A byline that names a wire alone ('Reuters') credits the text to it: its agency when no credit names one.
    wire = wire_alone(head.byline) if head.byline else None
    head.byline = None if wire else head.byline
    blocks = read_dateline(head, blocks)
    date_text = head.date_text

    # Blocks were cleaned already; only the last lost a credit since (read_dateline cleans what it cuts).
    if blocks:
        blocks[-1] = kept_mark(blocks[-1], clean_block(blocks[-1]))
    paragraphs_text = [block for block in blocks if block]
    if not paragraphs_text:
        raise Rejected(
            "no-body",
            f"Read as {doc.source_format}, but no body text is left once the title, metadata and export debris "
            f"are removed (title: {title!r}). Check that the file holds the article itself.",
        )
    body_text = PARAGRAPH_SEPARATOR.join(paragraphs_text)
    article_id = hashlib.sha256(decoded.text.encode("utf-8")).hexdigest()[:16]
    language = detect_language(body_text)
    resolved = resolve(_as_date_text(date_text, language), reference_date) if date_text else None
    updated_text = head.updated_text
    # An update is resolved against the publication: see flows/extract/dates.py.
    updated = resolve_update(_as_date_text(updated_text, language), resolved, reference_date) if updated_text else None
    url = footer.url if doc.url is None else doc.url
    url = url if url and _URL_FORM.match(url) else None

    row: Row = {
        "article_id": article_id,
        "source_path": source_path,
        "source_sha256": source_sha256,
        "source_format": doc.source_format,
        "encoding": decoded.encoding,
        "title": head.title,
        "subtitle": _without_list_mark(head.subtitle),
        "byline": head.byline,
        "publisher": clean_field(doc.publisher or head.publisher or footer.publisher),
        "originating_agency": clean_field(agency or wire or head.agency),
        "url": url,
        "domain": _domain(url),
        "dateline_place": head.place,
        "dateline_agency": head.dateline_agency,
        "published_date": resolved.date if resolved else None,
        "published_date_text": date_text,
        "date_precision": resolved.precision if resolved else None,
        "date_evidence": head.date_evidence if date_text else None,
        "is_year_inferred": resolved.is_year_inferred if resolved else False,
        "language": language,
        "body_text": body_text,
        "word_count": len(_WORD.findall(body_text)),
        "paragraph_count": len(paragraphs_text),
        "updated_date": updated,
        "updated_date_text": updated_text,
        "is_mojibake_repaired": decoded.is_mojibake_repaired,
    }
    return Article(row=row, paragraphs=_paragraph_rows(article_id, paragraphs_text, doc.marks_headings))


def _byline_name(stated: str | None) -> str | None:
    """A byline the format states outright, without its 'By' or 'Por' ('Por Inés Barrera' in a page's author tag)."""
    return (match_byline(stated) or stated) if stated else None


def _as_date_text(text: str, language: str | None) -> DateText:
    # '3/6/2024' is 3 June wherever dates are written day first; American English writes June 3, and other
    # English does not, so an English article leaves such a date unresolved.
    found = match_date(text, day_first=None if language in (None, "en") else True)
    if found is None and (month := _ISO_MONTH.fullmatch(text)) is not None:
        return DateText(text=text, year=int(month["year"]), month=int(month["month"]), day=None)  # 'date 2025-06'
    return found if found is not None else DateText(text=text, year=None, month=None, day=None)


def _paragraph_rows(article_id: str, paragraphs: list[str], marks_headings: bool) -> list[Row]:
    rows, start = [], 0
    for index, text in enumerate(paragraphs):
        rows.append(
            {
                "article_id": article_id,
                "paragraph_index": index,
                "text": str(text),
                "char_start": start,
                "char_end": start + len(text),
                "is_heading": isinstance(text, Heading) if marks_headings else None,
            }
        )
        start += len(text) + len(PARAGRAPH_SEPARATOR)
    return rows


def _without_list_mark(subtitle: str | None) -> str | None:
    """A deck without the list mark a page printed it with, as the first of its summary's points ('* The
    minister says …', '• El ministro dijo …'): the mark is the page's layout, not the deck's words."""
    if subtitle is None or (mark := _LIST_MARK.match(subtitle)) is None:
        return subtitle
    return subtitle[mark.end() :] or None


def _domain(url: str | None) -> str | None:
    """The url's host name in ASCII, an internationalised one as its A-label ('xn--…', the form DNS resolves);
    None when the host is no host name: a slip of the page's or the export's ('exa”mple.com', an IPv6 bracket
    never closed), which would otherwise fail the column's check and hold the whole article back. The url stays
    as printed."""
    if url is None:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # 'https://[2001:db8/…': urlsplit refuses an IPv6 address whose bracket is not closed
        return None
    if _ASCII_HOST.fullmatch(host) is None:
        try:
            host = idna.encode(host, uts46=True).decode("ascii")
        except idna.IDNAError:
            return None
    host = host.removeprefix("www.")
    return host or None


def article_text_from_file(path: Path, reference_date: dt.date | None = None) -> ArticleText:
    """The cleaned text of one article file, as the fact extractors receive it."""
    data = path.read_bytes()
    return build_article(data, path.name, hashlib.sha256(data).hexdigest(), reference_date).text()
