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
# The `encoding` of such text, whose other bytes are read as Windows-1252 (schemas.vocabularies.ENCODINGS).
UTF8_WITH_CP1252 = "utf-8+cp1252"
# Bytes that are no UTF-8, as surrogateescape gives them; two in a row may be Windows-1252 ('ñ»'), not three.
_ESCAPED_BYTES = re.compile("[\udc80-\udcff]+")
_LONGEST_CP1252_RUN = 2
# A character of two to four bytes in UTF-8: a lead byte and its continuation bytes.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_UNDEFINED_IN_CP1252 = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))


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
        if _is_mostly_utf8(data):
            return _utf8_with_cp1252_passages(data), UTF8_WITH_CP1252
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as exc:
            if _UTF8_SEQUENCE.search(data, max(0, exc.start - 3), exc.end) is not None:
                # A byte Windows-1252 leaves undefined inside a UTF-8 character ('”' is E2 80 9D): Windows-1252
                # text with a character pasted in UTF-8, read as the UTF-8 text with passages in Windows-1252 is.
                return _utf8_with_cp1252_passages(data), UTF8_WITH_CP1252
            raise Rejected(
                "undecodable-text",
                f"Not UTF-8 (invalid byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}) nor "
                f"Windows-1252 (byte 0x{data[exc.start]:02x} at offset {exc.start} is undefined there). "
                "Re-save the file as UTF-8.",
            ) from exc


def _is_mostly_utf8(data: bytes) -> bool:
    """Whether text that is not wholly UTF-8 is mostly so (a paste between editors, a damaged download): read as
    Windows-1252 it would raise no error, and every accented letter of its UTF-8 would come out wrong ("MÃ©xico").
    Genuine Windows-1252 text holds a valid UTF-8 sequence only by accident ("CAMIÓ»" is one: an accented capital
    before a closing mark): fewer than its accented letters, each an invalid byte."""
    text = data.decode("utf-8", "replace")
    invalid = text.count("\ufffd")
    valid = len(text) - len(text.encode("ascii", "ignore")) - invalid  # characters of two to four bytes
    return valid >= _FEWEST_UTF8_CHARACTERS and valid >= invalid


def _utf8_with_cp1252_passages(data: bytes) -> str:
    """Mostly UTF-8 text whose other bytes are Windows-1252's, as a passage pasted from a Windows program leaves
    them: each such byte is a character of its own there ('é', '“', '–'), with at most one more beside it ('ñ»').
    Three or more bytes in a row that are no UTF-8 are damage (a lone surrogate, a corrupt block), and so is a byte
    Windows-1252 leaves undefined: the file is refused rather than read with wrong letters."""
    # surrogateescape keeps each byte that is no UTF-8 as a character of its own, U+DC80 to U+DCFF.
    escaped = data.decode("utf-8", "surrogateescape")
    runs = list(_ESCAPED_BYTES.finditer(escaped))
    for run in runs:
        raw = run.group().encode("utf-8", "surrogateescape")
        if len(raw) > _LONGEST_CP1252_RUN or any(byte in _UNDEFINED_IN_CP1252 for byte in raw):
            offset = len(escaped[: run.start()].encode("utf-8", "surrogateescape"))
            raise Rejected(
                "undecodable-text",
                f"Mostly UTF-8, but bytes {raw.hex(' ')} at offset {offset} are neither UTF-8 nor a Windows-1252 "
                f"passage's ({len(runs)} places are not UTF-8): the file is damaged, or part of it is in another "
                "encoding. Re-save the file as UTF-8.",
            )
    return _ESCAPED_BYTES.sub(_as_cp1252, escaped)


def _as_cp1252(run: re.Match[str]) -> str:
    return run.group().encode("utf-8", "surrogateescape").decode("cp1252")
