"""The bytes of a written table depend on its rows only, not on how the batches that brought them were cut."""

from __future__ import annotations

import threading
from pathlib import Path

import pyarrow
import pytest

from flows.tables import schema_of
from flows.write import ROW_GROUP_ROWS_BY_TABLE, Encoder, TableWriter


def _write(folder: Path, rows: pyarrow.Table, cuts: list[int], encoder: Encoder | None = None) -> bytes:
    folder.mkdir()
    writer = TableWriter(folder, "paragraphs", schema_of("paragraphs"), encoder)
    for start, end in zip([0, *cuts], [*cuts, rows.num_rows], strict=True):
        writer.write(rows.slice(start, end - start))
    writer.close()
    return (folder / "paragraphs.parquet").read_bytes() + (folder / "paragraphs.csv").read_bytes()


def _paragraphs(n: int) -> pyarrow.Table:
    schema = schema_of("paragraphs")
    columns = {}
    for field in schema:
        if field.name == "article_id":
            columns[field.name] = [f"a{i // 7:07d}" for i in range(n)]
        elif pyarrow.types.is_string(field.type) or pyarrow.types.is_large_string(field.type):
            columns[field.name] = [f"{i} " + "word " * (50 + i % 200) for i in range(n)]
        elif pyarrow.types.is_integer(field.type):
            columns[field.name] = [i % 1000 for i in range(n)]
        elif pyarrow.types.is_boolean(field.type):
            columns[field.name] = [i % 9 == 0 for i in range(n)]
        else:
            columns[field.name] = [None] * n
    return pyarrow.table(columns).cast(schema)


def test_the_bytes_do_not_depend_on_the_batch_cuts(tmp_path: Path) -> None:
    n = 20_000  # with a kilobyte of text a row, a row group spans many Parquet pages
    rows = _paragraphs(n)
    whole = _write(tmp_path / "whole", rows, [])
    assert _write(tmp_path / "cut", rows, [1, 999, 5_000, 5_001, 12_345]) == whole
    assert _write(tmp_path / "fine", rows, list(range(97, n, 97))) == whole


def test_an_encoder_thread_writes_the_same_bytes_in_the_same_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(ROW_GROUP_ROWS_BY_TABLE, "paragraphs", 500)  # 10 row groups, queued behind each other
    rows = _paragraphs(5_000)
    encoder = Encoder(backlog=1)
    try:
        assert _write(tmp_path / "threaded", rows, [1, 2_222], encoder) == _write(tmp_path / "plain", rows, [])
    finally:
        encoder.close()


def test_a_failed_write_on_the_encoder_reaches_the_caller_and_ends_its_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(self: TableWriter, table: pyarrow.Table) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(TableWriter, "_write_csv", disk_full)
    encoder = Encoder()
    writer = TableWriter(tmp_path, "paragraphs", schema_of("paragraphs"), encoder)
    writer.write(_paragraphs(10))
    with pytest.raises(OSError, match="No space left"):
        writer.close()
    encoder.abandon()
    assert not [t for t in threading.enumerate() if t.name.startswith("newstables-encode")]
