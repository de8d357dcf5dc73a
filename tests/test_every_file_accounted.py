"""Every input file ends in exactly one place: an article or a reject with its reason code."""

from __future__ import annotations

import json
import os
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.article import Article
from flows.collect import Collector
from flows.discover import discover, survey
from flows.extract.facts import extract_facts
from flows.process import FileOutcome, ProcessOptions, assemble_batch, process_batch
from schemas.vocabularies import REASON_CODE_NAMES
from tests.conftest import SEEDS, write_inputs

ARTICLE = "Harbour talks resume\n\nThe port authority and the union met on Monday to resume talks.\n"


def collect(root: Path, out: Path, batch_size: int = 1000, max_file_bytes: int = 5_000_000) -> dict[str, pl.DataFrame]:
    out.mkdir(parents=True, exist_ok=True)
    sources = discover(root)
    options = ProcessOptions(max_file_bytes=max_file_bytes)
    work_dir = out.parent / f"{out.name}-work"  # a run's own scratch folder
    work_dir.mkdir()
    collector = Collector(out, work_dir=work_dir)
    for i in range(0, len(sources), batch_size):
        collector.add(process_batch(sources[i : i + batch_size], options))
    collector.close()
    return {name: pl.read_parquet(out / f"{name}.parquet") for name in ("articles", "paragraphs", "rejects")}


def assert_conserved(root: Path, tables: dict[str, pl.DataFrame]) -> None:
    inputs = sorted(f.source_path for f in discover(root))
    placed = sorted([*tables["articles"]["source_path"], *tables["rejects"]["source_path"]])
    assert placed == inputs
    assert set(tables["rejects"]["reason_code"]) <= set(REASON_CODE_NAMES)
    assert set(tables["paragraphs"]["article_id"]) == set(tables["articles"]["article_id"])


def test_each_reason_code_on_real_files(tmp_path: Path) -> None:
    root = write_inputs(
        tmp_path / "in",
        {
            "a/good.txt": ARTICLE,
            "a/copy-of-good.txt": ARTICLE,
            "b/good-in-cp1252-crlf.txt": ARTICLE.replace("\n", "\r\n").encode("cp1252"),
            "c/empty.txt": b"",
            "c/photo.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01",
            "c/latin.txt": b"caf\x81 \x90",
            "c/huge.txt": ("A paragraph of text. " * 400).encode(),
            "c/headline-only.txt": "Nothing under this headline\n",
            "d/story.json": json.dumps({"title": "Harbour talks end", "text": "The union signed the deal on Friday."}),
            "d/feed.json": json.dumps([{"title": "One", "text": "First."}, {"title": "Two", "text": "Second."}]),
            "d/cut-short.json": '{"title": "Harbour talks end", "text": "The union',
            "d/page_files/style.css": "body { margin: 0; }\n.article h1 { font-size: 2em; color: #222; }\n",
            ".hidden/ignored.txt": ARTICLE,
        },
    )
    os.symlink(root / "a" / "good.txt", root / "c" / "link.txt")
    tables = collect(root, tmp_path / "out", max_file_bytes=4000)
    assert_conserved(root, tables)
    reasons = dict(zip(tables["rejects"]["source_path"], tables["rejects"]["reason_code"], strict=True))
    assert reasons == {
        "a/good.txt": "duplicate-file",  # 'a/copy-of-good.txt' comes first in path order and is kept
        "b/good-in-cp1252-crlf.txt": "duplicate-article",
        "c/empty.txt": "empty-file",
        "c/photo.jpg": "binary-file",
        "c/latin.txt": "undecodable-text",
        "c/huge.txt": "file-too-large",
        "c/headline-only.txt": "no-body",
        "c/link.txt": "not-a-regular-file",
        "d/feed.json": "several-articles",
        "d/cut-short.json": "malformed-export",
        "d/page_files/style.css": "not-prose",
    }
    assert tables["articles"]["source_path"].to_list() == ["a/copy-of-good.txt", "d/story.json"]
    assert tables["articles"]["source_format"].to_list() == ["plain text", "json article"]
    details = dict(zip(tables["rejects"]["source_path"], tables["rejects"]["detail"], strict=True))
    assert "'a/copy-of-good.txt'" in details["a/good.txt"]
    assert "'a/copy-of-good.txt'" in details["b/good-in-cp1252-crlf.txt"]
    shas = dict(zip(tables["rejects"]["source_path"], tables["rejects"]["source_sha256"], strict=True))
    assert shas["c/link.txt"] is None and shas["c/huge.txt"] is not None


