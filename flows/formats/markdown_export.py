"""Markdown exports of web pages: ATX headings, emphasis, escapes, autolinks, thematic breaks.

Parsed with markdown-it-py (CommonMark) rather than regexes, so escapes (`\\$`), intraword underscores
and nested emphasis come out exactly as a Markdown reader would show them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from flows.clean import SEPARATOR, clean_block
from flows.formats.base import ParsedDocument

NAME = "markdown web export"
_SIGNS = re.compile(
    r"^#{1,6}[ \t]+\S|^\s*<https?://[^>\s]+>\s*$|\[[^\]\n]+\]\(https?://|^\s*!\[[^\]\n]*\]\(|^\*\*[^*\n]+\*\*\s*$",
    re.MULTILINE,
)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark")


class MarkdownExport:
    name = NAME

    def detect(self, text: str) -> bool:
        return _SIGNS.search(text) is not None

    def parse(self, text: str) -> ParsedDocument:
        doc = ParsedDocument(source_format=NAME)
        tokens = _parser().parse(text)
        seen_body = False
        for i, tok in enumerate(tokens):
            if tok.type == "hr":
                doc.blocks.append(SEPARATOR)
            elif tok.type == "inline":
                content = render_inline(tok.children or [])
                if not content:
                    continue
                opener = tokens[i - 1]
                if opener.type == "heading_open" and not seen_body and doc.subtitle is None:
                    if doc.title is None:
                        doc.title = content
                    else:
                        doc.subtitle = content
                    continue
                # Debris such as an image placeholder between title and deck does not start the body.
                seen_body = seen_body or (opener.type != "heading_open" and bool(clean_block(content)))
                doc.blocks.append(content)
            elif tok.type in ("code_block", "fence"):
                doc.blocks.extend(line.strip() for line in tok.content.split("\n") if line.strip())
        return doc


def render_inline(children: list[Token]) -> str:
    """Plain text of an inline run: emphasis and link markup dropped, images and raw HTML removed."""
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return " ".join("".join(parts).split())
