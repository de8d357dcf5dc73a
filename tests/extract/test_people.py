"""People: full names with their roles and qualifiers, later mentions, and what is not a person."""

from __future__ import annotations

import pytest
from article_helpers import article, published_mentions, published_quotes

from flows.extract.facts import extract_facts
from flows.extract.people import find_people, summarize_people
from flows.extract.types import fold


def people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.role, p.qualifier) for p in summarize_people(find_people(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Talks went well, said Foreign Minister Clara Montes after the meeting.",
            [("Clara Montes", "Foreign Minister", None)],
            id="title-before-name",
        ),
        pytest.param(
            "She was received by the head of U.S. diplomacy, Walter Brandt, in the capital.",
            [("Walter Brandt", "Secretary of State", None)],
            id="periphrasis-of-us-foreign-minister",
        ),
        pytest.param(
            "It was announced by the virtual president-elect, Rosa Ibarra, on Monday.",
            [("Rosa Ibarra", "president", "elect")],
            id="president-elect-after-comma",
        ),
        pytest.param(
            "Luis Ramón de la Vega, who was appointed by the governor as the next Secretary of Foreign Affairs, "
            "spoke first.",
            [("Luis Ramón de la Vega", "Secretary of Foreign Affairs", "next")],
            id="role-in-relative-clause",
        ),
        pytest.param(
            "Both President (Tom) Harlow and President (Ana Sofia) Reyes Vidal signed.",
            [("Tom Harlow", "President", None), ("Ana Sofia Reyes Vidal", "President", None)],
            id="bracketed-given-names",
        ),
        pytest.param(
            "She met the President's Advisor on Water and Energy Security, Ira Kessel, at noon.",
            [("Ira Kessel", "President's Advisor on Water and Energy Security", None)],
            id="long-title-with-complement",
        ),
        pytest.param(
            "A deal was reached with acting Labor Secretary Nora Quill and former Governor Ben Tate.",
            [("Nora Quill", "Labor Secretary", "acting"), ("Ben Tate", "Governor", "former")],
            id="acting-and-former",
        ),
        pytest.param(
            "El canciller mexicano, Juan Pérez, viajó con la presidenta electa Marta Solís.",
            [("Juan Pérez", "canciller", None), ("Marta Solís", "presidenta", "elect")],
            id="spanish-roles",
        ),
        pytest.param(
            "El expresidente Ramiro Duarte y la gobernadora interina de la provincia, Lucía San Román, llegaron.",
            [("Ramiro Duarte", "presidente", "former"), ("Lucía San Román", "gobernadora", "acting")],
            id="spanish-former-acting-and-san-inside-a-name",
        ),
        pytest.param(
            "El jefe de la diplomacia estadounidense, Peter Hollis, habló con Ana Gil.",
            [("Peter Hollis", "secretario de Estado", None), ("Ana Gil", None, None)],
            id="spanish-periphrasis",
        ),
        pytest.param(
            "Roberto Ortega y Gasset met Ana Ruiz y Luis Gómez.",
            [("Roberto Ortega y Gasset", None, None), ("Ana Ruiz", None, None), ("Luis Gómez", None, None)],
            id="y-inside-a-name-and-between-names",
        ),
        pytest.param(
            "La alcaldesa de Bahía Serena, Carmen Villanueva de la Rosa, habló.",
            [("Carmen Villanueva de la Rosa", "alcaldesa de Bahía Serena", None)],
            id="complement-ending-with-a-given-name",
        ),
        pytest.param(
            "El secretario de Marina, almirante Rafael Ordóñez, y el exdirector de la aduana Héctor Bustamante.",
            [("Rafael Ordóñez", "secretario de Marina", None), ("Héctor Bustamante", "director", "former")],
            id="office-before-rank-and-lowercase-complement",
        ),
        pytest.param(
            "Lo celebró Santiago Ferrer, uno de los portavoces del movimiento.",
            [("Santiago Ferrer", "portavoces", None)],
            id="one-of-the-spokespeople",
        ),
        pytest.param(
            "Secretary-designate Helen Marsh will testify; Senator Oduya chairs the panel.",
            [("Helen Marsh", "Secretary", "designate"), ("Oduya", "Senator", None)],
            id="designate-and-title-with-surname-only",
        ),
        # A journalist's title takes the outlet: "reportero de Reuters", "BBC correspondent".
        pytest.param(
            "El reportero de Reuters Andrés Molina dijo que el puerto seguía cerrado.",
            [("Andrés Molina", "reportero de Reuters", None)],
            id="es-reportero-de-una-agencia",
        ),
        pytest.param(
            "La corresponsal de la BBC Marta Salinas contó que el puerto seguía cerrado.",
            [("Marta Salinas", "corresponsal de la BBC", None)],
            id="es-corresponsal-de-la-bbc",
        ),
        pytest.param(
            "Reuters reporter Helen Park said the port was still closed.",
            [("Helen Park", "Reuters reporter", None)],
            id="en-outlet-reporter",
        ),
        pytest.param(
            "BBC correspondent Helen Park said the port was still closed.",
            [("Helen Park", "BBC correspondent", None)],
            id="en-acronym-outlet-correspondent",
        ),
    ],
)
def test_people_and_roles(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The vote was asked for by Deputy Lorena Quintal Abad on Tuesday.",
            [("Lorena Quintal Abad", "Deputy", None)],
            id="deputy-legislator",
        ),
        pytest.param(
            "Talks ended, said Deputy Foreign Minister Tarek Olsson.",
            [("Tarek Olsson", "Deputy Foreign Minister", None)],
            id="deputy-foreign-minister",
        ),
        pytest.param(
            "Migration Commissioner Piet Hollander met Public Works Minister Odile Ferrant.",
            [("Piet Hollander", "Migration Commissioner", None), ("Odile Ferrant", "Public Works Minister", None)],
            id="areas-before-the-title",
        ),
        pytest.param(
            "Roads were shut, Civil Protection Director Anton Keel said.",
            [("Anton Keel", "Civil Protection Director", None)],
            id="civil-protection-director",
        ),
        pytest.param(
            "Ombudsman Irma Castellar Ruiz filed a complaint.",
            [("Irma Castellar Ruiz", "Ombudsman", None)],
            id="ombudsman",
        ),
        pytest.param(
            "La defensora del Pueblo, Irma Castellar, presentó una queja.",
            [("Irma Castellar", "defensora del Pueblo", None)],
            id="defensora-del-pueblo",
        ),
        pytest.param(
            "Bank of Mexico Governor Victoria Rodríguez said rates would stay.",
            [("Victoria Rodríguez", "Governor", None)],
            id="a-body-before-the-title",
        ),
        pytest.param(
            "The Bank of Orvalia Governor Teodor Lisk said rates would stay.",
            [("Teodor Lisk", "Governor", None)],
            id="an-unknown-body-before-the-title",
        ),
    ],
)
def test_english_titles_with_an_area_stay_out_of_the_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Civil Protection Director said the roads were closed.", id="area-and-title"),
        pytest.param("Civil Protection Director said the roads were closed.", id="without-article"),
        pytest.param("The Human Rights Ombudsman told reporters the complaint was filed.", id="ombudsman"),
        pytest.param("The Public Works Commissioner said the bridge would reopen.", id="commissioner"),
        pytest.param("El Director de Protección Civil dijo que las carreteras estaban cerradas.", id="spanish"),
        pytest.param("La Secretaria de Salud afirmó que no hay casos.", id="spanish-feminine"),
    ],
)
def test_a_title_alone_before_a_speech_verb_is_no_person(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Martin Luther King said the dream lived.", [("Martin Luther King", None, None)], id="king"),
        pytest.param(
            "The hospital director Ana Ruiz said the wards were full.",
            [("Ana Ruiz", "hospital director", None)],
            id="lower-case-area",
        ),
        pytest.param(
            "Police chief Tom Brandt said the suspect fled.", [("Tom Brandt", "Police chief", None)], id="police-chief"
        ),
    ],
)
def test_lower_case_areas_and_a_title_word_ending_a_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        pytest.param(
            "La reunión terminó. Después Santiago de Chile recibió la visita.",
            "es",
            [("place", "Santiago", "Santiago"), ("place", "Chile", "Chile")],
            id="despues",
        ),
        pytest.param(
            "A reunião acabou. Depois Santiago de Chile recebeu a visita.",
            "pt",
            [("place", "Santiago", "Santiago"), ("place", "Chile", "Chile")],
            id="depois",
        ),
        pytest.param(
            "Irma Castellar spoke first. Later Castellar said the complaint stood.",
            "en",
            [("person", "Irma Castellar", "Irma Castellar"), ("person", "Castellar", "Irma Castellar")],
            id="later-before-a-surname",
        ),
        pytest.param("Entonces Bogotá respondió.", "es", [("place", "Bogotá", "Bogotá")], id="entonces-place"),
        pytest.param(
            "Después Grupo Bimbo anunció cambios.",
            "es",
            [("organization", "Grupo Bimbo", "Grupo Bimbo")],
            id="despues-organization",
        ),
        # Near miss: the adverb goes, the name after it stays.
        pytest.param(
            "Además Carlos Pérez dijo que sí.", "es", [("person", "Carlos Pérez", "Carlos Pérez")], id="ademas-name"
        ),
    ],
)
def test_an_adverb_opening_a_sentence_is_no_part_of_a_name(
    text: str, language: str, expected: list[tuple[str, str, str]]
) -> None:
    assert published_mentions(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The State Department and the White House met in Mexico City in June.", id="org-and-place"),
        pytest.param("Migrants from Central America reached North American ports.", id="regions"),
        pytest.param("The Alliance for Economic Prosperity held its Ministerial Plenary.", id="capitalised-phrases"),
        pytest.param("The President spoke; the Secretary of State listened.", id="roles-alone"),
        pytest.param("During Monday, Thanks Giving Day came.", id="sentence-openers-and-days"),
        pytest.param("Llegaron a Puerto Lindo y a San Martín de las Flores.", id="spanish-places"),
        pytest.param("Biden praised the plan.", id="surname-without-a-full-name"),
        pytest.param("Hubo sequía en municipios de Nuevo León y Tamaulipas.", id="places-joined-by-y"),
    ],
)
def test_no_false_persons(text: str) -> None:
    assert people(text) == []


