"""The order of a benchmark round: the two full builds it compares run one right after the other."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from flows.bench import run
from flows.bench.corpus import CorpusStats


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """What each measured command was, in order: 'flow' or 'plain'; no process is started."""
    started: list[str] = []

    def measure(command: list[str], env: dict[str, str], summary_path: Path | None = None) -> run.Measure:
        started.append("plain" if "flows.bench.plain" in command else "flow")
        return run.Measure(seconds=float(len(started)), peak_rss_mb=1.0, summary={})

    @contextmanager
    def server(home: Path) -> Iterator[Any]:
        yield SimpleNamespace(api_url="http://127.0.0.1:1/api")

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    monkeypatch.setattr(run, "measure", measure)
    monkeypatch.setattr(run, "local_server", server)
    monkeypatch.setattr(run, "corpus_for", lambda *_: (corpus, CorpusStats(files=10, bytes=100, articles=9)))
    monkeypatch.setattr(run, "write_corpus", lambda folder, *_, **__: folder.mkdir())
    monkeypatch.setattr(run, "peer", lambda *_, **__: {"unavailable": "not in this test"})
    return started


def test_the_baseline_runs_beside_the_full_build_first_in_every_other_round(builds: list[str], tmp_path: Path) -> None:
    run.bench(articles=10, runs=3, workdir=tmp_path / "bench", peer_articles=1)
    rounds = [builds[i : i + 5] for i in range(0, len(builds), 5)]
    assert rounds == [
        ["flow", "plain", "flow", "flow", "flow"],  # full build, baseline, no change, +1 %, all from the cache
        ["plain", "flow", "flow", "flow", "flow"],
        ["flow", "plain", "flow", "flow", "flow"],
    ]


def test_full_builds_only_run_no_baseline(builds: list[str], tmp_path: Path) -> None:
    run.bench(articles=10, runs=2, workdir=tmp_path / "bench", peer_articles=1, full_only=True)
    assert builds == ["flow", "flow"]


def test_each_round_records_which_build_went_first(builds: list[str], tmp_path: Path) -> None:
    report = run.bench(articles=10, runs=3, workdir=tmp_path / "bench", peer_articles=1)
    assert [r["plain_first"] for r in report["rounds"]] == [0.0, 1.0, 0.0]
    assert "plain_first" not in report["medians"]


def _round(flow: float, plain: float, plain_first: bool) -> dict[str, float]:
    times = {"unchanged_seconds": 1.0, "plus_1pct_seconds": 1.0, "all_from_cache_seconds": 1.0}
    return {"full_seconds": flow, "plain_seconds": plain, "full_peak_rss_mb": 1.0, "in_tasks_seconds": 1.0, **times,
            "plain_first": float(plain_first)}  # fmt: skip


def test_prefects_share_is_the_mean_of_the_two_orders_so_the_first_builds_slowness_cancels() -> None:
    # Whichever build runs first takes 20 s more; Prefect costs 10 s of 100.
    rounds = [_round(120.0, 90.0, False), _round(100.0, 110.0, True), _round(120.0, 90.0, False)]
    report = run.summarize(rounds, CorpusStats(files=10, bytes=100, articles=9))
    assert report["prefect_overhead_share_by_order"] == pytest.approx({"flow first": 0.25, "plain first": -0.1})
    assert report["prefect_overhead_share"] == pytest.approx(0.075)
    assert "flow first: 25.0%; plain first: -10.0%" in run.render({**report, "peer": {"unavailable": "-"}})


def test_every_measured_build_starts_after_the_written_pages_are_flushed(monkeypatch: pytest.MonkeyPatch) -> None:
    events: list[str] = []
    real_popen = run.subprocess.Popen
    monkeypatch.setattr(run.os, "sync", lambda: events.append("sync"))
    monkeypatch.setattr(run.subprocess, "Popen", lambda *a, **k: events.append("start") or real_popen(*a, **k))
    run.measure([sys.executable, "-c", "pass"], dict(os.environ))
    assert events == ["sync", "start"]
