"""Saved HTML pages: a deck the page marks by its class, a date stated to the month only.

The articles here are invented for the tests (people, places and events are fictional).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import pytest

from flows.article import build_article
from flows.formats.site_title import host_name, split_site_name

LEDE_ES = (
    "El ayuntamiento aprobó este lunes un plan de obras para ampliar el muelle sur del puerto, "
    "informaron fuentes oficiales."
)


def _row(content: str) -> dict[str, Any]:
    data = content.encode("utf-8")
    return build_article(data, "a.html", hashlib.sha256(data).hexdigest(), None).row


HTML = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Reabren el muelle sur - Diario del Puerto</title></head>
<body><main><article>
<h1>Reabren el muelle sur</h1>
<p class="{deck_class}">{deck}</p>
{time}
<p>{lede}</p>
<p>La alcaldesa Marta Quiroga dijo que las obras empezarán en otoño y durarán dos años, con un coste de diez millones.</p>
<p>Los pescadores pidieron que el muelle abra también los fines de semana durante la temporada de verano.</p>
</article></main></body></html>
"""
DECK_ES = "El ayuntamiento aprobó el plan de obras para ampliar el muelle sur del puerto."


def _html(deck_class: str = "excerpt", deck: str = DECK_ES, time: str = "", lede: str = LEDE_ES) -> str:
    return HTML.format(deck_class=deck_class, deck=deck, time=time, lede=lede)


def test_a_date_stated_to_the_month_gets_no_day() -> None:
    row = _row(_html(time='<time datetime="2022-05"></time>'))
    assert (row["published_date_text"], row["date_precision"]) == ("2022-05", "month")


def test_a_full_date_in_the_html_is_kept_to_the_day() -> None:
    row = _row(_html(time='<time datetime="2022-05-03">3 de mayo de 2022</time>'))
    assert (row["published_date"], row["date_precision"]) == (dt.date(2022, 5, 3), "day")


@pytest.mark.parametrize("deck_class", ["excerpt", "lead", "article-summary", "bajada"])
def test_an_html_paragraph_marked_as_the_deck_is_the_subtitle(deck_class: str) -> None:
    row = _row(_html(deck_class=deck_class))
    assert row["subtitle"] == DECK_ES
    assert row["body_text"].startswith(LEDE_ES)


def test_an_html_lead_that_a_dateline_opens_is_the_first_paragraph() -> None:
    row = _row(_html(deck_class="lead", deck="Valparaíso.- " + LEDE_ES, lede=DECK_ES))
    assert row["subtitle"] is None
    assert row["dateline_place"] == "Valparaíso"
    assert row["body_text"].startswith(LEDE_ES)


def test_an_html_paragraph_of_another_class_under_the_headline_stays_the_body() -> None:
    row = _row(_html(deck_class="intro-text"))
    assert row["subtitle"] is None
    assert row["body_text"].startswith(DECK_ES)


