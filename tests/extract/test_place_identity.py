"""Which city a name is: long city names that begin with another city's name ("Santiago de Cuba",
"Santa Cruz de Tenerife"), a bare short name read in the article's context, and city names that look
like a given name and a surname ("Santiago de Compostela") or that a person's name holds ("Santiago Peña")."""

from __future__ import annotations

import pytest
from article_helpers import published_mentions

from flows.article import build_article
from flows.extract.facts import extract_facts
from flows.extract.organization_names import DATELINE_WIRES, NEWS_AGENCY_NAMES
from flows.extract.place_names import WIRE_HOME_COUNTRIES
from flows.extract.places import country_of, dateline_country, find_dateline_places, find_places
from flows.extract.types import entity_id


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
            id="a-shared-name-with-both-countries-named",
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "La cumbre se celebrará en San José, Costa Rica, a partir del lunes.",
            [("San José", "San José (Costa Rica)"), ("Costa Rica", "Costa Rica")],
            id="comma-es",
        ),
        pytest.param(
            "Police in Valencia, Spain, said the floods had killed three people.",
            [("Valencia", "Valencia (Spain)"), ("Spain", "Spain")],
            id="comma-en",
        ),
        pytest.param(
            "Las lluvias anegaron Mérida (Venezuela) durante el fin de semana.",
            [("Mérida", "Mérida (Venezuela)"), ("Venezuela", "Venezuela")],
            id="brackets-es",
        ),
        pytest.param(
            "The plant in London, Ontario, will close in May.",
            [("London", "London (Canada)"), ("Ontario", "Ontario")],
            id="province-en",
        ),
        pytest.param(
            "Tech workers in San Jose, California, and in San José, Costa Rica, walked out.",
            [
                ("San Jose", "San Jose"),
                ("California", "California"),
                ("San José", "San José (Costa Rica)"),
                ("Costa Rica", "Costa Rica"),
            ],
            id="the-largests-own-country",
        ),
        pytest.param(
            "The foreign ministers of Chile and Cuba met in Santiago, Cuba, on Friday.",
            [("Chile", "Chile"), ("Cuba", "Cuba"), ("Santiago", "Santiago de Cuba"), ("Cuba", "Cuba")],
            id="a-long-named-city",
        ),
    ],
)
def test_a_city_named_with_its_country_beside_it_is_that_country_s(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "El Gobierno de Costa Rica anunció en San José un plan contra la sequía.",
            [("Costa Rica", "Costa Rica"), ("San José", "San José (Costa Rica)")],
            id="country-es",
        ),
        pytest.param(
            "Flights between Madrid and Valencia resumed on Monday after the storm.",
            [("Madrid", "Madrid"), ("Valencia", "Valencia (Spain)")],
            id="another-city-en",
        ),
        pytest.param(
            "Los alcaldes de Murcia y Cartagena pidieron agua para el campo.",
            [("Murcia", "Murcia"), ("Cartagena", "Cartagena (Spain)")],
            id="another-city-es",
        ),
        pytest.param(
            "Veracruz sent troops to Córdoba after the clashes.",
            [("Veracruz", "Veracruz"), ("Córdoba", "Córdoba (Mexico)")],
            id="a-state",
        ),
        pytest.param(
            "Llegó a San José, Costa Rica, el lunes; Estados Unidos envió ayuda. En San José hubo cortes de luz.",
            [
                ("San José", "San José (Costa Rica)"),
                ("Costa Rica", "Costa Rica"),
                ("Estados Unidos", "United States"),
                ("San José", "San José (Costa Rica)"),
            ],
            id="named-with-its-country-elsewhere",
        ),
    ],
)
def test_a_city_that_shares_its_name_follows_the_article(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Córdoba y Buenos Aires firmaron el acuerdo.",
            [("Córdoba", "Córdoba"), ("Buenos Aires", "Buenos Aires")],
            id="largests-country",
        ),
        pytest.param(
            "Los vuelos entre Madrid y Caracas hacen escala en Valencia.",
            [("Madrid", "Madrid"), ("Caracas", "Caracas"), ("Valencia", "Valencia")],
            id="both-countries",
        ),
        pytest.param(
            "Thousands marched in Cartagena and Paris on Sunday.",
            [("Cartagena", "Cartagena"), ("Paris", "Paris")],
            id="neither-country",
        ),
    ],
)
def test_a_city_that_shares_its_name_is_the_largest_without_other_context(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert places(text) == expected


def test_cities_that_share_a_name_are_apart_and_in_their_own_country() -> None:
    assert (country_of("San Jose"), country_of("San José (Costa Rica)")) == ("US", "CR")
    assert (country_of("Valencia"), country_of("Valencia (Spain)")) == ("VE", "ES")
    assert (country_of("Córdoba"), country_of("Córdoba (Spain)"), country_of("Córdoba (Mexico)")) == ("AR", "ES", "MX")
    assert entity_id("place", "San José (Costa Rica)") != entity_id("place", "San Jose")


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        pytest.param("SANTO DOMINGO", "Santo Domingo", id="the-largest-and-capital"),
        pytest.param("SAN JOSÉ", "San José (Costa Rica)", id="a-capital-over-a-larger-city"),
        pytest.param("Valencia", "Valencia", id="no-capital-the-largest"),
        pytest.param("SANTIAGO", "Santiago", id="the-short-name"),
        pytest.param("SAN JOSE, California", "San Jose", id="its-state-printed"),
        pytest.param("SANTO DOMINGO, Ecuador", "Santo Domingo de los Colorados", id="its-country-printed"),
        pytest.param("VALENCIA, España", "Valencia (Spain)", id="its-country-printed-in-spanish"),
    ],
)
def test_a_dateline_place_is_where_the_story_was_filed(dateline: str, expected: str) -> None:
    assert [span.name for span in find_dateline_places(dateline)][:1] == [expected]


