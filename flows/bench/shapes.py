"""A story printed in each supported file shape, with the conventions and debris those shapes carry.

    markdown web export   a page's export: `# *title*`, `---`, an image placeholder, `## **deck**`, `\\$`,
                          `(Source: …)`, a `<https://…>` footer and `**Publisher**` (like seed 000); or a web
                          clipper's markdown (CLIPPERS): Obsidian Web Clipper's YAML front matter (`title`, `source`,
                          `author: ["[[Name]]"]`, `published`, `created` the day of the clipping, `tags`), Jina
                          Reader's `Title:`, `URL Source:`, `Published Time:`, `Markdown Content:` over the page,
                          MarkDownload's `# title`, `> ## Excerpt`, `---` (and half the time its front matter)
    dated crawler text    ` date 2024-06-22 Mexico City.- …`, curly quotes, a stray ` .` at the end (seed 003)
    plain text            title, deck, `By …`/`Por …` and a date line, then paragraphs, some hard-wrapped
    html page             <head> metadata (og:title, og:site_name, author, article:published_time,
                          canonical link), navigation, related links and a copyright footer
    json article          one article as a crawler or a content system exports it: news-please
                          (`maintext`, `authors`, `date_publish`), trafilatura (`text`, `author`, `date`) or
                          the WordPress REST API (`title.rendered`, `content.rendered` in HTML)
    feed item             an RSS item (`content:encoded` in CDATA, `dc:creator`, `pubDate`) or an Atom
                          entry (escaped HTML `content`, `author/name`, `published`) of a one-item feed
    mime message          a page saved as one file by a browser (.mhtml: quoted-printable HTML, no charset,
                          an image part) or a newsletter e-mail (multipart/alternative, text and HTML)

The names are those of schemas.vocabularies.SOURCE_FORMATS, which the pipeline reports per article. The markdown
exports and plain text print page debris among the paragraphs when given some (WITH_DEBRIS, flows.bench.debris).
"""

from __future__ import annotations

import datetime as dt
import email.header
import email.utils
import html
import json
import quopri
import random
from collections.abc import Callable
from typing import NamedTuple

from flows.bench import lexicon
from flows.bench.compose import CLOSE, OPEN, Story, between, pick
from flows.bench.debris import Debris, place_debris

_QUOTE_MARKS = {"straight": ('"', '"'), "curly": ("“", "”"), "angle": ("«", "»")}
_NAV_EN = ("Home", "World", "Politics", "Economy", "Sports", "Culture", "Opinion")
_NAV_ES = ("Inicio", "Mundo", "Política", "Economía", "Deportes", "Cultura", "Opinión")
_ZONES = ("Z", "+00:00", "-05:00", "-06:00")
_MOST_DAYS_TO_CLIPPING = 400


def _quotes(rng: random.Random, story: Story, curly_share: float) -> tuple[str, str]:
    if story.language == "es" and rng.random() < 0.3:
        return _QUOTE_MARKS["angle"]
    return _QUOTE_MARKS["curly" if rng.random() < curly_share else "straight"]


def _marked(text: str, marks: tuple[str, str]) -> str:
    # Two replaces: str.translate with a dict runs in Python per character, ~15 µs a paragraph.
    return text.replace(OPEN, marks[0]).replace(CLOSE, marks[1])


def dateline(rng: random.Random, story: Story, styles: str) -> str:
    """A dateline in one of the wire styles named by letters in `styles`, or "" for none (15 %).

    A  Havana, July 18 (RHC)--           B  WASHINGTON (AP) —          C  HAVANA, Cuba, Apr 16 (ACN)
    D  Ciudad de México, 22 jun (Prensa Latina).-                      E  Mexico City.-
    F  OAXACA, 5 mar.-  /  OAXACA, Mar. 5 -
    """
    if rng.random() < 0.15:
        return ""
    style = pick(rng, styles)
    city, date, en = story.city, story.date, story.language == "en"
    month = (lexicon.MONTHS_EN if en else lexicon.MONTHS_ES)[date.month - 1]
    if style == "A":
        return (
            f"{city}, {month} {date.day} ({story.agency})--"
            if en
            else f"{city}, {date.day} de {month} ({story.agency})--"
        )
    if style == "B":
        return f"{city.upper()} ({story.agency}) — "
    if style == "C":
        when = f"{month[:3]} {date.day}" if en else f"{date.day} {month[:3]}"
        return f"{city.upper()}, {story.country}, {when} ({story.agency}) "
    if style == "D":
        when = f"{month[:3]} {date.day}" if en else f"{date.day} {month[:3]}"
        return f"{city}, {when} ({story.agency}).- "
    if style == "F":
        return f"{city.upper()}, {month[:3]}. {date.day} - " if en else f"{city.upper()}, {date.day} {month[:3]}.- "
    return f"{city}.- "


