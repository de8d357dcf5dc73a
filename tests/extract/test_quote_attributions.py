"""Quotes attributed without a speech verb: "according to X", "según X", "segundo X", "segons X".

The articles are invented for these tests. Each row is (first words, speaker, speaker_text, cue_verb,
is_direct)."""

from __future__ import annotations

import pytest
from article_helpers import article, published_mentions
from article_helpers import published_quotes as read

from flows.extract.facts import extract_facts
from schemas.vocabularies import attribution_phrases_of

_Row = tuple[str, str | None, str | None, str | None, bool]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        pytest.param(
            'The ministry published its forecast. "The economy will grow this year," according to Finance '
            "Minister Ana Ruiz.",
            "en",
            [("The economy will", "Ana Ruiz", "Ana Ruiz", "according to", True)],
            id="en-quote-then-according-to",
        ),
        pytest.param(
            "El gobierno presentó el presupuesto. «La economía crecerá este año», según el ministro de "
            "Hacienda, Juan Pérez.",
            "es",
            [("La economía crecerá", "Juan Pérez", "Juan Pérez", "según", True)],
            id="es-quote-then-segun-title-and-name",
        ),
        pytest.param(
            'El gobierno presentó el presupuesto. Según Juan Pérez, "la economía crecerá este año".',
            "es",
            [("la economía crecerá", "Juan Pérez", "Juan Pérez", "según", True)],
            id="es-segun-then-quote",
        ),
        pytest.param(
            'Economist Tom Brandt was blunt. According to Brandt: "Rates will stay high all year."',
            "en",
            [("Rates will stay", "Tom Brandt", "Brandt", "according to", True)],
            id="en-according-to-colon-quote",
        ),
        pytest.param(
            '"A inflação vai cair até dezembro", segundo a ministra Helena Duarte.',
            "pt",
            [("A inflação vai", "Helena Duarte", "Helena Duarte", "segundo", True)],
            id="pt-quote-then-segundo",
        ),
        pytest.param(
            "«L'atur baixarà aquest any», segons la consellera Marta Puig.",
            "ca",
            [("L'atur baixarà aquest", "Marta Puig", "Marta Puig", "segons", True)],
            id="ca-quote-then-segons",
        ),
    ],
)
def test_direct_quote_takes_the_attributed_speaker(body: str, language: str, expected: list[_Row]) -> None:
    assert read(body, language) == expected


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        pytest.param(
            "Finance Minister Ana Ruiz presented the budget. According to Ruiz, the economy will grow by "
            "3 percent next year.",
            "en",
            [("the economy will", "Ana Ruiz", "Ruiz", "according to", False)],
            id="en-according-to-opens",
        ),
        pytest.param(
            "The budget was presented on Monday. The economy will grow by 3 percent next year, according to Ana Ruiz.",
            "en",
            [("The economy will", "Ana Ruiz", "Ana Ruiz", "according to", False)],
            id="en-according-to-closes",
        ),
        pytest.param(
            "Juan Pérez habló el lunes. Según Pérez, la economía crecerá un 3 por ciento este año.",
            "es",
            [("la economía crecerá", "Juan Pérez", "Pérez", "según", False)],
            id="es-segun-opens",
        ),
        pytest.param(
            "De acuerdo con Juan Pérez, la inflación bajará en el segundo semestre.",
            "es",
            [("la inflación bajará", "Juan Pérez", "Juan Pérez", "de acuerdo con", False)],
            id="es-de-acuerdo-con-opens",
        ),
        pytest.param(
            "De acordo com Rui Tavares, a economia vai crescer três por cento.",
            "pt",
            [("a economia vai", "Rui Tavares", "Rui Tavares", "de acordo com", False)],
            id="pt-de-acordo-com-opens",
        ),
        pytest.param(
            "O ministro Rui Tavares falou ontem. Conforme Tavares, a economia vai crescer três por cento.",
            "pt",
            [("a economia vai", "Rui Tavares", "Tavares", "conforme", False)],
            id="pt-conforme-opens",
        ),
        pytest.param(
            "La consellera Marta Puig va parlar dilluns. Segons Puig, l'economia creixerà un tres per cent.",
            "ca",
            [("l'economia creixerà un", "Marta Puig", "Puig", "segons", False)],
            id="ca-segons-opens",
        ),
        # A speech verb between "según" and its speaker: "según explicó Salinas".
        pytest.param(
            "Marta Salinas dirige el puerto. Según explicó Salinas, las obras terminarán antes del verano próximo.",
            "es",
            [("las obras terminarán", "Marta Salinas", "Salinas", "según", False)],
            id="segun-explico-a-surname",
        ),
        pytest.param(
            "Según dijo la alcaldesa Marta Salinas, las obras terminarán antes del verano próximo.",
            "es",
            [("las obras terminarán", "Marta Salinas", "Marta Salinas", "según", False)],
            id="segun-dijo-a-title-and-name",
        ),
        pytest.param(
            "Marta Salinas dirige el puerto. Según afirmó ella, las obras terminarán antes del verano próximo.",
            "es",
            [("las obras terminarán", "Marta Salinas", "ella", "según", False)],
            id="segun-afirmo-a-pronoun",
        ),
        # The statement that carried the words: "according to a statement from X".
        pytest.param(
            "According to a statement from Helen Marsh, the works will end before next summer at the port.",
            "en",
            [("the works will", "Helen Marsh", "Helen Marsh", "according to", False)],
            id="according-to-a-statement-from-a-name",
        ),
        pytest.param(
            "Según un comunicado de Marta Salinas, las obras del puerto terminarán antes del verano próximo.",
            "es",
            [("las obras del", "Marta Salinas", "Marta Salinas", "según", False)],
            id="segun-un-comunicado-de-a-name",
        ),
        # A body's statement is the body's words: the organization speaks.
        pytest.param(
            "Según un comunicado de la Fiscalía, las obras del puerto terminarán antes del verano próximo.",
            "es",
            [("las obras del", "Fiscalía", "la Fiscalía", "según", False)],
            id="a-statement-of-a-body-is-the-bodys",
        ),
        # "según lo previsto": no speech verb, and no speaker after it.
        pytest.param(
            "Según lo previsto por el puerto, las obras terminarán antes del verano próximo.",
            "es",
            [],
            id="guard-lo-previsto",
        ),
    ],
)
def test_attribution_to_a_person_reports_speech(body: str, language: str, expected: list[_Row]) -> None:
    assert read(body, language) == expected


