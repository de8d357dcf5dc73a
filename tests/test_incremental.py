"""Incremental runs: unchanged files come from the cache, an unchanged input skips the run, and the
output is always byte-identical to a full rebuild."""

from __future__ import annotations

from pathlib import Path

import pytest

import flows.cache
from flows.pipeline import run_flow
from flows.settings import Settings
from tests.conftest import write_inputs
from tests.test_dataset import assert_same_bytes

ARTICLE = "Harbour talks {i}\n\nThe port authority and the union met on day {i} to resume talks, officials said.\n\n“We are close,” said union leader Marta Ruiz {i}.\n"


def corpus(folder: Path, first: int, last: int) -> Path:
    return write_inputs(folder, {f"{i:03d}.txt": ARTICLE.format(i=i) for i in range(first, last)})


def settings(seeds: Path, out: Path, cache: Path | None) -> Settings:
    return Settings(seeds_dir=seeds, output_dir=out, cache_dir=cache, batch_size=1000)


def test_cache_skip_and_byte_identity(tmp_path: Path, prefect_harness: None, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds, out, cache = corpus(tmp_path / "in", 0, 40), tmp_path / "out", tmp_path / "cache"

    first = run_flow(settings(seeds, out, cache))
    assert (first.skipped, first.cache_hits, first.rows["articles"]) == (False, 0, 40)

    unchanged = run_flow(settings(seeds, out, cache))
    assert unchanged.skipped and unchanged.rows == first.rows

    corpus(seeds, 40, 44)  # 10 % new files
    grown = run_flow(settings(seeds, out, cache))
    assert (grown.skipped, grown.cache_hits, grown.rows["articles"]) == (False, 40, 44)
    full = tmp_path / "full"
    run_flow(settings(seeds, full, None))
    assert_same_bytes(out, full)

    (seeds / "000.txt").write_text(ARTICLE.format(i=1000), "utf-8")  # an edited file
    edited = run_flow(settings(seeds, out, cache))
    assert edited.cache_hits == 43

    monkeypatch.setattr(flows.cache, "code_fingerprint", lambda: "a newer pipeline")
    upgraded = run_flow(settings(seeds, out, cache))
    assert (upgraded.skipped, upgraded.cache_hits) == (False, 0)
    rebuilt = tmp_path / "rebuilt"
    run_flow(settings(seeds, rebuilt, None))
    assert_same_bytes(out, rebuilt)


def test_a_touched_output_is_rebuilt_not_skipped(tmp_path: Path, prefect_harness: None) -> None:
    seeds, out, cache = corpus(tmp_path / "in", 0, 3), tmp_path / "out", tmp_path / "cache"
    run_flow(settings(seeds, out, cache))
    (out / "articles.csv").write_text("tampered", "utf-8")
    again = run_flow(settings(seeds, out, cache))
    assert not again.skipped and again.cache_hits == 3
    assert (out / "articles.csv").read_text("utf-8").startswith("article_id,")


def test_publishing_to_an_fsspec_url(tmp_path: Path, prefect_harness: None) -> None:
    import fsspec

    seeds = corpus(tmp_path / "in", 0, 5)
    url = "memory://newstables-test/dataset"
    remote = Settings.from_env(output=url, seeds_dir=seeds, cache_dir=tmp_path / "cache")
    assert remote.output_url == url and remote.output_dir.is_relative_to(tmp_path / "cache")
    run_flow(remote)
    local = tmp_path / "local"
    run_flow(settings(seeds, local, None))
    fs = fsspec.filesystem("memory")
    assert sorted(p.rsplit("/", 1)[-1] for p in fs.ls("/newstables-test/dataset", detail=False)) == sorted(
        p.name for p in local.iterdir()
    )
    for path in local.iterdir():
        assert fs.cat_file(f"/newstables-test/dataset/{path.name}") == path.read_bytes(), path.name
    fs.pipe_file("/newstables-test/dataset/stale.txt", b"from an older dataset")
    assert run_flow(remote).skipped is False  # the remote differs from what was published: upload again
    assert not fs.exists("/newstables-test/dataset/stale.txt")
