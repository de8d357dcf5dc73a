"""The worker processes of a build on one machine: started early and adopted, warmed up, released."""

from __future__ import annotations

import multiprocessing
import os

from flows.process import warm_up
from flows.runners import WorkerProcessesTaskRunner
from flows.workers import release_workers, run_on_workers, start_workers


def test_the_warm_up_runs_every_extractor_on_both_languages() -> None:
    result = warm_up()
    assert result.rejects == []
    assert sorted(result.tables["articles"].column("language").to_pylist()) == ["en", "es", "es"]
    for table in ("mentions", "quotes", "amounts"):
        assert result.tables[table].num_rows >= 3, table
    assert result.observations.num_rows > 0


def test_workers_started_early_are_the_flows() -> None:
    start_workers(2)
    try:
        early = {process.pid for process in multiprocessing.active_children()}
        assert len(early) == 2
        with WorkerProcessesTaskRunner(processes=2):
            assert run_on_workers(os.getpid) in early
        assert multiprocessing.active_children() == []  # the runner's exit ends them
    finally:
        release_workers()


def test_released_workers_are_gone_and_later_work_runs_in_the_flow_process() -> None:
    with WorkerProcessesTaskRunner(processes=2):
        assert run_on_workers(os.getpid) != os.getpid()
        assert multiprocessing.active_children()
        release_workers()
        assert multiprocessing.active_children() == []
        assert run_on_workers(os.getpid) == os.getpid()


def test_workers_never_given_a_batch_are_stopped_not_waited_for() -> None:
    """A refused run, or one with nothing to do, must not wait seconds for workers getting ready."""
    start_workers(2)
    release_workers()  # at once: their warm-up has barely begun
    assert multiprocessing.active_children() == []
