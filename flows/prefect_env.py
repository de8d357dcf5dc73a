"""Quiet, offline defaults for Prefect's embedded server, applied before Prefect is imported.

Each is a default only: a value the user set in the environment wins. See STACK-NOTES.md for why
each one is needed on an offline machine.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

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


@contextmanager
def shared_api() -> Iterator[None]:
    """Let worker processes (process pool, Dask) report to the flow's Prefect API.

    Without PREFECT_API_URL every new process would start a temporary server of its own (some 15 s
    each, in every worker). So when no API is configured, one temporary server is started here, and
    its address is exported for the workers to inherit. It stops at exit, as Prefect's own temporary
    server does: after Prefect has sent its last logs and events to it.
    """
    from prefect.settings import PREFECT_API_URL, temporary_settings

    configured = PREFECT_API_URL.value()
    exported = os.environ.get("PREFECT_API_URL")
    if configured:
        os.environ["PREFECT_API_URL"] = configured
        try:
            yield
        finally:
            _restore("PREFECT_API_URL", exported)
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()
    os.environ["PREFECT_API_URL"] = server.api_url
    try:
        with temporary_settings({PREFECT_API_URL: server.api_url}):
            yield
    finally:
        _restore("PREFECT_API_URL", exported)


def _restore(key: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(key, None)
    else:
        os.environ[key] = value
