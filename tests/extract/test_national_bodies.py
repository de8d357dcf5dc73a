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


# Courts, central banks, assemblies, chambers, prosecutors and ministries follow the same rule as Congress.
@pytest.mark.parametrize(
    ("body", "language", "dateline", "expected"),
    [
        (
            "The Supreme Court upheld the sentence, and the Constitutional Court declined to review it.",
            "en",
            "Lima",
            [("Supreme Court", "Supreme Court (Peru)"), ("Constitutional Court", "Constitutional Court (Peru)")],
        ),
        (
            "La Corte Suprema confirmó la condena y el Tribunal Constitucional rechazó el recurso.",
            "es",
            "Lima",
            [("Corte Suprema", "Supreme Court (Peru)"), ("Tribunal Constitucional", "Constitutional Court (Peru)")],
        ),
        (
            "La Corte Constitucional tumbó el decreto que la Corte Suprema de Justicia había avalado.",
            "es",
            "Bogotá",
            [
                ("Corte Constitucional", "Constitutional Court (Colombia)"),
                ("Corte Suprema de Justicia", "Supreme Court (Colombia)"),
            ],
        ),
        (
            "The central bank left its key rate at 5%, and the Central Bank will meet again in June.",
            "en",
            "Santiago",
            [("central bank", "Central Bank (Chile)"), ("Central Bank", "Central Bank (Chile)")],
        ),
        (
            "El Banco Central redujo la tasa de referencia.",
            "es",
            "Asunción",
            [("Banco Central", "Central Bank (Paraguay)")],
        ),
        ("El banco central redujo la tasa.", "es", "Asunción", [("banco central", "Central Bank (Paraguay)")]),
        (
            "The National Assembly passed the budget after the Chamber of Deputies of its neighbour failed to.",
            "en",
            "Quito",
            [
                ("National Assembly", "National Assembly (Ecuador)"),
                ("Chamber of Deputies", "Chamber of Deputies (Ecuador)"),
            ],
        ),
        (
            "La Asamblea Nacional aprobó la ley que la Cámara de Diputados había rechazado.",
            "es",
            "Caracas",
            [
                ("Asamblea Nacional", "National Assembly (Venezuela)"),
                ("Cámara de Diputados", "Chamber of Deputies (Venezuela)"),
            ],
        ),
        (
            "The attorney general's office opened an inquiry; the Attorney General's Office said it would report.",
            "en",
            "Bogotá",
            [
                ("attorney general's office", "Attorney General's Office (Colombia)"),
                ("Attorney General's Office", "Attorney General's Office (Colombia)"),
            ],
        ),
        (
            "La Fiscalía General imputó al alcalde y la Procuraduría lo suspendió.",
            "es",
            "Bogotá",
            [
                ("Fiscalía General", "Attorney General's Office (Colombia)"),
                ("Procuraduría", "Procuraduría General (Colombia)"),
            ],
        ),
        (
            "The Foreign Ministry summoned the envoy, and the Interior Ministry and the Defence Ministry met.",
            "en",
            "Lima",
            [
                ("Foreign Ministry", "Foreign Ministry (Peru)"),
                ("Interior Ministry", "Interior Ministry (Peru)"),
                ("Defence Ministry", "Defense Ministry (Peru)"),
            ],
        ),
        (
            "La Cancillería, el Ministerio de Relaciones Exteriores y el Ministerio de Salud firmaron el acuerdo.",
            "es",
            "Lima",
            [
                ("Cancillería", "Foreign Ministry (Peru)"),
                ("Ministerio de Relaciones Exteriores", "Foreign Ministry (Peru)"),
                ("Ministerio de Salud", "Health Ministry (Peru)"),
            ],
        ),
        (
            "El Ministerio de Economía y el Ministerio de Defensa presentaron el plan.",
            "es",
            "Buenos Aires",
            [
                ("Ministerio de Economía", "Economy Ministry (Argentina)"),
                ("Ministerio de Defensa", "Defense Ministry (Argentina)"),
            ],
        ),
    ],
)
def test_other_bodies_are_those_of_the_article_country(
    body: str, language: str, dateline: str, expected: list[tuple[str, str]]
) -> None:
    assert organizations(body, language, dateline) == expected


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("The Peruvian Supreme Court freed him.", "en", [("Peruvian Supreme Court", "Supreme Court (Peru)")]),
        (
            "Colombia's Constitutional Court struck it down.",
            "en",
            [("Constitutional Court", "Constitutional Court (Colombia)")],
        ),
        ("The Chilean central bank cut rates.", "en", [("central bank", "Central Bank (Chile)")]),
        ("Brazil's central bank cut rates.", "en", [("central bank", "Central Bank (Brazil)")]),
        ("El Banco Central de Chile recortó la tasa.", "es", [("Banco Central de Chile", "Central Bank (Chile)")]),
        (
            "La Corte Suprema de Justicia de Colombia anuló el fallo.",
            "es",
            [("Corte Suprema de Justicia de Colombia", "Supreme Court (Colombia)")],
        ),
        (
            "The Ministry of Foreign Affairs of Peru protested.",
            "en",
            [("Ministry of Foreign Affairs of Peru", "Foreign Ministry (Peru)")],
        ),
        ("La Cancillería colombiana protestó.", "es", [("Cancillería", "Foreign Ministry (Colombia)")]),
        (
            "El Ministerio de Salud de Bolivia informó.",
            "es",
            [("Ministerio de Salud de Bolivia", "Health Ministry (Bolivia)")],
        ),
    ],
)
def test_a_country_printed_with_another_body_wins(body: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert organizations(body, language, "Madrid") == expected


def test_a_body_printed_with_its_country_names_the_later_bare_ones() -> None:
    body = "China's Foreign Ministry protested the visit.\n\nThe Foreign Ministry said talks would go on."
    assert organizations(body, "en", "Washington") == [
        ("Foreign Ministry", "Foreign Ministry (China)"),
        ("Foreign Ministry", "Foreign Ministry (China)"),
    ]


def test_the_nation_names_the_article_country_of_a_court_and_a_prosecutor() -> None:
    body = "La Fiscalía General de la Nación apeló ante la Corte Suprema de Justicia de la Nación."
    assert organizations(body, "es", "Buenos Aires") == [
        ("Fiscalía General de la Nación", "Attorney General's Office (Argentina)"),
        ("Corte Suprema de Justicia de la Nación", "Supreme Court (Argentina)"),
    ]


@pytest.mark.parametrize(
    ("body", "language", "dateline", "expected"),
    [
        ("The Supreme Court will hear the case in March.", "en", "Washington", [("Supreme Court", "Supreme Court")]),
        ("The Supreme Court will hear the case in March.", "en", None, [("Supreme Court", "Supreme Court")]),
        ("The central bank held rates steady.", "en", "Washington", [("central bank", "Federal Reserve")]),
        (
            "La Suprema Corte invalidó la reforma.",
            "es",
            "Ciudad de México",
            [("Suprema Corte", "Suprema Corte de Justicia de la Nación")],
        ),
        (
            "La Suprema Corte de Justicia de la Nación invalidó la reforma.",
            "es",
            "Ciudad de México",
            [("Suprema Corte de Justicia de la Nación", "Suprema Corte de Justicia de la Nación")],
        ),
        ("The central bank raised its key rate.", "en", "Mexico City", [("central bank", "Bank of Mexico")]),
        (
            "The Foreign Ministry sent a protest note.",
            "en",
            "Mexico City",
            [("Foreign Ministry", "Secretaría de Relaciones Exteriores")],
        ),
        (
            "El Tribunal Supremo confirmó la pena y el Tribunal Constitucional admitió el recurso.",
            "es",
            "Madrid",
            [("Tribunal Supremo", "Tribunal Supremo"), ("Tribunal Constitucional", "Tribunal Constitucional")],
        ),
        ("El Banco Central subió los tipos.", "es", "Madrid", [("Banco Central", "Banco de España")]),
    ],
)
def test_bodies_with_names_of_their_own(
    body: str, language: str, dateline: str | None, expected: list[tuple[str, str]]
) -> None:
    assert organizations(body, language, dateline) == expected


@pytest.mark.parametrize(
    ("body", "language", "dateline", "expected"),
    [
        # The U.S. has no ministries: a U.S. article's or a country-less one is left as read.
        ("The Foreign Ministry issued a statement.", "en", "Washington", [("Foreign Ministry", "Foreign Ministry")]),
        ("The Ministry of Health issued a statement.", "en", None, [("Ministry of Health", "Ministry of Health")]),
        # Spanish bodies of no country keep their own names, not the U.S. ones.
        ("La Corte Suprema rechazó la demanda.", "es", None, [("Corte Suprema", "Corte Suprema")]),
        ("El Ministerio de Salud informó.", "es", None, [("Ministerio de Salud", "Ministerio de Salud")]),
        # The Federal Reserve is not a country's generic central bank; state courts are not national ones.
        ("The Federal Reserve held rates.", "en", "Lima", [("Federal Reserve", "Federal Reserve")]),
        ("The Texas Supreme Court ruled.", "en", "Washington", [("Texas Supreme Court", "Texas Supreme Court")]),
        (
            "The Supreme Court of Texas ruled.",
            "en",
            "Washington",
            [("Supreme Court of Texas", "Supreme Court of Texas")],
        ),
        # Longer names are other bodies: electoral courts, constituent assemblies, a ministry of two portfolios.
        ("El Tribunal Supremo Electoral anuló la elección.", "es", "La Paz", [("Tribunal Supremo Electoral",) * 2]),
        ("La Asamblea Nacional Constituyente sesionó.", "es", "Caracas", [("Asamblea Nacional Constituyente",) * 2]),
        ("El Ministerio de Economía y Finanzas informó.", "es", "Lima", [("Ministerio de Economía y Finanzas",) * 2]),
        (
            "La Fiscalía General del Estado de Jalisco abrió una carpeta.",
            "es",
            "Guadalajara",
            [("Fiscalía General del Estado de Jalisco",) * 2],
        ),
        (
            "El Banco Central Europeo subió los tipos.",
            "es",
            "Madrid",
            [("Banco Central Europeo", "European Central Bank")],
        ),
    ],
)
def test_other_bodies_left_as_read(
    body: str, language: str, dateline: str | None, expected: list[tuple[str, ...]]
) -> None:
    assert organizations(body, language, dateline) == expected


def test_a_central_bank_in_general_is_no_mention() -> None:
    body = "Economists say a central bank should act alone; independent central banks disagree."
    assert organizations(body, "en", "Lima") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A state's name of one word or two before a body in lower case opens another body, left as read.
        (
            "The Texas attorney general's office sued the lender.",
            [("Texas attorney general's office", "Texas attorney general's office")],
        ),
        (
            "The New York attorney general's office sued the lender.",
            [("New York attorney general's office", "New York attorney general's office")],
        ),
        # A country's name of two words says whose.
        ("The Costa Rica central bank cut its rate.", [("central bank", "Central Bank (Costa Rica)")]),
    ],
)
def test_a_place_of_several_words_before_a_body(body: str, expected: list[tuple[str, str]]) -> None:
    assert organizations(body, "en", "Washington") == expected


