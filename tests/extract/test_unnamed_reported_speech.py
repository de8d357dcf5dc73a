"""Reported speech by someone the article does not name: a row with the printed subject as speaker_text and
no person, as a direct quote by such a speaker has; documents, laws, sayings and objects give none."""

from __future__ import annotations

import pytest

from tests.extract.article_helpers import published_quotes

Quote = tuple[str, str | None, str | None, str | None, bool]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        # A definite title that nobody in the article holds.
        pytest.param(
            "The minister said that the rise in prices was due to imported fuel.",
            "en",
            [("the rise in", None, "The minister", "said", False)],
            id="en-the-minister",
        ),
        pytest.param(
            "El ministro dijo que el alza en los precios obedece al combustible importado.",
            "es",
            [("el alza en", None, "El ministro", "dijo", False)],
            id="es-el-ministro",
        ),
        pytest.param(
            "La fiscal afirmó que el caso de la constructora será archivado en marzo.",
            "es",
            [("el caso de", None, "La fiscal", "afirmó", False)],
            id="es-la-fiscal",
        ),
        # A title with the body it belongs to.
        pytest.param(
            "El titular del MEF explicó que el alza se debe al precio del combustible.",
            "es",
            [("el alza se", None, "El titular del MEF", "explicó", False)],
            id="es-titular-del-mef",
        ),
        # An indefinite title, alone or with its body.
        pytest.param(
            "A spokesman said that the talks would resume next week in Geneva.",
            "en",
            [("the talks would", None, "A spokesman", "said", False)],
            id="en-a-spokesman",
        ),
        pytest.param(
            "Un portavoz dijo que las conversaciones se reanudarán la próxima semana.",
            "es",
            [("las conversaciones se", None, "Un portavoz", "dijo", False)],
            id="es-un-portavoz",
        ),
        pytest.param(
            "A Pemex spokesman said that the refinery would reopen in June.",
            "en",
            [("the refinery would", None, "A Pemex spokesman", "said", False)],
            id="en-a-pemex-spokesman",
        ),
        # People in the plural, with their body or their kind, or English "said" without "that".
        pytest.param(
            "Officials said that the bridge would reopen in May.",
            "en",
            [("the bridge would", None, "Officials", "said", False)],
            id="en-officials",
        ),
        pytest.param(
            "Officials at the ministry said that the bridge would reopen in May.",
            "en",
            [("the bridge would", None, "Officials at the ministry", "said", False)],
            id="en-officials-at-the-ministry",
        ),
        pytest.param(
            "Health officials said on Monday that the clinic would stay open all summer.",
            "en",
            [("the clinic would", None, "Health officials", "said", False)],
            id="en-health-officials-on-monday",
        ),
        pytest.param(
            "Analysts said the harbour would need new cranes within a year.",
            "en",
            [("the harbour would", None, "Analysts", "said", False)],
            id="en-analysts-without-that",
        ),
        pytest.param(
            "Police said that the driver had left the car near the station.",
            "en",
            [("the driver had", None, "Police", "said", False)],
            id="en-police",
        ),
        # Spanish plurals, with their verbs in the plural.
        pytest.param(
            "Funcionarios de aduanas dijeron que el nuevo sistema reducirá las esperas en la frontera.",
            "es",
            [("el nuevo sistema", None, "Funcionarios de aduanas", "dijeron", False)],
            id="es-funcionarios-de-aduanas",
        ),
        pytest.param(
            "Los vecinos denunciaron que el agua llega turbia desde hace meses.",
            "es",
            [("el agua llega", None, "Los vecinos", "denunciaron", False)],
            id="es-los-vecinos",
        ),
        pytest.param(
            "Las autoridades sanitarias informaron que la clínica seguirá abierta todo el verano.",
            "es",
            [("la clínica seguirá", None, "Las autoridades sanitarias", "informaron", False)],
            id="es-autoridades-sanitarias",
        ),
        # After an introduction that a comma closes, the subject still opens the sentence.
        pytest.param(
            "In a statement, the minister said that the port would reopen by June.",
            "en",
            [("the port would", None, "the minister", "said", False)],
            id="en-after-introduction",
        ),
    ],
)
def test_reported_speech_by_someone_unnamed_is_kept(body: str, language: str, expected: list[Quote]) -> None:
    assert published_quotes(body, language) == expected


def test_a_title_the_article_gave_someone_still_resolves_to_them() -> None:
    body = (
        "El ministro de Economía, Pedro Salas, llegó ayer al puerto. El ministro dijo que el puente reabrirá en mayo."
    )
    assert published_quotes(body, "es") == [("el puente reabrirá", "Pedro Salas", "El ministro", "dijo", False)]


@pytest.mark.parametrize(
    ("body", "language"),
    [
        # Documents, data and things.
        pytest.param("The report said that the bridge would reopen in May.", "en", id="en-the-report"),
        pytest.param("A study said that the bridge would reopen in May.", "en", id="en-a-study"),
        pytest.param("The data said that the bridge would reopen in May.", "en", id="en-the-data"),
        pytest.param("Reports said that the bridge would reopen in May.", "en", id="en-reports"),
        pytest.param("The official statement said that the bridge would reopen in May.", "en", id="en-statement"),
        pytest.param("El informe indicó que el puente reabrirá en mayo.", "es", id="es-el-informe"),
        pytest.param("El comunicado señaló que el puente reabrirá en mayo.", "es", id="es-el-comunicado"),
        # Laws and rules.
        pytest.param("The law says that the bridge must reopen in May.", "en", id="en-the-law"),
        pytest.param("La regla dice que el puente debe reabrir en mayo.", "es", id="es-la-regla"),
        pytest.param("Medios locales informaron que la clínica seguirá abierta todo el verano.", "es", id="es-medios"),
        # A saying, no one's speech.
        pytest.param("Some say that the bridge will reopen in May.", "en", id="en-some-say"),
        # A title that is no subject: the object, a preposition's, whose something it is.
        pytest.param(
            "A report by the minister said that the bridge would reopen in May.", "en", id="en-by-the-minister"
        ),
        pytest.param("The minister's office said that the bridge would reopen in May.", "en", id="en-ministers-office"),
        pytest.param("The minister was told that the bridge would reopen in May.", "en", id="en-was-told"),
        pytest.param("He told the minister that the bridge would reopen in May.", "en", id="en-told-the-minister"),
    ],
)
def test_no_one_speaks_for_a_document_a_law_or_a_saying(body: str, language: str) -> None:
    assert published_quotes(body, language) == []


def test_whom_the_words_were_told_to_is_not_the_speaker() -> None:
    body = "Officials told reporters that the bridge would reopen in May."
    assert published_quotes(body) == [("the bridge would", None, "Officials", "told", False)]


def test_a_verb_in_the_plural_is_no_one_persons() -> None:
    body = "Laura Gómez y Pedro Salas dijeron que la clínica seguirá abierta todo el verano."
    assert published_quotes(body, "es") == []


def test_people_in_the_plural_leave_the_next_verb_without_a_subject_to_the_person_before() -> None:
    body = (
        "Laura Gómez, directora del hospital, visitó el barrio el lunes. Los vecinos denunciaron que el agua llega "
        "turbia desde hace meses. «Lo arreglaremos antes del invierno», aseguró."
    )
    assert published_quotes(body, "es")[-1] == ("Lo arreglaremos antes", "Laura Gómez", None, "aseguró", True)
