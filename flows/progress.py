"""A progress bar for long builds in a terminal; nothing at all in CI, in pipes or in served runs."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

OnBatch = Callable[[int, int], None]


def wanted() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


@contextmanager
def progress_callback(enabled: bool) -> Iterator[OnBatch | None]:
    if not enabled or not wanted():
        yield None
        return
    with Progress(
        TextColumn("files"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        transient=True,
        console=Console(stderr=True),
    ) as bar:
        task = bar.add_task("build", total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update
