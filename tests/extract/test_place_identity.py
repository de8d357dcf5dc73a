"""Which city a name is: long city names that begin with another city's name ("Santiago de Cuba",
"Santa Cruz de Tenerife"), a bare short name read in the article's context, and city names that look
like a given name and a surname ("Santiago de Compostela") or that a person's name holds ("Santiago Peña")."""

from __future__ import annotations

import pytest
from article_helpers import published_mentions

from flows.extract.places import country_of, find_places


def places(text: str) -> list[tuple[str, str]]:
    return [(text[s.char_start : s.char_end], s.name) for s in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "La tormenta dejó sin luz a Santiago de Cuba durante dos días.",
            [("Santiago de Cuba", "Santiago de Cuba")],
            id="santiago-de-cuba",
        ),
        pytest.param(
            "Vendors in Santiago de los Caballeros closed early on Friday.",
            [("Santiago de los Caballeros", "Santiago de los Caballeros")],
            id="santiago-de-los-caballeros",
        ),
        pytest.param(
            "El ferry unirá Santa Cruz de Tenerife con la península.",
            [("Santa Cruz de Tenerife", "Santa Cruz de Tenerife")],
            id="santa-cruz-de-tenerife",
        ),
        pytest.param(
            "Los productores de Santa Cruz de la Sierra piden lluvia.",
            [("Santa Cruz de la Sierra", "Santa Cruz")],
            id="the-largest-keeps-the-short-name",
        ),
        pytest.param(
            "A new road links San Cristóbal de las Casas with the coast.",
            [("San Cristóbal de las Casas", "San Cristóbal de las Casas")],
            id="san-cristobal-de-las-casas",
        ),
        pytest.param(
            "El hotel abrió en San José del Cabo y cerró en Guadalajara.",
            [("San José del Cabo", "San José del Cabo"), ("Guadalajara", "Guadalajara")],
            id="smaller-city-with-a-capitals-name",
        ),
        pytest.param(
            "Acapulco de Juárez, o Acapulco.",
            [("Acapulco de Juárez", "Acapulco"), ("Acapulco", "Acapulco")],
            id="unshared-short-name-still-names-the-city",
        ),
    ],
)
def test_a_long_printed_name_that_is_a_city_is_that_city(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected


def test_long_named_cities_are_in_their_own_country() -> None:
    assert country_of("Santiago de Cuba") == "CU"
    assert country_of("Santa Cruz de Tenerife") == "ES"
    assert country_of("Santiago") == "CL"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "El huracán golpeó Santiago de Cuba el martes. En Santiago, los vecinos barrían las calles.",
            [("Santiago de Cuba", "Santiago de Cuba"), ("Santiago", "Santiago de Cuba")],
            id="named-in-full-before",
        ),
        pytest.param(
            "In Santiago the rain stopped at noon; Santiago de los Caballeros had a quiet night.",
            [("Santiago", "Santiago de los Caballeros"), ("Santiago de los Caballeros", "Santiago de los Caballeros")],
            id="named-in-full-after",
        ),
        pytest.param(
            "Cuba reabrió el puerto de Santiago tras el paso del huracán.",
            [("Cuba", "Cuba"), ("Santiago", "Santiago de Cuba")],
            id="country-named",
        ),
        pytest.param(
            "The ferry from Santa Cruz reached Madrid's port of call after a delay, Spain said.",
            [("Santa Cruz", "Santa Cruz de Tenerife"), ("Madrid", "Madrid"), ("Spain", "Spain")],
            id="country-of-another-place",
        ),
        pytest.param(
            "Vuelos de Santa Cruz de Tenerife a Santa Cruz de la Sierra.",
            [("Santa Cruz de Tenerife", "Santa Cruz de Tenerife"), ("Santa Cruz de la Sierra", "Santa Cruz")],
            id="the-largests-long-name-is-not-bare",
        ),
    ],
)
def test_a_bare_short_name_follows_the_article(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "El gobierno de Chile anunció en Santiago un plan de vivienda.",
            [("Chile", "Chile"), ("Santiago", "Santiago")],
            id="chilean-context",
        ),
        pytest.param(
            "Chile y Cuba firmaron el acuerdo en Santiago.",
            [("Chile", "Chile"), ("Cuba", "Cuba"), ("Santiago", "Santiago")],
            id="both-countries-named",
        ),
        pytest.param("Flights to Santiago resumed on Monday.", [("Santiago", "Santiago")], id="no-context"),
        pytest.param(
            "Valencia y Caracas firmaron; luego Valencia habló con Madrid.",
            [("Valencia", "Valencia"), ("Caracas", "Caracas"), ("Valencia", "Valencia"), ("Madrid", "Madrid")],
            id="same-name-cities-are-one-place",
        ),
    ],
)
def test_a_bare_short_name_stays_the_largest_city_without_other_context(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Peregrinos\n\nLa ministra viajó a Santiago de Compostela el lunes para reunirse con los peregrinos.",
            ("place", "Santiago de Compostela", "Santiago de Compostela"),
            id="santiago-de-compostela-es",
        ),
        pytest.param(
            "Pilgrims\n\nThe walkers reached Santiago de Compostela after five weeks on the road.",
            ("place", "Santiago de Compostela", "Santiago de Compostela"),
            id="santiago-de-compostela-en",
        ),
        pytest.param(
            "Viaje\n\nLa delegación llegó a Santiago de Chile el jueves.",
            ("place", "Santiago", "Santiago"),
            id="santiago-de-chile",
        ),
        pytest.param(
            "Feria\n\nLos artesanos de San Miguel de Allende venden en la plaza.",
            ("place", "San Miguel de Allende", "San Miguel de Allende"),
            id="san-miguel-de-allende",
        ),
    ],
)
def test_a_city_that_looks_like_a_given_name_and_a_surname_is_no_person(
    body: str, expected: tuple[str, str, str]
) -> None:
    mentions = published_mentions(body, "es")
    assert expected in mentions
    assert not [m for m in mentions if m[0] == "person"]


@pytest.mark.parametrize(
    ("body", "person"),
    [
        pytest.param("Visita\n\nSantiago Peña llegó a Asunción el lunes.", "Santiago Peña", id="santiago-pena"),
        pytest.param(
            "Premio\n\nVictoria Álvarez recibió el premio en Sevilla.", "Victoria Álvarez", id="victoria-alvarez"
        ),
        pytest.param("Gala\n\nParis Hilton arrived at the gala in Madrid.", "Paris Hilton", id="paris-hilton"),
        pytest.param(
            "Pesca\n\nJuan Fernández dijo que la pesca de langosta mejoró.", "Juan Fernández", id="juan-fernandez"
        ),
        pytest.param(
            "Acto\n\nEl alcalde Santiago de la Vega inauguró la plaza en Santiago.",
            "Santiago de la Vega",
            id="given-name-de-surname",
        ),
    ],
)
def test_people_whose_names_hold_a_place_word_stay_people(body: str, person: str) -> None:
    assert ("person", person, person) in published_mentions(body, "es")


def test_a_surname_that_is_a_city_stays_the_persons_without_a_speech_verb() -> None:
    body = (
        "Budget\n\nCongresswoman Elvia de León said the budget for Honduras would pass.\n\n"
        "That was how de León summed up the week in the capital."
    )
    mentions = published_mentions(body, "en")
    assert ("person", "de León", "Elvia de León") in mentions
    assert not [m for m in mentions if m[0] == "place" and m[2] == "León"]
