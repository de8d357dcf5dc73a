"""Subheads inside an article's body: `paragraphs.is_heading`, by format, and the look-alikes that stay prose.

The articles here are invented for the tests (people, places and events are fictional).
"""

from __future__ import annotations

import hashlib
import json

import pytest

from flows.article import Article, build_article
from schemas import TABLES
from schemas.derive import columns, csv_columns, table_schema
from schemas.paragraphs import Paragraphs

LEAD = (
    "The harbour of Valdora reopened on Monday after four months of repairs, officials of the port authority said "
    "in a statement."
)
PROSE_1 = "Drivers queued for hours at the northern crossing, where the ferry had stopped running since January."
PROSE_2 = "The authority expects the second pier to open in the spring, once the new cranes have been tested."
PROSE_3 = "Fishermen asked for the quay to stay open at weekends during the summer season, as it did before."
LEAD_ES = (
    "El puerto de Valdora reabrió el lunes tras cuatro meses de obras, informaron fuentes de la autoridad portuaria "
    "en un comunicado."
)
PROSE_ES = "Los conductores esperaron durante horas en el cruce norte, donde el ferri no circulaba desde enero."


def _article(content: str, name: str) -> Article:
    data = content.encode("utf-8")
    return build_article(data, name, hashlib.sha256(data).hexdigest(), None)


def _flags(content: str, name: str) -> list[tuple[str, bool]]:
    return [(p["text"], p["is_heading"]) for p in _article(content, name).paragraphs]


def _headings(content: str, name: str) -> list[str]:
    return [text for text, heading in _flags(content, name) if heading]


MARKDOWN = f"""# The harbour reopens after a long winter

By Marta Quiroga

{LEAD}

## A long wait at the crossing

{PROSE_1}

### What comes next

{PROSE_2}

Weekend opening hours
---------------------

{PROSE_3}
"""


def test_markdown_subheads_are_flagged_and_the_title_is_no_paragraph() -> None:
    article = _article(MARKDOWN, "a.md")
    assert article.row["title"] == "The harbour reopens after a long winter"
    assert [(p["text"], p["is_heading"]) for p in article.paragraphs] == [
        (LEAD, False),
        ("A long wait at the crossing", True),
        (PROSE_1, False),
        ("What comes next", True),
        (PROSE_2, False),
        ("Weekend opening hours", True),  # a setext heading
        (PROSE_3, False),
    ]
    # A heading's words stay in the body text, the word count and the paragraph count, as before.
    assert "\n\nA long wait at the crossing\n\n" in article.row["body_text"]
    assert article.row["paragraph_count"] == len(article.paragraphs)


def test_the_flag_changes_no_paragraph_and_no_offset() -> None:
    """The same article with its subheads written as plain lines has the same paragraphs at the same offsets."""
    plain = MARKDOWN.replace("### ", "").replace("## ", "").replace("---------------------\n", "")
    marked, unmarked = _article(MARKDOWN, "a.md"), _article(plain, "a.md")
    assert marked.row["body_text"] == unmarked.row["body_text"]
    assert marked.row["word_count"] == unmarked.row["word_count"]
    keys = ("text", "char_start", "char_end")
    assert [[p[k] for k in keys] for p in marked.paragraphs] == [[p[k] for k in keys] for p in unmarked.paragraphs]
    assert not any(p["is_heading"] for p in unmarked.paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "The vote is on Tuesday",  # a one-line paragraph
        "**Ana Gil**",  # a bold lead-in, a name over what she said
        "PORT ALBA",  # a dateline in capitals, alone on its line
        "Valdora, 3 mar (EFE).",  # a dateline line
    ],
)
def test_markdown_lines_that_only_look_like_subheads_stay_prose(line: str) -> None:
    text = f"# The harbour reopens after a long winter\n\n{LEAD}\n\n{line}\n\n{PROSE_1}\n\n{PROSE_2}\n"
    flags = _flags(text, "a.md")
    assert not any(heading for _, heading in flags), flags


