"""Shapes that real news files take and the pipeline's own generator did not: crawler dumps with one paragraph
a line and the page's headline, kicker, deck and link lists kept in place, and wire copy hard-wrapped at a fixed
width whose paragraphs are marked by an indented first line. The articles are invented for the tests (people,
places and events are fictional); only their shapes are taken from real files.
"""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from flows.article import build_article


def _row(content: str) -> dict[str, Any]:
    data = content.encode("utf-8")
    return build_article(data, "a.txt", hashlib.sha256(data).hexdigest(), None).row


def _paragraphs(row: dict[str, Any]) -> list[str]:
    return row["body_text"].split("\n\n")


_CRAWLED = """URL: https://diario.example.com/politica/2025/03/10/consejo-aprueba-plan-de-aguas
Titulo: Consejo municipal aprueba el plan de aguas para la zona norte
Fecha: 2025-03-10T08:15:00-05:00

Política
Consejo municipal aprueba el plan de aguas para la zona norte
La concejala Irene Mateluna dijo que las obras llegarán a doce barrios antes de fin de año
El Consejo Municipal de Valdeluna aprobó este lunes, por nueve votos contra dos, el plan de aguas para la zona norte.
La obra costará unos 40 millones de pesos y la pagará la empresa municipal de servicios.
Los tramos de la obra
El primer tramo irá desde la planta de La Vega hasta el mercado, según el documento aprobado.
El segundo tramo empezará en junio, informó la concejala Mateluna.
"""


def test_a_crawler_dump_with_one_paragraph_a_line_keeps_its_paragraphs_and_subheads() -> None:
    assert _paragraphs(_row(_CRAWLED))[-5:] == [
        "El Consejo Municipal de Valdeluna aprobó este lunes, por nueve votos contra dos, el plan de aguas para la "
        "zona norte.",
        "La obra costará unos 40 millones de pesos y la pagará la empresa municipal de servicios.",
        "Los tramos de la obra",
        "El primer tramo irá desde la planta de La Vega hasta el mercado, según el documento aprobado.",
        "El segundo tramo empezará en junio, informó la concejala Mateluna.",
    ]


def test_the_kicker_and_the_repeated_headline_are_no_body_and_the_deck_is_the_subtitle() -> None:
    row = _row(_CRAWLED)
    assert row["title"] == "Consejo municipal aprueba el plan de aguas para la zona norte"
    assert (
        row["subtitle"] == "La concejala Irene Mateluna dijo que las obras llegarán a doce barrios antes de fin de año"
    )
    assert row["body_text"].startswith("El Consejo Municipal de Valdeluna aprobó")
    assert row["paragraph_count"] == 5


def test_a_one_sentence_lede_under_the_headline_is_not_the_deck() -> None:
    text = (
        "Consejo municipal aprueba el plan de aguas\n\n"
        "El Consejo Municipal de Valdeluna aprobó este lunes el plan de aguas para la zona norte.\n\n"
        "La obra costará unos 40 millones de pesos y la pagará la empresa municipal de servicios.\n"
    )
    row = _row(text)
    assert row["subtitle"] is None
    assert row["paragraph_count"] == 2


_WIRE = """HARBOUR BOARD BACKS NEW CONTAINER TERMINAL
    By Tom Aldridge, Reuters
    PORTSMOUTH, March 4 - The harbour board approved plans for a
new container terminal on Tuesday, saying traffic through the
port had doubled in five years.
    "We have run out of quay," board chairman Neil Forbes told
reporters after the vote.
    The terminal is due to open in 1990, the board said.
"""


def test_hard_wrapped_wire_copy_is_cut_into_paragraphs_at_its_indented_first_lines() -> None:
    row = _row(_WIRE)
    assert row["title"] == "HARBOUR BOARD BACKS NEW CONTAINER TERMINAL"
    assert row["byline"] == "Tom Aldridge, Reuters"
    assert row["dateline_place"] == "Portsmouth"
    assert _paragraphs(row) == [
        "The harbour board approved plans for a new container terminal on Tuesday, saying traffic through the "
        "port had doubled in five years.",
        '"We have run out of quay," board chairman Neil Forbes told reporters after the vote.',
        "The terminal is due to open in 1990, the board said.",
    ]


def test_wire_copy_whose_wrapped_lines_keep_one_space_of_indent_is_cut_the_same_way() -> None:
    text = (
        "   PUERTO-OBRAS\n           APRUEBAN NUEVA TERMINAL EN EL PUERTO DE VALDELUNA\n\n"
        "    Valdeluna, 4 mar (EFE).-La junta del puerto aprobó hoy la\n"
        " construcción de una nueva terminal de contenedores, informaron\n"
        " fuentes oficiales.\n"
        "    Según la junta, el tráfico del puerto se ha duplicado en cinco\n"
        " años.\n"
    )
    row = _row(text)
    assert row["dateline_place"] == "Valdeluna"
    assert _paragraphs(row) == [
        "La junta del puerto aprobó hoy la construcción de una nueva terminal de contenedores, informaron fuentes "
        "oficiales.",
        "Según la junta, el tráfico del puerto se ha duplicado en cinco años.",
    ]