@pytest.mark.parametrize(
    ("body", "language"),
    [
        # Sources that are no person.
        pytest.param("Según la policía, el sospechoso huyó en un coche rojo por la avenida.", "es", id="policia"),
        pytest.param("According to the report, the economy will grow by 3 percent next year.", "en", id="report"),
        pytest.param("Según datos del INEGI, la inflación bajó al 4 por ciento en marzo.", "es", id="datos"),
        pytest.param("Según fuentes del ministerio, el decreto se firmará la próxima semana.", "es", id="fuentes"),
        # "Depending on" and "as".
        pytest.param("Según el caso, las multas pueden llegar a mil pesos por cada día.", "es", id="segun-el-caso"),
        pytest.param("Según lo previsto, las obras terminarán antes del verano.", "es", id="segun-lo-previsto"),
        pytest.param("Las brigadas saldrán según sea necesario durante toda la semana.", "es", id="segun-sea"),
        # "Agrees with".
        pytest.param(
            "El ministro Juan Pérez está de acuerdo con Ana Ruiz en que la economía crecerá.", "es", id="agrees"
        ),
        # A pronoun that resolves to nobody, or to nobody of its gender.
        pytest.param("Según ella, la economía crecerá un 3 por ciento este año.", "es", id="pronoun-alone"),
        pytest.param("Juan Pérez habló. Según ella, la economía crecerá un 3 por ciento.", "es", id="pronoun-gender"),
        # "her" as a possessive: the phrase does not end where a clause does.
        pytest.param(
            "Ana Ruiz spoke. According to her lawyer, the economy will grow by 3 percent.", "en", id="her-lawyer"
        ),
        # A phrase naming nobody is too loose a source for words without marks.
        pytest.param(
            "Según un portavoz del ministerio, la economía crecerá un 3 por ciento este año.", "es", id="anonymous"
        ),
        # Inside a sentence, a source that is no person, or two attributions claiming the same sentence.
        pytest.param("La economía, según la policía, crecerá un 3 por ciento este año.", "es", id="inside-policia"),
        pytest.param(
            "Juan Pérez y Ana Ruiz hablaron. La economía, según Pérez, crecerá, según Ruiz, un 3 por ciento.",
            "es",
            id="inside-two",
        ),
        # Portuguese "segundo" is read only in Portuguese articles.
        pytest.param("O segundo Tavares, a economia vai crescer três por cento neste ano.", "pt", id="segundo-second"),
    ],
)
def test_near_misses_report_nothing(body: str, language: str) -> None:
    assert read(body, language) == []


