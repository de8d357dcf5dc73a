"""Two runs never write the same output at once: the second exits with a clear message and code 3, or
waits with --wait; the published output stays complete either way."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from flows.cli import EXIT_LOCKED, app
from tests.conftest import REPO, write_inputs

ARTICLE = "Title {i}\n\nThe council met on day {i} and agreed the budget for the year.\n\nMembers voted {i} to 2.\n"


def test_a_second_run_exits_or_waits_while_the_first_writes(tmp_path: Path, prefect_harness: None) -> None:
    seeds = write_inputs(tmp_path / "in", {f"{i:04d}.txt": ARTICLE.format(i=i) for i in range(1000)})
    out = tmp_path / "output"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "NEWSTABLES_CACHE_DIR": "off"}
    # One batch, so the first run works in its own process (no worker start-up to wait for).
    command = [
        sys.executable,
        "-m",
        "flows",
        "build",
        "--seeds",
        str(seeds),
        "--output",
        str(out),
        "--batch-size",
        "5000",
    ]
    first = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 180
        while not list(tmp_path.glob("output.staging-*")) and time.monotonic() < deadline:
            assert first.poll() is None, first.communicate()
            time.sleep(0.02)
        runner = CliRunner()
        args = ["build", "--seeds", str(seeds), "--output", str(out), "--no-cache"]
        refused = runner.invoke(app, args)
        assert refused.exit_code == EXIT_LOCKED, refused.output
        assert "another newstables run is writing" in refused.output
        assert first.poll() is None, "the first run must still be writing when the second is refused"
        queued = runner.invoke(app, [*args, "--wait", "300"])
        assert queued.exit_code == 0, queued.output
        assert "articles 1,000" in queued.output
    finally:
        stdout, stderr = first.communicate(timeout=300)
    assert first.returncode == 0, stderr
    assert "articles 1,000" in stdout
    check = runner.invoke(app, ["validate", str(out)])
    assert check.exit_code == 0, check.output
