"""`newstables build` shows progress in a terminal and nothing in CI or in a pipe."""

from __future__ import annotations

import io

import pytest

from flows import progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_a_progress_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    monkeypatch.delenv("CI", raising=False)
    with progress.progress_callback(enabled=True) as on_batch:
        assert on_batch is not None
        on_batch(500, 1000)
        on_batch(1000, 1000)
    assert "1000/1000" in terminal.getvalue()


@pytest.mark.parametrize(("tty", "ci"), [(True, "true"), (False, None)], ids=["ci", "pipe"])
def test_ci_and_pipes_get_nothing(monkeypatch: pytest.MonkeyPatch, tty: bool, ci: str | None) -> None:
    monkeypatch.setattr("sys.stderr", Terminal() if tty else io.StringIO())
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    with progress.progress_callback(enabled=True) as on_batch:
        assert on_batch is None


def test_served_runs_never_draw(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stderr", Terminal())
    monkeypatch.delenv("CI", raising=False)
    with progress.progress_callback(enabled=False) as on_batch:
        assert on_batch is None