def test_surnames_and_title_with_surname_are_mentions_of_the_named_person() -> None:
    text = (
        "Juan Ramón de la Fuente met Secretary of State Tom Brandt. De la Fuente thanked Brandt, and "
        "Secretary Brandt praised de la Fuente. López Obrador was away; Andrés Manuel López Obrador called."
    )
    spans = find_people(text)
    mentions = [(text[s.char_start : s.char_end], s.name) for s in spans]
    assert mentions == [
        ("Juan Ramón de la Fuente", "Juan Ramón de la Fuente"),
        ("Tom Brandt", "Tom Brandt"),
        ("De la Fuente", "Juan Ramón de la Fuente"),
        ("Brandt", "Tom Brandt"),
        ("Brandt", "Tom Brandt"),
        ("de la Fuente", "Juan Ramón de la Fuente"),
        ("López Obrador", "Andrés Manuel López Obrador"),
        ("Andrés Manuel López Obrador", "Andrés Manuel López Obrador"),
    ]
    assert [s.role_title for s in spans][:5] == [None, "Secretary of State", None, None, "Secretary"]


def test_a_surname_goes_to_the_person_of_that_surname_named_last() -> None:
    text = "Ana Castro spoke. Then Luis Castro spoke. Castro left."
    assert [s.name for s in find_people(text)] == ["Ana Castro", "Luis Castro", "Luis Castro"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Juan Perez Soto spoke on Monday. Perez Soto said it was a good day. Soto said more would come.",
            ["Juan Perez Soto"] * 3,
            id="later-surname-of-a-two-word-surname",
        ),
        pytest.param(
            "La secretaria de Seguridad Guillermina Mota Nazario presentó el plan. El primer ministro Ramiro "
            'Nazario llegó. "Está abierta", afirmó Mota Nazario. Mota Nazario advirtió que no. Nazario dijo que sí.',
            ["Guillermina Mota Nazario", "Ramiro Nazario", *["Guillermina Mota Nazario"] * 3],
            id="two-persons-sharing-the-last-surname",
        ),
        pytest.param(
            "Perez Soto said no. María Perez Soto said yes. Ana María Perez Soto spoke. Soto said more.",
            ["Ana María Perez Soto"] * 4,
            id="surname-before-the-names-it-shortens",
        ),
    ],
)
def test_a_part_of_a_surname_merged_into_a_longer_name_resolves_to_that_name(text: str, expected: list[str]) -> None:
    # "Perez Soto said" is first taken for a full name, then merged into "Juan Perez Soto"; a later "Soto"
    # that resolves to the merged "Perez Soto" used to raise KeyError.
    assert [s.name for s in find_people(text)] == expected
    facts = extract_facts(article(text, "es" if "dijo" in text else "en"))
    assert {e["canonical_name"] for e in facts.entities if e["entity_type"] == "person"} == set(expected)


def test_offsets_point_at_the_printed_mention() -> None:
    text = "Later, President (Joe) Harlow and Harlow's aide arrived."
    spans = find_people(text)
    assert [(text[s.char_start : s.char_end], s.name) for s in spans] == [
        ("(Joe) Harlow", "Joe Harlow"),
        ("Harlow", "Joe Harlow"),
    ]
    assert all(fold(s.name) for s in spans)


def test_a_run_of_more_capitalised_words_than_a_name_has_is_no_person() -> None:
    text = "Juan Carlos Pérez met the press. " + "Juan " * 3_000 + "said nothing."
    assert [name for name, _, _ in people(text)] == ["Juan Carlos Pérez"]


def test_names_joined_by_y_hundreds_of_times_are_each_a_person() -> None:
    # "y" splits were recursive: a run joining more names than Python's recursion limit failed the article.
    text = "Firmaron " + " y ".join(f"Ana Ruiz{'z' * n} Gómez" for n in range(1_200)) + "."
    found = [name for name, _, _ in people(text)]
    assert len(found) == 1_200 and found[:2] == ["Ana Ruiz Gómez", "Ana Ruizz Gómez"]


