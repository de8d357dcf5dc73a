"""Text to the bytes of a file in one of the encodings the pipeline reads."""

from __future__ import annotations

import codecs


def encode(text: str, encoding: str, crlf: bool) -> tuple[bytes, str]:
    """The bytes of `text` in `encoding` (BOMs included), and the encoding the pipeline will report.

    Windows-1252 falls back to UTF-8 for text it cannot hold, and ASCII text in Windows-1252 is UTF-8 to
    any reader (the bytes are the same), so it is reported as such.
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
    if encoding == "utf-8-sig":
        return codecs.BOM_UTF8 + text.encode("utf-8"), encoding
    if encoding == "utf-16-le":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le"), encoding
    if encoding == "utf-16-be":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be"), encoding
    return text.encode("utf-8"), "utf-8"
