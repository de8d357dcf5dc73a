"""Which Prefect task runner a build uses, and where a batch's work runs.

On one machine, batches run in plain worker processes that import the pipeline and nothing of Prefect,
while their Prefect tasks run on threads of the flow's process, where Prefect's bookkeeping is cheap.
Prefect's own ProcessPoolTaskRunner runs its task engine inside each worker instead: every spawned
worker imports Prefect (1.3 s and ~50 MB more than the pipeline alone), and every task rebuilds
Prefect's settings, run context and API client there (~0.2 s a task, measured with py-spy at 10,000
files). On Dask, tasks run on the cluster's workers and do the work where they run.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Self, TypeVar

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from flows.settings import Settings

R = TypeVar("R")

# The flow process's worker pool while a WorkerProcessesTaskRunner is entered: tasks run on that runner's
# threads in this very process, so they find it here (a task's parameters could not carry a pool).
_pool: ProcessPoolExecutor | None = None


class WorkerDied(RuntimeError):
    """A worker process ended in the middle of a batch: the run fails, and nothing is published."""

    def __init__(self) -> None:
        super().__init__(
            "a worker process died in the middle of a batch, most often because the machine ran out of memory "
            "and the kernel killed it. Nothing was published: the previous dataset is untouched. Free some "
            "memory or give smaller batches (--batch-size 256), and run again: files already done come from "
            "the cache."
        )


def run_on_workers(function: Callable[..., R], *args: Any) -> R:
    """`function(*args)` in a worker process when the flow has a pool of them, else right here."""
    if _pool is None:
        return function(*args)
    try:
        return _pool.submit(function, *args).result()
    except BrokenProcessPool as exc:  # every batch in flight, and every one submitted after, ends here
        raise WorkerDied() from exc


def release_workers() -> None:
    """End the flow's worker processes once no batch is left for them: idle, each still holds the few
    hundred MB a batch took, which the finishing steps of a large build need more. A batch after this runs
    in the flow's own process."""
    global _pool
    if _pool is not None:
        _pool.shutdown()
        _pool = None


class WorkerProcessesTaskRunner(ThreadPoolTaskRunner):  # type: ignore[type-arg]
    """Prefect tasks on `threads` threads; the work they hand to `run_on_workers` on `processes` processes.

    Threads beyond the processes keep the next batches queued at the pool, so no worker waits for a
    task to be scheduled. Workers are spawned, not forked: the flow's process runs Prefect's threads.
    """

    def __init__(self, processes: int, threads: int | None = None) -> None:
        super().__init__(max_workers=threads or 2 * processes)
        self.processes = processes

    def duplicate(self) -> Self:
        return type(self)(self.processes, self._max_workers)

    def __enter__(self) -> Self:
        global _pool
        if _pool is not None:
            raise RuntimeError("a flow in this process already runs its batches on worker processes")
        super().__enter__()
        _pool = ProcessPoolExecutor(max_workers=self.processes, mp_context=multiprocessing.get_context("spawn"))
        return self

    def __exit__(self, exc_type: Any, exc_value: Any, traceback: Any) -> None:
        global _pool
        try:
            super().__exit__(exc_type, exc_value, traceback)
        finally:
            if _pool is not None:
                _pool.shutdown(cancel_futures=True)
                _pool = None

    def __eq__(self, value: object) -> bool:
        return isinstance(value, WorkerProcessesTaskRunner) and (self.processes, self._max_workers) == (
            value.processes,
            value._max_workers,
        )

    __hash__ = None  # type: ignore[assignment]


def local_task_runner(processes: int) -> WorkerProcessesTaskRunner:
    """As many threads as the build keeps batches in flight: each waits for its batch's worker."""
    return WorkerProcessesTaskRunner(processes, Settings().batches_in_flight(processes))


def task_runner(settings: Settings, batches: int) -> TaskRunner:  # type: ignore[type-arg]
    """Dask when asked for (a scheduler address, or a local cluster of `workers` processes); otherwise a
    worker process per core, or no extra process at all when the input is a single batch (starting
    workers would cost more than the work)."""
    if settings.dask_address or settings.workers:
        from prefect_dask import DaskTaskRunner

        if settings.dask_address:
            return DaskTaskRunner(address=settings.dask_address)
        return DaskTaskRunner(
            cluster_class="distributed.LocalCluster",
            cluster_kwargs={
                "n_workers": settings.workers,
                "threads_per_worker": 1,
                "processes": True,
                "dashboard_address": None,
            },
        )
    if batches <= 1:
        return ThreadPoolTaskRunner(max_workers=1)
    return local_task_runner(min(os.cpu_count() or 1, batches))
