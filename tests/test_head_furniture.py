"""Crawled pages whose head carries the page's furniture: captions, a photo's credit, section labels, a date-time
line or other stories' headlines over the headline; bylines printed as wire copy's reprints print them; a page's
words to its reader in its title; a wire's dateline in brackets. Every article here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from flows.extract.byline import match_wire_credit, name_over_two_lines
from flows.extract.dateline import find_dateline
from flows.formats.base import plain_blocks
from tests.conftest import article_row
from tests.test_article_headers import BODY_EN, BODY_ES

_row = article_row

_WIRE_PAGE = (
    " date 2024-03-05 ArtsHarbour Museum Reopens Its Doors After Two Years of Repairs\n"
    "Fishermen Protest New Quotas Outside the Marlow Town Hall\n"
    "Behind the LensHow One Picture of the Flooded Pier Went Around the World\n"
    "moviesA Quiet Film About Lighthouse Keepers Wins the Festival\n"
    "Ruth Calder\n"
    "Mayor Ruth Calder speaks during a meeting with the harbour's fishing cooperatives in the council chamber of the "
    "Marlow town hall on March 4, 2024.  Tom Keller—AP\n"
    "Courts\n\n"
    "Two Harbour Towns Sue the Port Authority Over New Fees\n\n"
    "Lena Ortiz and Paul Brennan / AP\n"
    "9:15 PM UTC\n\n"
    "(SEATTLE) — Two harbour towns sued the port authority on Tuesday over the new docking fees.\n\n"
    "The towns said the fees would drive fishing boats to other ports, officials said.\n"
)


def test_a_crawled_pages_sidebar_and_caption_over_the_headline_leave() -> None:
    row = _row(_WIRE_PAGE)
    assert row["title"] == "Two Harbour Towns Sue the Port Authority Over New Fees"
    assert (row["byline"], row["originating_agency"]) == ("Lena Ortiz and Paul Brennan", "AP")
    assert (row["dateline_place"], row["dateline_agency"]) == ("Seattle", None)
    assert row["published_date"] == dt.date(2024, 3, 5)
    assert row["body_text"].startswith("Two harbour towns sued the port authority")
    for furniture in ("Fishermen Protest", "Lighthouse Keepers", "Tom Keller", "Courts", "9:15 PM"):
        assert furniture not in row["body_text"]


_PHOTO_PAGE = (
    "Inés Valbuena, ministra de Obras Públicas\n"
    "Inés Valbuena, ministra de Obras Públicas.\n"
    "Fotoprensa\n"
    "12 Mar 2024 09:40 AM\n\n"
    "El Gobierno aplaza la licitación del nuevo puerto de Valdora\n\n"
    "Luz Marina\n"
    "Ortega Salcedo\n"
    "Así lo confirmó la ministra de Obras Públicas, Inés Valbuena.\n\n"
    "La ministra de Obras Públicas, Inés Valbuena, anunció que el Gobierno aplazará la licitación del puerto.\n"
)


def test_a_caption_its_agency_and_a_date_time_line_over_the_headline_leave() -> None:
    row = _row(_PHOTO_PAGE)
    assert row["title"] == "El Gobierno aplaza la licitación del nuevo puerto de Valdora"
    assert row["byline"] == "Luz Marina Ortega Salcedo"
    assert (row["published_date"], row["date_evidence"]) == (dt.date(2024, 3, 12), "date line")
    assert row["body_text"].startswith("Así lo confirmó la ministra")
    assert "Fotoprensa" not in row["body_text"] and "Luz Marina" not in row["body_text"]


def test_a_digests_story_over_another_headline_and_byline_stays() -> None:
    # Text over a headline and a credit line is a digest's first story, not furniture.
    text = (
        "Harbour news this week\n\n"
        "The city council approved a harbour works plan on Monday after a long debate, officials said. The plan "
        "will add two new piers and a ferry terminal, and work will start in the autumn.\n\n"
        "Fishermen Protest New Quotas Outside the Town Hall\n\n"
        "By Lena Ortiz\n\n" + BODY_EN
    )
    row = _row(text)
    assert row["title"] == "Harbour news this week"
    assert row["body_text"].startswith("The city council approved a harbour works plan on Monday after")
    assert "Fishermen Protest New Quotas" in row["body_text"]


def test_a_date_line_deck_and_byline_under_the_headline_are_read_as_before() -> None:
    # No furniture here: the date line, the deck and the byline under the headline the crawler read; the deck over
    # the byline is no headline.
    text = (
        " date 2024-03-05 Valdora approves the harbour works plan\n\n"
        "March 5, 2024\n\n"
        "The council voted after a long debate over the cost of the new piers\n\n"
        "By Lena Ortiz\n\n" + BODY_EN
    )
    row = _row(text)
    assert (row["title"], row["byline"]) == ("Valdora approves the harbour works plan", "Lena Ortiz")
    assert row["subtitle"] == "The council voted after a long debate over the cost of the new piers"
    assert row["body_text"].startswith("The city council approved")


def test_headlines_over_a_name_and_a_caption_are_no_headline_and_byline() -> None:
    # A person's name over a picture's caption labels the picture: the sidebar is no head without its credit line.
    text = (
        " date 2024-03-05 Fishermen Protest New Quotas Outside the Town Hall\n"
        "A Quiet Film About Lighthouse Keepers Wins the Festival\n"
        "Ruth Calder\n"
        "Mayor Ruth Calder speaks during a meeting at the town hall on March 4, 2024.  Tom Keller—AP\n\n" + BODY_EN
    )
    row = _row(text)
    assert row["byline"] is None and row["title"] == "Fishermen Protest New Quotas Outside the Town Hall"


# --- bylines --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Lena Ortiz and Paul Brennan / AP", ("Lena Ortiz and Paul Brennan", "AP")),
        ("Ana Ruiz y Luis Gil / EFE", ("Ana Ruiz y Luis Gil", "EFE")),
        ("Ana Ruiz, Luis Gil and Eva Sanz / Reuters", ("Ana Ruiz, Luis Gil and Eva Sanz", "Reuters")),
        ("Pros and Cons / AP", None),  # nobody's name
        ("North Korea / AP", None),
        ("Salud y Bienestar / EFE", None),
        ("Ana Ruiz / La Voz del Sur", None),  # an outlet, no wire
    ],
)
def test_writers_and_their_wire(line: str, expected: tuple[str, str] | None) -> None:
    assert match_wire_credit(line) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("Luz Marina", "Ortega Salcedo", "Luz Marina Ortega Salcedo"),
        ("Ana", "Ruiz Gil", "Ana Ruiz Gil"),
        ("Ana Ruiz", "Luis Gil", None),  # two people, one a line
        ("Luz Marina", "Ortega Salcedo Así", None),  # more than a name's part on the line
        ("Madrid", "Barcelona", None),
    ],
)
def test_a_name_over_two_lines(first: str, second: str, expected: str | None) -> None:
    assert name_over_two_lines(first, second) == expected


def test_a_name_over_two_lines_is_a_block_apart_from_the_text_under_it() -> None:
    blocks = plain_blocks("Luz Marina\nOrtega Salcedo\nAsí lo confirmó la ministra de Obras Públicas.")
    assert blocks == ["Luz Marina Ortega Salcedo", "Así lo confirmó la ministra de Obras Públicas."]


def test_a_list_of_names_stays_one_block() -> None:
    text = "Ana Ruiz\nLuis Gil\nEva Sanz y otros vecinos firmaron la carta."
    assert len(plain_blocks(text)) == 1


def test_a_wire_credit_and_its_time_under_the_headline() -> None:
    row = _row("Harbour fees rise again in Marlow\n\nLena Ortiz and Paul Brennan / AP\n9:15 PM UTC\n\n" + BODY_EN)
    assert (row["byline"], row["originating_agency"]) == ("Lena Ortiz and Paul Brennan", "AP")
    assert row["body_text"].startswith("The city council approved")


# --- datelines ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("block", "place", "agency"),
    [
        ("(SEATTLE) — Two harbour towns sued the port authority.", "Seattle", None),
        ("(BOSTON) — The mayor said the piers would reopen.", "Boston", None),  # a place, though an acronym's length
        ("(AP) — The mayor said the piers would reopen.", None, "AP"),
        ("(ACN) - La alcaldesa inauguró el muelle.", None, "ACN"),
    ],
)
def test_a_bracketed_dateline(block: str, place: str | None, agency: str | None) -> None:
    found = find_dateline(block)
    assert found is not None and (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("block", ["(Seattle) — the city, not a dateline", "(VIDEO) — The mayor spoke."])
def test_no_bracketed_place(block: str) -> None:
    found = find_dateline(block)
    assert found is None or found.place is None


# --- a page's words in the title ------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["Estás leyendo: ", "You are reading: "])
def test_a_pages_reading_label_leaves_the_title(label: str) -> None:
    row = _row(f" date 2024-03-05 {label}Valdora aprueba el plan de obras del puerto\n\n" + BODY_ES)
    assert row["title"] == "Valdora aprueba el plan de obras del puerto"


def test_a_live_label_over_the_headline_again_is_no_deck() -> None:
    text = (
        " date 2024-03-05 Estás leyendo: Comparecencia tras el pleno de Valdora\n\n"
        "En directo Comparecencia tras el pleno de Valdora\n\n" + BODY_ES
    )
    row = _row(text)
    assert (row["title"], row["subtitle"]) == ("Comparecencia tras el pleno de Valdora", None)
    assert row["body_text"].startswith("El ayuntamiento aprobó")


def test_a_deck_that_opens_with_live_stays() -> None:
    # 'Live' that opens a deck of other words is the deck's own.
    text = " date 2024-03-05 Harbour Festival Returns to Marlow\n\nLive music returns to the pier this summer\n\n"
    row = _row(text + BODY_EN)
    assert row["subtitle"] == "Live music returns to the pier this summer"


def test_a_title_that_merely_mentions_reading_stays() -> None:
    row = _row(" date 2024-03-05 What you are reading: the harbour's new library list\n\n" + BODY_EN)
    assert row["title"] == "What you are reading: the harbour's new library list"


# --- a box of more stories from the section, under the article ------------------------------------------

_ARTICLE_ES = (
    "Valdora aprueba el plan de obras del puerto\n\n"
    "El ayuntamiento aprobó este lunes un plan de obras para el puerto, informaron fuentes oficiales.\n\n"
    "La alcaldesa Marta Quiroga dijo que las obras empezarán en otoño y durarán dos años.\n\n"
    "El plan incluye dos muelles nuevos y una terminal de transbordadores.\n\n"
)


def test_a_closing_box_of_the_sections_stories_leaves() -> None:
    box = (
        "\nMÁS DE NACIONAL\nNACIONAL\nSube otra vez el precio del pan\n\nDel 3 al 5%\n\n"
        ". Las panaderías de Valdora subirán sus precios el mes próximo por el coste de la harina.\n"
    )
    row = _row(_ARTICLE_ES + box)
    assert row["body_text"].endswith("una terminal de transbordadores.")


def test_a_closing_more_from_label_and_what_it_lists_leave() -> None:
    text = (
        "Harbour fees rise again in Marlow\n\n" + BODY_EN + "\nThe port will review the fees next year.\n\n"
        "More from Politics\n\nCouncil votes to rename the old pier\n\n"
        "The council voted on Tuesday to give the old pier the name of a local fisherman.\n"
    )
    row = _row(text)
    assert row["body_text"].endswith("review the fees next year.")


@pytest.mark.parametrize(
    "ending",
    [
        "Más de 300 vecinos asistieron a la presentación del plan en el ayuntamiento.\n",
        "Más de Nacional que de internacional, la agenda de la alcaldesa sigue en el puerto.\n",
        # A label with more under it than a box holds: the text goes on, and stays.
        "MÁS DE NACIONAL\n\nUno.\n\nDos.\n\nTres.\n\nCuatro.\n",
    ],
)
def test_text_that_opens_like_a_box_stays(ending: str) -> None:
    row = _row(_ARTICLE_ES + ending)
    assert row["body_text"].endswith(ending.strip().rsplit("\n", 1)[-1])


# --- a picture pool's caption -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Los concejales durante el pleno en el ayuntamiento de Valdora - POOL VALDORA\n"
        "Fotografía de los concejales durante el pleno en el ayuntamiento de Valdora.",
        "La alcaldesa Marta Quiroga durante la rueda de prensa - Pool Valdora/Ana Ruiz",
    ],
)
def test_a_picture_pools_caption_leaves(caption: str) -> None:
    row = _row("Valdora aprueba el plan de obras del puerto\n\n" + BODY_ES + "\n" + caption + "\n\n" + BODY_ES)
    assert "POOL" not in row["body_text"] and "Pool" not in row["body_text"]
    assert "Fotografía de" not in row["body_text"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "El Gobierno creará un pool de empresas - POOL es la palabra que usó la ministra.",
        "La alcaldesa visitó el puerto. Después habló con los vecinos - POOL VALDORA",  # sentences before the credit
    ],
)
def test_text_that_names_a_pool_stays(paragraph: str) -> None:
    row = _row("Valdora aprueba el plan de obras del puerto\n\n" + BODY_ES + "\n" + paragraph + "\n\n" + BODY_ES)
    assert paragraph in row["body_text"]


def test_a_picture_description_under_text_stays() -> None:
    text = "Valdora aprueba el plan de obras del puerto\n\n" + BODY_ES + "\nFotografía de un muelle del puerto.\n\n"
    assert "Fotografía de un muelle" in _row(text + BODY_ES)["body_text"]


# --- the page's place and outlet under the text -----------------------------------------------------------


def test_the_pages_place_and_outlet_under_the_text_leave() -> None:
    row = _row("Valdora aprueba el plan de obras del puerto\n\n" + BODY_ES + "\nMadrid\n\nEL PUERTO DIARIO\n")
    assert row["body_text"].endswith("durarán dos años.")
    assert row["publisher"] == "EL PUERTO DIARIO"


@pytest.mark.parametrize(
    "ending",
    [
        "Madrid\n\nEFE",  # a wire's sign-off under the place: the agency's credit, read elsewhere
        "Madrid\n\nBARCELONA",  # two places
        "El plan se votará en Madrid\n\nEL PUERTO DIARIO",  # no place alone over the name
    ],
)
def test_closing_lines_that_are_no_place_and_outlet(ending: str) -> None:
    row = _row("Valdora aprueba el plan de obras del puerto\n\n" + BODY_ES + "\n" + ending + "\n")
    assert row["publisher"] is None


def test_a_label_and_a_date_line_over_a_deck_and_byline_keep_the_headline() -> None:
    # A date line alone shows no furniture: the deck over the byline is no headline, and the title stands.
    text = (
        "Valdora aprueba el plan de obras del puerto\n\n"
        "Política\n\n"
        "3 de junio de 2024\n\n"
        "El pleno votó tras un largo debate sobre el coste de los muelles\n\n"
        "Por Lena Ortiz\n\n" + BODY_ES
    )
    assert _row(text)["title"] == "Valdora aprueba el plan de obras del puerto"


def test_a_writers_name_under_furniture_leaves_where_the_format_stated_the_author() -> None:
    text = "title: Valdora aprueba el plan\nauthor: Luz Marina Ortega Salcedo\n\n" + _PHOTO_PAGE.split("\n", 1)[1]
    row = _row(text)
    assert row["byline"] == "Luz Marina Ortega Salcedo"
    assert row["body_text"].startswith("Así lo confirmó la ministra")
