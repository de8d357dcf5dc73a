"""Where quotations start and end: the quotation marks of each paragraph, paired.

Marks: straight "", curly “” (and „), angle «». Rules, in the order they matter:

- A quote that is still open at the end of its paragraph ends there, with `close_mark` None (not
  closed in the source).
- Multi-paragraph quotes: by the classic convention, a paragraph whose quote is still open at its end,
  followed by a paragraph that opens with a quotation mark, continues in that paragraph. Each paragraph's
  part is its own span; the later part points to the earlier one with `continues` (the quote table
  links the rows with `continues_quote_id`), and the earlier part keeps `close_mark` None.
- An opening mark of the family already open, right after the end of a sentence ("… grow. “The
  challenge …”"), starts a new quote: the open one ends before it, not closed in the source.
  Elsewhere a second mark of a family, or a mark of another family, opens an inner quote, which stays
  part of the outer quote's text ("He called it "madness" today").
- A closing mark of another family closes the quote when no inner quote is open (writers mix “…").
- Spanish attributions inside a quote between dashes ("«Hemos trabajado mucho —añadió la ministra—, y
  hoy …»") split it into two spans, both pointing to the inserted attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import regex

from flows.extract.latin_patterns import TwoPatterns

_MARK = re.compile(r'["“”„«»]')  # re: a class that opens a pattern is scanned for in C
_OPENERS = {"“": "curly", "„": "curly", "«": "angle"}
_CLOSERS = {"”": "curly", "»": "angle"}
_SENTENCE_END_BEFORE = regex.compile(r"[.?!…][’'”»)]?\s*$")
_DASH = TwoPatterns(regex.compile(r"\s?[—–]"), re.compile(r"\s?[—–]"))  # \s: see `latin_patterns`


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    open_mark: int
    start: int  # first character of the quoted words
    end: int  # just past the last quoted character (marks and surrounding spaces excluded)
    close_mark: int | None  # None: the source never closes this quote
    paragraph: int
    continues: int | None = None  # index of the span (in the returned list) this one continues
    inserted_attribution: tuple[int, int] | None = None  # "—añadió la ministra—" inside the quote


@dataclass(slots=True)
class _Open:
    family: str
    position: int


def find_quote_spans(text: str, paragraphs: tuple[tuple[int, int], ...], cue_starts: set[int]) -> list[QuoteSpan]:
    """Every quotation of the article, in text order. `cue_starts` are the offsets of speech verbs, used to
    recognise an attribution inserted between dashes."""
    spans: list[QuoteSpan] = []
    open_at_end: int | None = None  # index of the previous paragraph's quote left open at its end
    for index, (start, end) in enumerate(paragraphs):
        found = _paragraph_spans(text, start, end, index)
        if found and open_at_end is not None and found[0].open_mark == _first_visible(text, start, end):
            found[0] = replace(found[0], continues=open_at_end)
        open_at_end = None
        for span in found:
            spans.extend(_split_at_inserted_attribution(text, span, cue_starts, len(spans)))
        if found and found[-1].close_mark is None and found[-1].end >= _trimmed_end(text, start, end):
            open_at_end = len(spans) - 1
    return spans


def _paragraph_spans(text: str, start: int, end: int, paragraph: int) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    stack: list[_Open] = []
    for m in _MARK.finditer(text, start, end):
        mark, position = m.group(), m.start()
        family, is_opening = _classify(text, mark, position, stack)
        if is_opening is None:
            continue
        if is_opening:
            restarts = len(stack) == 1 and stack[0].family == family and _ends_sentence(text, stack[0], position)
            if restarts:
                spans.append(_span(text, stack[0].position, position, None, paragraph))
                stack.clear()
            stack.append(_Open(family, position))
        elif stack:
            # Close the innermost quote of this family; with none open, the outer one (mixed marks).
            depth = next((i for i in range(len(stack) - 1, -1, -1) if stack[i].family == family), 0)
            if depth == 0:
                spans.append(_span(text, stack[0].position, position, position, paragraph))
                stack.clear()
            else:
                del stack[depth:]
    if stack:
        spans.append(_span(text, stack[0].position, _trimmed_end(text, start, end), None, paragraph))
    return spans


def _classify(text: str, mark: str, position: int, stack: list[_Open]) -> tuple[str, bool | None]:
    """The mark's family, and whether it opens (True), closes (False) or is to be ignored (None)."""
    if mark in _OPENERS:
        return _OPENERS[mark], True
    if mark in _CLOSERS:
        return _CLOSERS[mark], False if stack else None
    # A straight mark opens when a letter, digit or bracket follows it and none is right before it.
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    opens_here = not (before.isalnum() or before in ".,;:!?…)") and not after.isspace()
    if not stack:
        return "straight", True if opens_here else None
    if stack[-1].family == "straight" and not opens_here:
        return "straight", False
    return "straight", True


def _ends_sentence(text: str, opened: _Open, position: int) -> bool:
    return _SENTENCE_END_BEFORE.search(text, max(opened.position, position - 4), position) is not None


def _span(text: str, open_mark: int, end: int, close_mark: int | None, paragraph: int) -> QuoteSpan:
    start = open_mark + 1
    while start < end and text[start].isspace():
        start += 1
    # A comma before the closing mark belongs to the sentence around the quote ("…," she said).
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return QuoteSpan(open_mark, start, end, close_mark, paragraph)


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _first_visible(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _split_at_inserted_attribution(
    text: str, span: QuoteSpan, cue_starts: set[int], first_index: int
) -> list[QuoteSpan]:
    """«Hemos trabajado mucho —añadió la ministra—, y hoy vemos el resultado» is two quoted spans."""
    for dash in _DASH.for_text(text).finditer(text, span.start, span.end):
        verb = dash.end() + (text[dash.end()] == " ")
        closing = text.find(text[dash.end() - 1], verb, span.end)
        if verb not in cue_starts or closing < 0:
            continue
        resume = closing + 1
        while resume < span.end and (text[resume] in ",;" or text[resume].isspace()):
            resume += 1
        attribution = (dash.end(), closing)
        head = _span(text, span.open_mark, dash.start(), span.close_mark, span.paragraph)
        head = replace(head, continues=span.continues, inserted_attribution=attribution)
        tail = QuoteSpan(resume - 1, resume, span.end, span.close_mark, span.paragraph, first_index, attribution)
        return [head, tail] if resume < span.end else [head]
    return [span]
