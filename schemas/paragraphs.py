"""The `paragraphs` table: one row per paragraph of an article body."""

from __future__ import annotations

import pandera.polars as pa

from schemas.articles import HEX16


class Paragraphs(pa.DataFrameModel):
    article_id: str = pa.Field(str_matches=HEX16, description="Article the paragraph belongs to (articles.article_id).")
    paragraph_index: int = pa.Field(ge=0, description="Position of the paragraph in the article, from 0.")
    text: str = pa.Field(
        str_length={"min_value": 1}, description="Text of the paragraph: body_text[char_start:char_end]."
    )
    char_start: int = pa.Field(ge=0, description="Offset of the paragraph's first character in articles.body_text.")
    char_end: int = pa.Field(ge=1, description="Offset just past the paragraph's last character in articles.body_text.")

    class Config:
        name = "paragraphs"
        title = "Paragraphs"
        description = "One row per paragraph of each article body, with its character offsets into articles.body_text."
        strict = True
        ordered = True
        unique = ["article_id", "paragraph_index"]
        metadata = {
            "primary_key": ["article_id", "paragraph_index"],
            "foreign_keys": [
                {"fields": ["article_id"], "reference": {"resource": "articles", "fields": ["article_id"]}}
            ],
        }
