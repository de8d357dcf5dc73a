"""Mojibake (UTF-8 once read as Windows-1252 or Latin-1, then saved again) is repaired before anything is read.

The articles here are invented for the tests (people, places and events are fictional).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.article import build_article
from flows.decode import decode
from flows.discover import discover
from flows.extract.facts import extract_facts
from flows.mojibake import repair_mojibake
from flows.process import ProcessOptions, process_batch
from tests.conftest import write_inputs

ARTICLE_EN = """Council backs new harbour plan

By Ann Lowry

The council’s planners approved the harbour plan on Monday. “We will build the new quay this year,” said Mayor Tomas Reyes.

The works cost £12 million — the largest sum in a decade.
"""

ARTICLE_ES = """Aprueban el plan de vivienda en Córdoba

La población de la región crecerá, según el gobierno.

“Habrá más viviendas para los jóvenes”, afirmó la ministra Lucía Andrade en Córdoba.

El programa comenzará en septiembre, añadió la funcionaria.
"""


def _mojibake(text: str) -> bytes:
    """What a CMS does: the UTF-8 bytes read as Windows-1252 as Windows reads it (the five bytes it leaves undefined
    as Latin-1's controls), and the result saved as UTF-8 again."""
    read = "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in text.encode("utf-8"))
    return read.encode("utf-8")


def _latin_1_mojibake(text: str) -> bytes:
    # Latin-1 reads 0x9D (in the closing quote's bytes) as a C1 control, which Windows-1252 leaves undefined.
    return text.encode("utf-8").decode("latin-1").encode("utf-8")


def _repaired(text: str) -> str | None:
    return repair_mojibake(text, text.encode("utf-8", "surrogatepass"))


def _row(data: bytes) -> dict[str, object]:
    return build_article(data, "a.txt", "0" * 64, None).row


@pytest.mark.parametrize("text", [ARTICLE_EN, ARTICLE_ES], ids=["en", "es"])
@pytest.mark.parametrize("garble", [_latin_1_mojibake, _mojibake], ids=["latin-1", "windows-1252"])
def test_a_mojibake_file_reads_as_the_clean_file(text: str, garble: object) -> None:
    data = garble(text)  # type: ignore[operator]
    assert data != text.encode("utf-8")
    repaired, clean = _row(data), _row(text.encode("utf-8"))
    assert repaired["is_mojibake_repaired"] is True and clean["is_mojibake_repaired"] is False
    for column in ("article_id", "title", "byline", "body_text", "language"):
        assert repaired[column] == clean[column], column


def test_latin_1_controls_of_mojibake_do_not_make_a_file_binary() -> None:
    # Every closing quote read as Latin-1 leaves a C1 control ("â€\x9d"): a short article with two would be over
    # the share of controls a text file may hold, and was rejected as binary.
    data = _latin_1_mojibake("Harbour talks\n\n“We agree,” said Reyes. “We sign today,” said Lowry.\n")
    assert data.decode("utf-8").count("\x9d") == 2
    decoded = decode(data)
    assert decoded.is_mojibake_repaired and "“We agree,”" in decoded.text


def test_the_quotes_of_a_repaired_article_are_found() -> None:
    article = build_article(_latin_1_mojibake(ARTICLE_EN), "a.txt", "0" * 64, None)
    quotes = extract_facts(article.text()).quotes
    assert [q["text"] for q in quotes] == ["We will build the new quay this year"]


def test_a_closing_quote_lost_to_a_replacement_character_stays_lost_but_the_letters_come_back() -> None:
    # Strict Windows-1252 has no 0x9D, so some exports replaced it: "â€�" is what is left of "”".
    data = "“Habrá más viviendas”, afirmó Andrade.\n".encode().decode("cp1252", "replace").encode()
    assert _repaired(data.decode()) == "“Habrá más viviendas�, afirmó Andrade.\n"


def test_only_the_garbled_lines_of_a_mixed_file_change() -> None:
    # A page pasted together from two sources: one paragraph garbled, the others correct UTF-8 with accents.
    good = "La ministra visitó Córdoba y León.\n\n"
    text = good + _mojibake("El alcalde habló de la población.\n").decode("utf-8") + "\n" + good
    assert _repaired(text) == good + "El alcalde habló de la población.\n\n" + good


@pytest.mark.parametrize(
    "text",
    [
        "«Habrá elección», dijo. El proyecto «avanzó»; la situación “mejoró”.",  # accented letter before a quote
        "SÃO PAULO, 3 mar (EFE).- A cidade de São Paulo recebeu a cúpula.",  # Portuguese capitals
        "Ä, Ö and Å are letters; the fee is 5 €; café—and naïve—are English too.",
        "El cambio fue de 2 °C; el 50 % de la población; ¿qué pasó? ¡Nada!",
        "A plain ASCII article with no accents at all.",
    ],
)
def test_correct_text_is_left_alone(text: str) -> None:
    assert _repaired(text) is None


def test_the_mojibake_copy_of_an_article_is_a_duplicate_of_it(tmp_path: Path) -> None:
    # The repaired text is the article's text, so its id is the clean copy's: dedupe sees one article.
    root = write_inputs(tmp_path / "in", {"a.txt": ARTICLE_ES, "b.txt": _mojibake(ARTICLE_ES)})
    result = process_batch(discover(root), ProcessOptions())
    assert [r["source_path"] for r in result.tables["articles"].to_pylist()] == ["a.txt"]
    assert [(r["source_path"], r["reason_code"]) for r in result.rejects] == [("b.txt", "duplicate-article")]