# A bare dateline name, the wire that files it, and the city it means.
_WIRE_DATELINES = {
    "spanish-wire-spanish-city": ("CÓRDOBA", "EFE", "Córdoba (Spain)"),
    "spanish-wire-as-papers-print-it": ("Valencia", "Efe", "Valencia (Spain)"),
    "spanish-wire-in-capitals": ("LEÓN", "EUROPA PRESS", "León (Spain)"),
    "mexican-wire-mexican-city": ("CÓRDOBA", "Notimex", "Córdoba (Mexico)"),
    "mexican-wire-by-its-acronym": ("CÓRDOBA", "NTX", "Córdoba (Mexico)"),
    "world-service-the-largest": ("CÓRDOBA", "AP", "Córdoba"),
    "world-service-no-home": ("VALENCIA", "Reuters", "Valencia"),
    "no-such-city-at-home-the-capital": ("SAN JOSÉ", "EFE", "San José (Costa Rica)"),
    "home-city-known-by-a-longer-name": ("SANTIAGO", "Prensa Latina", "Santiago"),
    "its-state-printed-over-the-wire": ("CÓRDOBA, Veracruz", "EFE", "Córdoba (Mexico)"),
}


@pytest.mark.parametrize(("dateline", "agency", "expected"), _WIRE_DATELINES.values(), ids=_WIRE_DATELINES.keys())
def test_a_national_wire_s_dateline_is_filed_from_its_home_country(dateline: str, agency: str, expected: str) -> None:
    """A national wire prints the country beside a city abroad ('Córdoba (Argentina), 3 mar (EFE).-'): a bare
    name that a city of its home country bears is that city; the world services have no home."""
    assert [span.name for span in find_dateline_places(dateline, agency)][:1] == [expected]


