"""An article's fields as exports hold them: a JSON object's or a feed item's title in HTML, a body in HTML
or as text with a paragraph on each line."""

from __future__ import annotations

import html
import re

from flows.clean import SEPARATOR
from flows.formats.base import is_separator
from flows.formats.html_page import HtmlPage
from flows.formats.markdown_export import repeats

_TAG = re.compile(r"<[^<>]*>")
# An HTML body has paragraph or line-break tags; a text body may mention "<" but has no such tags.
_HTML_BODY = re.compile(r"</?(?:p|br|div|h[1-6]|li|blockquote)\b[^<>]*>", re.IGNORECASE)


def plain_field(value: str) -> str | None:
    """A metadata field as text: WordPress and feeds write titles and excerpts in HTML (`<p>…</p>`, `&#8220;`)."""
    if not value:
        return None
    if "<" in value or "&" in value:
        value = " ".join(html.unescape(_TAG.sub(" ", value)).split())
    return value or None


def body_blocks(body: str, title: str | None) -> list[str]:
    return _html_blocks(body, title) if is_html_body(body) else _text_blocks(body)


def is_html_body(body: str) -> bool:
    """Whether an exported body is HTML, which marks its headings, rather than text, which does not."""
    return _HTML_BODY.search(body) is not None


def _text_blocks(body: str) -> list[str]:
    """An exported text body has a paragraph on each line (news-please, trafilatura); blank lines are no more."""
    lines = (line.strip() for line in body.splitlines())
    return [SEPARATOR if is_separator(line) else line for line in lines if line]


def _html_blocks(body: str, title: str | None) -> list[str]:
    """Paragraphs of an HTML body. A heading on top is the headline again, or a heading of the body."""
    page = HtmlPage().parse(f"<html><body><article>{body}</article></body></html>")
    top = [part for part in (page.title, page.subtitle) if part and part != title]
    return [*top, *page.blocks]


def stated_deck(summary: str | None, blocks: list[str]) -> str | None:
    """The summary a file states apart from its text (a JSON article's `description`, a front matter's) as the
    subtitle; None when the text's first paragraph prints it again, whole, after its dateline, or cut short (see
    markdown_export.repeats): it is then the lead, which sites take for their description when they write no deck
    ('PORT ALBA (CNS) — …' whole, as a wire's is). As the subtitle, the lead would leave the body as its copy."""
    if summary is None or not blocks:
        return summary
    return None if repeats(blocks[0], summary) else summary