def test_a_subhead_cleaned_of_an_exports_debris_stays_a_subhead() -> None:
    """An emphasis mark the export did not pair is cleaned off the block: the heading is the same heading."""
    text = f"# The harbour reopens after a long winter\n\n{LEAD}\n\n## What comes **next\n\n{PROSE_1}\n\n{PROSE_2}\n"
    assert _headings(text, "a.md") == ["What comes next"]


def test_a_heading_that_is_a_pages_debris_is_dropped_as_before() -> None:
    text = f"# The harbour reopens after a long winter\n\n{LEAD}\n\n## Share this article\n\n{PROSE_1}\n\n{PROSE_2}\n"
    assert [text for text, _ in _flags(text, "a.md")] == [LEAD, PROSE_1, PROSE_2]


@pytest.mark.parametrize(
    "above",
    [
        "The authority said the pier would reopen.",  # a sentence over a thematic break, no blank line between
        "The authority said the pier\nwould reopen in the spring",  # two lines: a paragraph, wrapped
    ],
)
def test_a_paragraph_over_a_line_of_dashes_is_no_subhead(above: str) -> None:
    """CommonMark reads a paragraph over '---' written without a blank line as a setext heading: exports print a
    thematic break so under the text's last paragraph."""
    text = f"# The harbour reopens after a long winter\n\n{LEAD}\n\n{PROSE_1}\n\n{above}\n---\n\n{PROSE_2}\n"
    assert _headings(text, "a.md") == []


def test_a_spanish_markdown_subhead_and_the_deck_under_the_headline() -> None:
    text = f"# Reabre el puerto de Valdora\n\n## La autoridad portuaria promete más muelles\n\n{LEAD_ES}\n\n" + (
        f"## Colas en el cruce norte\n\n{PROSE_ES}\n"
    )
    article = _article(text, "a.md")
    assert article.row["subtitle"] == "La autoridad portuaria promete más muelles"  # the deck: no paragraph
    assert [(p["text"], p["is_heading"]) for p in article.paragraphs] == [
        (LEAD_ES, False),
        ("Colas en el cruce norte", True),
        (PROSE_ES, False),
    ]


HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The harbour reopens after a long winter</title></head>
<body><main><article>
<h1>The harbour reopens after a long winter</h1>
<p>{LEAD}</p>
<h2>A long wait at the crossing</h2>
<p>{PROSE_1}</p>
<p><strong>Ana Gil</strong></p>
<p>{PROSE_2}</p>
<h3>What comes next</h3>
<p>{PROSE_3}</p>
<p>PORT ALBA</p>
<p>The pier's cranes arrived by sea from the south last week and were unloaded on Thursday.</p>
</article></main></body></html>
"""


def test_html_subheads_are_flagged_and_bold_or_short_paragraphs_are_not() -> None:
    article = _article(HTML, "a.html")
    assert article.row["title"] == "The harbour reopens after a long winter"
    flags = [(p["text"], p["is_heading"]) for p in article.paragraphs]
    assert [text for text, heading in flags if heading] == ["A long wait at the crossing", "What comes next"]
    assert ("Ana Gil", False) in flags and ("PORT ALBA", False) in flags


def test_the_summary_of_an_html_details_box_is_no_subhead() -> None:
    """trafilatura hands a <details> box's <summary> over as a heading: the page marked it the box's label."""
    box = f"<details><summary>Timeline of the repairs</summary><p>{PROSE_3}</p></details>"
    page = HTML.replace(f"<p>{PROSE_1}</p>", f"{box}<p>{PROSE_1}</p>")
    flags = _flags(page, "a.html")
    assert ("Timeline of the repairs", False) in flags


def test_an_html_deck_in_a_heading_is_the_subtitle_not_a_subhead() -> None:
    page = HTML.replace(
        "<h1>The harbour reopens after a long winter</h1>",
        "<h1>The harbour reopens after a long winter</h1><h2>Ferries return to the northern crossing</h2>",
    )
    article = _article(page, "a.html")
    assert article.row["subtitle"] == "Ferries return to the northern crossing"
    assert "Ferries return to the northern crossing" not in [p["text"] for p in article.paragraphs]
    assert [p["text"] for p in article.paragraphs if p["is_heading"]] == [
        "A long wait at the crossing",
        "What comes next",
    ]


def test_a_json_articles_html_body_keeps_its_subheads() -> None:
    body = f"<p>{LEAD}</p><h2>A long wait at the crossing</h2><p>{PROSE_1}</p><p>{PROSE_2}</p>"
    text = json.dumps({"title": "The harbour reopens after a long winter", "content": body})
    assert _flags(text, "a.json") == [
        (LEAD, False),
        ("A long wait at the crossing", True),
        (PROSE_1, False),
        (PROSE_2, False),
    ]


CRAWLER = f"""title: Reabre el puerto de Valdora
url: https://example.org/puerto
date: 2024-06-22

