"""Patterns rewritten so that a file's time grows with its size whatever it holds (`python -m
flows.bench.scaling` measures that): each still finds what its plain form found on ordinary text."""

from __future__ import annotations

import random
import re

import pytest

from flows.clean import clean_block
from flows.extract.evaluate import labelled_cases, seed_cases
from flows.extract.facts import extract_facts
from flows.extract.organizations import _CAPITALISED_RUN
from flows.extract.people import analyse_people
from flows.extract.quotes import _LONGEST_CLAUSE
from flows.extract.speakers import Speakers
from flows.extract.types import ArticleText
from flows.formats.markdown_export import _SIGNS, MarkdownExport, may_have_signs
from flows.formats.page_furniture import _PAGE_NUMBER

_PLAIN_SIGNS = re.compile(
    r"^#{1,6}[ \t]+\S|^\s*<https?://[^>\s]+>\s*$|\[[^\]\n]+\]\(https?://|^\s*!\[[^\]\n]*\]\(|^\*\*[^*\n]+\*\*\s*$",
    re.MULTILINE,
)
_PLAIN_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_PLAIN_PAGE_NUMBER = re.compile(
    r"\b(?:page|p[áa]gina|p[áa]g\.?)\s*\d{1,4}\b|(?:\s[-–—]|\s*[·|•])\s*\d{1,4}$|^\d{1,4}\s*(?:[·|•]|[-–—]\s)",
    re.IGNORECASE,
)


def _random_texts(alphabet: list[str], seed: int, count: int = 20_000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))) for _ in range(count)]


def _article_texts() -> list[str]:
    return [case.article.text for case in labelled_cases() + seed_cases()]


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        pytest.param("# Title\n\nBody.", True, id="heading"),
        pytest.param("Title\n\n   \n  <https://example.org/a>  \n", True, id="autolink-after-blank-lines"),
        pytest.param("See [the report](https://example.org) here.", True, id="link"),
        pytest.param("[[a [b](http://example.org)", True, id="link-after-open-brackets"),
        pytest.param("A [note] and ](http://x) later", False, id="bracket-closed-before-link"),
        pytest.param("A [note\n](http://x)", False, id="link-text-across-lines"),
        pytest.param("\n\n  ![photo](pic.jpg)", True, id="image-after-blank-lines"),
        pytest.param("**Bold line**  \nBody.", True, id="bold-line"),
        pytest.param("Title\n\n" + "[" * 500 + " end.", False, id="run-of-brackets"),
        pytest.param("Title\n\n" + " \n" * 500 + "Last.", False, id="lines-of-spaces"),
    ],
)
def test_markdown_signs(text: str, markdown: bool) -> None:
    assert MarkdownExport().detect(text) is markdown
    assert (_PLAIN_SIGNS.search(text) is not None) is markdown


def test_markdown_signs_find_what_the_plain_form_finds() -> None:
    alphabet = ["[", "]", "(", "](http://", "](https://", "<http://a>", "\n", " ", "\t", "\xa0", "!", "**", "x", "#"]
    for text in _random_texts(alphabet, 7) + _article_texts():
        assert MarkdownExport().detect(text) == (_PLAIN_SIGNS.search(text) is not None), text


def test_a_text_with_a_markdown_sign_holds_a_mark_of_it() -> None:
    # `detect` searches only the texts that hold one of the marks: every sign must hold one.
    alphabet = ["[", "]", "(", "](http://", "](https://", "<http://a>", "\n", " ", "\t", "!", "**", "*", "x", "#"]
    signs = [text for text in _random_texts(alphabet, 11) + _article_texts() if _SIGNS.search(text)]
    assert len(signs) > 1_000
    assert all(may_have_signs(text) for text in signs)
    assert not may_have_signs("A plain paragraph, with (brackets), [notes] and a * star.")


@pytest.mark.parametrize(
    ("block", "cleaned"),
    [
        pytest.param("Text ![photo](a.jpg) more.", "Text more.", id="image"),
        pytest.param("![a](x.jpg)![b](y.jpg) Caption.", "Caption.", id="two-images"),
        pytest.param("Text ![not an image] (x) more.", "Text ![not an image] (x) more.", id="space-before-bracket"),
        pytest.param("Text ![open](never closed", "Text ![open](never closed", id="unclosed"),
        pytest.param("![a ![b](x)](y) end.", "](y) end.", id="nested-as-before"),
        pytest.param("!" + "![" * 300 + "a](x) end.", "! end.", id="run-of-openings"),
    ],
)
def test_markdown_images_in_blocks(block: str, cleaned: str) -> None:
    assert clean_block(block) == cleaned
    assert clean_block(block) == clean_block(_PLAIN_IMAGE.sub(" ", block))


