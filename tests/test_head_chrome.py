"""The head of plain-text articles and crawler dumps: page chrome over the headline, datelines printed apart or
in unusual forms, dates printed in the head, wire bylines, and head text printed again over the body."""

from __future__ import annotations

import datetime as dt

import pytest

from flows.article_head import Head, read_head
from flows.extract.byline import is_job_title, wire_alone
from flows.extract.dateline import find_dateline, place_alone
from flows.formats.page_chrome import is_page_chrome
from tests.conftest import article_row
from tests.test_article_headers import BODY_EN, BODY_ES

_row = article_row


# --- page chrome ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Jump to content",
        "Skip to main content",
        "Article content",
        "Saltar al contenido",
        "ValdoraNews.com",
        "noticiasdelpuerto.com.mx",
        "HarbourWatch.com - Your Port At Work",
        "Harbour TV Copyright: Harbour TV",
        "© Marlow Gazette 2024",
        "Copyright 2024 Marlow Gazette",
    ],
)
def test_chrome_lines(line: str) -> None:
    assert is_page_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Harbour fire destroys two warehouses",
        "Amazon.com posts record profit for the quarter",  # a company named by its address, then a verb
        "Content moderators strike in Valdora",
        "Copyright reform passes the Senate",
        # A sentence that mentions copyright is text, not a credit line.
        "The court ruled on Monday that the copyright on the harbour's old photographs had lapsed years ago.",
    ],
)
def test_headlines_and_text_are_no_chrome(line: str) -> None:
    assert not is_page_chrome(line)


@pytest.mark.parametrize(
    "chrome", ["Jump to content", "Article content", "ValdoraNews.com", "Harbour TV Copyright: Harbour TV"]
)
def test_chrome_on_a_crawlers_date_line_is_neither_title_nor_body(chrome: str) -> None:
    row = _row(f" date 2024-05-02 {chrome}\n\n" + BODY_EN)
    assert (row["source_format"], row["title"]) == ("dated crawler text", None)
    assert row["body_text"].startswith("The city council approved")
    assert row["published_date"] == dt.date(2024, 5, 2)


@pytest.mark.parametrize("place", ["madrid", "Madrid", "MADRID"])
def test_a_place_alone_on_a_crawlers_date_line_is_the_dateline(place: str) -> None:
    row = _row(f" date 2024-05-02 {place}\nEl Gobierno aprobará este martes la licitación de obra pública.\n")
    assert (row["title"], row["dateline_place"]) == (None, "Madrid")
    assert row["body_text"].startswith("El Gobierno aprobará")


def test_a_site_address_over_the_headline_is_no_title() -> None:
    row = _row("HarbourWatch.com - Your Port At Work\nHarbour fire destroys two warehouses in Marlow\n\n" + BODY_EN)
    assert row["title"] == "Harbour fire destroys two warehouses in Marlow"
    assert "HarbourWatch" not in row["body_text"]


def test_a_sites_address_slogan_and_kicker_over_the_headline_are_no_title() -> None:
    text = (
        "noticiasdelpuerto.com.mx\n\n"
        "Rapidez, claridad y verdad… ¡Todo el puerto en un solo lugar!\n\n"
        "REGIONAL\n\n"
        "Valdora aprueba el plan de obras del puerto\n\n" + BODY_ES
    )
    row = _row(text)
    assert row["title"] == "Valdora aprueba el plan de obras del puerto"
    assert row["body_text"].startswith("El ayuntamiento aprobó")


def test_a_sites_address_over_the_headline_is_no_slogan() -> None:
    # The line under the address is the headline itself when text, not another label, follows it.
    row = _row("noticiasdelpuerto.com.mx\n\nValdora aprueba el plan de obras del puerto\n\n" + BODY_ES)
    assert row["title"] == "Valdora aprueba el plan de obras del puerto"


def test_a_section_label_over_wire_copy_is_no_title() -> None:
    row = _row("National News\n\nMARLOW (AP) — The city council approved a harbour plan, officials said.\n\n" + BODY_EN)
    assert (row["title"], row["dateline_place"], row["dateline_agency"]) == (None, "Marlow", "AP")
    assert "National News" not in row["body_text"]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Plan Approved\n\n" + BODY_EN,
        # A short headline over wire copy names what its lead is about.
        "Calder Visits Marlow\n\nMARLOW (AP) — Mayor Ruth Calder visited the harbour, officials said.\n\n" + BODY_EN,
    ],
)
def test_a_short_headline_stays_the_title(text: str) -> None:
    assert _row(text)["title"] == text.split("\n", 1)[0]


