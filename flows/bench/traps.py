"""Files that must become rejects, each with the reason code the pipeline should give it.

The kinds are those of the seeds' world: exports that came out empty, images and PDFs dropped among the
texts, a file whose bytes mix UTF-8 and Windows-1252 (or a UTF-16 file cut at an odd byte), copies of an
article under another name, the same article saved again in another encoding or with CRLF line endings, and
a page that kept its headline but lost its body; and of the exports: a JSON array or JSON lines of several
articles, a JSON export cut short; and what is no article at all: a style sheet or a script that a browser saved
beside its page, a crawler's Python source, YAML config, Dockerfile, Makefile or `.env` file, CSV data, a log.
"""

from __future__ import annotations

import codecs
import json
import random
from collections import deque
from typing import NamedTuple

from flows.bench.compose import Composer, Story
from flows.bench.encoding import encode
from flows.bench.shapes import json_article, plain_text
from flows.bench.stray_files import stray_file

TRAP_KINDS = (
    "empty-file",
    "binary-file",
    "undecodable-text",
    "duplicate-file",
    "duplicate-article",
    "no-body",
    "several-articles",
    "malformed-export",
    "not-prose",
)
# Given names whose UTF-8 bytes (Á = C3 81, Í = C3 8D) include bytes that Windows-1252 leaves undefined.
# Byte runs that are no UTF-8 nor a Windows-1252 passage: an encoded surrogate, a five-byte form, overlong slashes.
_DAMAGED_UTF8 = (b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\xc0\xaf\xc0\xaf")


class Written(NamedTuple):
    """An article as written, kept for a while as the original of a duplicate."""

    text: str  # before line endings and encoding
    encoding: str
    crlf: bool
    data: bytes
    story: Story
    shape: str
    extension: str


class Trap(NamedTuple):
    data: bytes
    reason: str  # the reason code the pipeline should give
    variant: str
    extension: str


def make_trap(
    rng: random.Random, kind: str, composer: Composer, recent: deque[Written], index: int, *, no_bytes: bool = False
) -> Trap:
    """A trap of `kind` for the file numbered `index`.

    Every trap's bytes are unique in the corpus: a second file with the same bytes would be rejected as a
    `duplicate-file` instead. So the caller allows one file of no bytes at all (`no_bytes`), and whitespace
    and headline-only files carry a whitespace tail that spells their number.
    """
    if kind == "empty-file":
        return _empty(rng, index, no_bytes)
    if kind == "binary-file":
        return _binary(rng, recent[-1])
    if kind == "undecodable-text":
        return _undecodable(rng, composer, recent[-1])
    if kind == "several-articles":
        return _several_articles(rng, composer)
    if kind == "malformed-export":
        return _cut_short(rng, composer)
    if kind == "not-prose":
        return _code(rng, index)
    original = recent[rng.randrange(len(recent))]
    recent.remove(original)  # one copy per original, so each copy is exactly one reject
    if kind == "duplicate-file":
        return Trap(original.data, kind, original.shape, original.extension)
    if kind == "duplicate-article":
        return _same_article(rng, original)
    return _no_body(rng, composer, index)


def oversized(rng: random.Random, model: Written, max_file_bytes: int) -> Trap:
    """A dump of articles run together, just over the size limit (a misplaced crawl export)."""
    unit = (model.text + "\n\n").encode("utf-8")
    size = max_file_bytes + 1 + rng.randrange(100_000)
    return Trap((unit * (size // len(unit) + 1))[:size], "file-too-large", "article dump", ".txt")


def _empty(rng: random.Random, index: int, no_bytes: bool) -> Trap:
    if no_bytes:
        return Trap(b"", "empty-file", "no bytes", ".txt")
    blank = _whitespace(index)
    data, variant = rng.choice(
        (
            (blank.encode("ascii"), "whitespace"),
            (codecs.BOM_UTF8 + blank.encode("ascii"), "UTF-8 byte-order mark and whitespace"),
            (codecs.BOM_UTF16_LE + blank.encode("utf-16-le"), "UTF-16 whitespace"),
        )
    )
    return Trap(data, "empty-file", variant, ".txt")


def _whitespace(index: int) -> str:
    """Blank text unique to `index`: its binary digits as spaces and tabs, then a line break."""
    return "\n" + f"{index:b}".replace("0", " ").replace("1", "\t") + "\n"


def _binary(rng: random.Random, model: Written) -> Trap:
    kind = rng.randrange(4)
    noise = rng.randbytes(rng.randrange(2_000, 20_000))
    if kind == 0:
        # The IHDR chunk's length field holds NUL bytes, as in every PNG.
        data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise
        return Trap(data, "binary-file", "PNG image", ".png")
    if kind == 1:
        data = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 0 >>\nstream\n\x00\x00" + noise
        return Trap(data, "binary-file", "PDF document", ".pdf")
    if kind == 2:
        data = b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + noise
        return Trap(data, "binary-file", "office document (zip)", ".docx")
    # UTF-16 saved without a byte-order mark: NUL in every other byte of Latin text.
    return Trap(model.text.encode("utf-16-le"), "binary-file", "UTF-16 without byte-order mark", ".txt")


def _undecodable(rng: random.Random, composer: Composer, model: Written) -> Trap:
    if rng.random() < 0.3:
        # A UTF-16 file cut at an odd byte, as an interrupted download leaves it.
        data = codecs.BOM_UTF16_LE + model.text.encode("utf-16-le")
        return Trap(data[: len(data) - 1 - 2 * rng.randrange(100)], "undecodable-text", "truncated UTF-16", ".txt")
    # A Spanish article in UTF-8 damaged in transfer: a run of bytes that are no character, where the pipeline
    # would read a Windows-1252 passage's single letters.
    story = composer.story(rng, "es")
    text = plain_text(rng, story) + " Más información en breve, según la dirección.\n"
    cut = text.find("\n\n", len(text) // 2)
    damage = rng.choice(_DAMAGED_UTF8)
    data = text[:cut].encode("utf-8") + damage + text[cut:].encode("utf-8")
    return Trap(data, "undecodable-text", "damaged UTF-8", ".txt")


def _same_article(rng: random.Random, original: Written) -> Trap:
    """The same text in other bytes: another encoding, a byte-order mark, or the other line endings."""
    options = [("utf-8", not original.crlf), ("utf-16-le", original.crlf), ("utf-16-be", original.crlf)]
    options += [("utf-8-sig", original.crlf), ("cp1252", original.crlf)]
    rng.shuffle(options)
    for encoding, crlf in options:
        data, actual = encode(original.text, encoding, crlf)
        if data != original.data:
            variant = f"{original.encoding}{' crlf' if original.crlf else ''} -> {actual}{' crlf' if crlf else ''}"
            return Trap(data, "duplicate-article", variant, ".txt")
    raise AssertionError("UTF-16 always gives other bytes than the original")


def _no_body(rng: random.Random, composer: Composer, index: int) -> Trap:
    story = composer.story(rng, "en" if rng.random() < 0.6 else "es")
    trap = _headline_only(rng, story)
    return trap._replace(data=trap.data + _whitespace(index).encode("ascii"))


def _headline_only(rng: random.Random, story: Story) -> Trap:
    kind = rng.randrange(4)
    if kind == 0:
        text = f"{story.title}\n" if story.byline is None else f"{story.title}\n\n{story.byline}\n"
        return Trap(text.encode("utf-8"), "no-body", "plain headline only", ".txt")
    if kind == 1:
        text = (
            f"\n\n# *{story.title}*\n\n---\n\nImage not found or type unknown\n\n---\n\n"
            f"<{story.url}>\n\n\n\n**{story.publisher.name}**"
        )
        return Trap(text.encode("utf-8"), "no-body", "markdown export without body", ".txt")
    if kind == 2:
        text = f" title {story.title}\n date {story.date.isoformat()}\n"
        return Trap(text.encode("utf-8"), "no-body", "crawler header only", ".txt")
    text = f"{story.title}\n{story.date.isoformat()}\n\n{story.credit or '(Source: EFE)'}\n"
    return Trap(text.encode("utf-8"), "no-body", "plain headline, date and credit", ".txt")


def _several_articles(rng: random.Random, composer: Composer) -> Trap:
    """A crawler's dump of a few articles in one file: a JSON array, or JSON lines."""
    articles = [json.loads(json_article(rng, composer.story(rng, "en"))) for _ in range(rng.randrange(2, 5))]
    if rng.random() < 0.5:
        return Trap(json.dumps(articles, indent=2).encode("utf-8"), "several-articles", "JSON array", ".json")
    lines = "".join(json.dumps(article, ensure_ascii=False) + "\n" for article in articles)
    return Trap(lines.encode("utf-8"), "several-articles", "JSON lines", ".jsonl")


def _cut_short(rng: random.Random, composer: Composer) -> Trap:
    """An article's JSON export that an interrupted download cut in the middle."""
    text = json_article(rng, composer.story(rng, "es" if rng.random() < 0.4 else "en"))
    cut = len(text) // 4 + rng.randrange(len(text) // 2)
    return Trap(text[:cut].encode("utf-8"), "malformed-export", "JSON cut short", ".json")


def _code(rng: random.Random, index: int) -> Trap:
    """Code, a config, data or a log that strayed into the input folder."""
    text, variant, extension = stray_file(rng, index)
    return Trap(text.encode("ascii"), "not-prose", variant, extension)
