"""Speakers of quotes in the forms papers print them, each read as its kind and not as the articles it was
seen in: a non-person's words, a title that is another office, a sentence's object or a letter's recipient
as a false subject, a headline, a relative clause's own speaker, a verb whose subject Spanish leaves out."""

from __future__ import annotations

import pytest
from article_helpers import article, published_quotes

from flows.extract.people import analyse_people
from flows.extract.quotes import find_quotes

Quote = tuple[str, str | None, str | None, str | None, bool]


def first(body: str, language: str = "en") -> Quote:
    return published_quotes(body, language)[0]


def test_a_quote_opened_curly_and_closed_straight_ends_at_its_straight_mark() -> None:
    """“…," police wrote: the quote is closed, and the police, no person, said it, not the man it is about."""
    body = (
        "Ruben Castellan, 19, is accused of the shootings.\n\n"
        "He told officers he was being followed.\n\n"
        '“Ruben believes every driver he passes is armed," police wrote.'
    )
    assert published_quotes(body) == [("Ruben believes every", None, None, None, True)]


@pytest.mark.parametrize(
    "body",
    [
        '“He called it "madness" today,” Ana Ruiz said.',
        '“We are "done" here," Ana Ruiz said.',
    ],
)
def test_straight_marks_inside_a_curly_quote_stay_its_inner_quote(body: str) -> None:
    assert first(body)[1:4] == ("Ana Ruiz", "Ana Ruiz", "said")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        pytest.param(
            "Railways Minister Omar Baig said Prime Minister Karim Dar was an honest leader.\n\n"
            "Later, the minister said that the sugar mafia had been operating in the country.",
            "Omar Baig",
            id="the-minister-is-no-prime-minister",
        ),
        pytest.param(
            "Vice President Ana Ruiz met President Tom Brandt.\n\n"
            "The president said that the talks would resume in the spring.",
            "Tom Brandt",
            id="the-president-is-no-vice-president",
        ),
    ],
)
def test_a_title_resolves_to_no_holder_of_another_office_containing_it(body: str, speaker: str) -> None:
    assert published_quotes(body)[-1][1] == speaker


def test_the_minister_with_only_a_prime_minister_named_is_nobody_we_know() -> None:
    body = "Prime Minister Karim Dar visited the port.\n\nThe minister said that the port would reopen by June."
    # The words stay, said by someone the article does not name: not the prime minister.
    assert published_quotes(body) == [("the port would", None, "The minister", "said", False)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            'Mark Denton spoke on Monday.\n\nOpposition members accused Mr Denton of using "reckless and '
            'careless language".',
            id="the-object-of-a-verb",
        ),
        pytest.param(
            'The letter, which was also sent to the prime minister, Tom Brandt, calls for "an immediate '
            'investigation into the leaks" of the plan.',
            id="a-letter-s-recipient",
        ),
        pytest.param(
            'A government minister was criticised after he suggested that "some little man abroad" was '
            "listening to his calls.\n\nThe photo was taken by Jane Hollis.",
            id="a-pronoun-after-an-unnamed-subject",
        ),
    ],
)
def test_a_person_who_does_not_open_a_sentence_without_a_speech_verb_is_not_its_speaker(body: str) -> None:
    assert first(body)[1:3] == (None, None)


@pytest.mark.parametrize(
    ("body", "language", "speaker"),
    [
        ('Her former student Mateo Quiroga called the award "long overdue and well earned".', "en", "Mateo Quiroga"),
        ('Opposition leader Gregor Falk called the ceremony "an expensive photo opportunity".', "en", "Gregor Falk"),
        ('In a post on social media, Gregor Falk called it "an expensive photo opportunity".', "en", "Gregor Falk"),
        ("Tras la reunión del martes, Ana Ruiz calificó el plan de «un desastre para el puerto».", "es", "Ana Ruiz"),
    ],
)
def test_a_subject_opening_its_sentence_after_a_title_or_an_introduction_is_the_speaker(
    body: str, language: str, speaker: str
) -> None:
    assert first(body, language)[1] == speaker


