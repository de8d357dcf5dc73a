"""What a batch is processed with: a small module of its own, so that settings and the command line can
name it without loading the pipeline (the workers load it; the flow's process can start them first)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_FILE_BYTES = 5_000_000


@dataclass(frozen=True, slots=True)
class ProcessOptions:
    reference_date: dt.date | None = None
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    cache_dir: Path | None = None  # None: no cache
    cache_run: int = 0  # the run's number in the cache (ResultCache.begin_run): what it uses is marked with it
