"""The `mentions` table: one row per place in an article body where an entity is named."""

from __future__ import annotations

import pandera.polars as pa

from schemas.articles import HEX16
from schemas.vocabularies import ROLE_QUALIFIERS


class Mentions(pa.DataFrameModel):
    article_id: str = pa.Field(str_matches=HEX16, description="Article the mention is in (articles.article_id).")
    entity_id: str = pa.Field(str_matches=HEX16, description="Entity the mention names (entities.entity_id).")
    mention_text: str = pa.Field(
        str_length={"min_value": 1},
        description="The words as printed: body_text[char_start:char_end] ('Blinken', '(Joe) Biden', 'de la Fuente').",
    )
    role_title: str = pa.Field(
        nullable=True,
        description="Role title printed with this mention ('Foreign Minister', 'Secretary of Foreign Affairs', "
        "'presidenta'), without articles, qualifier and nationality; periphrases such as 'the head of U.S. "
        "diplomacy' give the office they name. Null when the mention has none.",
    )
    role_qualifier: str = pa.Field(
        nullable=True,
        isin=ROLE_QUALIFIERS,
        description="How the role holds: 'elect' (president-elect, presidenta electa), 'designate', 'next', "
        "'former' (ex-), 'acting' (interino); null when the role is held now or there is no role.",
    )
    paragraph_index: int = pa.Field(ge=0, description="Paragraph the mention is in (paragraphs.paragraph_index).")
    char_start: int = pa.Field(ge=0, description="Offset of the mention's first character in articles.body_text.")
    char_end: int = pa.Field(ge=1, description="Offset just past the mention's last character in articles.body_text.")

    class Config:
        name = "mentions"
        title = "Entity mentions"
        description = (
            "One row per mention of a person, organization or place in an article body, with its offsets "
            "and the role printed with it."
        )
        strict = True
        ordered = True
        unique = ["article_id", "char_start"]
        metadata = {
            "primary_key": ["article_id", "char_start"],
            "foreign_keys": [
                {"fields": ["article_id"], "reference": {"resource": "articles", "fields": ["article_id"]}},
                {"fields": ["entity_id"], "reference": {"resource": "entities", "fields": ["entity_id"]}},
            ],
        }
