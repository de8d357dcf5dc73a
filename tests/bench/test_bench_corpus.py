"""The benchmark corpus: what the generator writes, and what the real pipeline (without Prefect) makes of it."""

from __future__ import annotations

import hashlib
import json
import random
from collections import Counter
from pathlib import Path

import polars as pl
import pytest

from flows.bench import lexicon, phrases_en, phrases_es
from flows.bench.compose import CLOSE, MAX_PARAGRAPHS, MIN_PARAGRAPHS, OPEN, Composer
from flows.bench.corpus import DEBRIS_SHARES, FILES_PER_FOLDER, MOJIBAKE_SHAPES, CorpusStats, write_corpus
from flows.bench.debris import KINDS, page_debris
from flows.bench.shapes import CLIPPERS, SHAPES
from flows.bench.traps import TRAP_KINDS
from flows.clean import clean_block
from schemas.vocabularies import ENCODINGS, SOURCE_FORMATS, TOPIC_NAMES
from tests.test_every_file_accounted import assert_conserved, collect

# Small enough to run in seconds; traps every 24 files (the nine kinds, then one again), one oversized file,
# kept cheap with a size limit of 200 kB, and mojibake every 20 files (a dozen articles, where the corpus has 1 %).
N, SEED, TRAP_EVERY, MOJIBAKE_EVERY, LIMIT = 240, 7, 24, 20, 200_000


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, CorpusStats]:
    root = tmp_path_factory.mktemp("corpus")
    stats = write_corpus(
        root,
        N,
        SEED,
        trap_every=TRAP_EVERY,
        oversized_every=N,
        mojibake_every=MOJIBAKE_EVERY,
        max_file_bytes=LIMIT,
        record=True,
    )
    return root, stats


@pytest.fixture(scope="module")
def tables(corpus: tuple[Path, CorpusStats], tmp_path_factory: pytest.TempPathFactory) -> dict[str, pl.DataFrame]:
    root, _ = corpus
    return collect(root, tmp_path_factory.mktemp("out") / "output", batch_size=100, max_file_bytes=LIMIT)


