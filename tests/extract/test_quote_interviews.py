"""Interview transcripts: the answers are the interviewee's direct speech, the questions nobody's quote."""

from __future__ import annotations

from dataclasses import replace

import pytest
from article_helpers import article

from flows.extract.people import analyse_people
from flows.extract.quotes import find_quotes
from flows.extract.types import Row, entity_id


def quotes(body: str, language: str = "es", heading: str = "") -> list[Row]:
    doc = replace(article(body, language), heading=heading)
    return find_quotes(doc, analyse_people(doc.text))


def direct(body: str, language: str = "es") -> list[tuple[str, str | None]]:
    """(text, speaker id) of every direct quote."""
    return [(r["text"], r["speaker_entity_id"]) for r in quotes(body, language) if r["is_direct"]]


def person(name: str) -> str:
    return entity_id("person", name)


_P_R = (
    "La hidróloga Lucía Ramírez, directora del Instituto del Agua, recibió a este diario en su oficina de Monterrey.\n\n"
    "P: ¿Cuánto tiempo durarán las presas?\n\n"
    "R: Con las lluvias de este año, unos cuatro meses. Después habrá que racionar.\n\n"
    "P: ¿Qué le pide al gobierno estatal?\n\n"
    "R: Que invierta en tuberías antes que en campañas."
)


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        pytest.param(
            _P_R,
            "es",
            [
                (
                    "Con las lluvias de este año, unos cuatro meses. Después habrá que racionar.",
                    person("Lucía Ramírez"),
                ),
                ("Que invierta en tuberías antes que en campañas.", person("Lucía Ramírez")),
            ],
            id="p-r-the-only-person-of-the-intro",
        ),
        pytest.param(
            "En entrevista con Tomás Herrera Vidal, el economista repasó la reforma que presentó Ana Soto en marzo.\n\n"
            "Pregunta: ¿La reforma llega tarde?\n\n"
            "Respuesta: Llega tarde y corta, pero llega.\n\n"
            "Pregunta. ¿Qué cambiaría usted primero?\n\n"
            "Respuesta. El impuesto a los combustibles, sin duda alguna.",
            "es",
            [
                ("Llega tarde y corta, pero llega.", person("Tomás Herrera Vidal")),
                ("El impuesto a los combustibles, sin duda alguna.", person("Tomás Herrera Vidal")),
            ],
            id="pregunta-respuesta-entrevista-con-x",
        ),
        pytest.param(
            "La alcaldesa Carmen Ortiz Beltrán, en entrevista con este diario, defendió el plan que critica el concejal Luis Prado.\n\n"
            "—¿Por qué cerrar el mercado ahora?\n\n"
            "—Porque el techo no aguanta otro invierno.\n\n"
            "—¿Y los comerciantes?\n\n"
            "—Tendrán un local provisional desde octubre.",
            "es",
            [
                ("Porque el techo no aguanta otro invierno.", person("Carmen Ortiz Beltrán")),
                ("Tendrán un local provisional desde octubre.", person("Carmen Ortiz Beltrán")),
            ],
            id="dash-questions-and-answers-x-en-entrevista-con",
        ),
        pytest.param(
            "In an interview with Daniel Okafor, the port director explained why Governor Ruth Hale ordered the closure.\n\n"
            "Q: When will the port reopen?\n\n"
            "A: Not before the dredging is finished, so late May at the earliest.\n\n"
            "Q. Who pays for the dredging?\n\n"
            "A. The federal government pays for most of it.",
            "en",
            [
                ("Not before the dredging is finished, so late May at the earliest.", person("Daniel Okafor")),
                ("The federal government pays for most of it.", person("Daniel Okafor")),
            ],
            id="english-q-a-an-interview-with-x",
        ),
        pytest.param(
            "Pedro Gil presentó su libro. Lo acompañó la editora Lucía Ramírez, que habló de la industria.\n\n"
            "Periodista: ¿Se venden menos libros?\n\n"
            "RAMÍREZ: Se venden distintos, no menos.\n\n"
            "Periodista: ¿Y las librerías pequeñas?\n\n"
            "RAMÍREZ: Resisten mejor que las cadenas.",
            "es",
            [
                ("Se venden distintos, no menos.", person("Lucía Ramírez")),
                ("Resisten mejor que las cadenas.", person("Lucía Ramírez")),
            ],
            id="surname-in-capitals-labels-the-answers",
        ),
        pytest.param(
            "Conversamos con Lucía Ramírez de la Torre y con su socio Pedro Gil.\n\n"
            "P: ¿Hay agua?\n\nLucía Ramírez de la Torre: Poca, y cada año menos.\n\n"
            "P: ¿Y luego?\n\nLucía Ramírez de la Torre: Ninguna, si nadie invierte.",
            "es",
            [
                ("Poca, y cada año menos.", person("Lucía Ramírez de la Torre")),
                ("Ninguna, si nadie invierte.", person("Lucía Ramírez de la Torre")),
            ],
            id="a-full-name-with-particles-labels-the-answers",
        ),
        pytest.param(
            "Conversamos con la escritora Inés Lozano en Quito.\n\n"
            "**P:** ¿Escribe todos los días?\n\n"
            "**R:** Casi todos, por la mañana.\n\n"
            "**P.** ¿A mano?\n\n"
            "**R.** Sí, en cuadernos de tapa dura.",
            "es",
            [
                ("Casi todos, por la mañana.", person("Inés Lozano")),
                ("Sí, en cuadernos de tapa dura.", person("Inés Lozano")),
            ],
            id="markdown-bold-labels",
        ),
        pytest.param(
            "El ministro Raúl Paredes y la senadora Elena Quiroga debatieron anoche.\n\n"
            "P: ¿Habrá acuerdo?\n\n"
            "R: Lo habrá cuando la oposición quiera.\n\n"
            "P: ¿Cuándo votan?\n\n"
            "R: El martes, si hay quórum.",
            "es",
            [("Lo habrá cuando la oposición quiera.", None), ("El martes, si hay quórum.", None)],
            id="two-people-in-the-intro-no-speaker",
        ),
    ],
)
def test_answers_are_direct_quotes_of_the_interviewee(
    body: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    assert direct(body, language) == expected


def test_an_answer_row_is_direct_closed_without_verb_and_points_into_the_body() -> None:
    rows = quotes(_P_R)
    assert rows and all(r["is_direct"] and r["is_closed_in_source"] and r["cue_verb"] is None for r in rows)
    assert all(_P_R[r["char_start"] : r["char_end"]] == r["text"] for r in rows)
    assert [r["paragraph_index"] for r in rows] == [2, 4]
    assert all(r["speaker_text"] is None for r in rows)  # the intro names her, no attribution does


def test_a_name_label_is_the_printed_speaker() -> None:
    body = (
        "Lucía Ramírez dirige el Instituto del Agua desde 2019.\n\n"
        "EL HERALDO: ¿Hay agua para el verano?\n\n"
        "Ramírez: Hay agua para junio, no para agosto.\n\n"
        "EL HERALDO: ¿Y después?\n\n"
        "Ramírez: Después, pipas y tandeos."
    )
    rows = quotes(body)
    assert [(r["text"], r["speaker_text"], r["speaker_entity_id"]) for r in rows] == [
        ("Hay agua para junio, no para agosto.", "Ramírez", person("Lucía Ramírez")),
        ("Después, pipas y tandeos.", "Ramírez", person("Lucía Ramírez")),
    ]


def test_an_answer_continued_over_unlabelled_paragraphs_is_linked() -> None:
    body = (
        "Entrevista con el arquitecto Sergio Maldonado.\n\n"
        "P: ¿Qué falla en la ciudad?\n\n"
        "R: Falta transporte público en la periferia.\n\n"
        "Y falta vivienda cerca del trabajo.\n\n"
        "P: ¿Por dónde empezaría?\n\n"
        "R: Por los autobuses, que son baratos y rápidos de poner en marcha."
    )
    rows = quotes(body)
    assert [r["text"] for r in rows] == [
        "Falta transporte público en la periferia.",
        "Y falta vivienda cerca del trabajo.",
        "Por los autobuses, que son baratos y rápidos de poner en marcha.",
    ]
    assert {r["speaker_entity_id"] for r in rows} == {person("Sergio Maldonado")}
    assert rows[1]["continues_quote_id"] == rows[0]["quote_id"]
    assert rows[0]["continues_quote_id"] is None and rows[2]["continues_quote_id"] is None


def test_words_quoted_inside_an_answer_stay_part_of_it() -> None:
    body = (
        "La hidróloga Lucía Ramírez habló con este diario.\n\n"
        "P: ¿Qué dijo el gobernador?\n\n"
        'R: Que "todo está bajo control", pero no es cierto. Lo hemos advertido.\n\n'
        "P: ¿Y el alcalde Jorge Lima dijo que hay agua para todo el año?\n\n"
        "R: Dijo que «habrá agua», y el alcalde se equivoca."
    )
    assert direct(body) == [
        ('Que "todo está bajo control", pero no es cierto. Lo hemos advertido.', person("Lucía Ramírez")),
        ("Dijo que «habrá agua», y el alcalde se equivoca.", person("Lucía Ramírez")),
    ]


@pytest.mark.parametrize(
    ("body", "language"),
    [
        pytest.param(
            "The council met on Monday.\n\nA: the first option would raise fares by ten cents.\n\n"
            "The council will vote next week.",
            "en",
            id="one-paragraph-opening-with-a",
        ),
        pytest.param(
            "The council weighed three options.\n\nA: raise fares by ten cents.\n\nB: cut two night lines.\n\n"
            "C: ask the state for a loan.\n\nA: raise fares again in June.",
            "en",
            id="a-lettered-list",
        ),
        pytest.param(
            "The new parking rules start on June 1. Here is what changes for drivers.\n\n"
            "Q: Where can I park overnight?\n\nA: On any street without a yellow line.\n\n"
            "Q: How much is a permit?\n\nA: Forty dollars a year for residents.",
            "en",
            id="an-explainer-faq",
        ),
        pytest.param(
            "Nota: el texto fue actualizado.\n\nR: ver la corrección al pie.",
            "es",
            id="a-single-label-pair",
        ),
    ],
)
def test_labels_that_are_no_interview_make_no_quote(body: str, language: str) -> None:
    assert quotes(body, language) == []


def test_a_dash_dialogue_with_narrators_is_no_interview() -> None:
    body = (
        "Ana Ruiz y Luis Gómez discutían en el andén.\n\n"
        "—¿Vienes mañana? —preguntó Ana Ruiz.\n\n—No puedo ir —respondió Luis Gómez.\n\n"
        "—¿Y el sábado? —insistió ella.\n\n—Tampoco —dijo Gómez."
    )
    texts = [r["text"] for r in quotes(body)]
    assert "¿Vienes mañana?" in texts and "¿Y el sábado?" in texts


def test_the_title_presents_the_interviewee_when_the_intro_names_several() -> None:
    body = (
        "Lucía Ramírez llegó con el informe que le encargó el gobernador Julio Paz.\n\n"
        "P: ¿Hay agua para el verano?\n\n"
        "R: Para junio, no para agosto.\n\n"
        "P: ¿Y después?\n\n"
        "R: Pipas y tandeos en toda la zona metropolitana."
    )
    rows = quotes(body, heading="Entrevista con Lucía Ramírez: «El agua no alcanzará»")
    assert [(r["text"], r["speaker_entity_id"]) for r in rows] == [
        ("Para junio, no para agosto.", person("Lucía Ramírez")),
        ("Pipas y tandeos en toda la zona metropolitana.", person("Lucía Ramírez")),
    ]
    assert {r["speaker_entity_id"] for r in quotes(body)} == {None}  # without the title, nobody


def test_an_interview_word_in_the_deck_makes_english_q_and_a_an_interview() -> None:
    body = (
        "The port director, Daniel Okafor, and Governor Ruth Hale disagree on the closure.\n\n"
        "Q: When will the port reopen?\n\nA: Not before the dredging is finished.\n\n"
        "Q: Who pays for it?\n\nA: The federal government, mostly."
    )
    rows = quotes(body, "en", heading="Port chief Daniel Okafor on the closure: an interview")
    assert [(r["text"], r["speaker_entity_id"]) for r in rows] == [
        ("Not before the dredging is finished.", person("Daniel Okafor")),
        ("The federal government, mostly.", person("Daniel Okafor")),
    ]
    assert quotes(body, "en") == []  # without it, an explainer's questions


@pytest.mark.parametrize(
    ("body", "language", "answers"),
    [
        pytest.param(
            "Entrevista con la hidróloga Lucía Ramírez.\n\n"
            "P: ¿Qué espera del acuerdo? R: Que se cumpla.\n\n"
            "P: ¿Y si no se cumple? R: Iremos a los tribunales, como en 2019.",
            "es",
            ["Que se cumpla.", "Iremos a los tribunales, como en 2019."],
            id="p-r-in-one-paragraph",
        ),
        pytest.param(
            "In an interview with Daniel Okafor, the port director explained the closure.\n\n"
            "Q: What do you expect? A: That it holds.\n\n"
            "**Q.** Who pays for the dredging? **A.** The federal government pays for most of it.",
            "en",
            ["That it holds.", "The federal government pays for most of it."],
            id="q-a-in-one-paragraph-bold-and-full-stops",
        ),
        pytest.param(
            "Entrevista con la hidróloga Lucía Ramírez.\n\n"
            "Pregunta: ¿Qué espera del acuerdo? Respuesta: Que se cumpla.\n\n"
            "Pregunta: ¿Y después?\n\n"
            "Respuesta: Que se vigile cada mes.",
            "es",
            ["Que se cumpla.", "Que se vigile cada mes."],
            id="one-paragraph-then-two",
        ),
    ],
)
def test_an_answer_sharing_the_question_paragraph_is_a_quote(body: str, language: str, answers: list[str]) -> None:
    rows = quotes(body, language)
    assert [r["text"] for r in rows] == answers
    assert all(body[r["char_start"] : r["char_end"]] == r["text"] for r in rows)
    assert {r["speaker_entity_id"] for r in rows} == {person("Lucía Ramírez" if language == "es" else "Daniel Okafor")}


def test_an_answer_label_that_does_not_pair_with_the_question_label_is_no_answer() -> None:
    # "A." after a "Q:" question is a name's initial; "R:" after "Q:" another transcript's label.
    body = (
        "In an interview with Daniel Okafor, the port director explained the closure.\n\n"
        "Q: Did you read the report by Plan A? A. Smith wrote it.\n\n"
        "Q: And the other one? R: nobody read it."
    )
    assert quotes(body, "en") == []


def test_a_spaced_dash_after_a_label_is_not_part_of_the_answer() -> None:
    body = (
        "Entrevista con la hidróloga Lucía Ramírez.\n\n"
        "P. — ¿Qué espera del acuerdo?\n\nR. — Que se cumpla.\n\n"
        "P.- ¿Y después?\n\nR.- Que se vigile cada mes."
    )
    assert [r["text"] for r in quotes(body)] == ["Que se cumpla.", "Que se vigile cada mes."]


_EN_DASH_TURNS = (
    "—What do you expect from the deal?\n\n—That it holds, and that the state pays its share.\n\n"
    "—And if it does not?\n\n—Then we go to court, as we did in 2019."
)


@pytest.mark.parametrize(
    ("body", "language", "heading", "expected"),
    [
        pytest.param(
            "Daniel Okafor, the port director, spoke with us in his office.\n\n" + _EN_DASH_TURNS,
            "en",
            "An interview with the port director",
            [
                ("That it holds, and that the state pays its share.", person("Daniel Okafor")),
                ("Then we go to court, as we did in 2019.", person("Daniel Okafor")),
            ],
            id="english-interview-in-the-title",
        ),
        pytest.param(
            "Em entrevista, a ministra Helena Duarte falou sobre a seca.\n\n"
            "—O que espera do acordo?\n\n—Que seja cumprido por todos.\n\n"
            "—E se não for?\n\n—Vamos aos tribunais, como em 2019.",
            "pt",
            "",
            [
                ("Que seja cumprido por todos.", person("Helena Duarte")),
                ("Vamos aos tribunais, como em 2019.", person("Helena Duarte")),
            ],
            id="portuguese-prints-no-opening-question-mark",
        ),
    ],
)
def test_dash_questions_without_an_opening_mark_and_their_answers(
    body: str, language: str, heading: str, expected: list[tuple[str, str]]
) -> None:
    rows = quotes(body, language, heading)
    assert [(r["text"], r["speaker_entity_id"]) for r in rows] == expected
    assert all(body[r["char_start"] : r["char_end"]] == r["text"] for r in rows)


def test_english_dash_turns_without_a_sign_of_an_interview_make_no_quote() -> None:
    body = "Daniel Okafor and Ruth Hale argued on the pier.\n\n" + _EN_DASH_TURNS
    assert quotes(body, "en") == []


_ES_DASH_INTRO = "La alcaldesa Carmen Ortiz Beltrán, en entrevista con este diario, defendió el plan del mercado.\n\n"


@pytest.mark.parametrize(
    ("body", "language"),
    [
        pytest.param(
            _ES_DASH_INTRO + "—¿Por qué cerrar el mercado ahora?\n\n—Porque el techo no aguanta otro invierno.\n\n"
            "Y porque los comerciantes lo pidieron en la última asamblea.\n\n"
            "—¿Y los comerciantes?\n\n—Tendrán un local provisional desde octubre.",
            "es",
            id="spanish",
        ),
        pytest.param(
            "Carmen Ortiz Beltrán, the mayor, defended the market plan in an interview.\n\n"
            "—Why close the market now?\n\n—Because the roof will not last another winter.\n\n"
            "And because the traders asked for it at the last meeting.\n\n"
            "—What about the traders?\n\n—They will have a temporary site from October.",
            "en",
            id="english",
        ),
    ],
)
def test_a_dash_answer_going_on_over_an_unlabelled_paragraph_is_linked(body: str, language: str) -> None:
    rows = quotes(body, language)
    assert len(rows) == 3
    assert {r["speaker_entity_id"] for r in rows} == {person("Carmen Ortiz Beltrán")}
    assert rows[1]["text"].startswith(("Y porque", "And because"))
    assert rows[1]["continues_quote_id"] == rows[0]["quote_id"]
    assert rows[0]["continues_quote_id"] is None and rows[2]["continues_quote_id"] is None
    assert all(body[r["char_start"] : r["char_end"]] == r["text"] for r in rows)


@pytest.mark.parametrize(
    "between",
    [
        pytest.param("Ortiz se levanta y señala las goteras del techo.", id="the-narrator-names-the-interviewee"),
        pytest.param("Un comerciante la interrumpe: «Nadie nos preguntó».", id="another-voice-in-marks"),
        pytest.param("La obra —dice el informe municipal— costará dos millones.", id="a-dash-aside"),
    ],
)
def test_a_paragraph_after_a_dash_answer_that_is_not_clearly_it_is_no_quote(between: str) -> None:
    body = (
        _ES_DASH_INTRO + "—¿Por qué cerrar el mercado ahora?\n\n—Porque el techo no aguanta otro invierno.\n\n"
        f"{between}\n\n—¿Y los comerciantes?\n\n—Tendrán un local provisional desde octubre."
    )
    texts = [r["text"] for r in quotes(body) if r["speaker_entity_id"] == person("Carmen Ortiz Beltrán")]
    assert texts == ["Porque el techo no aguanta otro invierno.", "Tendrán un local provisional desde octubre."]
    assert all(r["continues_quote_id"] is None for r in quotes(body))


def test_prose_after_the_last_dash_answer_or_after_a_narrated_one_is_not_the_answer() -> None:
    body = (
        _ES_DASH_INTRO + "—¿Por qué cerrar el mercado ahora?\n\n—Porque no aguanta otro invierno —dijo Ortiz.\n\n"
        "El techo tiene cuarenta años.\n\n—¿Y los comerciantes?\n\n—Tendrán un local provisional desde octubre.\n\n"
        "La obra empezará en noviembre y durará un año."
    )
    rows = quotes(body)
    assert [r["text"] for r in rows] == [
        "Porque no aguanta otro invierno",
        "Tendrán un local provisional desde octubre.",
    ]
    assert all(r["continues_quote_id"] is None for r in rows)
