"""Plain text: an optional title line (and subtitle, byline or date line under it), then paragraphs.

This is also the fallback format: any decodable text that no other parser claims is read as plain text.
"""

from __future__ import annotations

import itertools

from flows.extract.byline import match_bare_name, match_outlet_date
from flows.extract.dateline import find_dateline
from flows.extract.given_names import is_given_name
from flows.extract.name_words import FUNCTION_WORDS
from flows.extract.notes import is_publisher_note
from flows.formats.base import ParsedDocument, is_header_line, is_separator, looks_like_heading, plain_blocks
from flows.formats.page_chrome import is_page_chrome, is_site_address

NAME = "plain text"
_TITLE_MAX_WORDS = 25
# Some papers write headlines of 30 words and more ('De comparar la dolarización con una pizza a explicar por
# qué …'). A line that long is the title only when a blank line sets it apart from the text under it.
_SET_APART_TITLE_MAX_WORDS = 45
_SUBTITLE_MAX_WORDS = 40
_HEADER_LINES = 4
_KICKER_MAX_WORDS = 2  # three capitalised words may be a headline: "MÉXICO ELIGE PRESIDENTA"
# A page's labels over its headline: a section's or a site's name of three words at most ('Economía y
# Negocios'), or a line of the page's chrome, which may be longer ('back to all press releases'); the lines
# looked at for them, blank lines among them (a menu of a few entries, a site's name, a section's).
_LABEL_MAX_WORDS = 3
_CHROME_MAX_WORDS = 8
_LABEL_LOOK = 8
_HEADLINE_MIN_WORDS = 4
# A site's slogan, printed under its name ('Rapidez, objetividad, veracidad… Toda la información en un sitio!').
_SLOGAN_MAX_WORDS = 12


class PlainText:
    name = NAME

    def detect(self, text: str) -> bool:
        return True

    def parse(self, text: str) -> ParsedDocument:
        doc = ParsedDocument(source_format=NAME)
        lines = text.strip().split("\n")
        above, lines = _above_the_headline(lines)
        first = lines[0].strip() if lines else ""
        if not looks_like_heading(first, _title_max_words(lines)):
            doc.blocks = [*above, *plain_blocks("\n".join(lines))]
            return doc
        doc.title = first  # a headline alone, with nothing under it, leaves no body: a no-body reject
        rest = lines[1:]
        if rest and is_separator(rest[0]):
            rest = rest[1:]  # the headline's underline ('=====', as Markdown's setext headings write it)
        # Lines right under the title (subtitle, byline, date) count as separate blocks even without
        # blank lines between them; the article assembler reads bylines and date lines off the first blocks.
        header: list[str] = []
        while (
            len(header) < min(len(rest), _HEADER_LINES) and rest[len(header)].strip() and not _wraps(rest, len(header))
        ):
            header.append(rest[len(header)].strip())
        if not header or not all(looks_like_heading(h, _SUBTITLE_MAX_WORDS) for h in header):
            doc.blocks = [*above, *plain_blocks("\n".join(rest))]
            return doc
        if _is_slug(header):
            header.pop(0)
        elif not is_header_line(header[0]) and not is_publisher_note(header[0]) and not _is_writer(header):
            doc.subtitle = header.pop(0)
        doc.blocks = [*above, *header, *plain_blocks("\n".join(rest[len(header) + (doc.subtitle is not None) :]))]
        return doc


def _over_credit(header: list[str]) -> bool:
    """Whether a credit or a date line stands second among the header's lines."""
    return len(header) > 1 and (is_header_line(header[1]) or match_outlet_date(header[1]) is not None)


def _is_writer(header: list[str]) -> bool:
    """A name alone over the date or the credit line ('Ana Ruiz' over 'La Voz del Sur, 3 de junio de 2024'):
    the writer, which the head's reader takes, no deck. A person's name, opening with a given name: a short deck
    in capitals ('Crisis Económica') has a name's shape too."""
    name = match_bare_name(header[0])
    return name is not None and is_given_name(name.split()[0]) and _over_credit(header)


def _is_slug(header: list[str]) -> bool:
    """A wire's slug over its credit line ('CHILE SUCESOS' over 'Agencia EFE | 3 de junio de 2024'): a word or
    two in capitals that file the story, no deck."""
    first = header[0]
    return first.isupper() and len(first.split()) <= _KICKER_MAX_WORDS and _over_credit(header)


def _title_max_words(lines: list[str]) -> int:
    set_apart = len(lines) > 1 and not lines[1].strip()
    return _SET_APART_TITLE_MAX_WORDS if set_apart else _TITLE_MAX_WORDS


def _wraps(lines: list[str], at: int) -> bool:
    """Whether the line at `at` belongs to a hard-wrapped paragraph: it starts in lower case, or the line under
    it does. A deck, a byline or a date line is never continued on a line that starts in lower case."""
    following = lines[at + 1].strip() if at + 1 < len(lines) else ""
    return lines[at].strip()[:1].islower() or following[:1].islower()