def _date_line(rng: random.Random, story: Story) -> str:
    date = story.date
    if rng.random() < 0.2:
        return date.isoformat()
    if story.language == "en":
        text = f"{lexicon.MONTHS_EN[date.month - 1]} {date.day}, {date.year}"
        return f"{lexicon.WEEKDAYS_EN[date.weekday()]}, {text}" if rng.random() < 0.3 else text
    text = f"{date.day} de {lexicon.MONTHS_ES[date.month - 1]} de {date.year}"
    return f"{lexicon.WEEKDAYS_ES[date.weekday()]} {text}" if rng.random() < 0.3 else text


def _body(rng: random.Random, story: Story, styles: str) -> list[str]:
    paragraphs = list(story.paragraphs)
    paragraphs[0] = dateline(rng, story, styles) + paragraphs[0]
    if story.credit:
        paragraphs[-1] = f"{paragraphs[-1]} {story.credit}"
    return paragraphs


def markdown_export(rng: random.Random, story: Story, debris: Debris | None = None) -> str:
    out = [
        "\n\n" if rng.random() < 0.5 else "",
        pick(rng, ("# *{}*", "# **{}**", "# {}")).format(escape_markdown(story.title)),
    ]
    if rng.random() < 0.6:
        out.append("---")
    image = rng.random()
    if image < 0.4:
        out.append("Image not found or type unknown\n\n")
    elif image < 0.65:
        out.append(f"![{story.city}](https://{story.publisher.domain}/images/{between(rng, 0, 999_999)}.jpg)")
    if story.subtitle:
        out.append(pick(rng, ("## **{}**", "## {}")).format(escape_markdown(story.subtitle)))
    if story.byline:
        out.append(pick(rng, ("**{}**", "*{}*")).format(story.byline))
    out.extend(place_debris(rng, markdown_paragraphs(rng, story, "AAD"), debris))
    out.append("---")
    footer = rng.random()
    if footer < 0.7:
        out.append(f"<{story.url}>\n\n")
    elif footer < 0.85:
        out.append(f"Source: <{story.url}>")
    if rng.random() < 0.7:
        out.append(f"**{story.publisher.name}**")
    return "\n\n".join(out)


def markdown_paragraphs(rng: random.Random, story: Story, styles: str) -> list[str]:
    """The story's paragraphs as markdown exports print them: a dateline in one of `styles`, "$" escaped, the quotation
    marks of a page (curly in 30 %)."""
    marks = _quotes(rng, story, 0.3)
    return [_marked(escape_markdown(p), marks) for p in _body(rng, story, styles)]


class Clip(NamedTuple):
    """A web clipper's markdown and what its header states, for the tests (None where it states nothing)."""

    text: str
    url: str | None
    date: dt.date | None  # the page's publication date
    clip_day: dt.date | None  # the day of the clipping (`created:`), which is not the article's date


