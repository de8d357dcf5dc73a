"""A bare "Congress", "Senate", "House of Representatives", "el Congreso" or "el Senado" is the body of the
country printed with it, else of the article's country; the U.S. body keeps its bare name."""

from __future__ import annotations

from dataclasses import replace

import pytest
from article_helpers import article

from flows.extract.facts import extract_facts
from flows.extract.types import entity_id


def organizations(body: str, language: str = "en", dateline: str | None = None) -> list[tuple[str, str]]:
    """(mention as printed, canonical name) of every organization mention `extract_facts` publishes."""
    facts = extract_facts(replace(article(body, language), dateline_place=dateline))
    names = {e["entity_id"]: e["canonical_name"] for e in facts.entities if e["entity_type"] == "organization"}
    return [(m["mention_text"], names[m["entity_id"]]) for m in facts.mentions if m["entity_id"] in names]


@pytest.mark.parametrize(
    ("body", "language", "dateline", "expected"),
    [
        (
            "The pension reform must still be approved by Congress, and the Senate will vote on it in May.",
            "en",
            "Lima",
            [("Congress", "Congress (Peru)"), ("Senate", "Senate (Peru)")],
        ),
        (
            "La reforma de las pensiones aún debe ser aprobada por el Congreso, dijo el ministro.",
            "es",
            "Bogotá",
            [("Congreso", "Congress (Colombia)")],
        ),
        (
            "El Senado aprobó por mayoría la ley de presupuesto, que ahora pasa a la Cámara de Representantes.",
            "es",
            "Montevideo",
            [("Senado", "Senate (Uruguay)"), ("Cámara de Representantes", "House of Representatives (Uruguay)")],
        ),
        # No dateline: the country the article's places name most.
        (
            "Farmers in Chile and Argentina protested. In Santiago, Congress debated the water law for Chile.",
            "en",
            None,
            [("Congress", "Congress (Chile)")],
        ),
    ],
)
def test_a_bare_body_is_that_of_the_article_country(
    body: str, language: str, dateline: str | None, expected: list[tuple[str, str]]
) -> None:
    assert organizations(body, language, dateline) == expected


def test_the_united_states_bodies_keep_their_names_and_ids() -> None:
    body = "The bill now goes to Congress, where the House of Representatives is expected to pass it."
    expected = [("Congress", "Congress"), ("House of Representatives", "House of Representatives")]
    assert organizations(body, "en", "Washington") == expected
    # An English article that names no country: the U.S. bodies, as always.
    assert organizations(body) == expected
    facts = extract_facts(article(body))
    assert entity_id("organization", "Congress") in {m["entity_id"] for m in facts.mentions}


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("Officials said the U.S. Congress would not fund the wall.", "en", [("U.S. Congress", "Congress")]),
        ("The Peruvian Congress voted to remove the minister.", "en", [("Peruvian Congress", "Congress (Peru)")]),
        ("Lawmakers in Peru's Congress voted to remove him.", "en", [("Congress", "Congress (Peru)")]),
        (
            "The Colombian House of Representatives passed it.",
            "en",
            [("House of Representatives", "House of Representatives (Colombia)")],
        ),
        ("A motion before the Congress of Peru failed.", "en", [("Congress of Peru", "Congress (Peru)")]),
        ("El Congreso peruano destituyó al ministro.", "es", [("Congreso", "Congress (Peru)")]),
        ("El Congreso de Colombia aprobó la reforma.", "es", [("Congreso de Colombia", "Congress (Colombia)")]),
        ("El Senado chileno rechazó el proyecto.", "es", [("Senado", "Senate (Chile)")]),
        ("El Congreso de Estados Unidos aprobó el gasto.", "es", [("Congreso de Estados Unidos", "Congress")]),
        ("El Congreso de la Unión aprobó la reforma.", "es", [("Congreso de la Unión", "Congreso de la Unión")]),
    ],
)
def test_a_country_printed_with_the_body_wins(body: str, language: str, expected: list[tuple[str, str]]) -> None:
    # The dateline is Madrid: the printed country wins over the article's.
    assert organizations(body, language, "Madrid") == expected


def test_mexico_congress_is_the_congreso_de_la_union() -> None:
    body = "The judicial reform still needs the approval of Congress, the president said."
    assert organizations(body, "en", "Mexico City") == [("Congress", "Congreso de la Unión")]


def test_the_republic_and_the_nation_are_the_article_country() -> None:
    body = "El Congreso de la República aprobó la ley y el Senado de la República la ratificó."
    assert organizations(body, "es", "Lima") == [
        ("Congreso de la República", "Congress (Peru)"),
        ("Senado de la República", "Senate (Peru)"),
    ]


def test_a_bare_body_follows_the_country_printed_with_it_before() -> None:
    body = (
        "WASHINGTON officials watched the Peruvian Congress closely.\n\n"
        "Congress voted 87 to 20 to remove the president, local media reported."
    )
    assert organizations(body, "en", "Washington") == [
        ("Peruvian Congress", "Congress (Peru)"),
        ("Congress", "Congress (Peru)"),
    ]


def test_a_bare_body_takes_the_country_printed_last_before_it_else_first_after_it() -> None:
    body = (
        "Congress met on the budget while the Senate waited.\n\n"
        "The Chilean Congress approved it, and the Peruvian Senate rejected a similar plan.\n\n"
        "The Peruvian Congress will vote next week. Congress has done so before, and the Senate too."
    )
    assert organizations(body, "en", "Washington") == [
        ("Congress", "Congress (Chile)"),
        ("Senate", "Senate (Peru)"),
        ("Chilean Congress", "Congress (Chile)"),
        ("Peruvian Senate", "Senate (Peru)"),
        ("Peruvian Congress", "Congress (Peru)"),
        ("Congress", "Congress (Peru)"),
        ("Senate", "Senate (Peru)"),
    ]


def test_spanish_bare_body_of_no_country_is_no_mention() -> None:
    body = "La medida aún debe ser aprobada por el Congreso, según el Senado."
    assert organizations(body, "es") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A state's body, and bodies of no country at all, are left as read.
        (
            "The Texas House of Representatives passed the bill.",
            [("Texas House of Representatives", "Texas House of Representatives")],
        ),
        ("The Texas Senate passed the bill.", [("Texas Senate", "Texas Senate")]),
        ("The Student Congress met on campus.", [("Student Congress", "Student Congress")]),
    ],
)
def test_bodies_of_no_country_are_left_as_read(body: str, expected: list[tuple[str, str]]) -> None:
    assert organizations(body, "en", "Lima") == expected


def test_a_congress_of_professionals_is_left_as_read() -> None:
    body = "El Congreso de Periodistas se reunió en Lima."
    assert organizations(body, "es", "Lima") == [("Congreso de Periodistas", "Congreso de Periodistas")]
