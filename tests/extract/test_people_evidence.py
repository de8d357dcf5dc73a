"""People whose given name no list knows, told by what the words around them say of a person; and the titles
of professions and positions that news print before a name."""

from __future__ import annotations

import pytest

from flows.extract.people import find_people, summarize_people


def people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in summarize_people(find_people(text))]


def mentions(text: str) -> list[tuple[str, str]]:
    return [(span.name, text[span.char_start : span.char_end]) for span in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tarun Moyen Sil, a 41-year-old teacher, was stopped at the border. Later Sil was released.",
            [("Tarun Moyen Sil", "Tarun Moyen Sil"), ("Tarun Moyen Sil", "Sil")],
            id="english-age-apposition-and-a-capitalised-particle-as-surname",
        ),
        pytest.param(
            "Nurul Okafor, who ran the shelter for years, left on Friday.",
            [("Nurul Okafor", "Nurul Okafor")],
            id="who-after-the-name",
        ),
        pytest.param(
            "Recordó a sus maestros: Artemio Lozoya, de quien aprendió la disciplina.",
            [("Artemio Lozoya", "Artemio Lozoya")],
            id="de-quien-after-the-name",
        ),
        pytest.param(
            "Otro de sus mentores fue Ernesto Guerra, con quien trabajó en Toluca.",
            [("Ernesto Guerra", "Ernesto Guerra")],
            id="a-surname-that-is-a-noun-too-with-quien",
        ),
        pytest.param(
            "His sister, Shirin Kabore Tadesse, spoke to reporters outside the court.",
            [("Shirin Kabore Tadesse", "Shirin Kabore Tadesse")],
            id="kin-before-the-name",
        ),
        pytest.param(
            "El diputado es nieto de Ixchel Batabé y sobrino de Tlacaél Ordaz.",
            [("Ixchel Batabé", "Ixchel Batabé"), ("Tlacaél Ordaz", "Tlacaél Ordaz")],
            id="kin-and-de-before-the-name",
        ),
        pytest.param(
            "A letter was sent to Zahir Qadri, the family's lawyer says. Mr Qadri, 31, is from Leeds.",
            [("Zahir Qadri", "Zahir Qadri"), ("Zahir Qadri", "Qadri")],
            id="honorific-before-the-surname-proves-the-name",
        ),
        pytest.param(
            "In 2001 Faisal bin Rashed moved to Doha. Bin Rashed's company grew.",
            [("Faisal bin Rashed", "Faisal bin Rashed"), ("Faisal bin Rashed", "Bin Rashed")],
            id="arabic-patronymic",
        ),
        pytest.param(
            "Firmaron Tomás Ugalde (PRI), Xóchitl Neri (PT) y Aurelio Treviño.",
            [
                ("Tomás Ugalde", "Tomás Ugalde"),
                ("Xóchitl Neri", "Xóchitl Neri"),
                ("Aurelio Treviño", "Aurelio Treviño"),
            ],
            id="a-list-with-parties-in-brackets",
        ),
        pytest.param(
            "Lo negaron Yoatzin Bañales y Saúl Moreno. Ante la pregunta de Yoatzin Bañales, calló.",
            [
                ("Yoatzin Bañales", "Yoatzin Bañales"),
                ("Saúl Moreno", "Saúl Moreno"),
                ("Yoatzin Bañales", "Yoatzin Bañales"),
            ],
            id="a-name-listed-before-a-person-and-printed-later-after-de",
        ),
    ],
)
def test_names_told_by_what_is_said_of_them(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nurul Okafor, which ran the shelter, closed.", id="guard-which-is-no-person"),
        pytest.param("Vista Mar Norte, a 12-storey tower, opened.", id="guard-no-age"),
        pytest.param("La sede de Ixtla Bañales, cuya fachada es roja, abrió.", id="guard-cuyo"),
        pytest.param("The foundation Ayuda Lenta, Ana Ruiz said, grew.", id="guard-no-list-before-an-apposition"),
        pytest.param("La fundación Hábitat Digno, Fermín Oyarzo y Ana Ruiz.", id="guard-a-body-before-its-head"),
    ],
)
def test_look_alikes_stay_no_person(text: str) -> None:
    assert all(name in ("Ana Ruiz", "Fermín Oyarzo") for name, _ in mentions(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("NBC meteorologist Dana Ferrow said snow was ending.", ("Dana Ferrow", "meteorologist"), id="en"),
        pytest.param(
            "El seleccionador nacional Tomás Ugarte habló.", ("Tomás Ugarte", "seleccionador nacional"), id="es"
        ),
        pytest.param("El delantero Ismael Sosa llegó al club.", ("Ismael Sosa", "delantero"), id="forward"),
        pytest.param(
            "el auditor superior, Ramón Ibarra Soto, habló", ("Ramón Ibarra Soto", "auditor superior"), id="aud"
        ),
        pytest.param(
            "El primer ministro indio, Ravi Anand, viajó.", ("Ravi Anand", "primer ministro"), id="nationality"
        ),
    ],
)
def test_titles_of_professions_and_positions(text: str, expected: tuple[str, str]) -> None:
    assert people(text)[0] == expected