def obsidian_web_clipper(rng: random.Random, story: Story, debris: Debris | None = None) -> Clip:
    """Obsidian Web Clipper's default template: the page's properties as YAML front matter (the author a wiki-link,
    `published` left empty when the page states no date, `created` the day of the clipping), then the text Defuddle
    took from the page, which seldom keeps the headline."""
    clip_day = story.date + dt.timedelta(days=between(rng, 1, _MOST_DAYS_TO_CLIPPING))
    stated = rng.random() < 0.85
    published = ""
    if stated:
        published = story.date.isoformat() if rng.random() < 0.6 else _timestamp(rng, story, pick(rng, _ZONES))
    front = [
        "---",
        f"title: {_yaml_text(story.title)}",
        f"source: {_yaml_text(story.url)}",
        "author:",
        f'  - "[[{story.author}]]"',
        f"published: {published}",
        f"created: {clip_day.isoformat()}",
    ]
    if story.subtitle:
        front.append(f"description: {_yaml_text(story.subtitle)}")
    front += ["tags:", '  - "clippings"', "---"]
    content = []
    heading = rng.random() < 0.3
    if heading:
        content.append(f"# {escape_markdown(story.title)}")
    if story.subtitle and rng.random() < 0.5:
        content.append(escape_markdown(story.subtitle))  # the deck over the text, which `description` states too
    # The page's picture, kept when the headline is not: a clipping whose text shows no sign of markdown would be
    # read as plain text (the front matter is not taken for one).
    if not heading or rng.random() < 0.5:
        content.append(f"![{story.city}](https://{story.publisher.domain}/images/{between(rng, 0, 999_999)}.jpg)")
    content += place_debris(rng, markdown_paragraphs(rng, story, "AABD"), debris)
    text = "\n".join(front) + "\n" + "\n\n".join(content) + "\n"
    return Clip(text, story.url, story.date if stated else None, clip_day)


def jina_reader(rng: random.Random, story: Story, debris: Debris | None = None) -> Clip:
    """Jina Reader's header (the page's <title>, its address and, when the page has one, its date; blank lines between
    them) over `Markdown Content:` and the whole page as markdown: the site's menu over the headline."""
    title = story.title if rng.random() < 0.3 else f"{story.title} | {story.publisher.name}"
    header = [f"Title: {title}", f"URL Source: {story.url}"]
    stated = rng.random() < 0.8
    if stated:
        if rng.random() < 0.6:
            header.append(f"Published Time: {_timestamp(rng, story, pick(rng, _ZONES))}")
        else:  # a server's Last-Modified form, when the page's own metadata had none
            moment = dt.datetime.combine(story.date, dt.time(between(rng, 6, 21), between(rng, 0, 59)), dt.UTC)
            header.append(f"Published Time: {email.utils.format_datetime(moment, usegmt=True)}")
    content = []
    if rng.random() < 0.6:
        nav = _NAV_EN if story.language == "en" else _NAV_ES
        content.append(" ".join(f"[{item}](https://{story.publisher.domain}/{item.lower()})" for item in nav[:5]))
    headline = escape_markdown(story.title)
    content.append(f"# {headline}" if rng.random() < 0.7 else f"{headline}\n{'=' * len(headline)}")
    if story.byline and rng.random() < 0.6:
        content.append(story.byline)
    content += place_debris(rng, markdown_paragraphs(rng, story, "AABD"), debris)
    text = "\n\n".join(header) + "\n\nMarkdown Content:\n" + "\n\n".join(content) + "\n"
    return Clip(text, story.url, story.date if stated else None, None)


def markdownload(rng: random.Random, story: Story, debris: Debris | None = None) -> Clip:
    """MarkDownload's template: the page's <title> as a heading, Readability's excerpt (the page's description, else
    its first paragraph's text) quoted under `## Excerpt`, a rule, then the text Readability took. Half the clippings
    keep the template's front matter, which states the day of the clipping, the address and the author, no date."""
    paragraphs = markdown_paragraphs(rng, story, "AABD")
    parts = []
    url = clip_day = None
    if rng.random() < 0.5:
        url, clip_day = story.url, story.date + dt.timedelta(days=between(rng, 1, _MOST_DAYS_TO_CLIPPING))
        created = f"{clip_day.isoformat()}T{between(rng, 6, 23):02d}:{between(rng, 0, 59):02d}:00"
        zone = pick(rng, _ZONES)
        parts.append(
            f"---\ncreated: {created} (UTC {'+00:00' if zone == 'Z' else zone})\ntags: [{story.topic}]\n"
            f"source: {url}\nauthor: {story.author}\n---"
        )
    # Without a deck, the first paragraph without its dateline: the paragraph as printed ends with the story's first
    # paragraph, of the same length once escaped (its quotation marks are one character each).
    lede = paragraphs[0][-len(escape_markdown(story.paragraphs[0])) :]
    excerpt = escape_markdown(story.subtitle) if story.subtitle else lede
    parts += [f"# {escape_markdown(story.title)}", f"> ## Excerpt\n> {excerpt}", "---"]
    if rng.random() < 0.5:
        parts.append(f"# {escape_markdown(story.title)}")  # the page's headline, which Readability keeps
    if story.subtitle and rng.random() < 0.5:
        parts.append(excerpt)
    parts += place_debris(rng, paragraphs, debris)
    return Clip("\n\n".join(parts) + "\n", url, None, clip_day)


