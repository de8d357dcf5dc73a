"""The `not-prose` trap of the benchmark corpus: every kind of file the generator writes is rejected as the kind it
is, from more than one draw of its names and numbers."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from flows.bench.stray_files import STRAY_FILES, StrayFile
from tests.conftest import rejection_of

# What the reject's detail says each variant looks like.
LOOKS_LIKE = {
    "style sheet": "a script or a style sheet",
    "script": "a script or a style sheet",
    "Python source": "Python source",
    "YAML config": "a YAML configuration file",
    "Dockerfile": "a Dockerfile",
    "Makefile": "a Makefile",
    ".env file": "an environment (.env) file",
    "CSV data": "CSV data",
    "log": "a log file",
}


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("write", STRAY_FILES, ids=lambda write: write.__name__.strip("_"))
def test_every_stray_file_the_generator_writes_is_rejected_as_not_prose(
    write: Callable[[random.Random, int], StrayFile], seed: int
) -> None:
    stray = write(random.Random(seed), 1000 + seed)
    rejected = rejection_of(stray.text.encode("ascii"))
    assert rejected.code == "not-prose"
    assert f"looks like {LOOKS_LIKE[stray.variant]}, not an article" in rejected.detail


def test_the_same_seed_and_index_write_the_same_file_and_another_index_another() -> None:
    for write in STRAY_FILES:
        assert write(random.Random(3), 64) == write(random.Random(3), 64)
        assert write(random.Random(3), 64).text != write(random.Random(3), 128).text
