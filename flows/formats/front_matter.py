"""YAML front matter: the `---` block at the top of a markdown file that static-site generators and
content exports (Jekyll, Hugo, Obsidian, many CMS dumps) use for an article's metadata.

Read with PyYAML's BaseLoader, which keeps every value as the text it was written as: a date stays
'2023-06-19T08:45:00-03:00' and is then read like any other date text, in its own time zone.

`date` is the publication; the date the file says it last changed (Hugo's `lastmod`, Jekyll's
`last_modified_at`, `updated`, `modified`) is the update. `created` is not read: web clippers (Obsidian Web
Clipper, MarkDownload) write there the day the page was clipped, and the page's own date under `published`.
Clippers also write the page's address under `source`: a `source` or `site` that is an address is the url, not
the publisher. Obsidian writes people as wiki-links (`author: ["[[Ana Ruiz]]"]`): a link gives its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from flows.extract.dates import stated_date_text

_BLOCK = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<yaml>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_MOST_FRONT_MATTER_CHARS = 16_384
_ADDRESS = re.compile(r"^https?://\S+$")
# '[[Ana Ruiz]]', '[[ana-ruiz|Ana Ruiz]]': Obsidian's link to a note, shown as its text (after the '|' if any).
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]")
_KEYS = {
    "title": ("title", "headline"),
    "date": ("date", "published", "publishdate", "pubdate", "date_published", "datepublished"),
    "updated": ("lastmod", "last_modified_at", "updated", "modified", "date_modified", "datemodified"),
    "byline": ("author", "authors", "byline"),
    "subtitle": ("subtitle", "description", "summary", "excerpt", "deck"),
    "url": ("url", "canonical_url", "canonicalurl", "permalink", "link", "source_url"),
    "publisher": ("publisher", "source", "site_name", "site"),
}


@dataclass(frozen=True, slots=True)
class FrontMatter:
    title: str | None
    date_text: str | None
    updated_text: str | None
    byline: str | None
    subtitle: str | None
    url: str | None
    publisher: str | None


def split_front_matter(text: str) -> tuple[FrontMatter | None, str]:
    """(the metadata, the text after the block); (None, text) when the file has no such block."""
    m = _BLOCK.match(text[:_MOST_FRONT_MATTER_CHARS])  # a rule far down is a thematic break, not its end
    if m is None:
        return None, text
    try:
        data = yaml.load(m.group("yaml"), Loader=yaml.BaseLoader)  # BaseLoader builds no Python objects
    except yaml.YAMLError:
        return None, text
    if not isinstance(data, dict):
        return None, text
    values = {k.lower(): v for k, v in data.items() if isinstance(k, str)}
    fields = {field: first_text(values, keys) for field, keys in _KEYS.items()}
    if fields["publisher"] is not None and _ADDRESS.match(fields["publisher"]):
        fields["url"] = fields["url"] or fields["publisher"]
        fields["publisher"] = first_text(values, _KEYS["publisher"], but=_ADDRESS)
    if not any(fields.values()):
        return None, text  # a thematic break and a paragraph of 'key: value' prose, not front matter
    front = FrontMatter(
        title=fields["title"],
        date_text=stated_date_text(fields["date"]),
        updated_text=stated_date_text(fields["updated"]),
        byline=fields["byline"],
        subtitle=fields["subtitle"],
        url=fields["url"],
        publisher=fields["publisher"],
    )
    return front, text[m.end() :]


def first_text(values: dict[str, Any], keys: tuple[str, ...], but: re.Pattern[str] | None = None) -> str | None:
    """The first of `keys` that holds text (and not text `but` matches): a list of names is joined (`authors: [A,
    B]`), and a person or publisher written as an object gives its `name` (`author: {name: A}`, schema.org's
    `[{name: A}, …]`)."""
    for key in keys:
        value = values.get(key)
        if isinstance(value, list):
            names = (_name(v) for v in value)
            value = ", ".join(name for name in names if name)
        value = _name(value)
        if value and (but is None or not but.match(value)):
            return value
    return None


def _name(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    if not isinstance(value, str):
        return None
    value = _WIKI_LINK.sub(r"\1", value).strip() if "[[" in value else value.strip()
    return value or None
