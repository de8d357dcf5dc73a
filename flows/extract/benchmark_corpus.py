"""The benchmark corpus as the extractors see it, and snapshots of everything they extract from it.

    write_corpus(Path("/tmp/xcorp"), 2000, seed=1)  # flows.bench.corpus
    articles = load_corpus(Path("/tmp/xcorp"))
    save_snapshot(articles, Path("/tmp/facts.pkl"))
    articles = load_snapshot_articles(Path("/tmp/facts.pkl"))
    differences = compare_snapshot(articles, Path("/tmp/facts.pkl"))   # [] when every row is identical

A snapshot holds the articles and every row of every fact table extracted from each, in order, so a
speed change can be checked to extract exactly what it did before (same rows, same order, same values),
on the same texts even when the stages before extraction (decoding, parsing, cleaning) change meanwhile.
An article whose extraction raises is recorded with the exception's type and message, so a baseline can
be taken on code that still crashes on a few articles, and a fix can be seen to change those only.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Iterator
from pathlib import Path

from flows.article import build_article
from flows.errors import Rejected
from flows.extract.facts import extract_facts
from flows.extract.types import ArticleText, Facts, Row

# One article's facts: table name -> rows, or ("error", "KeyError: 'x'") when extraction raised.
Snapshot = dict[str, list[Row]] | tuple[str, str]
_TABLES = ("quotes", "mentions", "topics", "amounts", "entities")


def load_corpus(folder: Path) -> list[ArticleText]:
    """The `ArticleText` of every file below `folder` that becomes an article, in path order."""
    articles = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        try:
            article = build_article(data, str(path.relative_to(folder)), hashlib.sha256(data).hexdigest(), None)
        except Rejected:
            continue
        articles.append(article.text())
    return articles


def snapshot(article: ArticleText) -> Snapshot:
    try:
        facts: Facts = extract_facts(article)
    except Exception as error:  # a crash is part of what a snapshot records
        return ("error", f"{type(error).__name__}: {error}")
    return {table: getattr(facts, table) for table in _TABLES}


def save_snapshot(articles: list[ArticleText], path: Path) -> None:
    path.write_bytes(pickle.dumps([(article, snapshot(article)) for article in articles]))


def _load(path: Path) -> list[tuple[ArticleText, Snapshot]]:
    return pickle.loads(path.read_bytes())  # only ever our own file, written by save_snapshot


def load_snapshot_articles(path: Path) -> list[ArticleText]:
    return [article for article, _ in _load(path)]


def compare_snapshot(articles: list[ArticleText], path: Path) -> list[str]:
    """One line per article whose facts differ from the saved snapshot, naming the first difference."""
    saved = _load(path)
    if [article for article, _ in saved] != articles:
        return ["these are not the articles the snapshot was taken of"]
    return [
        f"{article.article_id}: {difference}"
        for article, (_, before) in zip(articles, saved, strict=True)
        for difference in _first_difference(before, snapshot(article))
    ]


def _first_difference(before: Snapshot, after: Snapshot) -> Iterator[str]:
    if isinstance(before, tuple) or isinstance(after, tuple):
        if before != after:
            yield f"{_describe(before)} -> {_describe(after)}"
        return
    for table in _TABLES:
        old, new = before[table], after[table]
        if old == new:
            continue
        for index, (old_row, new_row) in enumerate(zip(old, new, strict=False)):
            if old_row != new_row:
                yield f"{table}[{index}]: {old_row} -> {new_row}"
                return
        yield f"{table}: {len(old)} rows -> {len(new)} rows"
        return


def _describe(facts: Snapshot) -> str:
    return facts[1] if isinstance(facts, tuple) else "facts"