@pytest.mark.parametrize(
    ("text", "language", "not_people"),
    [
        pytest.param(
            "Las lluvias provocaron que los ríos Achiguate y María Linda se desbordaran en Escuintla.",
            "es",
            ["María Linda"],
            id="rivers-coordinated-by-y",
        ),
        pytest.param(
            "El caudal del río María Linda subió dos metros durante la noche.", "es", ["María Linda"], id="river"
        ),
        pytest.param(
            "The ports of Manzanillo and Lázaro Cárdenas handled record volumes in March.",
            "en",
            ["Lázaro Cárdenas"],
            id="ports-of-coordinated-by-and",
        ),
        pytest.param(
            "Los trabajos en los puertos de Veracruz, Altamira y Lázaro Cárdenas terminarán en mayo.",
            "es",
            ["Lázaro Cárdenas"],
            id="ports-listed-with-commas",
        ),
        pytest.param(
            "Los aficionados llenaron el estadio Julio Martínez Prádanos y la avenida Manuel Montt.",
            "es",
            ["Julio Martínez Prádanos", "Manuel Montt"],
            id="stadium-and-avenue",
        ),
        pytest.param(
            "Las lluvias inundaron el municipio de Benito Juárez y la colonia Lázaro Cárdenas.",
            "es",
            ["Benito Juárez", "Lázaro Cárdenas"],
            id="municipality-and-neighbourhood",
        ),
    ],
)
def test_the_name_of_a_river_port_or_building_is_no_person(text: str, language: str, not_people: list[str]) -> None:
    found = [s.name for s in find_people(text)]
    published = {name for kind, _, name in published_mentions(text, language) if kind == "person"}
    assert not set(not_people) & (set(found) | published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "El presidente del puerto, Juan Pérez Ortiz, dijo que la carga creció.",
            ["Juan Pérez Ortiz"],
            id="noun-then-comma-then-titled-name",
        ),
        pytest.param(
            "Tras cerrar el puerto de Manzanillo, Juan Pérez Ortiz dijo que la carga se desvió.",
            ["Juan Pérez Ortiz"],
            id="a-singular-noun-names-one-place-only",
        ),
        pytest.param(
            "Las lluvias desbordaron los ríos Achiguate y Coyolate, y Ana María Linares dijo que hubo daños.",
            ["Ana María Linares"],
            id="a-list-ends-at-its-coordinator",
        ),
        pytest.param(
            "El director del hospital Santiago Esquivel anunció una investigación.",
            ["Santiago Esquivel"],
            id="a-title-before-the-feature-names-its-holder",
        ),
        pytest.param(
            "The Lake District welcomed Mary Linda Brooks, who said the lake was full.",
            ["Mary Linda Brooks"],
            id="feature-noun-elsewhere",
        ),
    ],
)
def test_people_next_to_feature_nouns_stay_people(text: str, expected: list[str]) -> None:
    assert [name for name, _, _ in people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Carla Mendez, a strategist at Northgate Securities, said the selloff was over.",
            [("Carla Mendez", None, None)],
            id="company-after-a-name",
        ),
        pytest.param(
            "Tom Reyes, an economist at Harborview Capital, said rates would fall.",
            [("Tom Reyes", "economist", None)],
            id="company-after-a-role",
        ),
        pytest.param(
            "Analysts at Bluewater Partners said so, and Crestline Holdings said nothing.",
            [],
            id="companies-with-speech-verbs",
        ),
        pytest.param("Energy Secretary Chris Wright said so.", [("Chris Wright", "Energy Secretary", None)], id="role"),
        pytest.param(
            "The Federal Reserve said it would wait; Petróleos Mexicanos said it would not.",
            [],
            id="listed-organizations-with-speech-verbs",
        ),
        pytest.param("The White House said so.", [], id="listed-organization-opening-a-sentence"),
    ],
)
def test_companies_are_no_persons(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "«No habrá prórroga», dijo a Efe Juan Pérez, portavoz del ministerio.", ["Juan Pérez"], id="es-a-efe"
        ),
        pytest.param(
            "«Los precios bajarán», aseguró a la agencia Efe Marta Salinas Ortega.",
            ["Marta Salinas Ortega"],
            id="es-a-la-agencia-efe",
        ),
        pytest.param(
            "«El acuerdo sigue vivo», declaró a Europa Press Ana Ruiz, vocera del partido.",
            ["Ana Ruiz"],
            id="es-a-europa-press",
        ),
        pytest.param(
            '"The deal is still alive," told Reuters John Smith, a trader in Chicago.', ["John Smith"], id="en-reuters"
        ),
        # A name whose first word is also a listed organization's, with one more name, stays whole.
        pytest.param("La actriz Morena Baccarin llegó ayer a Lima.", ["Morena Baccarin"], id="guard-one-more-name"),
    ],
)
def test_an_outlet_the_words_were_said_to_is_no_part_of_the_speaker_s_name(text: str, expected: list[str]) -> None:
    assert [name for name, _, _ in people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "El discurso de Ana Ruiz duró una hora.", [("person", "Ana Ruiz", "Ana Ruiz")], id="de-a-full-name"
        ),
        pytest.param(
            "La reforma del gobierno de Gustavo Arce llegó al Congreso.",
            [("person", "Gustavo Arce", "Gustavo Arce")],
            id="del-gobierno-de",
        ),
        # A "de" that opens a surname stays the surname's, and its person the longer name's.
        pytest.param(
            "La ministra María de Jesús Pérez llegó. Luego habló de Jesús Pérez.",
            [
                ("person", "María de Jesús Pérez", "María de Jesús Pérez"),
                ("person", "de Jesús Pérez", "María de Jesús Pérez"),
            ],
            id="guard-de-opening-a-surname",
        ),
        pytest.param("La casa de Kofi Brandt es grande.", [], id="guard-no-given-name"),
    ],
)
def test_a_de_before_a_given_name_and_a_surname_is_no_part_of_the_name(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [m for m in published_mentions(text, "es") if m[0] == "person"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "La ministra Ana Ruiz llegó. La casa de Ruiz es grande.",
            [("person", "Ana Ruiz", "Ana Ruiz"), ("person", "Ruiz", "Ana Ruiz")],
            id="de-a-surname",
        ),
        pytest.param(
            "El ministro Juan Pérez Soto llegó. El plan de Pérez Soto fue aprobado.",
            [("person", "Juan Pérez Soto", "Juan Pérez Soto"), ("person", "Pérez Soto", "Juan Pérez Soto")],
            id="de-two-surnames",
        ),
        # A surname that opens with "de" keeps it; one of nobody named is no person.
        pytest.param(
            "La ministra Ana de León llegó. Luego habló de León.",
            [("person", "Ana de León", "Ana de León"), ("person", "de León", "Ana de León")],
            id="guard-a-surname-opening-with-de",
        ),
        pytest.param("La casa de Ruiz es grande.", [], id="guard-nobody-of-that-surname"),
    ],
)
def test_a_de_before_the_surname_of_a_named_person_is_no_part_of_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [m for m in published_mentions(text, "es") if m[0] == "person"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Lo anunció el ministro de Obras Públicas Tomás de León.",
            [("Tomás de León", "ministro de Obras Públicas", None)],
            id="given-name-de-surname",
        ),
        pytest.param(
            "Lo anunció la ministra de Salud Ana de la Fuente.",
            [("Ana de la Fuente", "ministra de Salud", None)],
            id="given-name-de-la-surname",
        ),
        # A given name right after "de" opens a place of the area.
        pytest.param(
            "Lo anunció el gobernador de Santiago de Cuba Juan Pérez.",
            [("Juan Pérez", "gobernador de Santiago de Cuba", None)],
            id="guard-a-place-after-de",
        ),
    ],
)
def test_a_name_whose_surname_opens_with_a_particle_ends_the_area_before_it(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The highway opened on Friday, Prime Minister April Adams said.",
            [("April Adams", "Prime Minister", None)],
            id="april-after-a-title",
        ),
        pytest.param(
            "The deal was praised by Trade Secretary May Chen.", [("May Chen", "Trade Secretary", None)], id="may"
        ),
        # Elsewhere the month is a date's, and a title before a month alone names nobody new.
        pytest.param("In April Adams said the port would reopen.", [], id="guard-a-date"),
        pytest.param("The vote is set for May 3, the Prime Minister said.", [], id="guard-a-day-of-the-month"),
    ],
)
def test_a_month_that_is_a_given_name_after_a_title_opens_the_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert people(text) == expected