AUTHOR_PAGE = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Reabren el muelle sur</title>
<meta name="author" content="{author}"></head>
<body><main><article>
<h1>Reabren el muelle sur</h1>
<p>{lede}</p>
<p>La alcaldesa Marta Quiroga dijo que las obras empezarán en otoño y durarán dos años, con un coste de diez millones.</p>
<p>Los pescadores pidieron que el muelle abra también los fines de semana durante la temporada de verano.</p>
</article></main></body></html>
"""


@pytest.mark.parametrize(
    ("author", "byline", "agency"),
    [("EFE", None, "EFE"), ("Reuters", None, "Reuters"), ("Redacción", None, None)],
    ids=["efe", "reuters", "one-word-no-wire"],
)
def test_a_wire_named_as_the_pages_author_is_the_agency(author: str, byline: str | None, agency: str | None) -> None:
    row = _row(AUTHOR_PAGE.format(author=author, lede=LEDE_ES))
    assert (row["byline"], row["originating_agency"]) == (byline, agency)


def test_the_wires_credit_line_over_the_text_of_a_page_it_authors_leaves_the_body() -> None:
    row = _row(AUTHOR_PAGE.format(author="EFE", lede="EFE,  Chile, Valparaíso,</p>\n<p>" + LEDE_ES))
    assert row["originating_agency"] == "EFE"
    assert row["body_text"].startswith("El ayuntamiento")


_FRAGMENT = (
    f"<div>\n  <p>{LEDE_ES}</p>\n"
    "  <p>La alcaldesa Marta Quiroga dijo que las obras empezarán en otoño y durarán dos años.</p>\n</div>\n"
)


@pytest.mark.parametrize(
    ("above", "title"),
    [
        ("Reabren el muelle sur\n\n", "Reabren el muelle sur"),  # a headline pasted over the post's HTML
        ('---\ntitle: "Reabren el muelle sur"\nauthor: "Redacción" layout: "posts"\n---\n\n', None),  # no YAML
        ("", None),
    ],
    ids=["headline-line", "front-matter-that-does-not-parse", "fragment-alone"],
)
def test_a_fragment_of_html_under_plain_text_is_read_not_lost(above: str, title: str | None) -> None:
    # trafilatura took text that does not name `html` at its start, with one element, for no page: no-body.
    row = _row(above + _FRAGMENT)
    assert row["source_format"] == "html page"
    assert row["body_text"].startswith(LEDE_ES)
    assert row["title"] == title


TABLE_PAGE = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Reabren el muelle sur</title></head><body>
<table><tr><td><a href="/">DIARIO DEL PUERTO</a></td><td>Lunes 3 de junio de 2024</td></tr></table>
<table><tr>
<td class="menu"><a href="/">Portada</a><br><a href="/local">Local</a><br><a href="/mundo">Mundo</a></td>
<td><font size="5"><b>Reabren el muelle sur</b></font><br>
<font size="2">Por Marta Quiroga</font><br><br>
<img src="https://img.example/muelle.jpg"><br>
<font size="1">Vista del muelle sur desde el faro, en una imagen de archivo del mes pasado. Foto Archivo</font><br><br>
{lede}<br><br>
La alcaldesa dijo que las obras empezarán en otoño y durarán dos años, con un coste de diez millones.<br><br>
Los pescadores pidieron que el muelle abra también los fines de semana durante la temporada de verano.<br><br>
<a href="/imprimir">Imprimir</a></td>
</tr></table>
<center><font size="1">Diario del Puerto, calle del Faro 12<br>Villa Marina<br><br>Teléfono 555 0100</font></center>
</body></html>
"""


def test_a_table_page_whose_paragraphs_are_parted_by_blank_line_breaks_has_them_as_paragraphs() -> None:
    # An old table layout with no <p>: the whole page, masthead and menu included, was one paragraph. The lines under
    # a picture, to the blank line, are its caption.
    data = TABLE_PAGE.format(lede=LEDE_ES).encode("utf-8")
    article = build_article(data, "a.html", hashlib.sha256(data).hexdigest(), None)
    texts = [p["text"] for p in article.paragraphs]
    assert texts[0] == LEDE_ES and texts[2].startswith("Los pescadores pidieron")
    assert not any("Portada" in text or "DIARIO DEL PUERTO" in text or "faro" in text for text in texts)
    assert (article.row["title"], article.row["byline"]) == ("Reabren el muelle sur", "Marta Quiroga")


def test_lines_parted_by_breaks_inside_a_paragraph_stay_one_paragraph() -> None:
    # A paragraph's own line breaks, and an address's short lines, are no paragraphs of the text.
    page = HTML.format(deck_class="x", deck="", time="", lede=f"{LEDE_ES}<br><br>{LEDE_ES}<br><br>{LEDE_ES}")
    row = _row(page)
    assert row["paragraph_count"] == 3 and row["body_text"].count(LEDE_ES) == 3


@pytest.mark.parametrize(
    "title", ["Reabren el muelle sur - Diario del Puerto", "Reabren el muelle sur | Diario del Puerto"]
)
def test_the_h1_that_the_pages_title_names_before_the_sites_name_is_the_title_and_no_deck(title: str) -> None:
    # The page states its <title> again as its og:title, the site's name and all, which trafilatura takes as is.
    page = HTML.format(deck_class="x", deck="", time="", lede=LEDE_ES).replace(
        "<title>Reabren el muelle sur - Diario del Puerto</title>",
        f'<title>{title}</title><meta property="og:title" content="{title}">',
    )
    row = _row(page)
    assert (row["title"], row["subtitle"]) == ("Reabren el muelle sur", None)


