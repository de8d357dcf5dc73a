"""A page's chrome copied over its headline: the site's name, its slogan, a credit, a skip link.

Crawlers and copy-paste keep the top of a page with the article ('UrduPoint.com', 'Jump to content',
'Article content', 'BBC Copyright: BBC', 'SpaceWar.com - Your World At War'). None of these is a headline:
a headline names what happened, and these name the site or the page's parts. Only short lines are read: a
line of a sentence's length is text, whatever it mentions.
"""

from __future__ import annotations

import re

_CHROME_MAX_WORDS = 8
# A site's name as its address: 'UrduPoint.com', 'laserinformativo.com.mx', 'www.elpais.com'; alone, or before
# a separator and the site's slogan ('SpaceWar.com - Your World At War'). A headline may open with a company
# named so ('Amazon.com posts record profit'), but runs on with a verb, never a separator.
_SITE_ADDRESS = re.compile(
    r"^(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|info|news|tv|co|io|biz|[a-z]{2})"
    r"(?:\.[a-z]{2})?(?:\s+[-–—|·:]\s+\S.*)?$"
)
# A credit for the page's picture or the whole page: 'BBC Copyright: BBC', '© Reuters 2024', 'Copyright 2024
# Harbour TV'; the word alone is news ('Copyright reform passes Senate').
_CREDIT = re.compile(r"©|\bcopyright\s*(?::|©|\(c\)|(?:19|20)\d\d\b)", re.IGNORECASE)
# The links and labels a page prints for screen readers and over its text, folded: whole lines only.
_NAVIGATION = frozenset(
    {
        "jump to content",
        "skip to content",
        "skip to main content",
        "skip to navigation",
        "skip navigation",
        "article content",
        "main content",
        "saltar al contenido",
        "saltar al contenido principal",
        "ir al contenido",
        "ir al contenido principal",
        "contenido del articulo",
        "contenido del artículo",
    }
)


def is_page_chrome(line: str) -> bool:
    """Whether `line` is a page's chrome rather than any part of its article: see the module's docstring."""
    text = line.strip()
    if not text or len(text.split()) > _CHROME_MAX_WORDS:
        return False
    return (
        " ".join(text.casefold().split()) in _NAVIGATION
        or _SITE_ADDRESS.match(text) is not None
        or _CREDIT.search(text) is not None
    )


def is_site_address(line: str) -> bool:
    """A site's name written as its address, perhaps with its slogan: 'UrduPoint.com'."""
    return _SITE_ADDRESS.match(line.strip()) is not None