def test_a_company_that_leads_its_market_is_no_person() -> None:
    assert people("The brand went to market leader Vintara. Vintara declined to comment.") == []
    assert people("Opposition leader Ana Ruiz said no.") == [("Ana Ruiz", "Opposition leader")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '"Sales fell," said Tomás Vidrio, the IMF\'s chief economist. Prices rose.',
            [("Tomás Vidrio", "chief economist")],
            id="acronym-possessive",
        ),
        pytest.param(
            '"It is slow," said Karen Lobb, Orvalia Bank senior analyst, who works in Leeds.',
            [("Karen Lobb", "analyst")],
            id="area-and-adjectives",
        ),
        pytest.param(
            "Later Ilse Brandt, research scientist with the state university, spoke.",
            [("Ilse Brandt", "scientist")],
            id="lower-case-area-and-complement",
        ),
        pytest.param(
            "Yusuf Amari, another local blogger who wrote on farming, was arrested.",
            [("Yusuf Amari", "blogger")],
            id="another-and-an-adjective",
        ),
        # Guards: a clause or a list after the comma holds no title of the name.
        pytest.param("Ana Ruiz, who met the minister, left.", [("Ana Ruiz", None)], id="guard-relative-clause"),
        pytest.param(
            "They met Ana Ruiz, Luis Gómez and the minister.",
            [("Ana Ruiz", None), ("Luis Gómez", None)],
            id="guard-list",
        ),
        pytest.param(
            "We visited Ana Ruiz, the hometown doctor and mayor Luis Gómez.",
            [("Ana Ruiz", None), ("Luis Gómez", "mayor")],
            id="guard-a-title-before-another-name",
        ),
    ],
)
def test_a_title_closing_an_apposition_after_its_area(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


def test_an_initial_without_its_full_stop_inside_a_name() -> None:
    text = "After the re-election of Harold K Danby, Mr Ortiz spoke. Danby said no."
    assert mentions(text) == [("Harold K Danby", "Harold K Danby"), ("Harold K Danby", "Danby")]
    # "A" and "I" are words, no initials; "Plan B" ends no name.
    assert mentions("Then I Ana Ruiz went there.") == [("Ana Ruiz", "Ana Ruiz")]
    assert mentions("Group A Teams met. Plan B worked.") == []


def test_sir_and_dame_before_a_name_and_the_given_name_alone_after_them() -> None:
    text = 'Commissioner Sir Colin Redfern said: "It is late." Later Sir Colin said he was sorry. Colin left.'
    assert [(s.name, s.role_title) for s in find_people(text)] == [
        ("Colin Redfern", "Commissioner"),
        ("Colin Redfern", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Dame Elspeth Morrow opened the hall. Later Dame Elspeth said it was late.",
            [("Elspeth Morrow", "Elspeth Morrow"), ("Elspeth Morrow", "Elspeth")],
            id="dame-then-the-given-name-alone",
        ),
        # Without a knight's title in the article, the given name alone is nobody's; "Madame" holds no "Dame".
        pytest.param("Elspeth Morrow opened the hall. Later Elspeth said it was late.", [], id="no-title"),
        pytest.param(
            "Dame Elspeth Morrow opened the hall. Later Madame Elspeth said it was late.",
            [("Elspeth Morrow", "Elspeth Morrow"), ("Madame Elspeth", "Madame Elspeth")],
            id="madame-is-no-dame",
        ),
    ],
)
def test_a_given_name_alone_is_a_knight_s_only_after_sir_or_dame(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.name, text[s.char_start : s.char_end]) for s in find_people(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Quiere brillar en Santos Laguna, equipo al que llegó en junio.", id="team-in-apposition"),
        pytest.param("It was bought by Kendra Vale, the drinks firm, in 2001.", id="firm-in-apposition"),
        pytest.param("Fichó a Ismael Sosa (ex Pilar Norte) en enero.", id="former-club-in-brackets"),
        pytest.param("Hubo un motín en el Centro de Reclusión (Cereso) de Tlapa, dijo.", id="acronym-in-brackets"),
        pytest.param(
            "Criticó a Ravi Anand, el candidato del partido opositor Lok Morcha, ayer.", id="party-after-title"
        ),
        pytest.param("En Chile, la Sociedad Rural Austral denunció los daños.", id="spanish-article-and-verb"),
    ],
)
def test_bodies_named_like_people_are_no_people(text: str) -> None:
    assert all(name in ("Ismael Sosa", "Ravi Anand") for name, _ in mentions(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Mark Vintara, a party member, said no.", [("Mark Vintara", None)], id="a-member-is-a-person"),
        pytest.param("President (Xi) Jinping said so.", [("Xi Jinping", "President")], id="bracketed-after-a-title"),
        pytest.param("Habló el señor (Gabriel) Quadri ayer.", [("Gabriel Quadri", None)], id="bracketed-after-lower"),
        pytest.param(
            "El exdirector de la aduana Héctor Bustamante dijo.", [("Héctor Bustamante", "director")], id="given-name"
        ),
    ],
)
def test_look_alike_people_stay_people(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Flights left Heathrow, Walter Keane and Orly airports late.", [], id="a-list-of-airports"),
        pytest.param("Traffic slowed on the Walter Keane bridge at noon.", [], id="a-bridge"),
        pytest.param("Walter Keane said the bridge was closed.", [("Walter Keane", "Walter Keane")], id="guard-a-verb"),
        pytest.param("Luego hablamos con Ramiro de Irán y de Siria.", [], id="given-name-de-a-country"),
        pytest.param("Llegó Ana de León a la reunión.", [("Ana de León", "Ana de León")], id="guard-de-a-city"),
    ],
)
def test_features_and_countries_after_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Según el ente investigador, Mario Ojeda Pinto, siendo alcalde, firmó.",
            ("Mario Ojeda Pinto", "alcalde"),
            id="adjective-in-dor",
        ),
        pytest.param("el también diputado Luis Gómez dijo", ("Luis Gómez", "diputado"), id="guard-adverb"),
        pytest.param("El investigador Luis Gómez dijo", ("Luis Gómez", "investigador"), id="guard-article"),
    ],
)
def test_a_title_used_as_an_adjective_is_no_role(text: str, expected: tuple[str, str | None]) -> None:
    assert people(text)[0] == expected


