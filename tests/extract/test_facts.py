"""The combiner: rows valid against the table schemas, overlaps settled, entities merged deterministically."""

from __future__ import annotations

import itertools
from pathlib import Path

import polars as pl
import pytest
from article_helpers import article, published_mentions

from flows import entity_merge
from flows.article import article_text_from_file
from flows.entity_merge import EntityMerger, merge_entities
from flows.extract.facts import extract_facts, resolve_overlaps
from flows.extract.types import EntitySpan, entity_id
from flows.tables import to_arrow
from schemas.derive import polars_schema
from schemas.entities import Entities
from schemas.mentions import Mentions
from schemas.quotes import Quotes

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))


@pytest.mark.parametrize("path", SEEDS, ids=[p.name for p in SEEDS])
def test_rows_fit_their_schemas_and_point_into_the_text(path: Path) -> None:
    doc = article_text_from_file(path)
    facts = extract_facts(doc)
    for model, rows in ((Quotes, facts.quotes), (Mentions, facts.mentions), (Entities, merge_entities(facts.entities))):
        model.validate(pl.DataFrame(rows, schema=polars_schema(model)), lazy=True)
    for row in facts.quotes:
        assert doc.text[row["char_start"] : row["char_end"]] == row["text"]
    for row in facts.mentions:
        assert doc.text[row["char_start"] : row["char_end"]] == row["mention_text"]
    entity_ids = {row["entity_id"] for row in facts.entities}
    assert {row["entity_id"] for row in facts.mentions} == entity_ids
    assert {row["speaker_entity_id"] for row in facts.quotes} - {None} <= entity_ids


def test_a_person_wins_over_a_place_inside_it_and_longer_spans_win_otherwise() -> None:
    person = EntitySpan("person", "Manuel López San Martín", 10, 33)
    place = EntitySpan("place", "San Martín", 23, 33)
    organization = EntitySpan("organization", "Banco San Martín", 17, 33)
    short_person = EntitySpan("person", "Martín", 27, 33)
    assert resolve_overlaps([place, person]) == [person]
    assert resolve_overlaps([short_person, organization]) == [organization]
    assert resolve_overlaps([EntitySpan("place", "Lima", 0, 4), person]) == [EntitySpan("place", "Lima", 0, 4), person]


def test_a_place_wins_over_a_person_of_the_same_words_without_a_role() -> None:
    place = EntitySpan("place", "Lázaro Cárdenas", 30, 45)
    person = EntitySpan("person", "Lázaro Cárdenas", 30, 45)
    senator = EntitySpan("person", "Lázaro Cárdenas", 30, 45, role_title="Senator")
    assert resolve_overlaps([person, place]) == [place]
    assert resolve_overlaps([place, senator]) == [senator]


def test_extract_facts_keeps_people_against_places_inside_their_names() -> None:
    doc = article("In a radio interview with Manuel López San Martín, Ana Gil spoke.")
    names = {row["mention_text"] for row in extract_facts(doc).mentions}
    assert "Manuel López San Martín" in names and "San Martín" not in names


def _observation(name: str, aliases: list[str]) -> dict[str, object]:
    return {"entity_id": entity_id("person", name), "entity_type": "person", "canonical_name": name, "aliases": aliases}


def test_merge_prefers_accents_then_frequency_and_is_order_free() -> None:
    observations = [
        _observation("Andres Manuel Lopez Obrador", ["Lopez Obrador"]),
        _observation("Andres Manuel Lopez Obrador", ["Andres Manuel Lopez Obrador"]),
        _observation("Andrés Manuel López Obrador", ["López Obrador"]),
        _observation("Ana Gil", ["Gil"]),
    ]
    results = [merge_entities(order) for order in itertools.permutations(observations)]
    assert all(result == results[0] for result in results)
    by_name = {row["canonical_name"]: row for row in results[0]}
    assert set(by_name) == {"Andrés Manuel López Obrador", "Ana Gil"}
    assert by_name["Andrés Manuel López Obrador"]["aliases"] == [
        "Andres Manuel Lopez Obrador",
        "Andrés Manuel López Obrador",
        "Lopez Obrador",
        "López Obrador",
    ]


def test_merging_on_disk_batch_by_batch_gives_the_rows_of_one_merge(tmp_path: Path) -> None:
    observations = [
        _observation("Zoe Ek", ["Ek", "Zoë Ek", "ZOE EK", "Zo\U0001d522 Ek"]),  # sorted by code point, past the BMP
        _observation("Ana Gil", ["Gil"]),
        _observation("Zoë Ek", ["Ek"]),
        _observation("ANA GIL", []),
        _observation("ANA GIL", ["A. Gil"]),
    ]
    merger = EntityMerger(tmp_path / "entities")
    for batch in (observations[3:], observations[:1], observations[1:3]):
        merger.add(to_arrow("entities", batch))
    assert list(merger.rows()) == merge_entities(observations)
    merger.close()
    zoe = next(row for row in merge_entities(observations) if row["canonical_name"] == "Zoë Ek")
    assert zoe["aliases"] == sorted(zoe["aliases"]) and len(zoe["aliases"]) == 5


