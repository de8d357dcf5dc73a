"""Lines printed in capitals: headings, shouted posts, wire slugs ("SE ESCAPÓ EN 2016 CON UN TÚNEL").

There every word is capitalised, so capitals tell no name from a common word: "UN" is Spanish "un", not the
United Nations, and "CONGRESO EXTRAORDINARIO" is a party's congress, not a body's name. Extractors that read
names by their capitals ask where such lines are.
"""

from __future__ import annotations

import re
from itertools import accumulate

# A token of a link or a handle ("pic.twitter.com/x", "@user"), whose case is its own.
_LINK = re.compile(r"[/@]|\w\.\w")
_MIN_WORDS = 3


def lines_in_capitals(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of `text` of at least three words, all in capitals but its links, in text
    order. Read with `str` methods: most articles have no such line, and a regex over every character cost
    a tenth of the organizations' own reading."""
    parts = text.split("\n")
    # A line in capitals opens with two of them, or one and a space ("A LOS"): few lines do, so only they
    # are read further, and where their text starts counted.
    openings = [index for index, line in enumerate(parts) if line[:2].isupper()]
    if not openings:
        return []
    starts = [0, *accumulate(len(line) + 1 for line in parts)]
    return [
        (starts[index], starts[index] + len(parts[index])) for index in openings if _is_line_in_capitals(parts[index])
    ]


def _is_line_in_capitals(line: str) -> bool:
    return line.count(" ") >= _MIN_WORDS - 1 and (line.isupper() or (_has_link(line) and _is_in_capitals(line)))


def _has_link(line: str) -> bool:
    """Whether the line has a link, and opens with a word in capitals: most lines with a link do not."""
    return ("/" in line or "@" in line) and line[: line.find(" ")].isupper()


def _is_in_capitals(line: str) -> bool:
    words = [token for token in line.split() if any(ch.isalpha() for ch in token) and not _LINK.search(token)]
    return len(words) >= _MIN_WORDS and all(word.isupper() for word in words)