def test_the_sites_name_after_the_headline_in_the_pages_title_is_the_publisher_not_its_host() -> None:
    page = HTML.format(deck_class="x", deck="", time="", lede=LEDE_ES).replace(
        "<title>",
        '<meta property="og:url" content="https://www.diariodelpuerto.example/2024/06/03/muelle">'
        '<meta property="og:title" content="Reabren el muelle sur"><title>',
    )
    assert _row(page)["publisher"] == "Diario del Puerto"  # was the host, 'diariodelpuerto.example'


def test_the_writers_name_and_the_date_under_the_h1_in_elements_of_their_own_are_the_byline_and_date() -> None:
    # trafilatura leaves out a byline and a date it does not know the class of ('autor', 'fecha'): the article had
    # neither.
    page = HTML.format(deck_class="x", deck="", time="", lede=LEDE_ES).replace(
        "<h1>Reabren el muelle sur</h1>",
        '<h1>Reabren el muelle sur</h1><div class="autor">Ana Ruiz y Luis Paz</div>'
        '<div class="fecha">3 de junio de 2024</div><div class="redes">Compartir en Facebook | Enviar por correo</div>',
    )
    row = _row(page)
    assert (row["byline"], row["published_date"]) == ("Ana Ruiz y Luis Paz", dt.date(2024, 6, 3))
    assert "Ana Ruiz" not in row["body_text"] and "3 de junio" not in row["body_text"]


def test_a_name_under_the_h1_over_no_date_line_is_left_alone() -> None:
    # A name alone there may be a kicker's or a person's the story is about: only over the date line is it a byline.
    page = HTML.format(deck_class="x", deck="", time="", lede=LEDE_ES).replace(
        "<h1>Reabren el muelle sur</h1>", '<h1>Reabren el muelle sur</h1><div class="x">Marta Quiroga</div>'
    )
    row = _row(page)
    assert row["byline"] is None and row["published_date"] is None


def test_the_day_the_pages_time_states_is_the_date_not_the_day_its_address_files_it_under() -> None:
    page = HTML.format(
        deck_class="x", deck="", time='<time datetime="2024-06-03">3 de junio de 2024</time>', lede=LEDE_ES
    )
    filed = page.replace(
        "<title>", '<meta property="og:url" content="https://diario.example/2024/06/04/muelle"><title>'
    )
    assert _row(filed)["published_date"] == dt.date(2024, 6, 3)
    # An address filed under no day, or under the same one, changes nothing.
    same = page.replace("<title>", '<meta property="og:url" content="https://diario.example/2024/06/03/muelle"><title>')
    assert _row(same)["published_date"] == dt.date(2024, 6, 3)


def test_a_sites_social_account_is_no_publisher() -> None:
    page = HTML.format(deck_class="x", deck="", time="", lede=LEDE_ES)
    account = page.replace("<title>", '<meta name="twitter:site" content="@diario_puerto"><title>')
    assert _row(account)["publisher"] is None  # was 'Diario_Puerto'
    named = account.replace("<title>", '<meta property="og:site_name" content="Diario del Puerto"><title>')
    assert _row(named)["publisher"] == "Diario del Puerto"


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ('By <a href="/autores/ana-ruiz">Ana Ruiz</a> Jun 3, 2024 10:34 AM ET', "Ana Ruiz"),
        ('By <a href="/autores/ana-may">Ana May</a>', "Ana May"),  # a name ending in a month's is the name
    ],
)
def test_the_date_glued_to_the_writers_name_in_the_byline_element_is_not_the_name(byline: str, name: str) -> None:
    page = HTML.format(deck_class="x", deck="", time="", lede=LEDE_ES).replace(
        "<h1>Reabren el muelle sur</h1>", f'<h1>Reabren el muelle sur</h1><div class="byline">{byline}</div>'
    )
    assert _row(page)["byline"] == name


@pytest.mark.parametrize("url", ["http://[::1/muelle", "https://[bad"])
def test_an_address_that_cannot_be_read_names_no_site_and_raises_nothing(url: str) -> None:
    # urlsplit raises on a bracket never closed; a page's stated address is the page's, whatever its shape.
    assert split_site_name("Reabren el muelle sur del puerto - Diario", url) is None
    assert host_name("Diario", url) is False