def _timestamp(rng: random.Random, story: Story, zone: str) -> str:
    return f"{story.date.isoformat()}T{between(rng, 6, 21):02d}:{between(rng, 0, 59):02d}:00{zone}"


def _yaml_text(text: str) -> str:
    # A JSON string is a YAML double-quoted scalar, as the clippers quote their values.
    return json.dumps(text, ensure_ascii=False)


def dated_crawler(rng: random.Random, story: Story) -> str:
    marks = _QUOTE_MARKS["curly"]
    header = ""
    if rng.random() < 0.2:
        header += f" title {story.title}\n"
    if rng.random() < 0.1:
        header += f" url {story.url}\n"
    body = [_marked(p, marks) for p in _body(rng, story, "EEED")]
    text = f"{header} date {story.date.isoformat()} " + "\n\n".join(body)
    return text + " ." if rng.random() < 0.5 else text


def plain_text(rng: random.Random, story: Story, debris: Debris | None = None) -> str:
    marks = _quotes(rng, story, 0.4)
    date = _date_line(rng, story) if rng.random() < 0.6 else None
    if rng.random() < 0.6:  # a compact header: title, deck, byline and date on consecutive lines
        header = [story.title, story.subtitle, story.byline, date]
        head = "\n".join(line for line in header if line)
    else:  # blank lines between them; a deck would read as the first paragraph there, so none
        head = "\n\n".join(line for line in (story.title, story.byline, date) if line)
    body = [_marked(p, marks) for p in _body(rng, story, "ABBCD")]
    if rng.random() < 0.1:  # hard-wrapped at 72 columns, as mail and terminal exports do
        body = [_wrap(p, 72) for p in body]
    return head + "\n\n" + "\n\n".join(place_debris(rng, body, debris)) + "\n"


def html_page(rng: random.Random, story: Story) -> str:
    marks = _quotes(rng, story, 0.5)
    esc, attr = html.escape, _attribute
    name = story.publisher.name
    nav = _NAV_EN if story.language == "en" else _NAV_ES
    links = "".join(f'<li><a href="/{item.lower()}">{item}</a></li>' for item in nav)
    stamp = f"{story.date.isoformat()}T{between(rng, 6, 21):02d}:{between(rng, 0, 59):02d}:00"
    meta = [
        '<meta charset="utf-8">',
        f"<title>{esc(story.title)} | {esc(name)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta property="og:title" content="{attr(story.title)}">',
        f'<meta property="og:site_name" content="{attr(name)}">',
        '<meta property="og:type" content="article">',
    ]
    if rng.random() < 0.7:
        meta.append(f'<meta name="author" content="{attr(story.author)}">')
    meta.append(f'<meta property="article:published_time" content="{stamp}{pick(rng, ("Z", "-05:00", "-06:00"))}">')
    meta.append(f'<link rel="canonical" href="{attr(story.url)}">')
    meta.append('<link rel="stylesheet" href="/static/css/main.css">')
    article = [f"<h1>{esc(story.title)}</h1>"]
    if story.subtitle:
        article.append(f'<h2 class="dek">{esc(story.subtitle)}</h2>')
    article.append(f'<time datetime="{story.date.isoformat()}">{esc(_date_line(rng, story))}</time>')
    article.extend(f"<p>{esc(_marked(p, marks), quote=False)}</p>" for p in _body(rng, story, "BBCD"))
    year = story.date.year
    rights = "All rights reserved" if story.language == "en" else "Todos los derechos reservados"
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{story.language}">',
            "<head>",
            *meta,
            "<script>window.dataLayer = window.dataLayer || [];</script>",
            "</head>",
            '<body class="article-page">',
            f'<header class="site-header"><a class="logo" href="/">{esc(name)}</a>',
            f"<nav><ul>{links}</ul></nav></header>",
            "<main>",
            "<article>",
            *article,
            "</article>",
            f'<aside class="related"><h3>{nav[1]}</h3><ul><li><a href="/{nav[1].lower()}/1">{esc(story.city)}</a>'
            "</li></ul></aside>",
            "</main>",
            f"<footer><p>© {year} {esc(name)}. {rights}.</p></footer>",
            "</body>",
            "</html>",
            "",
        ]
    )


