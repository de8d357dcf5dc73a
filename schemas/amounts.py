"""The `amounts` table: one row per money amount in an article body."""

from __future__ import annotations

import pandera.polars as pa

from schemas.articles import HEX16
from schemas.vocabularies import AMOUNT_QUALIFIERS, CURRENCY_CODES


class Amounts(pa.DataFrameModel):
    article_id: str = pa.Field(str_matches=HEX16, description="Article the amount is in (articles.article_id).")
    text: str = pa.Field(
        str_length={"min_value": 1},
        description="The amount as printed, currency included: body_text[char_start:char_end] ('$800 billion').",
    )
    value: float = pa.Field(
        ge=0.0, description="The full number the text stands for, in units of the currency (800000000000.0)."
    )
    currency: str = pa.Field(isin=CURRENCY_CODES, description="ISO 4217 code of the currency ('USD', 'MXN').")
    qualifier: str = pa.Field(
        nullable=True,
        isin=AMOUNT_QUALIFIERS,
        description="Word qualifying the amount right before it, in English ('more than' for 'más de'); "
        "null when there is none.",
    )
    char_start: int = pa.Field(ge=0, description="Offset of the amount's first character in articles.body_text.")
    char_end: int = pa.Field(ge=1, description="Offset just past the amount's last character in articles.body_text.")

    class Config:
        name = "amounts"
        title = "Money amounts"
        description = "One row per money amount written in an article body, with its value, currency and offsets."
        strict = True
        ordered = True
        unique = ["article_id", "char_start"]
        metadata = {
            "primary_key": ["article_id", "char_start"],
            "foreign_keys": [
                {"fields": ["article_id"], "reference": {"resource": "articles", "fields": ["article_id"]}}
            ],
        }