def test_attribution_after_a_full_stop_speaks_for_the_next_sentence() -> None:
    body = 'Ana Ruiz spoke. She called it "a real disaster for everyone". According to Ruiz, the deficit will double.'
    assert read(body, "en") == [
        ("a real disaster", "Ana Ruiz", "She", "called", True),
        ("the deficit will", "Ana Ruiz", "Ruiz", "according to", False),
    ]


def test_a_speech_verb_keeps_its_quote() -> None:
    body = 'Según Juan Pérez, la ministra Ana Ruiz dijo: "La economía crecerá este año".'
    assert read(body, "es") == [("La economía crecerá", "Ana Ruiz", "Ana Ruiz", "dijo", True)]


def test_portuguese_and_catalan_phrases_only_in_their_articles() -> None:
    assert "segundo" not in attribution_phrases_of("es")
    assert "segons" not in attribution_phrases_of("pt")
    assert {"según", "according to"} <= set(attribution_phrases_of("ca"))


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        pytest.param(
            '"The economy will grow this year," according to a spokesman for the ministry.',
            "en",
            [("The economy will", None, "a spokesman for the ministry", "according to", True)],
            id="en-spokesman-for",
        ),
        pytest.param(
            '"Rates will stay high," according to a senior State Department official.',
            "en",
            [("Rates will stay", None, "a senior State Department official", "according to", True)],
            id="en-premodified-official",
        ),
        pytest.param(
            '"Talks will resume," according to a source familiar with the matter.',
            "en",
            [("Talks will resume", None, "a source familiar with the matter", "according to", True)],
            id="en-source-familiar-with",
        ),
        pytest.param(
            "«La economía crecerá este año», según un portavoz del ministerio.",
            "es",
            [("La economía crecerá", None, "un portavoz del ministerio", "según", True)],
            id="es-portavoz-del",
        ),
        pytest.param(
            'Según una fuente de la Fiscalía, "el caso se cerrará en marzo".',
            "es",
            [("el caso se", None, "una fuente de la Fiscalía", "según", True)],
            id="es-fuente-opens",
        ),
        pytest.param(
            '"A inflação vai cair até dezembro", segundo um porta-voz do ministério.',
            "pt",
            [("A inflação vai", None, "um porta-voz do ministério", "segundo", True)],
            id="pt-porta-voz",
        ),
        pytest.param(
            "«L'atur baixarà aquest any», segons un portaveu del departament.",
            "ca",
            [("L'atur baixarà aquest", None, "un portaveu del departament", "segons", True)],
            id="ca-portaveu",
        ),
    ],
)
def test_an_unnamed_speaker_keeps_its_words_without_a_person(body: str, language: str, expected: list[_Row]) -> None:
    assert read(body, language) == expected


