"""Pandera models of the published tables: the single source of truth for every schema.

`TABLES` lists them in publishing order (referenced tables before the tables that refer to them).
"""

from __future__ import annotations

import pandera.polars as pa

from schemas.amounts import Amounts
from schemas.articles import Articles
from schemas.entities import Entities
from schemas.mentions import Mentions
from schemas.paragraphs import Paragraphs
from schemas.quotes import Quotes
from schemas.rejects import Rejects
from schemas.topics import Topics

TABLES: tuple[type[pa.DataFrameModel], ...] = (
    Articles,
    Paragraphs,
    Entities,
    Mentions,
    Quotes,
    Topics,
    Amounts,
    Rejects,
)


def table_name(model: type[pa.DataFrameModel]) -> str:
    return model.Config.name


def model_for(name: str) -> type[pa.DataFrameModel]:
    for model in TABLES:
        if table_name(model) == name:
            return model
    raise KeyError(f"no table named {name!r}; tables: {', '.join(table_name(m) for m in TABLES)}")