# A national wire's bare dateline city, and the story under it.
_STORIES_UNDER_A_WIRE = {
    "names-the-largest-s-country": ("Córdoba", "EFE", "Los votantes de Argentina eligen gobernador.", "Córdoba"),
    # Then the dateline is read as any wire's: the home rule gives way, the story does not pick the city.
    "names-a-smaller-namesake-s-country": ("CÓRDOBA", "EFE", "El gobierno de México abrió un hospital.", "Córdoba"),
    "names-home-too": ("Córdoba", "EFE", "Argentina y España firmaron un acuerdo.", "Córdoba (Spain)"),
    "names-no-namesake-s-country": ("Valencia", "EFE", "Turistas de Francia llenaron las playas.", "Valencia (Spain)"),
}


@pytest.mark.parametrize(
    ("dateline", "agency", "story", "expected"), _STORIES_UNDER_A_WIRE.values(), ids=_STORIES_UNDER_A_WIRE.keys()
)
def test_a_story_that_names_only_a_namesake_s_country_says_the_wire_filed_from_abroad(
    dateline: str, agency: str, story: str, expected: str
) -> None:
    assert [span.name for span in find_dateline_places(dateline, agency, story)] == [expected]


def test_a_national_wire_s_dateline_city_is_the_body_s_city_and_country() -> None:
    text = (
        "Fiestas\n\nCÓRDOBA (EFE) — El ayuntamiento de Córdoba abrió este lunes el plazo para los patios, "
        "informó el consistorio.\n"
    )
    assert canonical_names_of(text, "Córdoba") == ["Córdoba (Spain)"]
    article = build_article(text.encode(), "a.txt", "0" * 64, None).text()
    assert dateline_country(article) == "ES"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Migración\n\nSANTO DOMINGO, 3 mar (EFE).- Cientos de migrantes de Ecuador esperan en Santo Domingo "
            "un permiso de trabajo, informó la cancillería.\n",
            id="santo-domingo-es",
        ),
        pytest.param(
            "Migration\n\nSANTO DOMINGO, March 3 (Reuters) - Hundreds of migrants from Ecuador are waiting in Santo "
            "Domingo for work permits, the foreign ministry said.\n",
            id="santo-domingo-en",
        ),
    ],
)
def test_a_dateline_city_is_not_read_among_the_story_s_places(text: str) -> None:
    """The story names only Ecuador, where a smaller Santo Domingo is: the dateline is still the Dominican
    capital, and so the body's bare "Santo Domingo" is too, the dateline's country counting among the body's."""
    article = build_article(text.encode(), "a.txt", "0" * 64, None).text()
    assert [span.name for span in find_dateline_places(article.dateline_place or "")] == ["Santo Domingo"]
    assert canonical_names_of(text, "Santo Domingo") == ["Santo Domingo"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Visita\n\nEl alcalde Ernesto Mota de León recibió en Córdoba a los empresarios.",
            ("place", "Córdoba", "Córdoba"),
            id="surname-es",
        ),
        pytest.param(
            "Visit\n\nGovernor Ana Ruiz de León met the ministers in Córdoba on Monday.",
            ("place", "Córdoba", "Córdoba"),
            id="surname-en",
        ),
        pytest.param(
            # Not "León": Spain's and Nicaragua's are listed too, so that name alone says no country.
            "Visita\n\nLa alcaldesa de Xalapa recibió en Córdoba a los empresarios.",
            ("place", "Córdoba", "Córdoba (Mexico)"),
            id="a-place-after-a-title-counts",
        ),
    ],
)
def test_a_place_in_a_person_s_name_says_nothing_of_the_article_s_country(
    body: str, expected: tuple[str, str, str]
) -> None:
    assert expected in published_mentions(body, "en" if body.startswith("Visit\n") else "es")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Turismo\n\nMADRID, 3 mar (EFE).- Los hoteles de Valencia registraron en febrero una ocupación del 80 "
            "por ciento, informó el sector.\n",
            "Valencia (Spain)",
            id="madrid-es",
        ),
        pytest.param(
            "Tourism\n\nMADRID, March 3 (Reuters) - Hotels in Valencia were 80 percent full in February, the "
            "industry said.\n",
            "Valencia (Spain)",
            id="madrid-en",
        ),
        pytest.param(
            "Turismo\n\nCARACAS, 3 mar (EFE).- Los hoteles de Valencia registraron en febrero una ocupación del 80 "
            "por ciento, informó el sector.\n",
            "Valencia",
            id="caracas-keeps-the-largest",
        ),
        pytest.param(
            "Turismo\n\nLos hoteles de Valencia registraron en febrero una ocupación del 80 por ciento, informó el "
            "sector.\n",
            "Valencia",
            id="no-dateline",
        ),
    ],
)
def test_the_dateline_s_place_is_context_for_the_body_s_places(text: str, expected: str) -> None:
    assert canonical_names_of(text, "Valencia") == [expected]


