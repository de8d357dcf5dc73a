"""Topics of an article: rows of the `topics` table, scored from the terms of `schemas.topic_taxonomy`.

Score of a topic (deterministic, between 0 and 1; the constants live with the taxonomy):
    evidence = distinct + REPEAT_WEIGHT * (occurrences - distinct)
    score    = 1 - exp(-evidence / (TERMS_FOR_ONE_MINUS_1_OVER_E * max(1, words / WORDS_PER_UNIT)))
where `occurrences` counts the topic's term matches in the heading (title and deck) and the body
(overlapping terms count once, the longest winning) and `distinct` the different words matched (folded:
lower case, no accents). A headline names what the article is about in the fewest words, and a deck moved
out of the body must not take its terms with it; `words` counts the body's alone, as a headline is about
as long whatever the article's length. A new
word counts fully and a repeated one half, and a longer article needs proportionally more evidence:
in a 250-word article three distinct terms give 0.63. Scores are rounded to three decimals.
A term inside the quoted title of a work counts for no topic: a film, book or song named in quotes with its
words capitalised ("A Most Violent Year", 'Star Wars', "La Guerra de las Galaxias") is what a review is
about, not its subject. A quote in sentence case ("Violence is never the answer", «la guerra terminó») stays
evidence, as does a single capitalised word in quotes. A headline in title case capitalises its quoted phrases
too ("Mayor Vows 'War on Crime'"): those are read as titles, and only the body's words count for them.
A topic is emitted when its score is at least THRESHOLD; at most MAX_TOPICS per article, the highest
first (ties by name). `evidence_terms` lists the distinct matched words, sorted.
"""

from __future__ import annotations

import math
import re
from functools import cache

from flows.extract.gazetteer import Gazetteer, fold_keep_length
from flows.extract.types import ArticleText, Row
from schemas.topic_taxonomy import (
    MAX_TOPICS,
    NOT_EVIDENCE,
    REPEAT_WEIGHT,
    TERMS_FOR_ONE_MINUS_1_OVER_E,
    THRESHOLD,
    TOPICS,
    WORDS_PER_UNIT,
)

_DECIMALS = 3


def score_topics(article: ArticleText) -> list[Row]:
    """The article's topics at or above THRESHOLD, best first, at most MAX_TOPICS."""
    # Plain dicts: a Counter per hit (setdefault builds its default every time) cost a third of the function.
    found: dict[str, dict[str, int]] = {}
    for text in (article.heading, article.text):
        folded = fold_keep_length(text)
        for hit in _term_gazetteer().find(text, folded=folded):
            if hit.value is None:
                continue  # a phrase of NOT_EVIDENCE, which kept a shorter term inside it from counting
            if text[hit.start].isupper() and _in_quoted_title(text, hit.start, hit.end):
                continue  # the name of a film or a book; only capitalised hits are looked at, a few per article
            terms = found.setdefault(hit.value, {})
            term = folded[hit.start : hit.end]
            terms[term] = terms.get(term, 0) + 1
    length_units = max(1.0, len(article.text.split()) / WORDS_PER_UNIT)
    scored = []
    for topic, terms in found.items():
        occurrences, distinct = sum(terms.values()), len(terms)
        evidence = distinct + REPEAT_WEIGHT * (occurrences - distinct)
        score = round(1 - math.exp(-evidence / (TERMS_FOR_ONE_MINUS_1_OVER_E * length_units)), _DECIMALS)
        if score >= THRESHOLD:
            scored.append((score, topic, sorted(terms)))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [
        {"article_id": article.article_id, "topic": topic, "score": score, "evidence_terms": terms}
        for score, topic, terms in scored[:MAX_TOPICS]
    ]


# Quote marks that open or close a title; the straight and curly single quotes are apostrophes too ("Isaac's"),
# so they count only with no letter on their outer side.
_QUOTES = "\"“”«»„‘’'"
_APOSTROPHES = "‘’'"
_TITLE_REACH = 80  # characters looked at on each side of the term for the quote marks
_TITLE_WORDS = (2, 10)  # a title has at least two words, and fewer than a quoted sentence
# Short words that titles leave in lower case ("Gone with the Wind", "Cien Años de Soledad").
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"}
    | {"de", "del", "el", "en", "la", "las", "los", "y", "e", "con", "por", "para", "un", "una"}
)
_TITLE_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’-][^\W_]+)*")


def _in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies within quote marks around two to ten words, each capitalised but for the
    short words titles leave in lower case: the title of a work."""
    opening = _opening_mark(text, start)
    closing = _closing_mark(text, end)
    if opening is None or closing is None:
        return False
    words = _TITLE_WORD.findall(text, opening + 1, closing)
    if not _TITLE_WORDS[0] <= len(words) <= _TITLE_WORDS[1] or not words[0][0].isupper():
        return False
    return all(word[0].isupper() or word.casefold() in _TITLE_SMALL_WORDS for word in words)


def _opening_mark(text: str, start: int) -> int | None:
    """The nearest quote mark before `start`, within `_TITLE_REACH`; None past a line's end or none found."""
    # The regex finds the few candidates in C; they are weighed nearest first, walking away from the term.
    candidates = [m.start() for m in _MARK_OR_LINE_END.finditer(text, max(0, start - _TITLE_REACH + 1), start)]
    for i in reversed(candidates):
        if text[i] == "\n":
            return None
        if not _is_apostrophe_in_word(text, i, i - 1):
            return i
    return None


def _closing_mark(text: str, end: int) -> int | None:
    """The nearest quote mark from `end` on, within `_TITLE_REACH`; None past a line's end or none found."""
    for m in _MARK_OR_LINE_END.finditer(text, end, end + _TITLE_REACH):
        i = m.start()
        if text[i] == "\n":
            return None
        if not _is_apostrophe_in_word(text, i, i + 1):
            return i
    return None


def _is_apostrophe_in_word(text: str, mark: int, outer: int) -> bool:
    """Whether the mark at `mark` is an apostrophe inside a word ("Isaac's", "l'Équipe"): a letter on its
    `outer` side."""
    return text[mark] in _APOSTROPHES and 0 <= outer < len(text) and text[outer].isalpha()


_MARK_OR_LINE_END = re.compile(f"[\n{re.escape(_QUOTES)}]")


@cache
def _term_gazetteer() -> Gazetteer[str | None]:
    # A term listed under two topics would belong to the first only: a test keeps terms unique.
    terms: list[tuple[str, str | None]] = [
        (term, topic.name) for topic in TOPICS for term in (*topic.terms_en, *topic.terms_es)
    ]
    return Gazetteer([*terms, *((phrase, None) for phrase in NOT_EVIDENCE)], shared=True)
