"""Quoted words that are a term or a name, asked of one quotation in turn by the quotes extractor."""

from __future__ import annotations

import pytest

from flows.extract.quote_terms import is_a_name, is_no_quotation

# Each text quotes at the same offsets (10 to 30): a term, a name, someone's words.
_SAME_OFFSETS = {
    "term": 'Ayer dijo"inconstitucionalidad", y se fue.',
    "name": 'La banda "Los Caminos de Tunja" tocó ayer.',
    "words": 'Ana dijo:"todo saldrá muy bien", y se fue.',
}


@pytest.mark.parametrize("rounds", [1, 2])
def test_each_quotation_is_read_as_its_own_words_however_often_asked(rounds: int) -> None:
    for _ in range(rounds):
        for kind, text in _SAME_OFFSETS.items():
            start, end = 10, 30
            assert is_no_quotation(text, start, end) is (kind != "words"), kind
            assert is_a_name(text, start, end) is (kind == "name"), kind
            assert is_no_quotation(text, start, end) is (kind != "words"), kind


def test_a_word_that_names_before_the_marks_makes_a_name_of_words_in_lower_case() -> None:
    named, said = 'un barco apodado "el sexto faro" zarpó.', 'un barco que dijo "el sexto faro" zarpó.'
    start = named.index('"') + 1
    assert is_a_name(named, start, start + len("el sexto faro"))
    start = said.index('"') + 1
    assert not is_a_name(said, start, start + len("el sexto faro"))
    assert not is_no_quotation(said, start, start + len("el sexto faro"))