def _above_the_headline(lines: list[str]) -> tuple[list[str], list[str]]:
    """Bylines and dates printed above the headline (kept for the article assembler), and the lines from the
    headline on. A kicker, a short all-capitals section label such as 'INTERNACIONAL', is dropped; so is a
    page's label over the headline ('Noticias', 'News Archive', 'back to all press releases')."""
    above: list[str] = []
    kicker = False
    i = 0
    while i < len(lines) and len(above) < _HEADER_LINES:
        line = lines[i].strip()
        if line and is_header_line(line):
            above.append(line)
        elif line and not kicker and _is_kicker(line, lines, i + 1):
            kicker = True  # one label at most: a run of short capitalised lines is text, not labels
        elif line and (labels := _labels_under_site(lines, i) or _labels_over_headline(lines, i)):
            i += labels
            continue
        elif line and _is_label_over_dateline(line, lines, i + 1):
            i += 1
            continue
        elif line:
            break
        i += 1
    return above, lines[i:]


def _is_kicker(line: str, lines: list[str], after: int) -> bool:
    following = next((rest.strip() for rest in itertools.islice(lines, after, None) if rest.strip()), "")
    words = line.split()
    return len(words) <= _KICKER_MAX_WORDS and line.isupper() and looks_like_heading(following, _TITLE_MAX_WORDS)


def _labels_under_site(lines: list[str], start: int) -> int:
    # The first try of a site's address: with the line under it as its slogan.
    return _labels_over_headline(lines, start, slogan=True) if is_site_address(lines[start]) else 0


def _is_label_over_dateline(line: str, lines: list[str], after: int) -> bool:
    """A section's name over wire copy that opens with its dateline ('National News' over 'PHOENIX (AP) — …'):
    the dateline says the text starts there, and the lead names none of the label's words, where a short
    headline's ('Obama Visits Cuba') are what the lead is about."""
    following = next((rest.strip() for rest in itertools.islice(lines, after, None) if rest.strip()), "")
    dateline = find_dateline(following) if _label_words(line) else None
    if dateline is None or (dateline.agency is None and dateline.date is None):
        return False
    lead = set(following.casefold().split())
    return not any(word.casefold() in lead for word in line.split() if word.casefold() not in FUNCTION_WORDS)


def _labels_over_headline(lines: list[str], start: int, *, slogan: bool = False) -> int:
    """How many lines from `start` on (blank ones among them) are a page's labels over its headline, or 0.

    A label names a section or a site, or is the page's own chrome: a name of capitalised words ('Nacionales',
    'News Archive', 'BBC News'), a line in lower case ('back to all press releases'), an error in brackets, a
    site's address or a credit (flows/formats/page_chrome.py). A headline is a clause, longer than the labels over
    it, and text follows it. A short headline in sentence case ('Petro dimite', 'Fire kills three') is no label:
    its verb is in lower case. `slogan`: the line under a site's address is its slogan, when a headline follows
    it all the same. The labels may end at a kicker over the headline ('INTERNACIONAL'), which the caller reads."""
    longest = 0
    at = past_labels = start
    after_address = False
    while at < len(lines) and at - start < _LABEL_LOOK:
        line = lines[at].strip()
        if line and not is_header_line(line):
            label_words = _label_words(line)
            if label_words is None and slogan and after_address and looks_like_heading(line, _SLOGAN_MAX_WORDS):
                label_words = 0
            if label_words is None:
                if past_labels > start and _is_kicker(line, lines, at + 1):
                    return past_labels - start
                break
            longest, past_labels = max(longest, label_words), at + 1
            after_address = is_site_address(line)
        at += 1
    if past_labels == start or at >= len(lines) or _wraps(lines, at):
        return 0
    headline_words = len(lines[at].split())
    after = next((rest for rest in itertools.islice(lines, at + 1, None) if rest.strip()), "")
    is_headline = (
        headline_words >= max(_HEADLINE_MIN_WORDS, 2 * longest)
        and looks_like_heading(lines[at].strip(), _TITLE_MAX_WORDS)
        and not is_header_line(lines[at].strip())
        and bool(after)
    )
    # A date or byline line among the labels is read by the caller, after them.
    return past_labels - start if is_headline else 0


def _label_words(line: str) -> int | None:
    """The words of `line` that a headline under it must outnumber, if it may be a label; None if not. The
    page's chrome counts none: a headline may be shorter than 'back to all press releases'."""
    if is_page_chrome(line):
        return 0
    if not looks_like_heading(line, _CHROME_MAX_WORDS) or line.isupper():
        return None  # a line in capitals is a kicker (read above) or a headline: 'PUERTO SIN GRÚAS'
    if line.startswith("[") and line.endswith("]"):
        return 0  # a server's error in place of an included block: '[an error occurred while processing …]'
    if line[:1].islower() and not line[1:2].isupper():
        return 0  # no headline starts in lower case; 'iPhone sales soar' does, with a capital after it
    words = line.split()
    return len(words) if len(words) <= _LABEL_MAX_WORDS and all(map(_is_name_word, words)) else None


def _is_name_word(word: str) -> bool:
    return not word[:1].isalpha() or word[:1].isupper() or word.casefold() in FUNCTION_WORDS