def test_the_quote_after_a_company_is_the_named_persons() -> None:
    text = (
        'Carla Mendez, a strategist at Northgate Securities, said the selloff was over. "Buyers are back," Mendez said.'
    )
    facts = extract_facts(article(text))
    names = {e["entity_id"]: e["canonical_name"] for e in facts.entities}
    assert [names.get(q["speaker_entity_id"]) for q in facts.quotes if q["is_direct"]] == ["Carla Mendez"]
    assert ("organization", "Northgate Securities", "Northgate Securities") in published_mentions(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Las protestas siguieron en Puno, Cusco y Apurímac, dijo Ana Ruiz.",
            [("Ana Ruiz", None, None)],
            id="places-coordinated-by-y",
        ),
        pytest.param(
            "El candidato de la alianza Unidad y Progreso, Mario Salas, habló ayer.",
            [("Mario Salas", None, None)],
            id="party-coordinated-by-y-after-a-role",
        ),
        pytest.param(
            "El ministro de Energía y Minas, Héctor Bautista Lora, dijo que no habrá cortes.",
            [("Héctor Bautista Lora", "ministro de Energía y Minas", None)],
            id="ministry-of-two-areas",
        ),
        pytest.param(
            "La ministra de Vivienda, Construcción y Saneamiento, Rosa Quispe Mamani, visitó la zona.",
            [("Rosa Quispe Mamani", "ministra de Vivienda, Construcción y Saneamiento", None)],
            id="ministry-of-three-areas",
        ),
        pytest.param(
            "El ministro de Agricultura y Ganadería Pedro Soto Vega anunció ayudas.",
            [("Pedro Soto Vega", "ministro de Agricultura y Ganadería", None)],
            id="ministry-without-a-comma",
        ),
        pytest.param(
            "El ministro de Energía, Juan Pérez, dijo que no.",
            [("Juan Pérez", "ministro de Energía", None)],
            id="one-area-then-a-name",
        ),
        pytest.param(
            "La ministra de Salud y Ana Ruiz Vega llegaron juntas.",
            [("Ana Ruiz Vega", None, None)],
            id="role-and-a-person-coordinated",
        ),
        pytest.param(
            "Tomás Ruiz y Barrera llegó. Después declaró Ruiz y Barrera que no.",
            [("Tomás Ruiz y Barrera", None, None)],
            id="a-compound-surname-still-resolves",
        ),
    ],
)
def test_names_joined_by_y(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Carol Benning, general manager of the cooperative, said sales rose.",
            [("Carol Benning", "general manager", None)],
            id="general-manager",
        ),
        pytest.param(
            "General Tomás Vera said the roads were open.", [("Tomás Vera", "General", None)], id="general-still"
        ),
        pytest.param(
            "Tom Reyes, chief economist at Harborview Capital, said rates would fall.",
            [("Tom Reyes", "chief economist", None)],
            id="chief-economist",
        ),
        pytest.param(
            "Peter Mwangi, spokesperson for Governor Alice Otieno, said the roads were closed.",
            [("Peter Mwangi", "spokesperson", None), ("Alice Otieno", "Governor", None)],
            id="a-title-in-a-complement-is-the-next-persons",
        ),
        pytest.param(
            "Olivia Park, the mayor in Lubbock, said the storm had passed. Park thanked volunteers.",
            [("Olivia Park", "mayor", None)],
            id="surname-that-is-a-place-noun",
        ),
        pytest.param(
            "El senador Juan Guerra dijo que no. Guerra votó en contra.",
            [("Juan Guerra", "senador", None)],
            id="spanish-surname-that-is-a-common-noun",
        ),
    ],
)
def test_role_phrases_attach_to_their_holder(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Families met at Victoria Park on Sunday.", id="park-named-after-a-given-name"),
        pytest.param("El acuerdo puso fin a la Guerra del Pacífico, dijo el texto.", id="war"),
        pytest.param("The mayor of Victoria Park said the fair would go ahead.", id="a-place-after-a-role"),
    ],
)
def test_a_place_noun_after_a_given_name_needs_a_role(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        pytest.param(
            "La consellera Marta Puig va parlar dilluns. Segons Puig, l'economia creixerà.",
            "ca",
            [("person", "Marta Puig", "Marta Puig"), ("person", "Puig", "Marta Puig")],
            id="catalan-segons",
        ),
        pytest.param(
            "O ministro Rui Tavares falou ontem. Conforme Tavares, a economia vai crescer.",
            "pt",
            [("person", "Rui Tavares", "Rui Tavares"), ("person", "Tavares", "Rui Tavares")],
            id="portuguese-conforme",
        ),
    ],
)
def test_an_attribution_opening_a_sentence_is_no_given_name(
    text: str, language: str, expected: list[tuple[str, str, str]]
) -> None:
    # "Segons" ("according to") capitalised at a sentence's start made "Segons Puig" a two-word name.
    assert [m for m in published_mentions(text, language) if m[0] == "person"] == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # An adjective or an area after a title's head word is part of the title, not a surname.
        pytest.param("El Subsecretario de Seguridad Ciudadana dijo que no habrá cambios.", "es", id="department-adj"),
        pytest.param("La Directora Ejecutiva afirmó que el fondo crece.", "es", id="ejecutiva"),
        pytest.param("El Gobernador Constitucional del Estado dijo que sí.", "es", id="constitucional-del-estado"),
        pytest.param("La Fiscal Adjunta declaró que habrá cargos.", "es", id="adjunta"),
        pytest.param("El Secretario Técnico respondió que no.", "es", id="tecnico"),
        pytest.param("El Director Administrativo dijo que no.", "es", id="ending-tivo"),
        pytest.param("El Presidente Regional dijo que no.", "es", id="ending-ional"),
        pytest.param("O Secretário Municipal de Saúde disse que sim.", "pt", id="portuguese"),
        # Title heads Latin American and US news print often.
        pytest.param("El Coordinador Nacional de Protección Civil informó que hubo lluvias.", "es", id="coordinador"),
        pytest.param("El Procurador General de Justicia afirmó que no.", "es", id="procurador"),
        pytest.param("El Delegado Federal dijo que no.", "es", id="delegado"),
        pytest.param("The State Fire Marshal said the cause was electrical.", "en", id="marshal"),
    ],
)
def test_a_title_with_an_adjective_after_its_head_is_no_person(text: str, language: str) -> None:
    assert published_mentions(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Surnames ending like adjectives stay surnames after a title.
        pytest.param("El Gobernador Leal dijo que sí.", "es", [("Leal", "Gobernador")], id="leal"),
        pytest.param("El Senador Cabral dijo que sí.", "es", [("Cabral", "Senador")], id="cabral"),
        pytest.param("El Presidente Serrano dijo que sí.", "es", [("Serrano", "Presidente")], id="serrano"),
        pytest.param("El Comisario Corral dijo que la banda huyó.", "es", [("Corral", "Comisario")], id="corral"),
        # The longer title is the holder's.
        pytest.param(
            "El Director Ejecutivo, Pedro Sandoval, dijo que sí.",
            "es",
            [("Pedro Sandoval", "Director Ejecutivo")],
            id="appositive",
        ),
        pytest.param(
            "El Presidente Municipal Pedro Sandoval dijo que sí.",
            "es",
            [("Pedro Sandoval", "Presidente Municipal")],
            id="before-the-name",
        ),
        pytest.param(
            "El coordinador estatal de Protección Civil, Mario Cruz, informó que hubo lluvias.",
            "es",
            [("Mario Cruz", "coordinador estatal de Protección Civil")],
            id="lower-case",
        ),
        pytest.param(
            "Fire Marshal John Smith said the cause was electrical.",
            "en",
            [("John Smith", "Fire Marshal")],
            id="marshal",
        ),
    ],
)
def test_a_title_with_an_adjective_goes_to_the_name_it_introduces(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    facts = extract_facts(article(text, language))
    names = {e["entity_id"]: e["canonical_name"] for e in facts.entities}
    assert [(names[m["entity_id"]], m["role_title"]) for m in facts.mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Secretaria" is the minister, whom the name after the title holds; "Secretaría", the ministry.
        pytest.param(
            "La Secretaria de Salud Pública, Ana Ruiz, dijo que sí.",
            [("person", "Ana Ruiz", "Ana Ruiz")],
            id="minister-and-her-name",
        ),
        pytest.param(
            "La Secretaria Ejecutiva Elena Duarte dijo que sí.",
            [("person", "Elena Duarte", "Elena Duarte")],
            id="title-run-into-the-name",
        ),
        pytest.param(
            "La Secretaría de Salud Pública informó que no hay casos.",
            [("organization", "Secretaría de Salud Pública", "Secretaría de Salud Pública")],
            id="ministry",
        ),
        pytest.param(
            "The director of the Federal Reserve, Jerome Powell, said no.",
            [("organization", "Federal Reserve", "Federal Reserve"), ("person", "Jerome Powell", "Jerome Powell")],
            id="an-organization-inside-the-title-stays",
        ),
    ],
)
def test_a_title_before_its_holder_is_no_organization(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert published_mentions(text, "es") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # "Vidal" and "Pascual" are given names too; right after a title they are its holder's surname.
        pytest.param(
            "El Secretario Vidal dijo que la economía crecerá este año.",
            "es",
            [("person", "Vidal", "Vidal")],
            id="es-secretario",
        ),
        pytest.param(
            "El Presidente Pascual inauguró la planta.", "es", [("person", "Pascual", "Pascual")], id="es-presidente"
        ),
        pytest.param(
            "Secretary Vidal said the economy would grow.", "en", [("person", "Vidal", "Vidal")], id="en-secretary"
        ),
        pytest.param(
            "O Presidente Pascual disse que a economia vai crescer.",
            "pt",
            [("person", "Pascual", "Pascual")],
            id="pt-presidente",
        ),
        # The surname of a person named before still resolves to that person.
        pytest.param(
            "Ana Vidal llegó temprano. La Secretaria Vidal dijo que no.",
            "es",
            [("person", "Ana Vidal", "Ana Vidal"), ("person", "Vidal", "Ana Vidal")],
            id="named-before",
        ),
    ],
)
def test_a_given_name_right_after_a_title_is_a_surname(
    text: str, language: str, expected: list[tuple[str, str, str]]
) -> None:
    assert published_mentions(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('Meanwhile Ford Motor said "the plant will close next year".', id="opener"),
        pytest.param("Ford Motor said the plant would close.", id="ford-motor"),
        pytest.param("Toyota Motor and Hyundai Motor said sales rose.", id="two-automakers"),
    ],
)
def test_an_automaker_is_no_person(text: str) -> None:
    assert people(text) == []


