"""A batch of input files to validated table rows and rejects: the work of one task, free of Prefect."""

from __future__ import annotations

import datetime as dt
import traceback
from dataclasses import dataclass, field
from typing import Any

import pyarrow

from flows.article import Article, build_article
from flows.dedupe import Deduplicator, duplicate_article_detail, duplicate_file_detail
from flows.discover import SourceFile
from flows.errors import Rejected
from flows.extract.facts import extract_facts
from flows.extract.types import Facts
from flows.read import read_source
from flows.tables import observations_table, to_arrow
from flows.validate import validate_batch

Row = dict[str, Any]
DEFAULT_MAX_FILE_BYTES = 5_000_000
FACT_TABLES = ("mentions", "quotes", "topics", "amounts")


@dataclass(frozen=True, slots=True)
class ProcessOptions:
    reference_date: dt.date | None = None
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES


@dataclass(slots=True)
class FileOutcome:
    source_path: str
    source_sha256: str | None
    article: Article | None = None
    facts: Facts | None = None
    reject: Row | None = None
    article_id: str | None = None  # set whenever the file decoded to an article, even a rejected one


@dataclass(frozen=True, slots=True)
class FileKey:
    """What the collector needs to deduplicate across batches, for every file of a batch, in order."""

    source_path: str
    source_sha256: str | None
    article_id: str | None


@dataclass(slots=True)
class BatchResult:
    tables: dict[str, pyarrow.Table]  # accepted rows per article table, in input order
    # Per-article entity observations (article_id + the entities columns), merged across the dataset later.
    observations: pyarrow.Table
    rejects: list[Row] = field(default_factory=list)
    keys: list[FileKey] = field(default_factory=list)


def reject_row(source_path: str, source_sha256: str | None, rejection: Rejected) -> Row:
    return {
        "source_path": source_path,
        "source_sha256": source_sha256,
        "stage": rejection.stage,
        "reason_code": rejection.code,
        "detail": rejection.detail,
    }


def process_file(source: SourceFile, options: ProcessOptions, dedupe: Deduplicator) -> FileOutcome:
    raw = read_source(source, options.max_file_bytes)
    path = source.source_path
    if raw.rejection is not None:
        return FileOutcome(path, raw.sha256, reject=reject_row(path, raw.sha256, raw.rejection))
    if (kept := dedupe.file_copy_of(raw.sha256, path)) is not None:
        rejection = Rejected("duplicate-file", duplicate_file_detail(kept))
        return FileOutcome(path, raw.sha256, reject=reject_row(path, raw.sha256, rejection))
    assert raw.data is not None and raw.sha256 is not None
    try:
        article = build_article(raw.data, path, raw.sha256, options.reference_date)
        facts = extract_facts(article.text())
    except Rejected as rejection:
        return FileOutcome(path, raw.sha256, reject=reject_row(path, raw.sha256, rejection))
    except Exception as exc:  # a bug must cost one file, never the run
        where = traceback.extract_tb(exc.__traceback__)[-1]
        rejection = Rejected(
            "processing-error",
            f"{type(exc).__name__}: {exc} (at {where.filename.rsplit('/', 1)[-1]}:{where.lineno}). "
            "This is a bug in newstables; please report it with the file.",
        )
        return FileOutcome(path, raw.sha256, reject=reject_row(path, raw.sha256, rejection))
    article_id = article.row["article_id"]
    if (kept := dedupe.article_copy_of(article_id, path)) is not None:
        rejection = Rejected("duplicate-article", duplicate_article_detail(kept))
        return FileOutcome(path, raw.sha256, reject=reject_row(path, raw.sha256, rejection), article_id=article_id)
    return FileOutcome(path, raw.sha256, article=article, facts=facts, article_id=article_id)


def process_batch(sources: list[SourceFile], options: ProcessOptions) -> BatchResult:
    dedupe = Deduplicator()
    outcomes = [process_file(source, options, dedupe) for source in sources]
    return assemble_batch(outcomes)


def assemble_batch(outcomes: list[FileOutcome]) -> BatchResult:
    accepted = [(o.article, o.facts) for o in outcomes if o.article is not None and o.facts is not None]
    rows: dict[str, list[Row]] = {
        "articles": [a.row for a, _ in accepted],
        "paragraphs": [p for a, _ in accepted for p in a.paragraphs],
    }
    for name in FACT_TABLES:
        rows[name] = [r for _, facts in accepted for r in getattr(facts, name)]
    tables = {name: to_arrow(name, table_rows) for name, table_rows in rows.items()}
    observations = observations_table(
        [{"article_id": a.row["article_id"], **obs} for a, facts in accepted for obs in facts.entities]
    )
    tables, observations, failed = validate_batch(tables, observations)
    rejects = [o.reject for o in outcomes if o.reject is not None]
    for article, _ in accepted:
        if (detail := failed.get(article.row["article_id"])) is not None:
            row = article.row
            rejects.append(reject_row(row["source_path"], row["source_sha256"], Rejected("failed-check", detail)))
    keys = [FileKey(o.source_path, o.source_sha256, o.article_id) for o in outcomes]
    return BatchResult(tables=tables, observations=observations, rejects=rejects, keys=keys)