@pytest.mark.parametrize(
    "body",
    [
        'Chris Barton asked for an inquiry that followed a front-page story headlined "Tories give port '
        'reform ultimatum".',
        'Ana Ruiz wrote a column under the headline "We must save the port now".',
    ],
)
def test_a_headline_between_marks_is_no_quotation(body: str) -> None:
    assert published_quotes(body) == []


def test_a_headline_in_spanish_is_no_quotation() -> None:
    assert (
        published_quotes("El diario abrió con el titular «El puerto no se vende», y Ana Ruiz lo criticó.", "es") == []
    )


@pytest.mark.parametrize(
    ("body", "language"),
    [
        (
            "Desde su cuenta de X, el alcalde de la ciudad, Carlos Paredes, respondió a Donald Trump, quien "
            "tildó a la capital como «uno de los peores lugares del mundo».",
            "es",
        ),
        (
            "The mayor, Carlos Paredes, answered Donald Trump, who called the capital "
            '"one of the worst places in the world".',
            "en",
        ),
    ],
)
def test_a_quote_in_a_relative_clause_is_the_speaker_of_the_name_before_it(body: str, language: str) -> None:
    assert first(body, language)[1] == "Donald Trump"


def test_a_verb_in_a_relative_clause_about_another_s_words_has_that_person_for_subject() -> None:
    body = (
        "El secretario general, Miguel Soto, se pronunció tras las palabras del presidente de Estados Unidos, "
        "Donald Trump, en las que aseguró que podría intervenir en el país vecino muy pronto."
    )
    assert published_quotes(body, "es") == [("podría intervenir en", "Donald Trump", "Donald Trump", "aseguró", False)]


def test_a_relative_clause_closed_before_the_quote_is_over() -> None:
    body = "Ana Ruiz, quien llegó ayer, calificó el plan de «un desastre para el puerto»."
    assert first(body, "es")[1] == "Ana Ruiz"


def test_a_spanish_verb_opening_its_sentence_takes_the_last_speaker() -> None:
    body = (
        "El alcalde, Enrique Paredes, habló con la radio.\n\n"
        "Asimismo, sostuvo que los responsables «escogieron el día anterior al feriado para el atentado».\n\n"
        "Aseguró que los atentados de los últimos meses buscan «asesinar gente».\n\n"
        "Puntualizó, además, que la seguridad en la ciudad está muy bien y que la policía tiene el control."
    )
    assert published_quotes(body, "es") == [
        ("los responsables «escogieron", "Enrique Paredes", None, "sostuvo", False),
        ("escogieron el día", "Enrique Paredes", None, "sostuvo", True),
        ("los atentados de", "Enrique Paredes", None, "aseguró", False),
        ("asesinar gente", "Enrique Paredes", None, "aseguró", True),
        ("la seguridad en", "Enrique Paredes", None, "puntualizó", False),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Ana Ruiz habló ayer.\n\nEl informe, publicado ayer, indicó que la economía crecerá «más de lo esperado».",
        "Ana Ruiz habló ayer.\n\nPetróleos del Sur, por su parte, indicó que la economía crecerá «más de lo esperado».",
    ],
)
def test_a_spanish_verb_after_words_that_may_be_its_subject_takes_no_speaker(body: str) -> None:
    assert first(body, "es")[1:3] == (None, None)


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        pytest.param(
            "Lo declaró el primer ministro, Manuel Ortega Cruz, en una reunión.\n\n"
            "Cuba mantiene lazos con todos los países de la región, dijo Manuel Ortega Cruz.\n\n"
            "Para ello es necesaria la interacción entre instituciones bancarias, opinó.",
            "es",
            [
                ("Cuba mantiene lazos", "Manuel Ortega Cruz", "Manuel Ortega Cruz", "dijo", False),
                ("Para ello es", "Manuel Ortega Cruz", None, "opinó", False),
            ],
            id="verb-then-name-and-verb-alone",
        ),
        pytest.param(
            "The man did not make a scene, but he did not leave for a while, said Sgt. Pete Dugal, a police "
            "spokesman.\n\nThe man then rang an emergency button at the door, Dugal said on Monday.",
            "en",
            [
                ("The man did", "Pete Dugal", "Sgt. Pete Dugal", "said", False),
                ("The man then", "Pete Dugal", "Dugal", "said", False),
            ],
            id="rank-and-description-and-day",
        ),
        pytest.param(
            "Minister Remi Dando spoke to state TV.\n\nThe attack left two dead and many more hurt, he also said.",
            "en",
            [("The attack left", "Remi Dando", "he", "said", False)],
            id="pronoun-and-adverb",
        ),
    ],
)
def test_a_sentence_an_attribution_closes_is_reported_speech(body: str, language: str, expected: list[Quote]) -> None:
    assert published_quotes(body, language) == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz spoke.\n\nThe harbour will reopen next week, the report said.", id="a-non-person"),
        pytest.param("Ana Ruiz spoke.\n\nThe harbour will reopen, the minister said.", id="a-bare-title"),
        pytest.param("Ana Ruiz said the port would close, and it did, she said.", id="a-verb-inside"),
        pytest.param("Ana Ruiz spoke.\n\nThe harbour will reopen, she said, and left.", id="not-closing"),
        pytest.param("Ana Ruiz spoke.\n\nShe left, she said.", id="too-short"),
    ],
)
def test_near_misses_of_a_closing_attribution_are_no_reported_speech(body: str) -> None:
    assert [quote for quote in published_quotes(body) if quote[3] == "said" and quote[0].startswith("The")] == []


