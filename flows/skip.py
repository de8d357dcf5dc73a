"""Whether a run has nothing to do: the input, the pipeline and the settings are those of the run that
published the output, and the published files are untouched since. Light to import: `newstables build`
asks before it starts anything else."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import Any

from flows.cache import ResultCache, run_fingerprint
from flows.discover import Survey, survey
from flows.settings import Settings
from flows.upload import remote_matches


def run_state(settings: Settings, input_digest: str) -> str:
    parts = (run_fingerprint(settings.reference_date), str(settings.max_file_bytes), input_digest)
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def previous_run(cache: ResultCache, settings: Settings, found: Survey) -> dict[str, Any] | None:
    """What the run that published the output recorded, when this run would publish the same files; None
    otherwise."""
    target = settings.output_dir.resolve()
    recorded = cache.last_run_state(str(target))
    if recorded is None or not target.is_dir():
        return None
    previous: dict[str, Any] = json.loads(recorded)
    if previous.get("state") != run_state(settings, found.state_digest):
        return None
    if previous.get("published_files") != survey(target).state_digest:
        return None
    if settings.output_url is not None and not remote_matches(target, settings.output_url):
        return None
    return previous


def nothing_to_do(settings: Settings, found: Survey) -> bool:
    """The answer before the run: `run_build` asks again under the output lock, where it counts. A cache
    or output that cannot be read here is the run's to report, not this early look's: it says "work"."""
    if settings.cache_dir is None:
        return False
    try:
        cache = ResultCache(settings.cache_dir, run_fingerprint(settings.reference_date))
        try:
            return previous_run(cache, settings, found) is not None
        finally:
            cache.close()
    except (OSError, sqlite3.Error):
        return False
