"""Head lines read off the text: a city and its state before La Jornada's full stop, a crawler's header with a
section among its fields. The articles are invented for the tests (people, places and events are fictional)."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from flows.article import build_article
from flows.extract.dateline import find_dateline

BODY_ES = (
    "El cabildo aprobó este lunes un plan de obras para el mercado municipal, informaron fuentes oficiales.\n\n"
    "La alcaldesa Marta Quiroga dijo que las obras empezarán en otoño y durarán dos años.\n"
)


def _row(content: str, name: str = "a.txt") -> dict[str, Any]:
    data = content.encode("utf-8")
    return build_article(data, name, hashlib.sha256(data).hexdigest(), None).row


def _paragraphs(row: dict[str, Any]) -> list[str]:
    return row["body_text"].split("\n\n")


# --- a city, its state and a full stop ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "rest"),
    [
        ("México, DF. La alcaldesa inauguró el mercado.", "México, DF", "La alcaldesa"),
        ("Tixtla, Gro. Vecinos del barrio cerraron la carretera.", "Tixtla, Gro.", "Vecinos"),
        ("Monterrey, N.L. El cabildo votó el presupuesto.", "Monterrey, N.L.", "El cabildo"),
        ("Guadalajara, Jalisco. Las lluvias dejaron tres colonias sin luz.", "Guadalajara, Jalisco", "Las lluvias"),
    ],
)
def test_a_city_and_its_state_before_the_full_stop_are_the_dateline(text: str, place: str, rest: str) -> None:
    dateline = find_dateline(text, opens_body=True)
    assert dateline is not None
    assert dateline.place == place
    assert text[dateline.end :].startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "Después, Gral. Ruiz ordenó cerrar el puerto.",  # a title's stop
        "Lima, Sr. Pérez, es la capital que usted busca.",
        "Hola, Ana. Te escribo desde el mercado.",  # a given name's
        "Ciertamente, Gro. es la abreviatura del estado.",  # no capital after the stop
        "Pues, Marta. Ya lo sabías.",
    ],
)
def test_a_comma_and_a_word_cut_short_that_no_state_is_are_no_dateline(text: str) -> None:
    assert find_dateline(text, opens_body=True) is None


def test_a_state_in_capitals_keeps_its_capitals_when_the_place_is_tidied() -> None:
    dateline = find_dateline("Puebla, DF.- Vecinos del centro protestaron.")
    assert dateline is not None and dateline.place == "Puebla, DF"
    dateline = find_dateline("LIMA, PERU (AP) - Vecinos del centro protestaron.")
    assert dateline is not None and dateline.place == "Lima, Peru"


def test_the_dateline_with_its_state_leaves_the_first_paragraph() -> None:
    row = _row("Abren el nuevo mercado de Tixtla\n\nTixtla, Gro. " + BODY_ES)
    assert row["dateline_place"] == "Tixtla, Gro."
    assert _paragraphs(row)[0].startswith("El cabildo aprobó")


# --- a crawler's header with a section --------------------------------------------------------------------


def test_a_section_among_a_crawlers_fields_leaves_the_header_whole() -> None:
    row = _row(
        "title Abren el nuevo mercado de Tixtla\n"
        "url https://example.org/2024/03/04/mercado/\n"
        "section Local\n"
        "author Redacción\n"
        "date 2024-03-04 México, DF.-\n" + BODY_ES
    )
    assert row["byline"] == "Redacción"
    assert str(row["published_date"]) == "2024-03-04"
    assert row["dateline_place"] == "México, DF"
    assert _paragraphs(row)[0].startswith("El cabildo aprobó")
