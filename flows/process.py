"""A batch of input files to validated table rows and rejects: the work of one task, free of Prefect."""

from __future__ import annotations

import hashlib
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias

import pyarrow

from flows.cache import BatchStamp, ResultCache, run_fingerprint
from flows.dedupe import Deduplicator, duplicate_article_detail, duplicate_file_detail
from flows.discover import SourceFile
from flows.errors import Rejected
from flows.extract.types import Facts
from flows.long_lived import freeze_long_lived_objects
from flows.memory import return_large_blocks_to_the_system
from flows.options import ProcessOptions
from flows.read import RawFile, read_source
from flows.tables import observations_table, to_arrow
from flows.validate import validate_batch

if TYPE_CHECKING:
    from flows.article import Article

Row = dict[str, Any]
FACT_TABLES = ("mentions", "quotes", "topics", "amounts")
# Coarser than the clock of any file system in use (FAT's 2 s; ext4's and NTFS's are far finer).
RACY_NS = 3_000_000_000


@dataclass(slots=True)
class FileOutcome:
    source_path: str
    source_sha256: str | None
    article: Article | None = None
    facts: Facts | None = None
    reject: Row | None = None
    article_id: str | None = None  # set whenever the file decoded to an article, even a rejected one


class FileKey(NamedTuple):
    """What the collector needs to deduplicate across batches, for every file of a batch, in order. A tuple:
    a batch from the cache unpickles hundreds of them, ten times faster than as a dataclass."""

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
    cache_hits: int = 0
    whole_from_cache: bool = False  # the batch cache had this very batch
    batch_digest: str | None = None  # its key there, when it did: the collector marks it used
    batch_stamp: str | None = None  # and the key of its files' stamps, when they had one (see batch_stamp_key)
    stage_seconds: Counter[str] = field(default_factory=Counter)

    def release(self) -> None:
        """Let go of the rows once they are collected; whatever still holds this result holds an empty shell.

        Prefect keeps a task's result reachable after the flow is done with it: its future and the wrapped
        concurrent future refer to each other (prefect 3.x, `PrefectConcurrentFuture` registers a bound method
        as a done callback), so the result lives until the next full garbage collection, which comes rarer
        as the process grows: a driver held a dozen collected batches at a time."""
        self.tables = {}
        self.observations = self.observations.schema.empty_table()
        self.rejects = []
        self.keys = []


# What a file's bytes give, whatever its name: an article with its facts, or a rejection (code, detail).
Built: TypeAlias = "tuple[Article, Facts] | tuple[str, str]"


def reject_row(source_path: str, source_sha256: str | None, rejection: Rejected) -> Row:
    return {
        "source_path": source_path,
        "source_sha256": source_sha256,
        "stage": rejection.stage,
        "reason_code": rejection.code,
        "detail": rejection.detail,
    }


def build(data: bytes, source_sha256: str, options: ProcessOptions, seconds: Counter[str]) -> Built:
    """Raises only on a bug; the caller turns that into a processing-error reject."""
    # Imported here: the collecting process imports this module for its types and never builds an article,
    # and the parsers and extractors take 0.6 s to import, on every run, one with nothing to do included.
    from flows.article import build_article
    from flows.extract.facts import extract_facts

    started = time.perf_counter()
    try:
        article = build_article(data, "", source_sha256, options.reference_date)
    except Rejected as rejection:
        return (rejection.code, rejection.detail)
    finally:
        seconds["decode, parse, clean"] += time.perf_counter() - started
    started = time.perf_counter()
    facts = extract_facts(article.text())
    seconds["extract facts"] += time.perf_counter() - started
    return (article, facts)


def _outcome(raw: RawFile, built: Built | None, dedupe: Deduplicator) -> FileOutcome:
    path = raw.source.source_path
    if raw.rejection is not None:
        return FileOutcome(path, raw.sha256, reject=reject_row(path, raw.sha256, raw.rejection))
    if (kept := dedupe.file_copy_of(raw.sha256, path)) is not None:
        rejection = Rejected("duplicate-file", duplicate_file_detail(kept))
        return FileOutcome(path, raw.sha256, reject=reject_row(path, raw.sha256, rejection))
    if built is None:
        raise AssertionError("a readable file that is not a copy must have been built")
    first, second = built
    if isinstance(first, str):
        return FileOutcome(path, raw.sha256, reject=reject_row(path, raw.sha256, Rejected(first, str(second))))
    assert isinstance(second, Facts)
    article = replace(first, row={**first.row, "source_path": path})
    article_id = article.row["article_id"]
    if (kept := dedupe.article_copy_of(article_id, path)) is not None:
        rejection = Rejected("duplicate-article", duplicate_article_detail(kept))
        return FileOutcome(path, raw.sha256, reject=reject_row(path, raw.sha256, rejection), article_id=article_id)
    return FileOutcome(path, raw.sha256, article=article, facts=second, article_id=article_id)


