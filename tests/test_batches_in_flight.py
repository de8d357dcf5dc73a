"""A build keeps every worker busy: batches of a bounded size, submitted ahead, as many as the workers can
take twice over, and still collected in input order."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from flows.build import run_build
from flows.discover import SourceFile
from flows.process import BatchResult, ProcessOptions, process_batch
from flows.publish import publish_dataset
from flows.settings import Settings
from tests.conftest import write_inputs

ARTICLE = "Ferry line {i}\n\nThe ferry between the two islands resumed service on day {i}, the operator said.\n"


@dataclass
class Finished:
    """A future that is already done, which counts when its result is taken."""

    value: BatchResult
    taken: list[int]

    def result(self) -> BatchResult:
        self.taken.append(1)
        return self.value


@pytest.mark.parametrize(("workers", "expected"), [(None, 4), (1, 4), (3, 6), (8, 16)])
def test_batches_in_flight_are_twice_the_workers_and_at_least_four(workers: int | None, expected: int) -> None:
    settings = Settings(seeds_dir=Path("in"), output_dir=Path("out"), workers=workers)
    assert settings.batches_in_flight(cpu_count=2) == expected


def test_a_build_keeps_that_many_batches_in_flight_and_collects_them_in_order(tmp_path: Path) -> None:
    seeds = write_inputs(tmp_path / "in", {f"{i:02d}.txt": ARTICLE.format(i=i) for i in range(40)})
    settings = Settings(seeds_dir=seeds, output_dir=tmp_path / "out", cache_dir=None, batch_size=2, workers=8)
    taken: list[int] = []
    pending_at_submit: list[int] = []

    def submit(batch: list[SourceFile], options: ProcessOptions, number: int) -> Finished:
        pending_at_submit.append(number - len(taken))
        return Finished(process_batch(batch, options), taken)

    summary = run_build(settings, submit=submit, publish=publish_dataset)
    assert summary.rows["articles"] == 40
    assert max(pending_at_submit) == settings.batches_in_flight() - 1 == 15
    paths = pq.read_table(tmp_path / "out" / "articles.parquet", columns=["source_path"]).column(0).to_pylist()
    assert paths == [f"{i:02d}.txt" for i in range(40)]


@pytest.mark.parametrize(
    ("files", "expected"), [(100, 256), (5_000, 256), (10_000, 512), (100_000, 512), (1_000_000, 512)]
)
def test_batch_sizes_keep_about_eight_batches_per_worker_within_bounds(files: int, expected: int) -> None:
    settings = Settings(seeds_dir=Path("in"), output_dir=Path("out"), workers=2)
    assert settings.batch_size_for(files) == expected
