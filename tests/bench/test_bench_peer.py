"""The spaCy peer: the texts it reads, its result, and the message when the optional group is missing."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from flows.bench import peer
from flows.bench.corpus import CorpusStats, write_corpus

HAS_PEER = importlib.util.find_spec("spacy") is not None and importlib.util.find_spec(peer.MODEL) is not None


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, CorpusStats]:
    root = tmp_path_factory.mktemp("peer-corpus")
    return root, write_corpus(root, 40, seed=11, trap_every=6)


def test_bodies_are_those_of_every_readable_article(small_corpus: tuple[Path, CorpusStats]) -> None:
    root, stats = small_corpus
    bodies = peer.article_bodies(root)
    # Copies are readable articles too (the pipeline's deduplication drops them later, not build_article).
    copies = stats.rejects["duplicate-file"] + stats.rejects["duplicate-article"]
    assert copies and len(bodies) == stats.articles + copies
    assert all(body.strip() and "\n\n" in body for body in bodies)
    assert peer.article_bodies(root, limit=5) == bodies[:5]
    english = peer.article_bodies(root, language="en")
    assert 0 < len(english) < len(bodies) and set(english) <= set(bodies)


@pytest.mark.parametrize("missing", ["spacy", peer.MODEL])
def test_a_missing_peer_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == missing else real(name, *a))
    with pytest.raises(peer.PeerUnavailable, match=r"make bench.*--group peer"):
        peer.spacy_ner_rate(["Some text."])


@pytest.mark.skipif(not HAS_PEER, reason="the optional dependency group 'peer' is not installed")
def test_spacy_finds_entities_and_reports_its_rate(small_corpus: tuple[Path, CorpusStats]) -> None:
    texts = peer.article_bodies(small_corpus[0], limit=6, language="en")
    result = peer.spacy_ner_rate(texts)
    assert result.articles == len(texts) == 6
    assert result.words == sum(len(t.split()) for t in texts)
    assert result.entities > 6 * 5  # invented people, places, organizations, dates and amounts in every article
    assert result.articles_per_second > 0 and result.words_per_second > result.articles_per_second
    assert result.processes == 1 and result.model.startswith(peer.MODEL)
