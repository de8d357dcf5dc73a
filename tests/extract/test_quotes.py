"""Quotes: marks, unclosed and multi-paragraph quotes, partial and reported speech, and their speakers."""

from __future__ import annotations

import pytest
from article_helpers import article

from flows.extract.people import analyse_people
from flows.extract.quotes import find_quotes
from flows.extract.types import Row, entity_id


def quotes(body: str, language: str = "en") -> list[Row]:
    doc = article(body, language)
    return find_quotes(doc, analyse_people(doc.text))


def speakers(body: str, language: str = "en") -> list[tuple[str, str | None, bool, bool | None]]:
    """(first words, speaker id, is_direct, is_closed_in_source) per quote."""
    return [
        (" ".join(r["text"].split()[:3]), r["speaker_entity_id"], r["is_direct"], r["is_closed_in_source"])
        for r in quotes(body, language)
    ]


def person(name: str) -> str:
    return entity_id("person", name)


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        pytest.param(
            'Minister Clara Montes met reporters. "We made real progress today," Montes said.',
            "en",
            [("We made real", person("Clara Montes"), True, True)],
            id="straight-marks-name-said",
        ),
        pytest.param(
            "Clara Montes spoke first. “We made real progress today,” said Clara Montes.",
            "en",
            [("We made real", person("Clara Montes"), True, True)],
            id="curly-marks-said-name",
        ),
        pytest.param(
            "Pedro Ruiz habló. «Hemos avanzado mucho hoy», dijo Ruiz.",
            "es",
            [("Hemos avanzado mucho", person("Pedro Ruiz"), True, True)],
            id="angle-marks-dijo",
        ),
        pytest.param(
            'Clara Montes added: "We will keep talking until every detail is settled.',
            "en",
            [("We will keep", person("Clara Montes"), True, False)],
            id="never-closed",
        ),
        pytest.param(
            'Clara Montes praised the deal because "it protects small fleets and jobs", she said.',
            "en",
            [("it protects small", person("Clara Montes"), True, True)],
            id="partial-quote",
        ),
        pytest.param(
            'Clara Montes said: "He called it "a historic step" and we agree."',
            "en",
            [("He called it", person("Clara Montes"), True, True)],
            id="nested-marks",
        ),
        pytest.param(
            "Ana Gil and Tom Brandt met. Brandt left early. “We disagree on fishing quotas,” she said.",
            "en",
            [("We disagree on", person("Ana Gil"), True, True)],
            id="pronoun-skips-the-other-gender",
        ),
        pytest.param(
            "Tom Brandt, the Secretary of State, met Ana Gil.\n\n"
            "“We will help,” the Secretary of State stressed. “And soon,” he added.",
            "en",
            [("We will help", person("Tom Brandt"), True, True), ("And soon", person("Tom Brandt"), True, True)],
            id="role-phrase-and-pronoun",
        ),
        pytest.param(
            "La ministra de Salud, Inés Mora, habló con Luis Gómez.\n\n«Tenemos las vacunas listas», aseguró.",
            "es",
            [("Tenemos las vacunas", person("Inés Mora"), True, True)],
            id="spanish-verb-without-subject",
        ),
        pytest.param(
            "La ministra Inés Mora habló. «Hemos trabajado mucho —añadió la ministra—, y hoy celebramos».",
            "es",
            [
                ("Hemos trabajado mucho", person("Inés Mora"), True, True),
                ("y hoy celebramos", person("Inés Mora"), True, True),
            ],
            id="attribution-between-dashes",
        ),
        pytest.param(
            "A spokesman for the union said “nobody will go back to work today”.",
            "en",
            [("nobody will go", None, True, True)],
            id="unknown-speaker-stays-null",
        ),
        pytest.param(
            "“The harbour will reopen next week,” the statement read.",
            "en",
            [("The harbour will", None, True, True)],
            id="no-speaker-no-guess",
        ),
        pytest.param(
            "Clara Montes told reporters that the talks would resume in the spring.",
            "en",
            [("the talks would", person("Clara Montes"), False, None)],
            id="reported-speech",
        ),
        pytest.param(
            "Inés Mora dijo que el acuerdo llegará antes de fin de año.",
            "es",
            [("el acuerdo llegará", person("Inés Mora"), False, None)],
            id="reported-speech-spanish",
        ),
        pytest.param(
            "La rectora Beatriz Olmedo aseguró en una conferencia que la universidad buscará fondos.",
            "es",
            [("la universidad buscará", person("Beatriz Olmedo"), False, None)],
            id="reported-speech-after-where-it-was-said",
        ),
        pytest.param(
            "El exdirector de la aduana Héctor Bustamante prometió transparencia: «Cada contenedor será revisado».",
            "es",
            [("Cada contenedor será", person("Héctor Bustamante"), True, True)],
            id="subject-introduced-by-its-title",
        ),
    ],
)
def test_quotes_and_speakers(
    body: str, language: str, expected: list[tuple[str, str | None, bool, bool | None]]
) -> None:
    assert speakers(body, language) == expected


