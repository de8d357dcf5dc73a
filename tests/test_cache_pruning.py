"""The result cache stays within its size limit: after a run, the entries of the oldest runs go first, and
the run that just finished keeps every entry it used, whatever the limit."""

from __future__ import annotations

import os
import random
import time
from dataclasses import replace
from pathlib import Path

from flows.build import RunSummary
from flows.cache import BATCH_FOLDER, FILE_NAME, ResultCache, _dumps, run_fingerprint
from flows.discover import iter_sources
from flows.read import read_source
from flows.report import run_report
from flows.settings import Settings
from tests.conftest import build_in_process, write_inputs

FINGERPRINT = "test"
VALUES = {key: key.encode() * 100 for key in "abcde"}
SIZES = {key: len(_dumps(value)) for key, value in VALUES.items()}  # as stored


def run(folder: Path, puts: dict[str, bytes], hits: tuple[str, ...] = ()) -> ResultCache:
    """A run that stores `puts` and answers `hits` from the cache; left open for pruning."""
    cache = ResultCache(folder, FINGERPRINT)
    cache.begin_run()
    cache.put_many(puts, used=hits)
    return cache


def held(folder: Path, *keys: str) -> set[str]:
    cache = ResultCache(folder, FINGERPRINT)
    try:
        return set(cache.get_many(keys))
    finally:
        cache.close()


def test_the_oldest_runs_go_first_and_the_last_run_keeps_what_it_used(tmp_path: Path) -> None:
    run(tmp_path, {"a": VALUES["a"], "b": VALUES["b"]}).close()
    run(tmp_path, {"c": VALUES["c"]}).close()
    third = run(tmp_path, {"d": VALUES["d"]}, hits=("a",))  # a: read again, so now this run's
    sizes = {key: SIZES[key] for key in "abcd"}

    kept_all = third.prune(max_bytes=sum(sizes.values()))
    assert (kept_all.removed_entries, kept_all.kept_bytes) == (0, sum(sizes.values()))

    # Room for this run and the one before it, not the first: b goes; a stays, this run read it.
    pruned = third.prune(max_bytes=sizes["a"] + sizes["c"] + sizes["d"])
    third.close()
    assert (pruned.removed_entries, pruned.removed_bytes) == (1, sizes["b"])
    assert held(tmp_path, *"abcd") == {"a", "c", "d"}

    fourth = run(tmp_path, {"e": VALUES["e"]})
    pruned = fourth.prune(max_bytes=0)  # over the limit with its own entries alone: it keeps them
    fourth.close()
    assert (pruned.removed_entries, pruned.kept_bytes) == (3, SIZES["e"])
    assert held(tmp_path, *"abcde") == {"e"}


def test_a_batch_answered_whole_keeps_its_files_results(tmp_path: Path) -> None:
    first = run(tmp_path, {"f1": b"one", "f2": b"two", "other": b"x"})
    first.put_batch("digest", {"tables": "of f1 and f2"})
    first.close()
    second = ResultCache(tmp_path, FINGERPRINT)
    second.begin_run()
    assert second.get_batch("digest") == {"tables": "of f1 and f2"}
    second.batch_used("digest", ["f1", "f2"])
    second.prune(max_bytes=0)
    assert second.get_batch("digest") is not None
    second.close()
    assert held(tmp_path, "f1", "f2", "other") == {"f1", "f2"}


def test_a_pruned_batch_takes_its_file_with_it(tmp_path: Path) -> None:
    first = run(tmp_path, {})
    first.put_batch("old", {"tables": "of an older input"})
    first.close()
    second = run(tmp_path, {})
    second.put_batch("new", {"tables": "of this input"})
    assert len(list((tmp_path / BATCH_FOLDER).iterdir())) == 2
    pruned = second.prune(max_bytes=0)
    assert (second.get_batch("old"), second.get_batch("new")) == (None, {"tables": "of this input"})
    second.close()
    assert pruned.removed_entries == 1 and len(list((tmp_path / BATCH_FOLDER).iterdir())) == 1


