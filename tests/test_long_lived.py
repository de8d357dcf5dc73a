"""A worker keeps the pipeline's objects out of the garbage collector's passes; the flow's process does not."""

from __future__ import annotations

import gc
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from flows.discover import SourceFile, discover
from flows.options import ProcessOptions
from flows.process import process_batch, warm_up

ARTICLE = (
    "Harbour plan approved\n\nBy Ellen Porter\n\n"
    "Boston, March 4 (AP)--The port authority of Boston approved a harbour plan on Tuesday.\n\n"
    '"We will start the works this year," said Mayor Ellen Porter after the vote.\n'
)


def _sources(folder: Path) -> list[SourceFile]:
    (folder / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    return discover(folder)


def test_a_worker_freezes_what_it_holds_once_after_its_first_batch(tmp_path: Path) -> None:
    sources = _sources(tmp_path)
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as worker:
        assert worker.submit(gc.get_freeze_count).result() == 0
        first = worker.submit(process_batch, sources, ProcessOptions()).result()
        frozen = worker.submit(gc.get_freeze_count).result()
        again = worker.submit(process_batch, sources, ProcessOptions()).result()
        # The gazetteers and word lists alone are tens of thousands of objects. A second batch freezes none of its
        # own; frozen objects its results replaced are freed by their reference counts as before.
        assert frozen > 20_000
        assert worker.submit(gc.get_freeze_count).result() <= frozen
    assert first.tables["articles"].num_rows == again.tables["articles"].num_rows == 1


def test_a_worker_that_warms_up_freezes_then(tmp_path: Path) -> None:
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as worker:
        worker.submit(warm_up).result()
        assert worker.submit(gc.get_freeze_count).result() > 20_000


def test_the_flows_own_process_is_never_frozen(tmp_path: Path) -> None:
    before = gc.get_freeze_count()
    process_batch(_sources(tmp_path), ProcessOptions())
    warm_up()
    assert gc.get_freeze_count() == before
