"""Text hygiene for body blocks: Unicode and whitespace normalisation, export debris, stray punctuation.

Cleaning never rewrites the article's own words or quotation marks: it only removes characters
and whole blocks that the export added.
"""

from __future__ import annotations

import re
import unicodedata

from flows.decode import NON_TEXT_CONTROLS

SEPARATOR = "---"  # the block a parser emits for a thematic break; the footer reader uses it, then drops it

# Whole blocks that web exports and crawlers leave behind. Only exact, whole-block matches are
# removed, so a sentence that happens to contain these words is kept.
_DEBRIS = re.compile(
    r"^(?:"
    r"image not found or type unknown|\[?image(?: \d+)?\]?|imagen|foto|photo|"
    r"advertisement|publicidad|anuncio|"
    r"share(?: this)?(?: article)?:?|compartir:?|comparte:?|tweet|"
    r"(?:facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail|print)(?:[\s,|/]+(?:facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail|print))*|"
    r"read more:?|leer más:?|lee también:?|ver también:?|related:?|relacionado:?|"
    r"click here to .{0,60}|haga clic aquí .{0,60}|"
    r"[\W_]+"  # lone punctuation or symbols
    r")$",
    re.IGNORECASE,
)
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_ODD_CHARACTERS = re.compile(f"[{''.join(map(chr, _ZERO_WIDTH))}]|{NON_TEXT_CONTROLS.pattern}")
_STRAY_TRAILING = re.compile(r"(?<=[.!?\"”»’)])(?:\s+[.,;:]+)+$")
_STRAY_LEADING = re.compile(r"^[.,;:]+\s+(?=\S)")
_SPACE_BEFORE_END = re.compile(r"(?<=\w)\s+(?=[.!?]$)")


def normalize_text(text: str) -> str:
    """NFC, no zero-width or control characters, every Unicode space a plain space, runs collapsed."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    # str.split() splits on every Unicode space and line or paragraph separator; the other control
    # characters are made spaces first (a search first: most text has none, and it is cheaper).
    if _ODD_CHARACTERS.search(text):
        text = NON_TEXT_CONTROLS.sub(" ", text.translate(_ZERO_WIDTH))
    return " ".join(text.split())


def clean_block(block: str) -> str:
    """A body block without debris; empty when the whole block is debris."""
    if block == SEPARATOR:
        return block
    text = normalize_text(_MARKDOWN_IMAGE.sub(" ", block))
    if not text or _DEBRIS.match(text):
        return ""
    text = _STRAY_LEADING.sub("", _STRAY_TRAILING.sub("", text))
    text = _SPACE_BEFORE_END.sub("", text)
    return text


def clean_blocks(blocks: list[str]) -> list[str]:
    return [cleaned for cleaned in map(clean_block, blocks) if cleaned]


def clean_field(value: str | None) -> str | None:
    """A metadata value (title, byline, …) normalised like body text; empty becomes None."""
    if value is None:
        return None
    text = normalize_text(value)
    return text or None
