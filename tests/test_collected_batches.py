"""A batch's rows are let go once collected, whatever Prefect keeps of the task that brought them."""

from __future__ import annotations

import gc
from pathlib import Path

from flows.pipeline import run_flow
from flows.process import BatchResult
from flows.settings import Settings
from tests.conftest import write_inputs

ARTICLE = "Harbour works {i}\n\nThe port of Valdera opened berth {i} on Friday, the harbour master said.\n"


def test_prefect_keeps_no_rows_of_a_collected_batch(tmp_path: Path, prefect_harness: None) -> None:
    # Prefect's futures hold each task's result in a reference cycle; with the collector off, whatever
    # cycles the run leaves stay, and every batch result found in them must be an empty shell.
    seeds = write_inputs(tmp_path / "in", {f"{i:02d}.txt": ARTICLE.format(i=i) for i in range(8)})
    gc.collect()
    gc.disable()
    try:
        summary = run_flow(Settings(seeds_dir=seeds, output_dir=tmp_path / "out", cache_dir=None, batch_size=2))
        kept = [obj for obj in gc.get_objects() if isinstance(obj, BatchResult)]
    finally:
        gc.enable()
    assert summary.rows["articles"] == 8
    rows = [(len(b.keys), sum(t.num_rows for t in b.tables.values()), b.observations.num_rows) for b in kept]
    assert rows == [(0, 0, 0)] * len(kept)
