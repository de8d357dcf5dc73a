"""The checks of a published dataset, read a chunk at a time: the same verdicts whatever the chunk sizes,
damage found across chunk boundaries, and rows out of the articles' order still checked."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq
import pytest

import flows.dataset_checks as checks
from flows.bench.corpus import write_corpus
from flows.settings import Settings
from schemas import TABLES, model_for, table_name
from schemas.derive import arrow_schema
from tests.conftest import build_in_process

CHUNK_SIZES = [(16, 5, 4), (None, None, None)]  # (rows, rows with bodies, articles in a window)


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dataset of 60 synthetic articles (English and Spanish, every format), a few hundred mentions."""
    root = tmp_path_factory.mktemp("checks")
    write_corpus(root / "in", 60, seed=3)
    build_in_process(Settings(seeds_dir=root / "in", output_dir=root / "out", cache_dir=None))
    return root / "out"


@pytest.fixture(params=CHUNK_SIZES, ids=lambda sizes: "x".join(map(str, sizes)))
def chunk_sizes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    rows, body_rows, span = request.param
    if rows is not None:
        monkeypatch.setattr(checks, "CHUNK_ROWS", rows)
        monkeypatch.setattr(checks, "ARTICLE_CHUNK_ROWS", body_rows)
        monkeypatch.setattr(checks._ArticleWindow, "MAX_SPAN", span)


def verdicts(folder: Path) -> list[str]:
    models = [m for m in TABLES if (folder / f"{table_name(m)}.parquet").exists()]
    return [f"{p.table}: {p.check}: {p.detail}" for p in checks.check_tables(folder, models)]


def damaged(source: Path, target: Path, table: str, change: Callable[[pl.DataFrame], pl.DataFrame]) -> Path:
    shutil.copytree(source, target)
    path = target / f"{table}.parquet"
    frame = change(pl.read_parquet(path))
    pq.write_table(frame.to_arrow().cast(arrow_schema(model_for(table))), path)
    return target


def test_the_dataset_is_large_enough_to_cross_chunks(dataset: Path) -> None:
    rows = {name: pq.ParquetFile(dataset / f"{name}.parquet").metadata.num_rows for name in ("articles", "mentions")}
    assert rows["articles"] >= 50 and rows["mentions"] >= 300


def test_a_valid_dataset_passes_in_chunks_of_any_size(dataset: Path, chunk_sizes: None) -> None:
    assert verdicts(dataset) == []


def test_rows_out_of_the_articles_order_are_still_checked(dataset: Path, tmp_path: Path, chunk_sizes: None) -> None:
    reversed_rows = damaged(dataset, tmp_path / "reversed", "mentions", lambda f: f.reverse())
    assert verdicts(reversed_rows) == []
    shifted_first = damaged(
        reversed_rows,
        tmp_path / "shifted",
        "mentions",
        lambda f: f.with_columns(
            pl.when(pl.int_range(pl.len()) == 0).then(pl.col("char_start") + 1).otherwise("char_start")
        ),
    )
    assert verdicts(shifted_first) == [
        "mentions: offsets: 1 rows whose mention_text is not body_text[char_start:char_end]"
    ]


def test_a_key_repeated_in_another_chunk_is_found(dataset: Path, tmp_path: Path, chunk_sizes: None) -> None:
    repeated = damaged(dataset, tmp_path / "repeated", "paragraphs", lambda f: pl.concat([f, f.head(1)]))
    found = verdicts(repeated)
    assert len(found) == 1 and found[0].startswith(
        "paragraphs: primary key: duplicate values of (article_id, paragraph_index): [("
    )


def test_orphans_and_misplaced_offsets_are_counted(dataset: Path, tmp_path: Path, chunk_sizes: None) -> None:
    def orphan_and_shift(frame: pl.DataFrame) -> pl.DataFrame:
        row = pl.int_range(pl.len())
        return frame.with_columns(
            pl.when(row == 5).then(pl.lit("0" * 16)).otherwise("article_id").alias("article_id"),
            pl.when(row.is_in([10, 11, 12])).then(pl.col("char_end") + 2).otherwise("char_end").alias("char_end"),
        )

    found = verdicts(damaged(dataset, tmp_path / "orphan", "mentions", orphan_and_shift))
    assert found == [
        "mentions: foreign key: 1 rows whose (article_id) is not in articles",
        "mentions: offsets: 3 rows whose mention_text is not body_text[char_start:char_end]",
    ]


@pytest.mark.parametrize(("kind", "is_reported"), [("place", True), ("organization", False), ("person", False)])
def test_a_quote_spoken_by_a_place_is_reported(
    dataset: Path, tmp_path: Path, chunk_sizes: None, kind: str, is_reported: bool
) -> None:
    entities = pl.read_parquet(dataset / "entities.parquet")
    speaker = entities.filter(pl.col("entity_type") == kind)["entity_id"][0]

    def spoken_by(frame: pl.DataFrame) -> pl.DataFrame:
        row = pl.int_range(pl.len())
        return frame.with_columns(
            pl.when(row.is_in([0, 3])).then(pl.lit(speaker)).otherwise("speaker_entity_id").alias("speaker_entity_id")
        )

    found = verdicts(damaged(dataset, tmp_path / kind, "quotes", spoken_by))
    expected = (
        "quotes: referenced kind: 2 rows whose (speaker_entity_id) names a row of entities whose entity_type is not "
        "person or organization"
    )
    assert found == ([expected] if is_reported else [])


