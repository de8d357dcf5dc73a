"""Compares what the people and quote extractors find in an article with a gold reading of it.

Gold persons: {"name", "role", "qualifier"}; gold quotes: {"speaker", "starts", "closed_in_source"?}.
Names and roles compare accent- and case-insensitively; a quote is identified by its first words.
"""

from __future__ import annotations

from typing import Any

from flows.extract.people import analyse_people, summarize_people
from flows.extract.quotes import find_quotes
from flows.extract.types import ArticleText, entity_id, fold


def person_differences(article: ArticleText, gold: list[dict[str, Any]]) -> list[str]:
    found = {fold(p.name): p for p in summarize_people(analyse_people(article.text).spans)}
    wanted = {fold(p["name"]): p for p in gold}
    problems = [f"missing person {p['name']}" for key, p in wanted.items() if key not in found]
    problems += [f"extra person {p.name}" for key, p in found.items() if key not in wanted]
    for key, p in wanted.items():
        if key in found:
            got = found[key]
            if (fold(got.role or ""), got.qualifier) != (fold(p.get("role") or ""), p.get("qualifier")):
                problems.append(
                    f"{p['name']}: role {got.role!r}/{got.qualifier!r}, not {p.get('role')!r}/{p.get('qualifier')!r}"
                )
    return problems


def quote_differences(article: ArticleText, gold: list[dict[str, Any]], direct: bool = True) -> list[str]:
    rows = [r for r in find_quotes(article, analyse_people(article.text)) if r["is_direct"] == direct]
    problems = []
    for quote in gold:
        row = next((r for r in rows if r["text"].startswith(quote["starts"])), None)
        if row is None:
            problems.append(f"missing quote {quote['starts']!r}")
            continue
        speaker = entity_id("person", quote["speaker"]) if quote["speaker"] else None
        if row["speaker_entity_id"] != speaker:
            problems.append(f"{quote['starts']!r}: speaker {row['speaker_text']!r}, not {quote['speaker']!r}")
        if direct and row["is_closed_in_source"] != quote.get("closed_in_source", True):
            problems.append(f"{quote['starts']!r}: is_closed_in_source {row['is_closed_in_source']}")
    if direct:
        problems += [
            f"extra quote {r['text'][:40]!r}" for r in rows if not any(r["text"].startswith(q["starts"]) for q in gold)
        ]
    return problems
