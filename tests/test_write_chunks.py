"""The bytes of a written table depend on its rows only, not on how the batches that brought them were cut."""

from __future__ import annotations

from pathlib import Path

import pyarrow

from flows.tables import schema_of
from flows.write import TableWriter


def _write(folder: Path, rows: pyarrow.Table, cuts: list[int]) -> bytes:
    folder.mkdir()
    writer = TableWriter(folder, "paragraphs", schema_of("paragraphs"))
    for start, end in zip([0, *cuts], [*cuts, rows.num_rows], strict=True):
        writer.write(rows.slice(start, end - start))
    writer.close()
    return (folder / "paragraphs.parquet").read_bytes()


def test_the_bytes_do_not_depend_on_the_batch_cuts(tmp_path: Path) -> None:
    schema = schema_of("paragraphs")
    n = 20_000  # with a kilobyte of text a row, a row group spans many Parquet pages
    columns = {}
    for field in schema:
        if field.name == "article_id":
            columns[field.name] = [f"a{i // 7:07d}" for i in range(n)]
        elif pyarrow.types.is_string(field.type) or pyarrow.types.is_large_string(field.type):
            columns[field.name] = [f"{i} " + "word " * (50 + i % 200) for i in range(n)]
        elif pyarrow.types.is_integer(field.type):
            columns[field.name] = [i % 1000 for i in range(n)]
        else:
            columns[field.name] = [None] * n
    rows = pyarrow.table(columns).cast(schema)
    whole = _write(tmp_path / "whole", rows, [])
    assert _write(tmp_path / "cut", rows, [1, 999, 5_000, 5_001, 12_345]) == whole
    assert _write(tmp_path / "fine", rows, list(range(97, n, 97))) == whole
