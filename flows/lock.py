"""One writer at a time per output folder."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout


class OutputLocked(RuntimeError):
    pass


@contextmanager
def output_lock(target: Path, wait_seconds: float = 0) -> Iterator[None]:
    """Hold `<target>.lock`; a second run exits (or waits up to `wait_seconds`) instead of interleaving."""
    target.parent.mkdir(parents=True, exist_ok=True)
    lock_path = target.parent / f"{target.name}.lock"
    lock = FileLock(lock_path)
    try:
        lock.acquire(timeout=wait_seconds)
    except Timeout as exc:
        raise OutputLocked(
            f"another newstables run is writing {target} (it holds {lock_path}); this run did not start. "
            "Wait for it to finish, or pass --wait SECONDS to queue behind it."
        ) from exc
    try:
        yield
    finally:
        lock.release()