def test_a_value_outside_its_check_is_reported_with_its_column(
    dataset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checks, "VALIDATION_BODY_ROWS", 7)  # the failures of one chunk, then of the next ones
    bad_language = damaged(
        dataset, tmp_path / "language", "articles", lambda f: f.with_columns(pl.lit("xx").alias("language"))
    )
    found = verdicts(bad_language)
    assert found and all(p.startswith("articles: isin(") and "column language: value 'xx'" in p for p in found)
    assert len(found) == 20  # the first twenty failures are shown, not one per article


def test_a_repeat_is_reported_once_whether_or_not_it_falls_in_one_chunk(dataset: Path, tmp_path: Path) -> None:
    repeated = damaged(dataset, tmp_path / "repeated", "topics", lambda f: pl.concat([f.head(1), f]))
    assert [p.split(": [")[0] for p in verdicts(repeated)] == [
        "topics: primary key: duplicate values of (article_id, topic)"
    ]


def test_csv_rows_are_counted_even_when_a_value_outgrows_arrows_blocks(
    dataset: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.recheck import _csv_rows

    articles = pq.ParquetFile(dataset / "articles.parquet").metadata.num_rows
    assert _csv_rows(dataset / "articles.csv", "article_id") == articles  # bodies span lines, quoted
    monkeypatch.setattr("flows.recheck._CSV_BLOCK_BYTES", 256)  # shorter than a body
    assert _csv_rows(dataset / "articles.csv", "article_id") == articles


def test_a_table_without_its_columns_is_reported_not_read(dataset: Path, tmp_path: Path) -> None:
    from flows.recheck import recheck

    folder = tmp_path / "dropped"
    shutil.copytree(dataset, folder)
    entities = pq.read_table(folder / "entities.parquet")
    pq.write_table(entities.drop_columns(["entity_id"]), folder / "entities.parquet")  # a key column
    problems = recheck(folder)
    assert any(p.startswith("entities.parquet: schema differs from the model") for p in problems)
    assert not any("entities" in p and "foreign key" in p for p in problems)  # not checked against a bad table


def test_a_damaged_parquet_file_is_reported_not_crashed_on(dataset: Path, tmp_path: Path) -> None:
    from flows.recheck import recheck

    folder = tmp_path / "damaged"
    shutil.copytree(dataset, folder)
    entities = folder / "entities.parquet"
    entities.write_bytes(entities.read_bytes()[: entities.stat().st_size // 2])  # its footer gone
    mentions = folder / "mentions.parquet"
    data = bytearray(mentions.read_bytes())
    page = pq.ParquetFile(mentions).metadata.row_group(0).column(1).data_page_offset
    data[page : page + 64] = bytes(64)  # the footer intact, a page that no longer decodes
    mentions.write_bytes(bytes(data))
    problems = recheck(folder)
    assert any(p.startswith("entities.parquet: not a readable Parquet file") for p in problems)
    assert any(p.startswith("mentions: readable: mentions.parquet cannot be read to its end") for p in problems)
    assert not any(p.startswith("mentions: foreign key") or p.startswith("mentions: offsets") for p in problems)
    assert "quotes" not in " ".join(p for p in problems if not p.startswith(("datapackage", "SHA256SUMS")))


@pytest.mark.parametrize("block_bytes", [3, 8 << 20])
def test_a_csv_file_that_is_not_utf8_is_reported_with_the_offending_byte(
    dataset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block_bytes: int
) -> None:
    from flows.recheck import recheck

    monkeypatch.setattr("flows.recheck._CSV_BLOCK_BYTES", block_bytes)  # 3: every character cut by a block
    folder = tmp_path / "latin1"
    shutil.copytree(dataset, folder)
    articles = folder / "articles.csv"
    text = articles.read_bytes()
    at = text.index("é".encode())
    articles.write_bytes(text[:at] + "é".encode("latin-1") + text[at + 2 :])  # one byte shorter
    problems = [p for p in recheck(folder) if not p.startswith(("datapackage", "SHA256SUMS"))]
    assert problems == [f"articles.csv: not UTF-8 text, as the data package declares: an invalid byte at {at}"]


def test_damaged_checksum_lists_are_reported_and_never_read_outside_the_folder(dataset: Path, tmp_path: Path) -> None:
    from flows.recheck import recheck

    folder = tmp_path / "lists"
    shutil.copytree(dataset, folder)
    (tmp_path / "secret").write_text("not part of the dataset")
    (folder / "SHA256SUMS").write_text(f"{'0' * 64}  ../secret\n")
    (folder / "datapackage.json").write_bytes(b"\xff{ not json")
    problems = recheck(folder)
    assert problems[-2:] == [
        "datapackage.json: not a JSON object in UTF-8: 'utf-8' codec can't decode byte 0xff in position 0: "
        "invalid start byte",
        "SHA256SUMS: ../secret does not match its checksum",
    ]
