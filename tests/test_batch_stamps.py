"""A batch whose files stand on disk as they stood when it was last read comes back from the cache unread;
any change to a file, even one that keeps its size and modification time, has it read again."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

import flows.process
from flows.discover import discover
from flows.process import ProcessOptions, batch_stamp_key, process_batch
from flows.read import RawFile
from tests.conftest import write_inputs

ARTICLE = "Harbour talks\n\nThe port authority met the union on {day} to resume talks, officials said.\n"


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files just written count as settled (the tests cannot wait out the file system's clock)."""
    monkeypatch.setattr(flows.process, "RACY_NS", 0)


def _unreadable(*_: object) -> RawFile:
    raise AssertionError("a batch answered by its files' stamps must not read them")


def test_an_unchanged_batch_is_not_read_again(tmp_path: Path, settled: None, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = write_inputs(tmp_path / "in", {f"{i}.txt": ARTICLE.format(day=f"day {i}") for i in range(3)})
    options = ProcessOptions(cache_dir=tmp_path / "cache")
    first = process_batch(discover(seeds), options)
    assert not first.whole_from_cache

    monkeypatch.setattr(flows.process, "read_source", _unreadable)
    again = process_batch(discover(seeds), options)
    assert again.whole_from_cache and again.batch_stamp is not None and again.cache_hits == 3
    assert again.tables["articles"].equals(first.tables["articles"])


def test_a_file_rewritten_with_its_old_size_and_time_is_read_again(tmp_path: Path, settled: None) -> None:
    seeds = write_inputs(tmp_path / "in", {"a.txt": ARTICLE.format(day="Monday")})
    options = ProcessOptions(cache_dir=tmp_path / "cache")
    process_batch(discover(seeds), options)
    before = (seeds / "a.txt").stat()

    time.sleep(0.05)  # past a tick of the kernel's coarse clock, which stamps the change time
    (seeds / "a.txt").write_text(ARTICLE.format(day="Friday"), "utf-8")  # as long as "Monday"
    os.utime(seeds / "a.txt", ns=(before.st_atime_ns, before.st_mtime_ns))  # as `cp -p` or `rsync -t` leave it
    assert (seeds / "a.txt").stat().st_size == before.st_size

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
