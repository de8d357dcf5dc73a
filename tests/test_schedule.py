"""Scheduled runs for real: a Prefect server on loopback, `newstables serve` on a short interval, articles
dropped into the seeds folder while it serves, the run report read back from the server, and nothing left
running afterwards. Also `prefect.yaml`, deployed to a process work pool on the same server."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from flows.cli import EXIT_USAGE, app
from flows.pipeline import ARTIFACT_KEY
from flows.prefect_server import LocalServer, ServerDidNotStart, local_server
from flows.serve import Schedule, deployment_parameters
from flows.settings import Settings
from tests.conftest import REPO, SEEDS

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="finds stray processes in /proc")

# Every process these tests start carries this variable, so that a leftover one can be found by it.
MARKER = "NEWSTABLES_SCHEDULE_TEST"
FIRST, SECOND = sorted(p.name for p in SEEDS.iterdir() if p.is_file())[:2]
INTERVAL_SECONDS = "5"
# On a loaded 2-core machine a flow run's process and its task worker each need 10-20 s to start.
RUN_TIMEOUT = 240.0


@pytest.fixture
def marker() -> str:
    """The value of MARKER for the processes one test starts."""
    return uuid.uuid4().hex


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalServer]:
    """A real `prefect server start` on 127.0.0.1, with its own PREFECT_HOME (migrated by its start)."""
    server_marker = uuid.uuid4().hex
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(MARKER, server_marker)  # the server process copies this environment
        mp.delenv("PREFECT_API_URL", raising=False)
        with local_server(tmp_path_factory.mktemp("server-home")) as server:
            yield server
    assert marked_processes(server_marker) == [], "the test server left a process behind"


def test_serve_publishes_new_articles_on_schedule_on_its_own_server(marker: str, tmp_path: Path) -> None:
    """Without PREFECT_API_URL: serve starts a server, runs publish what is dropped into the seeds folder,
    each run leaves its report on the server, and SIGTERM stops everything."""
    seeds, output = tmp_path / "seeds", tmp_path / "output"
    seeds.mkdir()
    shutil.copy(SEEDS / FIRST, seeds / FIRST)
    env = serve_env(tmp_path / "serve-home", marker, api_url=None)
    serve = start_serve(["--interval", INTERVAL_SECONDS], seeds, output, env, tmp_path)
    try:
        wait_for(lambda: article_sources(output) == {FIRST}, serve, tmp_path, "the first scheduled run to publish")
        shutil.copy(SEEDS / SECOND, seeds / SECOND)
        wait_for(
            lambda: article_sources(output) == {FIRST, SECOND}, serve, tmp_path, "a later run to publish the new file"
        )
        started = re.search(r"started a Prefect server at (\S+/api) \(log: ([^)]+)\)", stderr_of(tmp_path))
        assert started, stderr_of(tmp_path)
        api_url, server_log = started[1], Path(started[2])
        deployment = read_deployment(api_url, "build_dataset/newstables")
        # The run writes its report just after it publishes, and the server stops with serve: read it now.
        wait_for(
            lambda: run_report(api_url, deployment.id, "**2 files**") is not None,
            serve,
            tmp_path,
            "the report of the run that published the new file",
        )
        report = run_report(api_url, deployment.id, "**2 files**")
    finally:
        stop(serve)
    assert serve.returncode == 0, stderr_of(tmp_path)
    assert api_url.startswith("http://127.0.0.1:")
    assert server_log.is_relative_to(tmp_path / "serve-home"), "the server's log belongs in its PREFECT_HOME"
    assert not answers(api_url + "/health"), "the server still answers after serve stopped"
    leftovers = processes_left(marker)
    assert leftovers == [], f"left running after serve stopped: {leftovers}"

    assert deployment.parameters["seeds_dir"] == str(seeds.resolve())
    assert deployment.parameters["output_dir"] == str(output.resolve())
    assert [s.schedule.interval.total_seconds() for s in deployment.schedules] == [float(INTERVAL_SECONDS)]
    assert deployment.global_concurrency_limit is not None and deployment.global_concurrency_limit.limit == 1
    assert report is not None
    for expected in (
        "**2 articles**",
        "**0 rejects**",
        "## Rejects by reason code",
        "## Rows per table",
        "| `articles` | 2 |",
        "## Time per stage",
        "| discover |",
        f"`{seeds.resolve()}`",
    ):
        assert expected in report, f"{expected!r} missing from the run report:\n{report}"


def test_serve_uses_the_configured_server_and_starts_none(
    prefect_server: LocalServer, marker: str, tmp_path: Path
) -> None:
    """With PREFECT_API_URL: the deployment goes to that server; SIGTERM (with a run in flight) stops
    serving, pauses the schedule and leaves nothing running."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / FIRST, seeds / FIRST)
    env = serve_env(tmp_path / "serve-home", marker, api_url=prefect_server.api_url)
    serve = start_serve(
        ["--interval", INTERVAL_SECONDS, "--name", "external"], seeds, tmp_path / "output", env, tmp_path
    )
    try:
        # A run taken up (no longer only scheduled) means the runner is serving, not still starting.
        wait_for(
            lambda: bool(run_states(prefect_server.api_url, "build_dataset/external") - {"SCHEDULED", "CANCELLED"}),
            serve,
            tmp_path,
            "the runner to take up a scheduled run",
        )
        servers = [p for p in marked_processes(marker) if "server start" in cmdline(p)]
        assert servers == [], "serve started a server of its own although PREFECT_API_URL was set"
    finally:
        stop(serve)
    assert serve.returncode == 0, stderr_of(tmp_path)
    assert f"serving on the Prefect server at {prefect_server.api_url}" in stderr_of(tmp_path)
    assert read_deployment(prefect_server.api_url, "build_dataset/external").paused, "SIGTERM should pause it"
    leftovers = processes_left(marker)
    assert leftovers == [], f"left running after serve stopped: {leftovers}"


