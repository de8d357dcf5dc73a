"""Prefect tasks: thin wrappers that name, retry and observe the pure stage functions."""

from __future__ import annotations

from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from flows.card import RunFacts
from flows.discover import SourceFile, discover
from flows.process import BatchResult, ProcessOptions, process_batch
from flows.publish import write_metadata
from flows.write import swap_into_place

# Inputs are lists of thousands of files: Prefect's default input hashing would cost more than the
# work, and the pipeline keeps its own content-addressed cache.


@task(name="discover input files", cache_policy=NO_CACHE)
def discover_files(root: Path) -> list[SourceFile]:
    return discover(root)


@task(name="process batch", cache_policy=NO_CACHE, task_run_name="process files {first}–{last}")
def process_files(sources: list[SourceFile], options: ProcessOptions, first: int, last: int) -> BatchResult:
    return process_batch(sources, options)


@task(name="publish dataset", cache_policy=NO_CACHE)
def publish(staging: Path, target: Path, rows: dict[str, int], facts: RunFacts) -> None:
    write_metadata(staging, rows, facts)
    swap_into_place(staging, target)
