"""Which Prefect task runner a build uses: one process, local worker processes, or Dask."""

from __future__ import annotations

import os

from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

from flows.settings import Settings


def task_runner(settings: Settings, batches: int) -> TaskRunner:  # type: ignore[type-arg]
    """Dask when asked for (a scheduler address, or a local cluster of `workers` processes); otherwise a
    process per core, or no extra process at all when the input is a single batch (starting workers
    would cost more than the work)."""
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
    return ProcessPoolTaskRunner(max_workers=min(os.cpu_count() or 1, batches))