def test_duplicates_are_found_across_batches_as_within_one(tmp_path: Path) -> None:
    files = {f"{i:03d}.txt": ARTICLE.replace("Monday", f"day {i % 4}") for i in range(12)}
    root = write_inputs(tmp_path / "in", files)
    one_batch = collect(root, tmp_path / "one", batch_size=100)
    tiny_batches = collect(root, tmp_path / "tiny", batch_size=1)
    for name in one_batch:
        assert one_batch[name].equals(tiny_batches[name]), name
    assert one_batch["articles"].height == 4
    assert_conserved(root, one_batch)


def test_a_file_that_vanishes_after_discovery_is_unreadable(tmp_path: Path) -> None:
    root = write_inputs(tmp_path / "in", {"gone.txt": ARTICLE, "kept.txt": ARTICLE + "More.\n"})
    sources = discover(root)
    (root / "gone.txt").unlink()
    result = process_batch(sources, ProcessOptions())
    assert [(r["source_path"], r["reason_code"], r["source_sha256"]) for r in result.rejects] == [
        ("gone.txt", "unreadable-file", None)
    ]


def test_an_unexpected_error_costs_one_file_not_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import flows.article

    real = flows.article.build_article

    def explode_on_one(data: bytes, *args: object) -> Article:
        if b"EXPLODE" in data:
            raise ZeroDivisionError("simulated bug")
        return real(data, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(flows.article, "build_article", explode_on_one)
    root = write_inputs(tmp_path / "in", {"bad.txt": ARTICLE + "EXPLODE\n", "good.txt": ARTICLE + "Second.\n"})
    result = process_batch(discover(root), ProcessOptions())
    assert [r["reason_code"] for r in result.rejects] == ["processing-error"]
    assert "ZeroDivisionError: simulated bug" in result.rejects[0]["detail"]
    assert result.tables["articles"].num_rows == 1


def test_an_article_failing_a_check_is_rejected_whole_and_keys_still_match() -> None:
    from flows.article import build_article

    good = build_article(ARTICLE.encode(), "good.txt", "a" * 64, None)
    bad = build_article((ARTICLE + "Another paragraph.\n").encode(), "bad.txt", "b" * 64, None)
    bad.row["url"] = "not a url"  # a value a parser bug could produce
    outcomes = [
        FileOutcome(
            "bad.txt", "b" * 64, article=bad, facts=extract_facts(bad.text()), article_id=bad.row["article_id"]
        ),
        FileOutcome(
            "good.txt", "a" * 64, article=good, facts=extract_facts(good.text()), article_id=good.row["article_id"]
        ),
    ]
    result = assemble_batch(outcomes)
    assert result.tables["articles"].column("source_path").to_pylist() == ["good.txt"]
    assert set(result.tables["paragraphs"].column("article_id").to_pylist()) == {good.row["article_id"]}
    [reject] = result.rejects
    assert reject["reason_code"] == "failed-check" and reject["source_path"] == "bad.txt"
    assert "articles.url" in reject["detail"] and "str_matches" in reject["detail"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    files=st.lists(
        st.one_of(st.binary(max_size=300), st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass"))),
        min_size=1,
        max_size=8,
    )
)
def test_any_bytes_never_crash_a_run(tmp_path_factory: pytest.TempPathFactory, files: list[bytes]) -> None:
    tmp = tmp_path_factory.mktemp("prop")
    root = write_inputs(tmp / "in", {f"f{i}.txt": data for i, data in enumerate(files)})
    tables = collect(root, tmp / "out", batch_size=3)
    assert_conserved(root, tables)
    assert "processing-error" not in set(tables["rejects"]["reason_code"])


def test_file_names_that_are_not_utf8_are_read_and_named_with_escapes(tmp_path: Path) -> None:
    # Names from a Latin-1 archive: the tables hold UTF-8 text, so their odd bytes are written as \xNN.
    root = tmp_path / "in"
    (root / os.fsdecode(b"caf\xe9")).mkdir(parents=True)
    names = [b"caf\xe9/a.txt", b"se\xf1al.txt", b"line\nbreak.txt"]
    for number, name in enumerate(names):
        (root / os.fsdecode(name)).write_text(ARTICLE.replace("Monday", f"day {number}"), "utf-8")
    assert survey(root).files == 3
    tables = collect(root, tmp_path / "out")
    assert_conserved(root, tables)
    assert sorted(tables["articles"]["source_path"]) == ["caf\\xe9/a.txt", "line\nbreak.txt", "se\\xf1al.txt"]


def test_seeds_are_all_articles(tmp_path: Path) -> None:
    tables = collect(SEEDS, tmp_path / "out")
    assert tables["articles"].height == 2 and tables["rejects"].height == 0
