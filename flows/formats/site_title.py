"""The site's name that a page's <title> gives after the headline: 'Harbour strike ends - The Coast Courier'.

Pages title themselves with the headline and the site's name; exports and reader services keep that <title> as the
article's title when the text prints no headline. The last part after a separator (' - ', ' | ', ' — ', …) is the
site's name when the page's address spells it: its domain is the name's words, or their first letters, run together
('coastcourier.example' for 'The Coast Courier', 'nytimes.com' for 'The New York Times', 'bbc.co.uk' for 'BBC News').
A headline cut at a dash ('Biden - Xi talks end') has no such part: its words are not the address's.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

# Where a page's <title> leaves the headline for the site's name: ' | ', ' - ', ' – ', ' — ', ' · ', ' :: '.
SITE_AFTER = re.compile(r"\s+(?:[|–—·-]|::)\s+")
_HEADLINE_MIN_WORDS = 3
_SITE_MAX_WORDS = 6
_LABEL_MIN_CHARS = 3
# The labels of a host that are not the site's name: its machine's ('www', 'm') and a country's second level
# ('co.uk', 'com.mx').
_NOT_THE_NAME = frozenset({"www", "m", "amp", "mobile", "com", "co", "org", "net", "gob", "gov", "edu", "ac"})
_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def split_site_name(page_title: str, url: str | None) -> tuple[str, str] | None:
    """(the headline, the site's name) when the title ends with the name that the url's host spells; else None."""
    label = _site_label(url)
    if label is None:
        return None
    last = next(iter(reversed(list(SITE_AFTER.finditer(page_title)))), None)  # a title has a few at most
    if last is None:
        return None
    headline, site = page_title[: last.start()].strip(), page_title[last.end() :].strip()
    words = [_folded(word) for word in site.split()]
    if len(headline.split()) < _HEADLINE_MIN_WORDS or not 0 < len(words) <= _SITE_MAX_WORDS:
        return None
    return (headline, site) if _spells(label, tuple(word for word in words if word)) else None


def host_name(publisher: str | None, url: str | None) -> bool:
    """Whether `publisher` is only the url's host, as trafilatura names a site it finds no name for ('nytimes.com')."""
    if not publisher or not url:
        return False
    host = (_hostname(url) or "").removeprefix("www.")
    return publisher.strip().lower().removeprefix("www.") == host


def _hostname(url: str) -> str | None:
    """The url's host, None where it has none or cannot be read (urlsplit raises on a bracket never closed)."""
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def _site_label(url: str | None) -> str | None:
    """The label of the url's host that names the site: 'nytimes' of 'www.nytimes.com', 'bbc' of 'bbc.co.uk'."""
    host = _hostname(url) if url else None
    labels = [label for label in (host or "").split(".")[:-1] if label not in _NOT_THE_NAME]
    label = _NOT_ALNUM.sub("", labels[-1]) if labels else ""
    return label if len(label) >= _LABEL_MIN_CHARS else None


def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return _NOT_ALNUM.sub("", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _spells(label: str, words: tuple[str, ...]) -> bool:
    """Whether `label` is the start of some of `words`, in their order, run together ('ny' + 'times' of 'The New York
    Times'), a word at least a letter; words may be left out ('bbc' of 'BBC News'). Read as the set of places reached
    (so much of the label, so many words past): at most a few hundred, whatever the words."""
    reached, todo = {(0, 0)}, [(0, 0)]
    while todo:
        done, past = todo.pop()
        if done == len(label):
            return True
        for at in range(past, len(words)):
            word = words[at]
            length = 0
            while length < len(word) and done + length < len(label) and word[length] == label[done + length]:
                length += 1
                if (state := (done + length, at + 1)) not in reached:
                    reached.add(state)
                    todo.append(state)
    return False
