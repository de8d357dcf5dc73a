"""The header a reader service writes over the markdown it makes of a page (Jina Reader, `r.jina.ai/<url>`):

    Title: Harbour strike ends after talks | The Coast Courier
    URL Source: https://news.example.org/2024/harbour-strike
    Published Time: 2024-11-05T08:30:00+00:00
    Markdown Content:
    # Harbour strike ends after talks
    …

The lines are separated by blank lines; `Published Time`, `Warning` and `Number of Pages` are written only when
the service has them. `Title` is the page's <title>, which often gives the site's name after the headline; the
date is what the service took for the publication (the page's metadata, else the server's Last-Modified). What
follows `Markdown Content:` is markdown, whatever signs of it it shows. With some options the service appends an
`Images:` or a `Links/Buttons:` list after the text: the page's inventory, not the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flows.extract.dates import stated_date_text

_MOST_HEADER_CHARS = 4096
_CONTENT_LABEL = re.compile(r"^Markdown Content:[ \t]*\r?\n", re.MULTILINE)
_FIELD = re.compile(
    r"^(?P<key>Title|URL Source|Published Time|Warning|Number of Pages):[ \t]*(?P<value>.*?)[ \t]*\r?$",
    re.MULTILINE,
)
# The inventories appended after the text: a label over list items of links or images only, to the end.
_INVENTORY_LABELS = ("Images:", "Links/Buttons:")
_INVENTORY_ITEM = re.compile(r"^(?:- !?\[.*|This page does not seem to contain any .*)$")


@dataclass(frozen=True, slots=True)
class ReaderHeader:
    page_title: str | None  # the page's <title>: the headline, perhaps with the site's name
    url: str | None
    date_text: str | None


def split_reader_header(text: str) -> tuple[ReaderHeader | None, str]:
    """(the header, the markdown under it); (None, text) when the text does not open with such a header."""
    if not text.lstrip("\ufeff \t\r\n").startswith("Title:"):
        return None, text
    label = _CONTENT_LABEL.search(text, 0, _MOST_HEADER_CHARS)
    if label is None:
        return None, text
    head = text[: label.start()]
    fields = {m["key"]: m["value"] for m in _FIELD.finditer(head)}
    lines = [line for line in head.splitlines() if line.strip()]
    if "URL Source" not in fields or len(lines) != len(_FIELD.findall(head)):
        return None, text  # every line of the header is one of its fields: else an article that opens 'Title: …'
    content = _without_inventories(text[label.end() :])
    header = ReaderHeader(
        page_title=fields.get("Title") or None,
        url=fields["URL Source"] or None,
        date_text=stated_date_text(fields.get("Published Time")),
    )
    return header, content


def _without_inventories(content: str) -> str:
    """The content without the lists the service appends after it: each a label over items of links or images."""
    lines = content.rstrip().split("\n")
    end = len(lines)
    at = end - 1
    while at >= 0 and (not lines[at].strip() or _INVENTORY_ITEM.match(lines[at].strip())):
        at -= 1
        if at >= 0 and lines[at].strip() in _INVENTORY_LABELS:
            end, at = at, at - 1
    return "\n".join(lines[:end]) + "\n"
