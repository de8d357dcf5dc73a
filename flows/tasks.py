"""Prefect tasks: thin wrappers that name, retry and observe the pure stage functions."""

from __future__ import annotations

from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from flows.card import RunFacts
from flows.discover import SourceFile
from flows.process import BatchResult, ProcessOptions, process_batch
from flows.publish import publish_dataset
from flows.workers import run_on_workers

# Inputs are lists of thousands of files: Prefect's input hashing would cost more than the work, and
# the pipeline keeps its own content-addressed cache of per-file results (flows/cache.py).


class FileBatch:
    """The files of one task, opaque to Prefect. Prefect walks every list, tuple and dataclass among a task's
    parameters, item by item, looking for futures to wait on: four walks per task (two as it is
    submitted, two as it starts), ~0.16 s for a thousand files, and there are none to find.
    (`prefect.utilities.annotations.quote` does the same, but on Dask the task received it still wrapped.)"""

    __slots__ = ("sources",)

    def __init__(self, sources: list[SourceFile]) -> None:
        self.sources = sources


@task(name="process batch", cache_policy=NO_CACHE, task_run_name="process batch {number}")
def process_files(batch: FileBatch, options: ProcessOptions, number: int) -> BatchResult:
    return run_on_workers(process_batch, batch.sources, options)


@task(name="publish dataset", cache_policy=NO_CACHE)
def publish(staging: Path, target: Path, rows: dict[str, int], facts: RunFacts) -> None:
    publish_dataset(staging, target, rows, facts)
