"""The `mentions` table: one row per place in an article body where an entity is named."""

from __future__ import annotations

import pandera.polars as pa

from schemas.columns import ARTICLE_FOREIGN_KEY, HEX16, article_ref, end_offset, paragraph_ref, start_offset
from schemas.vocabularies import ROLE_QUALIFIERS


class Mentions(pa.DataFrameModel):
    article_id: str = article_ref("the mention is in")
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
    paragraph_index: int = paragraph_ref("the mention is in")
    char_start: int = start_offset("the mention's first character")
    char_end: int = end_offset("the mention's last character")

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
                ARTICLE_FOREIGN_KEY,
                {"fields": ["entity_id"], "reference": {"resource": "entities", "fields": ["entity_id"]}},
            ],
        }
