"""One typed settings object for a run; the only place newstables reads its environment variables."""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from flows.options import DEFAULT_MAX_FILE_BYTES, ProcessOptions
from flows.upload import is_remote, local_path, mirror_folder

T = TypeVar("T")

# Batches: small enough that every worker stays busy to the end and that a worker's memory does not
# grow with the corpus, large enough that what each batch costs (its validation, its cache entries, its
# Prefect task run) stays a small share: about eight per worker, within these bounds, rounded down to a
# power of two (the batches are cut by content around that size: see discover.batches). A worker's memory
# follows its batch size, so the size stops growing early: 512 files from 8,192 files up. (100,000 files
# on 2 cores, seven pairs of flow builds: 512-file batches peaked 124 to 170 MB lower than 1,024-file ones
# every time, and took from 3 % less to 27 % more time, +7 % in the median; 1,000-file batches took as
# long as 5,000-file ones, with 28 % less peak memory.)
MIN_BATCH_SIZE = 256
MAX_BATCH_SIZE = 512
BATCHES_PER_WORKER = 8
# Batches submitted ahead of collection, per worker: each worker has its next batch queued while the
# collector writes the last one, and no more, so that finished batches do not pile up in memory.
IN_FLIGHT_PER_WORKER = 2
MIN_IN_FLIGHT = 4
CACHE_OFF = ("", "0", "off", "none", "false")  # also what turns NEWSTABLES_SPACE_CHECK off
# Room for a million articles' results and their batches (about 9.6 GB) on an ordinary disk; the run that
# just finished keeps all of its entries even above the limit (see flows/cache.py).
DEFAULT_CACHE_MAX_BYTES = 10 * 2**30
_SIZE_UNITS = {
    "": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "tb": 10**12,
    "kib": 2**10, "mib": 2**20, "gib": 2**30, "tib": 2**40,
}  # fmt: skip


def default_cache_dir() -> Path:
    """$XDG_CACHE_HOME/newstables, or ~/.cache/newstables."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newstables"


@dataclass(frozen=True, slots=True)
class Settings:
    seeds_dir: Path = Path("seeds")
    output_dir: Path = Path("output")
    reference_date: dt.date | None = None
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    batch_size: int | None = None  # None: chosen from the number of files (batch_size_for)
    cache_dir: Path | None = None  # None: every file is processed again, and no run is skipped
    cache_max_bytes: int = DEFAULT_CACHE_MAX_BYTES
    lock_wait_seconds: float = 0
    # A local Dask cluster of this many worker processes; with dask_address, the size of that cluster.
    workers: int | None = None
    dask_address: str | None = None  # an existing Dask scheduler, tcp://HOST:PORT
    # An fsspec URL to publish to; output_dir is then the local folder the dataset is built in first.
    output_url: str | None = None
    # Refuse to start when the disk beside the output lacks room for the new dataset (flows.disk_space).
    space_check: bool = True
    # What DuckDB may hold while a release builds its database; None: flows.duckdb_export.MEMORY_LIMIT.
    database_memory: int | None = None

    def worker_count(self, cpu_count: int | None = None) -> int:
        """The processes batches run on: `workers` when given, else one per core."""
        return self.workers or cpu_count or os.cpu_count() or 1

    def batch_size_for(self, files: int) -> int:
        if self.batch_size is not None:
            return self.batch_size
        batches = self.worker_count() * BATCHES_PER_WORKER
        wanted = max(MIN_BATCH_SIZE, min(MAX_BATCH_SIZE, -(-files // batches)))
        # A power of two: a few more files must not change the size, which would move every batch's cuts.
        return 1 << (wanted.bit_length() - 1)

    def batches_in_flight(self, cpu_count: int | None = None) -> int:
        return max(MIN_IN_FLIGHT, IN_FLIGHT_PER_WORKER * self.worker_count(cpu_count))

    def process_options(self) -> ProcessOptions:
        return ProcessOptions(
            reference_date=self.reference_date, max_file_bytes=self.max_file_bytes, cache_dir=self.cache_dir
        )

    @classmethod
    def from_env(cls, output: str | None = None, **overrides: object) -> Settings:
        """Defaults, then NEWSTABLES_* environment variables, then explicit (non-None) overrides.

        `output` is a folder, a file:// URL, or an fsspec URL of an object store (s3://bucket/path, …).
        A `cache_dir` override of 'off' (any of CACHE_OFF) means no cache, as NEWSTABLES_CACHE_DIR=off does."""
        given_cache = overrides.pop("cache_dir", None)
        if given_cache is not None:
            overrides["cache_dir"] = _cache_folder(str(given_cache))
        env = os.environ
        cache = env.get("NEWSTABLES_CACHE_DIR")
        max_file_bytes = _from_env("NEWSTABLES_MAX_FILE_BYTES", int)
        cache_max_bytes = _from_env("NEWSTABLES_CACHE_MAX_SIZE", parse_size)
        settings = cls(
            seeds_dir=Path(env.get("NEWSTABLES_SEEDS", "seeds")),
            reference_date=_from_env("NEWSTABLES_REFERENCE_DATE", parse_date),
            max_file_bytes=DEFAULT_MAX_FILE_BYTES if max_file_bytes is None else max_file_bytes,
            batch_size=_from_env("NEWSTABLES_BATCH_SIZE", int),
            cache_dir=default_cache_dir() if cache is None else _cache_folder(cache),
            cache_max_bytes=DEFAULT_CACHE_MAX_BYTES if cache_max_bytes is None else cache_max_bytes,
            dask_address=env.get("NEWSTABLES_DASK_ADDRESS") or None,
            space_check=(env.get("NEWSTABLES_SPACE_CHECK") or "on").lower() not in CACHE_OFF,  # empty: unset
            database_memory=_from_env("NEWSTABLES_DATABASE_MEMORY", parse_size),
        )
        settings = replace(settings, **{k: v for k, v in overrides.items() if v is not None or k == "cache_dir"})
        output = output or env.get("NEWSTABLES_OUTPUT")
        if output is None:
            return settings
        if is_remote(output):
            mirror = mirror_folder(output, settings.cache_dir or default_cache_dir())
            return replace(settings, output_dir=mirror, output_url=output)
        return replace(settings, output_dir=local_path(output))


def _cache_folder(value: str) -> Path | None:
    """A cache folder as given by an option or NEWSTABLES_CACHE_DIR: None (no cache) for 'off' and its kin."""
    return None if value.lower() in CACHE_OFF else Path(value)


def _from_env(name: str, parse: Callable[[str], T]) -> T | None:
    """The variable through `parse` (None when unset or empty); a bad value is a ValueError naming it."""
    text = os.environ.get(name)
    if not text:
        return None
    try:
        return parse(text)
    except ValueError as exc:
        raise ValueError(f"{name}={text!r}: {exc}") from None


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a date in the form YYYY-MM-DD") from exc


def parse_size(text: str) -> int:
    """Bytes from '10GB', '10 GiB', '500MB' or '123456' (kB, MB, GB, TB are powers of 1,000; KiB, MiB, GiB,
    TiB of 1,024)."""
    number = text.strip().rstrip("bBiIkKmMgGtT ")
    unit = text.strip()[len(number) :].strip().lower()
    try:
        value = float(number) * _SIZE_UNITS[unit]
    except (KeyError, ValueError):
        units = "kB, MB, GB, TB, KiB, MiB, GiB or TiB"
        raise ValueError(f"{text!r} is not a size: give a number of bytes, or a number and {units}") from None
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{text!r} is not a size: give a number of bytes, zero or more")
    return int(value)
