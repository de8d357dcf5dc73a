"""Which Prefect task runner a build uses, and where a batch's work runs.

On one machine, batches run in plain worker processes that import the pipeline and nothing of Prefect,
while their Prefect tasks run on threads of the flow's process, where Prefect's bookkeeping is cheap.
Prefect's own ProcessPoolTaskRunner runs its task engine inside each worker instead: every spawned
worker imports Prefect (1.3 s and ~50 MB more than the pipeline alone), and every task rebuilds
Prefect's settings, run context and API client there (~0.2 s a task, measured with py-spy at 10,000
files). On Dask, tasks run on the cluster's workers and do the work where they run.
"""

from __future__ import annotations

from typing import Any, Self

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from flows.settings import Settings
from flows.workers import enter_pool, exit_pool, local_worker_count


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
        super().__enter__()
        enter_pool(self.processes)  # the workers `newstables build` started early, when it did
        return self

    def __exit__(self, exc_type: Any, exc_value: Any, traceback: Any) -> None:
        try:
            super().__exit__(exc_type, exc_value, traceback)
        finally:
            exit_pool()

    def __eq__(self, value: object) -> bool:
        return isinstance(value, WorkerProcessesTaskRunner) and (self.processes, self._max_workers) == (
            value.processes,
            value._max_workers,
        )

    __hash__ = None  # type: ignore[assignment]


def local_task_runner(processes: int) -> WorkerProcessesTaskRunner:
    """As many threads as the build keeps batches in flight: each waits for its batch's worker."""
    return WorkerProcessesTaskRunner(processes, Settings().batches_in_flight(processes))


def task_runner(settings: Settings, files: int) -> TaskRunner:  # type: ignore[type-arg]
    """Dask when asked for (a scheduler address, or a local cluster of `workers` processes); otherwise
    worker processes as `flows.workers.local_worker_count` says, or none."""
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
    processes = local_worker_count(settings, files)
    return local_task_runner(processes) if processes else ThreadPoolTaskRunner(max_workers=1)
