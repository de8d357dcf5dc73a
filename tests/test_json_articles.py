"""Articles exported as JSON objects by crawlers and content systems, read end to end by build_article.

The articles here are invented for the tests (people, places and events are fictional).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from flows.article import build_article
from flows.extract.facts import extract_facts
from tests.conftest import article_row, rejection_of

NEWS_PLEASE = {
    "authors": ["Inés Barrera"],
    "date_download": "2024-06-23 10:00:00",
    "date_modify": None,
    "date_publish": "2024-06-22 08:30:00",
    "description": "El gobierno anunció un nuevo acuerdo con los estados de la frontera.",
    "image_url": None,
    "language": "es",
    "maintext": (
        "SALTILLO, 22 jun (Agencia Norte).- El gobierno estatal firmó este sábado un acuerdo de agua con los "
        "municipios de la frontera.\n"
        "“Es un paso adelante para todos”, afirmó la secretaria de Medio Ambiente, Lucía Andrade."
    ),
    "source_domain": "diario.example",
    "title": "Coahuila firma acuerdo de agua con municipios fronterizos",
    "url": "https://diario.example/nota/123",
}

TRAFILATURA = {
    "title": "Port reopens after two-day storm",
    "author": "Jane Okafor; Tom Reyes",
    "hostname": "harbour.example",
    "date": "2024-01-10",
    "text": (
        "SAN ISIDRO, Jan 10 (NTA) - The port reopened on Wednesday after a storm closed it for two days.\n"
        '"We are back to normal," said Elena Marsh, the port director.'
    ),
    "url": "https://harbour.example/port-reopens",
    "language": "en",
}

SCHEMA_ORG = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Council approves budget for new bridge",
    "datePublished": "2023-11-02T08:00:00-05:00",
    "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Luis Paz"}],
    "publisher": {"@type": "Organization", "name": "Valley Daily"},
    "articleBody": "The city council approved on Thursday the budget for a new bridge over the river.",
}

WORDPRESS = {
    "id": 7,
    "date": "2024-03-05T10:00:00",
    "link": "https://sur.example/lluvias-oaxaca",
    "title": {"rendered": "Lluvias dejan &#8220;daños graves&#8221; en la sierra"},
    "excerpt": {"rendered": "<p>Protección Civil reporta tres comunidades aisladas.</p>\n"},
    "content": {
        "rendered": (
            "<p>OAXACA, 5 mar.- Las lluvias de la noche dejaron tres comunidades aisladas en la sierra, "
            "informó Protección Civil del estado.</p>\n<p>&laquo;Estamos trabajando sin descanso&raquo;, dijo el "
            "coordinador Mario Cruz en una conferencia de prensa.</p>"
        )
    },
}


def test_a_news_please_export_gives_its_metadata_and_the_dateline_of_its_text() -> None:
    row = article_row(json.dumps(NEWS_PLEASE, ensure_ascii=False, indent=2))
    assert row["source_format"] == "json article"
    assert row["title"] == NEWS_PLEASE["title"]
    assert row["subtitle"] == NEWS_PLEASE["description"]
    assert row["byline"] == "Inés Barrera"
    assert (row["url"], row["domain"]) == ("https://diario.example/nota/123", "diario.example")
    assert (row["published_date"], row["date_evidence"]) == (dt.date(2024, 6, 22), "json metadata")
    assert (row["dateline_place"], row["dateline_agency"]) == ("Saltillo", "Agencia Norte")
    assert row["paragraph_count"] == 2
    assert row["body_text"].startswith("El gobierno estatal firmó")


def test_a_trafilatura_export_has_a_paragraph_a_line_and_its_quotes_are_read() -> None:
    article = build_article(json.dumps(TRAFILATURA).encode(), "a.json", "0" * 64, None)
    row = article.row
    assert (row["byline"], row["published_date"], row["dateline_place"]) == (
        "Jane Okafor; Tom Reyes",
        dt.date(2024, 1, 10),
        "San Isidro",
    )
    assert row["body_text"].split("\n\n") == [
        "The port reopened on Wednesday after a storm closed it for two days.",
        '"We are back to normal," said Elena Marsh, the port director.',
    ]
    quotes = extract_facts(article.text()).quotes
    assert [(q["text"], q["speaker_text"]) for q in quotes] == [("We are back to normal", "Elena Marsh")]


def test_a_schema_org_news_article_names_its_authors_and_publisher_from_their_objects() -> None:
    row = article_row(json.dumps(SCHEMA_ORG))
    assert row["title"] == "Council approves budget for new bridge"
    assert row["byline"] == "Ana Ruiz, Luis Paz"
    assert row["publisher"] == "Valley Daily"
    assert row["published_date"] == dt.date(2023, 11, 2)
    assert row["body_text"] == SCHEMA_ORG["articleBody"]


def test_a_wordpress_post_in_html_is_read_as_text() -> None:
    row = article_row(json.dumps(WORDPRESS))
    assert row["title"] == "Lluvias dejan “daños graves” en la sierra"
    assert row["subtitle"] == "Protección Civil reporta tres comunidades aisladas."
    assert (row["url"], row["published_date"]) == ("https://sur.example/lluvias-oaxaca", dt.date(2024, 3, 5))
    assert row["dateline_place"] == "Oaxaca"
    paragraphs = row["body_text"].split("\n\n")
    assert paragraphs[0].startswith("Las lluvias de la noche") and paragraphs[1].startswith("«Estamos trabajando")
    assert "<" not in row["body_text"] and "&laquo;" not in row["body_text"]


def test_a_list_holding_one_article_is_that_article() -> None:
    assert article_row(json.dumps([TRAFILATURA]))["title"] == TRAFILATURA["title"]


@pytest.mark.parametrize(
    "content",
    [
        json.dumps([TRAFILATURA, SCHEMA_ORG]),
        "\n".join(json.dumps(article) for article in (TRAFILATURA, SCHEMA_ORG, TRAFILATURA)) + "\n",
    ],
    ids=["array", "json-lines"],
)
def test_several_articles_in_one_file_are_turned_away_with_their_own_reason(content: str) -> None:
    rejected = rejection_of(content)
    assert rejected.code == "several-articles"
    assert "one article per file" in rejected.detail


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (json.dumps({"name": "newstables", "version": "1.0"}), "none of the fields"),
        (json.dumps({"title": "A headline", "text": ""}), "none of the fields"),
        ("[1, 2, 3]", "A JSON array, not an object"),
        ('["one headline"]', "A JSON string, not an object"),
    ],
    ids=["config-file", "empty-text", "array-of-numbers", "list-of-a-string"],
)
def test_json_without_an_article_text_has_no_body(content: str, said: str) -> None:
    rejected = rejection_of(content)
    assert rejected.code == "no-body"
    assert said in rejected.detail


@pytest.mark.parametrize(
    ("content", "source_format"),
    [
        ("{Breaking} The council voted on Monday to close the bridge for repairs, the mayor said.\n", "plain text"),
        ("[Skip to content](#main)\n\n# Bridge closes\n\nThe council voted on Monday to close it.\n", "markdown web export"),
        ('"Quoted" opening words, then the council voted on Monday to close the bridge.\n', "plain text"),
    ],
    ids=["braces-in-prose", "markdown-link-first", "quote-first"],
)  # fmt: skip
def test_text_that_only_starts_like_json_is_read_in_its_own_format(content: str, source_format: str) -> None:
    assert article_row(content)["source_format"] == source_format


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ('{"title": "Cut short", "text": "The council voted on Monday to close the bridge for', "Unterminated string"),
        ('[{"title": "One"}, {"title": "Two"', "Expecting"),
        ('{"title": "a", "text": "b"}\n{"title": "c", "text": ', "as JSON lines"),
        ('{"a": ' + "[" * 5_000 + "]" * 5_000 + "}", "nested too deep"),
    ],
    ids=["cut-short", "array-cut-short", "json-lines-cut-short", "nested-too-deep"],
)
def test_damaged_json_is_turned_away_saying_where_it_breaks(content: str, said: str) -> None:
    rejected = rejection_of(content)
    assert rejected.code == "malformed-export"
    assert said in rejected.detail


def test_brackets_nested_too_deep_for_json_are_read_as_text_without_error() -> None:
    assert rejection_of("[" * 5_000 + "]" * 5_000).code == "no-body"


def test_the_same_article_in_utf16_and_with_ascii_escapes_reads_alike() -> None:
    plain = article_row(json.dumps(NEWS_PLEASE, ensure_ascii=False))
    escaped = article_row(json.dumps(NEWS_PLEASE, ensure_ascii=True))
    utf16 = article_row(json.dumps(NEWS_PLEASE, ensure_ascii=False).encode("utf-16"))
    for row in (escaped, utf16):
        assert (row["title"], row["body_text"], row["byline"]) == (plain["title"], plain["body_text"], plain["byline"])


@pytest.mark.parametrize(
    ("article", "field", "stated", "updated", "text"),
    [
        (NEWS_PLEASE, "date_modify", "2024-06-23 09:10:00", dt.date(2024, 6, 23), "2024-06-23"),
        (SCHEMA_ORG, "dateModified", "2023-11-03T17:45:00-05:00", dt.date(2023, 11, 3), "2023-11-03"),
        (WORDPRESS, "modified", "2024-03-05T18:20:00", dt.date(2024, 3, 5), "2024-03-05"),  # the same day
        (TRAFILATURA, "updated_at", "2024-01-12", dt.date(2024, 1, 12), "2024-01-12"),
    ],
)
def test_the_modified_date_of_a_json_article_is_the_updated_date(
    article: dict[str, object], field: str, stated: str, updated: dt.date, text: str
) -> None:
    row = article_row(json.dumps({**article, field: stated}, ensure_ascii=False))
    assert (row["updated_date"], row["updated_date_text"]) == (updated, text)
    assert article_row(json.dumps(article, ensure_ascii=False))["updated_date"] is None  # news-please's null too


def test_a_json_article_modified_before_its_publication_has_no_updated_date() -> None:
    row = article_row(json.dumps({**SCHEMA_ORG, "dateModified": "2023-10-30T09:00:00-05:00"}))
    assert (row["published_date"], row["updated_date"]) == (dt.date(2023, 11, 2), None)


WIRE_LEAD = (
    "VILLA MARINA (NTA) — Los pescadores volvieron al muelle el martes tras un acuerdo con la capitanía del puerto."
)
WIRE_NEXT = "La huelga había dejado treinta barcos fuera de la bahía durante nueve días, dijo la capitanía."


def test_a_schema_org_description_that_is_the_lead_with_its_dateline_leaves_the_lead_in_the_body() -> None:
    # A wire's page describes its story with the lead, dateline and all: as the subtitle, the lead left the body as
    # the subtitle printed again, and the dateline with it.
    article = {**SCHEMA_ORG, "description": WIRE_LEAD, "articleBody": f"{WIRE_LEAD}\n{WIRE_NEXT}"}
    row = article_row(json.dumps(article, ensure_ascii=False))
    assert (row["subtitle"], row["dateline_place"], row["dateline_agency"]) == (None, "Villa Marina", "NTA")
    assert row["body_text"].startswith("Los pescadores volvieron al muelle") and row["paragraph_count"] == 2


def test_a_json_description_cut_from_the_lead_is_no_subtitle_and_a_deck_stays_one() -> None:
    cut = "Los pescadores volvieron al muelle el martes tras un acuerdo."
    lead = "Los pescadores volvieron al muelle el martes tras un acuerdo, y la capitanía abrió la bahía."
    row = article_row(json.dumps({**SCHEMA_ORG, "description": cut, "articleBody": f"{lead}\n{WIRE_NEXT}"}))
    assert row["subtitle"] is None and row["body_text"].startswith(lead)
    # A deck whose words the lead does not go on from is the deck.
    deck = "La capitanía abrió la bahía a los barcos de pesca tras nueve días de huelga."
    row = article_row(json.dumps({**SCHEMA_ORG, "description": deck, "articleBody": f"{lead}\n{WIRE_NEXT}"}))
    assert row["subtitle"] == deck and row["body_text"].startswith(lead)