def test_an_indented_passage_whose_lines_are_all_indented_is_one_paragraph() -> None:
    text = (
        "Title of the piece\n\n"
        "The committee met on Friday and\n"
        "agreed a budget:\n"
        "    the harbour works come first and\n"
        "    the library second,\n"
        "    as the mayor had asked.\n"
    )
    assert _row(text)["paragraph_count"] == 1


@pytest.mark.parametrize(
    "furniture",
    [
        "TE PUEDE INTERESAR\n- Vecinos de La Vega celebran la llegada del agua\n- El mercado abrirá los domingos",
        "En tendencia:\nVecinos de La Vega celebran la llegada del agua\nEl mercado abrirá los domingos",
        "— Irene Mateluna (@imateluna) March 10, 2025",
        "Apoya a Diario Ejemplo",
        "Video",
    ],
    ids=["link-list-without-colon", "trending-list", "embedded-post-attribution", "call-to-support", "video-label"],
)
def test_page_furniture_between_crawled_lines_is_not_body(furniture: str) -> None:
    text = (
        "Titulo: Consejo aprueba el plan de aguas\nURL: https://diario.example.com/a\n\n"
        "El Consejo Municipal de Valdeluna aprobó este lunes el plan de aguas.\n"
        f"{furniture}\n"
        "La obra costará unos 40 millones de pesos, informó la concejala.\n"
    )
    assert _paragraphs(_row(text)) == [
        "El Consejo Municipal de Valdeluna aprobó este lunes el plan de aguas.",
        "La obra costará unos 40 millones de pesos, informó la concejala.",
    ]


def test_an_advertising_label_does_not_take_the_lines_under_it_with_it() -> None:
    text = (
        "Titulo: Observadores presentan su informe\nURL: https://diario.example.com/b\n\n"
        "Los observadores destacaron lo siguiente:\n"
        "Publicidad\n"
        "- La jornada electoral transcurrió sin incidentes graves.\n"
        "- Las mesas abrieron a tiempo en todo el país.\n"
    )
    assert _paragraphs(_row(text)) == [
        "Los observadores destacaron lo siguiente:",
        "- La jornada electoral transcurrió sin incidentes graves.",
        "- Las mesas abrieron a tiempo en todo el país.",
    ]


def test_a_photo_caption_printed_twice_with_its_credit_is_not_body() -> None:
    text = (
        "Harbour crowds queue for the last ferry\n\n"
        "Hundreds of people queued at the harbour before dawn on Friday for the last ferry of the season.\n\n"
        "Passengers wait on the pier at Valdeluna on Friday.\n"
        "Passengers wait on the pier at Valdeluna on Friday. Photograph: Ana Ruiz/AP\n\n"
        "The ferry company said it would add a second boat next year.\n\n"
        "Photo: R.T. Molina for The Harbour Courier\n"
    )
    assert _paragraphs(_row(text)) == [
        "Hundreds of people queued at the harbour before dawn on Friday for the last ferry of the season.",
        "The ferry company said it would add a second boat next year.",
    ]


def test_a_reprinting_site_disclaimer_and_a_newsletter_label_are_not_body() -> None:
    text = (
        "Ferry company adds a second boat\n\n"
        "The ferry company said on Monday it would add a second boat next year.\n\n"
        "STAY INFORMED\n\n"
        "The company expects traffic to grow by a tenth, its chief executive said.\n\n"
        "The views and opinions expressed herein are the views and opinions of the author and do not "
        "necessarily reflect those of Harbour Markets, Inc.\n"
    )
    assert _paragraphs(_row(text)) == [
        "The ferry company said on Monday it would add a second boat next year.",
        "The company expects traffic to grow by a tenth, its chief executive said.",
    ]


def test_the_word_photo_inside_a_sentence_is_kept() -> None:
    text = "Ferry photo contest\n\nThe judges chose one photo: a boat at dawn, taken by a pupil.\n"
    assert _row(text)["body_text"] == "The judges chose one photo: a boat at dawn, taken by a pupil."


_LONG_HEADLINE = (
    "De cerrar el puerto de noche a prohibir los cruceros en verano: las medidas que la alcaldesa de Valdeluna "
    "anunció en una hora de rueda de prensa ante los vecinos del barrio de La Vega"
)


def test_a_long_headline_set_apart_by_a_blank_line_is_the_title() -> None:
    row = _row(f"{_LONG_HEADLINE}\n\nLa alcaldesa de Valdeluna anunció este lunes un plan para el puerto.\n")
    assert row["title"] == _LONG_HEADLINE
    assert row["body_text"] == "La alcaldesa de Valdeluna anunció este lunes un plan para el puerto."


def test_a_long_first_line_run_on_into_the_text_is_no_title() -> None:
    row = _row(f"{_LONG_HEADLINE}\ny los vecinos aplaudieron el plan.\n")
    assert row["title"] is None
