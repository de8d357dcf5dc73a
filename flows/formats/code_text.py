"""Code or style sheets, not prose: what a browser saves beside a page ("Web page, complete" writes its
scripts and style sheets into a `<page>_files` folder), and what else strays into an input folder.

Read as plain text they would be articles of braces and semicolons. Prose has few of the characters code is
made of (`{}();=<>[]|&$#\\`): under 3.5 % of the visible characters in 11,000 articles of the benchmark
corpus, against 12 to 19 % in style sheets and scripts. A text is code when more than `_MOST_CODE_SHARE` of
its characters are, and most of its lines end as statements and blocks do (`;`, `{`, `}`, `,`, `)`), which a
markdown table full of `|` does not.
"""

from __future__ import annotations

_CODE_CHARACTERS = frozenset("{}();=<>[]|&$#\\")
_STATEMENT_ENDS = (";", "{", "}", ",", ")")
_MOST_CODE_SHARE = 0.08
_LEAST_STATEMENT_LINES = 0.5
_LEAST_VISIBLE = 40  # fewer characters say nothing either way; such a file has no body anyway


def looks_like_code(text: str) -> bool:
    visible = len(text) - sum(text.count(space) for space in " \t\n\r\f\v")
    if visible < _LEAST_VISIBLE:
        return False
    code = sum(text.count(character) for character in _CODE_CHARACTERS)
    if code <= _MOST_CODE_SHARE * visible:
        return False
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    statements = sum(1 for line in lines if line.endswith(_STATEMENT_ENDS))
    return statements >= _LEAST_STATEMENT_LINES * len(lines)
