"""The order of a benchmark round: the two full builds it compares run one right after the other."""

from __future__ import annotations

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
