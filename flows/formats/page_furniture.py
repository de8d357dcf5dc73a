"""Page furniture of text exported from PDF: the running header or footer printed on every page.

    EL DIARIO DEL SUR · Martes 4 de junio de 2024 · 7        The Harbour Courier | Page 3

Such a line is neither the headline (it comes first) nor body. It is told by repetition and a signal that
ordinary text does not give: with page breaks (form feeds), a line at the edge of two pages or more (a
line repeated inside pages is the article's own); without them, a line with a page number's shape among the
first lines of the text that comes again later. A page number may change from page to page, so lines are
compared with their digits blanked.

A running header may be the article's headline itself. Its first occurrence, the text's first line, is then
the title and is kept: when it has no page number and what follows it on the page opens the article (a
byline, a date, a dateline or a paragraph), not another headline under a masthead.
"""

from __future__ import annotations

import re
from collections import Counter

from flows.extract.dateline import find_dateline
from flows.formats.base import is_header_line, looks_like_heading

_FORM_FEED = "\f"
_MAX_WORDS = 16  # a publication's name, a date and a page number; a sentence is not furniture
_EDGE_LINES = 2  # the lines at the top and at the bottom of a page that may be furniture
_TOP_LINES = 3
_LEAST_REPEATS = 2
_DIGITS = re.compile(r"\d+")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
# 'Page 3', 'Pág. 7', or a number set off by a separator at either end of the line ('· 7', '12 |'); a
# hyphen only with a space before it, so that 'Covid-19' has no page number. Only searched for, so the
# spaces before a '·' or '|' are not read: from every space of a long run, they were read to its end.
_PAGE_NUMBER = re.compile(
    r"\b(?:page|p[áa]gina|p[áa]g\.?)\s*\d{1,4}\b|(?:\s[-–—]|[·|•])\s*\d{1,4}$|^\d{1,4}\s*(?:[·|•]|[-–—]\s)",
    re.IGNORECASE,
)


def drop_page_furniture(text: str) -> str:
    """`text` without its running headers and footers; the same text when it has none."""
    if _FORM_FEED in text:
        text = _drop_at_page_edges(text)
    return _drop_numbered_head(text)


def _key(line: str) -> str | None:
    """What a line is compared by, digits blanked; None for a line that cannot be furniture."""
    words = line.split(maxsplit=_MAX_WORDS)  # a paragraph's other words are not made strings
    if not words or len(words) > _MAX_WORDS or not _LETTER_OR_DIGIT.search(line):
        return None
    return " ".join(_DIGITS.sub("#", line).casefold().split())


def _edges(lines: list[str]) -> list[int]:
    """The indexes of the first and the last non-blank lines of a page, `_EDGE_LINES` of each at most."""
    top = _first_filled(lines, range(len(lines)), _EDGE_LINES)
    return sorted(set(top) | set(_first_filled(lines, range(len(lines) - 1, -1, -1), _EDGE_LINES)))


def _first_filled(lines: list[str], order: range, most: int) -> list[int]:
    """The indexes of the first `most` non-blank lines, in `order`: a bounded look, however long the page."""
    found: list[int] = []
    for i in order:
        if lines[i].strip():
            found.append(i)
            if len(found) == most:
                break
    return found


def _drop_at_page_edges(text: str) -> str:
    pages = [page.split("\n") for page in text.split(_FORM_FEED)]
    edges = [_edges(lines) for lines in pages]
    seen = Counter(
        key for lines, at in zip(pages, edges, strict=True) for key in {_key(lines[i]) for i in at} if key is not None
    )
    furniture = {key for key, count in seen.items() if count >= _LEAST_REPEATS}
    if not furniture:
        return text
    title_at = _title_line(pages[0], furniture)
    kept = []
    for page, (lines, at) in enumerate(zip(pages, edges, strict=True)):
        dropped = {i for i in at if _key(lines[i]) in furniture and (page, i) != (0, title_at)}
        kept.append("\n".join(line for i, line in enumerate(lines) if i not in dropped))
    # The pages run on: a paragraph broken by the page is one again, and one that ended before the break
    # kept its blank line. A page that did not end its last line ends it, so that two lines do not merge.
    return "".join(page if not page or page.endswith("\n") else page + "\n" for page in kept[:-1]) + kept[-1]


def _title_line(lines: list[str], furniture: set[str]) -> int | None:
    """The index of the first page's first line when it is furniture that is the headline (see the top)."""
    top = _first_filled(lines, range(len(lines)), 2)
    if len(top) < 2 or _key(lines[top[0]]) not in furniture or _PAGE_NUMBER.search(lines[top[0]].strip()):
        return None
    following = lines[top[1]].strip()
    opens = is_header_line(following) or find_dateline(following) is not None or not _is_heading_at(lines, top[1])
    return top[0] if opens else None


def _is_heading_at(lines: list[str], start: int) -> bool:
    """Whether the lines from `start` to the next blank line are a heading: a PDF wraps a paragraph's lines
    short and without a full stop, so the paragraph is judged whole."""
    end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    return looks_like_heading(" ".join(line.strip() for line in lines[start:end]))


def _drop_numbered_head(text: str) -> str:
    lines = text.split("\n")
    top = _first_filled(lines, range(len(lines)), _TOP_LINES)
    heads = {key for i in top if (key := _key(lines[i])) is not None and _PAGE_NUMBER.search(lines[i].strip())}
    if not heads:
        return text
    keys = [key if (key := _key(line)) in heads else None for line in lines]
    repeated = {key for key, count in Counter(k for k in keys if k is not None).items() if count >= _LEAST_REPEATS}
    if not repeated:
        return text
    return "\n".join(line for line, key in zip(lines, keys, strict=True) if key not in repeated)
