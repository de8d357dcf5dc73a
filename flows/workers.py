"""The worker processes that run a build's batches on one machine, free of Prefect.

Spawned workers take seconds to be ready: each imports the pipeline (about 2.4 s) and its first batch builds
the gazetteers, word lists and language model (about 1.5 s more). `newstables build` starts them, and has
them load all of that, before it imports Prefect, so that they get ready while the flow's process starts
Prefect and its flow run; the flow's task runner then adopts them (flows.runners).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from flows.settings import Settings

R = TypeVar("R")

# This process's pool while a flow uses it, or since `start_workers`: tasks run on threads of this very
# process, so they find it here (a task's parameters could not carry a pool).
_pool: ProcessPoolExecutor | None = None
_processes = 0
_in_use = False
_given_work = False  # whether the pool has had anything but its warm-up to do


class WorkerDied(RuntimeError):
    """A worker process ended in the middle of a batch: the run fails, and nothing is published."""

    def __init__(self) -> None:
        super().__init__(
            "a worker process died in the middle of a batch, most often because the machine ran out of memory "
            "and the kernel killed it. Nothing was published: the previous dataset is untouched. Free some "
            "memory or give smaller batches (--batch-size 256), and run again: files already done come from "
            "the cache."
        )


def local_worker_count(settings: Settings, files: int) -> int:
    """How many worker processes a build of `files` files runs on this machine: one per core, at most one
    per batch; none on Dask (its workers do the work) or for a single batch (starting workers would cost
    more than the work)."""
    if settings.dask_address or settings.workers:
        return 0
    batches = -(-files // settings.batch_size_for(files))
    return 0 if batches <= 1 else min(os.cpu_count() or 1, batches)


def start_workers(processes: int) -> None:
    """Spawn `processes` workers now, each loading the pipeline, for the flow that follows to adopt."""
    global _pool, _processes
    if _pool is not None:
        raise RuntimeError("this process already has its worker processes")
    _pool, _processes = _new_pool(processes), processes
    for _ in range(processes):  # one each: a pool spawns a process for each task that finds none idle
        _pool.submit(_warm_up)


def enter_pool(processes: int) -> None:
    """The pool of a flow run: the workers started early when there are as many, else new ones."""
    global _pool, _processes, _in_use
    if _in_use:
        raise RuntimeError("a flow in this process already runs its batches on worker processes")
    if _pool is not None and _processes != processes:
        release_workers()
    if _pool is None:
        _pool, _processes = _new_pool(processes), processes
    _in_use = True


def exit_pool() -> None:
    global _in_use
    try:
        release_workers()
    finally:
        _in_use = False


def release_workers() -> None:
    """End the worker processes. Once no batch is left, idle workers each still hold the few hundred MB a
    batch took, which the finishing steps of a large build need more; workers never given a batch (the run
    was refused, or had nothing to do) are only getting ready, and are stopped rather than waited for. A
    batch after this runs in this process."""
    global _pool
    if _pool is None:
        return
    pool, _pool = _pool, None
    if not _given_work:
        # ProcessPoolExecutor.terminate_workers() from Python 3.14; its processes until then.
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.terminate()
    pool.shutdown(cancel_futures=True)


def run_on_workers(function: Callable[..., R], *args: Any) -> R:
    """`function(*args)` in a worker process when this process has a pool of them, else right here."""
    global _given_work
    if _pool is None:
        return function(*args)
    _given_work = True
    try:
        return _pool.submit(function, *args).result()
    except BrokenProcessPool as exc:  # every batch in flight, and every one submitted after, ends here
        raise WorkerDied() from exc


def _warm_up() -> None:
    from flows.process import warm_up  # in the worker: importing this module does not load the pipeline

    warm_up()


def _new_pool(processes: int) -> ProcessPoolExecutor:
    global _given_work
    _given_work = False
    # Spawned, not forked: the flow's process runs Prefect's threads.
    return ProcessPoolExecutor(max_workers=processes, mp_context=multiprocessing.get_context("spawn"))