def canonical_names_of(text: str, printed: str) -> list[str]:
    """The canonical name of each mention printed so in the file of `text`, its dateline read as the pipeline
    reads it."""
    article = build_article(text.encode(), "a.txt", "0" * 64, None)
    facts = extract_facts(article.text())
    names = {e["entity_id"]: e["canonical_name"] for e in facts.entities}
    return [names[m["entity_id"]] for m in facts.mentions if m["mention_text"] == printed]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Los bomberos de Toledo tardaron tres horas en apagar el fuego.",
            [("Toledo", "Toledo")],
            id="a-seat-shares-the-name-of-a-larger-city",
        ),
        pytest.param(
            "La Diputación de Burgos aprobó el presupuesto del año que viene.",
            [("Burgos", "Burgos")],
            id="a-seat-named-alone",
        ),
        pytest.param(
            "Farmers near Parma and Zacatecas lost most of the harvest.",
            [("Parma", "Parma"), ("Zacatecas", "Zacatecas")],
            id="a-seat-and-a-state-of-its-name",
        ),
    ],
)
def test_the_seat_of_a_province_named_after_it_is_a_city(text: str, expected: list[tuple[str, str]]) -> None:
    """Below the population threshold, a city that bears its province's name is its seat, and listed."""
    assert places(text) == expected


