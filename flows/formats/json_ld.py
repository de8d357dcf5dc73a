"""The author, and the date of the last change, that an HTML page states in its JSON-LD (schema.org) blocks.

AMP pages often state it there and nowhere else: no author tag, no byline in the text. trafilatura reads
JSON-LD, but only blocks whose '@context' is a schema.org address written as a string, and only the
objects at the top or in an '@graph'; a context given as a list or an object ('["https://schema.org",
{"@language": "es"}]'), and an article inside its page ('mainEntity'), leave the author unread. This reads
the article objects wherever they are, and authors given by reference ('{"@id": "#author"}') to a person
elsewhere in the page. trafilatura does not read `dateModified` (htmldate does, but only in a full pass of its
own over the page): it is read here from the same article objects.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

# The opening tag and the closing one are looked for apart: one pattern for the whole block would look for
# the closing tag from every opening one, to the end of the page when there is none (4,000 unclosed blocks:
# 5.4 s, growing with the square of their number).
_OPENING = re.compile(r"<script\b[^>]{0,500}\btype\s*=\s*[\"']?application/ld\+json\b[^>]{0,500}>", re.IGNORECASE)
_CLOSING = re.compile(r"</script\s*>", re.IGNORECASE)
_MOST_BLOCKS = 8
_MOST_DEPTH = 4  # a list, a page, its graph, its main entity: deeper objects are not the page's article
_MOST_NODES = 500
_ARTICLE_TYPES = ("article", "posting")  # 'NewsArticle', 'ReportageNewsArticle', 'BlogPosting', …
_AUTHOR_SEPARATOR = "; "  # as trafilatura joins several authors


def json_ld_author(html: str) -> str | None:
    """The names of the authors of the page's article, or None when its JSON-LD names no person as one."""
    nodes = _page_nodes(html)
    people = {node["@id"]: node for node in nodes if _is_a(node, ("person",)) and isinstance(node.get("@id"), str)}
    for node in nodes:
        if _is_a(node, _ARTICLE_TYPES) and (names := _author_names(node.get("author"), people)):
            return _AUTHOR_SEPARATOR.join(dict.fromkeys(names))
    return None


def json_ld_date_modified(html: str) -> str | None:
    """The `dateModified` of the page's article, as written, or None when its JSON-LD states none."""
    for node in _page_nodes(html):
        if _is_a(node, _ARTICLE_TYPES) and isinstance(modified := node.get("dateModified"), str) and modified.strip():
            return modified.strip()
    return None


@lru_cache(maxsize=1)
def _page_nodes(html: str) -> tuple[dict[str, Any], ...]:
    """The page's JSON-LD objects, parsed once for the author and the date of the last change, which a page
    may both need: the last page's only, as pages are read one at a time."""
    return tuple(_nodes(html))


def _nodes(html: str) -> Iterator[dict[str, Any]]:
    """The objects of the page's JSON-LD blocks, breadth first within each block, a bounded number."""
    count = 0
    for block in _blocks(html):
        try:
            data = json.loads(block, strict=False)
        except (ValueError, RecursionError):  # RecursionError: arrays nested thousands deep
            continue  # trafilatura has its own reading of broken JSON
        level: list[Any] = [data]
        for _ in range(_MOST_DEPTH):
            below: list[Any] = []
            for item in level:
                for node in item if isinstance(item, list) else [item]:
                    if not isinstance(node, dict) or count == _MOST_NODES:
                        continue
                    count += 1
                    yield node
                    below.extend(node[key] for key in ("@graph", "mainEntity") if key in node)
            level = below


def _blocks(html: str) -> Iterator[str]:
    """The text of the first `_MOST_BLOCKS` JSON-LD blocks; none after one that is never closed."""
    at = 0
    for _ in range(_MOST_BLOCKS):
        if (opening := _OPENING.search(html, at)) is None:
            return
        if (closing := _CLOSING.search(html, opening.end())) is None:
            return
        yield html[opening.end() : closing.start()]
        at = closing.end()


def _is_a(node: dict[str, Any], endings: tuple[str, ...]) -> bool:
    types = node.get("@type")
    return any(isinstance(t, str) and t.lower().endswith(endings) for t in _as_list(types))


def _author_names(author: Any, people: dict[str, dict[str, Any]]) -> list[str]:
    names = []
    for one in (_resolved(given, people) for given in _as_list(author)):
        if isinstance(one, str):
            name = one
        elif isinstance(one, dict) and ("@type" not in one or _is_a(one, ("person",))):
            name = one.get("name")
        else:
            continue  # an organisation signing is the publisher, not a byline
        if isinstance(name, str) and name.strip() and not name.startswith(("http://", "https://")):
            names.append(" ".join(name.split()))
    return names


def _resolved(author: Any, people: dict[str, dict[str, Any]]) -> Any:
    """The person a reference ('{"@id": "#author"}') stands for; anything else as it is."""
    if isinstance(author, dict) and "name" not in author and isinstance(author.get("@id"), str):
        return people.get(author["@id"], author)
    return author


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]
