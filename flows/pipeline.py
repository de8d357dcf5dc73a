"""The Prefect flow `build_dataset`: input folder in, published dataset out. It only composes stages."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from importlib.metadata import version

from prefect import flow

from flows.card import RunFacts
from flows.collect import Collector
from flows.lock import output_lock
from flows.settings import Settings
from flows.tasks import discover_files, process_files, publish
from flows.write import remove_stale_staging, staging_folder


@dataclass(frozen=True, slots=True)
class RunSummary:
    files_seen: int
    rows: dict[str, int]
    rejects_by_reason: dict[str, int]


def pipeline_version() -> str:
    return version("newstables")


@flow(name="build_dataset", validate_parameters=False)
def build_dataset(settings: Settings, lock_wait_seconds: float = 0) -> RunSummary:
    target = settings.output_dir.resolve()
    with output_lock(target, lock_wait_seconds):
        remove_stale_staging(target)
        sources = discover_files(settings.seeds_dir)
        options = settings.process_options()
        size = settings.batch_size
        futures = [
            process_files.submit(sources[i : i + size], options, first=i + 1, last=min(i + size, len(sources)))
            for i in range(0, len(sources), size)
        ]
        staging = staging_folder(target)
        try:
            collector = Collector(staging)
            for future in futures:
                collector.add(future.result())
            rows = collector.close()
            facts = RunFacts(
                pipeline_version=pipeline_version(),
                input_name=settings.seeds_dir.name,
                files_seen=collector.files,
                reference_date=settings.reference_date.isoformat() if settings.reference_date else None,
                rejects_by_reason=collector.rejects_by_reason(),
            )
            publish(staging, target, rows, facts)
        finally:
            shutil.rmtree(staging, ignore_errors=True)  # gone already when published
    return RunSummary(files_seen=collector.files, rows=rows, rejects_by_reason=facts.rejects_by_reason)
