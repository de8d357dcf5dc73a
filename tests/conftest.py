"""Shared fixtures: paths, the expected reading of the seeds, Prefect's test harness, a seeds build."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from flows.prefect_env import apply_defaults

if TYPE_CHECKING:
    from flows.build import RunSummary
    from flows.discover import SourceFile
    from flows.errors import Rejected
    from flows.process import BatchResult, ProcessOptions
    from flows.settings import Settings

apply_defaults()

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
OUTPUT = REPO / "output"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def expected_seeds() -> dict[str, Any]:
    return json.loads((FIXTURES / "seeds_expected.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory: pytest.TempPathFactory, prefect_harness: None) -> Path:
    """The dataset built from seeds/ by the Prefect flow, as `make dataset` builds it."""
    from flows.pipeline import run_flow
    from flows.settings import Settings

    out = tmp_path_factory.mktemp("build") / "output"
    run_flow(Settings(seeds_dir=SEEDS, output_dir=out))
    return out


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own result cache, never the user's."""
    monkeypatch.setenv("NEWSTABLES_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


def write_inputs(folder: Path, files: dict[str, bytes | str]) -> Path:
    """Create input files (str is written as UTF-8) below `folder`; returns `folder`."""
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return folder


def build_in_process(settings: Settings) -> RunSummary:
    """`run_build` with every batch processed right here, without Prefect or worker processes."""
    from flows.build import run_build
    from flows.process import process_batch
    from flows.publish import publish_dataset

    class Done:
        def __init__(self, value: BatchResult) -> None:
            self.value = value

        def result(self) -> BatchResult:
            return self.value

    def submit(batch: list[SourceFile], options: ProcessOptions, number: int) -> Done:
        return Done(process_batch(batch, options))

    return run_build(settings, submit=submit, publish=publish_dataset)


def article_row(content: str | bytes, path: str = "test.txt") -> dict[str, Any]:
    """The `articles` row a file of these bytes (str is written as UTF-8) gives."""
    from flows.article import build_article

    data = content.encode("utf-8") if isinstance(content, str) else content
    return build_article(data, path, hashlib.sha256(data).hexdigest(), None).row


def rejection_of(content: str | bytes) -> Rejected:
    """The reject a file of these bytes gives; the test fails when it gives an article."""
    from flows.errors import Rejected

    with pytest.raises(Rejected) as caught:
        article_row(content)
    return caught.value
