"""One-line loads of the dataset in the tools people use (after the import), written once.

Python snippets are laid out as ruff formats them, since ruff also checks the code blocks of README.md.

The dataset card, the catalog page and the project README show these snippets, and tests run each of
them (Spark's through its documented Parquet type support), so they stay true.
"""

from __future__ import annotations

from dataclasses import dataclass

from flows.release_layout import DATABASE_NAME


@dataclass(frozen=True, slots=True)
class Snippet:
    tool: str
    language: str  # "sql" (run by DuckDB) or "python"
    code: str
    # Where it runs: in a dataset folder ("dataset"), or in a release folder, which has the database ("release").
    runs_in: str = "dataset"


SNIPPETS: tuple[Snippet, ...] = (
    Snippet("DuckDB, the Parquet files", "sql", "SELECT * FROM 'articles.parquet';"),
    Snippet(
        "DuckDB, the database file of a release",
        "sql",
        f"ATTACH '{DATABASE_NAME}' AS newstables (READ_ONLY); SELECT * FROM newstables.articles;",
        runs_in="release",
    ),
    Snippet(
        "pandas",
        "python",
        'import pandas as pd\n\narticles = pd.read_parquet("articles.parquet", dtype_backend="pyarrow")',
    ),
    Snippet("Polars", "python", 'import polars as pl\n\narticles = pl.read_parquet("articles.parquet")'),
    Snippet(
        "pyarrow.dataset",
        "python",
        'import pyarrow.dataset as ds\n\narticles = ds.dataset("articles.parquet", format="parquet").to_table()',
    ),
    Snippet("Spark (PySpark)", "python", 'articles = spark.read.parquet("articles.parquet")'),
)


def snippets_markdown() -> str:
    parts = []
    for s in SNIPPETS:
        parts.append(f"{s.tool}:\n\n```{s.language}\n{s.code}\n```\n")
    return "\n".join(parts)
