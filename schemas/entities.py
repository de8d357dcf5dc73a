"""The `entities` table: one row per distinct person, organization or place of the dataset."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

from schemas.columns import HEX16
from schemas.vocabularies import ENTITY_TYPES


class Entities(pa.DataFrameModel):
    entity_id: str = pa.Field(
        unique=True,
        str_matches=HEX16,
        description="Stable identifier: the first 16 hex digits of the SHA-256 of the entity type and the name "
        "folded (lower case, no accents), so 'López Obrador' and 'Lopez Obrador' are one entity.",
    )
    entity_type: str = pa.Field(isin=ENTITY_TYPES, description="Whether the entity is a person, organization or place.")
    canonical_name: str = pa.Field(
        str_length={"min_value": 1},
        description="The name the entity is listed under: of the full names the articles give it, the one "
        "written with the most accents, then the most frequent, then the first in alphabetical order. A "
        "country's Congress, Senate or House of Representatives other than the United States' is named "
        "with its country in brackets ('Congress (Peru)'), as cities of one name are ('San José (Costa Rica)').",
    )
    # An instance as inner type (pl.Utf8()), so that the projections in schemas/derive.py can map it.
    aliases: pl.List(pl.Utf8()) = pa.Field(  # type: ignore[valid-type]
        description="Every form the articles name the entity with (full names, surnames, short forms), "
        "distinct and sorted."
    )

    class Config:
        name = "entities"
        title = "Entities"
        description = (
            "One row per distinct person, organization or place named in the articles, merged across articles."
        )
        strict = True
        ordered = True
        metadata = {"primary_key": ["entity_id"], "foreign_keys": []}