def test_quote_running_over_paragraphs_is_linked_part_by_part() -> None:
    body = (
        'Union leader Tomas Brennan spoke. "We stood together for nine days.\n\n'
        '"Nobody wanted to stop the ships.\n\n'
        '"But they had to hear us," he said.'
    )
    rows = quotes(body)
    assert [r["paragraph_index"] for r in rows] == [0, 1, 2]
    assert [r["is_closed_in_source"] for r in rows] == [False, False, True]
    assert rows[0]["continues_quote_id"] is None
    assert rows[1]["continues_quote_id"] == rows[0]["quote_id"]
    assert rows[2]["continues_quote_id"] == rows[1]["quote_id"]
    assert {r["speaker_entity_id"] for r in rows} == {person("Tomas Brennan")}


def test_a_paragraph_opening_quote_takes_the_speaker_of_the_next_attributed_quote() -> None:
    body = 'The port reopened on Monday.\n\n"We were ready for this day." "And we waited long," said Ana Gil.'
    assert [r["speaker_entity_id"] for r in quotes(body)] == [person("Ana Gil"), person("Ana Gil")]


def test_a_new_quote_opening_after_a_sentence_ends_the_open_one() -> None:
    body = "Luis Vega spoke.\n\n“There is the issue. It will grow. “The challenge is how to manage it?”"
    rows = quotes(body)
    assert [(r["text"][:12], r["is_closed_in_source"]) for r in rows] == [
        ("There is the", False),
        ("The challeng", True),
    ]
    assert {r["speaker_entity_id"] for r in rows} == {None}


def test_rows_point_into_the_text_with_stable_ids() -> None:
    body = 'Clara Montes said: "We made progress." She told reporters that the talks would resume soon.'
    first, second = quotes(body), quotes(body)
    assert first == second
    for row in first:
        assert body[row["char_start"] : row["char_end"]] == row["text"]
        assert len(row["quote_id"]) == 16
    assert len({r["quote_id"] for r in first}) == len(first)
    assert [r["cue_verb"] for r in first] == ["said", "told"]
    assert [r["speaker_text"] for r in first] == ["Clara Montes", "She"]


def test_a_paragraph_of_many_quotes_attributes_each_as_a_short_one_does() -> None:
    # One long paragraph (a transcript, a crawler's run-together page): each quote is still attributed
    # from its own sentence, after the quote closed before it, and an indirect quote stops at the next mark.
    unit = '"We will talk," Bárcena said. Then Bárcena added: "We will not wait." She told reporters that the talks would go on. '
    found = speakers("Alicia Bárcena spoke in Mexico City. " + unit * 400)
    assert found[:3] == [
        ("We will talk", person("Alicia Bárcena"), True, True),
        ("We will not", person("Alicia Bárcena"), True, True),
        ("the talks would", person("Alicia Bárcena"), False, None),
    ]
    assert found == found[:3] * 400


# Spanish news attributes speech with many verbs besides "dijo"; these are among the commonest.
SPANISH_SPEECH_VERBS = (
    "relató", "aseguró", "sostuvo", "precisó", "puntualizó", "advirtió", "subrayó", "insistió", "agregó",
    "añadió", "concluyó", "respondió", "replicó", "comentó", "detalló", "indicó", "señaló", "manifestó",
    "expresó", "recalcó",
)  # fmt: skip


@pytest.mark.parametrize("verb", SPANISH_SPEECH_VERBS)
def test_spanish_speech_verbs_attribute_a_quote(verb: str) -> None:
    rows = quotes(f"Pedro Ruiz habló. «Nadie se va a rendir», {verb} Ruiz.", "es")
    assert [(r["speaker_entity_id"], r["cue_verb"]) for r in rows] == [(person("Pedro Ruiz"), verb)]