def test_an_automaker_after_a_sentence_opener_is_a_company() -> None:
    text = 'Meanwhile Ford Motor said "the plant will close next year".'
    assert published_mentions(text, "en") == [("organization", "Ford Motor", "Ford Motor")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "El alcalde Germán Saldaña afirmó que el operativo se preparó durante meses.",
            [("Germán Saldaña", "alcalde", None)],
            id="german-accented-is-a-given-name",
        ),
        pytest.param(
            "Según Germán Vargas Lleras, la reforma llega tarde.",
            [("Germán Vargas Lleras", None, None)],
            id="german-accented-opens-a-full-name",
        ),
        pytest.param(
            "German Chancellor Olaf Scholz said the talks went well.",
            [("Olaf Scholz", "Chancellor", None)],
            id="german-the-nationality-is-no-name",
        ),
    ],
)
def test_a_given_name_spelled_like_a_nationality_but_for_its_accent(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        pytest.param(
            'Rain flooded Miami, said Environment Minister Bruce King.\n\n"This is good news," King stressed.',
            "en",
            [("place", "Miami", "Miami"), ("person", "Bruce King", "Bruce King"), ("person", "King", "Bruce King")],
            id="king",
        ),
        pytest.param(
            'The budget passed, said Finance Minister Ana Mayor.\n\n"We listened to everyone," Mayor added.',
            "en",
            [("person", "Ana Mayor", "Ana Mayor"), ("person", "Mayor", "Ana Mayor")],
            id="mayor",
        ),
        pytest.param(
            "El presupuesto fue aprobado, dijo el ministro Andrés Obispo.\n\n«Escuchamos a todos», afirmó Obispo.",
            "es",
            [("person", "Andrés Obispo", "Andrés Obispo"), ("person", "Obispo", "Andrés Obispo")],
            id="obispo",
        ),
    ],
)
def test_a_title_alone_that_is_a_named_person_s_surname_is_that_person(
    body: str, language: str, expected: list[tuple[str, str, str]]
) -> None:
    assert published_mentions(body, language)[-2:] == expected[-2:]
    assert {quote[1] for quote in published_quotes(body, language)} == {expected[-1][2]}


@pytest.mark.parametrize(
    "body",
    [
        pytest.param('"The talks went well," the King said after meeting Bruce King.', id="the-king"),
        pytest.param('Bruce King spoke first.\n\n"The talks went well," said King Charles.', id="king-charles"),
    ],
)
def test_a_title_with_its_article_or_its_holder_is_no_surname(body: str) -> None:
    assert ("person", "King", "Bruce King") not in published_mentions(body)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "«El puerto sigue cerrado», dijo a Bloomberg Andrés Molina, portavoz de la naviera.",
            ["Andrés Molina"],
            id="es-dijo-a-an-unlisted-outlet",
        ),
        pytest.param(
            "«El puerto sigue cerrado», declaró a Télam Marta Salinas Ortega.",
            ["Marta Salinas Ortega"],
            id="es-declaro-a-an-unlisted-outlet",
        ),
        pytest.param(
            '"The port is still closed," told Sputnik Helen Marsh, a shipping executive.',
            ["Helen Marsh"],
            id="en-told-an-unlisted-outlet",
        ),
        # Without "a", the words after a verb other than "told" are the speaker's whole name, whatever
        # its first word.
        pytest.param(
            "«El puerto sigue cerrado», declaró Yeidckol María Polevnsky.",
            ["Yeidckol María Polevnsky"],
            id="guard-declaro-an-unknown-given-name",
        ),
        # A given name after the verb and its "a" is the speaker's own: "dijo a Mario Ruiz" is whom.
        pytest.param(
            "«El puerto sigue cerrado», dijo a Mario Ruiz Salinas un vecino.",
            ["Mario Ruiz Salinas"],
            id="guard-a-given-name-after-dijo-a",
        ),
    ],
)
def test_an_unlisted_outlet_the_words_were_said_to_is_no_part_of_the_speaker_s_name(
    text: str, expected: list[str]
) -> None:
    assert [name for name, _, _ in people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Virginia Gov. Harold Vance signed the budget on Tuesday.", [("Harold Vance", None, None)], id="gov"
        ),
        pytest.param(
            "Lakeland Sen. Ted Oduya voted against the bill.", [("Ted Oduya", None, None)], id="sen-unknown-given-name"
        ),
        pytest.param(
            "The economist Amartya Sen spoke at the forum. Sen said growth was uneven.",
            [("Amartya Sen", "economist", None)],
            id="sen-surname",
        ),
    ],
)
def test_the_area_before_an_abbreviated_title_is_no_name(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "La candidata de la alianza Unidad Popular-Renovación Cívica (UP-RECI), Luisa Ortega, habló.",
            id="alliance-with-its-acronym",
        ),
        pytest.param("The candidate of Citizens Movement (CM), Helen Marsh, spoke first.", id="party-with-its-acronym"),
        pytest.param("Detuvieron a un marero vinculado a la Mara Salvatrucha, una red criminal.", id="gang-a-la"),
        pytest.param("Luis Ortega recordó su paso por el Leoncio Prado, donde estudió.", id="school-by-its-namesake"),
        pytest.param("El Colegio Nacional Leoncio Prado homenajeó al escritor Luis Ortega.", id="school-named-after"),
        pytest.param("Luis Ortega estudió en el Hospital Julio Ramírez de la ciudad.", id="hospital-named-after"),
    ],
)
def test_a_body_or_a_building_named_like_a_person_is_no_person(text: str) -> None:
    assert [name for name, _, _ in people(text)] == [
        name for name in ("Luisa Ortega", "Helen Marsh", "Luis Ortega") if name in text
    ]


