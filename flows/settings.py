"""One typed settings object for a run; the only place newstables reads its environment variables."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, replace
from pathlib import Path

from flows.process import DEFAULT_MAX_FILE_BYTES, ProcessOptions

DEFAULT_BATCH_SIZE = 2_000


@dataclass(frozen=True, slots=True)
class Settings:
    seeds_dir: Path = Path("seeds")
    output_dir: Path = Path("output")
    reference_date: dt.date | None = None
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    batch_size: int = DEFAULT_BATCH_SIZE

    def process_options(self) -> ProcessOptions:
        return ProcessOptions(reference_date=self.reference_date, max_file_bytes=self.max_file_bytes)

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then NEWSTABLES_* environment variables, then explicit (non-None) overrides."""
        env = os.environ
        reference = env.get("NEWSTABLES_REFERENCE_DATE")
        settings = cls(
            seeds_dir=Path(env.get("NEWSTABLES_SEEDS", "seeds")),
            output_dir=Path(env.get("NEWSTABLES_OUTPUT", "output")),
            reference_date=parse_date(reference) if reference else None,
            max_file_bytes=int(env.get("NEWSTABLES_MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES)),
            batch_size=int(env.get("NEWSTABLES_BATCH_SIZE", DEFAULT_BATCH_SIZE)),
        )
        return replace(settings, **{k: v for k, v in overrides.items() if v is not None})


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a date in the form YYYY-MM-DD") from exc