def test_a_batch_file_left_half_written_by_a_killed_worker_goes_at_the_next_prune(tmp_path: Path) -> None:
    cache = run(tmp_path, {})
    cache.put_batch("whole", {"tables": "written"})
    folder = tmp_path / BATCH_FOLDER
    abandoned, in_progress = folder / "a-batch.lz4.4242.partial", folder / "b-batch.lz4.4343.partial"
    for partial in (abandoned, in_progress):
        partial.write_bytes(b"half a batch")
    os.utime(abandoned, (time.time() - 2 * 3600,) * 2)
    cache.prune(max_bytes=10**9)
    assert cache.get_batch("whole") == {"tables": "written"}
    cache.close()
    assert not abandoned.exists() and in_progress.exists()


def test_pruning_gives_the_space_back_and_removes_earlier_cache_formats(tmp_path: Path) -> None:
    noise = random.Random(0)
    run(tmp_path, {f"big{i}": noise.randbytes(200_000) for i in range(20)}).close()
    for former in ("results-v2.sqlite", "results-v2.sqlite-wal", "results.sqlite"):
        (tmp_path / former).write_bytes(b"an older cache")
    (tmp_path / "mirror").mkdir()  # not the cache's: left alone
    before = (tmp_path / FILE_NAME).stat().st_size
    second = run(tmp_path, {"small": b"s"})
    second.prune(max_bytes=0)
    second.close()
    assert before > 4_000_000 > 10 * (tmp_path / FILE_NAME).stat().st_size
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mirror", FILE_NAME]


def twelve_files(tmp_path: Path) -> tuple[Path, Settings, dict[str, str | None]]:
    """An input of twelve articles, built three files a batch; the digest of each file by its path."""
    seeds = write_inputs(
        tmp_path / "in",
        {f"{i:02d}.txt": f"Talks {i}\n\nThe port and the union met on day {i}, officials said.\n" for i in range(12)},
    )
    settings = Settings(seeds_dir=seeds, output_dir=tmp_path / "out", cache_dir=tmp_path / "cache", batch_size=4)
    digests = {s.source_path: read_source(s, 10**6).sha256 for s in iter_sources(seeds)}
    return seeds, settings, digests


def test_a_build_prunes_the_results_of_files_no_longer_in_the_input(tmp_path: Path) -> None:
    seeds, settings, digests = twelve_files(tmp_path)
    first = build_in_process(settings)
    assert first.cache_pruned_bytes == 0 and first.cache_bytes > 0
    for name in ("00.txt", "05.txt"):
        (seeds / name).unlink()

    second = build_in_process(replace(settings, cache_max_bytes=0))
    assert second.cache_hits == 10 and second.cache_pruned_bytes > 0 and second.cache_bytes < first.cache_bytes
    gone = {digests["00.txt"], digests["05.txt"]}
    cache = ResultCache(tmp_path / "cache", run_fingerprint(None))
    try:
        assert set(cache.get_many(digests.values())) == set(digests.values()) - gone
    finally:
        cache.close()
    assert "The cache holds" in run_report(second, "in", "out") and "after pruning" in run_report(second, "in", "out")


def test_a_build_keeps_the_results_of_the_batches_it_took_whole_from_the_cache(tmp_path: Path) -> None:
    seeds, settings, digests = twelve_files(tmp_path)
    build_in_process(settings)
    (seeds / "11.txt").unlink()  # the last batch changes; the three before it come back whole

    second = build_in_process(replace(settings, cache_max_bytes=0))
    assert second.batches_from_cache == 3
    del digests["11.txt"]
    cache = ResultCache(tmp_path / "cache", run_fingerprint(None))
    try:
        assert set(cache.get_many(digests.values())) == set(digests.values())
    finally:
        cache.close()
    assert build_in_process(replace(settings, output_dir=tmp_path / "again")).batches_from_cache == 4


def test_the_report_says_nothing_of_a_cache_when_there_is_none() -> None:
    summary = RunSummary(files_seen=1, rows={"articles": 1}, rejects_by_reason={})
    assert "cache holds" not in run_report(summary, "in", "out")