{LEAD_ES}
## Colas en el cruce norte
{PROSE_ES}

#Valdora
"""


def test_a_crawler_dumps_markdown_subhead_is_flagged_without_its_marks() -> None:
    article = _article(CRAWLER, "a.txt")
    assert article.row["source_format"] == "dated crawler text"
    flags = [(p["text"], p["is_heading"]) for p in article.paragraphs]
    assert flags[:3] == [(LEAD_ES, False), ("Colas en el cruce norte", True), (PROSE_ES, False)]
    assert "#" not in article.row["body_text"].replace("#Valdora", "")  # a hashtag is no heading's mark
    assert all(not heading for text, heading in flags if text.startswith("#"))


def test_a_crawler_dumps_markdown_headline_is_the_title_where_its_header_names_none() -> None:
    text = (
        f"date 2024-06-22\n\n# Reabre el puerto de Valdora\n\n{LEAD_ES}\n\n## Colas en el cruce norte\n\n{PROSE_ES}\n"
    )
    article = _article(text, "a.txt")
    assert article.row["title"] == "Reabre el puerto de Valdora"
    assert [(p["text"], p["is_heading"]) for p in article.paragraphs] == [
        (LEAD_ES, False),
        ("Colas en el cruce norte", True),
        (PROSE_ES, False),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "A long wait at the crossing",  # a subhead, for all a reader can tell, or a one-line paragraph
        "PORT ALBA",  # a dateline in capitals
        "The vote is on Tuesday",
    ],
)
def test_plain_text_says_nothing_of_headings(line: str) -> None:
    """Plain text marks no heading: a short line between paragraphs may be a subhead, a one-line paragraph, a
    dateline or a kicker, and nothing tells them apart. The flag is unknown (null), not false."""
    text = f"The harbour reopens after a long winter\n\n{LEAD}\n\n{line}\n\n{PROSE_1}\n\n{PROSE_2}\n"
    article = _article(text, "a.txt")
    assert article.row["source_format"] == "plain text"
    assert [p["is_heading"] for p in article.paragraphs] == [None] * len(article.paragraphs)


def test_crawler_text_with_no_markdown_heading_says_nothing_of_headings() -> None:
    article = _article(CRAWLER.replace("## ", ""), "a.txt")
    assert article.row["source_format"] == "dated crawler text"
    assert {p["is_heading"] for p in article.paragraphs} == {None}


def test_a_text_body_of_a_json_article_says_nothing_of_headings() -> None:
    text = json.dumps({"title": "Reabre el puerto de Valdora", "content": f"{LEAD_ES}\n{PROSE_ES}"})
    article = _article(text, "a.json")
    assert article.row["source_format"] == "json article"
    assert {p["is_heading"] for p in article.paragraphs} == {None}


def test_is_heading_is_the_paragraphs_tables_last_column_a_nullable_boolean() -> None:
    """Last and nullable: a compatible addition for the readers of the first schema version (schemas/compatibility)."""
    assert Paragraphs in TABLES
    assert csv_columns(Paragraphs)[-1] == "is_heading"
    column = columns(Paragraphs)[-1]
    assert str(column.polars_type) == "Boolean" and column.nullable
    field = table_schema(Paragraphs)["fields"][-1]
    assert field["type"] == "boolean" and not field.get("constraints", {}).get("required", False)