# --- datelines ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("block", "place", "agency", "month_day", "rest"),
    [
        ("MINSK, 12 nov (BelTA). – Cuba y Belarús firmaron", "Minsk", "BelTA", (11, 12), "Cuba y"),
        ("Minsk 24 mar.- El vicepresidente recorrió la fábrica", "Minsk", None, (3, 24), "El vice"),
        ("Lima 3 mar (EFE) - El Congreso aprobó", "Lima", "EFE", (3, 3), "El Congreso"),
        ("ISLAMABAD, Apr 9 (APP) :The minister said", "Islamabad", "APP", (4, 9), "The minister"),
    ],
)
def test_dateline_forms(block: str, place: str, agency: str | None, month_day: tuple[int, int], rest: str) -> None:
    found = find_dateline(block)
    assert found is not None and found.date is not None
    assert (found.place, found.agency, (found.date.month, found.date.day)) == (place, agency, month_day)
    assert block[found.end :].startswith(rest)


@pytest.mark.parametrize(
    "block",
    [
        "Madrid 24 de marzo fue un día de lluvia.",  # a place and a date, but no sign of a dateline after them
        "The council - Marlow's oldest body - met on Monday.",
    ],
)
def test_sentences_stay_no_datelines(block: str) -> None:
    assert find_dateline(block, opens_body=True) is None


def test_place_alone() -> None:
    assert (place_alone("bogotá"), place_alone("CIUDAD DE MÉXICO"), place_alone("Madrid")) == (
        "Bogotá",
        "Ciudad de México",
        "Madrid",
    )
    assert place_alone("National News") is None
    assert place_alone("Europa") is None  # a region of the world names no dateline's place


@pytest.mark.parametrize(
    ("line", "place"),
    [("Colombia", None), ("ECUADOR", None), ("Cartagena", "Cartagena"), ("GUAYAQUIL", "Guayaquil")],
    ids=["country", "country-capitals", "city", "city-capitals"],
)
def test_a_countrys_name_alone_is_a_sections_kicker_not_a_dateline(line: str, place: str | None) -> None:
    assert place_alone(line) == place


def test_a_headline_glued_to_the_dateline_is_the_title() -> None:
    row = _row(
        " date 2024-04-10 ValdoraNews.com\n"
        "Minister denies rift in the harbour board MARLOW, Apr 9 (APP) :The harbour minister said on Thursday that"
        " the board was united.\n\n" + BODY_EN
    )
    assert row["title"] == "Minister denies rift in the harbour board"
    assert (row["dateline_place"], row["dateline_agency"]) == ("Marlow", "APP")
    assert row["body_text"].startswith("The harbour minister said")


def test_no_headline_is_cut_from_a_sentence_that_names_a_place_in_capitals() -> None:
    row = _row("Officials in MARLOW said on Monday the plan was approved. The works start in May.\n\n" + BODY_EN)
    assert row["title"] is None and row["dateline_place"] is None
    assert row["body_text"].startswith("Officials in MARLOW")


def test_a_full_date_after_the_dateline_is_the_date() -> None:
    row = _row(
        "Harbour fire destroys two warehouses\n"
        "Marlow, March 2 (AFP) Mar 02, 2018\n"
        "A fire destroyed two warehouses on Friday, officials told AFP.\n\n" + BODY_EN
    )
    assert (row["dateline_place"], row["dateline_agency"]) == ("Marlow", "AFP")
    assert row["published_date"] == dt.date(2018, 3, 2)
    assert row["body_text"].startswith("A fire destroyed")


# --- the head's text printed again ---------------------------------------------------------------------


def test_a_summary_that_the_lead_repeats_is_the_deck_and_the_dateline_under_it_is_read() -> None:
    head = Head("Valdora aprueba el plan del puerto", None, None, None, None)
    blocks = [
        "El ayuntamiento de Valdora aprobó este lunes un plan de obras para el puerto.",
        "Valdora.- El ayuntamiento de Valdora aprobó este lunes un plan de obras para el puerto, que durará dos años.",
        "Las obras empiezan en otoño.",
    ]
    left = read_head(head, blocks)
    assert head.subtitle == blocks[0]
    assert left == blocks[1:]


def test_a_date_line_under_a_repeated_summary_and_over_the_repeated_headline_is_read() -> None:
    head = Head("Valdora aprueba el plan del puerto", None, None, None, None)
    lead = "El ayuntamiento de Valdora aprobó este lunes un plan de obras para el puerto, según fuentes oficiales."
    dated = f"VALDORA, 19 May. (EUROPA PRESS) - {lead}"
    blocks = [lead, "Publicado 19/05/2020 15:22", "Valdora aprueba el plan del puerto", dated, "Las obras empiezan."]
    left = read_head(head, blocks)
    assert (head.date_text, head.subtitle) == ("19/05/2020", None)  # the lead printed whole is no deck
    assert left == [dated, "Las obras empiezan."]


