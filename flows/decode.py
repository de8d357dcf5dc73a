"""Bytes to text: byte-order marks, UTF-8, Windows-1252; mojibake repaired (flows.mojibake); binary and emptiness
guards.

The cascade is deliberately small and deterministic instead of statistical charset guessing:
the encodings news exports really use are UTF-8 (with or without BOM), UTF-16 with a BOM, and
Windows-1252, and a guesser would silently turn a binary file into plausible-looking garbage.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from flows.errors import Rejected
from flows.mojibake import repair_mojibake

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
)

# The C0 and C1 control characters but tab, line feed, vertical tab, form feed and carriage return,
# which text files carry: the others point to binary data.
NON_TEXT_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# The same characters in a text's UTF-8 bytes: the C0 ones and DEL a byte each, below 128 as no byte of another
# character is; the C1 ones (U+0080 to U+009F) the pairs of bytes that begin with 0xC2 and go on at 0x80 to 0x9F.
_C0_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_C1_CONTROL_BYTES = re.compile(rb"\xc2[\x80-\x9f]")
_MAX_CONTROL_SHARE = 0.001
# Mostly UTF-8: at least this many characters of several bytes, and as many as bytes that are not UTF-8.
_FEWEST_UTF8_CHARACTERS = 3


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str  # NFC, LF line endings, mojibake repaired
    encoding: str  # one of schemas.vocabularies.ENCODINGS
    is_mojibake_repaired: bool = False


def decode(data: bytes) -> Decoded:
    if not data:
        raise Rejected("empty-file", "The file has no bytes. Re-export the article.")
    text, encoding = _decode_bytes(data)
    if text.startswith("\ufeff"):
        text = text[1:]
    utf8 = text.encode("utf-8", "surrogatepass")  # read by the mojibake test and the count of controls
    # Before the count of controls: Latin-1's reading of a closing quote holds one ("â€\x9d").
    repaired = repair_mojibake(text, utf8)
    if repaired is not None:
        text, utf8 = repaired, repaired.encode("utf-8", "surrogatepass")
    controls = _count_controls(utf8)
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise Rejected(
            "binary-file",
            f"{controls} control characters in {len(text)} characters decoded as {encoding}: this is not a "
            "text article (an image, PDF, archive or office file?). Convert it to text or HTML first.",
        )
    if "\r" in text:  # most texts have none: two scans spared
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if not text or text.isspace():  # as `not text.strip()`, without a copy of the text
        raise Rejected("empty-file", f"The file holds only whitespace ({len(data)} bytes). Re-export the article.")
    return Decoded(text=text, encoding=encoding, is_mojibake_repaired=repaired is not None)


def _count_controls(encoded: bytes) -> int:
    """How many characters of a text are NON_TEXT_CONTROLS, counted in its UTF-8 bytes (`encoded`, surrogates
    passed): a byte translation and a search for one byte, where the search for the characters went over the text
    a character at a time (with the tests of line ends and emptiness that no longer copy the text, decode over the
    corpus's calls went from 63 to 39 µs a file)."""
    c0 = len(encoded) - len(encoded.translate(None, _C0_CONTROL_BYTES))
    return c0 + len(_C1_CONTROL_BYTES.findall(encoded))


def _decode_bytes(data: bytes) -> tuple[str, str]:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), name
            except UnicodeDecodeError as exc:
                raise Rejected(
                    "undecodable-text",
                    f"The file starts with a {name} byte-order mark but byte {exc.start + len(bom)} is not valid "
                    f"{name}. Re-save the file as UTF-8.",
                ) from exc
    nul = data.find(b"\x00")
    if nul >= 0:
        raise Rejected(
            "binary-file",
            f"NUL byte at offset {nul}: the file is binary, or UTF-16 without a byte-order mark. "
            "Convert it to text (UTF-8) first.",
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        _refuse_damaged_utf8(data, utf8_error)
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as exc:
            raise Rejected(
                "undecodable-text",
                f"Not UTF-8 (invalid byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}) nor "
                f"Windows-1252 (byte 0x{data[exc.start]:02x} at offset {exc.start} is undefined there). "
                "Re-save the file as UTF-8.",
            ) from exc


def _refuse_damaged_utf8(data: bytes, error: UnicodeDecodeError) -> None:
    """Text that is mostly UTF-8 but not wholly (a paste between editors, a damaged download) would read as
    Windows-1252 without an error, and every accented letter would come out wrong ("MÃ©xico"). Genuine
    Windows-1252 text holds a valid UTF-8 sequence only by accident ("CAMIÓ»" is one: an accented capital
    before a closing mark): fewer than its accented letters, each an invalid byte."""
    text = data.decode("utf-8", "replace")
    invalid = text.count("\ufffd")
    valid = len(text) - len(text.encode("ascii", "ignore")) - invalid  # characters of two to four bytes
    if valid >= _FEWEST_UTF8_CHARACTERS and valid >= invalid:
        raise Rejected(
            "undecodable-text",
            f"Mostly UTF-8 ({valid} characters), but byte 0x{data[error.start]:02x} at offset {error.start} is not "
            f"({invalid} such places): part of the file is in another encoding, or damaged. Read as Windows-1252, "
            "every accented letter would come out wrong. Re-save the file as UTF-8.",
        ) from error
