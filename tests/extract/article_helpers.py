"""Builds an `ArticleText` from a test body whose paragraphs are separated by a blank line, and reads
back what `extract_facts` publishes about its entities."""

from __future__ import annotations

from flows.extract.facts import extract_facts
from flows.extract.types import ArticleText


def article(body: str, language: str = "en", article_id: str = "0123456789abcdef") -> ArticleText:
    paragraphs, offset = [], 0
    for part in body.split("\n\n"):
        paragraphs.append((offset, offset + len(part)))
        offset += len(part) + 2
    return ArticleText(article_id, body, tuple(paragraphs), language)


def published_mentions(body: str, language: str = "en") -> list[tuple[str, str, str]]:
    """(entity type, mention as printed, canonical name) of every mention `extract_facts` publishes."""
    facts = extract_facts(article(body, language))
    kinds = {e["entity_id"]: (e["entity_type"], e["canonical_name"]) for e in facts.entities}
    return [(kinds[m["entity_id"]][0], m["mention_text"], kinds[m["entity_id"]][1]) for m in facts.mentions]


def published_quotes(body: str, language: str = "en") -> list[tuple[str, str | None, str | None, str | None, bool]]:
    """(first three words, speaker's canonical name, speaker_text, cue_verb, is_direct) of every quote
    `extract_facts` publishes."""
    facts = extract_facts(article(body, language))
    names = {e["entity_id"]: e["canonical_name"] for e in facts.entities}
    return [
        (
            " ".join(q["text"].split()[:3]),
            names.get(q["speaker_entity_id"]),
            q["speaker_text"],
            q["cue_verb"],
            q["is_direct"],
        )
        for q in facts.quotes
    ]
