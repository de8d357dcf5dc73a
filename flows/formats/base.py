"""What every format parser returns, and helpers the plain-text parsers share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from flows.clean import SEPARATOR, is_debris
from flows.extract.byline import match_byline, match_dated_byline
from flows.extract.dates import is_update_line, match_date_line

_SEPARATOR_LINE = re.compile(r"^\s*(?:[-*_=]\s*){3,}$")
_SENTENCE_END = re.compile(r"[.!?:;\"”»’')\]]$")
_HEADER_CHUNK_LINES = 4
# A word hyphenated across a line end ('Sanea-\nmiento'). Text typeset for print, as PDF exports are, breaks
# words this way on many lines; a hard-wrapped text breaks at spaces, and a hyphen at its line end is a
# compound's own ('long-\nterm'), so words are only rejoined in a text with several such breaks.
_BROKEN_WORD = re.compile(r"(\w)-\n([a-záéíóúñü])")
_TYPESET_BREAKS = 3


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


class Format(Protocol):
    name: str

    def detect(self, text: str) -> bool: ...

    def parse(self, text: str) -> ParsedDocument: ...


def is_separator(line: str) -> bool:
    return bool(_SEPARATOR_LINE.match(line))


def plain_blocks(text: str) -> list[str]:
    """Blocks of a plain-text body: paragraphs are separated by blank lines.

    Inside a block, lines that each end a sentence are separate paragraphs (one paragraph per line,
    as many exports write them); otherwise the lines are a hard-wrapped paragraph and are joined.
    A separator line, or a line that is export debris by itself, is never part of a paragraph: pages
    glue their footer ('----', 'Compartir: Facebook | Twitter', 'Noticias relacionadas:') under the
    last paragraph without a blank line.
    """
    blocks: list[str] = []
    typeset = len(_BROKEN_WORD.findall(text)) >= _TYPESET_BREAKS
    for chunk in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        for run in _runs(lines):
            if len(run) > 1 and (all(_SENTENCE_END.search(line) for line in run) or _is_header_chunk(run)):
                blocks.extend(run)
            else:
                joined = "\n".join(run)
                joined = " ".join((_BROKEN_WORD.sub(r"\1\2", joined) if typeset else joined).split("\n"))
                blocks.append(SEPARATOR if is_separator(joined) else joined)
    return blocks


def _runs(lines: list[str]) -> list[list[str]]:
    """The lines of a chunk, cut before every separator or debris line and after every separator.
    The lines after a debris line stay with it: they are what a label such as 'Lee también:' lists."""
    runs: list[list[str]] = []
    for line in lines:
        if not runs or is_separator(line) or is_separator(runs[-1][-1]) or is_debris(line):
            runs.append([line])
        else:
            runs[-1].append(line)
    return runs


def is_header_line(line: str) -> bool:
    """A byline, a publication date or the date of an update: a line of its own, not part of a paragraph."""
    return (
        match_byline(line) is not None
        or match_date_line(line) is not None
        or is_update_line(line)
        or match_dated_byline(line) is not None
    )


def _is_header_chunk(lines: list[str]) -> bool:
    """Short lines such as a byline over a date ('By Jane Doe' / 'June 3rd, 2024'), which joining would run together."""
    return len(lines) <= _HEADER_CHUNK_LINES and all(map(looks_like_heading, lines)) and any(map(is_header_line, lines))


def looks_like_heading(block: str, max_words: int = 30) -> bool:
    """A single short line that does not end like a sentence: a headline, not a paragraph."""
    words = block.split()
    return 0 < len(words) <= max_words and "\n" not in block and not block.rstrip().endswith((".", ";", ","))