def test_a_list_of_features_after_a_dash() -> None:
    text = "Winds hit the three airports -- Orly, Walter Keane and Lydd -- on Monday. Walter Keane said so."
    assert mentions(text) == [("Walter Keane", "Walter Keane")]
    assert [m[0] for m in mentions("He met the ministers -- Ana Ruiz and Luis Gómez -- today.")] == [
        "Ana Ruiz",
        "Luis Gómez",
    ]


def test_a_name_printed_without_its_middle_name_or_its_de_is_one_person() -> None:
    text = (
        "El gobernador Tomás Eliseo Barrera Ochoa y la exalcaldesa Inés Ulloa de Prado fueron acusados. "
        "Hay tres casos contra Tomás Barrera y dos contra Ulloa Prado."
    )
    assert [name for name, _ in mentions(text)] == [
        "Tomás Eliseo Barrera Ochoa",
        "Inés Ulloa de Prado",
        "Tomás Eliseo Barrera Ochoa",
        "Inés Ulloa de Prado",
    ]
    # Two longer names with the middle name dropped: either may be meant, none is merged.
    two = "Llegaron Tomás Eliseo Barrera Ochoa y Tomás Iván Barrera Soto. Habló Tomás Barrera."
    assert [name for name, _ in mentions(two)][-1] == "Tomás Barrera"


def test_initials_and_a_surname_are_a_person() -> None:
    text = "It is R.J. Talbot’s new film. Later Talbot said the cast was fine. “K. L. Marsh is great,” he said."
    assert mentions(text) == [
        ("R.J. Talbot", "R.J. Talbot"),
        ("R.J. Talbot", "Talbot"),
        ("K. L. Marsh", "K. L. Marsh"),
    ]
    # Initials of a country or a body, a place or a body's word after them: no person.
    assert mentions("U.S. Steel said so. A.C. Milan won. D.C. United lost.") == []
    assert mentions("U.S. President Joe Biden said.") == [("Joe Biden", "Joe Biden")]
    # A capital that ends a word and its full stop are no initial: "LVMH. Pernod is …".
    assert mentions("It lost out to LVMH. Corvin is home to brands. Él dijo LVMH. Corvin es.") == []


def test_a_former_club_in_brackets_says_a_player() -> None:
    text = "Ayer llegaron Yamil Ocrospoma (ex Deportivo Sur) y el goleador Ulises Tarbe al club."
    assert people(text) == [("Yamil Ocrospoma", None), ("Ulises Tarbe", "goleador")]


def test_a_nickname_in_quotes_inside_a_name() -> None:
    text = "Fue acusado Mario Andrés «el Tuerto» Salas Ríos. Dos casos contra su sobrino «el Tuerto» Salas."
    assert mentions(text) == [
        ("Mario Andrés Salas Ríos", "Mario Andrés «el Tuerto» Salas Ríos"),
        ("Mario Andrés Salas Ríos", "Salas"),
    ]
    # A title in quotes between two names of a list joins nothing.
    assert [name for name, _ in mentions('Ana Ruiz read "Hamlet", Luis Gómez "Macbeth".')] == ["Ana Ruiz", "Luis Gómez"]


def test_a_place_ending_the_complement_of_a_title_before_the_comma() -> None:
    text = "El tigre escapó, dijo el director adjunto del parque estatal de Sonora, Ilan Vartek."
    assert people(text) == [("Ilan Vartek", "director adjunto")]
    # Without the comma the capitalised words after the place may be the place's: no role is read across.
    assert people("Lo firmó el director del parque de Sonora Norte y se fue.") == []
