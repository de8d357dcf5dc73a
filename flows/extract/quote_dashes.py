"""Direct speech opened by a dash (raya), as Spanish prints dialogue and many quotations.

The conventions (the RAE's), as read here:

- A paragraph that opens with a dash (— or –, spaces allowed after it) is speech; so is what follows a
  dash right after a colon ("La ministra fue tajante: —No habrá prórroga.").
- Inside the speech, a dash followed by a speech verb hands over to the narrator ("—No habrá prórroga
  —dijo la ministra."). The narrator speaks to the paragraph's end, or to a closing dash after which the
  speech resumes ("—No vamos —dijo la canciller—, porque …"): a second part of the same quote. A dash
  after the narrator's sentence has ended ("—preguntó Ana. —No puedo") opens the next turn.
- Only those dashes open or interrupt speech. Elsewhere a dash is prose: an aside ("El acuerdo —firmado
  en 2020— vence hoy"), a wire dateline ("MÉXICO — El gobierno …"). Inside speech, a dash that no speech
  verb follows stays among the quoted words; inside the narrator, an aside ("—dijo Petro, que —según la
  policía— reunió a miles") stays the narrator's.
- The en dash also bullets lists ("– Reducir los aranceles"): speech it opens counts only when a
  narrator attributes it.

Dash speech has no closing mark: the convention ends it, at the narrator's dash or at the paragraph's end.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

_DASH = re.compile("[—–]")
_EN_DASH = "–"
_COLON_DASH = re.compile(r":\s*[—–]")
# Object pronouns a narrator's verb may carry: "—le dijo a la prensa".
_CLITIC = re.compile(r"(?:le|les|nos|me)\s")
_SENTENCE_END = ".?!…:"  # a colon too: "—dijo, y agregó: —Tampoco" opens the next words
_CLOSING_MARKS = '"”»’)'
_RESUME_SKIPS = ",;.:"
_OPENERS = '¿¡«“"('  # what may start the words of an aside


@dataclass(frozen=True, slots=True)
class DashPart:
    """One stretch of dash speech: a whole turn, or its part before or after a narrator."""

    open_mark: int  # the dash opening the speech, or the one closing the narrator before a resumed part
    start: int
    end: int
    close_mark: int | None  # the dash handing over to the narrator; None when the speech ends the paragraph
    attribution: tuple[int, int] | None  # the narrator's words, from its speech verb on


@dataclass(frozen=True, slots=True)
class _Narrator:
    end: int
    closing: int | None  # the dash after which the speech resumes
    next_turn: int | None  # the dash opening the next turn


def speech_verb_after(text: str, dash: int, cue_starts: Collection[int]) -> int | None:
    """Where the speech verb right after a dash starts ("—dijo", "— respondió", "—le dijo"), if one does."""
    position = dash + 1
    if position < len(text) and text[position].isspace():
        position += 1
    if (clitic := _CLITIC.match(text, position)) is not None:
        position = clitic.end()
    return position if position in cue_starts else None


def resume_after(text: str, closing: int, end: int) -> int:
    """Where the speech resumes after the dash closing an attribution: past "—, " or "—. "."""
    resume = closing + 1
    while resume < end and (text[resume] in _RESUME_SKIPS or text[resume].isspace()):
        resume += 1
    return resume


def dash_turns(
    text: str, start: int, end: int, cue_starts: Collection[int], in_marks: Callable[[int], bool]
) -> list[list[DashPart]]:
    """The dash speech of the paragraph text[start:end], turn by turn; a turn's later parts continue its
    first. `in_marks` tells whether an offset is inside a quotation between marks, where a dash after a
    colon is part of the quoted words."""
    while end > start and text[end - 1].isspace():
        end -= 1
    opening = _first_opening(text, start, end, in_marks)
    if opening is None:  # most paragraphs: no list of their dashes is made
        return []
    dashes = [m.start() for m in _DASH.finditer(text, start, end)]
    narrators = [(dash, verb) for dash in dashes if (verb := speech_verb_after(text, dash, cue_starts)) is not None]
    turns: list[list[DashPart]] = []
    while opening is not None:
        parts, next_turn, after = _turn(text, opening, end, dashes, narrators)
        # An en dash without a narrator is a list's bullet; the speech it seemed to open is read again.
        if parts and (text[opening] != _EN_DASH or any(p.attribution is not None for p in parts)):
            turns.append(parts)
        else:
            after = opening + 1
        opening = next_turn if next_turn is not None else _colon_opening(text, after, end, in_marks)
    return turns


def _first_opening(text: str, start: int, end: int, in_marks: Callable[[int], bool]) -> int | None:
    first = start
    while first < end and text[first].isspace():
        first += 1
    if first < end and text[first] in "—–":
        return first
    return _colon_opening(text, start, end, in_marks)


def _colon_opening(text: str, start: int, end: int, in_marks: Callable[[int], bool]) -> int | None:
    while (m := _COLON_DASH.search(text, start, end)) is not None:
        if not in_marks(m.end() - 1):
            return m.end() - 1
        start = m.end()
    return None


def _turn(
    text: str, opening: int, end: int, dashes: list[int], narrators: list[tuple[int, int]]
) -> tuple[list[DashPart], int | None, int]:
    """The parts of the speech a dash opens, the dash opening the next turn (if the narrator's sentence
    ends before one), and where the turn ends."""
    parts: list[DashPart] = []
    open_mark, start = opening, opening + 1
    # A part the speech resumes with after a narrator is attributed by it, as in marks ("«…—añadió—, …»").
    attribution: tuple[int, int] | None = None
    while True:
        index = bisect.bisect_left(narrators, (start,))  # narrators are looked up, never scanned: linear
        if index == len(narrators):
            _add_part(parts, text, DashPart(open_mark, start, end, None, attribution))
            return parts, None, end
        dash, verb = narrators[index]
        narrator = _narrator(text, verb, end, dashes)
        attribution = (verb, narrator.end)
        _add_part(parts, text, DashPart(open_mark, start, dash, dash, attribution))
        if narrator.closing is None:
            return parts, narrator.next_turn, narrator.end
        open_mark, start = narrator.closing, resume_after(text, narrator.closing, end)


def _narrator(text: str, verb: int, end: int, dashes: list[int]) -> _Narrator:
    """How the narrator that starts with a speech verb ends: at a closing dash, at a dash opening the next
    turn, or with the paragraph."""
    index = bisect.bisect_left(dashes, verb)
    while index < len(dashes):
        dash = dashes[index]
        if _sentence_ends_before(text, verb, dash):
            return _Narrator(dash, None, dash)
        if not _opens_aside(text, dash):
            return _Narrator(dash, dash, None)
        index += 2  # the aside's own closing dash is the narrator's too
    return _Narrator(end, None, None)


def _sentence_ends_before(text: str, start: int, dash: int) -> bool:
    before = dash - 1
    while before > start and text[before].isspace():
        before -= 1
    if before > start and text[before] in _CLOSING_MARKS:
        before -= 1
    return text[before] in _SENTENCE_END


def _opens_aside(text: str, dash: int) -> bool:
    """An opening dash stands after a space and before a word ("que —según la policía— …"); a closing one
    is glued to the word before it ("la canciller—, porque") or stands apart ("dijo Petro — porque")."""
    after = text[dash + 1 : dash + 2]
    return text[dash - 1].isspace() and after != "" and (after.isalnum() or after in _OPENERS)


def _add_part(parts: list[DashPart], text: str, part: DashPart) -> None:
    start, end = trim(text, part.start, part.end)
    if start < end:
        parts.append(DashPart(part.open_mark, start, end, part.close_mark, part.attribution))


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted words of text[start:end]: without the spaces around them, nor a comma before the mark or
    dash that ends them, which belongs to the sentence around the quote ("…," she said; "—Sí, —dijo")."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end
