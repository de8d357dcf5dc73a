"""Whole files in each supported shape and encoding, read end to end by build_article.

The articles here are invented for the tests (people, places and events are fictional).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import sys
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import trafilatura

from flows.article import build_article
from flows.decode import NON_TEXT_CONTROLS, _count_controls
from flows.errors import Rejected
from flows.formats import FORMATS, html_page, parse_document
from flows.formats.base import _BROKEN_WORD, looks_like_heading
from flows.formats.json_ld import json_ld_author
from flows.settings import Settings
from schemas.vocabularies import SOURCE_FORMATS
from tests.conftest import build_in_process, write_inputs

PLAIN_EN = """Port authority approves new ferry route to the islands

By Jane Okafor

March 4, 2025

SAN ISIDRO, March 3 (NTA) — The regional port authority approved on Monday a ferry route linking the harbour with three islands, officials said.

"This route will cut travel times in half," said port director Elena Marsh. "Families have waited years for it."

The service is expected to start in the summer. (Source: Harbour Wire)
"""

PLAIN_ES = """Gobierno anuncia plan de vivienda para jóvenes
Una inversión de 5.000 millones de pesos en diez estados
Por Ramiro Salcedo

Ciudad de México, 22 jun (Prensa Latina).- El gobierno federal presentó este sábado un plan de vivienda dirigido a jóvenes trabajadores, informó la Secretaría de Desarrollo.

“Queremos que nadie se quede sin un hogar digno”, afirmó la secretaria Lucía Andrade durante la presentación.

El programa comenzará en septiembre.
"""

CRAWLER_WITH_KEYS = """ title Harbour strike ends after talks
 url https://news.example.org/2024/harbour-strike
 date 2024-11-05 Valparaíso.- Dock workers returned to work on Tuesday after a week-long strike.

Union leaders said the agreement raised wages by four percent.
"""

MARKDOWN = """# **Council votes to expand *bike* lanes**