@pytest.mark.parametrize(
    ("body", "language"),
    [
        # Not a person-like head, or the head governed by another noun.
        pytest.param('"The economy will grow," according to a report by an official.', "en", id="report-by"),
        pytest.param('"The economy will grow," according to a source document.', "en", id="source-document"),
        # Plural sources.
        pytest.param("«La economía crecerá este año», según fuentes del ministerio.", "es", id="fuentes"),
        # No clause's end after the phrase.
        pytest.param(
            '"The economy will grow," according to a spokesman for the ministry who spoke on Monday.',
            "en",
            id="relative-clause",
        ),
    ],
)
def test_near_misses_of_unnamed_speakers_keep_no_attribution(body: str, language: str) -> None:
    assert [row[2:4] for row in read(body, language)] == [(None, None)]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        pytest.param(
            'Ana Ruiz spoke on Monday. "The economy will grow this year," according to her.',
            "en",
            [("The economy will", "Ana Ruiz", "her", "according to", True)],
            id="en-according-to-her",
        ),
        pytest.param(
            "Tom Brandt spoke on Monday. According to him, the deficit will double next year.",
            "en",
            [("the deficit will", "Tom Brandt", "him", "according to", False)],
            id="en-according-to-him",
        ),
        pytest.param(
            "Ana Ruiz habló. Según ella, la economía crecerá un 3 por ciento este año.",
            "es",
            [("la economía crecerá", "Ana Ruiz", "ella", "según", False)],
            id="es-segun-ella",
        ),
        pytest.param(
            "O ministro Rui Tavares falou ontem. Segundo ele, a economia vai crescer três por cento.",
            "pt",
            [("a economia vai", "Rui Tavares", "ele", "segundo", False)],
            id="pt-segundo-ele",
        ),
    ],
)
def test_a_pronoun_resolves_as_a_subject_does(body: str, language: str, expected: list[_Row]) -> None:
    assert read(body, language) == expected


@pytest.mark.parametrize(
    ("body", "language", "sentence", "speaker"),
    [
        pytest.param(
            "Juan Pérez habló. La economía, según Pérez, crecerá un 3 por ciento este año.",
            "es",
            "La economía, según Pérez, crecerá un 3 por ciento este año",
            "Juan Pérez",
            id="es",
        ),
        pytest.param(
            "Finance Minister Ana Ruiz spoke. The economy, according to Ruiz, will grow by 3 percent.",
            "en",
            "The economy, according to Ruiz, will grow by 3 percent",
            "Ana Ruiz",
            id="en",
        ),
        pytest.param(
            "Ana Ruiz habló. El déficit, según ella, se duplicará el próximo año.",
            "es",
            "El déficit, según ella, se duplicará el próximo año",
            "Ana Ruiz",
            id="es-pronoun",
        ),
    ],
)
def test_an_attribution_inside_a_sentence_speaks_for_the_sentence(
    body: str, language: str, sentence: str, speaker: str
) -> None:
    quotes = extract_facts(article(body, language)).quotes
    assert [(q["text"], q["speaker_text"] in sentence, q["is_direct"]) for q in quotes] == [(sentence, True, False)]
    assert read(body, language)[0][1] == speaker


def test_an_attribution_inside_a_sentence_with_a_quote_leaves_it_alone() -> None:
    body = 'Juan Pérez habló. La economía, según Pérez, "crecerá un 3 por ciento este año".'
    assert read(body, "es") == [("crecerá un 3", None, None, None, True)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "O ministro Rui Tavares falou. Segundo Tavares, a economia vai crescer três por cento.",
            [("a economia vai", "Rui Tavares", "Tavares", "segundo", False)],
            id="surname",
        ),
        pytest.param(
            "Segundo Rui Tavares, a economia vai crescer três por cento neste ano.",
            [("a economia vai", "Rui Tavares", "Rui Tavares", "segundo", False)],
            id="full-name",
        ),
    ],
)
def test_portuguese_segundo_opening_a_sentence_is_the_preposition(body: str, expected: list[_Row]) -> None:
    assert read(body, "pt") == expected
    assert not any(name.startswith("Segundo") for _, _, name in published_mentions(body, "pt"))


