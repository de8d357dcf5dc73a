"""The shape of a language's phrase lists (`phrases_en`, `phrases_es`)."""

from __future__ import annotations

from typing import NamedTuple


class TopicPhrases(NamedTuple):
    heads: tuple[str, ...]  # headlines and decks
    leads: tuple[str, ...]  # first sentences; they introduce {p1}
    facts: tuple[str, ...]  # sentences of fact
    quotes: tuple[str, ...]  # words a person says, without closing punctuation
    claims: tuple[str, ...]  # reported speech, after "said that" / "dijo que"
    closings: tuple[str, ...] = ()  # last sentences


def lines(block: str) -> tuple[str, ...]:
    """One phrase per non-blank line, indentation removed."""
    return tuple(line.strip() for line in block.splitlines() if line.strip())
