"""Lines in capitals: where capitals tell no name from a common word."""

from __future__ import annotations

from flows.extract.capital_lines import lines_in_capitals


def test_a_heading_in_capitals_is_found_and_a_sentence_with_acronyms_is_not() -> None:
    text = "HUYÓ POR UN TÚNEL DE CIEN METROS\nLa SEP, el IMSS y el ISSSTE firmaron.\nOK\n"
    assert [text[start:end] for start, end in lines_in_capitals(text)] == ["HUYÓ POR UN TÚNEL DE CIEN METROS"]


def test_a_link_in_a_shouted_post_keeps_its_own_case() -> None:
    text = "VAMOS TODOS A LA MARCHA DEL DOMINGO pic.example.com/AbCdEf"
    assert lines_in_capitals(text) == [(0, len(text))]


def test_a_long_line_in_capitals_is_one_line() -> None:
    # How its cost grows with its length is measured by `python -m flows.bench.scaling` ("a line in capitals").
    text = "UNO DOS TRES " * 50_000
    assert lines_in_capitals(text) == [(0, len(text))]
