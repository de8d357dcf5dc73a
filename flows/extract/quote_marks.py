"""Where quotations start and end: the quotation marks of each paragraph, paired.

Marks: straight "", curly “” (and „), angle «». Rules, in the order they matter:

- A quote that is still open at the end of its paragraph ends there, with `close_mark` None (not
  closed in the source).
- Multi-paragraph quotes: by the classic convention, a paragraph whose quote is still open at its end,
  followed by a paragraph that opens with a quotation mark, continues in that paragraph. Each paragraph's
  part is its own span; the later part points to the earlier one with `continues` (the quote table
  links the rows with `continues_quote_id`), and the earlier part keeps `close_mark` None.
- An opening mark of the family already open, right after the end of a sentence ("… grow. “The
  challenge …”"), starts a new quote: the open one ends before it, not closed in the source. So does
  one that a speech verb and a colon introduce in a sentence of their own after the open quote's
  sentence ('said: "I lost a year. He added: "The …"'): the writer forgot the first quote's closing
  mark, and the narrator's words are no one's quote.
  Elsewhere a second mark of a family, or a mark of another family, opens an inner quote, which stays
  part of the outer quote's text ("He called it "madness" today").
- A closing mark of another family closes the quote when no inner quote is open (writers mix “…").
- Spanish attributions inside a quote between dashes ("«Hemos trabajado mucho —añadió la ministra—, y
  hoy …»") split it into two spans, both pointing to the inserted attribution; the second continues the
  first.

Speech opened by a dash instead of a mark (Spanish dialogue, "—No habrá prórroga —dijo la ministra.") is
read by `quote_dashes`; its spans are marked `dash`. Marks inside dash speech stay part of it, as an inner
quote does, and a dash after a colon inside marks is part of the marked quote.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace

import regex

from flows.extract.quote_dashes import DashPart, dash_turns, resume_after, speech_verb_after, trim

_MARK = re.compile(r'["“”„«»]')  # re: a class that opens a pattern is scanned for in C
_OPENERS = {"“": "curly", "„": "curly", "«": "angle"}
_CLOSERS = {"”": "curly", "»": "angle"}
_SENTENCE_END_BEFORE = regex.compile(r"[.?!…][’'”»)]?\s*$")
_DASH = re.compile("[—–]")
# A sentence's end inside an open quote, before the narrator's next sentence: "… a year. He added:".
_SENTENCE_END_INSIDE = regex.compile(r"[.?!…][’'”»)]?\s+")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    open_mark: int
    start: int  # first character of the quoted words
    end: int  # just past the last quoted character (marks and surrounding spaces excluded)
    close_mark: int | None  # None: the source never closes this quote
    paragraph: int
    continues: int | None = None  # index of the span (in the returned list) this one continues
    inserted_attribution: tuple[int, int] | None = None  # "añadió la ministra", from the speech verb
    dash: bool = False  # speech opened by a dash, which no mark closes: it ends where the convention ends it


@dataclass(slots=True)
class _Open:
    family: str
    position: int


def find_quote_spans(
    text: str, paragraphs: tuple[tuple[int, int], ...], cue_starts: Collection[int], dash_speech: bool = True
) -> list[QuoteSpan]:
    """Every quotation of the article, in text order. `cue_starts` are the offsets of speech verbs, used to
    recognise an attribution inserted between dashes; `dash_speech` whether a dash may open speech."""
    spans: list[QuoteSpan] = []
    open_at_end: int | None = None  # index of the previous paragraph's quote left open at its end
    verbs = sorted(cue_starts)
    for index, (start, end) in enumerate(paragraphs):
        marked = _paragraph_spans(text, start, end, index, verbs)
        turns = _dash_spans(text, start, end, index, cue_starts, marked) if dash_speech else []
        marked = _outside(marked, [part for turn in turns for part in turn])
        if marked and open_at_end is not None and marked[0].open_mark == _first_visible(text, start, end):
            marked[0] = replace(marked[0], continues=open_at_end)
        groups = [_split_at_inserted_attribution(text, span, cue_starts) for span in marked] + turns
        for group in sorted(groups, key=lambda parts: parts[0].open_mark):
            for position, part in enumerate(group):
                # A quote's later parts each continue the part before.
                spans.append(part if position == 0 else replace(part, continues=len(spans) - 1))
        last = spans[-1] if groups else None
        is_left_open = last is not None and not last.dash and last.close_mark is None
        open_at_end = len(spans) - 1 if is_left_open and last.end >= _trimmed_end(text, start, end) else None
    return spans


def _dash_spans(
    text: str, start: int, end: int, paragraph: int, cue_starts: Collection[int], marked: list[QuoteSpan]
) -> list[list[QuoteSpan]]:
    turns = dash_turns(text, start, end, cue_starts, _within(marked))
    return [[_from_dash(part, paragraph) for part in turn] for turn in turns]


def _from_dash(part: DashPart, paragraph: int) -> QuoteSpan:
    return QuoteSpan(
        part.open_mark, part.start, part.end, part.close_mark, paragraph, inserted_attribution=part.attribution,
        dash=True,
    )  # fmt: skip


def _within(spans: list[QuoteSpan]) -> Callable[[int], bool]:
    """Whether an offset is inside one of the spans (sorted, apart), its marks included."""
    opens = [span.open_mark for span in spans]

    def within(offset: int) -> bool:
        index = bisect.bisect_right(opens, offset) - 1
        return index >= 0 and offset <= _last_offset(spans[index])

    return within


def _outside(marked: list[QuoteSpan], dash_parts: list[QuoteSpan]) -> list[QuoteSpan]:
    """The marked quotes that overlap no dash speech: those inside it are part of its words."""
    if not dash_parts:
        return marked
    ends = [part.end for part in dash_parts]  # the parts are in text order and apart
    kept = []
    for span in marked:
        index = bisect.bisect_right(ends, span.open_mark)
        if index == len(dash_parts) or dash_parts[index].open_mark > _last_offset(span):
            kept.append(span)
    return kept


def _last_offset(span: QuoteSpan) -> int:
    return span.close_mark if span.close_mark is not None else span.end


def _paragraph_spans(text: str, start: int, end: int, paragraph: int, verbs: list[int]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    stack: list[_Open] = []
    for m in _MARK.finditer(text, start, end):
        mark, position = m.group(), m.start()
        family, is_opening = _classify(text, mark, position, stack)
        if is_opening is None:
            continue
        if is_opening and len(stack) == 1 and stack[0].family == family:
            cut = position if _ends_sentence(text, stack[0], position) else _introduced(text, stack[0], position, verbs)
            if cut is not None:
                spans.append(_span(text, stack[0].position, cut, None, paragraph))
                stack.clear()
        if is_opening:
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
    # A mark with no words after it ('March 13, 2014«' at a paragraph's end, '“”') quotes nothing; as a quote left
    # open it would even be continued by the next paragraph's, and its empty row would fail the table's check.
    return [span for span in spans if span.end > span.start]


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
        # With none open, a mark glued to a sentence's end before a capital opens the next sentence's quote, as
        # crawled text loses the space between them ('… next year."We will …'): no quote of its own ends there.
        glued = before in ".!?…" and (after.isupper() or after in "¿¡")
        return "straight", True if opens_here or glued else None
    # A straight mark that cannot open closes: the straight quote open, or else, with none open, the quote
    # of another family that writers mixed it with (“…," she said).
    return "straight", opens_here


def _ends_sentence(text: str, opened: _Open, position: int) -> bool:
    return _SENTENCE_END_BEFORE.search(text, max(opened.position, position - 4), position) is not None


def _introduced(text: str, opened: _Open, position: int, verbs: list[int]) -> int | None:
    """Where the open quote ends when a speech verb and a colon introduce the mark at `position` in a
    sentence of their own ('said: "I lost a year. He added: "The …"'): at the end of the sentence before
    the verb's; None when no colon stands before the mark, or no verb after a sentence's end before it."""
    colon = position - 1
    while colon > opened.position and text[colon] == " ":
        colon -= 1
    if text[colon] != ":":
        return None
    index = bisect.bisect_left(verbs, colon) - 1
    if index < 0 or verbs[index] <= opened.position:
        return None
    # Only the stretch between the open mark and the verb is read, and only when a colon is met.
    ends = [m.end() for m in _SENTENCE_END_INSIDE.finditer(text, opened.position + 1, verbs[index])]
    return ends[-1] if ends else None


def _span(text: str, open_mark: int, end: int, close_mark: int | None, paragraph: int) -> QuoteSpan:
    start, end = trim(text, open_mark + 1, end)
    return QuoteSpan(open_mark, start, end, close_mark, paragraph)


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _first_visible(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _split_at_inserted_attribution(text: str, span: QuoteSpan, cue_starts: Collection[int]) -> list[QuoteSpan]:
    """«Hemos trabajado mucho —añadió la ministra—, y hoy vemos el resultado» is two quoted spans."""
    for dash in _DASH.finditer(text, span.start, span.end):
        if not _has_words(text, span.start, dash.start()):
            continue  # '«—dijo—Todo mejorará»': no words before the attribution to be a quote of their own
        verb = speech_verb_after(text, dash.start(), cue_starts)
        closing = text.find(dash.group(), verb, span.end) if verb is not None else -1
        if verb is None or closing < 0:
            continue
        resume = resume_after(text, closing, span.end)
        attribution = (verb, closing)
        head = _span(text, span.open_mark, dash.start(), span.close_mark, span.paragraph)
        head = replace(head, continues=span.continues, inserted_attribution=attribution)
        tail = QuoteSpan(resume - 1, resume, span.end, span.close_mark, span.paragraph, None, attribution)
        return [head, tail] if resume < span.end else [head]
    return [span]


def _has_words(text: str, start: int, end: int) -> bool:
    return any(char.isalnum() for char in text[start:end])
