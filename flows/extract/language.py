"""Language of an article body, as an ISO 639-1 code, with py3langid (offline, ~0.5 ms per article).

Only the opening of the body is classified: three hundred characters decide the language of a news
article as reliably as the whole text, at a fraction of the cost.
"""

from __future__ import annotations

from array import array
from functools import lru_cache

from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from schemas.vocabularies import LANGUAGE_CODES

_SAMPLE_CHARS = 300
_ISO_639_1 = frozenset(LANGUAGE_CODES)


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_DIR / MODEL_FILE, norm_probs=False)
    compact_tables(identifier)
    return identifier


def compact_tables(identifier: LanguageIdentifier) -> None:
    """Hold the per-state tables of the model's byte automaton as machine integers, not lists of Python ints.

    Classifying walks the automaton a state per byte and reads both tables at each state. In a list, every
    read follows a pointer to an int object elsewhere in memory: one more cache miss per byte in the
    pipeline, where the extractors push the model out of the CPU's caches between two articles. The values
    are the same, so the language is too (tests/extract/test_language.py). Timed between two articles'
    extraction, as the pipeline runs it, detect_language went from about 0.55 to 0.47 ms per article.
    Tables that are not lists are left alone.
    """
    for name in ("_rowbase", "tk_output"):
        table = getattr(identifier, name, None)
        if isinstance(table, list):
            # 32 bits hold every value of the shipped model (104,583 states of 256 bytes); a model that does
            # not fit raises OverflowError here rather than classifying with wrong tables.
            setattr(identifier, name, array("i", table))


def detect_language(text: str) -> str:
    sample = text[:_SAMPLE_CHARS]
    code, _ = _identifier().classify(sample)
    if code in _ISO_639_1:
        return code
    # The model also knows languages without a two-letter code (and 'zxx', no language): take the
    # most likely one that has a code.
    return next(c for c, _ in _identifier().rank(sample) if c in _ISO_639_1)
