"""A run that fails or is killed at any moment leaves the published output complete and untouched."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import flows.write
from flows.write import remove_stale_staging, staging_folder, swap_into_place
from tests.conftest import OUTPUT, REPO, write_inputs

ARTICLE = "Title {i}\n\nThe council met on day {i} and agreed the budget for the year.\n\nMembers voted {i} to 2.\n"


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def make_dataset(folder: Path, marker: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "articles.csv").write_text(marker)
    return folder


def test_swap_replaces_the_whole_folder(tmp_path: Path) -> None:
    target = make_dataset(tmp_path / "output", "old")
    staging = staging_folder(target)
    (staging / "articles.csv").write_text("new")
    swap_into_place(staging, target)
    assert (target / "articles.csv").read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def test_a_swap_killed_between_two_renames_is_undone_by_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the atomic exchange is unavailable, a kill between the renames must not lose the dataset."""
    target = make_dataset(tmp_path / "output", "old")
    staging = staging_folder(target)
    (staging / "articles.csv").write_text("new")
    monkeypatch.setattr(flows.write, "_exchange", lambda a, b: False)
    real_rename = Path.rename

    def killed_after_first(self: Path, to: Path) -> Path:
        if self == staging:
            raise KeyboardInterrupt("killed")
        return real_rename(self, to)

    monkeypatch.setattr(Path, "rename", killed_after_first)
    with pytest.raises(KeyboardInterrupt):
        swap_into_place(staging, target)
    monkeypatch.setattr(Path, "rename", real_rename)
    assert not target.exists()
    remove_stale_staging(target)
    assert (target / "articles.csv").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def test_a_failing_run_leaves_the_output_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prefect_harness: None
) -> None:
    import flows.publish
    from flows.pipeline import run_flow
    from flows.settings import Settings

    out = tmp_path / "output"
    shutil.copytree(OUTPUT, out)
    before = snapshot(out)
    seeds = write_inputs(tmp_path / "in", {f"{i}.txt": ARTICLE.format(i=i) for i in range(5)})

    def fail_midway(folder: Path, *args: object) -> None:
        (folder / "datapackage.json").write_text("{half")
        raise OSError("disk full (simulated)")

    monkeypatch.setattr(flows.publish, "write_metadata", fail_midway)
    with pytest.raises(OSError, match="disk full"):
        run_flow(Settings(seeds_dir=seeds, output_dir=out, batch_size=100))
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "output", "output.lock"]


def test_a_killed_run_leaves_the_output_untouched_and_the_next_run_recovers(
    tmp_path: Path, prefect_harness: None
) -> None:
    out = tmp_path / "output"
    shutil.copytree(OUTPUT, out)
    before = snapshot(out)
    seeds = write_inputs(tmp_path / "in", {f"{i:04d}.txt": ARTICLE.format(i=i) for i in range(1000)})
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "NEWSTABLES_CACHE_DIR": "off"}
    # One batch: the work runs in the flow's own process, which is killed with its whole group.
    build = ["build", "--seeds", str(seeds), "--output", str(out), "--batch-size", "5000"]
    command = [sys.executable, "-m", "flows", *build]
    run = subprocess.Popen(command, cwd=REPO, env=env, start_new_session=True)
    deadline = time.monotonic() + 180
    while not list(tmp_path.glob("output.staging-*")) and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.01)
    assert run.poll() is None, "the run ended before it started writing; make the input larger"
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    assert snapshot(out) == before
    from flows.pipeline import run_flow
    from flows.recheck import recheck
    from flows.settings import Settings

    summary = run_flow(Settings(seeds_dir=seeds, output_dir=out, batch_size=5000))  # the next run
    assert summary.rows["articles"] == 1000
    assert not list(tmp_path.glob("output.staging-*"))
    assert recheck(out) == []
