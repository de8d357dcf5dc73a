"""Headless Chromium (Debian's `chromium` package) for the browser tests: found, or installed when possible."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

NAMES = ("chromium", "chromium-browser", "google-chrome")
# Without the background-networking flags Chromium waits for services it cannot reach on a closed network.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
TIMEOUT_SECONDS = 120


def _find() -> str | None:
    return next((path for name in NAMES if (path := shutil.which(name))), None)


def chromium() -> str:
    """The browser's path; installs Debian's package when missing and possible, or skips saying why."""
    found = _find()
    if found:
        return found
    if shutil.which("apt-get") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True, timeout=600, check=False)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "chromium"], env=env, capture_output=True, timeout=900, check=False
        )
        found = _find()
    if not found:
        pytest.skip("chromium is not installed and `apt-get install chromium` was not possible here (needs root)")
    return found


def run(page: Path, *args: str, window: str = "1280,2400") -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        return subprocess.run(
            [chromium(), *FLAGS, f"--user-data-dir={profile}", f"--window-size={window}", *args, page.as_uri()],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=True,
        )


def dump_dom(page: Path) -> str:
    """The page's DOM after Chromium loaded it from disk."""
    return run(page, "--dump-dom").stdout


def screenshot(page: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    run(page, f"--screenshot={target}")
    return target
