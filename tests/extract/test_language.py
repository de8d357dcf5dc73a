"""The language detector: the model's tables held compactly classify exactly as the stock ones do."""

from __future__ import annotations

from array import array

import numpy
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from flows.extract.language import _identifier, compact_tables, detect_language

OPENINGS = [
    "The city council approved a new budget for public transport on Tuesday after a long debate.",
    "El Ayuntamiento aprobó este martes un nuevo presupuesto para el transporte público tras un largo debate.",
    "Farmers in the northern valley said the late rains had cut the wheat harvest by a third this year.",
    "Los agricultores del valle norte afirmaron que las lluvias tardías redujeron la cosecha de trigo.",
    "HEAVY SNOW CLOSES MOUNTAIN PASSES AS TEMPERATURES DROP ACROSS THE REGION",
    "«No vamos a subir los impuestos», dijo la ministra de Hacienda, Lucía Romero, en una rueda de prensa.",
    '"We will open the new terminal in March," the port director, Ellen Porter, told reporters.',
    "",
]


def test_the_tables_walked_per_byte_are_machine_integers() -> None:
    identifier = _identifier()
    assert isinstance(identifier._rowbase, array)
    assert isinstance(identifier.tk_output, array)


def test_compact_tables_score_exactly_as_the_stock_model() -> None:
    stock = LanguageIdentifier.from_model_file(MODEL_DIR / MODEL_FILE, norm_probs=False)
    compact = LanguageIdentifier.from_model_file(MODEL_DIR / MODEL_FILE, norm_probs=False)
    compact_tables(compact)
    for text in OPENINGS:
        assert numpy.array_equal(compact._decide(text), stock._decide(text)), text


def test_english_and_spanish_openings_are_told_apart() -> None:
    assert detect_language(OPENINGS[0]) == "en"
    assert detect_language(OPENINGS[1]) == "es"
