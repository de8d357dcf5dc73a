"""The same flow on other task runners gives the same bytes: worker processes, and a local Dask cluster."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from prefect.utilities.collections import visit_collection
from typer.testing import CliRunner

import flows.publish
from flows.cli import EXIT_WORKER_DIED, app
from flows.discover import discover
from flows.pipeline import run_flow
from flows.runners import WorkerProcessesTaskRunner
from flows.settings import Settings
from flows.tasks import FileBatch
from flows.workers import WorkerDied, run_on_workers
from tests.conftest import SEEDS, write_inputs
from tests.test_dataset import assert_same_bytes

ARTICLE = (
    "Council vote {i}\n\nThe council of Riverton voted {i} to 2 on Monday to expand the bike lanes, the mayor said.\n"
)


def _inputs(folder: Path) -> Path:
    seeds = write_inputs(folder, {f"{i:02d}.txt": ARTICLE.format(i=i) for i in range(12)})
    for seed in SEEDS.iterdir():
        (seeds / seed.name).write_bytes(seed.read_bytes())
    return seeds


def test_batches_on_worker_processes_give_the_same_bytes(
    tmp_path: Path, prefect_harness: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = _inputs(tmp_path / "in")
    default = tmp_path / "default"
    run_flow(Settings(seeds_dir=seeds, output_dir=default, cache_dir=None, batch_size=100))  # in-process
    workers_at_publish: list[int] = []

    def publish_dataset(*args: Any) -> None:
        workers_at_publish.append(len(multiprocessing.active_children()))
        flows.publish.publish_dataset(*args)

    monkeypatch.setattr("flows.tasks.publish_dataset", publish_dataset)
    workers = tmp_path / "workers"
    summary = run_flow(Settings(seeds_dir=seeds, output_dir=workers, cache_dir=None, batch_size=3))
    assert summary.rows["articles"] == 14
    assert_same_bytes(default, workers)
    assert workers_at_publish == [0]  # ended once the last batch was in: their memory is publishing's


def test_the_worker_processes_do_the_work_without_prefect() -> None:
    """What makes them cheap: a worker imports the pipeline, and nothing of Prefect, whose task engine
    stays with the flow's threads."""
    probe = "(__import__('os').getpid(), 'prefect' in __import__('sys').modules)"
    with WorkerProcessesTaskRunner(processes=2):
        worker_pid, worker_has_prefect = run_on_workers(eval, probe)
    assert worker_pid != os.getpid()
    assert not worker_has_prefect
    assert run_on_workers(os.getpid) == os.getpid()  # no runner entered: the work runs here
    # What a worker imports to run a batch, and what `python -m flows` imports again as its main module.
    imports = "import sys, flows.process, flows.cli; print('prefect' in sys.modules)"
    loaded = subprocess.run([sys.executable, "-c", imports], capture_output=True, text=True, check=True).stdout
    assert loaded == "False\n"


def test_a_worker_that_dies_fails_the_run_with_a_plain_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with WorkerProcessesTaskRunner(processes=1), pytest.raises(WorkerDied, match="ran out of memory"):
        run_on_workers(os.abort)  # dies as the kernel's OOM killer would have it die: no Python exception

    def dies(settings: Settings, progress: bool, files: int) -> None:
        raise WorkerDied()

    monkeypatch.setattr("flows.pipeline.run_flow", dies)
    result = CliRunner().invoke(app, ["build", "--seeds", str(write_inputs(tmp_path / "in", {"a.txt": "A"}))])
    assert result.exit_code == EXIT_WORKER_DIED
    assert "worker process died" in result.output and "Nothing was published" in result.output


def test_a_local_two_worker_dask_cluster_gives_the_same_bytes(tmp_path: Path, prefect_harness: None) -> None:
    seeds = _inputs(tmp_path / "in")
    default = tmp_path / "default"
    run_flow(Settings(seeds_dir=seeds, output_dir=default, cache_dir=None, batch_size=100))  # in-process
    dask = tmp_path / "dask"
    summary = run_flow(Settings(seeds_dir=seeds, output_dir=dask, cache_dir=None, batch_size=3, workers=2))
    assert summary.rows["articles"] == 14
    assert_same_bytes(default, dask)


def test_prefect_does_not_walk_the_files_of_a_batch() -> None:
    """Prefect looks for futures in a task's parameters before and as it runs it; a batch's thousand files
    hold none, and walking them cost more than the task's own bookkeeping."""
    visited: list[object] = []
    sources = discover(SEEDS)
    assert sources
    visit_collection(FileBatch(sources), visit_fn=visited.append, return_data=False)
    visit_collection(sources, visit_fn=visited.append, return_data=False)  # what a plain list costs
    assert sum(1 for v in visited if v in sources) == len(sources)  # the list's items, and only those
