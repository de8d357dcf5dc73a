"""The dataset's metadata files: datapackage.json, the dataset card (README.md) and SHA256SUMS.

Everything here is computed from the schemas and the files already written, so the metadata can
never disagree with the data. Nothing reads the clock: the same tables give the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from flows.card import RunFacts, render_card
from flows.catalog import CATALOG_PAGE, render_catalog
from flows.dataset_facts import PARQUET_MEDIATYPE, DigestOnce, dataset_facts, sha256_file
from flows.write import swap_into_place
from schemas import TABLES, table_name
from schemas.derive import table_schema

PACKAGE_NAME = "newstables"
CHECKSUMS = "SHA256SUMS"


def _file_info(path: Path, sha256: Callable[[Path], str]) -> dict[str, object]:
    return {"bytes": path.stat().st_size, "hash": f"sha256:{sha256(path)}"}


def datapackage(
    folder: Path, rows: dict[str, int], facts: RunFacts, sha256: Callable[[Path], str] = sha256_file
) -> dict[str, object]:
    resources: list[dict[str, object]] = []
    for model in TABLES:
        name = table_name(model)
        schema = table_schema(model)
        resources.append(
            {
                "name": name,
                "path": f"{name}.csv",
                "profile": "tabular-data-resource",
                "title": model.Config.title,
                "description": f"{model.Config.description} {rows[name]:,} rows.",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"', "header": True},
                "schema": schema,
                **_file_info(folder / f"{name}.csv", sha256),
            }
        )
    for model in TABLES:
        name = table_name(model)
        resources.append(
            {
                "name": f"{name}-parquet",
                "path": f"{name}.parquet",
                "title": f"{model.Config.title} (Parquet)",
                "description": f"The {name} table as Parquet (zstd, explicit Arrow types, column descriptions in "
                "the field metadata); the same rows as the CSV resource.",
                # Checked as a file (size and hash): frictionless reads CSV tables, not Parquet; the rows
                # are the CSV resource's, and `newstables validate` checks the Parquet files themselves.
                "type": "file",
                "format": "parquet",
                "mediatype": PARQUET_MEDIATYPE,
                "schema": table_schema(model),
                **_file_info(folder / f"{name}.parquet", sha256),
            }
        )
    return {
        "profile": "data-package",
        "name": PACKAGE_NAME,
        "title": "newstables: news articles as clean, validated tables",
        "description": (
            "News articles read from messy files (web exports, crawler dumps, plain text, saved HTML), cleaned, "
            "validated and normalised into tables. See README.md for the dataset card."
        ),
        "version": facts.pipeline_version,
        "licenses": [
            {
                "name": "other",
                "title": "Article texts remain their publishers'; see README.md",
            }
        ],
        "sources": [{"title": f"Article files of the input folder '{facts.input_name}'"}],
        "keywords": ["news", "articles", "text", "open data"],
        "resources": resources,
    }


def publish_dataset(staging: Path, target: Path, rows: dict[str, int], facts: RunFacts) -> None:
    """Write the metadata files into the staging folder, then swap it into place as the published dataset."""
    write_metadata(staging, rows, facts)
    swap_into_place(staging, target)


def write_metadata(folder: Path, rows: dict[str, int], facts: RunFacts) -> None:
    """datapackage.json, README.md, index.html and SHA256SUMS for the table files already in `folder`.

    In this order: the card and the page describe the package, and SHA256SUMS lists every other file.
    """
    sha256 = DigestOnce()  # the tables' files are listed three times below
    package = datapackage(folder, rows, facts, sha256)
    (folder / "datapackage.json").write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", "utf-8")
    published = dataset_facts(folder, sha256)
    (folder / "README.md").write_text(render_card(rows, facts, published, package), "utf-8")
    (folder / CATALOG_PAGE).write_text(render_catalog(folder, published, package), "utf-8")
    write_checksums(folder, sha256)


def write_checksums(folder: Path, sha256: Callable[[Path], str] = sha256_file) -> None:
    """`SHA256SUMS` of every other file in `folder` (`sha256sum -c SHA256SUMS` checks them)."""
    listed = sorted(p.name for p in folder.iterdir() if p.is_file() and p.name != CHECKSUMS)
    sums = "".join(f"{sha256(folder / name)}  {name}\n" for name in listed)
    (folder / CHECKSUMS).write_text(sums, "utf-8")
