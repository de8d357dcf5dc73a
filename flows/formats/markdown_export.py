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
from flows.extract.dateline import find_dateline
from flows.extract.notes import is_publisher_note
from flows.extract.places import find_places
from flows.formats.base import ParsedDocument, is_header_line, looks_like_heading

NAME = "markdown web export"
_STANDFIRST_MAX_WORDS = 40
_PROSE_WORDS = 15  # a block longer than this is the article's prose: a dateline comes before it
_DATELINE_MAX_WORDS = 5
_WORDS = re.compile(r"[^\W_]")  # a letter or digit: separators such as '>', '|' and '·' have none
# Written so that a search takes time in proportion to the text whatever it holds: '[^\S\n]' (a space
# that is not a line break) where '\s' would run on from every line start over all the blank lines after
# it, and a link's '[' read from the line start or the ']' before it, not from every '[' of a long run of
# them. Each gives the same answer the plain form would ('\s*' across lines finds the same sign from the
# later line's start; the first '[' of a run without ']' reaches every ']' a later one does).
_SIGNS = re.compile(
    r"^#{1,6}[ \t]+\S|^[^\S\n]*<https?://[^>\s]+>[^\S\n]*$|(?:^|\])[^\[\]\n]*\[[^\]\n]+\]\(https?://"
    r"|^[^\S\n]*!\[[^\]\n]*\]\(|^\*\*[^*\n]+\*\*[^\S\n]*$",
    re.MULTILINE,
)
# What each sign of `_SIGNS` cannot do without: most texts that reach the Markdown reader are plain prose
# holding none of them, and looking for these costs a tenth of a search (a 30th of a ms a file).
_SIGN_MARKS = ("#", "<http", "](http", "![", "**")


def may_have_signs(text: str) -> bool:
    return any(mark in text for mark in _SIGN_MARKS)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark")


class MarkdownExport:
    name = NAME

    def detect(self, text: str) -> bool:
        return may_have_signs(text) and _SIGNS.search(text) is not None

    def parse(self, text: str) -> ParsedDocument:
        doc = ParsedDocument(source_format=NAME)
        tokens = _parser().parse(text)
        seen_body = seen_prose = False
        for i, tok in enumerate(tokens):
            if tok.type == "hr":
                doc.blocks.append(SEPARATOR)
            elif tok.type == "inline":
                children = tok.children or []
                content = render_inline(children)
                if not content or is_link_debris(children) or is_image_caption(children):
                    continue
                opener = tokens[i - 1]
                if opener.type == "heading_open" and not seen_body and doc.subtitle is None:
                    if doc.title is None:
                        doc.title = content
                    else:
                        doc.subtitle = content
                    continue
                if doc.title and doc.subtitle is None and not seen_body and _is_standfirst(children, content):
                    doc.subtitle = content
                    continue
                if not seen_prose:
                    content = _bold_dateline(children, content)
                    seen_prose = len(content.split()) > _PROSE_WORDS
                # Debris such as an image placeholder between title and deck does not start the body.
                seen_body = seen_body or (opener.type != "heading_open" and bool(clean_block(content)))
                doc.blocks.append(content)
            elif tok.type in ("code_block", "fence"):
                doc.blocks.extend(line.strip() for line in tok.content.split("\n") if line.strip())
        return doc


def _bold_dateline(children: list[Token], content: str) -> str:
    """'**Montevideo.** El presidente …': the bold marks a dateline that a bare full stop would not.

    Only when the bold words name a known place ('**Importante.**' is a lead-in, not a dateline). Written
    with the '.-' that datelines use, so that the dateline reader takes it, and kept as it was when that
    reader does not see a dateline there.
    """
    lead_children = [child for child in children[:4] if child.type != "text" or child.content]
    kinds = [child.type for child in lead_children[:3]]
    if kinds != ["strong_open", "text", "strong_close"] or not lead_children[1].content.rstrip().endswith("."):
        return content
    lead = lead_children[1].content.strip()
    if not content.startswith(lead) or len(lead.split()) > _DATELINE_MAX_WORDS or not find_places(lead):
        return content
    marked = f"{lead}- {content[len(lead) :].lstrip()}"
    dateline = find_dateline(marked)
    return marked if dateline is not None and dateline.end > len(lead) else content


def is_link_debris(children: list[Token]) -> bool:
    """Only links, and nothing but separators between them: a menu, breadcrumbs, share buttons, related links.

    A paragraph of an article has words of its own around its links; these blocks do not, and before the
    headline they would otherwise start the body and leave the page without a title.
    """
    depth, has_link = 0, False
    for child in children:
        if child.type == "link_open" and child.markup == "autolink":
            return False  # '<https://…>' alone is a source footer, which the footer reader takes as the url
        if child.type == "link_open":
            depth, has_link = depth + 1, True
        elif child.type == "link_close":
            depth -= 1
        elif child.type in ("text", "code_inline") and depth == 0 and _WORDS.search(child.content):
            return False
    return has_link


def _is_standfirst(children: list[Token], content: str) -> bool:
    """A wholly emphasised paragraph under the headline ('*The government allowed …*'), not a byline, a date
    or an editor's note (which exports emphasise too)."""
    short = looks_like_heading(content, _STANDFIRST_MAX_WORDS)
    return short and _wholly_emphasised(children) and not is_header_line(content) and not is_publisher_note(content)


def _wholly_emphasised(children: list[Token]) -> bool:
    emphasis, seen_text = 0, False
    for child in children:
        if child.type in ("em_open", "strong_open"):
            emphasis += 1
        elif child.type in ("em_close", "strong_close"):
            emphasis -= 1
        elif child.type == "text" and child.content.strip():
            if emphasis == 0:
                return False
            seen_text = True
    return seen_text


def is_image_caption(children: list[Token]) -> bool:
    """An image followed, in its paragraph, by emphasised text only: the picture's caption, not the article's."""
    return bool(children) and children[0].type == "image" and _wholly_emphasised(children[1:])


def render_inline(children: list[Token]) -> str:
    """Plain text of an inline run: emphasis and link markup dropped, images and raw HTML removed."""
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return " ".join("".join(parts).split())
