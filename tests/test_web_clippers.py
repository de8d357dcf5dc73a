"""Pages saved by web clippers and reader services: Jina Reader's header, Obsidian Web Clipper's and MarkDownload's
front matter and excerpt.

The articles here are invented for the tests (people, places and events are fictional).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import pytest

from flows.article import build_article
from flows.formats.front_matter import split_front_matter
from flows.formats.reader_header import split_reader_header

LEDE_EN = (
    "The harbour authority approved on Monday a plan to dredge the northern channel, "
    "opening the port to larger cargo ships from next spring."
)
SECOND_EN = "Work is expected to take eight months and will be paid for by a fee on every container landed."
THIRD_EN = "“We have waited ten years for this channel,” said harbour master Elena Marsh at a news conference."
BODY_EN = f"{LEDE_EN}\n\n{SECOND_EN}\n\n{THIRD_EN}\n"
LEDE_ES = (
    "El ayuntamiento aprobó este lunes un plan de obras para ampliar el muelle sur del puerto, "
    "informaron fuentes oficiales."
)
BODY_ES = f"{LEDE_ES}\n\nLa alcaldesa Marta Quiroga dijo que las obras empezarán en otoño y durarán dos años.\n"


def _row(content: str, name: str = "a.md") -> dict[str, Any]:
    data = content.encode("utf-8")
    return build_article(data, name, hashlib.sha256(data).hexdigest(), None).row


def _paragraphs(content: str) -> list[str]:
    data = content.encode("utf-8")
    return [p["text"] for p in build_article(data, "a.md", hashlib.sha256(data).hexdigest(), None).paragraphs]


# --- Jina Reader ---------------------------------------------------------------------------------------------------

JINA = """Title: Harbour channel to be dredged for larger ships | The Coast Courier

URL Source: https://www.coastcourier.example/2024/11/05/harbour-channel-dredged/

Published Time: {published}

Markdown Content:
Welcome to The Coast Courier

[Subscribe](https://www.coastcourier.example/subscribe)

Local news

# Harbour channel to be dredged for larger ships

Harbour channel to be dredged for larger ships

[Nadia Ferrer](https://www.coastcourier.example/author/nadia-ferrer/)

Staff writer

{body}
The fee was set by the [port council](https://www.coastcourier.example/tag/port-council/) last year.

## You may also like

## More from the coast

[View more](https://www.coastcourier.example/coast/)
"""


@pytest.mark.parametrize(
    ("published", "date"),
    [("2024-11-05T09:30:00+00:00", dt.date(2024, 11, 5)), ("Tue, 05 Nov 2024 09:30:00 GMT", dt.date(2024, 11, 5))],
)
def test_a_jina_reader_page_is_markdown_with_its_header_as_metadata(published: str, date: dt.date) -> None:
    row = _row(JINA.format(published=published, body=BODY_EN))
    assert row["source_format"] == "markdown web export"
    # The headline the page's <title> names, without the site's name after it; its copy is no body.
    assert row["title"] == "Harbour channel to be dredged for larger ships"
    assert row["url"] == "https://www.coastcourier.example/2024/11/05/harbour-channel-dredged/"
    assert row["domain"] == "coastcourier.example"
    assert (row["published_date"], row["date_evidence"]) == (date, "date header")
    assert row["byline"] == "Nadia Ferrer"  # linked to the site's page of the author; 'Staff writer' is her title
    body = row["body_text"]
    assert body.startswith(LEDE_EN)  # the site's lines above the headline are not the article's
    assert body.endswith("The fee was set by the port council last year.")  # links read as their text
    for left_out in ("Markdown Content", "Published Time", "Welcome to", "Staff writer", "You may also like", "]("):
        assert left_out not in body


def test_a_jina_reader_page_without_a_date_and_with_an_underlined_headline() -> None:
    text = (
        "Title: Reabren el muelle sur\n\nURL Source: https://diario.example/puerto/reabren-muelle\n\n"
        "Markdown Content:\nlunes 3 de junio de 2024\n\nReabren el muelle sur\n===============\n\n" + BODY_ES
    )
    row = _row(text)
    assert row["title"] == "Reabren el muelle sur"
    assert row["url"] == "https://diario.example/puerto/reabren-muelle"
    assert row["published_date"] is None  # the day the site printed over its page is not the article's date
    assert row["body_text"].startswith(LEDE_ES)


def test_jina_readers_appended_inventories_are_not_the_article() -> None:
    text = (
        "Title: Reabren el muelle sur\n\nURL Source: https://diario.example/puerto/reabren-muelle\n\n"
        "Markdown Content:\n# Reabren el muelle sur\n\n"
        + BODY_ES
        + "\nImages:\n- ![Image 1](https://diario.example/a.jpg)"
        "\n\nLinks/Buttons:\n- [Inicio](https://diario.example/)\n"
    )
    header, content = split_reader_header(text)
    assert header is not None and header.page_title == "Reabren el muelle sur"
    assert "Images:" not in content and "Links/Buttons" not in content
    assert _row(text)["body_text"].endswith("durarán dos años.")


@pytest.mark.parametrize(
    "text",
    [
        "Title: A memoir of the harbour\n\n" + BODY_EN,  # an article that opens 'Title:' has no service's header
        "Title: A memoir\nURL Source: https://x.example/a\nAuthor note: kept\nMarkdown Content:\n" + BODY_EN,
    ],
)
def test_a_text_that_only_opens_like_a_reader_header_is_not_one(text: str) -> None:
    assert split_reader_header(text) == (None, text)


# --- Obsidian Web Clipper --------------------------------------------------------------------------------------------

OBSIDIAN = """---
title: "Harbour channel to be dredged for larger ships"
source: "https://www.coastcourier.example/2024/11/05/harbour-channel-dredged/"
author:
  - "[[Nadia Ferrer]]"
published: {published}
created: 2026-01-12
description: "{description}"
tags:
  - "clippings"
---
# Harbour channel to be dredged for larger ships

{deck}

Reading time: 2 minutes

![The northern channel](https://img.coastcourier.example/channel.jpg)

{body}"""

DECK_EN = "Larger cargo ships will reach the port from next spring, the authority says."


def test_obsidian_web_clipper_properties() -> None:
    row = _row(OBSIDIAN.format(published="2024-11-05", description=DECK_EN, deck=DECK_EN, body=BODY_EN))
    assert row["published_date"] == dt.date(2024, 11, 5)  # `published`, not `created`: the day of the clipping
    assert row["url"] == "https://www.coastcourier.example/2024/11/05/harbour-channel-dredged/"
    assert row["domain"] == "coastcourier.example"
    assert row["publisher"] is None  # `source` is the page's address, not its publisher
    assert row["byline"] == "Nadia Ferrer"  # a wiki-link gives its text
    assert row["subtitle"] == DECK_EN
    assert DECK_EN not in row["body_text"]  # the deck printed again under the headline
    assert row["body_text"].endswith(THIRD_EN)


def test_the_day_a_page_was_clipped_is_not_its_date() -> None:
    row = _row(OBSIDIAN.format(published="", description=DECK_EN, deck=DECK_EN, body=BODY_EN))
    assert row["published_date"] is None


def test_a_description_that_is_the_first_paragraph_is_no_subtitle() -> None:
    text = OBSIDIAN.format(published="2024-11-05", description=LEDE_EN, deck="", body=BODY_EN)
    row = _row(text.replace("Reading time: 2 minutes\n", ""))
    assert row["subtitle"] is None
    assert row["body_text"].startswith(LEDE_EN)
    assert row["body_text"].count(LEDE_EN) == 1


def test_front_matter_source_that_names_a_publisher_stays_the_publisher() -> None:
    front, _ = split_front_matter("---\ntitle: Reabren el muelle sur\nsource: Agencia Costera\n---\n" + BODY_ES)
    assert front is not None and (front.publisher, front.url) == ("Agencia Costera", None)


def test_an_obsidian_link_with_a_display_text_gives_that_text() -> None:
    front, _ = split_front_matter('---\ntitle: Muelle\nauthor: "[[people/marta-quiroga|Marta Quiroga]]"\n---\n')
    assert front is not None and front.byline == "Marta Quiroga"


# --- MarkDownload ----------------------------------------------------------------------------------------------------

MARKDOWNLOAD = """# Harbour channel to be dredged for larger ships

> ## Excerpt
> {excerpt}

---
# Harbour channel to be dredged for larger ships

- [Share](https://www.coastcourier.example/share)

{above}

{body}"""


def test_a_markdownload_excerpt_that_is_the_lede_is_neither_subtitle_nor_printed_twice() -> None:
    text = MARKDOWNLOAD.format(excerpt=LEDE_EN, above="", body=f"**PORT ALBA (CNS)** — {BODY_EN}")
    row = _row(text)
    assert row["subtitle"] is None  # not 'Excerpt'
    assert row["title"] == "Harbour channel to be dredged for larger ships"
    assert row["dateline_place"] == "Port Alba"
    assert row["body_text"].startswith(LEDE_EN)
    assert row["body_text"].count(LEDE_EN) == 1


def test_a_markdownload_excerpt_that_is_the_lede_with_its_dateline_keeps_the_lede_in_the_body() -> None:
    # A wire's page description is its lead, dateline and all: it was the subtitle, and the lead left the body as
    # the subtitle printed again, taking the dateline with it.
    dated = f"PORT ALBA (CNS) — {LEDE_EN}"
    row = _row(MARKDOWNLOAD.format(excerpt=dated, above="", body=f"{dated}\n\n{SECOND_EN}\n\n{THIRD_EN}\n"))
    assert (row["subtitle"], row["dateline_place"], row["dateline_agency"]) == (None, "Port Alba", "CNS")
    assert row["body_text"].startswith(LEDE_EN)


def test_a_markdownload_excerpt_cut_from_the_lede_at_a_full_stop_is_no_subtitle() -> None:
    # The page's description ends where its length ran out, with a stop where the lead goes on with a comma.
    cut = "PORT ALBA (CNS) — The harbour authority approved on Monday a plan to dredge the northern channel."
    row = _row(MARKDOWNLOAD.format(excerpt=cut, above="", body=f"PORT ALBA (CNS) — {BODY_EN}"))
    assert (row["subtitle"], row["dateline_place"]) == (None, "Port Alba")
    assert row["body_text"].startswith(LEDE_EN)
    # A deck that the lead goes on from only in part of its words is the deck.
    deck = "The harbour authority approved on Monday a plan for the port."
    assert _row(MARKDOWNLOAD.format(excerpt=deck, above="", body=BODY_EN))["subtitle"] == deck


def test_a_markdownload_excerpt_printed_as_the_deck_is_the_subtitle() -> None:
    deck = "Larger cargo ships will reach the port from next spring"
    above = f"{deck}\n\n![The channel](https://img.coastcourier.example/channel.jpg)\n\nFile photo: the channel"
    row = _row(MARKDOWNLOAD.format(excerpt=deck, above=above, body=BODY_EN))
    assert row["subtitle"] == deck
    assert row["body_text"].startswith(LEDE_EN)  # no deck, no caption, no headline again


def test_a_markdownload_excerpt_the_text_does_not_print_is_the_subtitle() -> None:
    row = _row(MARKDOWNLOAD.format(excerpt=DECK_EN, above="", body=BODY_EN))
    assert row["subtitle"] == DECK_EN
    assert row["body_text"].startswith(LEDE_EN)


def test_a_quotation_opening_the_text_is_not_an_excerpt() -> None:
    text = "# Harbour channel to be dredged\n\n" + BODY_EN + "\n> ## Excerpt\n> A line quoted from the report.\n"
    assert "A line quoted from the report." in _row(text)["body_text"]


def test_a_markdownload_front_matter_gives_no_date_from_the_clipping() -> None:
    text = (
        "---\ncreated: 2026-01-12T10:15:00 (UTC +01:00)\ntags: [harbour]\n"
        "source: https://www.coastcourier.example/2024/11/05/harbour/\nauthor: Nadia Ferrer\n---\n\n"
        "# Harbour channel to be dredged\n\n" + BODY_EN
    )
    row = _row(text)
    assert row["published_date"] is None
    assert (row["url"], row["byline"]) == ("https://www.coastcourier.example/2024/11/05/harbour/", "Nadia Ferrer")


def test_a_picture_caption_under_the_markdown_headline_is_not_the_subtitle() -> None:
    text = "# Harbour channel to be dredged\n\n![Dredger](https://img.example/d.jpg)\n\nFile photo: a dredger\n\n"
    row = _row(text + BODY_EN)
    assert row["subtitle"] is None
    assert row["body_text"].startswith(LEDE_EN)


@pytest.mark.parametrize("mark", ["■", "•"])
def test_a_deck_point_under_a_picture_in_its_paragraph_is_the_subtitle_not_a_caption(mark: str) -> None:
    # A paper prints its deck's point right under the picture, the picture's caption in its alt text: the point was
    # read as the caption and lost.
    point = f"{mark} Las obras del muelle sur costarán 40 millones de pesos, según la alcaldía"
    text = "---\ntitle: Reabren el muelle sur\n---\n\n![El muelle sur ■ foto: archivo](https://img.example/m.jpg)\n"
    row = _row(f"{text}{point}\n\n{BODY_ES}")
    assert row["subtitle"] is not None and row["subtitle"].endswith("según la alcaldía")
    assert row["body_text"].startswith(LEDE_ES)
    # A caption line under the picture, unmarked, stays the caption.
    row = _row(f"{text}Vista del muelle sur desde el faro\n\n{BODY_ES}")
    assert row["subtitle"] is None and "faro" not in row["body_text"]


def test_a_byline_under_a_picture_stays_the_byline() -> None:
    row = _row(
        "# Harbour channel to be dredged\n\n![Dredger](https://img.example/d.jpg)\n\n**By Nadia Ferrer**\n\n" + BODY_EN
    )
    assert row["byline"] == "Nadia Ferrer"


def test_headings_that_head_text_stay_and_the_page_s_empty_ones_go() -> None:
    text = (
        "# Harbour channel to be dredged\n\n"
        + LEDE_EN
        + "\n\n## The cost\n\n"
        + SECOND_EN
        + "\n\n## From the same coast\n\n## On the same subject\n"
    )
    paragraphs = _paragraphs(text)
    assert "The cost" in paragraphs
    assert "From the same coast" not in paragraphs and "On the same subject" not in paragraphs


def test_a_link_to_an_authors_page_under_the_text_is_not_the_byline() -> None:
    text = "# Harbour channel to be dredged\n\n" + BODY_EN + "\n[Nadia Ferrer](https://example.org/author/nadia/)\n"
    assert _row(text)["byline"] is None


def test_a_labelled_link_to_an_authors_page_is_the_byline() -> None:
    text = "# Muelle sur\n\nEscrito por: [Marta Quiroga](https://diario.example/autor/marta-quiroga)\n\n" + BODY_ES
    row = _row(text)
    assert row["byline"] == "Marta Quiroga"
    assert row["body_text"].startswith(LEDE_ES)


def test_a_dateline_line_under_a_picture_is_no_caption_and_the_excerpt_after_it_is_the_text() -> None:
    above = (
        "![The channel](https://img.example/c.jpg)\n\nThe northern channel at low tide - Port Authority\n\n"
        "**PORT ALBA, 4 Nov. (CNS) -**"
    )
    row = _row(MARKDOWNLOAD.format(excerpt=LEDE_EN, above=above, body=LEDE_EN + "\n"))
    assert row["dateline_place"] == "Port Alba"
    assert row["subtitle"] is None
    assert row["body_text"] == LEDE_EN  # the whole text: never dropped as a deck with nothing under it


def test_a_summary_printed_as_the_only_text_stays_the_body() -> None:
    text = OBSIDIAN.format(published="2024-11-05", description=LEDE_EN, deck="", body=LEDE_EN)
    assert _row(text.replace("Reading time: 2 minutes\n", ""))["body_text"] == LEDE_EN


def test_the_headline_linked_to_its_page_is_the_title_and_the_sites_linked_name_is_not() -> None:
    content = (
        "# [The Coast Courier](https://www.coastcourier.example/)\n\n"
        "# [Harbour channel to be dredged](https://www.coastcourier.example/2024/harbour/)\n\n" + BODY_EN
    )
    jina = "Title: Harbour channel to be dredged\n\nURL Source: https://www.coastcourier.example/2024/harbour/\n\n"
    row = _row(jina + "Markdown Content:\n" + content)
    assert row["title"] == "Harbour channel to be dredged"
    assert row["body_text"].startswith(LEDE_EN)
    # With no <title> to name it, a heading that is only a link is a menu's, not taken for the headline.
    assert _row(content)["title"] != "The Coast Courier"


def test_a_word_before_a_dash_in_the_pages_title_is_not_taken_for_the_headline() -> None:
    text = (
        "Title: Quiroga - council deal on the harbour | The Coast Courier\n\nURL Source: https://x.example/a\n\n"
        "Markdown Content:\nQuiroga\n\n# Quiroga - council deal on the harbour\n\n" + BODY_EN
    )
    row = _row(text)
    assert row["title"] == "Quiroga - council deal on the harbour"
    assert row["body_text"].startswith(LEDE_EN)


CLIPPED_TITLE = """---
title: "{title}"
source: https://www.coastcourier.example/2024/11/05/harbour-channel-dredged/
---

{above}# Harbour channel to be dredged for larger ships

{body}"""


@pytest.mark.parametrize(
    ("title", "above"),
    [
        ("Harbour channel to be dredged for larger ships - Coast Courier", ""),
        ("Harbour channel to be dredged for larger ships | Coast Courier", ""),
        (
            "Harbour channel to be dredged for larger ships - Coast Courier",
            "Hello!, Your e-mail address has been verified. Now you can choose the newsletters you want to receive"
            " with the best news.\n\nWelcome, you have created your account at COAST COURIER. Explore your profile.\n\n",
        ),
    ],
    ids=["dash-site", "bar-site", "account-notices-above"],
)
def test_a_front_matter_title_with_the_sites_name_gives_way_to_the_headline(title: str, above: str) -> None:
    row = _row(CLIPPED_TITLE.format(title=title, above=above, body=BODY_EN))
    assert row["title"] == "Harbour channel to be dredged for larger ships"
    assert row["body_text"].startswith(BODY_EN.split("\n", 1)[0])


@pytest.mark.parametrize(
    "title",
    ["Channel works: what we know", "Harbour channel to be dredged - and why it matters"],
    ids=["other-title", "dash-inside-the-headline"],
)
def test_a_front_matter_title_that_names_no_printed_headline_stays(title: str) -> None:
    row = _row(CLIPPED_TITLE.format(title=title, above="", body=BODY_EN))
    assert row["title"] == title


def test_a_heading_named_by_the_title_under_much_text_is_no_headline() -> None:
    paragraphs = "".join(
        f"Paragraph {n} of the text, which the reader kept from the page before it and its long story of the port.\n\n"
        for n in range(5)
    )
    row = _row(
        CLIPPED_TITLE.format(
            title="Harbour channel to be dredged for larger ships - Coast Courier", above=paragraphs, body=BODY_EN
        )
    )
    assert row["body_text"].startswith("Paragraph 0")


QUOTED_LEDE_EN = (
    "The harbour master has had a busy winter. It began with the storm that closed the port and ended with the "
    "launch of “The Northern Light.”"
)
PLAIN_CLIPPING = """---
title: "A winter at the harbour"
source: "https://www.coastcourier.example/2024/03/01/winter-harbour/"
description: "{description}"
---
{lede}

{second}
"""


def test_a_clipped_lede_on_one_line_ending_in_a_quotation_stays_the_first_paragraph() -> None:
    # A plain text under front matter: its first line, which ends its sentence inside the quotation marks, was read
    # as a headline, and the front matter's title took its place: the lead was lost, its first sentence (the page's
    # description) left as the subtitle.
    row = _row(
        PLAIN_CLIPPING.format(
            description="The harbour master has had a busy winter.", lede=QUOTED_LEDE_EN, second=SECOND_EN
        )
    )
    assert (row["title"], row["subtitle"]) == ("A winter at the harbour", None)
    assert row["body_text"].startswith(QUOTED_LEDE_EN) and row["paragraph_count"] == 2


def test_a_clipped_deck_stays_the_subtitle_over_a_lede_that_does_not_go_on_from_it() -> None:
    deck = "A storm, a new ship and a busy season for the port"
    row = _row(PLAIN_CLIPPING.format(description=deck, lede=QUOTED_LEDE_EN, second=SECOND_EN))
    assert row["subtitle"] == deck and row["body_text"].startswith(QUOTED_LEDE_EN)


@pytest.mark.parametrize(
    ("page_title", "url", "title", "publisher"),
    [
        (
            "Reabren el muelle sur - Diario del Puerto",
            "https://www.diariodelpuerto.example/2024/muelle",
            "Reabren el muelle sur",
            "Diario del Puerto",
        ),
        (
            "Harbour strike ends after talks | The North Coast Courier",
            "https://ncourier.example/harbour",
            "Harbour strike ends after talks",
            "The North Coast Courier",
        ),
        # A headline cut at a dash: what follows it is not the site's name that the address spells.
        (
            "Port deal - what it means for fishermen",
            "https://www.diariodelpuerto.example/2024/deal",
            "Port deal - what it means for fishermen",
            None,
        ),
    ],
)
def test_a_reader_pages_title_gives_the_headline_and_the_sites_name_that_its_address_spells(
    page_title: str, url: str, title: str, publisher: str | None
) -> None:
    # The text prints no headline: the title was the page's <title>, the site's name and all.
    row = _row(f"Title: {page_title}\n\nURL Source: {url}\n\nMarkdown Content:\n{BODY_EN}")
    assert (row["title"], row["publisher"]) == (title, publisher)


def test_a_date_line_printed_under_the_byline_of_a_dated_reader_page_is_the_heads_and_the_dateline_is_read() -> None:
    # The reader's header dates the page: the date the page prints over its text was kept as the first paragraph,
    # and the dateline under it went unread.
    text = (
        "Title: Harbour channel to be dredged | The Coast Courier\n\nURL Source: https://coastcourier.example/dredge\n\n"
        "Published Time: 2024-11-05T09:30:00+00:00\n\nMarkdown Content:\nBy Nadia Ferrer\n\nNov. 4, 2024\n\n"
        f"PORT ALBA — {LEDE_EN}\n\n{SECOND_EN}\n"
    )
    row = _row(text)
    assert (row["byline"], row["dateline_place"], row["published_date"]) == (
        "Nadia Ferrer",
        "Port Alba",
        dt.date(2024, 11, 5),
    )
    assert row["body_text"].startswith(LEDE_EN)


def test_a_long_caption_that_the_pictures_alt_text_opens_is_no_paragraph_and_the_dateline_under_it_is_read() -> None:
    alt = "Dredgers at work in the northern channel on Monday."
    caption = (
        f"{alt} The work is to end in the spring, when the first of the larger ships is due. Credit Ana Ruiz/Coast"
    )
    text = (
        "Title: Harbour channel to be dredged | The Coast Courier\n\nURL Source: https://coastcourier.example/dredge\n\n"
        f"Markdown Content:\nBy Nadia Ferrer\n\n![Image 1: {alt}](https://img.example/d.jpg)\n\n{caption}\n\n"
        f"PORT ALBA — {LEDE_EN}\n\n{SECOND_EN}\n"
    )
    row = _row(text)
    assert row["dateline_place"] == "Port Alba" and row["body_text"].startswith(LEDE_EN)
    # Alt text of a few words that the lead happens to open with is no caption's start: the lead stays.
    short = text.replace(f"![Image 1: {alt}]", "![Image 1: The harbour authority]").replace(f"{caption}\n\n", "")
    assert _row(short.replace("PORT ALBA — ", ""))["body_text"].startswith(LEDE_EN)
