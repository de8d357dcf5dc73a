"""Quiet, offline defaults for Prefect's embedded server, applied before Prefect is imported.

Each is a default only: a value the user set in the environment wins. See STACK-NOTES.md for why
each one is needed on an offline machine.
"""

from __future__ import annotations

import os

DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",  # no telemetry heartbeat (and its DNS lookup) offline
    "DO_NOT_TRACK": "1",  # no client telemetry
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",  # first start runs migrations on 2 cores
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_LOG_PRINTS": "false",
}


def apply_defaults() -> None:
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)
