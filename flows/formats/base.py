"""What every format parser returns, and helpers the plain-text parsers share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from flows.clean import SEPARATOR, is_a_caption_printed_twice, is_debris, is_link_list, is_list_label, is_listed_item
from flows.extract.byline import match_byline, match_dated_byline, match_wire_credit, name_over_two_lines
from flows.extract.dates import is_update_line, match_date_line

_SEPARATOR_LINE = re.compile(r"^\s*(?:[-*_=]\s*){3,}$")
_SENTENCE_END = re.compile(r"[.!?:;\"”»’')\]]$")
_HEADER_CHUNK_LINES = 4
# A word hyphenated across a line end ('Sanea-\nmiento'). Text typeset for print, as PDF exports are, breaks
# words this way on many lines; a hard-wrapped text breaks at spaces, and a hyphen at its line end is a
# compound's own ('long-\nterm'), so words are only rejoined in a text with several such breaks.
_BROKEN_WORD = re.compile(r"(\w)-\n([a-záéíóúñü])")
_TYPESET_BREAKS = 3
# A first line indented this much deeper than the lines under it opens a paragraph.
_PARAGRAPH_INDENT = 2
# Hard wrapping breaks lines at 60 to 80 characters, a few more in wide layouts; a longer line is a
# paragraph of its own.
_LONGEST_WRAPPED_LINE = 160


@dataclass(slots=True)
class ParsedDocument:
    """A file read in its own format: metadata it states outright, and raw body blocks in order."""

    source_format: str
    blocks: list[str] = field(default_factory=list)
    title: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    publisher: str | None = None
    url: str | None = None
    date_text: str | None = None
    date_evidence: str | None = None
    updated_date_text: str | None = None  # when the format states the article last changed, as printed
    # Whether the text has markup for a heading of the body (markdown, HTML): where it has none (plain text), which
    # block is a subhead is unknown, and the paragraphs table says so (is_heading null).
    marks_headings: bool = False


class Format(Protocol):
    name: str

    def detect(self, text: str) -> bool: ...

    def parse(self, text: str) -> ParsedDocument: ...


def is_separator(line: str) -> bool:
    return bool(_SEPARATOR_LINE.match(line))


def plain_blocks(text: str) -> list[str]:
    """Blocks of a plain-text body: paragraphs are separated by blank lines.

    Inside a block, paragraphs may also start a line of their own. Wire copy hard-wrapped at a fixed width
    marks each paragraph by indenting its first line ('    WASHINGTON, Feb 26 - The …' over 'says …'): the
    block is cut before each such line and every paragraph's lines are joined. Otherwise, when the lines end
    sentences and none goes on in lower case, or a line is longer than any hard-wrapped one, the text has one
    paragraph per line, as many exports and crawlers write it, and a line that ends no sentence there is a
    subheading or a deck, a paragraph of its own; else the lines are a hard-wrapped paragraph and are joined.
    A separator line, or a line that is export debris by itself, is never part of a paragraph: pages glue
    their footer ('----', 'Compartir: Facebook | Twitter', 'Noticias relacionadas:') under the last paragraph
    without a blank line. A writer's name broken over two lines over the text ('Luz Marina' / 'Ortega Salcedo')
    is a block of its own, on one line.
    """
    blocks: list[str] = []
    # Each break has a '-\n' of its own: most texts have too few to count, and are spared a search of their whole
    # length (28 µs a file over the corpus's calls of plain_blocks).
    typeset = text.count("-\n") >= _TYPESET_BREAKS and len(_BROKEN_WORD.findall(text)) >= _TYPESET_BREAKS
    for chunk in re.split(r"\n\s*\n", text):
        for paragraph, wrapped in _indented_paragraphs([line for line in chunk.split("\n") if line.strip()]):
            for run in _runs(paragraph):
                if is_link_list(run) or is_a_caption_printed_twice(run):
                    continue
                if len(run) > 2 and (name := name_over_two_lines(run[0], run[1])) is not None:
                    blocks.append(name)  # the writer's name, broken over two lines over the text: a block apart
                    run = run[2:]
                if len(run) > 1 and not wrapped and (_one_paragraph_per_line(run) or _is_header_chunk(run)):
                    blocks.extend(run)
                else:
                    joined = "\n".join(run)
                    joined = " ".join((_BROKEN_WORD.sub(r"\1\2", joined) if typeset else joined).split("\n"))
                    blocks.append(SEPARATOR if is_separator(joined) else joined)
    return blocks


def _indented_paragraphs(lines: list[str]) -> list[tuple[list[str], bool]]:
    """The lines of a chunk, stripped, as paragraphs, each with whether it is known to be hard-wrapped.

    The chunk is cut before every line indented deeper than the chunk's least-indented lines when those
    deeper lines open paragraphs: most of them are followed by a line at the least indentation, their
    paragraph's next line. An indented passage, every line of it indented alike, is no such chunk."""
    indents = [len(line) - len(line.lstrip()) for line in lines]
    least = min(indents, default=0)
    starts = [i for i, indent in enumerate(indents) if indent >= least + _PARAGRAPH_INDENT]
    followed = sum(1 for i in starts if i + 1 < len(lines) and indents[i + 1] < least + _PARAGRAPH_INDENT)
    inner = [i for i in starts if i + 1 < len(lines)]
    if not inner or followed * 2 <= len(inner) or len(starts) == len(lines):
        return [([line.strip() for line in lines], False)]
    cuts = sorted({0, *starts})
    return [([line.strip() for line in lines[a:b]], True) for a, b in zip(cuts, [*cuts[1:], len(lines)], strict=True)]