def json_article(rng: random.Random, story: Story) -> str:
    marks = _quotes(rng, story, 0.5)
    body = [_marked(p, marks) for p in _body(rng, story, "BDEF")]
    stamp = f"{story.date.isoformat()} {between(rng, 6, 21):02d}:{between(rng, 0, 59):02d}:00"
    kind = rng.random()
    if kind < 0.5:  # news-please
        article: dict[str, object] = {
            "authors": [story.author] if rng.random() < 0.7 else [],
            "date_download": stamp,
            "date_modify": None,
            "date_publish": stamp,
            "description": story.subtitle,
            "image_url": None,
            "language": story.language,
            "maintext": "\n".join(body),
            "source_domain": story.publisher.domain,
            "title": story.title,
            "url": story.url,
        }
    elif kind < 0.8:  # trafilatura
        article = {
            "title": story.title,
            "author": story.author,
            "hostname": story.publisher.domain,
            "date": story.date.isoformat(),
            "text": "\n".join(body),
            "excerpt": story.subtitle,
            "url": story.url,
            "language": story.language,
        }
    else:  # the WordPress REST API, HTML inside
        esc = html.escape
        article = {
            "id": between(rng, 1, 999_999),
            "date": stamp.replace(" ", "T"),
            "link": story.url,
            "title": {"rendered": esc(story.title)},
            "excerpt": {"rendered": f"<p>{esc(story.subtitle)}</p>\n" if story.subtitle else ""},
            "content": {"rendered": "\n".join(f"<p>{esc(p, quote=False)}</p>" for p in body)},
        }
    return json.dumps(article, ensure_ascii=rng.random() < 0.5, indent=pick(rng, (None, 2, 4)))


def feed_item(rng: random.Random, story: Story) -> str:
    marks = _quotes(rng, story, 0.5)
    esc = html.escape
    body = "".join(f"<p>{esc(_marked(p, marks), quote=False)}</p>" for p in _body(rng, story, "BDEF"))
    stamp = f"{story.date.isoformat()}T{between(rng, 6, 21):02d}:{between(rng, 0, 59):02d}:00Z"
    deck = story.subtitle or ""
    if rng.random() < 0.6:
        weekday = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[story.date.weekday()]
        month = lexicon.MONTHS_EN[story.date.month - 1][:3]
        return "\n".join(
            [
                '<?xml version="1.0" encoding="UTF-8"?>',
                '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
                ' xmlns:dc="http://purl.org/dc/elements/1.1/">',
                f"<channel><title>{esc(story.publisher.name)}</title><link>https://{story.publisher.domain}/</link>",
                f"<item><title>{esc(story.title)}</title><link>{esc(story.url)}</link>",
                f"<dc:creator>{esc(story.author)}</dc:creator>",
                f"<pubDate>{weekday}, {story.date.day:02d} {month} {story.date.year} 10:00:00 +0000</pubDate>",
                f"<description><![CDATA[{deck}]]></description>" if deck else "",
                f"<content:encoded><![CDATA[{body}]]></content:encoded></item>",
                "</channel></rss>",
                "",
            ]
        )
    return "\n".join(
        [
            '<?xml version="1.0" encoding="utf-8"?>',
            '<feed xmlns="http://www.w3.org/2005/Atom">',
            f"<title>{esc(story.publisher.name)}</title>",
            f'<entry><title>{esc(story.title)}</title><link rel="alternate" href="{_attribute(story.url)}"/>',
            f"<author><name>{esc(story.author)}</name></author><published>{stamp}</published>",
            f"<summary>{esc(deck)}</summary>" if deck else "",
            f'<content type="html">{esc(body, quote=False)}</content></entry>',
            "</feed>",
            "",
        ]
    )


