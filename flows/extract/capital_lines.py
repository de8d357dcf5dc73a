"""Lines printed in capitals: headings, shouted posts, wire slugs ("SE ESCAPÓ EN 2016 CON UN TÚNEL").

There every word is capitalised, so capitals tell no name from a common word: "UN" is Spanish "un", not the
United Nations, and "CONGRESO EXTRAORDINARIO" is a party's congress, not a body's name. Extractors that read
names by their capitals ask where such lines are.
"""

from __future__ import annotations

import re

# Three words of capitals in a row: where a line in capitals may be. Only the lines they are in are read.
_CAPITAL_WORDS = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,}(?:[^\w\n]+[A-ZÀ-ÖØ-Þ]{2,}){2}")
# A token of a link or a handle ("pic.twitter.com/x", "@user"), whose case is its own.
_LINK = re.compile(r"[/@]|\w\.\w")
_MIN_WORDS = 3
# At most this share of a line's words may hold a small letter: "McDONALD'S" in a heading.
_MAX_SHARE_IN_SMALL_LETTERS = 0.1


def lines_in_capitals(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of `text` whose words are in capitals, in text order."""
    lines: list[tuple[int, int]] = []
    match = _CAPITAL_WORDS.search(text)
    while match is not None:
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end == -1 else end
        if _is_in_capitals(text[start:end]):
            lines.append((start, end))
        match = _CAPITAL_WORDS.search(text, end)  # each line is read once
    return lines


def _is_in_capitals(line: str) -> bool:
    words = [token for token in line.split() if any(ch.isalpha() for ch in token) and not _LINK.search(token)]
    small = sum(1 for word in words if any(ch.islower() for ch in word))
    return len(words) >= _MIN_WORDS and small <= _MAX_SHARE_IN_SMALL_LETTERS * len(words)
