"""Incremental runs: unchanged files come from the cache, an unchanged input skips the run, and the
output is always byte-identical to a full rebuild."""

from __future__ import annotations

from pathlib import Path

import pytest

import flows.cache
from flows.discover import batches, survey
from flows.pipeline import run_flow
from flows.settings import Settings
from flows.skip import nothing_to_do
from tests.conftest import build_in_process, write_inputs
from tests.test_dataset import assert_same_bytes

ARTICLE = "Harbour talks {i}\n\nThe port authority and the union met on day {i} to resume talks, officials said.\n\n“We are close,” said union leader Marta Ruiz {i}.\n"


def corpus(folder: Path, first: int, last: int) -> Path:
    return write_inputs(folder, {f"{i:03d}.txt": ARTICLE.format(i=i) for i in range(first, last)})


def settings(seeds: Path, out: Path, cache: Path | None) -> Settings:
    return Settings(seeds_dir=seeds, output_dir=out, cache_dir=cache, batch_size=1000)


def test_cache_skip_and_byte_identity(tmp_path: Path, prefect_harness: None, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds, out, cache = corpus(tmp_path / "in", 0, 40), tmp_path / "out", tmp_path / "cache"

    assert not nothing_to_do(settings(seeds, out, cache), survey(seeds))
    first = run_flow(settings(seeds, out, cache))
    assert (first.skipped, first.cache_hits, first.rows["articles"]) == (False, 0, 40)

    assert nothing_to_do(settings(seeds, out, cache), survey(seeds))  # the early answer of `newstables build`
    unchanged = run_flow(settings(seeds, out, cache))
    assert unchanged.skipped and unchanged.rows == first.rows

    corpus(seeds, 40, 44)  # 10 % new files
    assert not nothing_to_do(settings(seeds, out, cache), survey(seeds))
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
    assert not nothing_to_do(settings(seeds, out, cache), survey(seeds))
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


def test_a_file_added_or_removed_changes_only_the_batch_it_falls_in(tmp_path: Path) -> None:
    seeds = write_inputs(tmp_path / "in", {f"{i:04d}.txt": "x" for i in range(0, 2000, 2)})
    before = [[s.source_path for s in batch] for batch in batches(seeds, 64)]
    assert len(before) > 8 and all(48 <= len(batch) <= 80 for batch in before[:-1])
    for name in ("0501.txt", "0000.txt", "1998.txt"):  # one in the middle; the first file; the last
        path = seeds / name
        if path.exists():
            path.unlink()
        else:
            path.write_text("new", "utf-8")
        after = [[s.source_path for s in batch] for batch in batches(seeds, 64)]
        changed = [batch for batch in after if batch not in before]
        # Its own batch, and when it is a cut itself, the one or two after it; never all those after it.
        assert 1 <= len(changed) <= 3 and len(before) - len(changed) >= 12, name
        assert after[-1] == before[-1] or name == "1998.txt", name
        path.unlink() if name == "0501.txt" else path.write_text("x", "utf-8")


def _build(settings: Settings) -> tuple[int, int]:
    summary = build_in_process(settings)
    return summary.batches_from_cache, len(list(batches(settings.seeds_dir, settings.batch_size or 0)))


def test_unchanged_batches_come_whole_from_the_cache_and_the_output_is_a_full_rebuild(tmp_path: Path) -> None:
    seeds, cache = corpus(tmp_path / "in", 0, 60), tmp_path / "cache"
    incremental = Settings(seeds_dir=seeds, output_dir=tmp_path / "out", cache_dir=cache, batch_size=8)
    from_cache, total = _build(incremental)
    assert from_cache == 0 and total > 4
    corpus(seeds, 60, 61)  # a new file
    (seeds / "007.txt").write_bytes(b"\xff\xfe\x00binary")  # and a file that became a reject
    from_cache, total = _build(incremental)
    assert from_cache == total - 2  # the batches of those two files
    _build(Settings(seeds_dir=seeds, output_dir=tmp_path / "full", cache_dir=None, batch_size=8))
    assert_same_bytes(tmp_path / "out", tmp_path / "full")


def test_the_early_look_at_an_unreadable_cache_says_there_is_work(tmp_path: Path) -> None:
    seeds = corpus(tmp_path / "in", 0, 2)
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the cache folder should be", "utf-8")
    assert not nothing_to_do(settings(seeds, tmp_path / "out", not_a_folder), survey(seeds))


def test_cache_dir_off_on_the_command_line_means_no_cache(
    tmp_path: Path, prefect_harness: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from typer.testing import CliRunner

    from flows.cli import app

    monkeypatch.chdir(tmp_path)  # where a folder named "off" would appear
    seeds, summary = corpus(tmp_path / "in", 0, 3), tmp_path / "summary.json"
    args = ["build", "--seeds", str(seeds), "--output", "out", "--cache-dir", "OFF", "--summary-json", str(summary)]
    args += ["--batch-size", "1"]  # batches for worker processes: the command looks for a cache before it starts them
    for _ in range(2):  # the second run is not skipped: no cache says nothing changed
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        assert json.loads(summary.read_text("utf-8"))["skipped"] is False
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out", "out.lock", "summary.json"]