def test_a_quote_in_a_sentence_an_attribution_closes_is_that_speaker_s() -> None:
    body = (
        "Information Minister Remi Dando spoke to state TV.\n\n"
        '"A certain number of soldiers" were wounded, but no civilians were hurt, he said.'
    )
    assert published_quotes(body) == [("A certain number", "Remi Dando", "he", "said", True)]


@pytest.mark.parametrize(
    ("body", "language", "clause", "quoted"),
    [
        (
            "Donald Trump aseguró que podría intervenir en el país, en donde hay un «presidente enfermo».",
            "es",
            "podría intervenir en el país, en donde hay un «presidente enfermo»",
            "presidente enfermo",
        ),
        (
            'Clara Montes said that the plan was "a disaster for the fleet" and would fail.',
            "en",
            'the plan was "a disaster for the fleet" and would fail',
            "a disaster for the fleet",
        ),
    ],
)
def test_a_partial_quote_a_word_of_the_clause_leads_into_is_part_of_the_reported_clause(
    body: str, language: str, clause: str, quoted: str
) -> None:
    doc = article(body, language)
    rows = find_quotes(doc, analyse_people(doc.text))
    assert [(row["text"], row["is_direct"]) for row in rows] == [(clause, False), (quoted, True)]


def test_a_quote_right_after_that_still_ends_the_clause() -> None:
    doc = article('Clara Montes said that "we will win this match" and left.')
    assert [row["is_direct"] for row in find_quotes(doc, analyse_people(doc.text))] == [True]


