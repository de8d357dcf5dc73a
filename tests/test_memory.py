"""Large blocks go back to the system when freed (flows/memory.py), on glibc, where this is not the default."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest

# Frees every other of 200 blocks of 1 MiB, after one freed block has raised glibc's threshold; prints
# how many MiB of them the process still holds.
PROBE = """
import sys, psutil
from flows.memory import return_large_blocks_to_the_system
if sys.argv[1] == "fixed":
    return_large_blocks_to_the_system()
rss = lambda: psutil.Process().memory_info().rss >> 20
first = b"x" * (1 << 20)
del first
before = rss()
blocks = [b"x" * (1 << 20) for _ in range(200)]
del blocks[::2]
print(rss() - before)
"""


def _held_mib(mode: str) -> int:
    return int(subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True, check=True).stdout)


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc's malloc behaviour")
def test_freed_large_blocks_leave_the_process() -> None:
    assert _held_mib("glibc default") > 180  # the freed half stays, in holes between the kept blocks
    assert _held_mib("fixed") < 120  # only the kept half
