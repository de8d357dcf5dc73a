"""The `amounts` table: one row per money amount in an article body."""

from __future__ import annotations

import pandera.polars as pa

from schemas.columns import ARTICLE_FOREIGN_KEY, article_ref, end_offset, start_offset
from schemas.vocabularies import AMOUNT_QUALIFIERS, CURRENCY_CODES


class Amounts(pa.DataFrameModel):
    article_id: str = article_ref("the amount is in")
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
    char_start: int = start_offset("the amount's first character")
    char_end: int = end_offset("the amount's last character")

    class Config:
        name = "amounts"
        title = "Money amounts"
        description = "One row per money amount written in an article body, with its value, currency and offsets."
        strict = True
        ordered = True
        unique = ["article_id", "char_start"]
        metadata = {
            "primary_key": ["article_id", "char_start"],
            "foreign_keys": [ARTICLE_FOREIGN_KEY],
        }
