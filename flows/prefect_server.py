"""A Prefect server of our own on 127.0.0.1, for scheduled runs when no PREFECT_API_URL is configured.

Prefect's embedded (ephemeral) server cannot run schedules (see STACK-NOTES.md), so `newstables serve`
starts `prefect server start` as a child process and stops it, with everything it started, on the way out.
This module never imports Prefect: the server runs in its own process.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

HOST = "127.0.0.1"
STARTUP_SECONDS = 90.0  # a first start on a fresh PREFECT_HOME runs the migrations: ~10-20 s on 2 cores
STOP_SECONDS = 15.0
LOG_NAME = "newstables-server.log"


class ServerDidNotStart(RuntimeError):
    pass


@dataclass(frozen=True, slots=True)
class LocalServer:
    api_url: str  # what PREFECT_API_URL should be, http://127.0.0.1:PORT/api
    log_path: Path
    pid: int


def free_port() -> int:
    """A port nothing listens on now (the OS picks it); the server binds it a moment later."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


@contextmanager
def local_server(home: Path, timeout: float = STARTUP_SECONDS) -> Iterator[LocalServer]:
    """Start a Prefect server with its database in `home`, wait until it answers, stop it on exit."""
    port = free_port()
    log_path = home / LOG_NAME
    process = start_server_process(home, port, log_path)
    try:
        api_url = f"http://{HOST}:{port}/api"
        wait_until_healthy(process, api_url, log_path, timeout)
        yield LocalServer(api_url=api_url, log_path=log_path, pid=process.pid)
    finally:
        stop_process_group(process)


def start_server_process(home: Path, port: int, log_path: Path) -> subprocess.Popen[bytes]:
    home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PREFECT_HOME": str(home)}
    env.pop("PREFECT_API_URL", None)  # the server is not the client of another server
    command = [sys.executable, "-m", "prefect", "server", "start", "--host", HOST, "--port", str(port), "--no-ui"]
    with log_path.open("wb") as log:
        return subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            # Its own process group: a Ctrl-C in the terminal reaches only the serving process, which
            # then stops serving (pausing the deployment needs the server) before it stops the server.
            start_new_session=True,
            preexec_fn=_die_with_parent(),
        )


def wait_until_healthy(process: subprocess.Popen[bytes], api_url: str, log_path: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerDidNotStart(
                f"the Prefect server exited with code {process.returncode} before it answered at {api_url}.\n"
                f"Last lines of its log, {log_path}:\n{log_tail(log_path)}"
            )
        if _answers(f"{api_url}/health"):
            return
        time.sleep(0.25)
    raise ServerDidNotStart(
        f"the Prefect server did not answer at {api_url} within {timeout:g} s.\n"
        f"Last lines of its log, {log_path}:\n{log_tail(log_path)}\n"
        "If the machine is busy, try again; or start a server yourself (prefect server start) and set "
        "PREFECT_API_URL to its address."
    )


def stop_process_group(process: subprocess.Popen[bytes], grace: float = STOP_SECONDS) -> None:
    """SIGTERM to the server's process group, SIGKILL to whatever is left after `grace` seconds.

    The leader is reaped last: until then its id stays reserved, so the group id cannot have been
    reused by an unrelated process when the SIGKILL goes out. An interrupt while waiting still kills."""
    try:
        _signal_group(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + grace
        while not _has_exited(process.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        _signal_group(process.pid, signal.SIGKILL)
        process.wait()


def log_tail(path: Path, lines: int = 20) -> str:
    try:
        text = path.read_text("utf-8", errors="replace")
    except OSError as exc:
        return f"(cannot read the log: {exc})"
    return "\n".join(text.splitlines()[-lines:]) or "(the log is empty)"


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def _has_exited(pid: int) -> bool:
    """True once the process has exited; WNOWAIT leaves it unreaped (see stop_process_group)."""
    try:
        return os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
    except ChildProcessError:
        return True


def _signal_group(pgid: int, signum: int) -> None:
    with suppress(ProcessLookupError, PermissionError):  # the group is empty already
        os.killpg(pgid, signum)


def _die_with_parent() -> Callable[[], None] | None:
    """On Linux, have the kernel send the server SIGTERM when the serving process dies, even by SIGKILL,
    which no handler sees (the kernel means the thread that started it: start it from the main thread).
    Elsewhere the server outlives a killed parent: stop it with its pid."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)  # loaded before the fork: the child only makes the call
    pr_set_pdeathsig = 1

    def set_death_signal() -> None:
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM)

    return set_death_signal
