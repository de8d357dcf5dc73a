"""Topics: taxonomy integrity, scoring, threshold and determinism."""

from __future__ import annotations

import pytest

from flows.extract.gazetteer import fold_keep_length
from flows.extract.topics import score_topics
from flows.extract.types import ArticleText
from schemas.topic_taxonomy import MAX_TOPICS, THRESHOLD, TOPICS
from schemas.vocabularies import TOPIC_NAMES


def article(text: str, language: str = "en") -> ArticleText:
    return ArticleText("0123456789abcdef", text, ((0, len(text)),), language)


def test_topic_names_come_from_the_taxonomy() -> None:
    assert tuple(t.name for t in TOPICS) == TOPIC_NAMES
    assert len(set(TOPIC_NAMES)) == len(TOPIC_NAMES)


def test_each_term_belongs_to_one_topic_and_is_either_a_stem_or_a_word() -> None:
    # The gazetteer keeps the first listing of a folded term, so a second one would silently do nothing.
    owner: dict[str, tuple[str, bool]] = {}
    for topic in TOPICS:
        assert topic.description and topic.terms_en and topic.terms_es
        for term in (*topic.terms_en, *topic.terms_es):
            assert term == term.lower().strip()
            key = fold_keep_length(term)
            listing = (topic.name, key.endswith("*"))
            assert owner.setdefault(key.removesuffix("*"), listing) == listing, term


def test_migration_article_scores_migration_first() -> None:
    text = (
        "Migration across the border rose. Migrants asked for asylum, and deportations continued. "
        "La migración y los migrantes en la frontera."
    )
    rows = score_topics(article(text))
    assert rows[0]["topic"] == "migration"
    assert rows[0]["evidence_terms"] == sorted(rows[0]["evidence_terms"])
    assert "migracion" in rows[0]["evidence_terms"]
    assert 0 <= rows[0]["score"] <= 1


def test_repetition_counts_less_than_new_terms() -> None:
    repeated = score_topics(article("migration migration migration migration"))
    varied = score_topics(article("migration asylum deportation refugees"))
    assert varied[0]["score"] > (repeated[0]["score"] if repeated else 0)


def test_weak_evidence_is_below_the_threshold() -> None:
    assert score_topics(article("The talks were long. " + "Nothing else happened here. " * 40)) == []


def test_at_most_max_topics_above_threshold_best_first() -> None:
    text = (
        "Migration, asylum, deportations and refugees. Trade, tariffs, exports and USMCA. "
        "Fentanyl, cartels, weapons and violence. Elections, voters, ballots and candidates. "
        "Health, hospitals, vaccines and pandemic."
    )
    rows = score_topics(article(text))
    assert len(rows) == MAX_TOPICS
    assert all(r["score"] >= THRESHOLD for r in rows)
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)


def test_stems_match_from_the_start_of_a_word_only() -> None:
    inside_words = "Unmigratory ecotrade nonmigrants premigration antimigration ecomigrants " * 3
    assert score_topics(article(inside_words)) == []
    rows = score_topics(article("Migratory, migrants, migrations, migrated. " * 3))
    assert rows[0]["evidence_terms"] == ["migrants", "migrated", "migrations", "migratory"]


@pytest.mark.parametrize("language", ["en", "es"])
def test_deterministic(language: str) -> None:
    text = "Energía renovable y petróleo; climate change, emissions, renewable energy and oil."
    assert score_topics(article(text, language)) == score_topics(article(text, language))


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Las lluvias torrenciales desbordaron dos ríos y dejaron miles de damnificados; "
            "las autoridades evacuaron tres aldeas por el riesgo de deslaves.",
            "disasters and weather",
        ),
        (
            "El Congreso aprobó la reforma de pensiones: las jubilaciones subirán y los sindicatos "
            "levantaron la huelga anunciada para el lunes.",
            "labor and pensions",
        ),
        (
            "Teachers and students marched to demand a larger education budget for public schools and universities.",
            "education",
        ),
        (
            "La nueva autopista y el ferrocarril al aeropuerto forman parte del plan de infraestructura, "
            "junto con un puente sobre el río.",
            "infrastructure and transport",
        ),
    ],
)
def test_topics_beyond_bilateral_relations(text: str, topic: str) -> None:
    assert topic in [row["topic"] for row in score_topics(article(text))]


def test_consulting_is_not_consular_diplomacy() -> None:
    text = "Los vecinos consultaron a los médicos; la consulta pública sigue abierta y nadie fue consultado."
    assert "diplomacy" not in [row["topic"] for row in score_topics(article(text))]