@pytest.mark.parametrize(
    ("body", "language"),
    [
        pytest.param("Segundo Montes, el rector, dijo que la universidad seguirá abierta todo el año.", "es", id="es"),
        # A subject goes on to its verb without a comma.
        pytest.param("Segundo Montes disse ontem que a universidade vai continuar aberta.", "pt", id="pt-subject"),
    ],
)
def test_segundo_stays_a_given_name_elsewhere(body: str, language: str) -> None:
    assert ("person", "Segundo Montes", "Segundo Montes") in published_mentions(body, language)


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        pytest.param(
            "«La economía crecerá este año», según el portavoz del ministerio.",
            "es",
            [("La economía crecerá", None, "el portavoz del ministerio", "según", True)],
            id="es-el-portavoz-del",
        ),
        pytest.param(
            '"A inflação vai cair até dezembro", segundo o porta-voz do ministério.',
            "pt",
            [("A inflação vai", None, "o porta-voz do ministério", "segundo", True)],
            id="pt-o-porta-voz-do",
        ),
        # Portuguese "a" is the definite article: a title, as "o" is, not a phrase naming nobody.
        pytest.param(
            '"A inflação vai cair", segundo a porta-voz do ministério.',
            "pt",
            [("A inflação vai", None, "a porta-voz do ministério", "segundo", True)],
            id="pt-a-porta-voz-do",
        ),
        pytest.param(
            '"The economy will grow this year," according to the spokesman for the ministry.',
            "en",
            [("The economy will", None, "the spokesman for the ministry", "according to", True)],
            id="en-the-spokesman-for",
        ),
    ],
)
def test_a_definite_title_with_a_lower_case_complement_is_a_speaker(
    body: str, language: str, expected: list[_Row]
) -> None:
    assert read(body, language) == expected


def test_a_definite_title_with_a_complement_resolves_to_its_holder() -> None:
    body = (
        "El portavoz del ministerio, Juan Pérez, habló el lunes. «La economía crecerá este año», según el "
        "portavoz del ministerio."
    )
    assert read(body, "es") == [("La economía crecerá", "Juan Pérez", "el portavoz del ministerio", "según", True)]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        pytest.param(
            "Según Marta Salinas Vega, especialista de producción en el astillero, entre 2010 y 2018 solo se "
            "botaron tres barcos.",
            "es",
            "entre 2010 y 2018 solo se botaron tres barcos",
            id="es-según-name-profession",
        ),
        pytest.param(
            "According to Helen Marsh, an economist at the port authority, the cranes will be replaced next year.",
            "en",
            "the cranes will be replaced next year",
            id="en-according-to-name-profession",
        ),
    ],
)
def test_the_speaker_s_apposition_after_an_opening_attribution_is_no_part_of_the_clause(
    body: str, language: str, expected: str
) -> None:
    assert [quote["text"] for quote in extract_facts(article(body, language)).quotes] == [expected]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        pytest.param(
            "Marta Salinas dirige el puerto. En palabras de Marta Salinas, «las grúas vuelven en mayo».",
            "es",
            [("las grúas vuelven", "Marta Salinas", "Marta Salinas", "en palabras de", True)],
            id="es-en-palabras-de",
        ),
        pytest.param(
            "A decir de Marta Salinas, la obra del muelle terminará en mayo del próximo año.",
            "es",
            [("la obra del", "Marta Salinas", "Marta Salinas", "a decir de", False)],
            id="es-a-decir-de",
        ),
        pytest.param(
            'In the words of Helen Marsh, "the cranes will be back by May."',
            "en",
            [("the cranes will", "Helen Marsh", "Helen Marsh", "in the words of", True)],
            id="en-in-the-words-of",
        ),
    ],
)
def test_attribution_phrases_of_whose_words_or_view(
    body: str, language: str, expected: list[tuple[str, str | None, str | None, str | None, bool]]
) -> None:
    assert read(body, language) == expected