def _processing_error(raw: RawFile, exc: Exception) -> FileOutcome:
    where = traceback.extract_tb(exc.__traceback__)[-1]
    rejection = Rejected(
        "processing-error",
        f"{type(exc).__name__}: {exc} (at {where.filename.rsplit('/', 1)[-1]}:{where.lineno}). "
        "This is a bug in newstables; please report it with the file.",
    )
    path = raw.source.source_path
    return FileOutcome(path, raw.sha256, reject=reject_row(path, raw.sha256, rejection))


def process_batch(sources: list[SourceFile], options: ProcessOptions) -> BatchResult:
    return_large_blocks_to_the_system()  # in whichever process runs batches: a worker, or Dask's
    seconds: Counter[str] = Counter()
    raws = _read(sources, options, seconds)
    readable = _readable(raws)
    try:
        return _process_or_fetch(raws, readable, sources, options, seconds)
    finally:
        freeze_long_lived_objects()  # a worker that ran no warm-up (Dask's, the plain pool's) has now loaded


def _process_or_fetch(
    raws: list[RawFile], readable: set[str], sources: list[SourceFile], options: ProcessOptions, seconds: Counter[str]
) -> BatchResult:
    if options.cache_dir is None:
        return _process(raws, readable, options, None, seconds)
    cache = ResultCache(options.cache_dir, run_fingerprint(options.reference_date), options.cache_run)
    try:
        # A batch whose every file is as it was comes back whole, validated tables and all; otherwise its
        # unchanged files still come from the per-file cache. Either way the files' stamps are remembered,
        # so that the next run takes the batch from the cache without reading them (`known_batch`).
        digest = batch_digest(raws, options)
        stamp_key = batch_stamp_key(sources, options, time.time_ns())
        stamp = BatchStamp(stamp_key, digest, len(readable)) if stamp_key is not None else None
        started = time.perf_counter()
        stored: BatchResult | None = cache.get_batch(digest)
        if stored is not None:
            if stamp is not None:
                cache.put_stamp(stamp)
            seconds["batch from cache"] += time.perf_counter() - started
            return _whole(stored, digest, len(readable), stamp_key, seconds)
        result = _process(raws, readable, options, cache, seconds)
        # A processing error is a bug, maybe one of the machine's (memory): the next run tries again.
        if not any(row["reason_code"] == "processing-error" for row in result.rejects):
            cache.put_batch(digest, replace(result, cache_hits=0, stage_seconds=Counter()), stamp)
        return result
    finally:
        cache.close()


def known_batch(cache: ResultCache, sources: list[SourceFile], options: ProcessOptions) -> BatchStamp | None:
    """The cache's record of this batch, when its files stand on disk as they stood when it was last read:
    found without reading them, so that a run over a large corpus reads only what is new or changed."""
    stamp_key = batch_stamp_key(sources, options, time.time_ns())
    return cache.batch_of_stamp(stamp_key) if stamp_key is not None else None


def load_batch(cache: ResultCache, known: BatchStamp) -> BatchResult | None:
    """The result of a batch `known_batch` found; None when the cache no longer holds it (pruned since)."""
    stored: BatchResult | None = cache.get_batch(known.digest)
    return _whole(stored, known.digest, known.readable, known.key, Counter()) if stored is not None else None


def _read(sources: list[SourceFile], options: ProcessOptions, seconds: Counter[str]) -> list[RawFile]:
    started = time.perf_counter()
    raws = [read_source(source, options.max_file_bytes) for source in sources]
    seconds["read"] += time.perf_counter() - started
    return raws


def _readable(raws: list[RawFile]) -> set[str]:
    return {raw.sha256 for raw in raws if raw.data is not None and raw.sha256 is not None}


def _whole(
    stored: BatchResult, digest: str, readable: int, stamp_key: str | None, seconds: Counter[str]
) -> BatchResult:
    return replace(
        stored,
        cache_hits=readable,
        whole_from_cache=True,
        batch_digest=digest,
        batch_stamp=stamp_key,
        stage_seconds=seconds,
    )


