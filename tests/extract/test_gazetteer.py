"""The shared gazetteer: length-keeping folding, whole words, capitals, stems, longest match."""

from __future__ import annotations

import random

import pytest

from flows.extract.gazetteer import Gazetteer, Hit, fold_keep_length, longest_non_overlapping


@pytest.mark.parametrize(
    "text", ["Bárcena", "ÁÉÍÓÚ Ñandú", "straße", "İstanbul", "e\u0301", "Mexico’s", "日本", "\u2028x"]
)
def test_folding_keeps_every_offset(text: str) -> None:
    assert len(fold_keep_length(text)) == len(text)


def test_folding_removes_accents_and_case() -> None:
    assert fold_keep_length("Ciudad de MÉXICO") == "ciudad de mexico"


def found(gazetteer: Gazetteer[str], text: str) -> list[tuple[str, str]]:
    return [(text[h.start : h.end], h.value) for h in gazetteer.find(text)]


def test_whole_words_capitals_and_longest_match() -> None:
    gazetteer = Gazetteer([("Mexico", "MX"), ("Mexico City", "MXC"), ("US", "US")])
    assert found(gazetteer, "Mexico City, MEXICO, mexico, Mexicodo, US, us") == [
        ("Mexico City", "MXC"),
        ("MEXICO", "MX"),
        ("US", "US"),
    ]


def test_stems_cover_the_whole_word() -> None:
    gazetteer = Gazetteer([("migra*", "migration")])
    assert found(gazetteer, "Migración, inmigrantes, migrants") == [
        ("Migración", "migration"),
        ("migrants", "migration"),
    ]


def test_first_listing_of_a_name_wins() -> None:
    gazetteer = Gazetteer([("Georgia", "country"), ("Georgia", "state")])
    assert found(gazetteer, "Georgia") == [("Georgia", "country")]


def test_accept_can_turn_down_a_hit_so_a_shorter_one_wins() -> None:
    gazetteer = Gazetteer([("New York", "state"), ("New York Times", "newspaper")])
    hits = gazetteer.find("the New York Times", accept=lambda _text, hit: hit.value != "newspaper")
    assert [h.value for h in hits] == ["state"]


def test_a_later_spelling_relaxes_the_capitals_but_keeps_the_first_value() -> None:
    gazetteer = Gazetteer([("Río Bravo", "river"), ("río Bravo", "other")])
    assert found(gazetteer, "el río Bravo y el RÍO BRAVO, no el río bravo") == [
        ("río Bravo", "river"),
        ("RÍO BRAVO", "river"),
    ]


def test_folding_a_text_folds_each_character_on_its_own() -> None:
    chars = [chr(code) for code in range(0x80, 0x3000) if len(chr(code).lower()) == 1]
    for size in (1, 7, len(chars)):  # few different characters, as in an article, and all at once
        text = " ".join(chars[:size] * 3)
        assert fold_keep_length(text) == " ".join(fold_keep_length(char) for char in chars[:size] * 3)


def test_shared_gazetteers_find_what_they_would_alone_even_when_one_joins_later() -> None:
    text = "Greenland and New Caledonia, then Caledonia and the US."
    alone = [Gazetteer([("Greenland", 1), ("Caledonia", 2)]), Gazetteer([("New Caledonia", 3), ("US", 4)])]
    first = Gazetteer([("Greenland", 1), ("Caledonia", 2)], shared=True)
    assert found(first, text) == found(alone[0], text)
    second = Gazetteer([("New Caledonia", 3), ("US", 4)], shared=True)  # joins after a scan
    assert found(second, text) == found(alone[1], text) == [("New Caledonia", 3), ("US", 4)]
    assert found(first, text) == found(alone[0], text) == [("Greenland", 1), ("Caledonia", 2), ("Caledonia", 2)]


def _longest_all_at_once(hits: list[Hit[int]]) -> list[Hit[int]]:
    """The rule as first written: every hit by length, the longest first, kept where no kept one lies."""
    kept: list[Hit[int]] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if all(hit.end <= other.start or other.end <= hit.start for other in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


@pytest.mark.parametrize("seed", range(40))
def test_overlaps_settled_group_by_group_are_those_settled_all_at_once(seed: int) -> None:
    rng = random.Random(seed)
    # Even seeds: hits apart (the path of no overlap); odd seeds: dense ones, in groups, with ties and twins.
    if seed % 2 == 0:
        starts = sorted(rng.sample(range(0, 400, 10), 12))
        hits = [Hit(start, start + rng.randint(1, 10), index) for index, start in enumerate(starts)]
    else:
        hits = []
        for index in range(rng.randint(2, 30)):
            start = rng.randrange(60)
            hits.append(Hit(start, start + rng.randint(1, 8), index))
        hits.extend(Hit(hit.start, hit.end, hit.value + 100) for hit in hits[:3])  # the same span found twice
    rng.shuffle(hits)
    assert longest_non_overlapping(hits) == _longest_all_at_once(hits)