def mime_message(rng: random.Random, story: Story) -> str:
    boundary = f"----MultipartBoundary--{rng.getrandbits(64):016x}----"
    if rng.random() < 0.5:  # a browser's snapshot of the page
        page = quopri.encodestring(html_page(rng, story).encode("utf-8")).decode("ascii")
        return "\n".join(
            [
                "From: <Saved by Blink>",
                f"Snapshot-Content-Location: {story.url}",
                f"Subject: {email.header.Header(story.title, 'utf-8').encode()}",
                f"Date: {email.utils.format_datetime(dt.datetime.combine(story.date, dt.time(20), dt.UTC))}",
                "MIME-Version: 1.0",
                f'Content-Type: multipart/related;\n\ttype="text/html";\n\tboundary="{boundary}"',
                "",
                "",
                f"--{boundary}",
                "Content-Type: text/html",
                "Content-Transfer-Encoding: quoted-printable",
                f"Content-Location: {story.url}",
                "",
                page,
                f"--{boundary}--",
                "",
            ]
        )
    marks = _quotes(rng, story, 0.5)
    body = [_marked(p, marks) for p in _body(rng, story, "BDEF")]
    text = quopri.encodestring("\n\n".join(body).encode("utf-8")).decode("ascii")
    markup = quopri.encodestring("".join(f"<p>{html.escape(p, quote=False)}</p>" for p in body).encode()).decode(
        "ascii"
    )
    sender = email.utils.formataddr((story.publisher.name, f"news@{story.publisher.domain}"))
    return "\n".join(
        [
            f"From: {email.header.Header(sender, 'utf-8').encode()}",
            "To: reader@example.org",
            f"Subject: {email.header.Header(story.title, 'utf-8').encode()}",
            f"Date: {email.utils.format_datetime(dt.datetime.combine(story.date, dt.time(7), dt.UTC))}",
            "MIME-Version: 1.0",
            f'Content-Type: multipart/alternative; boundary="{boundary}"',
            "",
            f"--{boundary}",
            'Content-Type: text/plain; charset="utf-8"',
            "Content-Transfer-Encoding: quoted-printable",
            "",
            text,
            f"--{boundary}",
            'Content-Type: text/html; charset="utf-8"',
            "Content-Transfer-Encoding: quoted-printable",
            "",
            f"<html><body>{markup}</body></html>",
            f"--{boundary}--",
            "",
        ]
    )


def _wrap(text: str, width: int) -> str:
    """Lines of at most `width` characters broken at spaces (textwrap.fill is ten times slower)."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


def _attribute(value: str) -> str:
    return html.escape(value, quote=True)


SHAPES: dict[str, Callable[[random.Random, Story], str]] = {
    "markdown web export": markdown_export,
    "dated crawler text": dated_crawler,
    "plain text": plain_text,
    "html page": html_page,
    "json article": json_article,
    "feed item": feed_item,
    "mime message": mime_message,
}

# The shapes that print a page's debris when given some, and the clippers whose markdown is a "markdown web export".
WITH_DEBRIS: dict[str, Callable[[random.Random, Story, Debris | None], str]] = {
    "markdown web export": markdown_export,
    "plain text": plain_text,
}
CLIPPERS: dict[str, Callable[[random.Random, Story, Debris | None], Clip]] = {
    "Obsidian Web Clipper": obsidian_web_clipper,
    "Jina Reader": jina_reader,
    "MarkDownload": markdownload,
}


def escape_markdown(text: str) -> str:
    # Web-to-markdown converters escape "$" (seed 000 has "\$800 billion"); a reader shows it unescaped.
    return text.replace("$", "\\$")