def test_an_acronym_ends_a_sentence_and_the_reported_clause_with_it() -> None:
    body = (
        "Planning Minister Ahsan Iqbal said that Nisar expressed full confidence in the PM. Nisar recalled "
        "his old friendship with the family during the meeting."
    )
    assert published_quotes(body)[0] == ("Nisar expressed full", "Ahsan Iqbal", "Ahsan Iqbal", "said", False)
    doc = article(body)
    assert find_quotes(doc, analyse_people(doc.text))[0]["text"].endswith("confidence in the PM")


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        pytest.param(
            '"Several of the dead were our employees," said the NGO\'s lawyer Joseph Brenan.',
            "en",
            ("Several of the", "Joseph Brenan", "Joseph Brenan", "said", True),
            id="a-title-after-a-possessive",
        ),
        pytest.param(
            "Mark Denton, a former chief whip who is now a minister at the environment department, said:\n\n"
            '"We all talk on personal phones, do we not? I ring my wife often."',
            "en",
            ("We all talk", "Mark Denton", None, None, True),
            id="a-long-description-and-a-colon-closing-the-paragraph",
        ),
        pytest.param(
            "El alcalde de la ciudad, Carlos Paredes, habló. «Rechazamos esos hechos violentos», dijo el "
            "mandatario local.",
            "es",
            ("Rechazamos esos hechos", "Carlos Paredes", "el mandatario local", "dijo", True),
            id="the-local-leader-is-the-mayor",
        ),
        pytest.param(
            "Luego de los casos el primer mandatario aseguró que no es una situación «que alarme».",
            "es",
            ("que alarme", None, "el primer mandatario", "aseguró", True),
            id="the-first-leader-unnamed",
        ),
        pytest.param(
            "El alcalde Carlos Paredes recibió al presidente Andrés Lima. «No es una situación que alarme», "
            "aseguró el primer mandatario.",
            "es",
            ("No es una", "Andrés Lima", "el primer mandatario", "aseguró", True),
            id="the-first-leader-is-the-president",
        ),
    ],
)
def test_a_speaker_named_by_a_title_the_article_gave_someone(body: str, language: str, expected: Quote) -> None:
    assert published_quotes(body, language)[-1] == expected


def test_a_hyphenated_name_between_the_verb_and_que_is_the_speaker() -> None:
    body = (
        "Miguel Díaz-Canel visitó la fábrica.\n\n"
        "Al referirse a la tecnología en Cuba, explicó Díaz-Canel que está presente en varios sectores."
    )
    assert published_quotes(body, "es") == [("está presente en", "Miguel Díaz-Canel", "Díaz-Canel", "explicó", False)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Sgt. Pete Dugal spoke.\n\nDugal said the man showed up at the substation on Wednesday.",
            [("the man showed", "Pete Dugal", "Dugal", "said", False)],
            id="a-determiner",
        ),
        pytest.param(
            "Ana Ruiz said Monday she would resign from the board.",
            [("she would resign", "Ana Ruiz", "Ana Ruiz", "said", False)],
            id="a-day-and-a-pronoun",
        ),
        pytest.param(
            "Ana Ruiz said Castellan admitted to some of the shootings.",
            [("Castellan admitted to", "Ana Ruiz", "Ana Ruiz", "said", False)],
            id="a-name",
        ),
        pytest.param(
            "Ana Ruiz said widening the harbour channel would take three more years.",
            [("widening the harbour", "Ana Ruiz", "Ana Ruiz", "said", False)],
            id="a-gerund",
        ),
        pytest.param(
            "Ana Ruiz said 4.2 million tonnes are waiting at the northern terminal.",
            [("4.2 million tonnes", "Ana Ruiz", "Ana Ruiz", "said", False)],
            id="a-number",
        ),
        pytest.param(
            "Ana Ruiz on Thursday said the port would reopen after the storm.",
            [("the port would", "Ana Ruiz", "Ana Ruiz", "said", False)],
            id="a-day-between-the-name-and-the-verb",
        ),
        pytest.param(
            "Ana Ruiz yesterday said the port would reopen after the storm.",
            [("the port would", "Ana Ruiz", "Ana Ruiz", "said", False)],
            id="yesterday-between-the-name-and-the-verb",
        ),
    ],
)
def test_said_reports_a_clause_without_that(body: str, expected: list[Quote]) -> None:
    assert published_quotes(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ana Ruiz said nothing about the plan for the port.", id="nothing"),
        pytest.param("Ana Ruiz said goodbye to her family at the port.", id="goodbye"),
        pytest.param("Ana Ruiz said in a statement the port would close.", id="a-setting"),
        pytest.param("Ana Ruiz spoke.\n\nThe port will close, said Tom Brandt on the radio.", id="no-subject-before"),
        pytest.param("Ana Ruiz added the port to the list of sites.", id="another-verb"),
        pytest.param("Ana Ruiz said something about the plan for the port.", id="something"),
        pytest.param("Ana Ruiz said during the visit the port would close.", id="a-preposition-in-ing"),
        pytest.param("Ana Ruiz said 20 years ago the port would close one day.", id="a-number-of-years"),
        pytest.param("Ana Ruiz said 10 times the port would not close.", id="a-number-of-times"),
    ],
)
def test_near_misses_of_a_clause_said_reports_without_that(body: str) -> None:
    assert [quote for quote in published_quotes(body) if not quote[4]] == []