def batch_stamp_key(sources: list[SourceFile], options: ProcessOptions, now_ns: int) -> str | None:
    """What a batch's files look like on disk (paths, sizes, inodes, times) and the setting that decides
    which are read; None when one of them changed within `RACY_NS` of now.

    A file written again within the same tick of its file system's clock, with the same size, would keep its
    stamp: git calls such an entry "racily clean". Every change sets the change time to the clock's now,
    and nothing can set it back, so a file whose change time is older than a tick cannot change unseen."""
    if any(not source.stamp or source.changed_ns >= now_ns - RACY_NS for source in sources):
        return None
    digest = hashlib.sha256(f"max_file_bytes={options.max_file_bytes}\n".encode())
    for source in sources:
        digest.update(f"{source.source_path}\0{source.stamp}\n".encode())
    return digest.hexdigest()


def batch_digest(raws: list[RawFile], options: ProcessOptions) -> str:
    """What a batch's result depends on, besides the pipeline and the reference date (the cache's
    fingerprint): each file's path, and its bytes or why it could not be read."""
    digest = hashlib.sha256(f"max_file_bytes={options.max_file_bytes}\n".encode())
    for raw in raws:
        state = raw.sha256 if raw.rejection is None else f"{raw.rejection.code}\0{raw.rejection.detail}"
        digest.update(f"{raw.source.source_path}\0{state}\n".encode())
    return digest.hexdigest()


def _process(
    raws: list[RawFile], readable: set[str], options: ProcessOptions, cache: ResultCache | None, seconds: Counter[str]
) -> BatchResult:
    hits: dict[str, Built] = cache.get_many(readable) if cache else {}
    fresh: dict[str, Built] = {}
    dedupe = Deduplicator()
    outcomes = []
    for raw in raws:
        built = None
        try:
            if raw.data is not None and raw.sha256 is not None:
                built = hits.get(raw.sha256) or fresh.get(raw.sha256)
                if built is None:
                    built = fresh[raw.sha256] = build(raw.data, raw.sha256, options, seconds)
            outcomes.append(_outcome(raw, built, dedupe))
        except Exception as exc:  # a bug must cost one file, never the run
            outcomes.append(_processing_error(raw, exc))
    if cache is not None:
        cache.put_many(fresh, used=hits)
    started = time.perf_counter()
    result = assemble_batch(outcomes)
    seconds["validate"] += time.perf_counter() - started
    return replace(result, cache_hits=len(hits), stage_seconds=seconds)


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


# Written for the warm-up, one per format and language, each naming a place, an organization, a person
# quoted and an amount, so that every extractor builds what it loads once per process.
WARM_UP_FILES = {
    "warm-up.md": (
        "# *Port authority approves a new harbour plan*\n\n---\n\n"
        "## **New harbour plan approved**\n\n"
        "Boston, March 4 (AP)--The port authority of Boston approved a plan worth $2.5 million on Tuesday, "
        "the United Nations said in a statement.\n\n"
        '"We will start the works this year," said Mayor Ellen Porter after the vote.\n'
    ),
    "warm-up.html": (
        "<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>Nuevo puerto en Valencia</title>"
        "</head><body><article><h1>El Gobierno aprueba el nuevo puerto de Valencia</h1>"
        "<p>Madrid, 5 de marzo (EFE).- El Gobierno de España aprobó este martes una inversión de 3 millones "
        "de euros para el puerto de Valencia, informó el Ministerio de Transportes.</p>"
        "<p>«Las obras empiezan este año», dijo la ministra Lucía Romero en una conferencia de prensa.</p>"
        "</article></body></html>"
    ),
    "warm-up.txt": (
        " date 2024-03-06 Bogotá.- La alcaldesa Carmen Duarte anunció que la ciudad recibirá 40 millones de "
        "pesos de la Organización de las Naciones Unidas.\n\n"
        "“Es una buena noticia para los barrios del sur”, afirmó Duarte ante el Concejo de Bogotá.\n"
    ),
}


def warm_up() -> BatchResult:
    """Process a few small articles of every format, English and Spanish, so that this process has built
    what a first batch builds (gazetteers, word lists, the language model, the parsers) before it gets one,
    and, in a worker, keep all of it out of the garbage collector's passes (flows.long_lived). From memory,
    not files: a worker stopped in the middle leaves nothing behind."""
    raws = []
    for name, text in WARM_UP_FILES.items():
        data = text.encode()
        source = SourceFile(name, name, len(data), is_regular=True)
        raws.append(RawFile(source, hashlib.sha256(data).hexdigest(), data, None))
    result = _process(raws, {raw.sha256 for raw in raws if raw.sha256}, ProcessOptions(), None, Counter())
    freeze_long_lived_objects()
    return result