def test_merging_range_by_range_gives_the_rows_of_one_merge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Large merges go to DuckDB a range of entity ids at a time; the ranges must add up to one merge."""
    names = [f"Person {n}" for n in range(300)]
    observations = [_observation(names[(i * 7) % 300], [names[(i * 11) % 300]]) for i in range(900)]
    whole = merge_entities(observations)
    monkeypatch.setattr(entity_merge, "PARTITION_BYTES", 1)  # as many ranges as there can be
    merger = EntityMerger(tmp_path / "entities")
    for start in range(0, 900, 200):
        merger.add(to_arrow("entities", observations[start : start + 200]))
    assert list(merger.rows()) == whole
    assert len(list((tmp_path / "entities").glob("aliases-sorted-*.parquet"))) == 256
    merger.close()


@pytest.mark.parametrize("parts", [0, 1, 2, 3, 16, 100, 256, 1000])
def test_id_ranges_cover_every_string_once_in_order(parts: int) -> None:
    ranges = entity_merge.id_ranges(parts)
    assert len(ranges) == min(max(parts, 1), 256)
    assert ranges[0][0] is None and ranges[-1][1] is None
    assert all(high == low for (_, high), (low, _) in itertools.pairwise(ranges))
    inner = [low for low, _ in ranges[1:]]
    assert inner == sorted(set(inner))


def test_merge_prefers_the_most_frequent_then_the_first_in_order() -> None:
    frequent = [_observation("Ana Gil", []), _observation("ANA GIL", []), _observation("ANA GIL", [])]
    assert merge_entities(frequent)[0]["canonical_name"] == "ANA GIL"
    tied = [_observation("Ana Gil", []), _observation("ANA GIL", [])]
    assert merge_entities(tied)[0]["canonical_name"] == "ANA GIL"


def test_a_place_inside_an_organization_name_is_not_a_mention_of_its_own() -> None:
    facts = extract_facts(article("The Bank of Mexico raised rates, officials in Mexico said."))
    mentions = [(m["mention_text"], m["char_start"]) for m in facts.mentions]
    assert ("Bank of Mexico", 4) in mentions
    assert ("Mexico", 12) not in mentions
    assert ("Mexico", 46) in mentions


@pytest.mark.parametrize(
    ("body", "organization", "places"),
    [
        pytest.param(
            "Leaders of the Pakistan Muslim League-N met in Lahore.",
            "Pakistan Muslim League-N",
            ["Lahore"],
            id="a-party-with-its-faction-letter",
        ),
        pytest.param(
            "LAHORE, (Pakistan Point News - 3rd Mar, 2021 ) : The governor met traders in Pakistan.",
            "Pakistan Point News",
            ["Lahore", "Pakistan"],
            id="an-outlet-s-news",
        ),
        pytest.param(
            "The minister told Europe 1 radio that France would not block the deal.",
            "Europe 1",
            ["France"],
            id="a-broadcaster-named-after-a-region",
        ),
        pytest.param(
            "La congresista Ana Ruiz (Somos Perú) pidió que el Perú revise el presupuesto.",
            "Somos Perú",
            ["Peru"],
            id="a-legislator-s-party-in-brackets",
        ),
    ],
)
def test_a_place_inside_a_party_s_or_an_outlet_s_name_is_no_mention_of_it(
    body: str, organization: str, places: list[str]
) -> None:
    mentions = published_mentions(body)
    assert ("organization", organization, organization) in mentions
    assert [name for kind, _, name in mentions if kind == "place"] == places


def test_a_place_loses_to_a_person_of_the_same_words_who_speaks() -> None:
    place = EntitySpan("place", "Valencia", 60, 68)
    speaker = EntitySpan("person", "Paloma Valencia", 60, 68, speaks=True)
    assert resolve_overlaps([place, speaker]) == [speaker]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            'La senadora Paloma Valencia criticó la reforma.\n\n"No la vamos a aprobar", respondió Valencia.',
            id="speech-verb-before",
        ),
        pytest.param(
            "La senadora Paloma Valencia criticó la reforma.\n\nValencia dijo que votará en contra.",
            id="speech-verb-after",
        ),
    ],
)
def test_a_surname_that_is_also_a_city_speaks_as_the_person(body: str) -> None:
    found = published_mentions(body, "es")
    assert [(kind, name) for kind, _, name in found] == [("person", "Paloma Valencia")] * 2


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "El ministro viajó a Valencia para reunirse con empresarios. Valencia dijo adiós al verano.",
            [("place", "Valencia")] * 2,
            id="no-person-of-that-surname",
        ),
        pytest.param(
            "Mayor Ana Ortiz spoke. Residents of Santiago de Cuba say the violence has changed their lives.",
            [("person", "Ana Ortiz"), ("place", "Santiago de Cuba")],
            id="a-city-after-a-preposition-is-not-the-subject",
        ),
        pytest.param(
            "La senadora Paloma Valencia criticó la reforma antes de viajar a Valencia.",
            [("person", "Paloma Valencia"), ("place", "Valencia")],
            id="the-city-in-an-article-about-the-person",
        ),
    ],
)
def test_a_city_named_like_a_surname_stays_a_place_where_nobody_speaks(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert [(kind, name) for kind, _, name in published_mentions(body, "es")] == expected


_LA_TIMES = ("organization", "Los Angeles Times", "Los Angeles Times")
_EL_PASO = ("organization", "El Paso Electric Co.", "El Paso Electric Co.")
_POST = ("organization", "Washington Post", "Washington Post")


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        pytest.param("Los Angeles Times editors said so.", "en", [_LA_TIMES], id="spanish-article-of-the-city"),
        pytest.param("El Paso Electric Co. raised its rates.", "en", [_EL_PASO], id="company"),
        pytest.param("El Washington Post publicó la carta.", "es", [_POST], id="article-of-the-sentence"),
    ],
)
def test_an_organization_read_from_inside_a_place_takes_the_place_s_first_words(
    body: str, language: str, expected: list[tuple[str, str, str]]
) -> None:
    assert published_mentions(body, language) == expected


def test_an_organization_takes_no_article_a_place_is_listed_with() -> None:
    body = "Funds went to the Caribbean Flood Relief Foundation last year."
    expected = ("organization", "Caribbean Flood Relief Foundation", "Caribbean Flood Relief Foundation")
    assert published_mentions(body) == [expected]
