"""The Prefect flow `build_dataset`: input folder in, published dataset out. It only composes stages."""

from __future__ import annotations

import os
from pathlib import Path

from prefect import flow
from prefect.artifacts import create_markdown_artifact

from flows.build import RunSummary, run_build
from flows.discover import count_sources
from flows.disk_space import as_disk_full
from flows.prefect_env import shared_api
from flows.progress import progress_callback
from flows.report import run_report
from flows.runners import local_task_runner, task_runner
from flows.settings import Settings, parse_date, parse_size
from flows.tasks import FileBatch, process_files, publish
from flows.workers import release_workers

ARTIFACT_KEY = "newstables-build"


@flow(
    name="build_dataset",
    description="Read every article file of a folder and publish the newstables dataset atomically.",
    task_runner=local_task_runner(os.cpu_count() or 1),
)
def build_dataset(
    seeds_dir: str | None = None,
    output_dir: str | None = None,
    reference_date: str | None = None,
    cache_dir: str | None = None,
    cache_max_size: str | None = None,
    max_file_bytes: int | None = None,
    batch_size: int | None = None,
    lock_wait_seconds: float | None = None,
    progress: bool = False,
) -> RunSummary:
    """Parameters left unset come from NEWSTABLES_* variables, then the defaults; cache_dir 'off' disables the cache,
    cache_max_size is a size such as '10GB' (see flows.settings.parse_size)."""
    settings = Settings.from_env(
        output=output_dir,
        seeds_dir=Path(seeds_dir) if seeds_dir else None,
        reference_date=parse_date(reference_date) if reference_date else None,
        cache_dir=cache_dir,
        cache_max_bytes=parse_size(cache_max_size) if cache_max_size else None,
        max_file_bytes=max_file_bytes,
        batch_size=batch_size,
        lock_wait_seconds=lock_wait_seconds,
    )
    with progress_callback(enabled=progress) as on_batch:
        try:
            summary = run_build(
                settings,
                submit=lambda batch, options, number: process_files.submit(FileBatch(batch), options, number),
                publish=publish,
                on_batch=on_batch,
                after_batches=release_workers,
            )
        except Exception as exc:  # so that a scheduled run's failed state says it too, not only the command
            if (full := as_disk_full(exc, settings.output_dir, settings.cache_dir)) is not None:
                raise full from exc
            raise
    create_markdown_artifact(
        key=ARTIFACT_KEY,
        markdown=run_report(summary, str(settings.seeds_dir), settings.output_url or str(settings.output_dir)),
        description="What the build read, published and rejected, and where the time went.",
    )
    return summary


def run_flow(settings: Settings, progress: bool = False, files: int | None = None) -> RunSummary:
    """Run `build_dataset` for `settings` on the task runner that suits the input (see flows.runners);
    `files`, the input's number of files, when the caller has counted them already."""
    if files is None:
        files = count_sources(settings.seeds_dir)
    runner = task_runner(settings, files)
    with shared_api():
        return build_dataset.with_options(task_runner=runner)(
            seeds_dir=str(settings.seeds_dir),
            output_dir=settings.output_url or str(settings.output_dir),
            reference_date=settings.reference_date.isoformat() if settings.reference_date else None,
            cache_dir=str(settings.cache_dir) if settings.cache_dir else "off",
            cache_max_size=str(settings.cache_max_bytes),
            max_file_bytes=settings.max_file_bytes,
            batch_size=settings.batch_size,
            lock_wait_seconds=settings.lock_wait_seconds,
            progress=progress,
        )
