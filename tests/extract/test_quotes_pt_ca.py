"""Quotes, speakers and role titles in Portuguese and Catalan articles, read the way Spanish ones are.

The articles are invented for these tests. Each row is (first words, speaker, speaker_text, cue_verb,
is_direct)."""

from __future__ import annotations

import pytest
from article_helpers import article
from article_helpers import published_quotes as read

from flows.extract.facts import extract_facts
from flows.extract.people import analyse_people

_Row = tuple[str, str | None, str | None, str | None, bool]


def roles(body: str, language: str) -> dict[str, str | None]:
    facts = extract_facts(article(body, language))
    return {m["mention_text"]: m["role_title"] for m in facts.mentions if m["role_title"]}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            '"Vamos reabrir a fábrica em março", afirmou a ministra Helena Duarte em Lisboa.',
            [("Vamos reabrir a", "Helena Duarte", "Helena Duarte", "afirmou", True)],
            id="quote-then-verb-role-and-name",
        ),
        pytest.param(
            'O economista Rui Tavares declarou: "A proposta chega tarde demais para as famílias."',
            [("A proposta chega", "Rui Tavares", "Rui Tavares", "declarou", True)],
            id="verb-colon-quote",
        ),
        pytest.param(
            "A governadora Marta Lobo afirmou que o estado vai contratar mil professores neste ano.",
            [("o estado vai", "Marta Lobo", "Marta Lobo", "afirmou", False)],
            id="indirect-speech",
        ),
        pytest.param(
            "O prefeito Paulo Neves visitou a obra na segunda-feira.\n\n"
            '"A ponte fica pronta em junho", disse o prefeito aos moradores.',
            [("A ponte fica", "Paulo Neves", "o prefeito", "disse", True)],
            id="role-phrase-refers-back",
        ),
        pytest.param(
            'A deputada Sofia Ramos votou contra o projeto. Ela disse que "o texto ignora os municípios pequenos".',
            [("o texto ignora", "Sofia Ramos", "Ela", "disse", True)],
            id="pronoun-ela",
        ),
        pytest.param(
            'O senador Tiago Barros criticou o governo.\n\n"Não vamos recuar nem um centímetro", garantiu.',
            [("Não vamos recuar", "Tiago Barros", None, "garantiu", True)],
            id="verb-without-subject",
        ),
        pytest.param(
            '"O acordo protege os pescadores", disse Carlos Almeida à imprensa.',
            [("O acordo protege", "Carlos Almeida", "Carlos Almeida", "disse", True)],
            id="verb-name-to-the-press",
        ),
        pytest.param(
            "A porta-voz Beatriz Lima explicou à imprensa que o ministério vai rever os contratos.",
            [("o ministério vai", "Beatriz Lima", "Beatriz Lima", "explicou", False)],
            id="indirect-speech-to-the-press",
        ),
    ],
)
def test_portuguese_quotes(body: str, expected: list[_Row]) -> None:
    assert read(body, "pt") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            '"Treballarem junts amb els ajuntaments", ha afirmat el conseller Jordi Puig a Girona.',
            [("Treballarem junts amb", "Jordi Puig", "Jordi Puig", "ha afirmat", True)],
            id="quote-then-perfect-verb",
        ),
        pytest.param(
            'L\'alcaldessa Núria Soler va dir: "El pressupost arriba tard i malament."',
            [("El pressupost arriba", "Núria Soler", "Núria Soler", "va dir", True)],
            id="periphrastic-past-colon-quote",
        ),
        pytest.param(
            "La consellera Marta Vila ha dit que el govern obrirà tres escoles noves.",
            [("el govern obrirà", "Marta Vila", "Marta Vila", "ha dit", False)],
            id="indirect-speech",
        ),
        pytest.param(
            "El regidor Pau Ferrer va presentar el pla de mobilitat.\n\n"
            '"Volem més carrils per a bicicletes", va afegir el regidor.',
            [("Volem més carrils", "Pau Ferrer", "el regidor", "va afegir", True)],
            id="role-phrase-refers-back",
        ),
        pytest.param(
            'El portaveu Marc Roig va parlar primer.\n\n"No hi ha cap pressa per votar", va dir ell.',
            [("No hi ha", "Marc Roig", "ell", "va dir", True)],
            id="pronoun-ell",
        ),
        pytest.param(
            'La diputada Laia Serra es va abstenir.\n\n"El text no protegeix els llogaters", afegeix.',
            [("El text no", "Laia Serra", None, "afegeix", True)],
            id="verb-without-subject",
        ),
    ],
)
def test_catalan_quotes(body: str, expected: list[_Row]) -> None:
    assert read(body, "ca") == expected


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        pytest.param(
            "O prefeito Paulo Neves e a secretária Ana Costa chegaram. O chanceler Luís Reis e o "
            "deputado Hugo Faria também. A porta-voz Beatriz Lima falou.",
            "pt",
            {
                "Paulo Neves": "prefeito",
                "Ana Costa": "secretária",
                "Luís Reis": "chanceler",
                "Hugo Faria": "deputado",
                "Beatriz Lima": "porta-voz",
            },
            id="portuguese",
        ),
        pytest.param(
            "El conseller Jordi Puig i la regidora Anna Mas van arribar. L'alcaldessa Núria Soler, el "
            "ministre Oriol Camps i el portaveu Marc Roig també. El diputat Pere Vidal va votar.",
            "ca",
            {
                "Jordi Puig": "conseller",
                "Anna Mas": "regidora",
                "Núria Soler": "alcaldessa",
                "Oriol Camps": "ministre",
                "Marc Roig": "portaveu",
                "Pere Vidal": "diputat",
            },
            id="catalan",
        ),
    ],
)
def test_role_titles(body: str, language: str, expected: dict[str, str]) -> None:
    assert roles(body, language) == expected


def test_catalan_va_going_somewhere_is_no_speech_verb() -> None:
    body = "El conseller Jordi Puig va a Girona demà i va a Lleida dijous amb tot el govern."
    assert [k for k in analyse_people(body, "ca").keywords if k.kind == "cue"] == []
    assert read(body, "ca") == []


def test_spanish_article_reads_no_portuguese_or_catalan_verb() -> None:
    # "destaca" is a Portuguese and Catalan speech verb but not one of the Spanish list: no cue verb is read.
    # The name after it still speaks, as after any word that attributes a quote so (`quotes`).
    body = "La ministra Inés Mora habló.\n\n«Es un buen acuerdo para todos», destaca Pedro Ruiz."
    assert read(body, "es") == [("Es un buen", "Pedro Ruiz", "Pedro Ruiz", None, True)]


def test_spanish_determiners_stay_spanish() -> None:
    # "a" opens no role phrase in Spanish: "dijo a la ministra" is said to her, not by her.
    body = "Pedro Ruiz habló con la ministra Inés Mora. «Firmaremos mañana», dijo Ruiz a la ministra."
    assert read(body, "es") == [("Firmaremos mañana", "Pedro Ruiz", "Ruiz", "dijo", True)]
