"""CSV files: RFC 4180, formula-looking cells made inert, and a faithful round trip otherwise."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import polars as pl
import pyarrow
from hypothesis import given
from hypothesis import strategies as st

from flows.write import csv_frame
from tests.conftest import write_inputs
from tests.test_every_file_accounted import collect

RISKY = '=SUM(A1:A9) in a headline\n\n=HYPERLINK("http://evil.example").\n\n- a list-like paragraph.\n\n+1 for the council.\n\n@mention here.\n'


def test_formula_cells_are_inert_in_csv_and_exact_in_parquet(tmp_path: Path) -> None:
    root = write_inputs(tmp_path / "in", {"risky.txt": RISKY})
    collect(root, tmp_path / "out")
    paragraphs = pl.read_parquet(tmp_path / "out" / "paragraphs.parquet")["text"].to_list()
    assert paragraphs == ['=HYPERLINK("http://evil.example").', "- a list-like paragraph.", "+1 for the council.",
                          "@mention here."]  # fmt: skip
    with (tmp_path / "out" / "paragraphs.csv").open(newline="", encoding="utf-8") as fh:
        cells = [row["text"] for row in csv.DictReader(fh)]
    assert cells == ["'" + p for p in paragraphs]
    assert pl.read_parquet(tmp_path / "out" / "articles.parquet")["title"].to_list() == ["=SUM(A1:A9) in a headline"]
    with (tmp_path / "out" / "articles.csv").open(newline="", encoding="utf-8") as fh:
        assert [row["title"] for row in csv.DictReader(fh)] == ["'=SUM(A1:A9) in a headline"]


def test_csv_is_rfc4180_with_crlf_and_quoted_newlines(tmp_path: Path) -> None:
    root = write_inputs(tmp_path / "in", {"a.txt": 'Title "quoted"\n\nFirst, with comma.\n\nSecond "line".\n'})
    collect(root, tmp_path / "out")
    raw = (tmp_path / "out" / "articles.csv").read_bytes()
    assert raw.endswith(b"\r\n") and b"\r\n" in raw.split(b"\n", 1)[0] + b"\n"
    [row] = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert row["body_text"] == 'First, with comma.\n\nSecond "line".'
    assert row["title"] == 'Title "quoted"'
    assert row["published_date"] == ""  # null


@given(st.lists(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=40), min_size=1, max_size=20))
def test_csv_round_trips_any_text(values: list[str]) -> None:
    table = pyarrow.table({"t": pyarrow.array(values, pyarrow.string())})
    buffer = io.BytesIO()
    csv_frame(table).write_csv(buffer, line_terminator="\r\n", quote_style="necessary", null_value="")
    rows = list(csv.reader(io.StringIO(buffer.getvalue().decode("utf-8"), newline="")))
    read = [r[0] if r else "" for r in rows[1:]]
    expected = ["'" + v if v[:1] in ("=", "+", "-", "@", "\t", "\r") else v for v in values]
    assert read == expected


def test_list_columns_are_json_arrays_in_csv() -> None:
    table = pyarrow.table({"l": pyarrow.array([["a", 'b"'], [], None], pyarrow.list_(pyarrow.string()))})
    assert csv_frame(table)["l"].to_list() == ['["a","b\\""]', "[]", None]
