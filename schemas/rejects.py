"""The `rejects` table: one row per input file that did not become an article."""

from __future__ import annotations

import pandera.polars as pa

from schemas.columns import HEX64, input_path
from schemas.vocabularies import REASON_CODE_NAMES, STAGES


class Rejects(pa.DataFrameModel):
    source_path: str = input_path()
    source_sha256: str = pa.Field(
        nullable=True, str_matches=HEX64, description="SHA-256 of the file's bytes; null when it could not be read."
    )
    stage: str = pa.Field(isin=STAGES, description="Pipeline stage at which the file was turned away.")
    reason_code: str = pa.Field(
        isin=REASON_CODE_NAMES, description="Why, from a closed vocabulary documented in the dataset card."
    )
    detail: str = pa.Field(str_length={"min_value": 1}, description="What went wrong with this file and how to fix it.")

    class Config:
        name = "rejects"
        title = "Rejected input files"
        description = (
            "One row per input file that was not accepted as an article, with a reason code and a readable detail."
        )
        strict = True
        ordered = True
        metadata = {"primary_key": ["source_path"], "foreign_keys": []}
