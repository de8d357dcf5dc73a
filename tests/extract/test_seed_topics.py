"""Both seed articles are about US-Mexico diplomacy and migration: their topics say so."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.article import article_text_from_file
from flows.extract.topics import score_topics
from schemas.topic_taxonomy import MAX_TOPICS, THRESHOLD

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.mark.parametrize("source_path", ["000_9d30056a53f7aa95.txt", "003_26143820a8c9381f.txt"])
def test_seed_topics(source_path: str) -> None:
    article = article_text_from_file(SEEDS / source_path)
    rows = score_topics(article)
    topics = [row["topic"] for row in rows]
    assert {"diplomacy", "migration"} <= set(topics)
    assert len(rows) <= MAX_TOPICS and all(THRESHOLD <= row["score"] <= 1 for row in rows)
    assert all(row["article_id"] == article.article_id for row in rows)
    migration = next(row for row in rows if row["topic"] == "migration")
    assert "migration" in migration["evidence_terms"]
