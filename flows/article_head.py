"""The head of an article: the metadata lines between the headline and the text proper.

Exports print them in every order: a repeated headline, a deck, a byline, a date line (perhaps on the
byline's line), when the page was updated, a dateline on a line of its own. They are taken off the
first blocks until the first block that is none of them, which starts the body. The first update line
('Updated June 4, 2024, 10:32 a.m.', 'Actualizado: 05/02/2024 14:32') gives the date of the update, unless the
format stated one; later ones are taken off and dropped. A date line may give the update after the publication
('Published June 3, 2024 | Updated June 4, 2024'): it gives both. An editor's note or a
correction among them is the publisher's word on the article: it stays in the body, first, and the head is
read past it, however many notes there are within the head's blocks. A note that the export ran together with
the dateline ('Editor's note: … corrected. MEXICO CITY, June 3 (Reuters) - …') is parted from it there.
A date line is the date the file states: under a dateline on a line of its own, it replaces the dateline's
date ('SEVILLA, 3 (EUROPA PRESS)' over '03/03/2024 09:15'), which may lack its month or year.
Pages print a summary over the text that the text's lead repeats, whole or cut short (a page's description,
an excerpt): within the head it is the deck when there is none, and is never read as the first paragraph; the
head is read on past it. A known place alone on a line of the head is the dateline, printed apart ('Bogotá');
an outlet and a date ('La Voz del Sur, 3 de junio de 2024') are the publisher and the date, no dateline. A credit
line is read even where the format stated the date or the writer, and so is one the format took for the deck.
A page crawled whole may print its furniture over the headline (captions, a photo's credit, labels, a date-time
line, other stories' headlines): where a headline and its credit line stand under such furniture, the headline is
the title and the furniture leaves, its date line read (`_headline_past_furniture`). A page's words to its reader
before the title ('Estás leyendo: ') are no part of it, and the headline again under a live page's label ('En
directo <headline>') is no deck.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from flows.clean import clean_block
from flows.extract.byline import (
    is_job_title,
    is_reading_time_line,
    match_bare_name,
    match_byline,
    match_dated_byline,
    match_outlet_date,
    match_wire_credit,
    split_outlet,
    wire_alone,
)
from flows.extract.dateline import Dateline, date_after_dateline, find_dateline, place_alone
from flows.extract.dates import DateText, is_time, match_date_line, match_published_and_updated, match_update_line
from flows.extract.gazetteer import fold_word
from flows.extract.given_names import is_given_name
from flows.extract.name_words import CALENDAR_WORDS
from flows.extract.notes import is_publisher_note
from flows.extract.places import is_place_name
from flows.formats.base import as_compared, is_header_line, looks_like_heading

_MOST_HEAD_BLOCKS = 6
# 'By Ana Cruz - ' after a dateline: a name of at most six words, then a spaced dash.
_BYLINE_AFTER_DATELINE = re.compile(r"(?:By|BY|Por|POR)\s+(?P<name>[^\s\-–—][^\-–—\n]{1,60}?)\s+[-–—]\s+")
_MOST_CREDITED_PLACES = 3  # 'EFE, Cuba, La Habana,': the country, the region, the city
_THE = re.compile(r"^(?:the|la)\s+", re.IGNORECASE)  # 'The Associated Press', 'La Agencia EFE'
# The look past notes ends where the head does: a run of notes longer than the head is a page of corrections,
# whose body they are, and the look stays bounded however many follow.
_MOST_NOTES = _MOST_HEAD_BLOCKS
# Where a sentence of a note ends and another may begin: the only places a run-on dateline is looked for.
_SENTENCE_END = re.compile(r"[.!?][)\]\"'”’»]*\s+(?=[A-ZÁÉÍÓÚÑ])")
# More than a dateline's length (a place of five words, a region, a date, an agency of 40 characters).
_DATELINE_WINDOW = 300
_DECK_MIN_WORDS, _DECK_MAX_WORDS = 4, 40
_KICKER_MAX_WORDS = 3  # a section's name: 'Política', 'Economía y negocios'
# The headline and deck lines that may stand in the body over its dateline, and their longest.
_MOST_HEADLINES = 2
_HEADLINE_MAX_WORDS = 45
# A place in capitals inside the first paragraph, where a dateline glued to the headline may start; looked for
# within a headline's length.
_GLUED_PLACE = re.compile(r"\s+(?=[A-ZÁÉÍÓÚÑ]{3,}[\s,(])")
_GLUED_LOOK = 300
_GLUED_HEADLINE_MIN_WORDS = 4
_TITLE_MAX_WORDS = 25
_SENTENCE_INSIDE = re.compile(r"[.!?]\s")
# A summary shorter than this may be a label or a kicker that the text happens to open with.
_SUMMARY_MIN_WORDS = 6
# A page's words to its reader before the headline in its title ('Estás leyendo: <headline>'): no part of it.
_READING_LABEL = re.compile(
    r"^(?:you are reading|you're reading|now reading|est[áa]s leyendo|est[áa] leyendo|leyendo ahora)\s*:\s+(?=\S)",
    re.IGNORECASE,
)
# A live page's label before its headline printed again ('En directo <headline>', 'LIVE: <headline>').
_LIVE_LABEL = re.compile(r"^(?:live|en directo|en vivo|directo)\b\s*[:|·–—-]?\s*(?=\S)", re.IGNORECASE)
# The page's furniture over a headline (`_headline_past_furniture`): how many blocks at most, and how long each.
# A caption may close with a full stop when it is a few words long ('Ana Ruiz, ministra de Obras Públicas.').
_MOST_FURNITURE_BLOCKS = 12
_MAX_FURNITURE_WORDS = 40
_MAX_CAPTION_STOP_WORDS = 12
# A caption's closing credit glued to the photographer's name by a dash: '… in the harbour.  Ana Ruiz—AP'.
_PICTURE_CREDIT = re.compile(
    r"[.!?]\s+[A-ZÁÉÍÓÚÑ][\w'.-]*(?: [A-ZÁÉÍÓÚÑ][\w'.-]*){0,3}\s?[—–]\s?(?:AP|AFP|EFE|Reuters|REUTERS|Getty Images)$"
)
# The punctuation a summary cut from the lead ends with where the lead goes on: 'viruela del mono.' of
# 'viruela del mono, que ya …'.
_SUMMARY_END = " .…,;:"


@dataclass(slots=True)
class Head:
    title: str | None
    subtitle: str | None
    byline: str | None
    date_text: str | None
    date_evidence: str | None
    place: str | None = None
    dateline_agency: str | None = None
    updated_text: str | None = None  # the date of the update, as printed
    publisher: str | None = None  # the outlet a line of the head names ('Redacción | La Voz del Sur')
    agency: str | None = None  # the wire a credit line names after its writers ('Ana Ruiz / AP')


def read_head(head: Head, blocks: list[str]) -> list[str]:
    """Fill `head` from the first blocks; the blocks left, from the first one that is body text."""
    blocks = [*_part_notes_from_datelines(blocks[:_MOST_HEAD_BLOCKS]), *blocks[_MOST_HEAD_BLOCKS:]]
    if head.title is not None:
        head.title = _READING_LABEL.sub("", head.title, count=1)
    if head.subtitle is not None and _is_live_title(head, head.subtitle):
        head.subtitle = None  # the headline again under a live page's label: no deck
    if head.subtitle is not None and (credit := _credit_line(head, head.subtitle)) is not None:
        # A page's line under its headline that a format took for the deck is its credit line ('Ana Ruiz — 3 de
        # junio de 2024'): the writer and the date, no deck.
        head.subtitle = None
        _note_credit(head, credit)
    if (at := _headline_past_furniture(blocks)) is not None and _read(replace(head), blocks)[1] <= at:
        blocks = _past_furniture(head, blocks, at)
    notes, taken = _read(head, blocks)
    return [*notes, *blocks[taken:]]


def _read(head: Head, blocks: list[str]) -> tuple[list[str], int]:
    """The publisher's notes among the head's blocks, and how many blocks the head takes, read into `head`."""
    notes: list[str] = []
    taken = 0
    while taken < min(len(blocks), _MOST_HEAD_BLOCKS):
        block = blocks[taken]
        if len(notes) < _MOST_NOTES and is_publisher_note(block):
            notes.append(block)
        elif _is_summary(block, below := blocks[taken + 1 : _MOST_HEAD_BLOCKS]):
            head.subtitle = head.subtitle or (block if _is_summary_deck(block, below) else None)
        else:
            after = _past_notes(blocks, taken + 1)
            under_title = taken == 0 or _is_title(head, blocks[taken - 1])
            following = blocks[after : after + 2]
            if not _take(head, block, following[0] if following else None, under_title, following[1:]):
                break
        taken += 1
    return notes, taken


def _headline_past_furniture(blocks: list[str]) -> int | None:
    """Where the headline stands under the page's furniture, if it does: pages crawled whole print captions, a
    photo's credit, section labels, a date-time line or other stories' headlines over the article's headline,
    which its credit line follows ('Ana Ruiz and Tom Lee / AP', 'Por Ana Ruiz', a writer's name over two lines).
    Furniture is short and ends no paragraph: a label, a line that ends no sentence, or a caption of a few words;
    a caption closed by a picture's credit shows it is a page's ('… at the harbour.  Ana Ruiz—AP'), and so do a
    date line and a caption of a few words with its full stop ('Ana Ruiz, ministra de Obras Públicas.'). A date line,
    a label and a deck over a byline are a head that the reader of its lines reads, the deck no headline; a run of
    text over a headline and a byline is a digest's story, and is no furniture."""
    credited = dated = captioned = False
    for at, block in enumerate(blocks[: _MOST_FURNITURE_BLOCKS + 1]):
        if (
            at
            and at + 2 < len(blocks)
            and (credited or (dated and captioned))
            and _is_headline(block)
            and _credits_writer(blocks[at + 1], blocks[at + 2])
        ):
            return at
        if (is_header_line(block) and match_date_line(block) is None) or is_publisher_note(block):
            return None  # a credit or a note over the headline: the head's own reading
        words = len(block.split(maxsplit=_MAX_FURNITURE_WORDS))
        if words > _MAX_FURNITURE_WORDS or not (
            looks_like_heading(block, _MAX_FURNITURE_WORDS) or words <= _MAX_CAPTION_STOP_WORDS
        ):
            return None
        credited = credited or _PICTURE_CREDIT.search(block) is not None
        dated = dated or match_date_line(block) is not None
        captioned = captioned or (block.endswith(".") and words <= _MAX_CAPTION_STOP_WORDS)
    return None


def _is_headline(block: str) -> bool:
    return (
        len(block.split()) >= _GLUED_HEADLINE_MIN_WORDS
        and block[:1].isupper()
        and looks_like_heading(block, _TITLE_MAX_WORDS)
        and not is_header_line(block)
    )


def _credits_writer(block: str, following: str) -> bool:
    """A credit line that names the writer: 'By Ana Ruiz', 'Ana Ruiz / AP'; or a person's name alone over the
    text, not over more furniture, where it labels a picture."""
    if match_byline(block) is not None or match_wire_credit(block) is not None:
        return True
    name = match_bare_name(block)
    return name is not None and is_given_name(name.split()[0]) and not looks_like_heading(following)


def _past_furniture(head: Head, blocks: list[str], at: int) -> list[str]:
    """The blocks from the headline at `at` on, its credit read if a name alone: the furniture over it leaves, but
    for the date of its date line; the headline is the title, whatever the format took for one."""
    for block in blocks[:at]:
        if (found := match_date_line(block)) is not None:
            _note_date(head, found)
    head.title = blocks[at]
    if match_byline(blocks[at + 1]) is None and match_wire_credit(blocks[at + 1]) is None:
        head.byline = head.byline or blocks[at + 1]  # the name alone, which the head's lines do not read
        return [blocks[at], *blocks[at + 2 :]]
    return blocks[at:]


def _is_summary(block: str, below: list[str]) -> bool:
    """Whether `block` is a summary that a block of the head's below repeats as its start, past its dateline."""
    summary = as_compared(block).rstrip(_SUMMARY_END)
    if len(summary.split()) < _SUMMARY_MIN_WORDS:
        return False
    return any(_opens_with(later, summary) for later in below)


def _opens_with(block: str, summary: str) -> bool:
    # Most blocks do not hold the summary near their start at all: they are spared the dateline's patterns.
    if summary not in as_compared(block[: len(summary) + _DATELINE_WINDOW]):
        return False
    return _text_past_dateline(block).startswith(summary)


def _is_summary_deck(block: str, below: list[str]) -> bool:
    """A summary of a deck's length is the deck, full stop and all, as a page's description is; not when it is
    the lead printed whole, which the body keeps (a deck printed again is dropped from the head)."""
    whole = as_compared(block)
    lead_whole = any(_text_past_dateline(later) == whole for later in below)
    return len(block.split()) <= _DECK_MAX_WORDS and block[:1].isupper() and not lead_whole


def _text_past_dateline(block: str) -> str:
    dateline = find_dateline(block, opens_body=True)
    return as_compared(block[dateline.end if dateline else 0 :])


def _take(
    head: Head, block: str, following: str | None, under_title: bool = False, then: list[str] | None = None
) -> bool:
    """Whether `block` is a line of the head; what it says goes into `head`. `under_title`: the block comes
    right under the headline, or under the headline repeated at the top of the text. `then`: the block after
    `following`, if any."""
    if _is_title(head, block):
        return True
    # A section label over the repeated headline ('Política'): dropped; a date line there is read below.
    if following is not None and _is_title(head, following) and _is_label(block):
        return True
    if head.byline is None and head.date_text is None and (dated := match_dated_byline(block)) is not None:
        _note_credit(head, dated)
        return True
    if is_reading_time_line(block):
        return True
    if head.byline is None and (name := match_byline(block)) is not None:
        head.byline, outlet = split_outlet(name)
        head.publisher = head.publisher or outlet
        return True
    if head.byline is None and (credit := match_wire_credit(block)) is not None:
        head.byline, head.agency = credit
        return True
    if head.byline is not None and is_time(block):
        return True  # the hour of the story under its credit line ('8:50 PM UTC'), with no date: nothing to read
    if (outlet_date := match_outlet_date(block)) is not None:
        # 'La Voz del Sur, 3 de junio de 2024': the paper and its date, which no dateline's place names.
        head.publisher = head.publisher or outlet_date[0]
        _note_date(head, outlet_date[1])
        return True
    if (wire := _credited_wire(block)) is not None and (head.byline is None or wire_alone(head.byline) == wire):
        head.byline = head.byline or wire  # read as the text's agency, as a byline that names a wire alone is
        return True
    if head.byline is None and following is not None and _is_writer(block, following):
        head.byline = block  # a name alone over the date line or the writer's job: how many pages print it
        return True
    if head.byline is not None and is_job_title(block):
        return True  # the writer's job under the name ('Policy Correspondent'): the byline is the name
    if (found := match_date_line(block)) is not None:
        _note_date(head, found)
        return True  # under a date the format stated, the page's date line printed again: no body
    if (updated := match_update_line(block)) is not None:
        head.updated_text = head.updated_text or updated.text
        return True
    if (both := match_published_and_updated(block)) is not None:
        _note_date(head, both[0])
        head.updated_text = head.updated_text or both[1].text
        return True
    if (dated := _credit_line(head, block)) is not None:
        _note_credit(head, dated)  # past the update lines, whose 'Updated …' part reads as a credit line's label
        return True
    if not _has_dateline(head) and (dateline := find_dateline(block)) is not None and dateline.end == len(block):
        _note_dateline(head, dateline)
        return True
    if not _has_dateline(head) and (place := place_alone(block)) is not None:
        head.place = place
        return True
    if head.title and following is not None and _is_kicker(block, following):
        return True
    # A short line under the headline, over the byline, the date or the dateline, is the deck; so is one right
    # under the headline and over the first paragraph, as crawlers keep a page's headline, deck and text; and
    # one over the writer's name printed alone ('Jon Stone' over 'Policy Correspondent').
    if head.title and head.subtitle is None and following is not None and _is_deck_over(block, following, under_title):
        head.subtitle = block
        return True
    if head.title and head.subtitle is None and then and _is_writer(following or "", then[0]) and is_deck(block):
        head.subtitle = block
        return True
    return False


def _credit_line(head: Head, block: str) -> tuple[str | None, DateText] | None:
    """The writer and the date of a credit line of the head ('Ana Ruiz | 3 de junio de 2024') that names no
    writer or the head's, or that gives the head its writer: a format that stated the date or the writer (a
    crawler's header, a page's metadata) leaves the line in the head all the same, where the body kept it."""
    dated = match_dated_byline(block)
    if dated is None:
        return None
    writer = dated[0]
    return dated if writer is None or head.byline is None or writer.casefold() == head.byline.casefold() else None


def _note_credit(head: Head, dated: tuple[str | None, DateText]) -> None:
    # A credit line that names no writer ('Internacional | 3 de junio de 2024') gives the date alone; the
    # format's own date, if it stated one, stands.
    head.byline = head.byline or dated[0]
    _note_date(head, dated[1])


def _note_date(head: Head, date: DateText) -> None:
    """A date line's date is the head's, unless the format stated one (a dateline's, which lacks its year or month,
    gives way)."""
    if _may_date(head):
        head.date_text, head.date_evidence = date.text, "date line"


def _names_a_day(name: str) -> bool:
    return any(fold_word(word) in CALENDAR_WORDS for word in name.split())  # 'By Tuesday Night - …' is a sentence's


def _credited_wire(block: str) -> str | None:
    """The wire that a line of the head credits: its name alone ('The Associated Press', 'Reuters'), or its name
    and the places it filed from, between commas, as some sites print it over the text ('EFE, Cuba, La Habana,')."""
    name, *places = (part.strip() for part in block.rstrip(" ,").split(","))
    if len(places) > _MOST_CREDITED_PLACES or not all(map(is_place_name, places)):
        return None
    return wire_alone(_THE.sub("", name, count=1))


def _is_writer(block: str, following: str) -> bool:
    """A name alone over the date line or the writer's job: the byline as many pages print it."""
    return _under_name(following) and match_bare_name(block) is not None


def _under_name(block: str) -> bool:
    return match_date_line(block) is not None or is_job_title(block) or match_outlet_date(block) is not None


def _is_label(block: str) -> bool:
    return len(block.split()) <= _KICKER_MAX_WORDS and looks_like_heading(block) and not is_header_line(block)


def _is_kicker(block: str, following: str) -> bool:
    """A section's name alone right over the first paragraph, in the head ('Colombia', 'Economía'): the page's
    label, not the text's. Not a name alone, which may be the writer's, nor a line that ends in a colon and
    introduces what follows it."""
    over_text = not looks_like_heading(following) and not block.endswith(":")
    return over_text and _is_label(block) and match_bare_name(block) is None


def _is_deck_over(block: str, following: str, under_title: bool) -> bool:
    # A line that ends in a colon introduces what follows it; a deck does not.
    over_text = under_title and not block.endswith(":") and not looks_like_heading(following)
    return is_deck(block) and (_opens_head(following) or over_text)


def _is_title(head: Head, block: str) -> bool:
    """The headline or the deck, printed again in the head; or the headline under a live page's label ('En
    directo <headline>'), when the title is not the label's line itself."""
    folded = block.casefold()
    return any(part is not None and folded == part.casefold() for part in (head.title, head.subtitle)) or (
        _is_live_title(head, block)
    )


def _is_live_title(head: Head, block: str) -> bool:
    live = _LIVE_LABEL.match(block)
    return live is not None and head.title is not None and block[live.end() :].casefold() == head.title.casefold()


def read_dateline(head: Head, blocks: list[str]) -> list[str]:
    """The dateline that opens the first paragraph ('Havana, July 18 (RHC)-- The …', or there only, a known
    place and a full stop: 'Ciudad de México. Organizaciones …') goes into `head`; the paragraph, without it,
    is cleaned again (the dateline may leave a stray dash)."""
    at = _past_notes(blocks, 0)
    if _has_dateline(head) or at == len(blocks):
        return blocks
    dateline = find_dateline(blocks[at], opens_body=True)
    if dateline is None and (glued := _glued_headline(blocks[at])) is not None:
        headline, dateline = glued
        head.title = head.title or headline
    if dateline is None:
        at, dateline = _dateline_under_headlines(blocks, at)
        if dateline is None:
            return blocks
    _note_dateline(head, dateline)
    end = _past_printed_date(head, blocks[at], dateline.end)
    end = _past_signed_byline(head, blocks[at], end)
    return [*blocks[:at], clean_block(blocks[at][end:]), *blocks[at + 1 :]]


def _past_signed_byline(head: Head, block: str, end: int) -> int:
    """Where the text starts past the writer's name signed between the dateline and the text ('MANILA, March 4
    (STAR) By Ana Cruz - Four senators …'): a name alone after 'By'/'Por', then a dash. It is the byline unless
    the head has one."""
    m = _BYLINE_AFTER_DATELINE.match(block, end)
    if m is None or match_bare_name(m.group("name")) is None or _names_a_day(m.group("name")):
        return end
    head.byline = head.byline or m.group("name")
    return m.end()


def _glued_headline(block: str) -> tuple[str, Dateline] | None:
    """The headline that a page ran together with the dateline of the first paragraph ('Minister denies rift
    ISLAMABAD, Apr 9 (APP) :The minister …'), and the dateline, its end counted in `block`. The dateline must
    open with a place in capitals and carry a date and an agency, after a heading that ends no sentence: no
    sentence names a place so."""
    for m in _GLUED_PLACE.finditer(block, 0, _GLUED_LOOK):
        headline = block[: m.start()].strip()
        if len(headline.split()) > _TITLE_MAX_WORDS or _SENTENCE_INSIDE.search(headline):
            return None
        dateline = find_dateline(block[m.end() :])
        if dateline is not None and dateline.date is not None and dateline.agency is not None:
            if len(headline.split()) < _GLUED_HEADLINE_MIN_WORDS or not looks_like_heading(headline):
                return None
            return headline, Dateline(dateline.place, dateline.agency, dateline.date, m.end() + dateline.end)
    return None


def _past_printed_date(head: Head, block: str, end: int) -> int:
    """Where the text starts past a full date printed after the dateline: the date gives the head's date unless
    a date line gave one."""
    date = date_after_dateline(block, end)
    if date is None:
        return end
    if _may_date(head):
        head.date_text, head.date_evidence = date.text, "dateline"
    return end + len(date.text)


def _dateline_under_headlines(blocks: list[str], start: int) -> tuple[int, Dateline | None]:
    """The paragraph under a headline or a deck left in the body (a page's label over them hid them from the
    head) that a dateline opens, and the dateline. It must carry a date or an agency ('Bogotá, 10 dic (EFE).-',
    'MADRID, 13 (EUROPA PRESS)'): under a heading, a place and a full stop may open any paragraph."""
    for at in range(start, min(len(blocks) - 1, start + _MOST_HEADLINES)):
        if not looks_like_heading(blocks[at], _HEADLINE_MAX_WORDS):
            break
        dateline = find_dateline(blocks[at + 1], opens_body=True)
        if dateline is not None and (dateline.date or dateline.agency):
            return at + 1, dateline
    return start, None


def _part_notes_from_datelines(blocks: list[str]) -> list[str]:
    """`blocks`, a note that runs on into the dateline in two: the note, then the paragraph the dateline opens."""
    parted: list[str] = []
    for block in blocks:
        at = _run_on_dateline(block) if is_publisher_note(block) else None
        parted.extend((block,) if at is None else (block[:at].rstrip(), block[at:]))
    return parted


def _run_on_dateline(note: str) -> int | None:
    """Where a dateline starts after one of the note's sentences, if one does. It must carry a date or an
    agency: the note's own next sentence may open with a place in capitals ('… corrected. EFE: …'); and
    another note is not a dateline ('… corrected. UPDATE: …'). Time grows with the note's length."""
    for end in _SENTENCE_END.finditer(note):
        # A window, not the rest of the note: a copy of the rest at every sentence grew with the square.
        rest = note[end.end() : end.end() + _DATELINE_WINDOW]
        dateline = find_dateline(rest)
        if dateline is not None and (dateline.date or dateline.agency) and not is_publisher_note(rest):
            return end.end()
    return None


def _past_notes(blocks: list[str], start: int) -> int:
    """The index of the first block from `start` on that is not a publisher's note (`_MOST_NOTES` at most)."""
    at = start
    while at < min(len(blocks), start + _MOST_NOTES) and is_publisher_note(blocks[at]):
        at += 1
    return at


def _may_date(head: Head) -> bool:
    """Whether a date line may still give the date: the head has none, or only its dateline's."""
    return head.date_text is None or head.date_evidence == "dateline"


def _has_dateline(head: Head) -> bool:
    # A dateline may name its agency alone ('(Bloomberg) --'): it is read all the same.
    return head.place is not None or head.dateline_agency is not None


def _note_dateline(head: Head, dateline: Dateline) -> None:
    head.place, head.dateline_agency = dateline.place, dateline.agency
    if head.date_text is None and dateline.date is not None:
        head.date_text, head.date_evidence = dateline.date.text, "dateline"


def _opens_head(block: str) -> bool:
    return is_header_line(block) or find_dateline(block) is not None


def is_deck(block: str) -> bool:
    # A deck opens in a capital as a headline does ('iPhone …' too); a line in lower case is a page's caption
    # ('ep el alcalde de …').
    in_lower_case = block[:1].islower() and not block[1:2].isupper()
    return len(block.split()) >= _DECK_MIN_WORDS and not in_lower_case and looks_like_heading(block, _DECK_MAX_WORDS)
