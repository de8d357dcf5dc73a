"""The composition of a build, free of Prefect: the flow and the benchmark's plain baseline share it.

`run_build` surveys the input, skips the run when nothing changed since the last one, streams
batches to `submit` (two per worker ahead of collection: none waits, and results never pile up in
memory), collects them in input order into a staging folder, and hands it to `publish`.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from importlib.metadata import version
from pathlib import Path
from typing import Any

from flows.cache import Pruned, ResultCache, run_fingerprint
from flows.card import RunFacts
from flows.collect import Collector
from flows.discover import batches, survey
from flows.disk_space import DiskFull, check_room
from flows.dispatch import BatchFuture, SubmitBatch, in_input_order
from flows.lock import output_lock
from flows.memory import return_large_blocks_to_the_system
from flows.output_guard import check_places
from flows.settings import Settings
from flows.skip import previous_run, run_state
from flows.upload import upload
from flows.write import remove_stale_staging, staging_folder

Publish = Callable[[Path, Path, dict[str, int], RunFacts], None]


@dataclass(slots=True)
class RunSummary:
    files_seen: int
    rows: dict[str, int]
    rejects_by_reason: dict[str, int]
    skipped: bool = False  # nothing changed since the last run: the published output was kept as it is
    cache_hits: int = 0
    batches_from_cache: int = 0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    wall_seconds: float = 0.0
    # The cache after the run: what it keeps, and what was pruned to keep it within its limit.
    cache_bytes: int = 0
    cache_pruned_bytes: int = 0


def pipeline_version() -> str:
    return version("newstables")


def run_build(
    settings: Settings,
    submit: SubmitBatch,
    publish: Publish,
    on_batch: Callable[[int, int], Any] | None = None,
    after_batches: Callable[[], Any] | None = None,
) -> RunSummary:
    """`on_batch(files_done, files_total)` is called after every collected batch (for progress bars);
    `after_batches()` once the last one is collected, before the tables are finished and published (the
    flow ends its worker processes there, so that their memory is free for those steps)."""
    started = time.perf_counter()
    return_large_blocks_to_the_system()
    target = settings.output_dir.resolve()
    stages: Counter[str] = Counter()
    with output_lock(target, settings.lock_wait_seconds):
        remove_stale_staging(target)
        check_places(settings)
        tick = time.perf_counter()
        found = survey(settings.seeds_dir)
        stages["discover"] += time.perf_counter() - tick
        cache = (
            ResultCache(settings.cache_dir, run_fingerprint(settings.reference_date)) if settings.cache_dir else None
        )
        previous = previous_run(cache, settings, found) if cache is not None else None
        if previous is not None:
            assert cache is not None
            cache.close()
            return RunSummary(
                files_seen=found.files,
                rows=previous["rows"],
                rejects_by_reason=previous["rejects_by_reason"],
                skipped=True,
                stage_seconds=dict(stages),
                wall_seconds=time.perf_counter() - started,
            )
        if settings.space_check:
            try:
                check_room(target, found.files)
            except DiskFull:
                if cache is not None:
                    cache.close()
                raise
        options = settings.process_options()
        if cache is not None:
            options = replace(options, cache_run=cache.begin_run())
        staging = staging_folder(target)
        work_dir = Path(tempfile.mkdtemp(prefix="newstables-run-"))
        try:
            with Collector(staging, work_dir) as collector:  # on an error, its writing stops before the rmtree
                done = 0
                size, in_flight = settings.batch_size_for(found.files), settings.batches_in_flight()
                inputs = batches(settings.seeds_dir, size)
                for future in in_input_order(inputs, submit, options, cache, in_flight, stages):
                    done += _collect(collector, future, stages, cache)
                    if on_batch:
                        on_batch(done, found.files)
                if after_batches:
                    after_batches()
                tick = time.perf_counter()
                rows = collector.close()
                stages["write tables"] += time.perf_counter() - tick
            facts = RunFacts(
                pipeline_version=pipeline_version(),
                input_name=settings.seeds_dir.name,
                files_seen=collector.files,
                reference_date=settings.reference_date.isoformat() if settings.reference_date else None,
                rejects_by_reason=collector.rejects_by_reason(),
            )
            tick = time.perf_counter()
            publish(staging, target, rows, facts)
            stages["publish"] += time.perf_counter() - tick
            if settings.output_url is not None:
                tick = time.perf_counter()
                upload(target, settings.output_url)
                stages["upload"] += time.perf_counter() - tick
        finally:
            shutil.rmtree(staging, ignore_errors=True)  # gone already when published
            shutil.rmtree(work_dir, ignore_errors=True)
        pruned = Pruned(kept_bytes=0, removed_bytes=0, removed_entries=0)
        if cache is not None:
            record = {
                "state": run_state(settings, found.state_digest),
                "published_files": survey(target).state_digest,
                "rows": rows,
                "rejects_by_reason": facts.rejects_by_reason,
            }
            cache.record_run_state(str(target), json.dumps(record))
            tick = time.perf_counter()
            pruned = cache.prune(settings.cache_max_bytes)
            stages["prune cache"] += time.perf_counter() - tick
            cache.close()
    stages.update({f"in tasks: {k}": v for k, v in collector.stage_seconds.items()})
    return RunSummary(
        files_seen=collector.files,
        rows=rows,
        rejects_by_reason=facts.rejects_by_reason,
        cache_hits=collector.cache_hits,
        batches_from_cache=collector.batches_from_cache,
        stage_seconds=dict(stages),
        wall_seconds=time.perf_counter() - started,
        cache_bytes=pruned.kept_bytes,
        cache_pruned_bytes=pruned.removed_bytes,
    )


def _collect(collector: Collector, future: BatchFuture, stages: Counter[str], cache: ResultCache | None) -> int:
    tick = time.perf_counter()
    batch = future.result()
    stages["wait for tasks"] += time.perf_counter() - tick
    tick = time.perf_counter()
    collector.add(batch)
    if cache is not None and batch.batch_digest is not None:
        digests = (key.source_sha256 for key in batch.keys if key.source_sha256)
        cache.batch_used(batch.batch_digest, digests, batch.batch_stamp)
    files = len(batch.keys)
    batch.release()  # the future that brought it keeps it: see BatchResult.release
    stages["collect and write"] += time.perf_counter() - tick
    return files