def test_a_paragraph_that_opens_like_the_next_one_is_no_summary_when_short() -> None:
    head = Head("Valdora aprueba el plan del puerto", None, None, None, None)
    blocks = ["El ayuntamiento aprobó.", "El ayuntamiento aprobó el plan.", "Las obras empiezan."]
    assert read_head(head, blocks) == blocks


def test_the_deck_printed_again_is_dropped() -> None:
    head = Head("Valdora aprueba el plan del puerto", "Las obras durarán dos años", None, None, None)
    assert read_head(head, ["Las obras durarán dos años", "El ayuntamiento aprobó el plan."]) == [
        "El ayuntamiento aprobó el plan."
    ]


# --- bylines --------------------------------------------------------------------------------------------


def test_a_name_over_the_writers_job_over_the_date_is_the_byline() -> None:
    head = Head("Harbour fire destroys two warehouses", None, None, None, None)
    blocks = [
        "Two warehouses lost in the night",
        "Ruth Calder",
        "Harbour Correspondent",
        "Monday 31 October 2022 15:08",
        "A fire destroyed two warehouses.",
    ]
    left = read_head(head, blocks)
    assert (head.subtitle, head.byline, head.date_text) == (blocks[0], "Ruth Calder", "Monday 31 October 2022")
    assert left == ["A fire destroyed two warehouses."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Policy Correspondent", True),
        ("Redactora de Economía", True),
        ("The editor resigned.", False),
        ("Ruth Calder", False),
        ("Harbour Board", False),
    ],
)
def test_job_titles(line: str, expected: bool) -> None:
    assert is_job_title(line) is expected


def test_a_wire_alone_as_byline_is_the_agency() -> None:
    assert (wire_alone("Reuters"), wire_alone("afp"), wire_alone("Ruth Calder"), wire_alone("PL")) == (
        "Reuters",
        "AFP",
        None,
        None,
    )
    row = _row("Harbour fire destroys two warehouses\nBy Reuters\n\n" + BODY_EN)
    assert (row["byline"], row["originating_agency"]) == (None, "Reuters")


# --- datelines of Indian, Pakistani and Mexican papers -------------------------------------------------------


@pytest.mark.parametrize(
    ("block", "place", "agency", "date", "rest"),
    [
        ("Lucknow: Union Minister Ravi Menon on Sunday said the plan", "Lucknow", None, None, "Union Minister"),
        ("Lahore: Finance Minister Bilal Shah said", "Lahore", None, None, "Finance Minister"),
        ("Indore (Madhya Pradesh): The state minister said", "Indore", None, None, "The state"),  # a state, no agency
        ("Pune (Maharashtra) [India], May 4 (ANI): The minister said", "Pune, Maharashtra", "ANI", (5, 4), "The min"),
        ("Celaya, Guanajuato, a 4 de mayo de 2025.- La Fiscalía informó", "Celaya, Guanajuato", None, (5, 4), "La Fis"),
    ],
    ids=["city-colon", "pakistani-city-colon", "state-in-brackets", "ani", "mexican-a-before-date"],
)
def test_datelines_with_a_colon_a_bracketed_state_or_a_dated_a(
    block: str, place: str, agency: str | None, date: tuple[int, int] | None, rest: str
) -> None:
    found = find_dateline(block, opens_body=True)
    assert found is not None
    assert (found.place, found.agency) == (place, agency)
    assert (found.date.month, found.date.day) == date if found.date else date is None
    assert block[found.end :].startswith(rest)


@pytest.mark.parametrize(
    "block",
    [
        "Venezuela: la oposición pide elecciones",  # a country and a colon open a summary
        "Importante: El plazo vence el lunes",  # a label
        "Riverton: A town that never sleeps",  # no known place
        "El plan, a 4 de mayo de 2025 aprobado, sigue",  # a date after 'a' in a sentence, no separator
    ],
    ids=["country-colon", "label-colon", "unknown-place-colon", "sentence-with-a-date"],
)
def test_colons_and_dates_that_make_no_dateline(block: str) -> None:
    assert find_dateline(block, opens_body=True) is None


def test_a_colon_after_a_city_opens_the_body_only() -> None:
    assert find_dateline("Lucknow: Union Minister Ravi Menon said") is None  # a line of the head: a label's colon
    row = _row("Harbour plan approved\n\nLucknow: Union Minister Ravi Menon on Sunday said the plan was ready.\n")
    assert row["dateline_place"] == "Lucknow"
    assert row["body_text"].startswith("Union Minister")