def _one_paragraph_per_line(lines: list[str]) -> bool:
    """Whether the lines are paragraphs, not the lines of one hard-wrapped paragraph: every line ends a
    sentence; or some do and no line goes on in lower case, as a wrapped sentence's next line all but always
    does somewhere (lines wrapped between short sentences end a sentence as often as not); or a line is
    longer than wrapping leaves one."""
    ends = sum(1 for line in lines[:-1] if _SENTENCE_END.search(line))
    continued = any(line[:1].islower() for line in lines[1:])
    return ends == len(lines) - 1 or (ends > 0 and not continued) or any(map(_too_long_to_wrap, lines[:-1]))


def _too_long_to_wrap(line: str) -> bool:
    return len(line) > _LONGEST_WRAPPED_LINE


def _runs(lines: list[str]) -> list[list[str]]:
    """The lines of a chunk, cut before every separator or debris line and after every separator or debris
    line, but a label's: the lines after a label such as 'Lee también:' are what it lists, and stay with it."""
    runs: list[list[str]] = []
    for line in lines:
        if not runs or is_separator(line) or is_debris(line) or _ends_run(runs[-1], line):
            runs.append([line])
        else:
            runs[-1].append(line)
    return runs


def _ends_run(run: list[str], line: str) -> bool:
    """Whether `line` starts a new run after `run`. A label's run goes on while the lines are what it lists."""
    if is_list_label(run[0]):
        return not is_listed_item(line)
    return is_separator(run[-1]) or is_debris(run[-1])


def is_header_line(line: str) -> bool:
    """A byline, a publication date or the date of an update: a line of its own, not part of a paragraph."""
    return (
        match_byline(line) is not None
        or match_date_line(line) is not None
        or is_update_line(line)
        or match_dated_byline(line) is not None
        or match_wire_credit(line) is not None
    )


def _is_header_chunk(lines: list[str]) -> bool:
    """Short lines such as a byline over a date ('By Jane Doe' / 'June 3rd, 2024'), which joining would run together."""
    return len(lines) <= _HEADER_CHUNK_LINES and all(map(looks_like_heading, lines)) and any(map(is_header_line, lines))


# The quotation marks and brackets that may close a sentence after its stop ('… of “Inside the Harbour.”').
_CLOSERS = "\"”’»')]"


def looks_like_heading(block: str, max_words: int = 30) -> bool:
    """A single short line that does not end like a sentence: a headline, not a paragraph. A sentence may end inside
    the quotation that closes it ('… of “Inside the Harbour.”', as English prints it)."""
    words = block.split(maxsplit=max_words)  # a paragraph's other words are not made strings
    return (
        0 < len(words) <= max_words
        and "\n" not in block
        and not block.rstrip().rstrip(_CLOSERS).endswith((".", ";", ","))
    )


def as_compared(text: str) -> str:
    """`text` with its spacing collapsed and its case folded: how a line of the head is compared with its copy
    elsewhere in the page (a headline or a deck printed again, a summary repeated by the lead)."""
    return " ".join(text.split()).casefold()