def test_server_that_does_not_answer_in_time_is_reported_and_stopped(
    marker: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(MARKER, marker)
    expected = r"did not answer at http://127\.0\.0\.1:\d+/api within 0\.2 s\.\nLast lines of its log, .*newstables-server\.log"
    with pytest.raises(ServerDidNotStart, match=expected), local_server(tmp_path, timeout=0.2):
        pass
    assert marked_processes(marker) == []


def test_server_dies_with_a_killed_parent(marker: str, tmp_path: Path) -> None:
    """SIGKILL cannot be handled, so the kernel stops the server (PR_SET_PDEATHSIG)."""
    parent = (
        "import os, signal, sys; from pathlib import Path; "
        "from flows.prefect_server import free_port, start_server_process; "
        "home = Path(sys.argv[1]); p = start_server_process(home, free_port(), home / 'server.log'); "
        "print(p.pid, flush=True); os.kill(os.getpid(), signal.SIGKILL)"
    )
    env = {**os.environ, MARKER: marker}
    done = subprocess.run([sys.executable, "-c", parent, str(tmp_path)], env=env, capture_output=True, text=True)
    assert done.returncode == -signal.SIGKILL, done.stderr
    server_pid = int(done.stdout)
    deadline = time.monotonic() + 30
    while server_pid in marked_processes(marker) and time.monotonic() < deadline:
        time.sleep(0.2)
    outlived = server_pid in marked_processes(marker)
    if outlived:
        os.killpg(server_pid, signal.SIGKILL)  # ours for sure: it carries this test's marker
    assert not outlived, "the server outlived its SIGKILLed parent"


def test_prefect_yaml_deploys_the_build_to_a_process_work_pool(prefect_server: LocalServer, tmp_path: Path) -> None:
    """`prefect deploy --all` from the checkout, as the README says, against a real server."""
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.client.schemas.objects import ConcurrencyLimitStrategy

    with prefect_client(prefect_server.api_url) as client:
        client.create_work_pool(WorkPoolCreate(name="newstables", type="process"))
    env = {**os.environ, "PREFECT_API_URL": prefect_server.api_url, "PREFECT_HOME": str(tmp_path / "home")}
    deploy = subprocess.run(
        [sys.executable, "-m", "prefect", "deploy", "--all"], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert deploy.returncode == 0, deploy.stdout + deploy.stderr
    deployment = read_deployment(prefect_server.api_url, "build_dataset/newstables")
    assert deployment.entrypoint == "flows/pipeline.py:build_dataset"
    assert deployment.work_pool_name == "newstables"
    assert deployment.parameters == {"seeds_dir": "seeds", "output_dir": "output"}
    assert [(s.schedule.cron, s.schedule.timezone) for s in deployment.schedules] == [("0 * * * *", "UTC")]
    assert deployment.pull_steps == [{"prefect.deployments.steps.set_working_directory": {"directory": str(REPO)}}], (
        "runs should start in the checkout prefect deploy ran in"
    )
    assert deployment.global_concurrency_limit is not None and deployment.global_concurrency_limit.limit == 1
    assert deployment.concurrency_options is not None
    assert deployment.concurrency_options.collision_strategy == ConcurrencyLimitStrategy.CANCEL_NEW


def test_serve_passes_the_build_options_to_every_scheduled_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    served: list[tuple[Settings, Schedule, str]] = []
    monkeypatch.setattr(
        "flows.serve.serve", lambda settings, schedule, name, echo: served.append((settings, schedule, name))
    )
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    args = ["serve", "--interval", "90", "--seeds", "in", "--output", "out", "--reference-date", "2024-12-31"]
    result = CliRunner().invoke(
        app, [*args, "--no-cache", "--batch-size", "7", "--wait", "3", "--name", "nightly", "--cache-max-size", "2GB"]
    )
    assert result.exit_code == 0, result.output
    [(settings, schedule, name)] = served
    assert (schedule, name) == (Schedule(interval_seconds=90), "nightly")
    assert deployment_parameters(settings) == {
        "seeds_dir": str(tmp_path / "in"),
        "output_dir": str(tmp_path / "out"),
        "reference_date": "2024-12-31",
        "cache_dir": "off",
        "cache_max_size": "2000000000",
        "max_file_bytes": settings.max_file_bytes,
        "batch_size": 7,
        "lock_wait_seconds": 3,
    }


def test_serve_refuses_a_missing_or_double_schedule_and_a_bad_cron(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def must_not_serve(*args: object, **kwargs: object) -> None:
        raise AssertionError("serve started with a bad schedule")

    monkeypatch.setattr("flows.serve.serve", must_not_serve)
    for args in ([], ["--cron", "0 * * * *", "--interval", "60"], ["--cron", "every hour"], ["--interval", "0"]):
        result = CliRunner().invoke(app, ["serve", "--seeds", str(tmp_path), *args])
        assert result.exit_code == EXIT_USAGE, (args, result.output)
    with pytest.raises(ValueError, match="is not a cron expression"):
        Schedule(cron="every hour")
    assert Schedule(cron="0 * * * *").describe() == "cron '0 * * * *'"


def test_a_bad_setting_is_a_usage_error_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("flows.serve.serve", lambda *args, **kwargs: None)
    for command in (["build"], ["serve", "--interval", "60"]):
        bad = CliRunner().invoke(app, [*command, "--seeds", str(tmp_path), "--cache-max-size", "ten"])
        assert bad.exit_code == EXIT_USAGE and "is not a size" in bad.output, bad.output
    for variable, value in (("NEWSTABLES_CACHE_MAX_SIZE", "10 GB a day"), ("NEWSTABLES_MAX_FILE_BYTES", "5MB")):
        monkeypatch.setenv(variable, value)
        bad = CliRunner().invoke(app, ["build", "--seeds", str(tmp_path)])
        assert bad.exit_code == EXIT_USAGE and f"{variable}={value!r}" in bad.output, bad.output
        monkeypatch.delenv(variable)
    monkeypatch.setenv("NEWSTABLES_CACHE_MAX_SIZE", "1.5 GiB")
    assert Settings.from_env().cache_max_bytes == 3 * 2**29


# --- helpers -----------------------------------------------------------------------------------------------


def serve_env(home: Path, marker: str, api_url: str | None) -> dict[str, str]:
    env = {**os.environ, MARKER: marker, "PREFECT_HOME": str(home), "PREFECT_RUNNER_POLL_FREQUENCY": "1"}
    env.pop("PREFECT_API_URL", None)
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


def start_serve(args: list[str], seeds: Path, output: Path, env: dict[str, str], logs: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "flows", "serve", *args, "--seeds", str(seeds), "--output", str(output)]
    command += ["--cache-dir", str(logs / "cache")]
    with (logs / "serve.out").open("wb") as out, (logs / "serve.err").open("wb") as err:
        # Its own process group, so that a failing test can still kill everything it started.
        return subprocess.Popen(command, stdout=out, stderr=err, env=env, start_new_session=True)


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM, as a service manager would send; whatever is left after a minute is killed."""
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=60)
    finally:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def wait_for(condition: Callable[[], bool], serve: subprocess.Popen[bytes], logs: Path, what: str) -> None:
    deadline = time.monotonic() + RUN_TIMEOUT
    while time.monotonic() < deadline:
        if condition():
            return
        if serve.poll() is not None:
            pytest.fail(f"serve exited with code {serve.returncode} while waiting for {what}:\n{stderr_of(logs)}")
        time.sleep(0.5)
    pytest.fail(f"timed out after {RUN_TIMEOUT:.0f} s waiting for {what}:\n{stderr_of(logs)}")


def article_sources(output: Path) -> set[str]:
    try:
        return set(pq.read_table(output / "articles.parquet", columns=["source_path"])["source_path"].to_pylist())
    except OSError:  # nothing published yet
        return set()


@contextmanager
def prefect_client(api_url: str) -> Iterator[Any]:
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: api_url}), get_client(sync_client=True) as client:
        yield client


def read_deployment(api_url: str, name: str) -> Any:
    with prefect_client(api_url) as client:
        return client.read_deployment_by_name(name)


def run_states(api_url: str, deployment_name: str) -> set[str]:
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterDeploymentId
    from prefect.exceptions import ObjectNotFound

    with prefect_client(api_url) as client:
        try:
            deployment = client.read_deployment_by_name(deployment_name)
        except ObjectNotFound:
            return set()
        runs = client.read_flow_runs(
            flow_run_filter=FlowRunFilter(deployment_id=FlowRunFilterDeploymentId(any_=[deployment.id]))
        )
    return {run.state_type.value for run in runs if run.state_type}


def run_report(api_url: str, deployment_id: Any, containing: str) -> str | None:
    """The markdown of a `newstables-build` artifact left by a run of the deployment, the first that
    contains `containing`; None when there is none (yet)."""
    from prefect.client.schemas.filters import (
        ArtifactFilter,
        ArtifactFilterKey,
        FlowRunFilter,
        FlowRunFilterDeploymentId,
    )

    with prefect_client(api_url) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[ARTIFACT_KEY])),
            flow_run_filter=FlowRunFilter(deployment_id=FlowRunFilterDeploymentId(any_=[deployment_id])),
        )
    assert all(a.type == "markdown" for a in artifacts)
    return next((str(a.data) for a in artifacts if containing in str(a.data)), None)


def marked_processes(marker: str) -> list[int]:
    """Live processes (not this one) whose environment carries MARKER=marker."""
    needle = f"{MARKER}={marker}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if needle in (entry / "environ").read_bytes().split(b"\0") and not _zombie(entry):
                found.append(int(entry.name))
        except OSError:
            continue  # gone meanwhile, or not ours
    return found


def processes_left(marker: str, grace: float = 15.0) -> list[str]:
    """The command lines of marked processes still running after `grace` seconds: a process killed in the
    middle of a run leaves its multiprocessing resource tracker a moment to clean up and exit."""
    deadline = time.monotonic() + grace
    while (pids := marked_processes(marker)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return [cmdline(p) for p in pids]


def _zombie(proc: Path) -> bool:
    return (proc / "stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"


def cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except OSError:
        return False


def stderr_of(logs: Path) -> str:
    return (logs / "serve.err").read_text("utf-8", errors="replace")