def test_a_province_s_seat_is_in_its_own_country_and_keeps_larger_cities_names() -> None:
    assert (country_of("Toledo (Spain)"), country_of("León (Spain)"), country_of("Burgos")) == ("ES", "ES", "ES")
    # Spain's León is smaller than Mexico's León de los Aldama, which GeoNames also calls León: it keeps that name.
    assert (country_of("León"), country_of("Toledo")) == ("MX", "US")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Incendio\n\nMADRID, 3 mar (EFE).- Los bomberos de Toledo controlaron el incendio de una nave "
            "industrial, informó el ayuntamiento.\n",
            "Toledo (Spain)",
            id="madrid-dateline",
        ),
        pytest.param(
            "Incendio\n\nLos bomberos de Toledo y de Sevilla controlaron dos incendios, informó Protección Civil.\n",
            "Toledo (Spain)",
            id="another-spanish-city",
        ),
        pytest.param(
            "Fire\n\nFirefighters in Toledo put out a warehouse fire on Monday, the city said.\n",
            "Toledo",
            id="no-context",
        ),
    ],
)
def test_a_province_s_seat_that_shares_its_name_follows_the_article(text: str, expected: str) -> None:
    assert canonical_names_of(text, "Toledo") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("El expresidente Alejandro Toledo llegó al juzgado.", id="seat-as-surname"),
        pytest.param("León Felipe leyó sus poemas en el exilio.", id="seat-as-given-name"),
        pytest.param("Como dijo el ministro, la reforma sigue adelante.", id="seat-as-spanish-word"),
        pytest.param("Most analysts expect a cut in March.", id="seat-as-english-word"),
        pytest.param("Rivera llegó tarde a la reunión del consejo.", id="seat-as-common-surname"),
    ],
)
def test_a_province_s_seat_named_like_a_person_or_a_word_is_no_place(text: str) -> None:
    assert places(text) == []


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        pytest.param(
            "Energía\n\nEl ministro Oswaldo Limón visitó la planta. Después de que Limón se reuniera con los "
            "sindicatos, la huelga terminó.",
            "es",
            ("person", "Limón", "Oswaldo Limón"),
            id="surname-alone-es",
        ),
        pytest.param(
            "Energy\n\nActivist Berta Segovia toured the plant on Monday. Segovia, who took part in the meeting, "
            "called it historic.",
            "en",
            ("person", "Segovia", "Berta Segovia"),
            id="surname-alone-en",
        ),
        pytest.param(
            "Turismo\n\nLa senadora Berta Segovia presentó el plan. Los hoteles de Segovia esperan un verano récord.",
            "es",
            ("place", "Segovia", "Segovia"),
            id="after-a-preposition-of-place-es",
        ),
        pytest.param(
            "Tourism\n\nSenator Berta Segovia presented the plan. Hotels in Segovia expect a record summer.",
            "en",
            ("place", "Segovia", "Segovia"),
            id="after-a-preposition-of-place-en",
        ),
    ],
)
def test_the_surname_alone_of_a_person_named_in_full_is_the_person_not_a_city(
    body: str, language: str, expected: tuple[str, str, str]
) -> None:
    mentions = published_mentions(body, language)
    assert expected in mentions
    other = "place" if expected[0] == "person" else "person"
    assert not [m for m in mentions if m[0] == other and m[1] == expected[1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Observadores de la Fundación Independiente de Energías Renovables (FIER) llegaron a Nairobi.",
            [("Nairobi", "Nairobi")],
            id="an-acronym-in-brackets",
        ),
        pytest.param(
            "The flights from Tirana and Fier (Albania) were cancelled.",
            [("Tirana", "Tirana"), ("Fier", "Fier"), ("Albania", "Albania")],
            id="a-city-before-brackets",
        ),
    ],
)
def test_a_city_name_in_capitals_alone_in_brackets_is_an_acronym(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "El canciller viajó a Viena y luego a Praga para reunirse con sus homólogos.",
            [("Viena", "Vienna"), ("Praga", "Prague")],
            id="vienna-prague",
        ),
        pytest.param(
            "Las conversaciones siguieron en Teherán mientras Bagdad guardaba silencio.",
            [("Teherán", "Tehran"), ("Bagdad", "Baghdad")],
            id="tehran-baghdad",
        ),
        pytest.param(
            "La delegación llegó a Copenhague tras una escala en Yakarta.",
            [("Copenhague", "Copenhagen"), ("Yakarta", "Jakarta")],
            id="copenhagen-jakarta",
        ),
        pytest.param(
            "El primer ministro regresó a Nueva Delhi tras la cumbre.",
            [("Nueva Delhi", "New Delhi")],
            id="an-english-opening-word-in-spanish",
        ),
        pytest.param(
            "Los buques esperan en Puerto Said la reapertura del canal.",
            [("Puerto Said", "Port Said")],
            id="port-in-spanish",
        ),
    ],
)
def test_a_listed_city_is_found_by_its_spanish_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected


# Xalapa, Veracruz's capital, is often spelt Jalapa, the name Guatemala's smaller Jalapa bears.
_JALAPA = {
    "its-state-beside-it": ("Las lluvias inundaron Jalapa, Veracruz, durante la noche.", "Xalapa"),
    "its-country-in-the-article": ("El gobernador de Veracruz inauguró en Jalapa un hospital.", "Xalapa"),
    "its-own-spelling-elsewhere": ("Xalapa amaneció sin agua. Los vecinos de Jalapa protestaron.", "Xalapa"),
    "a-story-about-guatemala": ("La feria de Jalapa atrajo a visitantes de toda Guatemala.", "Jalapa"),
    "nothing-says-which": ("Jalapa amaneció con lluvia y frío.", "Jalapa"),
}


@pytest.mark.parametrize(("text", "expected"), _JALAPA.values(), ids=_JALAPA.keys())
def test_a_mexican_city_s_spelling_with_j_is_that_city_where_the_article_says_so(text: str, expected: str) -> None:
    assert [name for printed, name in places(text) if printed == "Jalapa"] == [expected]


