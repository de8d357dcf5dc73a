"""Column definitions that several tables share: keys into `articles` and offsets into its body text."""

from __future__ import annotations

from typing import Any

import pandera.polars as pa

HEX16 = r"^[0-9a-f]{16}$"
HEX64 = r"^[0-9a-f]{64}$"

ARTICLE_FOREIGN_KEY: dict[str, Any] = {
    "fields": ["article_id"],
    "reference": {"resource": "articles", "fields": ["article_id"]},
}


def input_path() -> Any:
    """`source_path`: one per input file, an article's or a reject's."""
    return pa.Field(
        unique=True,
        str_length={"min_value": 1},
        description="Path of the input file, relative to the input folder, with / separators; bytes of a file "
        "name that are not UTF-8 (names from a Latin-1 archive) are written as \\xNN escapes.",
    )


def article_ref(where: str) -> Any:
    """`article_id` of a row that belongs to an article: 'Article the amount is in (articles.article_id).'"""
    return pa.Field(str_matches=HEX16, description=f"Article {where} (articles.article_id).")


def paragraph_ref(where: str) -> Any:
    return pa.Field(ge=0, description=f"Paragraph {where} (paragraphs.paragraph_index).")


def start_offset(first: str) -> Any:
    """`char_start`: 'the amount's first character' -> 'Offset of the amount's first character in …'."""
    return pa.Field(ge=0, description=f"Offset of {first} in articles.body_text.")


def end_offset(last: str) -> Any:
    return pa.Field(ge=1, description=f"Offset just past {last} in articles.body_text.")
