"""Head lines read off the text: a city and its state before La Jornada's full stop, a crawler's header with a
section among its fields, a credit line under a format that stated the date, an outlet and its date under the
writer's name, a wire's slug, a wire's name in brackets closing the lead. The articles are invented for the tests
(people, places and events are fictional)."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from flows.article import build_article
from flows.extract.byline import match_dated_byline, match_outlet_date, split_outlet, wire_alone
from flows.extract.credits import split_credits
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
        "Colombia, Venezuela. Ambos países firmaron el acuerdo.",  # two countries
        "Chile, Santiago. Así empezó la gira del ministro.",  # a country, then a city
    ],
)
def test_a_comma_and_a_word_cut_short_that_no_state_is_are_no_dateline(text: str) -> None:
    assert find_dateline(text, opens_body=True) is None


def test_a_block_asked_again_gets_the_same_answer_as_any_block_and_as_the_body_s_first() -> None:
    # The formats and the head's readers ask of one block in turn, as any block and as the body's first
    # paragraph, where a place and a full stop alone are a dateline too: the answers are kept, each its own.
    stop, dash = "Guadalajara, Jalisco. Las lluvias dejaron tres colonias sin luz.", "Tixtla.- Vecinos cerraron la vía."
    for _ in range(2):
        assert find_dateline(stop) is None
        found = find_dateline(stop, opens_body=True)
        assert found is not None and found.place == "Guadalajara, Jalisco"
        for opens_body in (False, True):
            found = find_dateline(dash, opens_body=opens_body)
            assert found is not None and found.place == "Tixtla" and dash[found.end :].startswith("Vecinos")


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


# --- credit lines -------------------------------------------------------------------------------------------


def test_a_credit_line_under_a_date_the_format_stated_leaves_the_body() -> None:
    row = _row(
        "title Abren el nuevo mercado de Tixtla\n"
        "url https://example.org/2024/03/04/mercado/\n"
        "date 2024-03-04 Abren el nuevo mercado de Tixtla\n\n"
        "Reuters | 5 marzo, 2024\n\n" + BODY_ES
    )
    assert row["originating_agency"] == "Reuters"
    assert str(row["published_date"]) == "2024-03-04"  # the format's date stands
    assert _paragraphs(row)[0].startswith("El cabildo aprobó")


def test_a_credit_line_signed_after_its_date() -> None:
    assert match_dated_byline("Local · 4 marzo, 2024 · La Voz del Sur") is not None
    byline, date = match_dated_byline("Local · 4 marzo, 2024 · La Voz del Sur") or (None, None)
    assert byline == "La Voz del Sur" and date is not None and date.text == "4 marzo, 2024"
    # A word alone after the date signs nothing.
    assert match_dated_byline("Local · 4 marzo, 2024 · Actualizado") is None


def test_a_credit_line_a_format_took_for_the_deck_is_no_deck() -> None:
    # The page's metadata names the writer and the date: the line under the headline was read as the deck.
    ld = (
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Abren el nuevo mercado de Tixtla",'
        '"datePublished":"2024-03-04T10:00:00-06:00","author":{"@type":"Person","name":"Ana Ruiz"}}'
    )
    html = (
        '<html><head><meta charset="utf-8"><title>Abren el nuevo mercado de Tixtla</title>'
        f'<script type="application/ld+json">{ld}</script></head><body><article><header><p class="kicker">Local</p>'
        '<h1>Abren el nuevo mercado de Tixtla</h1><p class="by">Ana Ruiz — 4 de marzo de 2024</p></header>'
        + "".join(f"<p>{p}</p>" for p in BODY_ES.strip().split("\n\n"))
        + "</article></body></html>"
    )
    row = _row(html, "a.html")
    assert row["subtitle"] is None
    assert row["byline"] == "Ana Ruiz"
    assert str(row["published_date"]) == "2024-03-04"


# --- an outlet and its date, the writer over them -------------------------------------------------------


@pytest.mark.parametrize(
    ("writer", "byline"),
    [("Redacción", "Redacción"), ("Lucía Ferrer Soto", "Lucía Ferrer Soto")],
)
def test_an_outlet_and_its_date_under_the_writer(writer: str, byline: str) -> None:
    row = _row(f"Abren el nuevo mercado de Tixtla\n{writer}\nLa Voz del Sur, 4 de marzo de 2024\n\n" + BODY_ES)
    assert row["byline"] == byline
    assert row["subtitle"] is None
    assert row["publisher"] == "La Voz del Sur"
    assert row["dateline_place"] is None
    assert str(row["published_date"]) == "2024-03-04"


def test_an_outlet_and_its_date_are_told_from_a_place_and_its_date() -> None:
    assert match_outlet_date("La Voz del Sur, 4 de marzo de 2024") is not None
    assert match_outlet_date("The Valley Post, March 4, 2024") is not None
    assert match_outlet_date("La Paz, 4 de marzo de 2024") is None  # a place: the dateline's
    assert match_outlet_date("Bogotá, 4 de marzo de 2024") is None
    assert match_outlet_date("La Voz del Sur, un diario de la costa") is None  # no date


@pytest.mark.parametrize("deck", ["El edificio costó dos millones de pesos", "Obras Públicas"])
def test_a_deck_over_the_date_line_stays_the_deck(deck: str) -> None:
    row = _row(f"Abren el nuevo mercado de Tixtla\n{deck}\n4 de marzo de 2024\n\n" + BODY_ES)
    assert row["subtitle"] == deck


def test_the_outlet_after_the_byline_is_the_publisher() -> None:
    assert split_outlet("Redacción | La Voz del Sur") == ("Redacción", "La Voz del Sur")
    assert split_outlet("Ana Ruiz - The Valley Post") == ("Ana Ruiz", "The Valley Post")
    assert split_outlet("Redacción | Sevilla") == ("Redacción | Sevilla", None)  # a place stays in the byline
    row = _row("Abren el nuevo mercado de Tixtla\n\nPor Redacción | La Voz del Sur\n4 de marzo de 2024\n\n" + BODY_ES)
    assert row["byline"] == "Redacción"
    assert row["publisher"] == "La Voz del Sur"


# --- a wire's slug --------------------------------------------------------------------------------------


def test_a_wires_slug_over_its_credit_line_is_no_deck() -> None:
    row = _row("Abren el nuevo mercado de Tixtla\nMÉXICO MERCADOS\nAgencia EFE | 4 de marzo de 2024\n\n" + BODY_ES)
    assert row["subtitle"] is None
    assert str(row["published_date"]) == "2024-03-04"


# --- a wire's name closing the lead ---------------------------------------------------------------------


def test_a_wire_in_brackets_closing_the_lead_is_its_agency() -> None:
    lead = "El cabildo aprobó este lunes un plan de obras para el mercado municipal. (Dpa)"
    blocks, agency = split_credits([lead, "La alcaldesa dijo que las obras empezarán en otoño."])
    assert agency == "dpa"
    assert blocks[0].endswith("mercado municipal.")


@pytest.mark.parametrize(
    "lead",
    [
        "El cabildo aprobó el plan, según la agencia (EFE).",  # inside the sentence
        "El cabildo aprobó el plan de obras. (Foto)",  # no wire
        "El cabildo aprobó el plan, informó Reuters.",  # bare, the sentence's
    ],
)
def test_a_lead_that_a_wire_does_not_close_keeps_its_end(lead: str) -> None:
    blocks, agency = split_credits([lead, "La alcaldesa dijo que las obras empezarán en otoño."])
    assert agency is None
    assert blocks[0] == lead


@pytest.mark.parametrize(
    ("credit", "wire"),
    [
        ("Agencia EFE", "EFE"),
        ("Agencia Andina", "Andina"),
        ("Efe", "EFE"),
        ("Agence France-Presse", "Agence France-Presse"),
    ],
)
def test_a_wire_credited_as_an_agency_is_given_by_its_name(credit: str, wire: str) -> None:
    assert wire_alone(credit) == wire
    row = _row(f"Abren el nuevo mercado de Tixtla\n{credit} | 4 de marzo de 2024\n\n" + BODY_ES)
    assert row["originating_agency"] == wire
    assert row["byline"] is None
