"""The dataset card (output/README.md), rendered from the schemas, the vocabularies and the row counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flows.card_metadata import front_matter, json_ld, json_ld_script
from flows.card_methods import METHODS, topic_section
from flows.dataset_facts import DatasetFacts
from flows.loading import snippets_markdown
from flows.release_layout import DATABASE_NAME
from schemas import TABLES, table_name
from schemas.derive import data_dictionary
from schemas.vocabularies import REASON_CODES


@dataclass(frozen=True, slots=True)
class RunFacts:
    """What the card says about the run that built the dataset (no clock, no machine details)."""

    pipeline_version: str
    input_name: str
    files_seen: int
    reference_date: str | None
    rejects_by_reason: dict[str, int]


PARQUET_NOTES = """\
- Types a reader gets right without thinking: text as `string`, whole numbers as signed integers (`int64`,
  never unsigned), fractions as `double`, dates as `date32` (a date, not a timestamp), timestamps as
  `timestamp[us, tz=UTC]`, lists as Arrow lists; no dictionary (categorical) columns, in Parquet or CSV.
  The exact type of each column is in the data dictionary.
- Each column's description is in its Parquet field metadata, and the table's in the file's metadata.
"""

DATABASE_NOTE = f"""\
Each release (made by `newstables release`) also carries a DuckDB database, `{DATABASE_NAME}`, with every
table, its primary and foreign keys, and these descriptions as table and column comments. It is not in this
folder because DuckDB does not write the same bytes twice for the same data, and every file here is
reproducible byte for byte.
"""

CSV_NOTES = """\
- UTF-8 without byte-order mark, comma-separated, RFC 4180 quoting, CRLF line ends, one header row.
- Empty cell = null. Booleans are `true`/`false`, dates ISO 8601 (`YYYY-MM-DD`), lists are JSON arrays.
- A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so that
  spreadsheet software shows it as text instead of running it as a formula. Only the CSV files are changed
  this way: the Parquet files hold the exact text.
"""


def _contents_table(rows: dict[str, int]) -> str:
    lines = ["| table | rows | one row per | files |", "|---|---:|---|---|"]
    for model in TABLES:
        name = table_name(model)
        lines.append(
            f"| `{name}` | {rows[name]:,} | {model.Config.description} | "
            f"[{name}.parquet]({name}.parquet), [{name}.csv]({name}.csv) |"
        )
    return "\n".join(lines)


def _reasons_table(counts: dict[str, int]) -> str:
    lines = ["| reason_code | stage | files | meaning and fix |", "|---|---|---:|---|"]
    for r in REASON_CODES:
        lines.append(f"| `{r.code}` | {r.stage} | {counts.get(r.code, 0):,} | {r.title}. {r.description} |")
    return "\n".join(lines)


def render_card(rows: dict[str, int], facts: RunFacts, published: DatasetFacts, package: dict[str, Any]) -> str:
    """The card: Hugging Face front matter, the text, and schema.org JSON-LD for catalogs at the end."""
    reference = (
        f"with the reference date {facts.reference_date} (dates printed without a year were resolved against it)"
        if facts.reference_date
        else "without a reference date (dates printed without a year are left null)"
    )
    accepted = rows["articles"]
    return f"""\
{front_matter(published, pretty_name=package["name"])}
# {package["title"]}

News articles arrive as messy files: markdown exports of web pages, crawler text dumps, plain text
with a title and a byline, saved HTML, e-mails, articles exported as JSON or feeds. This dataset holds
what newstables read from them: one row per article with the metadata hidden in the text conventions
(datelines, agency credits, bylines, URL and publisher footers, date headers), the clean body text, and
its paragraphs with character offsets.
Every input file is accounted for: it is an article, or a row of `rejects` saying why not.

## Contents

{_contents_table(rows)}

Also here: `datapackage.json` (a [Frictionless Data Package](https://datapackage.org) with a Table Schema
for every table, and each file's size and SHA-256), this card, `index.html` (a catalog page of the tables,
with sample rows and downloads, that opens from disk), and `SHA256SUMS` (`sha256sum -c SHA256SUMS`).

## Where it comes from

Built by newstables {facts.pipeline_version} from the {facts.files_seen:,} files of the input folder
`{facts.input_name}`, {reference}: {accepted:,} articles and {rows["rejects"]:,} rejected files.
The same input files always give byte-identical output files.

The article texts remain the work and property of their publishers, named in `publisher` and
`originating_agency` where the file says so; check their terms before republishing the text.

## How to load it

Run these in the folder that holds the files.

{snippets_markdown()}
{DATABASE_NOTE}
## Types

{PARQUET_NOTES}
## Data dictionary

Offsets (`char_start`, `char_end`) count Unicode code points into `articles.body_text`, end exclusive, so
`body_text[char_start:char_end]` in Python (or `substr(body_text, char_start + 1, char_end - char_start)`
in SQL) gives the text of the row.

{data_dictionary(TABLES)}
## How the facts are read

{METHODS}
### Topic taxonomy

{topic_section()}

## Why a file was rejected

{_reasons_table(facts.rejects_by_reason)}

## CSV conventions

{CSV_NOTES}
{json_ld_script(json_ld(package, published))}"""
