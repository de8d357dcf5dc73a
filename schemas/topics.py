"""The `topics` table: one row per article and topic it is about."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

from schemas.columns import ARTICLE_FOREIGN_KEY, article_ref
from schemas.topic_taxonomy import SCORE_FORMULA
from schemas.vocabularies import TOPIC_NAMES


class Topics(pa.DataFrameModel):
    article_id: str = article_ref("the topic was found in")
    topic: str = pa.Field(
        isin=TOPIC_NAMES,
        description="Topic, from the taxonomy described in the dataset card (each with its English and Spanish terms).",
    )
    score: float = pa.Field(
        ge=0.0,
        le=1.0,
        description=f"Strength of the evidence for the topic, from 0 to 1: {SCORE_FORMULA}",
    )
    # An instance inside List (pl.Utf8(), not pl.Utf8), so that schemas.derive sees a polars type instance.
    evidence_terms: pl.List(pl.Utf8()) = pa.Field(
        description=(
            "The distinct words of the title, deck and body that matched the topic's terms, lower case without "
            "accents, sorted."
        )
    )

    class Config:
        name = "topics"
        title = "Topics"
        description = "One row per article and topic whose score reaches the threshold (at most three per article)."
        strict = True
        ordered = True
        unique = ["article_id", "topic"]
        metadata = {
            "primary_key": ["article_id", "topic"],
            "foreign_keys": [ARTICLE_FOREIGN_KEY],
        }