@pytest.mark.parametrize(
    ("body", "language"),
    [
        pytest.param(
            "Javier Molina anunció un plan de ajuste.\n\n"
            "La víspera, el titular anunció que el fondo aprobó un desembolso de cuatro mil millones.\n\n"
            "Además, afirmó que, sin las leyes, «sería una muy mala noticia para todos».",
            "es",
            id="an-unresolved-title-spoke-last",
        ),
        pytest.param(
            'Ana Ruiz presented the plan.\n\nA spokesman said the port would close.\n\n"It is final," he said.',
            "en",
            id="an-unnamed-speaker-spoke-last",
        ),
    ],
)
def test_a_pronoun_or_a_verb_without_subject_after_an_unnamed_speaker_is_nobody_we_know(
    body: str, language: str
) -> None:
    assert published_quotes(body, language)[-1][1] is None


def test_the_speaker_of_a_relative_clause_is_not_the_one_a_later_verb_continues() -> None:
    body = (
        "El secretario Miguel Soto se pronunció tras las palabras del presidente de Estados Unidos, Donald "
        "Trump, en las que aseguró que podría intervenir en el país vecino.\n\n"
        "«Respetamos la democracia y el mandato popular del presidente», dijo."
    )
    assert published_quotes(body, "es")[-1][1] == "Miguel Soto"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "An official in the office of French President Emile Macon said that the report was not confirmed.",
            id="a-capitalised-title-after-of",
        ),
        pytest.param(
            "Ana Ruiz spoke.\n\nHe met with the president, Tom Brandt, on Monday. He said that the port would close.",
            id="a-title-and-a-comma-after-with",
        ),
    ],
)
def test_a_name_after_a_governed_title_is_no_subject(body: str) -> None:
    # Reported speech is kept only for a speaker who resolves: the governed name was taken before.
    assert published_quotes(body) == []


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        pytest.param(
            "El alcalde de la ciudad, Enrique Paredes, habló.\n\n"
            "El mandatario fue enfático en mencionar que el artefacto «estaba diseñado para matar gente».",
            "Enrique Paredes",
            id="the-leader-is-the-mayor-without-a-president",
        ),
        pytest.param(
            "Lo declaró el primer ministro, Manuel Ortega Cruz, en una reunión.\n\n"
            "El jefe de Gobierno mencionó también el turismo. Según él, más de seis mil turistas llegaron este año.",
            "Manuel Ortega Cruz",
            id="the-head-of-government-is-the-prime-minister",
        ),
    ],
)
def test_a_title_naming_another_office_resolves_to_its_holder(body: str, speaker: str) -> None:
    assert published_quotes(body, "es")[-1][1] == speaker


def test_an_abbreviated_rank_ends_no_sentence_inside_reported_speech() -> None:
    body = (
        "Umar Manko spoke.\n\nManko said that the police had opened an inquiry into the killing of an Asst. "
        "Superintendent in the town."
    )
    doc = article(body)
    assert [row["text"] for row in find_quotes(doc, analyse_people(doc.text))] == [
        "the police had opened an inquiry into the killing of an Asst. Superintendent in the town"
    ]
