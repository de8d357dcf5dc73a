"""A disk that fills up in the middle of a build: a plain message, its own exit code, the dataset whole."""

from __future__ import annotations

import errno
import pickle
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import EXIT_NO_SPACE, app
from flows.disk_space import DiskFull, out_of_space, room_to_publish
from tests.conftest import SEEDS, write_inputs

needs_dev_full = pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full: Linux")


def write_to_a_full_disk() -> None:
    with open("/dev/full", "wb", buffering=0) as device:  # every write: ENOSPC, as on a full disk
        device.write(b"row")


def sqlite_full_error(folder: Path) -> sqlite3.Error:
    db = sqlite3.connect(folder / "small.sqlite")
    db.execute("CREATE TABLE t (v BLOB)")
    db.execute("PRAGMA max_page_count = 3")  # the database can grow no more: SQLITE_FULL, as on a full disk
    try:
        db.execute("INSERT INTO t VALUES (?)", (b"x" * 100_000,))
    except sqlite3.Error as exc:
        return exc
    finally:
        db.close()
    raise AssertionError("the insert should not have fit")


@needs_dev_full
def test_a_full_disk_is_told_apart_from_other_errors(tmp_path: Path) -> None:
    with pytest.raises(OSError) as full:
        write_to_a_full_disk()
    assert out_of_space(full.value)
    try:
        try:
            write_to_a_full_disk()
        except OSError as exc:
            raise RuntimeError("task 'process batch 3' failed") from exc
    except RuntimeError as wrapped:
        assert out_of_space(wrapped)  # as a task runner may re-raise it
    cache_full = sqlite_full_error(tmp_path)
    assert out_of_space(cache_full)
    assert out_of_space(pickle.loads(pickle.dumps(cache_full)))  # raised in a worker process, re-raised here
    assert not out_of_space(OSError(errno.EACCES, "Permission denied"))
    assert not out_of_space(sqlite3.OperationalError("database is locked"))
    assert not out_of_space(ValueError("a bad date"))


def published_then_grown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, dict[Path, bytes]]:
    """The seeds built into `out`, then a new file in the input and a disk that is now full."""
    seeds = write_inputs(tmp_path / "in", {p.name: p.read_bytes() for p in SEEDS.glob("*.txt")})
    out = tmp_path / "out"
    first = CliRunner().invoke(app, ["build", "--seeds", str(seeds), "--output", str(out)])
    assert first.exit_code == 0, first.output
    published = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    write_inputs(seeds, {"new.txt": "Lima, May 3 (EFE).- A new article that the next run must write.\n"})
    monkeypatch.setattr("flows.write.TableWriter._write_csv", lambda self, table: write_to_a_full_disk())
    return seeds, out, published


@needs_dev_full
def test_a_build_that_fills_the_disk_exits_6_and_leaves_the_dataset_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prefect_harness: None
) -> None:
    seeds, out, published = published_then_grown(tmp_path, monkeypatch)
    failed = CliRunner().invoke(app, ["build", "--seeds", str(seeds), "--output", str(out)])

    assert failed.exit_code == EXIT_NO_SPACE, failed.output
    assert "the disk ran out of space" in failed.output and "No space left on device" in failed.output
    assert "The published dataset is whole" in failed.output and str(out) in failed.output
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == published
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out", "out.lock"]  # no staging folder left


@needs_dev_full
def test_a_scheduled_run_that_fills_the_disk_fails_saying_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prefect_harness: None
) -> None:
    from flows.pipeline import build_dataset

    seeds, out, published = published_then_grown(tmp_path, monkeypatch)
    state = build_dataset(seeds_dir=str(seeds), output_dir=str(out), return_state=True)  # as a deployment runs it

    assert state.is_failed()
    with pytest.raises(DiskFull, match=r"the disk ran out of space .* The published dataset is whole"):
        state.result()
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == published


def test_the_room_a_run_needs_is_the_published_dataset_scaled_to_the_input(
    tmp_path: Path, prefect_harness: None
) -> None:
    seeds = write_inputs(tmp_path / "in", {p.name: p.read_bytes() for p in SEEDS.glob("*.txt")})
    out = tmp_path / "out"
    assert room_to_publish(out, 2) is None  # nothing published: nothing to go by
    assert CliRunner().invoke(app, ["build", "--seeds", str(seeds), "--output", str(out)]).exit_code == 0
    size = sum(p.stat().st_size for p in out.iterdir())
    assert room_to_publish(out, 2) == (size, size, 2)  # the seeds' two files: two articles
    assert room_to_publish(out, 5) == (size * 5 // 2, size, 2)


def test_a_build_without_room_for_the_new_dataset_stops_before_it_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prefect_harness: None
) -> None:
    seeds = write_inputs(tmp_path / "in", {p.name: p.read_bytes() for p in SEEDS.glob("*.txt")})
    out = tmp_path / "out"
    assert CliRunner().invoke(app, ["build", "--seeds", str(seeds), "--output", str(out)]).exit_code == 0
    published = {p.name: p.read_bytes() for p in out.iterdir()}
    write_inputs(seeds, {"new.txt": "Lima, May 3 (EFE).- A new article that the next run must write.\n"})
    usage = shutil.disk_usage(out)
    monkeypatch.setattr("flows.disk_space.shutil.disk_usage", lambda path: usage._replace(free=100_000))
    processed: list[object] = []
    monkeypatch.setattr("flows.build.batches", lambda *args: processed.append(args) or iter(()))

    refused = CliRunner().invoke(app, ["build", "--seeds", str(seeds), "--output", str(out)])
    assert refused.exit_code == EXIT_NO_SPACE, refused.output
    assert "not enough room to publish: 0.1 MB free beside" in refused.output
    assert "for 2 files, before it is swapped in; this run reads 3)" in refused.output
    assert processed == []  # refused before any file was read
    assert {p.name: p.read_bytes() for p in out.iterdir()} == published
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out", "out.lock"]

    monkeypatch.undo()  # files are read again, on the same full disk, with the check turned off:
    monkeypatch.setenv("NEWSTABLES_SPACE_CHECK", "off")  # the operator knows better than the estimate
    monkeypatch.setattr("flows.disk_space.shutil.disk_usage", lambda path: usage._replace(free=100_000))
    built = CliRunner().invoke(app, ["build", "--seeds", str(seeds), "--output", str(out)])
    assert built.exit_code == 0, built.output
    assert "3 files -> articles 3" in built.output
