"""A full disk, told as such: where a build writes, and that the published dataset is still whole.

A build writes in four places: its cache, the staging folder beside the output (the new dataset is written
there in full before it is swapped in, so the output needs room twice over while publishing), scratch
files in the system's temporary folder, and Prefect's database. Whichever fills up, the error arrives as an
OSError, as SQLite's SQLITE_FULL from the cache (maybe raised in a worker process and re-raised here), or as
the text of another library's I/O error (DuckDB, Arrow), possibly wrapped by the task that saw it first.
The staging copy, the largest of the four, is foreseen too: `check_room` refuses a run that has no room for
it before any file is read, rather than an hour into a long run.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pyarrow
import pyarrow.parquet as pq

# EDQUOT: a user's quota; EFBIG: a file-size limit (ulimit -f). All three mean: make room, then run again.
_NO_ROOM = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
_NO_ROOM_TEXT = os.strerror(errno.ENOSPC)
# The tables where each input file has its one row: the article it became, or the reason it did not.
_ONE_ROW_A_FILE = ("articles", "rejects")


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


def room_to_publish(target: Path, files: int) -> tuple[int, int, int] | None:
    """(bytes the new dataset will take beside `target`, bytes of the published one, files it was built
    from), the first scaled from the published dataset to `files` input files; None when there is none.

    Every input file is an article or a reject, so the published dataset says from how many files it was
    built; scaled to today's number, its size is what the staging copy will take, give or take the files'
    own sizes. A first build has nothing to go by, and is not checked."""
    try:
        built_from = sum(pq.ParquetFile(target / f"{name}.parquet").metadata.num_rows for name in _ONE_ROW_A_FILE)
        size = sum(entry.stat().st_size for entry in target.iterdir() if entry.is_file())
    except (OSError, pyarrow.ArrowException):  # no published dataset, or one too damaged to go by
        return None
    if not built_from:
        return None
    return size * files // built_from, size, built_from


def check_room(target: Path, files: int) -> None:
    """Raise DiskFull before the run, not an hour into it, when the disk beside `target` lacks room for the
    new dataset."""
    estimate = room_to_publish(target, files)
    if estimate is None:
        return
    needed, size, built_from = estimate
    free = shutil.disk_usage(target.parent).free
    if free >= needed:
        return
    raise DiskFull(
        f"not enough room to publish: {_size(free)} free beside {target}, and this run needs about {_size(needed)} "
        f"there (the new dataset is written in full beside the published one, {_size(size)} for {built_from:,} "
        f"files, before it is swapped in; this run reads {files:,}). The published dataset is untouched. Free some "
        "space, or publish elsewhere with --output, and run again; NEWSTABLES_SPACE_CHECK=off skips this estimate."
    )


def _size(n: int) -> str:
    return f"{n / 1e9:,.1f} GB" if n >= 1e9 else f"{n / 1e6:,.1f} MB"
