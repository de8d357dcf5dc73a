"""A full disk, told as such: where a build writes, and that the published dataset is still whole.

A build writes in four places: its cache, the staging folder beside the output (the new dataset is written
there in full before it is swapped in, so the output needs room twice over while publishing), scratch
files in the system's temporary folder, and Prefect's database. Whichever fills up, the error arrives as an
OSError, as SQLite's SQLITE_FULL from the cache (maybe raised in a worker process and re-raised here), or as
the text of another library's I/O error (DuckDB, Arrow), possibly wrapped by the task that saw it first.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from pathlib import Path

# EDQUOT: a user's quota; EFBIG: a file-size limit (ulimit -f). All three mean: make room, then run again.
_NO_ROOM = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
_NO_ROOM_TEXT = os.strerror(errno.ENOSPC)


def out_of_space(exc: BaseException) -> bool:
    """Whether `exc`, or an exception it was raised from or while handling, says the disk is full."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in _NO_ROOM:
            return True
        if isinstance(current, sqlite3.Error) and getattr(current, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
            return True
        if _NO_ROOM_TEXT in str(current):
            return True
        current = current.__cause__ or current.__context__
    return False


class DiskFull(Exception):
    """A build stopped because a disk filled up; its message says where the build writes and what to do."""


def as_disk_full(exc: BaseException, output_dir: Path, cache_dir: Path | None) -> DiskFull | None:
    """`exc` told as a full disk, or None when it is something else."""
    if isinstance(exc, DiskFull):
        return exc
    if not out_of_space(exc):
        return None
    cache = f"its cache in {cache_dir} (--cache-max-size bounds it), " if cache_dir else ""
    return DiskFull(
        f"the disk ran out of space while the build was writing ({exc}). The published dataset is whole: "
        "the previous one, untouched, or this run's, swapped in complete. The build writes "
        f"{cache}a staging folder beside {output_dir} (room for a second copy of the dataset) and scratch files "
        f"in {tempfile.gettempdir()} (TMPDIR). Free some space and run again: files already done come from "
        "the cache."
    )
