"""The metadata at the head of an article file, in the shapes exports and crawlers give it.

Front matter, labelled crawler headers, 'Publicado el …' and 'Actualizado: …' lines, all-numeric dates,
a byline over a date with no blank line between, menus and breadcrumbs before the headline, a deck over
the dateline. The articles are invented for the tests (people, places and events are fictional).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from typing import Any

import pytest

from flows.article import build_article
from flows.extract.dates import _TIME, _may_end_in_a_time, is_update_line, match_date, match_date_line, resolve
from flows.extract.notes import is_publisher_note
from flows.formats.front_matter import split_front_matter

BODY_ES = (
    "El ayuntamiento aprobó este lunes un plan de obras para el puerto, informaron fuentes oficiales.\n\n"
    "La alcaldesa Marta Quiroga dijo que las obras empezarán en otoño y durarán dos años.\n"
)
BODY_EN = (
    "The city council approved a harbour works plan on Monday, officials said.\n\n"
    "Mayor Ruth Calder said work would start in the autumn and take two years.\n"
)


def _row(content: str) -> dict[str, Any]:
    data = content.encode("utf-8")
    return build_article(data, "a.txt", hashlib.sha256(data).hexdigest(), None).row


# --- dates -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "text", "expected"),
    [
        ("Publicado el 5 de febrero de 2024", "5 de febrero de 2024", (2024, 2, 5)),
        ("Published on June 3rd, 2024", "June 3rd, 2024", (2024, 6, 3)),
        ("Fecha: 14/08/2023", "14/08/2023", (2023, 8, 14)),
        ("3 de junio de 2024 | 14:32 h", "3 de junio de 2024", (2024, 6, 3)),
        ("June 3, 2024, 2:05 PM EDT", "June 3, 2024", (2024, 6, 3)),
        ("2023-06-19T08:45:00-03:00", "2023-06-19", (2023, 6, 19)),
        ("2024/06/03", "2024/06/03", (2024, 6, 3)),
        ("lunes 3 de junio de 2024", "lunes 3 de junio de 2024", (2024, 6, 3)),
        ("12 de março de 2024", "12 de março de 2024", (2024, 3, 12)),
        ("Dimecres, 7 de febrer de 2024", "Dimecres, 7 de febrer de 2024", (2024, 2, 7)),
    ],
)
def test_labelled_and_timed_date_lines(line: str, text: str, expected: tuple[int, int, int]) -> None:
    found = match_date_line(line)
    assert found is not None
    assert found.text == text
    assert (found.year, found.month, found.day) == expected


@pytest.mark.parametrize(
    "line", ["Publicado el plan de obras", "Mayor Smith 10:00", "Fecha: por confirmar", "3/6 de los votos"]
)
def test_lines_that_are_not_date_lines(line: str) -> None:
    assert match_date_line(line) is None


def test_a_time_is_looked_for_wherever_the_last_words_may_end_in_one() -> None:
    # match_date_line searches a block for a time at its end only when its last words have a digit.
    rng = random.Random(11)
    words = ["10:15", "9.30", "14h05", "T08:45:00", "a.", "m.", "p.m.", "hrs", "h", "horas", "(GMT", "GMT", "UTC",
             "+", "-", "3)", "+02:00", "Z", "ET", "a", "las", "at", "|", "—", "junio", "2024", "dijo.",
             "x\u3000y"]  # fmt: skip
    spaces = [" ", "  ", "\t", "\n", "\u00a0", "\u3000", ""]
    texts = ["".join(rng.choice(words) + rng.choice(spaces) for _ in range(rng.randint(1, 12))) for _ in range(20_000)]
    timed = 0
    ends = [
        "June 3, 2024, 10:15 a. m. (GMT + 3)",
        "3 de junio, 10:15 a. m. (GMT)",
        "a las 9:00 horas",
        "2023-06-19T08:45Z",
    ]
    for text in [*texts, *ends]:
        if _TIME.search(text) is not None:
            timed += 1
            assert _may_end_in_a_time(text), repr(text)
    assert timed > 1_000  # both kinds of text were tried
    assert not _may_end_in_a_time("El alcalde dijo que las obras de 2024 empezarán en otoño y durarán dos años.")


def test_numeric_dates_are_ordered_only_where_something_settles_it() -> None:
    assert match_date("14/08/2023") == match_date("14/08/2023", day_first=False)  # 14 cannot be a month
    unsettled = match_date("3/6/2024")
    assert unsettled is not None and unsettled.month is None
    assert resolve(unsettled, dt.date(2025, 1, 1)).date is None
    spanish = match_date("3/6/2024", day_first=True)
    american = match_date("3/6/2024", day_first=False)
    assert spanish is not None and (spanish.month, spanish.day) == (6, 3)
    assert american is not None and (american.month, american.day) == (3, 6)
    assert match_date("31/02/2024", day_first=True) is None


def test_update_lines_are_told_from_publication_lines() -> None:
    assert is_update_line("Actualizado: 05/02/2024 14:32")
    assert is_update_line("Last updated June 4, 2024")
    assert not is_update_line("Actualizado el plan de obras del puerto")
    assert not is_update_line("Publicado el 5 de febrero de 2024")


@pytest.mark.parametrize("line", ["Latest update : 2024-06-04", "Last update: June 4, 2024"])
def test_a_latest_update_line_is_an_update_line_not_a_deck(line: str) -> None:
    # Read as the deck under the headline and the byline before.
    assert is_update_line(line)
    row = _row(f"Reabren el paso fronterizo del puente Norte\nBy Jane Doe\n{line}\n\n{BODY_ES}")
    assert row["subtitle"] is None and row["updated_date"] == dt.date(2024, 6, 4)
    assert not is_update_line("Latest updates from the harbour")


# --- whole files ----------------------------------------------------------------------------------------


def test_spanish_day_first_date_under_the_title_with_a_time_and_a_newsroom_byline() -> None:
    row = _row(f"Reabren el paso fronterizo del puente Norte\n3/6/2024 - 18:20\nRedacción Internacional\n\n{BODY_ES}")
    assert row["published_date"] == dt.date(2024, 6, 3)
    assert (row["published_date_text"], row["date_evidence"]) == ("3/6/2024", "date line")
    assert row["byline"] == "Redacción Internacional"
    assert row["subtitle"] is None
    assert row["body_text"].startswith("El ayuntamiento")


def test_an_english_article_leaves_an_unsettled_numeric_date_unresolved() -> None:
    row = _row(f"Harbour works plan approved\n3/6/2024\n\n{BODY_EN}")
    assert row["published_date_text"] == "3/6/2024"
    assert row["published_date"] is None and row["date_precision"] is None
    settled = _row(f"Harbour works plan approved\n13/6/2024\n\n{BODY_EN}")
    assert settled["published_date"] == dt.date(2024, 6, 13)


def test_byline_over_a_date_without_a_blank_line_is_two_fields_not_one() -> None:
    row = _row(f"Harbour works plan approved\n\nBy Jane Doe and John Roe, Harbour Wire\nJune 3rd, 2024\n\n{BODY_EN}")
    assert row["byline"] == "Jane Doe and John Roe, Harbour Wire"
    assert row["published_date"] == dt.date(2024, 6, 3)
    assert row["body_text"].startswith("The city council")


def test_publicado_and_actualizado_lines_under_a_markdown_headline() -> None:
    row = _row(
        "# El puerto tendrá nuevas grúas\n\n"
        "Publicado el 5 de febrero de 2024\n\nActualizado: 06/02/2024 14:32\n\nPor **Inés Barrera**\n\n" + BODY_ES
    )
    assert row["title"] == "El puerto tendrá nuevas grúas"
    assert row["published_date"] == dt.date(2024, 2, 5)  # the publication, not the update
    assert row["byline"] == "Inés Barrera"
    assert row["body_text"].startswith("El ayuntamiento")
    assert "Actualizado" not in row["body_text"]


def test_menu_breadcrumbs_and_photo_caption_do_not_hide_the_markdown_headline() -> None:
    row = _row(
        "[Skip to content](#main)\n\n"
        "* [News](https://example.org/news/)\n* [Politics](https://example.org/politics/)\n\n"
        "[Home](https://example.org/) > [Cities](https://example.org/cities/)\n\n"
        "# Harbour works plan approved\n\n"
        "*Published on June 3rd, 2024*\n\n"
        "![The harbour](https://example.org/harbour.jpg)\n*The harbour at dawn. (Photo: Ana Ruiz)*\n\n"
        + BODY_EN
        + "\n[Share on Facebook](https://facebook.com/x) | [Share on X](https://x.com/y)\n"
        + "\n---\n\n<https://example.org/2024/06/03/harbour-plan>\n"
    )
    assert row["url"] == "https://example.org/2024/06/03/harbour-plan"  # an autolink alone is the source footer
    assert row["title"] == "Harbour works plan approved"
    assert row["published_date"] == dt.date(2024, 6, 3)
    assert row["body_text"].startswith("The city council")
    assert row["body_text"].endswith("take two years.")
    assert row["paragraph_count"] == 2


def test_a_paragraph_with_words_around_its_link_is_body() -> None:
    row = _row(
        "# Harbour works plan approved\n\n"
        + BODY_EN
        + "\nThe plan is [online](https://example.org/plan) for comment.\n"
    )
    assert row["body_text"].endswith("The plan is online for comment.")


def test_emphasised_standfirst_under_the_headline_is_the_subtitle() -> None:
    row = _row("# El puerto tendrá nuevas grúas\n\n*Una inversión de diez millones para el muelle sur*\n\n" + BODY_ES)
    assert row["subtitle"] == "Una inversión de diez millones para el muelle sur"
    assert row["body_text"].startswith("El ayuntamiento")


def test_the_short_line_over_a_dateline_is_the_deck() -> None:
    row = _row(
        "El puerto tendrá nuevas grúas\n\nUna inversión de diez millones para el muelle sur\n\nVALPARAÍSO.- " + BODY_ES
    )
    assert row["subtitle"] == "Una inversión de diez millones para el muelle sur"
    assert row["dateline_place"] == "Valparaíso"
    assert row["body_text"].startswith("El ayuntamiento")


FRONT_MATTER = """---
title: "El puerto tendrá nuevas grúas"
date: 2023-06-19T08:45:00-03:00
author: Inés Barrera
description: Una inversión de diez millones para el muelle sur
tags: ["puerto", "obras"]
draft: false
---

# El puerto tendrá nuevas grúas

