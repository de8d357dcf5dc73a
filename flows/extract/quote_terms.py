"""Words between quotation marks that are no quotation: a term and a name.

A single quoted word is a term, a title or a scare quote ('it would be a "tragedy"'). A few words that are
all capitalised, but for the small words inside names, are a name or a nickname that the marks set off:
a gang's or a band's ('la banda «Los Falsos Pastores»'), an alias ('alias «el Pelón»'), a venue's ('known
as "The Blue Lantern"'), and so is a title in sentence case after the work it names ('el documento
«Iniciativas de reforma energética»'). None is anyone's speech, and neither ends the reported clause it sits in.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

import regex

from flows.extract.gazetteer import fold_word
from flows.extract.name_words import FUNCTION_WORDS
from flows.extract.person_names import PARTICLES

MIN_WORDS = 2  # fewer quoted words are a term, not a quotation
# Longer runs of capitals are a headline in title case, which someone may have said, unless they capitalise
# a small word inside, as only a work's title does.
_MOST_NAME_WORDS = 6
_SMALL_WORDS = FUNCTION_WORDS | PARTICLES  # lower case inside a name: "la banda de los Cuatro Vientos"
# Punctuation that a name never holds and a sentence does.
_SENTENCE_MARKS = frozenset(",.;:!?¡¿…")


# Words that say the quoted words after them are a name, in any case: a nickname ('apodado "el sexto
# faro"', 'nicknamed "the Iron Lady"'), a title ('titulado "…"', 'entitled "…"'), a newspaper's headline
# ('a story headlined "…"', 'under the headline "…"', 'con el titular «…»'), which is the paper's, not
# the words of anyone the sentence names. "called" is left out: 'Ruiz called the plan "a disaster"'
# reports Ruiz's words.
_NAMED_SO = regex.compile(
    r"(?i)(?<![\p{L}])(?:apodad[oa]s?|alias|conocid[oa]s?[ ]como|llamad[oa]s?|denominad[oa]s?"
    r"|bautizad[oa]s?(?:[ ]como)?|titulad[oa]s?|nicknamed|dubbed|known[ ]as|(?:en)?titled|so-called"
    r"|headlined|(?:under|with)[ ]the[ ]headline|(?:bajo|con)[ ](?:el[ ])?titular)"
    r"[ ]*:?[ ]*[\"“«‘']$",
    regex.VERSION1,
)
_LONGEST_NAMED_SO = 26
# A written or staged work named right before the marks, with a determiner: 'el documento «Iniciativas de
# reforma energética»', 'the report "Waiting for Justice"', 'la película «Roma»'. What follows is its title
# when it opens with a capital and holds no sentence's mark; a report's words quoted after the noun open in
# lower case, as words inside a sentence do ('el informe "no halló pruebas"'), and stay a quotation.
_WORK_NOUN = regex.compile(
    r"(?i)(?<![\p{L}])(?:el|la|los|las|su|sus|un|una|del|al|the|a|an|its|his|her|their)[ ]"
    r"(?:documento|informe|libro|texto|ensayo|estudio|película|documental|serie|novela|poema"
    r"|canción|disco|álbum|obra|report|document|book|study|essay|film|movie"
    r"|documentary|series|novel|poem|song|album|play)[ ]*[\"“«]$",
    regex.VERSION1,
)
_LONGEST_WORK_NOUN = 20


def is_no_quotation(text: str, start: int, end: int) -> bool:
    """Whether the quoted words `text[start:end]` are a term or a name rather than someone's words."""
    return _read_quoted(text, start, end) != "words"


def is_a_name(text: str, start: int, end: int) -> bool:
    """Whether the quoted words `text[start:end]` are a name. A scare-quoted term is still the word of
    whoever the sentence reports ('Ruiz said the plan was "reckless"'); a name is nobody's."""
    return _read_quoted(text, start, end) == "name"


# The quotes extractor asks of most quotations twice, whether they have a speaker and whether they make a row:
# keep the last answers, few, as each keeps its article's text (of 1,500 files, 16 held every answer asked again).
@lru_cache(maxsize=16)
def _read_quoted(text: str, start: int, end: int) -> Literal["term", "name", "words"]:
    """What the quoted words `text[start:end]` are: a term (too few words), a name, or someone's words."""
    words = _quoted_words(text, start, end)
    if len(words) < MIN_WORDS:
        return "term"
    if _is_a_name(words) or _named_so(text, start) or _work_title(text, start, words):
        return "name"
    return "words"


def _quoted_words(text: str, start: int, end: int) -> list[str]:
    """The quoted words, without the full stop or comma that American style sets inside the closing mark of a
    title that ends the sentence ('the title role in “Harbour Lights at Dawn.”' is no one's words)."""
    words = text[start:end].split()
    if words and len(words[-1]) > 1 and words[-1][-1] in _INSIDE_CLOSING_MARK:
        words[-1] = words[-1][:-1]
    return words


_INSIDE_CLOSING_MARK = ".,"


def _capitalises_small_words(words: list[str]) -> bool:
    """Whether a small word inside the words is capitalised ("Do You Want To Know the Answer"): a work's
    title is printed so, a sentence someone said never is, however long."""
    return any(word[0].isupper() and fold_word(word) in _SMALL_WORDS for word in words[1:])


def _named_so(text: str, start: int) -> bool:
    """Whether a word that names ("apodado", "nicknamed", "titulado") stands before the opening mark."""
    return _NAMED_SO.search(text, max(0, start - _LONGEST_NAMED_SO), start) is not None


def _work_title(text: str, start: int, words: list[str]) -> bool:
    """Whether the quoted words are the title of a work named right before their marks (`_WORK_NOUN`)."""
    if not words or not words[0][0].isupper() or any(mark in word for word in words for mark in _SENTENCE_MARKS):
        return False
    return _WORK_NOUN.search(text, max(0, start - _LONGEST_WORK_NOUN), start) is not None


def _is_a_name(words: list[str]) -> bool:
    if any(mark in word for word in words for mark in _SENTENCE_MARKS):
        return False
    if len(words) > _MOST_NAME_WORDS and not _capitalises_small_words(words):
        return False
    capitals = 0
    for word in words:
        if word[0].isupper():
            capitals += 1
        elif fold_word(word) not in _SMALL_WORDS:
            return False
    # "el Pelón" holds one capital; "de la" alone holds none and names nothing.
    return capitals > 0 and (words[0][0].isupper() or fold_word(words[0]) in FUNCTION_WORDS)
