"""Mojibake repair: UTF-8 text that was once read as Windows-1252 or Latin-1 and saved again ("MÃ©xico",
"â€œHola,â€\x9d").

Scraped news is full of it: a CMS or a CSV export read the page's UTF-8 as Windows-1252 and wrote the result
out as UTF-8. The file then decodes cleanly, every accented letter and typographic quote is two or three wrong
characters, quotes are lost to the extractors, and Latin-1's C1 controls (the "\x9d" of a closing quote) would
even make the file look binary. ftfy (a maintained library, widely used on web text) undoes it, line by line,
only where its heuristics are sure. It costs about 0.7 ms on a clean article, so a cheap test comes first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ftfy


def _read_as_windows_1252_or_latin_1(byte: int) -> set[str]:
    readings = {bytes([byte]).decode("latin-1")}
    if (cp1252 := bytes([byte]).decode("cp1252", "ignore")) != "":
        readings.add(cp1252)
    return readings


def _any_of(characters: Iterable[str]) -> bytes:
    return b"(?:" + b"|".join(re.escape(c.encode("utf-8")) for c in sorted(characters)) + b")"


# A lead byte of UTF-8 read as Windows-1252 or Latin-1, then a continuation byte (0x80-0xBF) read the same way:
# "Ã" + "©" (é), "Â" + "°", "Ð" + "Ÿ" (Cyrillic), "â" + "€" (curly quotes, dashes, €, ™), "ð" + "Ÿ" (emoji),
# "ï" + "»" (a byte-order mark). The leads are those of Latin-1's letters and signs, Latin Extended-A, Cyrillic, the
# punctuation block, the byte-order mark and emoji. Correct English or Spanish text hardly ever holds these pairs:
# its own accented letters ("é", "ó", "ñ") are no such leads, so "acción»" and "qué”" are not suspects. The test
# reads the text's UTF-8 bytes (2 µs an article against 34 for the same test on the characters); it only decides
# whether ftfy looks, and ftfy decides what changes.
_LEADS = (0xC2, 0xC3, 0xC4, 0xC5, 0xD0, 0xD1, 0xE2, 0xEF, 0xF0)
_SUSPECT = re.compile(
    _any_of(c for lead in _LEADS for c in _read_as_windows_1252_or_latin_1(lead))
    + _any_of(c for byte in range(0x80, 0xC0) for c in _read_as_windows_1252_or_latin_1(byte))
)


def repair_mojibake(text: str, utf8: bytes) -> str | None:
    """The text with its mojibake undone, or None when it has none (the common case, decided without ftfy).
    `utf8` is the text's UTF-8 (surrogates passed), which the caller has at hand."""
    if _SUSPECT.search(utf8) is None:
        return None
    import ftfy  # here: importing it takes 0.26 s, and most runs never meet a suspect

    repaired = ftfy.fix_text(text, _encoding_only())
    return repaired if repaired != text else None


@cache
def _encoding_only() -> ftfy.TextFixerConfig:
    """Only ftfy's encoding fixes: the article's quotes, dashes, widths, ligatures, entities and line breaks are the
    file's own, and flows.clean decides about them."""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