def test_a_party_after_a_name_in_brackets_leaves_the_name_a_person() -> None:
    assert people("The motion came from deputy Ana Ruiz (PSOE), who spoke first.") == [("Ana Ruiz", "deputy", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The panel was made up of John Tower, former National Security Adviser Brent Scowcroft and Edmund Muskie.",
            [
                ("John Tower", None, None),
                ("Brent Scowcroft", "National Security Adviser", "former"),
                ("Edmund Muskie", None, None),
            ],
            id="en-list",
        ),
        pytest.param(
            "Siguen sin noticias de Daniela Ruiz, Canciller, Pedro Salas y otros detenidos.",
            [("Daniela Ruiz", None, None), ("Pedro Salas", "Canciller", None)],
            id="es-list",
        ),
        # Near miss: a title between commas after a name, before a verb, is that name's.
        pytest.param(
            "Helen Marsh, former Secretary of State, said the talks were over.",
            [("Helen Marsh", "Secretary of State", "former")],
            id="apposition",
        ),
    ],
)
def test_a_title_before_the_next_name_of_a_list_is_not_the_previous_one_s(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Siguen presos Carlos Azuaje, Dignora Ferrer y Wendel Oduya, entre otros.",
            [("Carlos Azuaje", None, None), ("Dignora Ferrer", None, None), ("Wendel Oduya", None, None)],
            id="es-list",
        ),
        pytest.param(
            "The board named Helen Marsh, Tarquin Oduya and Wendel Ferrer as trustees.",
            [("Helen Marsh", None, None), ("Tarquin Oduya", None, None), ("Wendel Ferrer", None, None)],
            id="en-list",
        ),
        # Near miss: a place or a company after a person in a list stays out.
        pytest.param(
            "Los acusados son Carlos Azuaje, Grupo Ferrer y Banco Oduya.", [("Carlos Azuaje", None, None)], id="bodies"
        ),
    ],
)
def test_a_name_listed_after_a_person_is_a_person(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sobre el derrumbe del techo de la discoteca Jet Set, el mandatario ha dicho que habrá justicia.",
            [],
            id="es-title-opens-the-next-clause",
        ),
        pytest.param(
            "About the fire at the Blue Set club, the governor has said the inquiry would be public.",
            [],
            id="en-title-opens-the-next-clause",
        ),
        # Near misses: an apposition that a comma or a complement closes.
        pytest.param(
            "Daniela Ruiz, la ministra de Salud, dijo que habrá vacunas.",
            [("Daniela Ruiz", "ministra de Salud", None)],
            id="es-apposition",
        ),
        pytest.param(
            "Wendel Oduya, the spokesman for the ministry, said no more.",
            [("Wendel Oduya", "spokesman", None)],
            id="en-apposition-with-complement",
        ),
    ],
)
def test_a_title_after_a_comma_that_opens_a_clause_is_not_the_name_s(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sobre el colapso de la discoteca Jet Set, el mandatario anticipó una investigación.", [], id="discoteca"
        ),
        pytest.param("La función en el teatro Julio Mena, el alcalde la suspendió.", [], id="teatro"),
        # Near miss: a title before the venue names its holder.
        pytest.param(
            "Habló el director del museo Daniela Ruiz sobre la colección.",
            [("Daniela Ruiz", "director", None)],
            id="title-before-the-venue",
        ),
    ],
)
def test_a_venue_named_after_its_noun_is_no_person(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A given name no list knows: the surname alone as a speech verb's subject proves the name.
        pytest.param(
            "Zorawar Mehta has rejected the claims about the pier. Mehta said the levy was fair.",
            [("Zorawar Mehta", None, None)],
            id="en-surname-then-said",
        ),
        pytest.param(
            "La cría de Ishaan Varkaloor murió en el parque. “Llegó tarde”, lamentó Varkaloor.",
            [("Ishaan Varkaloor", None, None)],
            id="es-verb-then-surname",
        ),
        pytest.param(
            "Thandiwe Okonkwo won the seat in 2019. Senator Okonkwo has not spoken since.",
            [("Thandiwe Okonkwo", "Senator", None)],
            id="surname-after-a-title",
        ),
        # Or the surname alone as the subject of a verb twice.
        pytest.param(
            "Tobiah Quarshie denied that Kwame Abankwa had lied. After Abankwa alleged a deal, he said Abankwa is"
            " in talks.",
            [("Kwame Abankwa", None, None)],
            id="surname-twice-a-subject",
        ),
        # Or an age in an apposition right after the name.
        pytest.param(
            "Ashvik Torrecilla, 19, is accused of firing at cars on the ring road.",
            [("Ashvik Torrecilla", None, None)],
            id="en-age-apposition",
        ),
        pytest.param(
            "Yaretzi Quilodrán, de 34 años, fue rescatada del río.",
            [("Yaretzi Quilodrán", None, None)],
            id="es-age-apposition",
        ),
        # A police force's officer titles the name after it.
        pytest.param(
            "Harbour Officer Corwin J. Brandt, 31, was treated for smoke inhalation.",
            [("Corwin J. Brandt", "Harbour Officer", None)],
            id="area-officer",
        ),
    ],
)
def test_an_unlisted_given_name_is_a_name_on_evidence(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: two capitalised words of no listed given name and no evidence stay out.
        "Zorawar Mehta has rejected the claims about the pier.",
        "The pier at Lantern Cove, 2024, was rebuilt.",  # a year is no age
        # Once a subject is not enough; a team after its city is repeated so.
        "Kwame Abankwa won. After Abankwa left, the pier closed.",
        "Manchester Rovers lost again. Rovers have won twice since; Rovers were poor.",
        "Owners of Small Trade met. Trade is slow; Trade was hit by the small trade tax.",  # a common noun
        "They met at the Institute for Human Rights. Rights groups say so. Rights groups agree.",
        # A programme after a preposition, and a studio, a span of time or a body's adjective.
        'But Mr Vance, also a guest on Morning Forum, said: "He should resign."',
        "She told the panel of Evening Question Time that the plan was fair.",
        "El emblemático estudio londinense Abbey Road abrió sus puertas.",
        "The company said sales in Fiscal Year 2025 grew; Fiscal Year 2024 was flat.",
        "El Parque Científico Tecnológico de Valdora cierra el año con doce empresas.",
        "El Centro Médico Nacional de Valdora atendió a los heridos.",
    ],
)
def test_places_programmes_and_bodies_are_no_persons(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Guards: a listed given name with a speech verb, and a title word ending a known name, stay.
        pytest.param("Time is short, said Ana Ruiz.", [("Ana Ruiz", None, None)], id="listed-given-name"),
        pytest.param(
            "El científico Tomás Rivas presentó el estudio.", [("Tomás Rivas", "científico", None)], id="title-alone"
        ),
    ],
)
def test_people_beside_time_and_adjective_words_stay(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title after a comma and before a verb in the preterite is the next clause's subject.
        pytest.param(
            "Tras hablar con Pedro Almagro, el alcalde pidió un minuto de silencio.",
            [("Pedro Almagro", None, None)],
            id="es-preterite",
        ),
        pytest.param(
            "Tras la muerte del concejal Pedro Almagro, el alcalde anunció tres días de luto.",
            [("Pedro Almagro", "concejal", None)],
            id="es-title-before-wins",
        ),
        # Guard: an apposition goes on with its complement or ends at a comma.
        pytest.param(
            "Pedro Almagro, el alcalde de Valdora, pidió calma.",
            [("Pedro Almagro", "alcalde de Valdora", None)],
            id="apposition",
        ),
    ],
)
def test_a_title_that_opens_the_next_clause_is_not_the_name_s(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert people(text) == expected


def test_words_before_a_named_person_are_not_proven_by_the_surname() -> None:
    # "on BBC Breakfast Charlie Stayt": the programme before a person's whole name is no given name of theirs.
    text = "Tomás Vila and Ana Ruiz on Sunrise Breakfast Tomás Vila and Ana Ruiz.\n\nVila replied: “No.”"
    assert people(text) == [("Tomás Vila", None, None), ("Ana Ruiz", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        # Boroughs and towns named after people, listed with places, and named again after the list.
        "La población de Iztapalapa, Marcos B. Robles y Tláhuac crece. Marcos B. Robles se dividiría en dos.",
        "Comparecen los titulares de Azcapotzalco, Matías Herrera y Coyoacán.",
        "Floods hit Tláhuac, Rufus Kemble and Coyoacán on Monday.",
    ],
)
def test_a_name_listed_with_places_is_a_place(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Guards: a place before a comma opens a clause, no list; people listed after a place stay people.
        pytest.param("En Bogotá, Gustavo Petro anunció el plan.", [("Gustavo Petro", None, None)], id="clause"),
        pytest.param(
            "Llegaron a Lima, Ana Ruiz y Luis Gómez, el lunes.",
            [("Ana Ruiz", None, None), ("Luis Gómez", None, None)],
            id="people",
        ),
        pytest.param(
            "Mayor Julián Carrizo, Azcapotzalco and Coyoacán's mayors met.",
            [("Julián Carrizo", "Mayor", None)],
            id="titled",
        ),
    ],
)
def test_people_beside_places_stay_people(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A rank that opens a company's name, before a word of companies' names.
        pytest.param(
            "Analysts expect General Dynamics to raise its offer, Trade Minister Paul Renard said on Monday.",
            [("Paul Renard", "Trade Minister", None)],
            id="company-after-rank",
        ),
        # The lower-case area of a title goes on after "and" with a capitalised one: no name.
        pytest.param(
            "Minister for health and Vocational Training, Omar Qureshi on Monday said the plan was ready.",
            [("Omar Qureshi", "Minister", None)],
            id="area-after-and",
        ),
        # A Spanish ministry of several areas, the last of two words.
        pytest.param(
            "La ministra de Industria, Energía y Medio Ambiente, Rosa Elena Quintero, afirmó que habrá fondos.",
            [("Rosa Elena Quintero", "ministra de Industria, Energía y Medio Ambiente", None)],
            id="listed-last-area",
        ),
        pytest.param(
            "El ministro de Agricultura y Desarrollo Rural, Tomás Quiroga, dijo que la cosecha fue buena.",
            [("Tomás Quiroga", "ministro de Agricultura y Desarrollo Rural", None)],
            id="two-word-last-area",
        ),
        # An abbreviated rank, with or without its full stop.
        pytest.param("The suspect, a Deputy Supt. of Police, was detained on Friday.", [], id="rank-abbreviated"),
        pytest.param(
            "Insp Daniel Okoro said the road was closed.", [("Daniel Okoro", None, None)], id="rank-before-name"
        ),
        # A weekday right after the name is the day of the verb.
        pytest.param(
            "Interior Minister Farid Ali Khan Thursday rejected the report as baseless.",
            [("Farid Ali Khan", "Interior Minister", None)],
            id="weekday-after-name",
        ),
        # A title of respect that opens the holder's name ends the title's area.
        pytest.param(
            "Minister for Railways Sheikh Kamran Ahmed Friday claimed the trains ran on time.",
            [("Sheikh Kamran Ahmed", "Minister for Railways", None)],
            id="name-opening-title",
        ),
        pytest.param("Getting your Trinity Audio player ready...", [], id="player-notice"),
    ],
)
def test_words_that_are_no_names_make_no_person(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert people(text) == expected


def test_a_headline_verb_before_a_surname_is_no_given_name() -> None:
    text = (
        "Visita Navarro-Luna la zona afectada por las lluvias\n\n"
        "Julio Navarro-Luna Ortiz, gobernador del estado, recorrió los barrios inundados. "
        "Navarro-Luna explicó que llegarán víveres."
    )
    spans = find_people(text)
    assert [(text[s.char_start : s.char_end], s.name) for s in spans] == [
        ("Navarro-Luna", "Julio Navarro-Luna Ortiz"),
        ("Julio Navarro-Luna Ortiz", "Julio Navarro-Luna Ortiz"),
        ("Navarro-Luna", "Julio Navarro-Luna Ortiz"),
    ]


def test_both_surnames_opening_a_sentence_stay_whole() -> None:
    text = "La vocera Marina Galarza Ibáñez habló. Pidió calma. Galarza Ibáñez, que asumió en mayo, dijo más."
    spans = find_people(text)
    assert [(text[s.char_start : s.char_end], s.name) for s in spans][-1] == ("Galarza Ibáñez", "Marina Galarza Ibáñez")


def test_an_unknown_given_name_beside_a_relative_stays_a_person() -> None:
    text = "Anil Mehta spoke first. Zorawar Mehta rejected the claims. Mehta said it was false."
    assert [p.name for p in summarize_people(find_people(text))] == ["Anil Mehta", "Zorawar Mehta"]


@pytest.mark.parametrize(
    "text",
    [
        "Los municipios con más contagios son Miguel R. Ferrer e Iztapalapa.",
        "The boroughs hit hardest were Marcos B. Robles and Coyoacán.",
        "La gira seguirá por Santiago de Cuba y Holguín.",
    ],
)
def test_features_listed_after_their_plural_and_a_city_of_de_are_places(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Juan de Dios Pérez dijo que no.", [("Juan de Dios Pérez", None, None)], id="de-no-place"),
        pytest.param(
            "Los alcaldes de los municipios de Lima y Callao, Ana Ruiz y Luis Gómez, firmaron.",
            [("Ana Ruiz", None, None), ("Luis Gómez", None, None)],
            id="list-after-capitals",
        ),
    ],
)
def test_people_after_feature_nouns_or_with_de_stay_people(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert people(text) == expected


def test_a_name_with_its_second_surname_is_the_same_person() -> None:
    text = (
        "El vicepresidente, Rodrigo Vallejo, llegó el lunes. Más tarde, Rodrigo Vallejo Ferrer dijo que el "
        "plan sigue. Vallejo insistió en ello."
    )
    spans = find_people(text)
    assert {s.name for s in spans} == {"Rodrigo Vallejo Ferrer"}
    assert [text[s.char_start : s.char_end] for s in spans] == ["Rodrigo Vallejo", "Rodrigo Vallejo Ferrer", "Vallejo"]
    assert people(text) == [("Rodrigo Vallejo Ferrer", "vicepresidente", None)]


def test_the_surname_of_the_shorter_name_is_the_person_s_too() -> None:
    text = (
        "Interior Minister Chaudhry Tariq Ali Khan spoke first. Later Chaudhry Tariq met the press, "
        "where Tariq said the report was wrong."
    )
    spans = find_people(text)
    assert {s.name for s in spans} == {"Chaudhry Tariq Ali Khan"}
    assert [text[s.char_start : s.char_end] for s in spans][-1] == "Tariq"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ana Ruiz Gómez dijo que sí. Ana Ruiz Pérez dijo que no. Ana Ruiz dijo que tal vez.",
            ["Ana Ruiz Gómez", "Ana Ruiz Pérez", "Ana Ruiz"],
            id="two-longer-names",
        ),
        pytest.param(
            "John Holt said it was over. John Holt Jr. said it was not.", ["John Holt", "John Holt Jr"], id="son"
        ),
    ],
)
def test_a_shorter_name_that_may_be_several_persons_stays_apart(text: str, expected: list[str]) -> None:
    assert [p.name for p in summarize_people(find_people(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The last area of a ministry of several words is the title's, not the first word of the name.
        pytest.param(
            "Minister of Water, Fisheries and Coastal Protection Tavita Mbeki said the dam would open.",
            [("Tavita Mbeki", "Minister of Water, Fisheries and Coastal Protection", None)],
            id="area-ending-in-two-words",
        ),
        pytest.param(
            '"The line opens in May," Ana Ruiz, the Minister for Ports, Mines and Inland Waterways said.',
            [("Ana Ruiz", None, None)],
            id="area-ending-before-said-is-no-person",
        ),
        pytest.param(
            "El ministro de Vivienda y Desarrollo Agrario Wankar Quispe dijo que no.",
            [("Wankar Quispe", "ministro de Vivienda y Desarrollo Agrario", None)],
            id="es-area-ending-in-two-words",
        ),
        # A title with its own area after "of": the whole title, not its head alone.
        pytest.param(
            "The money came on the orders of Prime Minister Ravi Anand, officials said.",
            [("Ravi Anand", "Prime Minister", None)],
            id="prime-minister-after-of",
        ),
        pytest.param(
            "Senate President Marta Ilagan said the vote would wait. Ilagan met the Cabinet on Monday.",
            [("Marta Ilagan", "Senate President", None)],
            id="senate-president",
        ),
        # The Arabic article glued to a surname inside a name; never a name of its own.
        pytest.param(
            "Karim al-Haddad, director general of the Orvalia health ministry, said the wards were full.",
            [("Karim al-Haddad", "director general", None)],
            id="glued-article-al",
        ),
        pytest.param(
            "The border will open on Monday, Abdel Wahab el-Tayeb said.",
            [("Abdel Wahab el-Tayeb", None, None)],
            id="glued-article-el",
        ),
        pytest.param("The al-Haddad family said the house was empty.", [], id="guard-glued-article-alone"),
        # A pope after "papa" and a masculine article; "la papa" is the potato.
        pytest.param(
            "Miles llenaron la plaza para la misa del papa Benedicto en Quito.",
            [("Benedicto", "papa", None)],
            id="es-papa",
        ),
        pytest.param(
            "Papa Benedicto: la misa será el domingo. Miles esperan al papa Benedicto en Quito.",
            [("Benedicto", "Papa", None)],
            id="es-papa-capitalised",
        ),
        pytest.param("El precio de la papa Criolla subió en Bogotá.", [], id="guard-la-papa"),
        pytest.param("El precio de La Papa Criolla subió en Bogotá.", [], id="guard-la-papa-capitalised"),
        # A programme's or a work's title right after its noun; after "de" the name is its author's or host's.
        pytest.param(
            "El programa Luz del Campo entregó casas, dijo Ana Ruiz.",
            [("Ana Ruiz", None, None)],
            id="es-programme-title",
        ),
        pytest.param(
            "El programa de Ana Ruiz ganó, dijo Luis Gómez.",
            [("Ana Ruiz", None, None), ("Luis Gómez", None, None)],
            id="guard-programme-of-a-person",
        ),
        # A rank before a name, and the surname alone later.
        pytest.param(
            "The victim, 40-year-old Sergeant Tom Reyes, died on Friday. Reyes had served for ten years.",
            [("Tom Reyes", "Sergeant", None)],
            id="rank-and-age",
        ),
        pytest.param("Captain America opened on Friday in Orvalia.", [], id="guard-a-rank-before-a-place-word"),
        # A plural title opens a list and is no name; a generational suffix in capitals is the name's.
        pytest.param(
            "Senators Pedro Lacson III, Ana Ruiz and Tomás Ortega voted no. Lacson said the bill was late.",
            [("Pedro Lacson III", None, None), ("Ana Ruiz", None, None), ("Tomás Ortega", None, None)],
            id="plural-title-and-suffix",
        ),
        pytest.param("World War II ended in 1945, Ana Ruiz said.", [("Ana Ruiz", None, None)], id="guard-a-war"),
        # An outlet named by its place, and a body after "the" and a nationality, are no persons.
        pytest.param(
            "Police Chief Ana Ruiz told Bayview television station KXYZ that the road was closed.",
            [("Ana Ruiz", "Police Chief", None)],
            id="station-named-by-its-place",
        ),
        pytest.param("Official Orvalia TV reported that two people died.", [], id="tv-named-by-its-place"),
        pytest.param("The Mexican Civil Protection said the storm had passed.", [], id="the-nationality-and-a-body"),
        pytest.param("The Civil Protection said the storm had passed.", [], id="the-and-a-body"),
        pytest.param(
            "Ana Ruiz said the radio was down, and Tom Brandt said so too.",
            [("Ana Ruiz", None, None), ("Tom Brandt", None, None)],
            id="guard-a-medium-later-in-the-clause",
        ),
        pytest.param("The Mexican Ana Ruiz said the storm had passed.", [("Ana Ruiz", None, None)], id="guard-given"),
    ],
)
def test_titles_ending_in_capitalised_words_ranks_and_bodies_read_as_names(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert people(text) == expected


def test_a_surname_alone_goes_to_the_name_with_its_generational_suffix() -> None:
    text = "Senators Pedro Lacson III and Ana Ruiz voted no. Lacson said the bill was late."
    spans = find_people(text)
    assert [(text[s.char_start : s.char_end], s.name) for s in spans] == [
        ("Pedro Lacson III", "Pedro Lacson III"),
        ("Ana Ruiz", "Ana Ruiz"),
        ("Lacson", "Pedro Lacson III"),
    ]


def test_a_body_named_before_its_president_s_title_stays_an_organization() -> None:
    text = "Senate President Marta Ilagan said the vote would wait."
    mentions = published_mentions(text)
    assert ("organization", "Senate", "Senate") in mentions
    assert ("person", "Marta Ilagan", "Marta Ilagan") in mentions


def test_a_piece_of_a_title_after_its_body_is_no_organization() -> None:
    text = "Senate Minority Leader Tomás Ortega said the vote would wait."
    assert [m for m in published_mentions(text) if m[0] == "organization" and m[1] != "Senate"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Varios partidos apoyan al Gobierno de Tomás Beltrán en el Congreso.", "Tomás Beltrán"),
        ("El régimen de Tomás Beltrán respondió a las sanciones.", "Tomás Beltrán"),
        ("The Government of Tomás Beltrán said it would appeal.", "Tomás Beltrán"),
        ("El Gabinete de Rosa Lema se reunió el lunes.", "Rosa Lema"),
    ],
    ids=["gobierno-de", "regimen-de", "government-of", "gabinete-de"],
)
def test_a_government_named_after_its_leader_is_no_part_of_the_name(text: str, name: str) -> None:
    assert [canonical for kind, _, canonical in published_mentions(text, "es") if kind == "person"] == [name]


def test_names_listed_with_the_places_they_govern_are_persons() -> None:
    text = (
        "Participan los gobernadores de Valdora, Tomás Beltrán; de Riverton, Xandro Quiteño; de San Telmo, Rosa "
        "Lema, y de Puerto Alto, Ulpiana Ferro."
    )
    persons = [canonical for kind, _, canonical in published_mentions(text, "es") if kind == "person"]
    assert persons == ["Tomás Beltrán", "Xandro Quiteño", "Rosa Lema", "Ulpiana Ferro"]


def test_a_place_after_a_listed_place_is_no_person() -> None:
    text = "Habló Tomás Beltrán; de Valdora, Nueva Esperanza y Puerto Alto llegaron quejas."
    assert [kind for kind, _, canonical in published_mentions(text, "es") if canonical != "Tomás Beltrán"].count(
        "person"
    ) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Governor Tomás Beltrán sued on Monday. Joining Beltrán at the news conference were two mayors.",
        "Governor Tomás Beltrán sued on Monday. Following Beltrán, the attorney general spoke.",
    ],
    ids=["joining", "following"],
)
def test_a_participle_opening_the_sentence_is_no_given_name(text: str) -> None:
    assert [canonical for kind, _, canonical in published_mentions(text) if kind == "person"] == ["Tomás Beltrán"] * 2


def test_a_place_based_word_before_a_company_is_no_given_name() -> None:
    text = "Quillon Biopharma Corp. rose. Lakeside, Valdora-based Quillon also raised its buyback."
    assert [kind for kind, _, _ in published_mentions(text)].count("person") == 0
