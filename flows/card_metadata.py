"""Metadata that catalogs read: Hugging Face dataset card front matter and schema.org `Dataset` JSON-LD.

Both are computed from the schemas, the data package and the files, so they cannot disagree with the data.
"""

from __future__ import annotations

import json
from typing import Any

import yaml

from flows.dataset_facts import DatasetFacts
from schemas import TABLES, table_name
from schemas.derive import columns

LICENSE_NAME = "publishers-terms"
LICENSE_TEXT = (
    "The tables are open data; the article texts in them remain the work and property of their publishers, "
    "named in publisher and originating_agency where the file says so."
)
KEYWORDS = ["news", "articles", "text", "open data", "quotations", "named entities"]
# Hugging Face's size categories, by number of rows of the default configuration.
_SIZE_CATEGORIES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"))


def size_category(rows: int) -> str:
    for limit, label in _SIZE_CATEGORIES:
        if rows < limit:
            return label
    magnitude = len(str(rows)) - 1  # 10^magnitude <= rows
    labels = {6: "1M<n<10M", 7: "10M<n<100M", 8: "100M<n<1B", 9: "1B<n<10B", 10: "10B<n<100B", 11: "100B<n<1T"}
    return labels.get(magnitude, "n>1T")


def front_matter(facts: DatasetFacts, pretty_name: str) -> str:
    """YAML front matter of the card: Hugging Face reads `configs` to offer each table as a configuration."""
    default = facts.tables[0] if facts.tables else None
    configs = []
    for name in facts.tables:
        config: dict[str, Any] = {
            "config_name": name,
            "data_files": [{"split": "train", "path": f"{name}.parquet"}],
        }
        if name == default:
            config["default"] = True
        configs.append(config)
    meta: dict[str, Any] = {
        "pretty_name": pretty_name,
        "license": "other",
        "license_name": LICENSE_NAME,
        "license_link": "README.md",
    }
    if facts.languages:
        meta["language"] = list(facts.languages)
        meta["multilinguality"] = "multilingual" if len(facts.languages) > 1 else "monolingual"
    meta["size_categories"] = [size_category(facts.rows.get(default, 0) if default else 0)]
    meta.update(
        {
            "annotations_creators": ["machine-generated"],
            "language_creators": ["found"],
            "source_datasets": ["original"],
            "tags": KEYWORDS,
            "configs": configs,
        }
    )
    return "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000) + "---\n"


def json_ld(package: dict[str, Any], facts: DatasetFacts) -> dict[str, Any]:
    """schema.org `Dataset` for search engines and catalogs. URLs are relative to the folder of the page."""
    doc: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "Dataset",
        "name": package["title"],
        "description": package["description"],
        "version": package["version"],
        "keywords": KEYWORDS,
        "isAccessibleForFree": True,
        "license": {"@type": "CreativeWork", "name": LICENSE_NAME, "text": LICENSE_TEXT},
        "creator": {"@type": "Organization", "name": package["name"]},
    }
    if facts.languages:
        doc["inLanguage"] = list(facts.languages)
    if facts.first_date and facts.last_date:
        doc["temporalCoverage"] = f"{facts.first_date.isoformat()}/{facts.last_date.isoformat()}"
    doc["distribution"] = [
        {
            "@type": "DataDownload",
            "name": info.name,
            "contentUrl": info.name,
            "encodingFormat": info.mediatype,
            "contentSize": f"{info.bytes} B",
            "sha256": info.sha256,
        }
        for info in facts.files.values()
    ]
    doc["variableMeasured"] = [
        {"@type": "PropertyValue", "name": f"{table_name(m)}.{c.name}", "description": c.description}
        for m in TABLES
        if table_name(m) in facts.tables
        for c in columns(m)
    ]
    return doc


def json_ld_script(doc: dict[str, Any]) -> str:
    """The JSON-LD as an HTML script element; `</` is escaped so that text cannot close the element."""
    text = json.dumps(doc, indent=2, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{text}\n</script>\n'