![photo of a bike lane](https://img.example.org/lane.jpg)

**By Sam Rivera**

_Springfield, Oct 2 (CNW)_ -- The city council voted 7-2 to expand bike lanes on \\*five\\* avenues.

Supporters said the plan costs less than \\$2 million.

* * *

Source: <https://cityweb.example.com/news/bike-lanes>
"""

HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Mayor opens new library | Valley Courier</title>
<meta property="og:title" content="Mayor opens new library">
<meta property="og:site_name" content="Valley Courier">
<meta name="author" content="Priya Natarajan">
<meta property="article:published_time" content="2023-09-14T08:00:00Z">
<link rel="canonical" href="https://www.valleycourier.example/local/library-opens">
</head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article><h1>Mayor opens new library</h1>
<p>RIVERTON (VC) — Mayor Tomas Reyes opened the city's new public library on Thursday, the first in the district in forty years.</p>
<p>The building holds more than 80,000 books and a makerspace for students, library staff said.</p>
<p>"A library is a promise to the next generation," Reyes told the crowd gathered outside.</p>
</article>
<footer>© 2023 Valley Courier. All rights reserved.</footer>
</body></html>
"""


def _row(content: str | bytes, reference: dt.date | None = None) -> dict[str, Any]:
    data = content.encode("utf-8") if isinstance(content, str) else content
    return build_article(data, "test.txt", hashlib.sha256(data).hexdigest(), reference).row


def test_every_format_name_is_in_the_schema_vocabulary() -> None:
    assert sorted(f.name for f in FORMATS) == sorted(SOURCE_FORMATS)


def test_plain_text_with_title_byline_date_line_and_dateline() -> None:
    row = _row(PLAIN_EN)
    assert row["source_format"] == "plain text"
    assert row["title"] == "Port authority approves new ferry route to the islands"
    assert row["byline"] == "Jane Okafor"
    assert row["published_date"] == dt.date(2025, 3, 4)
    assert row["date_evidence"] == "date line"
    assert (row["dateline_place"], row["dateline_agency"]) == ("San Isidro", "NTA")
    assert row["originating_agency"] == "Harbour Wire"
    assert row["body_text"].startswith("The regional port authority")
    assert row["body_text"].endswith("start in the summer.")
    assert row["paragraph_count"] == 3
    assert row["language"] == "en"


def test_spanish_plain_text_with_subtitle_and_byline_on_consecutive_lines() -> None:
    row = _row(PLAIN_ES)
    assert row["title"] == "Gobierno anuncia plan de vivienda para jóvenes"
    assert row["subtitle"] == "Una inversión de 5.000 millones de pesos en diez estados"
    assert row["byline"] == "Ramiro Salcedo"
    assert (row["dateline_place"], row["dateline_agency"]) == ("Ciudad de México", "Prensa Latina")
    assert row["published_date"] is None and row["published_date_text"] == "22 jun"
    assert row["language"] == "es"
    assert row["body_text"].startswith("El gobierno federal")
    assert "“Queremos que nadie se quede sin un hogar digno”, afirmó" in row["body_text"]


def test_spanish_date_without_year_resolves_against_the_reference_date() -> None:
    row = _row(PLAIN_ES, dt.date(2025, 1, 15))
    assert row["published_date"] == dt.date(2024, 6, 22)
    assert row["is_year_inferred"] is True


def test_crawler_text_with_title_and_url_keys() -> None:
    row = _row(CRAWLER_WITH_KEYS)
    assert row["source_format"] == "dated crawler text"
    assert row["title"] == "Harbour strike ends after talks"
    assert row["url"] == "https://news.example.org/2024/harbour-strike"
    assert row["domain"] == "news.example.org"
    assert row["published_date"] == dt.date(2024, 11, 5)
    assert row["dateline_place"] == "Valparaíso"
    assert row["body_text"].startswith("Dock workers returned")
    assert row["paragraph_count"] == 2


def test_markdown_export_with_emphasis_escapes_image_and_source_footer() -> None:
    row = _row(MARKDOWN)
    assert row["source_format"] == "markdown web export"
    assert row["title"] == "Council votes to expand bike lanes"
    assert row["byline"] == "Sam Rivera"
    assert (row["dateline_place"], row["dateline_agency"]) == ("Springfield", "CNW")
    assert row["url"] == "https://cityweb.example.com/news/bike-lanes"
    assert row["domain"] == "cityweb.example.com"
    body = row["body_text"]
    assert body.startswith("The city council voted 7-2 to expand bike lanes on *five* avenues.")
    assert "less than $2 million." in body
    assert "photo of a bike lane" not in body and "https://" not in body


def test_html_page_through_trafilatura() -> None:
    row = _row(HTML)
    assert row["source_format"] == "html page"
    assert row["title"] == "Mayor opens new library"
    assert row["byline"] == "Priya Natarajan"
    assert row["publisher"] == "Valley Courier"
    assert row["url"] == "https://www.valleycourier.example/local/library-opens"
    assert row["domain"] == "valleycourier.example"
    assert row["published_date"] == dt.date(2023, 9, 14)
    assert row["date_evidence"] == "html metadata"
    assert (row["dateline_place"], row["dateline_agency"]) == ("Riverton", "VC")
    assert row["body_text"].startswith("Mayor Tomas Reyes opened")
    assert "Home" not in row["body_text"] and "All rights reserved" not in row["body_text"]
    assert row["paragraph_count"] == 3


def test_plain_text_without_a_title_is_all_body() -> None:
    text = "The committee met on Friday and agreed a budget.\nMembers voted unanimously.\n"
    row = _row(text)
    assert row["title"] is None
    assert row["paragraph_count"] == 2


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = "Title of the piece\n\nThe committee met on Friday and\nagreed a budget for the coming\nyear.\n\nSecond paragraph.\n"
    row = _row(text)
    assert (
        row["body_text"] == "The committee met on Friday and agreed a budget for the coming year.\n\nSecond paragraph."
    )


@pytest.mark.parametrize(
    ("encode", "encoding"),
    [
        (lambda s: s.encode("utf-8"), "utf-8"),
        (lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"), "utf-8-sig"),
        (lambda s: s.encode("utf-16-le").join([b"\xff\xfe", b""]), "utf-16-le"),
        (lambda s: s.encode("utf-16-be").join([b"\xfe\xff", b""]), "utf-16-be"),
        (lambda s: s.encode("cp1252"), "cp1252"),
        (lambda s: s.replace("\n", "\r\n").encode("cp1252"), "cp1252"),
        (lambda s: s.replace("\n", "\r").encode("utf-8"), "utf-8"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp1252", "cp1252-crlf", "old-mac-cr"],
)
def test_encodings_and_line_endings_give_the_same_article(encode: Any, encoding: str) -> None:
    row = _row(encode(PLAIN_ES))
    reference = _row(PLAIN_ES)
    assert row["encoding"] == encoding
    assert row["body_text"] == reference["body_text"]
    assert row["article_id"] == reference["article_id"]
    assert row["title"] == reference["title"]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty-file"),
        (b" \n\t\r\n", "empty-file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary-file"),
        (b"%PDF-1.7\n\x01\x02\x03\x04\x05\x06 binary stream", "binary-file"),
        (b"Caf\x81 \x8d\x90 text", "undecodable-text"),
        (b"\xff\xfeA\x00\x00\xd8", "undecodable-text"),
        (b"Just a headline with nothing under it\n", "no-body"),
        (b"# Title\n\n---\n\nImage not found or type unknown\n\n<https://example.org/x>\n", "no-body"),
    ],
    ids=["zero-bytes", "whitespace", "png", "control-bytes", "undefined-cp1252", "bad-utf16", "title-only",
         "debris-only"],
)  # fmt: skip
def test_bad_inputs_are_rejected_with_their_reason(data: bytes, code: str) -> None:
    with pytest.raises(Rejected) as caught:
        _row(data)
    assert caught.value.code == code
    assert caught.value.detail


def test_controls_counted_in_the_utf8_bytes_are_the_ones_the_text_has() -> None:
    for character in map(chr, range(sys.maxunicode + 1)):  # every character, a lone surrogate too
        encoded = character.encode("utf-8", "surrogatepass")
        assert _count_controls(encoded) == len(NON_TEXT_CONTROLS.findall(character)), hex(ord(character))
    rng = random.Random(19)
    alphabet = "a\x00\x07\t\n\r\x0e\x1f\x7f\x80\x85\x9f\xa0\xc2é€😀"
    for text in ("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20))) for _ in range(20_000)):
        encoded = text.encode("utf-8", "surrogatepass")
        assert _count_controls(encoded) == len(NON_TEXT_CONTROLS.findall(text)), repr(text)


_HALF = PLAIN_ES.index("\n\n“")


@pytest.mark.parametrize(
    ("data", "bytes_said"),
    [
        (PLAIN_ES.encode("utf-8") + b"\xed\xa0\x80 fin.\n", "ed a0 80"),  # a lone surrogate: one damaged spot
        (PLAIN_ES.encode("utf-8") + b" caf\xe9\x81 fin.\n", "e9 81"),  # 0x81: undefined in Windows-1252
    ],
    ids=["utf-8-with-a-damaged-spot", "utf-8-with-a-byte-undefined-in-cp1252"],
)
def test_damaged_utf8_text_is_rejected_not_read_as_cp1252(data: bytes, bytes_said: str) -> None:
    # Windows-1252 would decode every byte of the first, and turn each accented letter of the UTF-8 into two.
    with pytest.raises(Rejected) as caught:
        _row(data)
    assert caught.value.code == "undecodable-text" and "Mostly UTF-8" in caught.value.detail
    assert bytes_said in caught.value.detail


@pytest.mark.parametrize(
    "data",
    [
        PLAIN_ES[:_HALF].encode("utf-8") + PLAIN_ES[_HALF:].encode("cp1252"),  # a passage pasted from Windows
        PLAIN_ES.replace("ó", "\ufffe", 1).encode("utf-8").replace("\ufffe".encode(), "ó".encode("cp1252")),
        # Windows-1252 text with a closing quote pasted in UTF-8 (E2 80 9D: 9D is undefined in Windows-1252).
        "”".encode().join(part.encode("cp1252") for part in PLAIN_ES.split("”", 1)),
    ],
    ids=["utf-8-then-cp1252", "one-cp1252-letter", "cp1252-with-a-utf-8-quote"],
)
def test_utf8_text_with_a_cp1252_passage_is_read_whole(data: bytes) -> None:
    # It was refused whole, the article lost; each byte that is no UTF-8 is the passage's Windows-1252 letter.
    row = _row(data)
    assert row["encoding"] == "utf-8+cp1252"
    assert row["body_text"] == _row(PLAIN_ES.encode("utf-8"))["body_text"]


def test_cp1252_text_with_utf8_sequences_by_accident_is_still_cp1252() -> None:
    # Ú before "…", Ó before "»", É before a no-break space: valid UTF-8 pairs, by accident.
    text = "PERÚ… Y CAMIÓ» AL CAFÉ\u00a0\n\nEl gobierno anunció un plan para jóvenes y niños en la región andina.\n"
    row = _row(text.encode("cp1252"))
    assert row["encoding"] == "cp1252" and row["body_text"] == _row(text)["body_text"]


def test_a_one_line_file_is_an_article_when_it_reads_as_a_paragraph() -> None:
    row = _row("The council approved the budget on Monday after a long debate.\n")
    assert row["title"] is None and row["paragraph_count"] == 1


def test_parse_document_falls_back_to_plain_text_for_anything() -> None:
    assert parse_document("x").source_format == "plain text"


def test_html_deck_under_the_headline_is_the_subtitle_and_the_dateline_is_read() -> None:
    page = HTML.replace(
        "<h1>Mayor opens new library</h1>",
        "<h1>Mayor opens new library</h1><h2>The first public library in forty years</h2>",
    )
    row = _row(page)
    assert row["subtitle"] == "The first public library in forty years"
    assert (row["dateline_place"], row["dateline_agency"]) == ("Riverton", "VC")
    assert row["body_text"].startswith("Mayor Tomas Reyes opened")


def test_an_html_page_of_navigation_only_has_no_body() -> None:
    page = (
        '<html><head><title>Valley Courier</title></head><body><nav><a href="/">Home</a> <a href="/w">World</a> '
        '<a href="/p">Politics</a></nav><article><h1>Council meets</h1><time>2024-05-01</time></article>'
        "<footer>Valley Courier</footer></body></html>"
    )
    with pytest.raises(Rejected) as caught:
        _row(page)
    assert caught.value.code == "no-body"


def test_html_section_heads_stay_in_the_body_in_their_place() -> None:
    page = HTML.replace("<p>The building holds", "<h3>A new start</h3><p>The building holds").replace(
        "<h1>Mayor opens new library</h1>", "<h1>Mayor opens new library</h1><h2>Forty years on</h2>"
    )
    row = _row(page)
    assert row["subtitle"] == "Forty years on"
    paragraphs = row["body_text"].split("\n\n")
    assert paragraphs[1] == "A new start"
    assert paragraphs[2].startswith("The building holds")


def _long_page(paragraphs: list[str]) -> str:
    """HTML's HTML with its article's paragraphs replaced by these."""
    start, end = HTML.index("<p>RIVERTON"), HTML.index("</article>")
    return HTML[:start] + "".join(paragraphs) + HTML[end:]


def _paragraph_runs(page: Any) -> int:
    tree = trafilatura.load_html(page) if isinstance(page, str) else page
    return sum(1 for paragraph in tree.iter("p") for _ in paragraph.itertext())


def test_a_page_of_many_paragraphs_is_read_whole_by_trafilatura_a_section_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # trafilatura's time grows with the square of the text runs in paragraphs it is given at once.
    extract, runs_given = trafilatura.bare_extraction, []

    def counting(page: Any, **options: Any) -> Any:
        runs_given.append(_paragraph_runs(page))
        return extract(page, **options)

    monkeypatch.setattr(trafilatura, "bare_extraction", counting)
    texts = [
        f"Paragraph {i}: the council heard <a href='/r{i}'>residents</a> about the new library." for i in range(6000)
    ]
    # A section head after every seventh paragraph: some open a section, and stay before their paragraphs.
    expected = [
        block
        for i in range(6000)
        for block in (
            [f"Paragraph {i}: the council heard residents about the new library."]
            + ([f"Part {i}"] if i % 7 == 6 else [])
        )
    ]
    page = _long_page([f"<p>{text}</p>" + (f"<h3>Part {i}</h3>" if i % 7 == 6 else "") for i, text in enumerate(texts)])
    doc = parse_document(page)
    assert doc.source_format == "html page"
    assert (doc.title, doc.byline, doc.date_text) == ("Mayor opens new library", "Priya Natarajan", "2023-09-14")
    assert doc.blocks == expected  # nor the menu nor the footer
    assert len(runs_given) > 1 and max(runs_given) < html_page._SECTION_RUNS + 3  # a paragraph is never cut


def test_a_long_page_repeating_one_paragraph_keeps_it_once_as_a_short_one_does() -> None:
    # trafilatura drops a long paragraph repeating the one before; a page read in sections does it between them.
    paragraph = (
        "<p>RIVERTON (VC) — Mayor Tomas Reyes opened the city's <a href='/l'>new public library</a> on Thursday.</p>"
    )
    short, long = parse_document(_long_page([paragraph] * 3)), parse_document(_long_page([paragraph] * 3000))
    assert (
        long.blocks
        == short.blocks
        == ["RIVERTON (VC) — Mayor Tomas Reyes opened the city's new public library on Thursday."]
    )


_PANAMA = """Panamá cierra el año con exportaciones récord

Las exportaciones del país sumaron US$1.600 millones en el año, un récord, informó el ministerio de
Comercio el lunes.
"""


@pytest.mark.parametrize(
    "footer",
    [
        "----\nCompartir: Facebook | Twitter | WhatsApp\nNoticias relacionadas: Panamá registra récord de exportaciones",
        "Compartir: Facebook | Twitter | WhatsApp\nNoticias relacionadas:\nPanamá registra récord de exportaciones",
        "* * *\nEtiquetas: Comercio Exportaciones",
    ],
    ids=["after-a-dash-line", "without-a-separator", "tags-after-a-separator"],
)
def test_a_page_footer_glued_under_the_last_plain_text_paragraph_is_cut_off(footer: str) -> None:
    row = _row(_PANAMA + footer + "\n")
    assert row["body_text"].endswith("informó el ministerio de Comercio el lunes.")
    assert row["paragraph_count"] == 1


def test_a_separator_line_inside_a_hard_wrapped_chunk_ends_the_paragraph() -> None:
    text = "Title of the piece\n\nThe committee met on Friday and\nagreed a budget.\n---\nThe mayor was\nnot present.\n"
    assert _row(text)["body_text"] == "The committee met on Friday and agreed a budget.\n\nThe mayor was not present."


# --- the author in JSON-LD, which AMP pages often give and nothing else -------------------------------

_AMP_HEAD = (
    '<script async src="https://cdn.ampproject.org/v0.js"></script>'
    "<style amp-boilerplate>body{visibility:hidden}</style>"
    "<noscript><style amp-boilerplate>body{visibility:visible}</style></noscript>"
)
_ARTICLE = '"@type":"NewsArticle","headline":"Mayor opens new library","author":%s'
_PERSON = '{"@type":"Person","name":"%s"}'


def _page(json_ld: str, html_attribute: str = "") -> str:
    """HTML without the author tag, and with the given JSON-LD in its head."""
    page = HTML.replace('<meta name="author" content="Priya Natarajan">', "")
    page = page.replace("<html ", f"<html {html_attribute} " if html_attribute else "<html ")
    head = (_AMP_HEAD if html_attribute else "") + f'<script type="application/ld+json">{json_ld}</script>'
    return page.replace("</head>", head + "</head>")


@pytest.mark.parametrize(
    "json_ld",
    [
        '{"@context":["https://schema.org",{"@language":"en"}],%s}',  # a context that is a list
        '{"@context":{"@vocab":"http://schema.org/"},%s}',
        '{"@context":"schema.org",%s}',
        '{"@context":"https://schema.org","@type":"WebPage","mainEntity":{%s}}',  # the article inside the page
        '[{"@context":"https://schema.org","@type":"Organization","name":"Valley Courier"},{%s}]',
    ],
)
@pytest.mark.parametrize("html_attribute", ["amp", "⚡", ""])
def test_the_json_ld_author_is_the_byline(json_ld: str, html_attribute: str) -> None:
    article = _ARTICLE % (_PERSON % "Priya Natarajan")
    row = _row(_page(json_ld % article, html_attribute))
    assert row["byline"] == "Priya Natarajan"
    assert row["body_text"].startswith("Mayor Tomas Reyes opened")


def test_json_ld_authors_referred_to_by_id_and_the_por_of_a_stated_byline() -> None:
    graph = (
        '{"@context":["https://schema.org"],"@graph":[{"@type":"ReportageNewsArticle","author":[{"@id":"#a"},'
        '{"@id":"#b"}]},{"@type":"Person","@id":"#a","name":"Por Inés Barrera"},'
        '{"@type":"Person","@id":"#b","name":"Tomás Leal"}]}'
    )
    assert _row(_page(graph, "amp"))["byline"] == "Inés Barrera; Tomás Leal"


@pytest.mark.parametrize(
    "json_ld",
    [
        # a publisher signing is not a byline; nor is a person the article is about
        '{"@context":["https://schema.org"],%s}' % (_ARTICLE % '{"@type":"Organization","name":"Valley Courier"}'),
        '{"@context":["https://schema.org"],"@type":"NewsArticle","about":%s}' % (_PERSON % "Tomas Reyes"),
    ],
)
def test_json_ld_names_that_are_no_author(json_ld: str) -> None:
    assert _row(_page(json_ld, "amp"))["byline"] is None


def test_json_ld_that_cannot_be_read_gives_no_author_and_no_error() -> None:
    nested = '<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>"
    unclosed = '<script type="application/ld+json">{"@type":"NewsArticle","author":"Ana Ruiz"}' * 3
    assert json_ld_author(nested) is None
    assert json_ld_author(unclosed) is None
    assert json_ld_author(nested + _page("{%s}" % (_ARTICLE % (_PERSON % "Ana Ruiz")))) == "Ana Ruiz"


HTML_ES = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8">
<title>Lluvias dejan tres comunidades aisladas en la sierra | Diario del Sur</title>
<meta property="og:site_name" content="Diario del Sur">
<script type="application/ld+json">{"@context":["https://schema.org",{"@language":"es"}],"@type":"NewsArticle",
"headline":"Lluvias dejan tres comunidades aisladas en la sierra","datePublished":"2024-03-05T10:00:00-06:00",
"dateModified":"2024-03-06T08:15:00-06:00","author":{"@type":"Person","name":"Inés Barrera"}}</script>
</head><body>
<article><h1>Lluvias dejan tres comunidades aisladas en la sierra</h1>
<p>OAXACA, 5 mar.- Las lluvias de la noche dejaron tres comunidades aisladas en la sierra, informó Protección Civil.</p>
<p>«Estamos trabajando sin descanso», dijo el coordinador Mario Cruz en una conferencia de prensa.</p>
<p>Los caminos de la región seguirán cerrados al menos hasta el fin de semana, según las autoridades.</p>
</article></body></html>
"""


@pytest.mark.parametrize(
    "meta",
    [
        '<meta property="article:modified_time" content="2023-09-15T10:20:00Z">',
        '<meta content="2023-09-15T10:20:00+00:00" property="og:updated_time">',
        '<meta itemprop="dateModified" content="2023-09-15">',
    ],
)
def test_the_modified_time_a_page_states_in_its_meta_tags_is_the_updated_date(meta: str) -> None:
    row = _row(HTML.replace("</head>", meta + "\n</head>"))
    assert (row["published_date"], row["updated_date"]) == (dt.date(2023, 9, 14), dt.date(2023, 9, 15))
    assert row["updated_date_text"] == "2023-09-15"


def test_the_date_modified_of_a_pages_json_ld_is_the_updated_date() -> None:
    row = _row(HTML_ES)
    assert (row["published_date"], row["updated_date"]) == (dt.date(2024, 3, 5), dt.date(2024, 3, 6))
    assert row["updated_date_text"] == "2024-03-06"


def test_a_page_that_states_no_modified_time_has_no_updated_date() -> None:
    assert (_row(HTML)["updated_date"], _row(HTML)["updated_date_text"]) == (None, None)
    earlier = '<meta property="article:modified_time" content="2023-09-13T10:20:00Z">'
    assert _row(HTML.replace("</head>", earlier + "</head>"))["updated_date"] is None  # before the publication


def test_a_text_has_no_more_words_broken_across_lines_than_hyphens_at_line_ends() -> None:
    # plain_blocks looks for words broken across lines only in a text with enough '-\n' for them.
    rng = random.Random(17)
    alphabet = "ab-\n\n áé_1"
    broken = 0
    for text in ("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(20_000)):
        found = len(_BROKEN_WORD.findall(text))
        broken += found > 0
        assert found <= text.count("-\n"), repr(text)
    assert broken > 1_000  # texts of both kinds were tried


CRAWLER_AT = (
    " title Harbour strike ends after talks\n url {url}\n date 2024-11-05 Valparaíso.- Dock workers returned to the "
    "port on {day} after the union and the port authority signed a deal.\n"
)
# url -> domain. The domain column holds host names in ASCII; a host that is none failed its check, or made
# urlsplit raise, and the whole article was held back.
HOSTS = {
    "https://www.español.example/nota/1": "xn--espaol-zwa.example",  # an internationalised name: its A-label
    "https://diario.\u200bexample/nota/2": "diario.example",  # a zero-width space, invisible on the page
    "https://diario.ex”ample/nota/3": None,  # a stray quotation mark
    "https://[2001:db8::1/nota/4": None,  # an IPv6 bracket never closed
    "https://mi_diario.example/nota/5": None,  # no host name has an underscore
}


def test_a_url_whose_host_is_no_host_name_keeps_the_article(tmp_path: Path) -> None:
    files = {f"{i}.txt": CRAWLER_AT.format(url=url, day=f"day {i}") for i, url in enumerate(HOSTS)}
    summary = build_in_process(Settings(seeds_dir=write_inputs(tmp_path / "in", files), output_dir=tmp_path / "out"))
    assert summary.rejects_by_reason == {}
    articles = pl.read_parquet(tmp_path / "out" / "articles.parquet").sort("source_path")
    assert list(articles.select("url", "domain").iter_rows()) == list(HOSTS.items())


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("The season ended with the launch of “The Northern Light.”", False),
        ("The minister said: 'The port will open.'", False),
        ("Minister says port “will open”", True),
        ("Port to reopen (officially)", True),
    ],
)
def test_a_line_whose_sentence_ends_inside_its_closing_quotation_is_no_heading(line: str, heading: bool) -> None:
    assert looks_like_heading(line) is heading