def test_spanish_names_of_islands_and_unlisted_cities_are_not_added() -> None:
    """CLDR's Spanish names of Christmas Island ("Navidad") and of Belém ("Belén"), which no list here holds,
    are a feast and a given name in Spanish text."""
    assert places("La cena de Navidad reunió a Belén y a su familia.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("La Alhambra de Granada recibió más visitantes.", [("Granada", "Granada")], id="granada"),
    ],
)
def test_a_larger_city_abroad_keeps_a_name_that_is_a_country_only_in_spanish(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """pycountry's Spanish for Grenada is "Granada": the name of a larger city of Spain, which Spanish text
    means by it."""
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("El canal de Panamá amplió su horario.", "Panama"),
        ("La delegación viajó a Singapur y a Yibuti.", "Singapore"),
        ("El gobierno de Túnez anunció elecciones.", "Tunisia"),
        ("The ship docked in Grenada on Monday.", "Grenada"),
    ],
)
def test_a_country_keeps_its_spanish_name_where_its_own_city_shares_it(text: str, country: str) -> None:
    assert country in [name for _, name in places(text)]


def test_every_wire_with_a_home_country_is_a_listed_agency_or_wire() -> None:
    assert set(WIRE_HOME_COUNTRIES) <= NEWS_AGENCY_NAMES | set(DATELINE_WIRES)


def _body_places(text: str) -> list[tuple[str, str]]:
    """(mention as printed, canonical name) of the places `extract_facts` publishes for a whole article file."""
    facts = extract_facts(build_article(text.encode(), "a.txt", "0" * 64, None).text())
    kinds = {e["entity_id"]: (e["entity_type"], e["canonical_name"]) for e in facts.entities}
    return [
        (m["mention_text"], kinds[m["entity_id"]][1]) for m in facts.mentions if kinds[m["entity_id"]][0] == "place"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Shootings\n\nPHOENIX (AP) — A driver fired at cars on a freeway in north Phoenix on Monday, and "
            "police in Mesa and Tempe closed roads. The Phoenix Suns postponed their game.\n",
            [("Phoenix", "Phoenix")],
            id="phoenix-en",
        ),
        pytest.param(
            "Pumas\n\nCOLUMBUS, Ohio (AP) — Officials in Columbus said the zoo would stay closed.\n",
            [("Columbus", "Columbus")],
            id="columbus-with-state-in-the-dateline",
        ),
    ],
)
def test_the_dateline_s_city_of_a_name_kept_out_of_running_text_is_a_place_in_its_story(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Phoenix and Columbus are listed among the names read as a person's or a word, not a city (NOT_CITIES):
    filed from there, the story means the city by them, where the name stands alone; the team is no
    mention of it. Without that dateline, "Mesa" stays unread."""
    article = build_article(text.encode(), "a.txt", "0" * 64, None).text()
    assert [span.name for span in find_dateline_places(article.dateline_place or "")][:1] == [expected[0][1]]
    assert _body_places(text) == expected


def test_a_city_of_a_name_kept_out_of_running_text_stays_unread_without_its_dateline() -> None:
    text = "Fire\n\nA fire destroyed a phoenix statue in north Phoenix on Monday, officials said.\n"
    assert _body_places(text) == []


def test_a_dateline_asked_again_is_read_again_for_another_story() -> None:
    # The facts, the amounts and the national bodies ask for one article's dateline places in turn, and the
    # last few answers are kept: each answer stays its own story's, and the list a caller gets is its own.
    stories = {
        "Los votantes de Argentina eligen gobernador.": "Córdoba",
        "Turistas de Francia llenaron las playas.": "Córdoba (Spain)",
    }
    for _ in range(2):
        for story, expected in stories.items():
            found = find_dateline_places("Córdoba", "EFE", story)
            assert [span.name for span in found] == [expected]
            found.clear()
    assert [span.name for span in find_dateline_places("Córdoba", "AP", "Turistas de Francia.")] == ["Córdoba"]