def test_markdown_images_are_the_ones_the_plain_form_removes() -> None:
    for block in _random_texts(["!", "[", "]", "(", ")", "![", "](", "x", " ", "\n"], 8):
        assert clean_block(block) == clean_block(_PLAIN_IMAGE.sub(" ", block)), block


@pytest.mark.parametrize(
    ("line", "numbered"),
    [
        ("EL DIARIO DEL SUR · Página 7", True),
        ("The Harbour Courier | 12", True),
        ("The Harbour Courier   |   12", True),
        ("12 · El Diario", True),
        ("Covid-19 cases rose", False),
        ("First paragraph" + " " * 300 + "Last paragraph.", False),
    ],
)
def test_page_numbers(line: str, numbered: bool) -> None:
    assert (_PAGE_NUMBER.search(line) is not None) is numbered
    assert (_PLAIN_PAGE_NUMBER.search(line) is not None) is numbered


def test_page_numbers_are_the_ones_the_plain_form_finds() -> None:
    lines = _random_texts([" ", "\t", "·", "|", "•", "-", "—", "7", "12", "Página", "page", "x"], 9)
    for line in lines + [line for text in _article_texts() for line in text.split("\n")]:
        assert (_PAGE_NUMBER.search(line) is None) == (_PLAIN_PAGE_NUMBER.search(line) is None), line


def _plain_first_pronoun(speakers: Speakers, start: int, end: int) -> tuple[int, int] | None:
    for m in speakers.pronouns.at.finditer(speakers.text, start, end):
        if m.start() == 0 or not speakers.text[m.start() - 1].isalpha():
            return m.span()
    return None


@pytest.mark.parametrize("language", ["en", "es", "pt", "ca"])
def test_a_sentence_pronoun_is_the_one_a_search_of_the_stretch_finds(language: str) -> None:
    # Stretches that end inside a word too ('ella|s', 'the|m'), where the stretch's end ends the pronoun.
    text = "Then she said: «No». Ella dijo que ellas y él, ele e ell, the hemp; shell. Ela disse, he. Élla."
    speakers = Speakers(analyse_people(text, language), [0], [], language)
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            phrase = speakers._first_pronoun(start, end)
            found = (phrase.start, phrase.end) if phrase is not None else None
            assert found == _plain_first_pronoun(speakers, start, end), (start, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("said U.S.A.B.C. Securities Group", "U.S.A.B.C. Securities Group", id="abbreviation"),
        pytest.param(
            "Nationale-Nederlanden-Lebensversicherungs Holdings Inc. said",
            "Nationale-Nederlanden-Lebensversicherungs Holdings Inc.",
            id="long-hyphenated-word",
        ),
    ],
)
def test_long_words_still_open_a_run(text: str, expected: str) -> None:
    assert expected in [m.group(0) for m in _CAPITALISED_RUN.finditer(text)]


def test_a_word_longer_than_any_name_does_not_open_a_run_from_its_start() -> None:
    # A pasted code of capitals and hyphens: only its last letters (60 at most) can open a run, as a
    # word of a name would; read from its first letter, it was read again from each capital in it.
    code = "Ab-" * 400 + "Holdings Inc. said"
    runs = [m.group(0) for m in _CAPITALISED_RUN.finditer(code)]
    assert runs and all(len(run) <= 61 + len(" Inc.") for run in runs)
    dotted = "A." * 400 + " Securities Group said"
    assert all(len(m.group(0)) < 100 for m in _CAPITALISED_RUN.finditer(dotted))


def test_a_sentence_that_never_ends_gives_reported_clauses_of_bounded_length() -> None:
    # Each speech verb's clause ran to the sentence's end: a run-on text of n verbs gave quotes of n² characters
    # in all (1 MB of them, gigabytes of rows). A clause now stops within its limit, at a word's end.
    text = "Ana Gil said that the plan would work for the town, " * 300
    facts = extract_facts(ArticleText("0123456789abcdef", text, ((0, len(text)),), "en"))
    reported = [quote["text"] for quote in facts.quotes if not quote["is_direct"]]
    assert len(reported) == 300
    assert all(len(clause) <= _LONGEST_CLAUSE for clause in reported)
    assert reported[0].startswith("the plan would work for the town, Ana Gil said") and reported[0][-1].isalpha()
