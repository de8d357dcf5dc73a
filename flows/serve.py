"""`newstables serve`: the build as a Prefect deployment that runs on a schedule.

With PREFECT_API_URL configured, the deployment goes to that server and nothing else is started.
Without it, a Prefect server of our own runs on 127.0.0.1 for as long as the command does
(flows/prefect_server.py). Prefect is imported only here, after the server's address is known.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from flows.prefect_server import local_server
from flows.settings import Settings

DEFAULT_NAME = "newstables"
FLOW_NAME = "build_dataset"


@dataclass(frozen=True, slots=True)
class Schedule:
    cron: str | None = None
    interval_seconds: float | None = None

    def __post_init__(self) -> None:
        if (self.cron is None) == (self.interval_seconds is None):
            raise ValueError("give a schedule: either --cron EXPRESSION or --interval SECONDS (not both)")
        if self.interval_seconds is not None and self.interval_seconds <= 0:
            raise ValueError(f"--interval must be a positive number of seconds, not {self.interval_seconds:g}")
        if self.cron is not None:
            check_cron(self.cron)

    def describe(self) -> str:
        return f"cron {self.cron!r}" if self.cron else f"every {self.interval_seconds:g} s"


def check_cron(expression: str) -> None:
    """Refuse a bad cron expression before a server is started for it, with Prefect's own parser."""
    from prefect.client.schemas.schedules import CronSchedule
    from pydantic import ValidationError

    try:
        CronSchedule(cron=expression)
    except ValidationError as exc:
        raise ValueError(
            f"{expression!r} is not a cron expression (five fields: minute hour day-of-month month day-of-week, "
            'for example "0 * * * *" for every hour)'
        ) from exc


def deployment_parameters(settings: Settings) -> dict[str, Any]:
    """The flow's parameters for every scheduled run. Local paths are absolute: a run's working directory
    is the runner's business, the folders are the user's."""
    return {
        "seeds_dir": str(settings.seeds_dir.resolve()),
        "output_dir": settings.output_url or str(settings.output_dir.resolve()),
        "reference_date": settings.reference_date.isoformat() if settings.reference_date else None,
        "cache_dir": str(settings.cache_dir.resolve()) if settings.cache_dir else "off",
        "cache_max_size": str(settings.cache_max_bytes),
        "max_file_bytes": settings.max_file_bytes,
        "batch_size": settings.batch_size,
        "lock_wait_seconds": settings.lock_wait_seconds,
    }


def serve(settings: Settings, schedule: Schedule, name: str, echo: Callable[[str], None]) -> None:
    """Serve `build_dataset` on `schedule` until Ctrl-C or SIGTERM, then stop the server if it is ours."""
    from prefect.settings import get_current_settings

    current = get_current_settings()
    with _sigterm_as_interrupt(), ExitStack() as stack:
        try:
            if current.api.url:
                api_url = current.api.url
                echo(f"serving on the Prefect server at {api_url}")
            else:
                echo(
                    f"no PREFECT_API_URL is set: starting a Prefect server on 127.0.0.1, its database in {current.home}"
                )
                server = stack.enter_context(local_server(Path(current.home)))
                api_url = server.api_url
                use_api_url(api_url)
                echo(f"started a Prefect server at {api_url} (log: {server.log_path}); it stops when this command does")
            _serve_deployment(settings, schedule, name, api_url, echo)
        except KeyboardInterrupt:
            pass  # Ctrl-C or SIGTERM before the runner took over: stop as if the runner had been stopped
        echo("stopped serving" + ("; stopping the Prefect server" if not current.api.url else ""))


def use_api_url(api_url: str) -> None:
    """Point this process and its children at `api_url`. Prefect reads its settings once, at import,
    into a global context; the refresh re-reads them from the environment, for every thread."""
    os.environ["PREFECT_API_URL"] = api_url
    from prefect.context import refresh_global_settings_context

    refresh_global_settings_context()


def _serve_deployment(
    settings: Settings, schedule: Schedule, name: str, api_url: str, echo: Callable[[str], None]
) -> None:
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.types.entrypoint import EntrypointType

    from flows.pipeline import ARTIFACT_KEY, build_dataset

    echo(
        f"serving deployment {FLOW_NAME}/{name}, {schedule.describe()}: {settings.seeds_dir} -> "
        f"{settings.output_url or settings.output_dir}"
        f"\n  run it now:   PREFECT_API_URL={api_url} prefect deployment run {FLOW_NAME}/{name}"
        f"\n  last report: PREFECT_API_URL={api_url} prefect artifact inspect {ARTIFACT_KEY} --limit 1"
    )
    build_dataset.serve(
        name=name,
        cron=schedule.cron,
        interval=schedule.interval_seconds,
        parameters=deployment_parameters(settings),
        # One build at a time: a run that comes due while the last one still runs is cancelled, not
        # queued, so a slow build never leaves a backlog of runs behind it.
        global_limit=ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW),
        # The flow is imported as flows.pipeline from the installed package, whatever the working directory.
        entrypoint_type=EntrypointType.MODULE_PATH,
        print_starting_message=False,
    )
    # The runner handles SIGTERM itself while it runs; from here on, a SIGTERM interrupts the clean-up
    # below, which then kills the server rather than leaving it behind.
    signal.signal(signal.SIGTERM, _raise_interrupt)


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """While the server starts and the deployment is registered, SIGTERM acts as Ctrl-C, so that the
    clean-up runs and no server is left behind."""
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _raise_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt
