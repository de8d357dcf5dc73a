"""Articles saved as an item of an RSS or Atom feed, read end to end by build_article.

The articles here are invented for the tests (people, places and events are fictional).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import article_row, rejection_of

RSS_ITEM = """<item>
<title>Lluvias dejan tres comunidades aisladas en la sierra</title>
<link>https://sur.example/lluvias</link>
<dc:creator><![CDATA[Inés Barrera]]></dc:creator>
<pubDate>Tue, 05 Mar 2024 10:00:00 +0000</pubDate>
<description><![CDATA[<p>Protección Civil reporta daños en tres municipios.</p>]]></description>
<content:encoded><![CDATA[<p>OAXACA, 5 mar.- Las lluvias de la noche dejaron tres comunidades aisladas en la
sierra, informó Protección Civil del estado.</p>
<p>«Estamos trabajando sin descanso», dijo el coordinador Mario Cruz en una conferencia de prensa.</p>]]></content:encoded>
</item>"""


def _rss(*items: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- generator: a test -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Diario del Sur</title>
<link>https://sur.example</link>
<description>Noticias del sur</description>
{"".join(items)}
</channel>
</rss>
"""


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Harbour Wire</title>
  <entry>
    <title type="html">Port reopens after &lt;em&gt;two-day&lt;/em&gt; storm</title>
    <link rel="alternate" href="https://harbour.example/port-reopens"/>
    <link rel="enclosure" href="https://harbour.example/photo.jpg"/>
    <author><name>Jane Okafor</name></author>
    <published>2024-01-10T08:00:00Z</published>
    <updated>2024-01-11T09:30:00Z</updated>
    <summary>Ships are moving again in San Isidro.</summary>
    <content type="html">&lt;p&gt;SAN ISIDRO, Jan 10 (NTA) - The port reopened on Wednesday after a storm closed
      it for two days.&lt;/p&gt;&lt;p&gt;"We are back to normal," said Elena Marsh, the port director.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_an_rss_item_gives_its_metadata_its_channel_as_publisher_and_its_full_text() -> None:
    row = article_row(_rss(RSS_ITEM))
    assert row["source_format"] == "feed item"
    assert row["title"] == "Lluvias dejan tres comunidades aisladas en la sierra"
    assert row["subtitle"] == "Protección Civil reporta daños en tres municipios."
    assert (row["byline"], row["publisher"]) == ("Inés Barrera", "Diario del Sur")
    assert (row["url"], row["domain"]) == ("https://sur.example/lluvias", "sur.example")
    assert (row["published_date"], row["date_evidence"]) == (dt.date(2024, 3, 5), "feed metadata")
    assert row["dateline_place"] == "Oaxaca"
    assert row["body_text"].split("\n\n")[0].startswith("Las lluvias de la noche dejaron tres comunidades")
    assert row["paragraph_count"] == 2


def test_an_atom_entry_reads_its_author_alternate_link_and_published_date() -> None:
    row = article_row(ATOM)
    assert row["title"] == "Port reopens after two-day storm"
    assert (row["byline"], row["publisher"]) == ("Jane Okafor", "Harbour Wire")
    assert row["url"] == "https://harbour.example/port-reopens"
    assert row["published_date"] == dt.date(2024, 1, 10)  # published, not updated
    assert row["subtitle"] == "Ships are moving again in San Isidro."
    assert (row["dateline_place"], row["dateline_agency"]) == ("San Isidro", "NTA")
    assert row["body_text"].endswith('"We are back to normal," said Elena Marsh, the port director.')


def test_an_atom_entry_in_inline_xhtml_and_an_rss_item_with_a_description_only() -> None:
    xhtml = ATOM.replace(
        ATOM[ATOM.index('    <content type="html">') : ATOM.index("</content>") + len("</content>")],
        '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The port reopened on Wednesday after '
        "a storm closed it for two days, officials said.</p></div></content>",
    )
    assert (
        article_row(xhtml)["body_text"]
        == "The port reopened on Wednesday after a storm closed it for two days, officials said."
    )
    described = RSS_ITEM[: RSS_ITEM.index("<content:encoded>")] + "</item>"
    described = described.replace("reporta daños en tres municipios.", "reporta daños en tres municipios de la sierra.")
    row = article_row(_rss(described))
    assert (row["body_text"], row["subtitle"]) == (
        "Protección Civil reporta daños en tres municipios de la sierra.",
        None,
    )


def test_an_rss_1_item_is_read_alike() -> None:
    rdf = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://valley.example/"><title>Valley Daily</title></channel>
  <item rdf:about="https://valley.example/bridge">
    <title>Council approves budget for new bridge</title>
    <link>https://valley.example/bridge</link>
    <dc:date>2023-11-02</dc:date>
    <dc:creator>Ana Ruiz</dc:creator>
    <description>The city council approved on Thursday the budget for a new bridge over the river.</description>
  </item>
</rdf:RDF>
"""
    row = article_row(rdf)
    assert (row["title"], row["publisher"], row["byline"]) == (
        "Council approves budget for new bridge",
        "Valley Daily",
        "Ana Ruiz",
    )
    assert row["published_date"] == dt.date(2023, 11, 2)


def test_a_feed_of_several_items_is_turned_away_with_its_own_reason() -> None:
    rejected = rejection_of(_rss(RSS_ITEM, RSS_ITEM.replace("sierra", "costa")))
    assert rejected.code == "several-articles"
    assert "A feed of 2 items" in rejected.detail


@pytest.mark.parametrize(
    ("content", "code", "said"),
    [
        (_rss(), "no-body", "without an item"),
        (_rss("<item><title>Only a headline</title></item>"), "no-body", "no content, description or summary"),
        (_rss(RSS_ITEM)[:-40], "malformed-export", "not valid XML"),
        (
            '<?xml version="1.0"?>\n<rss><channel><item><title>&undefined;</title></item></channel></rss>',
            "malformed-export",
            "not valid XML",
        ),
    ],
    ids=["no-item", "item-without-text", "cut-short", "undefined-entity"],
)
def test_feeds_without_an_article_or_damaged_are_turned_away(content: str, code: str, said: str) -> None:
    rejected = rejection_of(content)
    assert rejected.code == code
    assert said in rejected.detail


def test_entities_declared_in_a_feed_are_not_expanded() -> None:
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    bomb = f"""<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY l0 "lol">{laughs}]>\n<rss><channel><item><title>&l9;</title>
<description>The council voted on Monday to close the bridge for repairs, the mayor said.</description>
</item></channel></rss>"""
    assert rejection_of(bomb).code == "malformed-export"


def test_html_that_mentions_a_feed_is_still_a_page() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Feeds</title></head><body><article><h1>How to read a feed</h1>"
        "<p>An <code>&lt;rss&gt;</code> file lists a site's articles, and readers poll it every hour or so.</p>"
        "</article></body></html>"
    )
    assert article_row(page)["source_format"] == "html page"


def test_an_rss_0_91_feed_that_names_its_document_type_is_read() -> None:
    doctype = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
        ' "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
    )
    row = article_row(_rss(RSS_ITEM).replace('<?xml version="1.0" encoding="UTF-8"?>\n', doctype))
    assert (row["source_format"], row["publisher"]) == ("feed item", "Diario del Sur")


def test_an_atom_entry_updated_after_its_publication_gives_the_updated_date() -> None:
    row = article_row(ATOM)
    assert (row["published_date"], row["updated_date"]) == (dt.date(2024, 1, 10), dt.date(2024, 1, 11))
    assert row["updated_date_text"] == "2024-01-11"


def test_an_rss_item_modified_after_its_publication_gives_the_updated_date() -> None:
    modified = (
        '<dcterms:modified xmlns:dcterms="http://purl.org/dc/terms/">2024-03-06T08:15:00-06:00</dcterms:modified>'
    )
    row = article_row(_rss(RSS_ITEM.replace("</pubDate>", "</pubDate>\n" + modified)))
    assert (row["published_date"], row["updated_date"]) == (dt.date(2024, 3, 5), dt.date(2024, 3, 6))
    assert article_row(_rss(RSS_ITEM))["updated_date"] is None


def test_an_atom_entry_dated_only_by_its_update_has_that_as_publication_and_no_update() -> None:
    only_updated = ATOM.replace("    <published>2024-01-10T08:00:00Z</published>\n", "")
    row = article_row(only_updated)
    assert (row["published_date"], row["date_evidence"]) == (dt.date(2024, 1, 11), "feed metadata")
    assert (row["updated_date"], row["updated_date_text"]) == (None, None)
