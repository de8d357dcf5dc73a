"""Builds an `ArticleText` from a test body whose paragraphs are separated by a blank line."""

from __future__ import annotations

from flows.extract.types import ArticleText


def article(body: str, language: str = "en", article_id: str = "0123456789abcdef") -> ArticleText:
    paragraphs, offset = [], 0
    for part in body.split("\n\n"):
        paragraphs.append((offset, offset + len(part)))
        offset += len(part) + 2
    return ArticleText(article_id, body, tuple(paragraphs), language)
