"""`re` stand-ins for `regex` patterns, on the characters nearly every English or Spanish article is made of.

The people and quote extractors need Unicode properties (\\p{Lu}, \\p{Ll}, \\p{L}), which only the `regex`
module has; but scanning a whole article with `regex` costs about three times as much as with `re` and a
pattern that opens with a character class (`re` then skips to that class in C). So a scanning pattern
comes in two forms (`TwoPatterns`): the `regex` one, for any text, and an `re` one in which each property
is spelled out as its characters within COMMON (Latin script, general punctuation, currency signs).
`for_text` gives the `re` form when every character of the text is in COMMON, as in every article of the
benchmark corpus, and the `regex` form otherwise.

The forms find the same matches: the classes are read from `regex` itself, and on COMMON the two modules
agree on \\s, \\w and \\d, and so on \\b (tests/extract/test_latin_patterns.py checks both).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

# Code point ranges, inclusive. Left out: C0 controls other than tab and line breaks ("\x1c" is \s for `re`
# only), and superscript digits and vulgar fractions ("²" is \w for `re` only); combining marks too (\w for
# `regex` only): articles are NFC, so an accent is part of its letter. A text with any of them, or with
# another script, takes the `regex` form.
COMMON: tuple[tuple[int, int], ...] = (
    (0x09, 0x0D),
    (0x20, 0x7E),
    (0x85, 0x85),
    (0xA0, 0xB1),
    (0xB4, 0xB8),
    (0xBA, 0xBB),
    (0xBF, 0x24F),  # Latin-1 letters, Latin Extended-A and -B
    (0x1E00, 0x1EFF),  # Latin Extended Additional
    (0x2000, 0x200B),  # general punctuation: spaces, dashes, typographic quotes, ellipsis ...
    (0x200E, 0x203E),  # ... but not the joiners U+200C, U+200D nor the connectors "‿⁀⁔" (\w for `regex` only)
    (0x2041, 0x2053),
    (0x2055, 0x206F),
    (0x20A0, 0x20CF),  # currency signs
)


def _class_body(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(
        re.escape(chr(first)) if first == last else f"{re.escape(chr(first))}-{re.escape(chr(last))}"
        for first, last in ranges
    )


_OUTSIDE = re.compile(f"[^{_class_body(COMMON)}]")


@lru_cache(maxsize=8)  # several extractors ask about the same article in turn
def is_common(text: str) -> bool:
    """Whether every character of `text` is in COMMON."""
    return _OUTSIDE.search(text) is None


def common_characters() -> str:
    return "".join(chr(code) for first, last in COMMON for code in range(first, last + 1))


@cache
def property_class(name: str) -> str:
    """An `re` character class of the characters of COMMON that have the Unicode property `name` for
    `regex` ("Lu", "Ll", "L"): `property_class("Lu")` is "[A-ZÀ-ÖØ-Þ...]"."""
    ranges: list[tuple[int, int]] = []
    for code in map(ord, regex.findall(rf"\p{{{name}}}", common_characters())):  # in code point order
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return f"[{_class_body(tuple(ranges))}]"


@dataclass(frozen=True, slots=True)
class TwoPatterns:
    general: regex.Pattern[str]  # for any text
    common: re.Pattern[str]  # the same matches on a text of COMMON characters, faster

    def for_text(self, text: str) -> re.Pattern[str] | regex.Pattern[str]:
        return self.common if is_common(text) else self.general
