"""The same flow on other task runners gives the same bytes: worker processes, and a local Dask cluster."""

from __future__ import annotations

from pathlib import Path

from prefect.utilities.collections import visit_collection

from flows.discover import discover
from flows.pipeline import run_flow
from flows.settings import Settings
from flows.tasks import FileBatch
from tests.conftest import SEEDS, write_inputs
from tests.test_dataset import assert_same_bytes

ARTICLE = (
    "Council vote {i}\n\nThe council of Riverton voted {i} to 2 on Monday to expand the bike lanes, the mayor said.\n"
)


def test_a_local_two_worker_dask_cluster_gives_the_same_bytes(tmp_path: Path, prefect_harness: None) -> None:
    seeds = write_inputs(tmp_path / "in", {f"{i:02d}.txt": ARTICLE.format(i=i) for i in range(12)})
    for seed in SEEDS.iterdir():
        (seeds / seed.name).write_bytes(seed.read_bytes())
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