def _digests(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*.*")}


def test_the_stats_describe_the_files_on_disk(corpus: tuple[Path, CorpusStats]) -> None:
    root, stats = corpus
    files = sorted(p for p in root.rglob("*") if p.is_file())
    assert stats.files == len(files) == N
    assert stats.bytes == sum(p.stat().st_size for p in files)
    assert stats.articles + sum(stats.rejects.values()) == N
    for counts in (stats.formats, stats.languages, stats.encodings, stats.line_endings):
        assert sum(counts.values()) == stats.articles
    assert sum(stats.traps.values()) == sum(stats.rejects.values())
    assert max(Counter(p.parent for p in files).values()) <= FILES_PER_FOLDER
    # What is recorded per file is what was counted, of files on disk.
    expected = stats.expected.values()
    assert set(stats.expected) <= {p.relative_to(root).as_posix() for p in files}
    assert Counter(e.clipper for e in expected if e.clipper) == stats.clippers
    assert stats.clippers.total() <= stats.formats["markdown web export"]
    assert sum(len(e.debris) for e in expected) == stats.debris.total()
    assert Counter(e.mojibake for e in expected if e.mojibake) == stats.mojibake
    # The printers the shares name exist: a misspelt one would silently print no debris or mojibake.
    assert set(DEBRIS_SHARES) <= set(SHAPES) | set(CLIPPERS) and set(MOJIBAKE_SHAPES) <= set(SHAPES)


def test_every_clipper_debris_kind_and_mojibake_variant_is_written(corpus: tuple[Path, CorpusStats]) -> None:
    _, stats = corpus
    assert set(stats.clippers) == set(CLIPPERS)
    assert set(stats.debris) == set(KINDS)
    variants = " ".join(stats.mojibake)
    assert all(kind in variants for kind in ("whole file", "some lines", "Windows-1252", "Latin-1"))
    # One article in MOJIBAKE_EVERY, but where a trap took its place.
    assert N // MOJIBAKE_EVERY - 2 <= stats.mojibake.total() <= N // MOJIBAKE_EVERY


def test_every_trap_kind_and_an_oversized_file_are_written(corpus: tuple[Path, CorpusStats]) -> None:
    _, stats = corpus
    assert set(stats.rejects) == {*TRAP_KINDS, "file-too-large"}
    assert stats.rejects["file-too-large"] == 1
    assert 0.02 < sum(stats.rejects.values()) / N < 0.05  # one file in TRAP_EVERY, plus the oversized one


def test_the_pipeline_reads_the_corpus_as_the_generator_meant(
    corpus: tuple[Path, CorpusStats], tables: dict[str, pl.DataFrame]
) -> None:
    root, stats = corpus
    assert_conserved(root, tables)
    articles, rejects = tables["articles"], tables["rejects"]
    reasons = Counter(rejects["reason_code"])
    # A processing error is a pipeline bug, checked by the next test; here it only costs its file.
    errors = reasons.pop("processing-error", 0)
    assert reasons == stats.rejects
    assert articles.height + errors == stats.articles
    for column, expected in (
        ("source_format", stats.formats),
        ("language", stats.languages),
        ("encoding", stats.encodings),
    ):
        found = Counter(articles[column])
        assert all(found[key] <= expected[key] for key in found | expected), column
        assert expected.total() - found.total() == errors, column
    assert set(articles["source_format"]) == set(SOURCE_FORMATS)
    assert set(articles["language"]) == {"en", "es"}
    assert set(articles["encoding"]) == set(ENCODINGS)
    assert 300 <= articles["word_count"].median() <= 700  # type: ignore[operator]


def test_the_pipeline_reads_clippings_debris_and_mojibake_as_written(
    corpus: tuple[Path, CorpusStats], tables: dict[str, pl.DataFrame]
) -> None:
    _, stats = corpus
    articles = {row["source_path"]: row for row in tables["articles"].iter_rows(named=True)}
    paragraphs: dict[str, list[str]] = {}
    for article_id, text in tables["paragraphs"].select("article_id", "text").iter_rows():
        paragraphs.setdefault(article_id, []).append(text)
    checked: Counter[str] = Counter()
    for path, expected in stats.expected.items():
        row = articles[path]
        # Spelt as the story was, not "MÃ©xico", whatever header, debris or mojibake surrounds it.
        assert row["title"] == expected.title, path
        if expected.clipper:
            assert row["source_format"] == "markdown web export", path
            assert row["url"] == expected.url, path
            if expected.date is not None:
                assert row["published_date"] == expected.date, path
                checked["dated clipping"] += 1
            if expected.clip_day is not None:
                assert row["published_date"] != expected.clip_day, path  # `created:`, the day of the clipping
                checked["clipping with its day"] += 1
                checked["undated clipping with its day"] += expected.date is None
        texts = paragraphs[row["article_id"]]
        for line in expected.debris:
            assert not any(line in text for text in texts), (path, line)
            checked["debris line"] += 1
        if expected.mojibake:
            assert row["is_mojibake_repaired"], path
            checked["mojibake"] += 1
    assert min(checked.values()) >= 1 and len(checked) == 5, checked
    # And only those: no clean article is taken for mojibake.
    assert sum(row["is_mojibake_repaired"] for row in articles.values()) == stats.mojibake.total()


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_debris_line_the_generator_writes_is_debris_to_the_cleaner(language: str) -> None:
    composer, rng = Composer(0), random.Random(language)
    kinds: Counter[str] = Counter()
    for _ in range(200):
        story = composer.story(rng, language)
        photographer = composer.person_name(rng, language)
        for markdown in (False, True):
            debris = page_debris(rng, story, "Another story's headline", photographer, markdown=markdown)
            assert [clean_block(line) for line in debris.shown] == [""] * len(debris.shown), debris.shown
            kinds.update(debris.kinds)
    assert set(kinds) == set(KINDS)


def test_no_article_of_the_corpus_is_a_processing_error(tables: dict[str, pl.DataFrame]) -> None:
    errors = tables["rejects"].filter(pl.col("reason_code") == "processing-error")
    assert errors.height == 0, errors.select("source_path", "detail").rows()


def test_the_same_size_and_seed_write_the_same_bytes(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "a", 150, seed=3)
    second = write_corpus(tmp_path / "b", 150, seed=3)
    assert first == second
    assert _digests(tmp_path / "a") == _digests(tmp_path / "b")
    write_corpus(tmp_path / "c", 150, seed=4)
    assert _digests(tmp_path / "c") != _digests(tmp_path / "a")


def test_worker_processes_write_the_same_bytes(tmp_path: Path) -> None:
    n = FILES_PER_FOLDER + 60  # two folders, so two workers each write one
    alone = write_corpus(tmp_path / "one", n, seed=5, workers=1)
    shared = write_corpus(tmp_path / "two", n, seed=5, workers=2)
    assert alone == shared
    assert _digests(tmp_path / "one") == _digests(tmp_path / "two")


# Topics of the taxonomy the benchmark composes no story of. A topic added to the phrasebooks changes every story
# the composer draws (it samples two topics a story), and with them the benchmark's numbers across commits: sports,
# added for real articles, waits for phrases written with a new benchmark baseline.
_NOT_COMPOSED = ("sports",)


def test_phrases_cover_the_topic_taxonomy() -> None:
    composed = tuple(topic for topic in TOPIC_NAMES if topic not in _NOT_COMPOSED)
    for phrases in (phrases_en, phrases_es):
        assert tuple(phrases.TOPICS) == composed
        assert all(topic.heads and topic.leads and topic.facts and topic.quotes for topic in phrases.TOPICS.values())
    assert tuple(lexicon.ROLES) == composed and tuple(lexicon.ORG_FIELDS) == composed


@pytest.mark.parametrize("language", ["en", "es"])
def test_stories_fill_every_slot_and_keep_their_length(language: str) -> None:
    composer, rng = Composer(0), random.Random(language)
    for _ in range(150):
        story = composer.story(rng, language)
        assert MIN_PARAGRAPHS <= len(story.paragraphs) <= MAX_PARAGRAPHS
        assert 250 <= sum(len(p.split()) for p in story.paragraphs) <= 850
        for name, shape in SHAPES.items():
            text = shape(rng, story)
            if name == "json article":  # its braces are JSON's: look for unfilled slots in its values
                text = json.dumps(json.loads(text), ensure_ascii=False).replace('{"', "").replace("}", "")
            assert "{" not in text and OPEN not in text and CLOSE not in text