def test_a_capital_possessive_before_a_body_is_its_country() -> None:
    assert organizations("Lima's Congress voted on Monday.", "en", "Lima") == [("Congress", "Congress (Peru)")]


def test_a_state_body_takes_the_place_name_it_opens_with() -> None:
    facts = extract_facts(replace(article("The Texas attorney general's office sued."), dateline_place="Austin"))
    assert [m["mention_text"] for m in facts.mentions] == ["Texas attorney general's office"]


def test_a_national_wire_s_dateline_city_gives_the_body_its_home_country() -> None:
    # "CÓRDOBA (EFE)" is Spain's Córdoba (flows.extract.places), so its "el Congreso" is Spain's, not Argentina's.
    body = "El Congreso debatirá la ley de patios el próximo mes, informó el ayuntamiento."
    facts = extract_facts(replace(article(body, "es"), dateline_place="Córdoba", dateline_agency="EFE"))
    assert [e["canonical_name"] for e in facts.entities if e["entity_type"] == "organization"] == ["Congress (Spain)"]
    facts = extract_facts(replace(article(body, "es"), dateline_place="Córdoba", dateline_agency="AP"))
    assert [e["canonical_name"] for e in facts.entities if e["entity_type"] == "organization"] == [
        "Congress (Argentina)"
    ]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("The Chinese Foreign Ministry protested the sale on Monday.", "en", "Foreign Ministry (China)"),
        ("El Ministerio de Relaciones Exteriores ruso convocó al embajador.", "es", "Foreign Ministry (Russia)"),
        ("La Cancillería china rechazó las acusaciones.", "es", "Foreign Ministry (China)"),
        ("The Indian Supreme Court ruled on Friday.", "en", "Supreme Court (India)"),
        ("The Ukrainian Defense Ministry said the drones were shot down.", "en", "Defense Ministry (Ukraine)"),
    ],
)
def test_a_country_adjective_beyond_the_americas_says_whose_body_it_is(body: str, language: str, expected: str) -> None:
    # In a story from Washington: the adjective, not the dateline, says whose.
    assert [name for _, name in organizations(body, language, "Washington")] == [expected]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        # A local qualifier beside the name makes it a city's or a state's body, left as read.
        (
            "El Congreso capitalino aprobó la ley de mercados de la Ciudad de México. El Congreso local la publicará.",
            "es",
            [("Congreso", "Congreso"), ("Congreso", "Congreso")],
        ),
        (
            "The state Senate passed the bill on Monday, and Mexico's Senate will vote on it in May.",
            "en",
            [("Senate", "Senate"), ("Senate", "Senate (Mexico)")],
        ),
        # Guard: a bare name in the same article stays the country's.
        (
            "El Congreso aprobó la ley de mercados de la Ciudad de México.",
            "es",
            [("Congreso", "Congreso de la Unión")],
        ),
    ],
)
def test_a_local_body_is_no_country_s(body: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert organizations(body, language) == expected


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        (
            "La Procuraduría General de Justicia de Sonora (PGJS) archivó la denuncia. Luego la Procuraduría "
            "explicó por qué.",
            "es",
            [
                ("Procuraduría General de Justicia de Sonora", "Procuraduría General de Justicia de Sonora"),
                ("Procuraduría", "Procuraduría General de Justicia de Sonora"),
            ],
        ),
        (
            "The Supreme Court of Ohio heard the appeal on Monday. The Supreme Court ruled a week later.",
            "en",
            [("Supreme Court of Ohio", "Supreme Court of Ohio"), ("Supreme Court", "Supreme Court of Ohio")],
        ),
        (
            "La Procuraduría General de Justicia de Sonora cerró un caso y la Procuraduría General de la República "
            "(PGR) abrió otro. La Procuraduría no dijo más.",
            "es",
            [
                ("Procuraduría General de Justicia de Sonora", "Procuraduría General de Justicia de Sonora"),
                ("Procuraduría General de la República", "Procuraduría General (Mexico)"),
                ("Procuraduría", "Procuraduría General (Mexico)"),
            ],
        ),
        (
            "The Supreme Court ruled on Monday. The Supreme Court of Ohio had heard the appeal.",
            "en",
            [("Supreme Court", "Supreme Court"), ("Supreme Court of Ohio", "Supreme Court of Ohio")],
        ),
    ],
    ids=["state-prosecutors-then-bare", "state-court-then-bare", "the-country-s-printed-last", "bare-first"],
)
def test_a_bare_name_after_a_state_s_body_of_that_name_is_that_body(
    body: str, language: str, expected: list[tuple[str, str]]
) -> None:
    # "la Procuraduría" after the state's "Procuraduría General de Justicia del Estado" was Mexico's federal one.
    assert organizations(body, language) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("La Fiscalía imputó al alcalde de Cali, en Colombia.", [("Fiscalía", "Attorney General's Office (Colombia)")]),
        (
            "El Congreso de El Salvador aprobó la ley y el Congreso la promulgó.",
            [("Congreso de El Salvador", "Congress (El Salvador)"), ("Congreso", "Congress (El Salvador)")],
        ),
    ],
    ids=["bare-fiscalia", "a-country-named-with-its-article"],
)
def test_spanish_bare_and_article_named_bodies(body: str, expected: list[tuple[str, str]]) -> None:
    # "la Fiscalía" was no mention; "Congreso de El Salvador" was read as another body than El Salvador's.
    assert organizations(body, "es") == expected
