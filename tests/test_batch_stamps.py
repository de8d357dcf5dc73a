"""A batch whose files stand on disk as they stood when it was last read comes back from the cache unread;
any change to a file, even one that keeps its size and modification time, has it read again."""

from __future__ import annotations

import os
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

import flows.process
from flows.cache import ResultCache, run_fingerprint
from flows.discover import SourceFile, batches, discover
from flows.dispatch import Stored, in_input_order
from flows.process import BatchResult, ProcessOptions, batch_stamp_key, known_batch, load_batch, process_batch
from flows.read import RawFile
from flows.settings import Settings
from tests.conftest import build_in_process, write_inputs
from tests.test_dataset import assert_same_bytes

ARTICLE = "Harbour talks\n\nThe port authority met the union on {day} to resume talks, officials said.\n"


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files just written count as settled (the tests cannot wait out the file system's clock)."""
    monkeypatch.setattr(flows.process, "RACY_NS", 0)


def _unreadable(*_: object) -> RawFile:
    raise AssertionError("a batch answered by its files' stamps must not read them")


def test_an_unchanged_input_is_built_again_without_reading_a_file(
    tmp_path: Path, settled: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = write_inputs(tmp_path / "in", {f"{i}.txt": ARTICLE.format(day=f"day {i}") for i in range(5)})
    cache = tmp_path / "cache"
    first = build_in_process(Settings(seeds_dir=seeds, output_dir=tmp_path / "first", cache_dir=cache, batch_size=2))
    assert first.cache_hits == 0

    monkeypatch.setattr(flows.process, "read_source", _unreadable)
    again = build_in_process(Settings(seeds_dir=seeds, output_dir=tmp_path / "again", cache_dir=cache, batch_size=2))
    assert (again.cache_hits, again.batches_from_cache) == (5, len(list(batches(seeds, 2))))
    assert_same_bytes(tmp_path / "first", tmp_path / "again")


def _stored(cache_dir: Path, seeds: Path, options: ProcessOptions) -> BatchResult | None:
    cache = ResultCache(cache_dir, run_fingerprint(None))
    try:
        known = known_batch(cache, discover(seeds), options)
        return load_batch(cache, known) if known is not None else None
    finally:
        cache.close()


def test_a_batch_is_found_by_its_files_stamps_once_it_was_read(tmp_path: Path, settled: None) -> None:
    seeds = write_inputs(tmp_path / "in", {f"{i}.txt": ARTICLE.format(day=f"day {i}") for i in range(3)})
    options = ProcessOptions(cache_dir=tmp_path / "cache")
    assert _stored(tmp_path / "cache", seeds, options) is None
    first = process_batch(discover(seeds), options)

    stored = _stored(tmp_path / "cache", seeds, options)
    assert stored is not None and stored.whole_from_cache and stored.cache_hits == 3
    assert stored.tables["articles"].equals(first.tables["articles"])
    assert _stored(tmp_path / "cache", seeds, replace(options, max_file_bytes=100)) is None


def test_the_tasks_of_new_files_start_before_the_batches_ahead_of_them_are_collected(
    tmp_path: Path, settled: None
) -> None:
    old = {f"old-{i}/a.txt": ARTICLE.format(day=f"day {i}") for i in range(3)}
    seeds = write_inputs(tmp_path / "in", old)
    options = ProcessOptions(cache_dir=tmp_path / "cache")
    for source in discover(seeds):
        process_batch([source], options)  # a batch of each old file, read once: its stamps are known
    write_inputs(seeds, {"zz-new/a.txt": ARTICLE.format(day="today")})
    inputs = [[source] for source in discover(seeds)]

    events: list[str] = []

    def submit(sources: list[SourceFile], opts: ProcessOptions, number: int) -> Stored:
        events.append(f"submit {number}")
        return Stored(process_batch(sources, opts))

    cache = ResultCache(tmp_path / "cache", run_fingerprint(None))
    for future in in_input_order(inputs, submit, options, cache, in_flight=1, stages=Counter()):
        events.append(f"collect {future.result().keys[0].source_path}")
    cache.close()
    assert events == [
        "submit 3",
        "collect old-0/a.txt",
        "collect old-1/a.txt",
        "collect old-2/a.txt",
        "collect zz-new/a.txt",
    ]


def test_a_file_rewritten_with_its_old_size_and_time_is_read_again(tmp_path: Path, settled: None) -> None:
    seeds = write_inputs(tmp_path / "in", {"a.txt": ARTICLE.format(day="Monday")})
    options = ProcessOptions(cache_dir=tmp_path / "cache")
    process_batch(discover(seeds), options)
    before = (seeds / "a.txt").stat()

    time.sleep(0.05)  # past a tick of the kernel's coarse clock, which stamps the change time
    (seeds / "a.txt").write_text(ARTICLE.format(day="Friday"), "utf-8")  # as long as "Monday"
    os.utime(seeds / "a.txt", ns=(before.st_atime_ns, before.st_mtime_ns))  # as `cp -p` or `rsync -t` leave it
    assert (seeds / "a.txt").stat().st_size == before.st_size

    assert _stored(tmp_path / "cache", seeds, options) is None
    again = process_batch(discover(seeds), options)
    assert not again.whole_from_cache
    assert "Friday" in again.tables["paragraphs"].column("text")[0].as_py()


def test_a_batch_with_a_file_changed_just_now_gets_no_stamp(tmp_path: Path) -> None:
    seeds = write_inputs(tmp_path / "in", {"a.txt": ARTICLE.format(day="Monday"), "b.txt": "b"})
    sources = discover(seeds)
    newest = max(source.changed_ns for source in sources)
    options = ProcessOptions()

    assert batch_stamp_key(sources, options, newest + flows.process.RACY_NS // 2) is None
    settled = batch_stamp_key(sources, options, newest + flows.process.RACY_NS + 1)
    assert settled is not None
    assert batch_stamp_key(sources, ProcessOptions(max_file_bytes=10), newest + flows.process.RACY_NS + 1) != settled
