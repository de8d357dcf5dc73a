"""Text to the bytes of a file in one of the encodings the pipeline reads."""

from __future__ import annotations

import codecs
import re


def encode(text: str, encoding: str, crlf: bool) -> tuple[bytes, str]:
    """The bytes of `text` in `encoding` (BOMs included), and the encoding the pipeline will report.

    Windows-1252 falls back to UTF-8 for text it cannot hold, and ASCII text in Windows-1252 is UTF-8 to
    any reader (the bytes are the same), so it is reported as such. "utf-8+cp1252" is UTF-8 whose second half
    was pasted from a Windows program, where the pipeline can tell so (else UTF-8).
    """
    if crlf:
        text = text.replace("\n", "\r\n")
    if encoding == "cp1252":
        if text.isascii():
            return text.encode("utf-8"), "utf-8"
        try:
            return text.encode("cp1252"), "cp1252"
        except UnicodeEncodeError:
            return text.encode("utf-8"), "utf-8"
    if encoding == "utf-8+cp1252":
        return _with_cp1252_passage(text)
    if encoding == "utf-8-sig":
        return codecs.BOM_UTF8 + text.encode("utf-8"), encoding
    if encoding == "utf-16-le":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le"), encoding
    if encoding == "utf-16-be":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be"), encoding
    return text.encode("utf-8"), "utf-8"


# What the pipeline takes for UTF-8 with a Windows-1252 passage, rather than Windows-1252 text that holds UTF-8
# sequences by accident: at least this many characters of several bytes, and as many as the passage's bytes.
_FEWEST_UTF8_CHARACTERS = 3
# Three bytes in a row that are no UTF-8 are damage to it, not a passage's letters.
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{3}")


def _with_cp1252_passage(text: str) -> tuple[bytes, str]:
    cut = text.find("\n", len(text) // 2)  # a line's end, in either line ending
    head, tail = (text, "") if cut < 0 else (text[:cut], text[cut:])
    try:
        passage = tail.encode("cp1252")
    except UnicodeEncodeError:
        return text.encode("utf-8"), "utf-8"
    utf8_characters = sum(not ch.isascii() for ch in head)
    other_bytes = sum(byte >= 0x80 for byte in passage)
    by_accident = any(not ch.isascii() and ch != "\ufffd" for ch in passage.decode("utf-8", "replace"))
    if (
        other_bytes == 0
        or utf8_characters < max(_FEWEST_UTF8_CHARACTERS, other_bytes)
        or by_accident
        or _NON_ASCII_RUN.search(tail)
    ):
        return text.encode("utf-8"), "utf-8"
    return head.encode("utf-8") + passage, "utf-8+cp1252"


# Windows-1252's readings of the bytes 0x80-0x9F where it defines one; Latin-1 reads each of them as a C1 control,
# and so does Windows for the five bytes Windows-1252 leaves undefined.
_WINDOWS_1252_OVER_LATIN_1 = {
    byte: reading for byte in range(0x80, 0xA0) if (reading := bytes([byte]).decode("cp1252", "ignore"))
}
READINGS = ("cp1252", "latin-1")


def mojibake(text: str, reading: str) -> str:
    """`text` as it reads once its UTF-8 was read as Windows-1252 ("cp1252") or Latin-1 ("latin-1") and saved again
    ("México" -> "MÃ©xico", "“" -> "â€œ"): what a CMS or a spreadsheet that took UTF-8 for its own encoding writes."""
    garbled = text.encode("utf-8").decode("latin-1")
    return garbled.translate(_WINDOWS_1252_OVER_LATIN_1) if reading == "cp1252" else garbled