"""


def test_yaml_front_matter_gives_the_metadata_and_stays_out_of_the_body() -> None:
    row = _row(FRONT_MATTER + BODY_ES)
    assert row["source_format"] == "markdown web export"
    assert row["title"] == "El puerto tendrá nuevas grúas"
    assert row["subtitle"] == "Una inversión de diez millones para el muelle sur"
    assert row["byline"] == "Inés Barrera"
    assert row["published_date"] == dt.date(2023, 6, 19)  # the date as written, in its own time zone
    assert (row["published_date_text"], row["date_evidence"]) == ("2023-06-19", "front matter")
    assert row["body_text"].startswith("El ayuntamiento")


def test_text_between_two_rules_that_is_not_yaml_metadata_is_not_front_matter() -> None:
    text = "---\nEl puerto: un siglo de historia\n---\n\n" + BODY_ES
    assert split_front_matter(text) == (None, text)
    assert split_front_matter("---\n[unclosed\n---\n" + BODY_ES)[0] is None


CRAWLER_LABELLED = """URL: https://noticias.example.pa/economia/canal-2023-08-14
Fecha: 14/08/2023
Titulo: El canal extiende las restricciones por la sequía
Autor: Redacción
Seccion: Economía
----------------------------------------
"""


def test_crawler_header_with_spanish_labels() -> None:
    row = _row(CRAWLER_LABELLED + BODY_ES)
    assert row["source_format"] == "dated crawler text"
    assert row["title"] == "El canal extiende las restricciones por la sequía"
    assert row["url"] == "https://noticias.example.pa/economia/canal-2023-08-14"
    assert row["domain"] == "noticias.example.pa"
    assert row["published_date"] == dt.date(2023, 8, 14)
    assert row["date_evidence"] == "date header"
    assert row["byline"] == "Redacción"
    assert row["body_text"].startswith("El ayuntamiento")
    assert "Economía" not in row["body_text"]


@pytest.mark.parametrize(
    ("dump", "title", "place", "body_start"),
    [
        (
            " date 2025-03-04 Sube el precio del aceite en Valdora\nValdora, 3 mar (EFE).- El aceite subió un 4 %.\n",
            "Sube el precio del aceite en Valdora",
            "Valdora",
            "El aceite subió",
        ),
        (
            " date 2024-05-02 Harbour fire destroys two warehouses\n\nMARLOW, May 2 (Reuters) - A fire destroyed two "
            "warehouses, officials said.\n",
            "Harbour fire destroys two warehouses",
            "Marlow",
            "A fire destroyed",
        ),
    ],
)
def test_the_headline_on_a_crawlers_date_line_is_the_title(dump: str, title: str, place: str, body_start: str) -> None:
    row = _row(dump)
    assert (row["source_format"], row["title"], row["dateline_place"]) == ("dated crawler text", title, place)
    assert row["body_text"].startswith(body_start)


@pytest.mark.parametrize(
    "dump",
    [
        # The first paragraph, whole or wrapped: its line under it starts in lower case.
        " date 2024-06-22 Valdora.- El puerto tendrá nuevas grúas en marzo.\nLas obras durarán dos años.\n",
        " date 2024-06-22 The council approved the harbour plan on Monday\nafter a long debate, officials said.\n",
        # A photo's caption and credit on the date line, the text under it.
        " date 2024-06-22 La alcaldesa Ana Ruiz durante la feria de Valdora. Foto: Alcaldía\n\nLa feria abrió.\n",
        # A dateline alone on the date line, its text under it.
        " date 2024-06-22 MARLOW (Reuters) -\nThe council approved the harbour plan on Monday.\n",
    ],
)
def test_the_text_on_a_crawlers_date_line_that_is_no_headline_stays_the_body(dump: str) -> None:
    row = _row(dump)
    assert (row["source_format"], row["title"]) == ("dated crawler text", None)
    assert row["published_date"] == dt.date(2024, 6, 22)


def test_a_crawlers_date_of_a_month_alone() -> None:
    row = _row(" date 2025-06 La cooperativa de Valdora celebra sus sesenta años con una feria.\n\n" + BODY_ES)
    assert row["source_format"] == "dated crawler text"
    assert (row["published_date"], row["date_precision"]) == (dt.date(2025, 6, 1), "month")
    assert row["body_text"].startswith("La cooperativa de Valdora")


def test_one_labelled_line_is_not_a_crawler_header() -> None:
    row = _row("Fuente: un informe del ministerio\n\n" + BODY_ES)
    assert row["source_format"] == "plain text"


@pytest.mark.parametrize(
    ("lead", "place"), [("**Montevideo.**", "Montevideo"), ("**CIUDAD DE MÉXICO.**", "Ciudad de México")]
)
def test_a_bold_place_opening_a_markdown_body_is_its_dateline(lead: str, place: str) -> None:
    row = _row(f"# El puerto tendrá nuevas grúas\n\n{lead} {BODY_ES}")
    assert row["dateline_place"] == place
    assert row["body_text"].startswith("El ayuntamiento")


def test_a_bold_lead_in_that_names_no_place_stays_in_the_body() -> None:
    row = _row(f"# El puerto tendrá nuevas grúas\n\n**Importante.** {BODY_ES}")
    assert row["dateline_place"] is None
    assert row["body_text"].startswith("Importante. El ayuntamiento")


def test_a_known_place_and_a_full_stop_opening_a_plain_body_is_its_dateline() -> None:
    row = _row(f"Titulo: El puerto tendrá nuevas grúas\nFecha: 2025-04-14\n\nCiudad de México. {BODY_ES}")
    assert row["dateline_place"] == "Ciudad de México"
    assert row["dateline_agency"] is None
    assert row["body_text"].startswith("El ayuntamiento")


def test_an_agency_glued_to_the_first_word_is_the_dateline() -> None:
    row = _row(f"Harbour plan approved\n\n(CNN){BODY_EN}")
    assert (row["dateline_place"], row["dateline_agency"]) == (None, "CNN")
    assert row["body_text"].startswith("The city council approved")


@pytest.mark.parametrize(
    ("decks", "dateline", "place", "agency"),
    [
        (
            "Quinto año de crecimiento del puerto\n\nEl tráfico de contenedores sube un 44 %\n\n",
            "Valdora, 3 mar (EFE).- ",
            "Valdora",
            "EFE",
        ),
        (
            "Fifth Consecutive Year of Growth\n\nContainer traffic up 44% and bulk cargo up 57%\n\n",
            "MARLOW, May 2 (Reuters) - ",
            "Marlow",
            "Reuters",
        ),
    ],
)
def test_a_dateline_under_decks_left_in_the_body_is_read(decks: str, dateline: str, place: str, agency: str) -> None:
    body = BODY_ES if place == "Valdora" else BODY_EN
    row = _row(f"El puerto de Valdora crece por quinto año\n\n22/06/2024\n\n{decks}{dateline}{body}")
    assert (row["dateline_place"], row["dateline_agency"]) == (place, agency)
    assert dateline.strip() not in row["body_text"]


def test_a_place_and_a_full_stop_under_a_deck_in_the_body_is_no_dateline() -> None:
    text = f"El puerto tendrá nuevas grúas\n\n22/06/2024\n\nLas obras del muelle sur\n\nVeracruz. {BODY_ES}"
    row = _row(text)
    assert row["dateline_place"] is None
    assert "Veracruz. El ayuntamiento" in row["body_text"]


def test_a_place_and_a_full_stop_further_down_the_body_is_no_dateline() -> None:
    second = "Veracruz. La ciudad recibirá las grúas en marzo, según el calendario."
    row = _row(f"El puerto tendrá nuevas grúas\n\n{BODY_ES}\n{second}\n")
    assert row["dateline_place"] is None
    assert row["body_text"].endswith(second)


@pytest.mark.parametrize(
    ("above", "byline", "date"),
    [
        ("22/06/2024\n", None, dt.date(2024, 6, 22)),
        ("Por Inés Barrera\n\n", "Inés Barrera", None),
        ("INTERNACIONAL\n", None, None),  # a kicker: the section's label, dropped
    ],
)
def test_lines_above_the_plain_text_headline(above: str, byline: str | None, date: dt.date | None) -> None:
    row = _row(f"{above}El puerto tendrá nuevas grúas\n\n{BODY_ES}")
    assert row["title"] == "El puerto tendrá nuevas grúas"
    assert (row["byline"], row["published_date"], row["subtitle"]) == (byline, date, None)
    assert row["body_text"].startswith("El ayuntamiento")


def test_a_short_capitalised_headline_over_a_deck_is_not_a_kicker() -> None:
    row = _row(f"PUERTO SIN GRÚAS\nEl muelle sur espera desde 2019\n\n{BODY_ES}")
    assert (row["title"], row["subtitle"]) == ("PUERTO SIN GRÚAS", "El muelle sur espera desde 2019")


HEADLINE_ES = "El puerto de Valdora tendrá nuevas grúas en marzo"
HEADLINE_EN = "Ferry service to Marlow Island resumes after pier repairs"


@pytest.mark.parametrize(
    ("labels", "headline", "body"),
    [
        ("Portada\n", HEADLINE_ES, BODY_ES),  # a section's name
        ("Economía y Negocios\n\n", HEADLINE_ES, BODY_ES),
        ("Diario Valdora.info\n\n", HEADLINE_ES, BODY_ES),  # a site's name
        ("volver a todas las noticias\n\n", HEADLINE_ES, BODY_ES),  # the page's chrome, in lower case
        ("Local News\n\n\n", HEADLINE_EN, BODY_EN),
        (
            "[an error occurred while processing this directive]\nMarlow Times\nwatch the latest video\n",
            HEADLINE_EN,
            BODY_EN,
        ),
        ("Harbour Archive\nUpdated: June 4, 2024\n", HEADLINE_EN, BODY_EN),  # a date line among them is read
    ],
)
def test_a_pages_labels_over_the_plain_text_headline_are_dropped(labels: str, headline: str, body: str) -> None:
    row = _row(f"{labels}{headline}\n\n{body}")
    assert (row["title"], row["subtitle"]) == (headline, None)
    assert row["body_text"].startswith(body.split()[0])


def test_a_caption_in_lower_case_under_the_headline_is_no_deck() -> None:
    caption = "ep la alcaldesa de valdora ana ruiz en la feria archiva"
    row = _row(f"{HEADLINE_ES}\n\n{caption}\n\nVALDORA, 13 (EUROPA PRESS) {BODY_ES}")
    assert (row["title"], row["subtitle"], row["dateline_place"]) == (HEADLINE_ES, None, "Valdora")


@pytest.mark.parametrize(
    ("text", "title", "subtitle"),
    [
        # Short headlines: their verbs are in lower case, and a deck under them is a deck.
        (
            f"Quiroga dimite\nLa alcaldesa de Valdora dejará el cargo en marzo\n\n{BODY_ES}",
            "Quiroga dimite",
            "La alcaldesa de Valdora dejará el cargo en marzo",
        ),
        (
            f"Fire kills three\nA blaze in the old port district of Marlow\n\n{BODY_EN}",
            "Fire kills three",
            "A blaze in the old port district of Marlow",
        ),
        # A headline of names over the text alone, with no line like a headline under it.
        (f"Marlow Harbour Plan\n\n{BODY_EN}", "Marlow Harbour Plan", None),
        (f"Puerto de Valdora\n\nPor Inés Barrera\n\n{BODY_ES}", "Puerto de Valdora", None),
    ],
)
def test_a_short_headline_is_not_taken_for_a_label(text: str, title: str, subtitle: str | None) -> None:
    row = _row(text)
    assert (row["title"], row["subtitle"]) == (title, subtitle)


def test_a_plain_text_headline_underlined_setext_style() -> None:
    row = _row(f"El puerto tendrá nuevas grúas\n=============================\n\n22 de junio de 2024\n\n{BODY_ES}")
    assert (row["title"], row["subtitle"]) == ("El puerto tendrá nuevas grúas", None)
    assert row["published_date"] == dt.date(2024, 6, 22)


@pytest.mark.parametrize(
    "line", ["Inés Barrera | 22 de junio de 2024", "Por Inés Barrera - 22/06/2024", "Por Inés Barrera — 22.06.2024"]
)
def test_a_byline_and_a_date_on_one_line(line: str) -> None:
    row = _row(f"El puerto tendrá nuevas grúas\n\n{line}\n\n{BODY_ES}")
    assert (row["byline"], row["published_date"]) == ("Inés Barrera", dt.date(2024, 6, 22))
    assert row["body_text"].startswith("El ayuntamiento")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("BY DANA R. KIRK from the Associated Press", "DANA R. KIRK"),  # in capitals, a middle initial
        ("By DANA KIRK from the Associated Press", "DANA KIRK"),
        ("By Dana Kirk, Reuters", "Dana Kirk, Reuters"),  # the credit as printed, as the schema says
        ("Por Inés Barrera, de la agencia EFE", "Inés Barrera"),
        ("Por Juan de la Cruz", "Juan de la Cruz"),  # a particle is no wire's name
    ],
)
def test_a_byline_names_the_writer_without_a_phrase_joining_the_wire(line: str, name: str) -> None:
    row = _row(f"El puerto tendrá nuevas grúas\n\n{line}\n\n{BODY_ES}")
    assert (row["byline"], row["subtitle"]) == (name, None)
    assert row["body_text"].startswith("El ayuntamiento")


def test_a_place_and_a_date_on_one_line_is_no_byline() -> None:
    row = _row(f"El puerto tendrá nuevas grúas\n\nCiudad de México - 22 de junio de 2024\n\n{BODY_ES}")
    assert row["byline"] is None


def test_a_stated_byline_loses_its_por() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY_ES.strip().split("\n\n"))
    page = (
        "<html><head><title>El puerto</title><meta name='author' content='Por Inés Barrera'></head><body><article>"
        f"<h1>El puerto tendrá nuevas grúas</h1>{paragraphs}<p>Los vecinos celebraron el anuncio del plan.</p>"
        "</article></body></html>"
    )
    assert _row(page)["byline"] == "Inés Barrera"
    assert _row(CRAWLER_LABELLED.replace("Autor: Redacción", "Autor: Por Inés Barrera") + BODY_ES)["byline"] == (
        "Inés Barrera"
    )


def test_a_deck_between_the_headline_and_the_byline() -> None:
    row = _row(
        f"El puerto tendrá nuevas grúas\n\nUna inversión de diez millones para el muelle sur\n\n"
        f"Por Inés Barrera\n22 de junio de 2024\n\n{BODY_ES}"
    )
    assert row["subtitle"] == "Una inversión de diez millones para el muelle sur"
    assert (row["byline"], row["published_date"]) == ("Inés Barrera", dt.date(2024, 6, 22))
    assert row["body_text"].startswith("El ayuntamiento")


@pytest.mark.parametrize(
    ("line", "place", "agency", "date"),
    [
        ("Bogotá, 9 de junio de 2024", "Bogotá", None, dt.date(2024, 6, 9)),
        ("SANTIAGO, June 7, 2024", "Santiago", None, dt.date(2024, 6, 7)),
        ("MADRID, 4 Jun. 2024 (EUROPA PRESS) -", "Madrid", "EUROPA PRESS", dt.date(2024, 6, 4)),
    ],
)
def test_a_dateline_on_a_line_of_its_own(line: str, place: str, agency: str | None, date: dt.date) -> None:
    row = _row(f"El puerto tendrá nuevas grúas\n\nPor Inés Barrera\n\n{line}\n\n{BODY_ES}")
    assert (row["dateline_place"], row["dateline_agency"], row["published_date"]) == (place, agency, date)
    assert row["byline"] == "Inés Barrera"
    assert row["body_text"].startswith("El ayuntamiento")


def test_a_dateline_with_a_state_abbreviation() -> None:
    row = _row(f"El puerto tendrá nuevas grúas\n\nMONTERREY, N.L.— {BODY_ES}")
    assert row["dateline_place"] == "Monterrey, N.L."
    assert row["body_text"].startswith("El ayuntamiento")


# --- the datelines of the wire services -------------------------------------------------------------

REFERENCE = dt.date(2024, 3, 20)  # the day the files were retrieved


def _row_retrieved(content: str) -> dict[str, Any]:
    data = content.encode("utf-8")
    return build_article(data, "a.txt", hashlib.sha256(data).hexdigest(), REFERENCE).row


@pytest.mark.parametrize(
    ("dateline", "body", "place", "agency", "date_text", "date"),
    [
        ("MADRID, 3 mar (EFE).- ", BODY_ES, "Madrid", "EFE", "3 mar", dt.date(2024, 3, 3)),
        ("Bogotá, 3 mar (EFE).- ", BODY_ES, "Bogotá", "EFE", "3 mar", dt.date(2024, 3, 3)),
        ("SEVILLA, 3 (EUROPA PRESS) - ", BODY_ES, "Sevilla", "EUROPA PRESS", "3", None),
        ("VALENCIA (España), 3 mar (EUROPA PRESS) - ", BODY_ES, "Valencia, España", "EUROPA PRESS", "3 mar",
         dt.date(2024, 3, 3)),
        ("LOGROÑO (La Rioja), 3 (EUROPA PRESS) - ", BODY_ES, "Logroño, La Rioja", "EUROPA PRESS", "3", None),
        ("París, 3 mar 2024 (AFP) - ", BODY_ES, "París", "AFP", "3 mar 2024", dt.date(2024, 3, 3)),
        ("BUENOS AIRES, 3 Mar 2024 (AFP) - ", BODY_ES, "Buenos Aires", "AFP", "3 Mar 2024", dt.date(2024, 3, 3)),
        ("Ciudad de México, 3 de marzo (Notimex).- ", BODY_ES, "Ciudad de México", "Notimex", "3 de marzo",
         dt.date(2024, 3, 3)),
        ("La Habana, 3 mar (Prensa Latina) ", BODY_ES, "La Habana", "Prensa Latina", "3 mar", dt.date(2024, 3, 3)),
        ("ROMA, 3 (ANSA) - ", BODY_ES, "Roma", "ANSA", "3", None),
        ("Berlín, 3 mar (dpa) - ", BODY_ES, "Berlín", "dpa", "3 mar", dt.date(2024, 3, 3)),
        ("Beijing, 3 mar (Xinhua) -- ", BODY_ES, "Beijing", "Xinhua", "3 mar", dt.date(2024, 3, 3)),
        ("MOSCÚ (Sputnik) — ", BODY_ES, "Moscú", "Sputnik", None, None),
        ("MEXICO CITY, March 3 (Reuters) - ", BODY_EN, "Mexico City", "Reuters", "March 3", dt.date(2024, 3, 3)),
        ("MEXICO CITY (AP) — ", BODY_EN, "Mexico City", "AP", None, None),
        ("SAN JUAN, Puerto Rico (AP) — ", BODY_EN, "San Juan, Puerto Rico", "AP", None, None),
        ("Paris (AFP) - ", BODY_EN, "Paris", "AFP", None, None),
        ("(Bloomberg) -- ", BODY_EN, None, "Bloomberg", None, None),
        ("(Reuters) - ", BODY_EN, None, "Reuters", None, None),
        ("WASHINGTON — ", BODY_EN, "Washington", None, None, None),
        ("SACRAMENTO, Calif. (AP) — ", BODY_EN, "Sacramento, Calif.", "AP", None, None),
        ("CHILPANCINGO, Gro.- ", BODY_ES, "Chilpancingo, Gro.", None, None, None),
        ("NEW YORK/LONDON, March 3 (Reuters) - ", BODY_EN, "New York/London", "Reuters", "March 3",
         dt.date(2024, 3, 3)),
        ("Lima, mar. 3 (ANDINA). ", BODY_ES, "Lima", "ANDINA", "mar. 3", dt.date(2024, 3, 3)),
        ("March 3 (UPI) -- ", BODY_EN, None, "UPI", "March 3", dt.date(2024, 3, 3)),
        ("Redacción Internacional, 3 mar (EFE).- ", BODY_ES, None, "EFE", "3 mar", dt.date(2024, 3, 3)),
    ],
    ids=[
        "efe", "efe-latin-america", "europa-press-day-alone", "europa-press-bracketed-country",
        "europa-press-bracketed-region-day-alone", "afp-spanish", "afp-spanish-caps", "notimex", "prensa-latina",
        "ansa-day-alone", "dpa", "xinhua", "sputnik", "reuters", "ap", "ap-place-and-region", "afp-english",
        "bloomberg-no-place", "reuters-no-place", "nyt-style", "ap-state", "mexican-state", "reuters-two-places",
        "andina", "upi", "efe-desk",
    ],
)  # fmt: skip
def test_a_wire_dateline_gives_place_agency_and_date(
    dateline: str, body: str, place: str | None, agency: str | None, date_text: str | None, date: dt.date | None
) -> None:
    row = _row_retrieved(f"El puerto tendrá nuevas grúas\n\n{dateline}{body}")
    assert (row["dateline_place"], row["dateline_agency"]) == (place, agency)
    # A day alone ('3 (EUROPA PRESS)') says no month: it is kept as printed, and the date is not guessed.
    assert (row["published_date_text"], row["published_date"]) == (date_text, date)
    assert row["body_text"].startswith(body.split(" ")[0] + " ")


def test_a_day_alone_in_the_dateline_leaves_the_date_the_file_states() -> None:
    row = _row_retrieved(
        CRAWLER_LABELLED.replace("14/08/2023", "03/03/2024") + "SEVILLA, 3 (EUROPA PRESS) - " + BODY_ES
    )
    assert (row["dateline_place"], row["dateline_agency"]) == ("Sevilla", "EUROPA PRESS")
    assert (row["published_date"], row["date_evidence"]) == (dt.date(2024, 3, 3), "date header")
    assert row["body_text"].startswith("El ayuntamiento")


@pytest.mark.parametrize(
    ("dateline", "date_line", "body", "date"),
    [
        ("SEVILLA, 3 (EUROPA PRESS)", "03/03/2024 09:15", BODY_ES, dt.date(2024, 3, 3)),
        ("MADRID, 4 jun (EFE)", "4 de junio de 2024", BODY_ES, dt.date(2024, 6, 4)),
        ("WASHINGTON, March 3 (Reuters)", "March 4, 2024, 10:15 AM EST", BODY_EN, dt.date(2024, 3, 4)),
    ],
)
def test_the_date_line_under_a_dateline_on_a_line_of_its_own_is_the_date(
    dateline: str, date_line: str, body: str, date: dt.date
) -> None:
    row = _row_retrieved(f"El puerto tendrá nuevas grúas\n\n{dateline}\n\n{date_line}\n\n{body}")
    assert (row["published_date"], row["date_evidence"]) == (date, "date line")
    assert row["body_text"].startswith(body.split(" ")[0] + " ")


@pytest.mark.parametrize(
    "lead",
    [
        "Madrid, la capital, amaneció con lluvia y los vecinos salieron con paraguas.",
        "Madrid (España) es la capital del país y su ciudad más poblada.",
        "Valencia, 3 de sus 5 playas siguen cerradas por el temporal.",
        "Paris (France) is a city of two million people, officials said.",
        "(Foto: EFE) — El presidente saluda a los vecinos del puerto.",
    ],
    ids=["apposition", "bracketed-country-subject", "number-after-place", "english-subject", "photo-credit"],
)
def test_a_first_sentence_that_opens_with_a_place_keeps_its_words(lead: str) -> None:
    row = _row_retrieved(f"El puerto tendrá nuevas grúas\n\n{lead}\n\n{BODY_ES}")
    assert (row["dateline_place"], row["dateline_agency"], row["published_date_text"]) == (None, None, None)
    assert row["body_text"].startswith(lead)


@pytest.mark.parametrize(
    "lead",
    [
        "(Video) — El alcalde recorrió las obras del muelle sur este lunes.",
        "(Foto) - Los vecinos del puerto protestaron frente al ayuntamiento.",
        "(VIDEO) — The mayor toured the south pier works on Monday.",
        "(Audio) — Listen to the mayor explain the harbour plan.",
        "(Update) - The council moved the vote to Thursday.",
        "(Actualización) — El pleno aplazó la votación al jueves.",
    ],
)
def test_a_label_in_brackets_before_a_dash_is_no_agency(lead: str) -> None:
    row = _row_retrieved(f"El puerto tendrá nuevas grúas\n\n{lead}\n\n{BODY_ES}")
    assert (row["dateline_place"], row["dateline_agency"]) == (None, None)
    assert row["body_text"].startswith(lead)


@pytest.mark.parametrize(
    ("dateline", "place", "agency"),
    [
        ("WASHINGTON (Video) — ", "Washington", None),
        ("LIMA (FOTOS) - ", "Lima", None),
        ("BOGOTÁ (Actualización) — ", "Bogotá", None),
        ("MADRID (FOTO: EFE) — ", "Madrid", "EFE"),
        ("MADRID (Foto: Reuters) — ", "Madrid", "Reuters"),
        ("CARACAS (Video: ACN) — ", "Caracas", "ACN"),
        ("SEVILLA (Foto: Inés Barrera) — ", "Sevilla", None),
    ],
    ids=[
        "video",
        "photos",
        "update",
        "photo-by-a-wire",
        "photo-by-a-listed-wire",
        "clip-by-an-acronym",
        "photographer",
    ],
)
def test_a_label_in_the_brackets_after_a_place_names_no_agency_but_the_wire_it_credits(
    dateline: str, place: str, agency: str | None
) -> None:
    row = _row_retrieved(f"El puerto tendrá nuevas grúas\n\n{dateline}{BODY_ES}")
    assert (row["dateline_place"], row["dateline_agency"]) == (place, agency)
    assert row["body_text"].startswith("El ayuntamiento")


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [("(REUTERS) - ", "REUTERS"), ("(dpa) - ", "dpa"), ("(ACN) — ", "ACN"), ("(CNN) — ", "CNN")],
    ids=["listed-in-capitals", "listed-wire-in-lower-case", "unlisted-acronym", "broadcaster"],
)
def test_an_agency_alone_is_read_in_any_case_and_as_an_acronym(dateline: str, agency: str) -> None:
    row = _row_retrieved(f"El puerto tendrá nuevas grúas\n\n{dateline}{BODY_ES}")
    assert (row["dateline_place"], row["dateline_agency"]) == (None, agency)
    assert row["body_text"].startswith("El ayuntamiento")


@pytest.mark.parametrize(
    "lead",
    [
        "Tesla (TSLA) - The carmaker said deliveries rose in the quarter.",
        "Ford (NYSE:F) - The carmaker will build a battery plant near the port.",
        "Northgate Holdings (NASDAQ: NGHD) — The lender reported a loss on Tuesday.",
        "Grupo Panadero (BMV: GPANA) - La panificadora abrirá una planta en el puerto.",
        "Cementos Ruiz (CRZ) - La cementera elevó sus precios un 5 %.",
        "TESLA (TSLA) - The carmaker said deliveries rose in the quarter.",
        "CEMENTOS RUIZ (CRZ) - La cementera elevó sus precios un 5 %.",
    ],
)
def test_a_company_and_its_stock_ticker_are_no_dateline(lead: str) -> None:
    row = _row_retrieved(f"El puerto tendrá nuevas grúas\n\n{lead}\n\n{BODY_ES}")
    assert (row["dateline_place"], row["dateline_agency"]) == (None, None)
    assert row["body_text"].startswith(lead)


@pytest.mark.parametrize(
    ("dateline", "place", "agency"),
    [
        ("WASHINGTON (AP) — ", "Washington", "AP"),
        ("MADRID, 3 mar (EFE).- ", "Madrid", "EFE"),
        ("Paris (AFP) - ", "Paris", "AFP"),
        ("Caracas (ACN) - ", "Caracas", "ACN"),
        ("TEGUCIGALPA (HRN) — ", "Tegucigalpa", "HRN"),
        ("La Paz, 3 mar (ABI) - ", "La Paz", "ABI"),
        ("Asunción (IP) - ", "Asunción", "IP"),
        ("Rosario (NA) - ", "Rosario", "NA"),
        ("ASUNCIÓN (IP) - ", "Asunción", "IP"),
        ("TLACOTALPAN, Ver. (NTX) - ", "Tlacotalpan, Ver.", "NTX"),
        ("LOMAVERDE (DN) — ", "Lomaverde", "DN"),
    ],
    ids=[
        "caps-place",
        "with-date",
        "listed-agency",
        "listed-wire",
        "unlisted-after-caps-place",
        "unlisted-dated",
        "unlisted-after-a-known-city",
        "listed-after-a-known-city",
        "unlisted-after-a-known-city-in-capitals",
        "unlisted-after-an-unknown-town-and-its-state",
        "a-paper-s-acronym-after-its-unknown-town-in-capitals",
    ],
)
def test_a_wire_acronym_after_a_place_is_still_its_agency(dateline: str, place: str, agency: str) -> None:
    row = _row_retrieved(f"El puerto tendrá nuevas grúas\n\n{dateline}{BODY_ES}")
    assert (row["dateline_place"], row["dateline_agency"]) == (place, agency)
    assert row["body_text"].startswith("El ayuntamiento")


@pytest.mark.parametrize(
    ("dateline", "body", "agency", "date_text"),
    [
        ("TOKYO, March 3 Kyodo - ", BODY_EN, "Kyodo", "March 3"),
        ("TOKYO, March 3 Kyodo -- ", BODY_EN, "Kyodo", "March 3"),
        ("SEOUL, March 3 YONHAP — ", BODY_EN, "YONHAP", "March 3"),
        ("MADRID, 3 mar EFE.- ", BODY_ES, "EFE", "3 mar"),
    ],
    ids=["kyodo", "kyodo-double-dash", "wire-in-capitals", "efe-without-brackets"],
)
def test_a_wire_name_without_brackets_after_the_date_is_the_agency(
    dateline: str, body: str, agency: str, date_text: str
) -> None:
    row = _row_retrieved(f"Harbour plan approved\n\n{dateline}{body}")
    assert (row["dateline_agency"], row["published_date_text"]) == (agency, date_text)
    assert row["body_text"].startswith(body.split(" ")[0] + " ")


def test_a_wire_dateline_without_brackets_on_a_line_of_its_own() -> None:
    row = _row_retrieved(f"Harbour plan approved\n\nBy Jane Doe\n\nTOKYO, March 3 Kyodo\n\n{BODY_EN}")
    assert (row["dateline_place"], row["dateline_agency"], row["published_date"]) == (
        "Tokyo",
        "Kyodo",
        dt.date(2024, 3, 3),
    )
    assert row["body_text"].startswith("The city council")


def test_a_wire_that_opens_the_sentence_after_the_date_is_its_subject() -> None:
    lead = "TOKYO, March 3 Kyodo News reported that the harbour plan was approved."
    row = _row_retrieved(f"Harbour plan approved\n\n{lead}\n\n{BODY_EN}")
    assert (row["dateline_place"], row["dateline_agency"]) == ("Tokyo", None)
    assert row["body_text"].startswith("Kyodo News reported")


def test_an_email_newsletter_reads_its_headers_and_keeps_the_recipient_out() -> None:
    row = _row(
        "From: The Morning Brief <brief@harbor.example>\nTo: reader@example.com\n"
        "Subject: Harbour works plan approved\nDate: Tue, 11 Jun 2024 06:02:14 -0400\n\n"
        "View in browser | Forward to a friend\n\n" + BODY_EN + "\nUnsubscribe | Update your preferences\n"
    )
    assert row["title"] == "Harbour works plan approved"
    assert row["published_date"] == dt.date(2024, 6, 11)
    assert row["publisher"] == "The Morning Brief"
    assert "reader@example.com" not in str(row)
    assert row["body_text"].startswith("The city council") and row["body_text"].endswith("take two years.")


def test_blog_platform_chrome_is_not_body() -> None:
    row = _row(
        "Harbour works plan approved\n=====\n\nAna Ruiz\n\nFollow\n\n5 min read\n\nJun 3, 2024\n\n12\n\n"
        + BODY_EN
        + "\n12\n\nFollow\n\nMore from Ana Ruiz\n"
    )
    assert (row["byline"], row["published_date"]) == ("Ana Ruiz", dt.date(2024, 6, 3))
    assert row["body_text"].startswith("The city council") and row["body_text"].endswith("take two years.")


def test_the_footnote_mark_of_a_byline_is_not_part_of_the_name() -> None:
    assert _row(f"El puerto tendrá nuevas grúas\n\nPor Inés Barrera*\n\n{BODY_ES}")["byline"] == "Inés Barrera"


def test_words_hyphenated_across_lines_of_a_printed_page_are_rejoined() -> None:
    row = _row(
        "El puerto tendrá nuevas grúas\n\nEl Ministerio de Sanea-\nmiento aprobó un plan para am-\n"
        "pliar las redes, informó la minis-\ntra Carmen Rosales Vidal.\n\nPágina 1 de 2\n\n" + BODY_ES
    )
    assert row["body_text"].startswith(
        "El Ministerio de Saneamiento aprobó un plan para ampliar las redes, informó la ministra Carmen Rosales Vidal."
    )
    assert "Página" not in row["body_text"]


def test_a_hyphen_at_a_line_end_of_plain_wrapped_text_is_kept() -> None:
    row = _row("Harbour works plan approved\n\nThe council approved a long-\nterm plan for the harbour on Monday.\n")
    assert "long- term plan" in row["body_text"]


# --- an editor's note or a correction over the dateline ----------------------------------------------

NOTE_ES = "Nota del editor: Esta nota fue actualizada para corregir el nombre de la alcaldesa."
NOTE_EN = "Correction (June 3): An earlier version of this story misstated the mayor's name."


@pytest.mark.parametrize(
    ("note", "dateline", "body", "place", "agency"),
    [
        (NOTE_ES, "MADRID, 4 jun (EFE).- ", BODY_ES, "Madrid", "EFE"),
        ("Nota de la redacción: Se publicó primero impreso.", "MADRID.- ", BODY_ES, "Madrid", None),
        ("N. de la R.: Se corrigieron dos cifras.", "Lima, 4 jun (Andina).- ", BODY_ES, "Lima", "Andina"),
        ("Fe de erratas: Se corrigió un nombre.", "QUITO.- ", BODY_ES, "Quito", None),
        ("Aclaración: La alcaldesa no es candidata", "MADRID, 4 jun (EFE).- ", BODY_ES, "Madrid", "EFE"),
        ("Corrección: Una versión anterior daba mal el monto.", "MADRID, 4 jun (EFE).- ", BODY_ES, "Madrid", "EFE"),
        (NOTE_EN, "Havana, July 18 (RHC)--", BODY_EN, "Havana", "RHC"),
        ("Editor's note: This story has been updated.", "Havana, July 18 (RHC)--", BODY_EN, "Havana", "RHC"),
        ("Correction: A photo caption misidentified the harbour.", "WASHINGTON (AP) — ", BODY_EN, "Washington", "AP"),
        ("Update: The mayor resigned on Tuesday evening.", "Havana, July 18 (RHC)--", BODY_EN, "Havana", "RHC"),
        ("UPDATE (June 3): The vote was postponed.", "WASHINGTON (AP) — ", BODY_EN, "Washington", "AP"),
        ("Updated: This story now includes the mayor's comments.", "Havana, July 18 (RHC)--", BODY_EN, "Havana", "RHC"),
        ("Actualización: La alcaldesa renunció el martes.", "MADRID, 4 jun (EFE).- ", BODY_ES, "Madrid", "EFE"),
        ("ACTUALIZACIÓN (4 de junio): Se aplazó la votación.", "Lima, 4 jun (Andina).- ", BODY_ES, "Lima", "Andina"),
    ],
)
def test_a_note_over_the_dateline_stays_in_the_body_and_the_dateline_is_read(
    note: str, dateline: str, body: str, place: str, agency: str | None
) -> None:
    row = _row(f"El puerto tendrá nuevas grúas\n\n{note}\n\n{dateline}{body}")
    assert (row["dateline_place"], row["dateline_agency"]) == (place, agency)
    assert row["body_text"].startswith(note + "\n\n" + body.split(" ")[0])


def test_a_note_over_the_dateline_in_markdown_under_a_byline_gives_the_date() -> None:
    row = _row(f"# Harbour plan approved\n\n**By Jane Doe**\n\n*{NOTE_EN}*\n\nHavana, July 18 (RHC)--{BODY_EN}")
    assert (row["byline"], row["dateline_place"], row["dateline_agency"]) == ("Jane Doe", "Havana", "RHC")
    assert (row["published_date_text"], row["date_evidence"]) == ("July 18", "dateline")
    assert row["body_text"].startswith(NOTE_EN + "\n\nThe city council")


def test_a_note_over_a_dateline_on_a_line_of_its_own() -> None:
    row = _row(
        f"El puerto tendrá nuevas grúas\n\nPor Inés Barrera\n\n{NOTE_ES}\n\nBogotá, 9 de junio de 2024\n\n{BODY_ES}"
    )
    assert (row["byline"], row["dateline_place"], row["published_date"]) == (
        "Inés Barrera",
        "Bogotá",
        dt.date(2024, 6, 9),
    )
    assert row["body_text"].startswith(NOTE_ES + "\n\nEl ayuntamiento")


@pytest.mark.parametrize(
    "shape",
    [
        "Harbour plan approved\n\n{note}\n\n",
        "Harbour plan approved\n{note}\n\n",  # under the headline without a blank line
        "# Harbour plan approved\n\n*{note}*\n\n",  # emphasised, as a standfirst would be
    ],
)
def test_a_short_note_under_the_headline_is_not_the_deck(shape: str) -> None:
    note = "Editor's note: This story has been updated"
    row = _row(shape.format(note=note) + f"Havana, July 18 (RHC)--{BODY_EN}")
    assert (row["subtitle"], row["dateline_place"]) == (None, "Havana")
    assert row["body_text"].startswith(note)


def test_a_note_in_an_html_page_does_not_hide_the_dateline() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY_EN.strip().split("\n\n"))
    paragraphs = paragraphs.replace("<p>", "<p>Havana, July 18 (RHC)--", 1)
    page = (
        "<html><head><title>Harbour plan approved</title></head><body><article><h1>Harbour plan approved</h1>"
        f"<p><em>{NOTE_EN}</em></p>{paragraphs}<p>Dock workers welcomed the plan at a meeting on Tuesday.</p>"
        "</article></body></html>"
    )
    row = _row(page)
    assert (row["dateline_place"], row["dateline_agency"]) == ("Havana", "RHC")
    assert row["body_text"].startswith(NOTE_EN + "\n\nThe city council")


def test_a_correction_is_not_read_as_a_dateline() -> None:
    row = _row(f"Harbour plan approved\n\n{NOTE_EN}\n\n{BODY_EN}")
    assert (row["dateline_place"], row["dateline_agency"], row["published_date"]) == (None, None, None)
    assert row["body_text"].startswith(NOTE_EN + "\n\nThe city council")


def test_a_paragraph_opening_with_the_word_correction_is_running_text() -> None:
    lead = "Correction of the port's accounts took the auditors three weeks, officials said."
    row = _row(f"Harbour plan approved\n\n{lead}\n\nHavana, July 18 (RHC)--{BODY_EN}")
    assert (row["dateline_place"], row["dateline_agency"]) == (None, None)
    assert row["body_text"].startswith(lead + "\n\nHavana, July 18 (RHC)--")


def test_a_note_at_the_end_stays_the_last_paragraph() -> None:
    row = _row(f"MADRID, 4 jun (EFE).- {BODY_ES}\n{NOTE_ES}\n")
    assert (row["dateline_place"], row["dateline_agency"]) == ("Madrid", "EFE")
    assert row["body_text"].startswith("El ayuntamiento") and row["body_text"].endswith(NOTE_ES)


# --- running page headers and footers of text exported from PDF ---------------------------------------

MORE_ES = (
    "Los trabajos costarán diez millones y los pagará el gobierno regional, según el contrato firmado.\n\n"
    "Los vecinos del muelle sur celebraron el anuncio con una reunión en la plaza.\n"
)
MORE_EN = (
    "The works will cost ten million and the regional government will pay for them, the contract says.\n\n"
    "Residents of the south pier welcomed the news at a meeting in the square.\n"
)


@pytest.mark.parametrize(
    ("first", "second", "body", "more", "title", "byline"),
    [
        (  # a form feed between the pages, the page number after the date
            "EL DIARIO DEL SUR · Martes 4 de junio de 2024 · 7",
            "\fEL DIARIO DEL SUR · Martes 4 de junio de 2024 · 8",
            BODY_ES,
            MORE_ES,
            "El puerto tendrá nuevas grúas",
            "Por Inés Barrera",
        ),
        (  # no form feed: copied from a PDF reader; 'Page N' says what the line is
            "The Harbour Courier | Page 3",
            "The Harbour Courier | Page 4",
            BODY_EN,
            MORE_EN,
            "Harbour plan approved",
            "By Jane Doe",
        ),
        (  # the page number first, a form feed alone on its line
            "12 | Harbour Courier | June 4, 2024",
            "\f\n13 | Harbour Courier | June 4, 2024",
            BODY_EN,
            MORE_EN,
            "Harbour plan approved",
            "By Jane Doe",
        ),
        (  # a form feed and a header with no number at all: repeated at the top of every page
            "HARBOUR COURIER — WEEKEND EDITION",
            "\fHARBOUR COURIER — WEEKEND EDITION",
            BODY_EN,
            MORE_EN,
            "Harbour plan approved",
            "By Jane Doe",
        ),
    ],
)
def test_a_running_page_header_is_neither_title_nor_body(
    first: str, second: str, body: str, more: str, title: str, byline: str
) -> None:
    row = _row(f"{first}\n\n{title}\n\n{byline}\n\n{body}\n{second}\n\n{more}")
    assert row["title"] == title
    assert row["byline"] == byline.split(" ", 1)[1]
    assert row["body_text"].startswith(body.split(" ")[0]) and row["body_text"].endswith(more.strip())
    assert row["paragraph_count"] == 4


def test_a_running_page_footer_is_not_body() -> None:
    foot = "Harbour Courier · June 4, 2024 · Page {}"
    row = _row(f"Harbour plan approved\n\n{BODY_EN}\n{foot.format(1)}\n\f{MORE_EN}\n{foot.format(2)}\n")
    assert row["title"] == "Harbour plan approved"
    assert "Courier" not in row["body_text"] and row["paragraph_count"] == 4


def test_a_paragraph_broken_by_a_page_header_is_one_paragraph_again() -> None:
    head = "EL DIARIO DEL SUR · {}"
    text = (
        f"{head.format(7)}\n\nEl puerto tendrá nuevas grúas\n\n"
        f"El ayuntamiento aprobó este lunes un plan de obras\n\f{head.format(8)}\n"
        "para el puerto, informaron fuentes oficiales.\n\n" + MORE_ES
    )
    row = _row(text)
    assert row["title"] == "El puerto tendrá nuevas grúas"
    assert row["body_text"].startswith(
        "El ayuntamiento aprobó este lunes un plan de obras para el puerto, informaron fuentes oficiales.\n\n"
    )


def test_a_line_repeated_in_an_ordinary_article_stays() -> None:
    refrain = "¡Que vuelva el tren!"
    text = f"{refrain}\n\n{BODY_ES}\n{refrain}\n\n{MORE_ES}\n{refrain}\n"
    row = _row(text)
    assert row["title"] == refrain and row["body_text"].count(refrain) == 2


def test_a_numbered_line_repeated_without_page_breaks_but_not_at_the_top_stays() -> None:
    score = "Deportivo Sur - 2"
    row = _row(f"Harbour plan approved\n\n{BODY_EN}\n{score}\n\n{MORE_EN}\n{score}\n")
    assert row["title"] == "Harbour plan approved" and row["body_text"].count(score) == 2


def test_a_line_repeated_inside_the_pages_of_a_pdf_text_stays() -> None:
    line = "Harbour works: what changes"
    text = f"Harbour plan approved\n\n{BODY_EN}\n{line}\n\n{MORE_EN}\f{BODY_EN}\n{line}\n\n{MORE_EN}"
    row = _row(text)
    assert row["title"] == "Harbour plan approved" and row["body_text"].count(line) == 2


# --- more notes: a run of them, update notes, a note run on into the dateline ------------------------


def test_every_note_of_a_run_stays_in_the_body_and_the_dateline_after_them_is_read() -> None:
    notes = [NOTE_EN, "Editor's note: This story has been updated.", "Clarification: The plan covers two piers."]
    row = _row("Harbour plan approved\n\n" + "\n\n".join(notes) + f"\n\nHavana, July 18 (RHC)--{BODY_EN}")
    assert (row["dateline_place"], row["dateline_agency"]) == ("Havana", "RHC")
    assert row["body_text"].startswith("\n\n".join(notes) + "\n\nThe city council")


def test_a_byline_under_three_notes_is_read() -> None:
    notes = "Nota del editor: Se corrigió un nombre.\n\nFe de erratas: Se corrigió una cifra.\n\nAclaración: Otra."
    row = _row(f"El puerto tendrá nuevas grúas\n\n{notes}\n\nPor Inés Barrera\n\nMADRID, 4 jun (EFE).- {BODY_ES}")
    assert (row["byline"], row["dateline_place"], row["dateline_agency"]) == ("Inés Barrera", "Madrid", "EFE")


@pytest.mark.parametrize(
    "line", ["Updated June 4, 2024", "Updated: June 4, 2024 14:32", "Actualizado: 05/02/2024 14:32"]
)
def test_an_update_date_line_is_still_a_line_of_the_head(line: str) -> None:
    row = _row(f"Harbour plan approved\n\nBy Jane Doe\n\n{line}\n\nHavana, July 18 (RHC)--{BODY_EN}")
    assert (row["byline"], row["dateline_place"]) == ("Jane Doe", "Havana")
    assert line not in row["body_text"] and row["body_text"].startswith("The city council")


def test_a_label_over_a_date_alone_is_no_note() -> None:
    assert not is_publisher_note("Update: June 4, 2024")
    assert not is_publisher_note("Actualización: 4 de junio de 2024, 14:32")
    assert is_publisher_note("Update: The mayor resigned.")


@pytest.mark.parametrize(
    "lead",
    [
        "Update of the harbour plan took the council three weeks, officials said.",
        "Updates to the port's accounts were published on Monday.",
        "Actualización de las tarifas: el puerto cobrará más desde julio.",
    ],
)
def test_a_paragraph_opening_with_the_word_update_is_running_text(lead: str) -> None:
    row = _row(f"Harbour plan approved\n\n{lead}\n\nHavana, July 18 (RHC)--{BODY_EN}")
    assert (row["dateline_place"], row["dateline_agency"]) == (None, None)
    assert row["body_text"].startswith(lead)


@pytest.mark.parametrize(
    ("note", "dateline", "body", "place", "agency"),
    [
        (
            "Editor's note: This story was corrected.",
            "MEXICO CITY, June 3 (Reuters) - ",
            BODY_EN,
            "Mexico City",
            "Reuters",
        ),
        (
            "Correction (June 3): An earlier version misstated the cost.",
            "WASHINGTON (AP) — ",
            BODY_EN,
            "Washington",
            "AP",
        ),
        ("Nota del editor: Se corrigió el nombre de la alcaldesa.", "MADRID, 4 jun (EFE).- ", BODY_ES, "Madrid", "EFE"),
        ("N. de la R.: Se corrigieron dos cifras.", "QUITO, 4 de junio de 2024.- ", BODY_ES, "Quito", None),
    ],
)
def test_a_note_run_on_into_the_dateline_is_parted_from_it(
    note: str, dateline: str, body: str, place: str, agency: str | None
) -> None:
    row = _row(f"Harbour plan approved\n\n{note} {dateline}{body}")
    assert (row["dateline_place"], row["dateline_agency"]) == (place, agency)
    assert row["body_text"].startswith(note + "\n\n" + body.split(" ")[0])


@pytest.mark.parametrize(
    "note",
    [
        "Editor's note: This story was corrected. Reuters contributed to this report.",
        "Correction: An earlier version misstated the cost. MADRID officials said the plan is unchanged.",
        "Editor's note: This story was corrected. UPDATE: The vote was postponed.",
        "Nota del editor: Se corrigió el nombre. Lima es la capital del Perú.",
    ],
)
def test_a_note_of_two_sentences_is_not_parted(note: str) -> None:
    row = _row(f"Harbour plan approved\n\n{note}\n\n{BODY_EN}")
    assert (row["dateline_place"], row["dateline_agency"]) == (None, None)
    assert row["body_text"].startswith(note + "\n\nThe city council")


# --- the headline as the running page header ---------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "under", "body", "more"),
    [
        ("Harbour plan approved", "By Jane Doe\n\n", BODY_EN, MORE_EN),
        ("Harbour plan approved", "", BODY_EN, MORE_EN),
        (  # the paragraph under it wrapped as a PDF prints it, its first line short and without a full stop
            "Harbour plan approved",
            "",
            BODY_EN.replace("plan on Monday, ", "plan\non Monday, ").replace("start in ", "start\nin "),
            MORE_EN,
        ),
        ("Harbour plan approved", "Havana, July 18 (RHC)--", BODY_EN, MORE_EN),
        ("El puerto tendrá nuevas grúas", "Por Inés Barrera\n\n", BODY_ES, MORE_ES),
        ("El puerto tendrá nuevas grúas", "4 de junio de 2024\n\n", BODY_ES, MORE_ES),
    ],
)
def test_a_headline_printed_as_the_running_header_stays_the_title(title: str, under: str, body: str, more: str) -> None:
    row = _row(f"{title}\n\n{under}{body}\f{title}\n\n{more}")
    assert row["title"] == title
    assert title not in row["body_text"] and row["paragraph_count"] == 4


@pytest.mark.parametrize(
    "first",
    [
        "The Harbour Courier",  # a masthead over the headline, at the top of every page
        "El Diario del Sur | 7",  # a page number says it is furniture, whatever follows
    ],
)
def test_a_masthead_running_header_is_still_dropped_on_the_first_page(first: str) -> None:
    row = _row(f"{first}\n\nHarbour plan approved\n\nBy Jane Doe\n\n{BODY_EN}\f{first.replace('7', '8')}\n\n{MORE_EN}")
    assert (row["title"], row["byline"]) == ("Harbour plan approved", "Jane Doe")
    assert "Courier" not in row["body_text"] and "Diario" not in row["body_text"]


# --- when the article was last updated ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "body", "updated", "text"),
    [
        (
            "Published June 3, 2024\n\nUpdated June 4, 2024, 10:32 a.m.\n\nBy Jane Doe",
            BODY_EN,
            dt.date(2024, 6, 4),
            "June 4, 2024",
        ),
        (
            "Publicado el 5 de febrero de 2024\n\nActualizado: 06/02/2024 14:32\n\nPor Inés Barrera",
            BODY_ES,
            dt.date(2024, 2, 6),  # day first, as Spanish writes it
            "06/02/2024",
        ),
        (
            "By Jane Doe\n\nJune 3, 2024\n\nLast updated: June 3, 2024 at 3:10 p.m. ET",
            BODY_EN,
            dt.date(2024, 6, 3),  # the same day as the publication: the publisher said so
            "June 3, 2024",
        ),
    ],
)
def test_the_update_line_of_the_head_gives_the_updated_date(head: str, body: str, updated: dt.date, text: str) -> None:
    row = _row(f"Harbour works plan approved\n\n{head}\n\n{body}")
    assert (row["updated_date"], row["updated_date_text"]) == (updated, text)
    assert row["published_date"] <= updated
    assert not row["body_text"].startswith(("Updated", "Actualizado", "Last updated"))


@pytest.mark.parametrize(
    ("head", "body", "updated"),
    [
        ("Published June 3, 2024\n\nUpdated June 4 at 10:32 a.m.", BODY_EN, dt.date(2024, 6, 4)),
        # an update without a year, after a publication late in December, is in the next year
        ("Publicado el 30 de diciembre de 2023\n\nActualizado el 2 de enero, 9:15", BODY_ES, dt.date(2024, 1, 2)),
    ],
)
def test_an_update_without_a_year_takes_it_from_the_publication(head: str, body: str, updated: dt.date) -> None:
    row = _row(f"Harbour works plan approved\n\n{head}\n\n{body}")
    assert row["updated_date"] == updated


def test_an_update_without_a_year_in_an_undated_article_resolves_against_the_reference_date() -> None:
    content = f"El puerto tendrá nuevas grúas\n\nActualizado el 2 de enero, 9:15\n\n{BODY_ES}".encode()
    row = build_article(content, "a.txt", hashlib.sha256(content).hexdigest(), dt.date(2025, 3, 1)).row
    assert (row["updated_date"], row["updated_date_text"]) == (dt.date(2025, 1, 2), "2 de enero")
    assert _row(content.decode())["updated_date"] is None  # no year and nothing to take it from


@pytest.mark.parametrize(
    ("head", "body", "text"),
    [
        ("Published June 4, 2024\n\nUpdated June 3, 2024", BODY_EN, "June 3, 2024"),
        ("Publicado el 5 de febrero de 2024\n\nActualizado: 04/02/2024 14:32", BODY_ES, "04/02/2024"),
    ],
)
def test_an_update_dated_before_the_publication_is_no_update(head: str, body: str, text: str) -> None:
    row = _row(f"Harbour works plan approved\n\n{head}\n\n{body}")
    assert row["published_date"] is not None
    assert (row["updated_date"], row["updated_date_text"]) == (None, text)  # the text as printed stays


@pytest.mark.parametrize(
    ("line", "body", "published", "updated"),
    [
        ("Published June 3, 2024 | Updated June 4, 2024", BODY_EN, dt.date(2024, 6, 3), dt.date(2024, 6, 4)),
        (
            "Publicado: 3 de junio de 2024 | Actualizado: 4 de junio de 2024",
            BODY_ES,
            dt.date(2024, 6, 3),
            dt.date(2024, 6, 4),
        ),
        (
            "Publicado: 3 de junio de 2024 · Actualizado: 4 de junio de 2024",
            BODY_ES,
            dt.date(2024, 6, 3),
            dt.date(2024, 6, 4),
        ),
        ("Published June 3, 2024 - Updated June 4, 2024", BODY_EN, dt.date(2024, 6, 3), dt.date(2024, 6, 4)),
        (
            "Published June 3, 2024 10:00 a.m. ET | Last updated: June 4 at 9:10 a.m.",
            BODY_EN,
            dt.date(2024, 6, 3),
            dt.date(2024, 6, 4),
        ),
        (
            "Publicado el 03/06/2024 - 18:20 - Actualizado el 04/06/2024 - 09:10",
            BODY_ES,
            dt.date(2024, 6, 3),
            dt.date(2024, 6, 4),
        ),
        ("Updated June 4, 2024 | Published June 3, 2024", BODY_EN, dt.date(2024, 6, 3), dt.date(2024, 6, 4)),
        (
            "Actualizado: 4 de junio de 2024, 09:10 · Publicado: 3 de junio de 2024, 18:20",
            BODY_ES,
            dt.date(2024, 6, 3),
            dt.date(2024, 6, 4),
        ),
    ],
    ids=[
        "pipe",
        "spanish-pipe",
        "middle-dot",
        "hyphen",
        "times",
        "spanish-numeric-times",
        "update-first",
        "spanish-update-first",
    ],
)
def test_a_publication_and_an_update_on_one_line_give_both_dates(
    line: str, body: str, published: dt.date, updated: dt.date
) -> None:
    row = _row(f"Harbour works plan approved\n\nBy Jane Doe\n\n{line}\n\n{body}")
    assert (row["published_date"], row["updated_date"]) == (published, updated)
    assert row["date_evidence"] == "date line"
    assert row["body_text"].startswith(body.split(" ")[0] + " ")


@pytest.mark.parametrize(
    "lead",
    [
        "The plan approved on June 3, 2024 - Updated figures are due on Friday, officials said.",
        "Los datos del 3 de junio de 2024 | Actualizado el informe, el puerto pidió más fondos.",
        "Updated June 4, 2024 | Posted figures show the port lost money in May, officials said.",
    ],
)
def test_a_sentence_around_a_date_and_an_update_word_is_body(lead: str) -> None:
    row = _row(f"Harbour works plan approved\n\n{lead}\n\n{BODY_EN}")
    assert (row["published_date"], row["updated_date"]) == (None, None)
    assert row["body_text"].startswith(lead)


def test_an_update_before_the_publication_on_one_line_is_no_update() -> None:
    line = "Publicado: 5 de junio de 2024 | Actualizado: 4 de junio de 2024"
    row = _row(f"Harbour works plan approved\n\n{line}\n\n{BODY_ES}")
    assert row["published_date"] == dt.date(2024, 6, 5)
    assert (row["updated_date"], row["updated_date_text"]) == (None, "4 de junio de 2024")


def test_an_article_that_says_nothing_of_an_update_has_none() -> None:
    row = _row(f"Harbour works plan approved\n\nBy Jane Doe\n\nJune 3, 2024\n\n{BODY_EN}")
    assert (row["updated_date"], row["updated_date_text"]) == (None, None)


def test_the_last_modified_date_of_yaml_front_matter_is_the_updated_date() -> None:
    hugo = FRONT_MATTER.replace("draft: false", "lastmod: 2023-06-21T10:00:00-03:00")
    row = _row(hugo + BODY_ES)
    assert (row["updated_date"], row["updated_date_text"]) == (dt.date(2023, 6, 21), "2023-06-21")
    jekyll = FRONT_MATTER.replace("draft: false", "last_modified_at: 2023-06-20")
    assert _row(jekyll + BODY_ES)["updated_date"] == dt.date(2023, 6, 20)


# --- credit lines: a byline, an outlet or a section, a date and its time, between separators -----------------


@pytest.mark.parametrize(
    ("line", "byline", "date"),
    [
        (
            "Tomás Llorente · Diario del Puerto · 22 de junio de 2024 · 2 min de lectura",
            "Tomás Llorente",
            (2024, 6, 22),
        ),
        ("Rachel Moore · Harbour News · June 22, 2024 · 1 min read", "Rachel Moore", (2024, 6, 22)),
        ("Por: Redacción Sur | 22 de junio de 2024", "Redacción Sur", (2024, 6, 22)),
        ("Redacción HN | 22 Jun 2024 | 14:32 h", "Redacción HN", (2024, 6, 22)),
        ("Redacción Puerto21 · 22/06/2024 · 09:05 h", "Redacción Puerto21", (2024, 6, 22)),
        ("Internacional | 22 de junio de 2024", None, (2024, 6, 22)),  # a section and the date: no writer
        ("Agency News | Reuters | Jun 22, 2024 07:20 PM IST", None, (2024, 6, 22)),  # the wire: the agency
        ("Medio Ambiente · 22 de junio de 2024 · 10:15", None, (2024, 6, 22)),  # a section is no writer
        ("Publicado el 22 junio, 2024 por Redacción Deportes", "Redacción Deportes", (2024, 6, 22)),
        ("Posted June 22, 2024 by Rachel Moore", "Rachel Moore", (2024, 6, 22)),
    ],
    ids=[
        "name-outlet-date-reading-time",
        "english-name-outlet-date",
        "por-colon-newsroom",
        "newsroom-date-time",
        "newsroom-numeric-date-time",
        "section-date",
        "outlet-wire-date",
        "two-word-section",
        "publicado-por",
        "posted-by",
    ],
)
def test_a_credit_line_under_the_headline_gives_byline_and_date(
    line: str, byline: str | None, date: tuple[int, int, int]
) -> None:
    row = _row(f"El puerto tendrá nuevas grúas\n\n{line}\n\n{BODY_ES}")
    assert (row["subtitle"], row["byline"], row["published_date"]) == (None, byline, dt.date(*date))
    assert row["body_text"].startswith("El ayuntamiento")


def test_a_wire_on_a_credit_line_is_the_agency() -> None:
    row = _row(f"Harbour works plan approved\n\nAgency News | Reuters | Jun 22, 2024 07:20 PM IST\n\n{BODY_EN}")
    assert (row["byline"], row["originating_agency"]) == (None, "Reuters")


@pytest.mark.parametrize(
    "line",
    [
        "The vote was held on | June 22, 2024",  # words of a sentence before the date
        "Tomás Llorente · Diario del Puerto · 22 de junio de 2024 · a las puertas del verano",  # prose after the date
        "Rachel Moore · Harbour News",  # no date
        "El muelle sur, las grúas y la obra · 22 de junio de 2024",  # a phrase, not a label
    ],
    ids=["sentence-before-date", "prose-after-date", "no-date", "phrase-before-date"],
)
def test_lines_with_separators_that_are_no_credit_line(line: str) -> None:
    from flows.extract.byline import match_dated_byline

    assert match_dated_byline(line) is None


@pytest.mark.parametrize(
    ("lines", "agency", "date"),
    [
        ("Originally published June 22, 2024 at 5:41 pm\nThe Associated Press", "Associated Press", (2024, 6, 22)),
        ("22 de junio de 2024\n\nAgencia EFE", "EFE", (2024, 6, 22)),  # given by its name, as it signs
        ("22 de junio de 2024\n\nEFE,  Chile, Valparaíso,", "EFE", (2024, 6, 22)),  # and the places it filed from
    ],
    ids=["originally-published-and-the-wire", "date-and-agencia-efe", "wire-and-places"],
)
def test_a_wires_name_alone_in_the_head_is_the_agency(lines: str, agency: str, date: tuple[int, int, int]) -> None:
    row = _row(f"Harbour works plan approved\n\n{lines}\n\n{BODY_EN}")
    assert (row["subtitle"], row["byline"], row["originating_agency"]) == (None, None, agency)
    assert row["published_date"] == dt.date(*date)
    assert row["body_text"].startswith("The city council")


@pytest.mark.parametrize(
    "line", ["Política · 3 min de lectura", "4 min read", "Harbour News | 5 minutes read"], ids=["es", "alone", "en"]
)
def test_the_reading_time_in_the_head_is_dropped(line: str) -> None:
    row = _row(f"El puerto tendrá nuevas grúas\n\nPor Inés Barrera\n\n{line}\n\n{BODY_ES}")
    assert (row["byline"], row["subtitle"]) == ("Inés Barrera", None)
    assert row["body_text"].startswith("El ayuntamiento")


@pytest.mark.parametrize(
    "line",
    ["Diario del Puerto, Chile, Valparaíso,", "EFE, the agency said,", "Reuters, Valparaíso, and the pier"],
    ids=["no-wire", "words-after-the-wire", "not-only-places"],
)
def test_lines_that_name_no_wire_and_its_places_stay(line: str) -> None:
    row = _row(f"Harbour works plan approved\n\n22 de junio de 2024\n\n{line}\n\n{BODY_EN}")
    assert row["originating_agency"] is None


def test_a_sentence_about_reading_minutes_is_no_reading_time() -> None:
    from flows.extract.byline import is_reading_time_line

    assert not is_reading_time_line("The trip took 3 min read aloud")
    assert not is_reading_time_line("Tardó 3 min de lectura en voz alta, dijo")


# --- a section's kicker in the head ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kicker", ["Ecuador", "Economía", "Deportes y ocio"], ids=["country", "section", "three-words"]
)
def test_a_kicker_over_the_first_paragraph_is_no_body_and_no_dateline(kicker: str) -> None:
    row = _row(f"El puerto tendrá nuevas grúas\n\nEconomía | 22 de junio de 2024\n\n{kicker}\n\n{BODY_ES}")
    assert (row["dateline_place"], row["published_date"]) == (None, dt.date(2024, 6, 22))
    assert row["body_text"].startswith("El ayuntamiento")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Inés Barrera", True),  # a name alone may be the writer's: not dropped as a label
        ("Los detalles:", True),  # a colon introduces what follows
    ],
    ids=["bare-name", "colon"],
)
def test_short_lines_over_the_text_that_are_no_kicker(line: str, kept: bool) -> None:
    row = _row(f"El puerto tendrá nuevas grúas\n\n22 de junio de 2024\n\n{line}\n\n{BODY_ES}")
    assert row["body_text"].startswith(line) is kept


# --- markdown exports: the page's lines over the headline ----------------------------------------------------


@pytest.mark.parametrize(
    "crumbs",
    [
        "[Home](https://example.org/) | [News](https://example.org/news) | WORLD NEWS",
        "[Inicio](/) / [Deportes](/deportes) / Fútbol local",
        "[Home](https://example.org/) > [Cities](https://example.org/cities/) > Marlow",
    ],
    ids=["bars-capitals", "slashes-spanish", "chevrons"],
)
def test_breadcrumbs_whose_last_crumb_is_unlinked_do_not_hide_the_markdown_headline(crumbs: str) -> None:
    row = _row(
        f"{crumbs}\n\n# Harbour works plan approved\n\nJun 22, 2024, 9:10 AM\n\nBY ASSOCIATED PRESS\n\n"
        "[Share](#) [Tweet](#)\n\n" + BODY_EN
    )
    assert row["title"] == "Harbour works plan approved"
    assert (row["published_date"], row["byline"], row["originating_agency"]) == (
        dt.date(2024, 6, 22),
        None,
        "Associated Press",
    )
    assert row["body_text"].startswith("The city council")


def test_breadcrumbs_under_the_headline_are_no_body() -> None:
    row = _row(
        "# El puerto tendrá nuevas grúas\n\n*Publicado el 22 junio, 2024 por Redacción Deportes*\n\n"
        "[Inicio](/) / [Internacional](/internacional) / Copa del Sur\n\n" + BODY_ES
    )
    assert (row["subtitle"], row["byline"]) == (None, "Redacción Deportes")
    assert row["published_date"] == dt.date(2024, 6, 22)
    assert row["body_text"].startswith("El ayuntamiento")


@pytest.mark.parametrize(
    "line",
    [
        "[Ana Ruiz](https://example.org/ana) | Reportera",  # one link: a name over its job
        "[The plan](https://example.org/plan) / [the map](https://example.org/map) show the new piers.",
        "See [the plan](https://example.org/plan) and [the map](https://example.org/map) | or write to us",
    ],
    ids=["one-link", "sentence-after-links", "words-between-links"],
)
def test_lines_with_links_and_separators_that_are_no_breadcrumbs(line: str) -> None:
    from markdown_it import MarkdownIt

    from flows.formats.markdown_export import is_breadcrumb

    tokens = MarkdownIt("commonmark").parse(line)
    assert not is_breadcrumb(tokens[1].children or [])


def test_a_blogs_date_over_the_headline_hides_neither_headline_nor_deck() -> None:
    row = _row(
        "Wednesday, June 22, 2024\n\n## Harbour works plan approved\n\n### Each pier to get two new cranes\n\n"
        "By Ruth Calder\n\n" + BODY_EN
    )
    assert (row["title"], row["subtitle"], row["byline"]) == (
        "Harbour works plan approved",
        "Each pier to get two new cranes",
        "Ruth Calder",
    )
    assert row["published_date"] is None  # the day the blog printed over its page, as a site's is not the date
    assert row["body_text"].startswith("The city council")


def test_a_subheading_under_a_short_first_paragraph_is_no_headline() -> None:
    row = _row("June 22, 2024\n\nThe council met on Monday.\n\n## The plan\n\n" + BODY_EN)
    assert row["title"] != "The plan"
    assert "The plan" in row["body_text"]


# --- markdown exports: the deck under the headline ------------------------------------------------------------

LEDE_EN = (
    "The city council approved a harbour works plan on Monday, officials said after a long and heated session.\n\n"
)


@pytest.mark.parametrize(
    ("under", "byline"),
    [
        ("![The pier](https://example.org/pier.jpg)\nThe south pier at dawn. Credit: Harbour Board\n\n", None),
        (
            "- [Crane tender opens next week](https://example.org/a)\n- [Fishers ask for weekend hours](https://example.org/b)\n\n",
            None,
        ),
        ("By Ruth Calder | June 22, 2024\n\n", "Ruth Calder"),
        ("![](https://example.org/pier.jpg)\n\n", None),
    ],
    ids=["picture-and-caption", "related-links", "credit-line", "picture-alone"],
)
def test_a_short_paragraph_under_the_headline_over_the_pages_blocks_is_the_deck(under: str, byline: str | None) -> None:
    row = _row(
        "# Harbour works plan approved\n\nThe mayor said the new cranes will arrive in the autumn.\n\n"
        + under
        + LEDE_EN
        + BODY_EN
    )
    assert row["subtitle"] == "The mayor said the new cranes will arrive in the autumn."
    assert row["byline"] == byline
    assert "The mayor said the new cranes" not in row["body_text"]
    assert "Credit: Harbour Board" not in row["body_text"]


@pytest.mark.parametrize(
    "text",
    [
        "# Harbour works plan approved\n\nThe vote was close.\n\nThe mayor said it would pass.\n\n"
        + BODY_EN,  # text goes on
        "# Harbour works plan approved\n\nMARLOW (AP) — The vote was close.\n\n![](https://example.org/a.jpg)\n\n"
        + BODY_EN,
        "# Harbour works plan approved\n\nThe council approved a harbour works plan on Monday and said that the cranes, the"
        " new pier and the dredging of the channel would be paid for by the port's own fees over the next ten years,"
        " officials said.\n\n![](https://example.org/a.jpg)\n\n" + BODY_EN,  # too long for a deck
        "# Harbour works plan approved\n\nThe mayor said the new cranes will arrive soon.\n\n![](https://example.org/a.jpg)\n",
    ],
    ids=["prose-follows", "dateline-opens-it", "too-long", "no-text-after"],
)
def test_paragraphs_under_the_headline_that_are_no_deck(text: str) -> None:
    assert _row(text)["subtitle"] is None


def test_a_picture_opening_a_paragraph_of_text_leaves_the_text() -> None:
    row = _row(
        "# Harbour works plan approved\n\n"
        + LEDE_EN
        + "![icon](https://example.org/i.png) The mayor said the plan is ready.\n"
    )
    assert row["body_text"].endswith("The mayor said the plan is ready.")


# --- bylines signed after the dateline or in brackets after the last sentence --------------------------------


@pytest.mark.parametrize(
    ("lead", "byline", "rest"),
    [
        ("MARLOW, June 22, 2024 (STAR) By Ruth Calder - Four councillors asked for a vote.", "Ruth Calder", "Four"),
        ("VALPARAÍSO (EFE) Por Inés Barrera Soto — Los pescadores pidieron más plazo.", "Inés Barrera Soto", "Los"),
        ("MARLOW (AP) - By Tuesday Night - the councillors said - prices rose.", None, "By Tuesday"),  # a day
        ("MARLOW (AP) - By the end of the year - the councillors said - prices rose.", None, "By the end"),
    ],
    ids=["english", "spanish", "a-day-is-no-name", "a-phrase-is-no-name"],
)
def test_a_byline_signed_between_the_dateline_and_the_text(lead: str, byline: str | None, rest: str) -> None:
    row = _row(f"Harbour works plan approved\n\n{lead}\n\n{BODY_EN}")
    assert row["byline"] == byline
    assert row["body_text"].startswith(rest)


@pytest.mark.parametrize(
    ("last", "byline", "ending"),
    [
        ("Las obras durarán dos años. (Por Inés Barrera)", "Inés Barrera", "durarán dos años."),
        ("Work will take two years. (By Ruth Calder)", "Ruth Calder", "take two years."),
        ("Los vecinos marcharon. (Por la paz)", None, "(Por la paz)"),  # a slogan, no name
        ("Lo anunció el ministro (por Inés Barrera) en el puerto.", None, "en el puerto."),  # inside the sentence
    ],
    ids=["spanish", "english", "slogan", "inside-a-sentence"],
)
def test_a_byline_in_brackets_closing_the_text(last: str, byline: str | None, ending: str) -> None:
    row = _row(f"El puerto tendrá nuevas grúas\n\n{BODY_ES}\n{last}\n")
    assert row["byline"] == byline
    assert row["body_text"].endswith(ending)


@pytest.mark.parametrize(
    ("deck", "subtitle"),
    [
        ("* The harbour board says repairs will cost less than feared", "The harbour board says repairs will cost less than feared"),
        ("• The board says the works will cost less", "The board says the works will cost less"),
        ("The harbour board says repairs will cost less than feared", "The harbour board says repairs will cost less than feared"),
    ],
    ids=["asterisk", "bullet", "no-mark"],
)  # fmt: skip
def test_a_deck_printed_as_a_list_item_loses_its_mark(deck: str, subtitle: str) -> None:
    row = _row(f"Harbour repairs to start in May\n\n{deck}\n\nStaff Report\n\nMarch 13, 2024\n\n{BODY_EN}")
    assert row["subtitle"] == subtitle
