"""The `paragraphs` table: one row per paragraph of an article body."""

from __future__ import annotations

import pandera.polars as pa

from schemas.columns import ARTICLE_FOREIGN_KEY, article_ref, end_offset, start_offset


class Paragraphs(pa.DataFrameModel):
    article_id: str = article_ref("the paragraph belongs to")
    paragraph_index: int = pa.Field(ge=0, description="Position of the paragraph in the article, from 0.")
    text: str = pa.Field(
        str_length={"min_value": 1}, description="Text of the paragraph: body_text[char_start:char_end]."
    )
    char_start: int = start_offset("the paragraph's first character")
    char_end: int = end_offset("the paragraph's last character")
    is_heading: bool = pa.Field(
        nullable=True,
        description="True when the paragraph is a subhead inside the article's body, as the file marks it: in "
        "markdown, an ATX heading ('## …') or a one-line setext heading (a line underlined with '===' or '---') that "
        "does not end like a sentence; in HTML (saved pages, and the HTML bodies of JSON articles, feeds and "
        "e-mails), an <h1> to <h6> element that is not the page's headline or deck; in crawler text that writes "
        "headings as markdown, a line of its own opening with '#' to '######', written here without the marks. "
        "False for every other paragraph of such a file. Null for every paragraph of a file with no markup for "
        "headings (plain text, a text body, crawler text with no '#' line), where a short line may as well be a "
        "subhead as a one-line paragraph, a dateline or a kicker. The headline is articles.title, never a "
        "paragraph; a subhead's words are part of body_text like any paragraph's.",
    )

    class Config:
        name = "paragraphs"
        title = "Paragraphs"
        description = "One row per paragraph of each article body, with its character offsets into articles.body_text."
        strict = True
        ordered = True
        unique = ["article_id", "paragraph_index"]
        metadata = {
            "primary_key": ["article_id", "paragraph_index"],
            "foreign_keys": [ARTICLE_FOREIGN_KEY],
        }
