"""Page debris: what markdown exports and copied text keep of a page around its article, in English and Spanish.

    read time          `5 min read`, `Lectura: 3 min`, under the byline
    share bar          `Compartir: Facebook | X | WhatsApp`; in markdown the buttons' links
    related link       `Lee también: <another headline>`, `Read more: …` between paragraphs; in markdown a link
    photo caption      `Vista de Quito este lunes (Ana Ruiz/EFE)`, `… Photo: Ana Ruiz/AP` between paragraphs; in
                       markdown under its picture
    newsletter prompt  `Suscríbete a nuestro boletín …`, `Sign up for our newsletter …` under the text
    cookie notice      `This website uses cookies …` under the text

The lines are the language's (phrases_en, phrases_es); each is one the pipeline's cleaner removes (flows/clean.py),
and `Debris.shown` keeps them as a reader shows them, so that the tests can tell that none reached the body.
"""

from __future__ import annotations

import random
import string
from types import ModuleType
from typing import NamedTuple

from flows.bench import lexicon, phrases_en, phrases_es
from flows.bench.compose import Story, between, pick

KINDS = ("read time", "share bar", "related link", "photo caption", "newsletter prompt", "cookie notice")
_UNRELATED_KINDS = tuple(kind for kind in KINDS if kind != "related link")  # when there is no story to link to
_MOST_KINDS = 3  # a page export keeps a few of them, not the whole page
_SHARE_LINKS = (
    ("Facebook", "https://www.facebook.com/sharer/sharer.php?u={url}"),
    ("X", "https://x.com/intent/post?url={url}"),
    ("WhatsApp", "https://wa.me/?text={url}"),
)
_CAPITALS = frozenset(string.ascii_uppercase)


class Debris(NamedTuple):
    head: list[str]  # over the text, under the byline
    inside: list[str]  # blocks between paragraphs
    tail: list[str]  # under the text
    shown: tuple[str, ...]  # every line as a reader shows it (a link as its text)
    kinds: tuple[str, ...]  # of KINDS, one per line


def page_debris(rng: random.Random, story: Story, related: str | None, photographer: str, *, markdown: bool) -> Debris:
    """One to three kinds of debris for `story`'s page: `related` is another story's headline to link to (None: no
    related link), `photographer` the name that credits the picture; `markdown` writes links and pictures."""
    words: ModuleType = phrases_en if story.language == "en" else phrases_es
    kinds = rng.sample(KINDS if related is not None else _UNRELATED_KINDS, between(rng, 1, _MOST_KINDS))
    head: list[str] = []
    inside: list[str] = []
    tail: list[str] = []
    shown: list[str] = []
    for kind in KINDS:  # in the page's order, whatever order they were drawn in
        if kind not in kinds:
            continue
        if kind == "read time":
            line = pick(rng, words.READ_TIMES).format(n=between(rng, 2, 9))
            head.append(line)
        elif kind == "share bar" and markdown:
            head.append(" ".join(f"[{name}]({link.format(url=story.url)})" for name, link in _SHARE_LINKS))
            line = " ".join(name for name, _ in _SHARE_LINKS)
        elif kind == "share bar":
            line = pick(rng, words.SHARE_BARS)
            head.append(line)
        elif kind == "related link":
            label = pick(rng, words.RELATED_LABELS)
            link = f"https://{story.publisher.domain}/{between(rng, 10**5, 10**6 - 1)}"
            inside.append(f"**{label}:** [{related}]({link})" if markdown else f"{label}: {related}")
            line = f"{label}: {related}"
        elif kind == "photo caption":
            line = _caption(rng, story, words, photographer)
            picture = f"![{story.city}](https://{story.publisher.domain}/images/{between(rng, 0, 999_999)}.jpg)"
            inside.append(f"{picture}\n\n{line}" if markdown else line)
        else:
            line = pick(rng, words.NEWSLETTER_PROMPTS if kind == "newsletter prompt" else words.COOKIE_NOTICES)
            tail.append(line)
        shown.append(line)
    return Debris(head, inside, tail, tuple(shown), tuple(kind for kind in KINDS if kind in kinds))


def place_debris(rng: random.Random, paragraphs: list[str], debris: Debris | None) -> list[str]:
    """The paragraphs with the debris where pages have it: over them, between two of them, under them."""
    if debris is None:
        return paragraphs
    blocks = list(paragraphs)
    for block in debris.inside:
        blocks.insert(between(rng, 1, len(blocks) - 1), block)  # after the first paragraph, before the last
    return [*debris.head, *blocks, *debris.tail]


def _caption(rng: random.Random, story: Story, words: ModuleType, photographer: str) -> str:
    """A picture's caption closed by its credit: '(Ana Ruiz/EFE)' after it, or 'Foto: Ángel Díaz/EFE' after its
    sentence. The cleaner reads the bracketed credit for names in unaccented capitals only, as wire credits write
    them; other names get the labelled form."""
    weekdays = lexicon.WEEKDAYS_EN if story.language == "en" else lexicon.WEEKDAYS_ES
    caption = pick(rng, words.CAPTIONS).format(city=story.city, weekday=weekdays[story.date.weekday()])
    agency = pick(rng, words.PHOTO_AGENCIES)
    if rng.random() < 0.5 and all(word[:1] in _CAPITALS for word in photographer.split()):
        return f"{caption} ({photographer}/{agency})"
    return f"{caption}. {words.PHOTO_LABEL}: {photographer}/{agency}"
