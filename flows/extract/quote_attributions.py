"""Attributions without a speech verb: "according to Ruiz", "según Pérez", "segundo Tavares", "segons Puig".

An attribution is one of the listed phrases (`schemas.vocabularies.attribution_phrases_of`) followed at
once by a speaker phrase that `speakers` reads: a name, a title, a pronoun. What follows "según" in
"según el caso", "según lo previsto", "según sea necesario", "según datos del INEGI", "según la policía"
or "according to the report" is none of these, so they are no attribution. The speaker phrase must end
where a clause does (a comma, a colon, a quotation mark, the sentence's end): "de acuerdo con Pérez en
que …" ("agrees with Pérez that …") is no attribution. Nor is a phrase inside a quotation: those are the
speaker's words.

Which quote or clause an attribution speaks for is `quotes`' business: it is told what stands before the
phrase and after the speaker phrase. The phrases are found with `str.find` in the lower-cased text, once
per listed phrase: time linear in the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from flows.extract.speakers import SpeakerPhrase, Speakers
from schemas.vocabularies import attribution_phrases_of

# Where a speaker phrase may end for its attribution to hold: a clause's or a sentence's end, a quote.
_CLAUSE_ENDS = frozenset(',:;.!?…"“”«»\n')
_APOSTROPHES = ("'", "’")


@dataclass(frozen=True, slots=True)
class Attribution:
    start: int
    end: int  # just past the phrase ("according to")
    word: str  # the phrase as listed, lower case
    speaker: SpeakerPhrase
    before: str  # the last character before the phrase that is not a space; "" at the text's start
    after: str  # the first character after the speaker phrase that is not a space; "" at the text's end


def find_attributions(lowered: str, speakers: Speakers, language: str) -> list[Attribution]:
    """The article's attributions outside quotations, in text order. `lowered` is its text lower-cased,
    of the same length."""
    found: list[Attribution] = []
    for word in attribution_phrases_of(language):
        # Catalan "d'acord amb" is printed with either apostrophe.
        spellings = {word, *(word.replace("'", mark) for mark in _APOSTROPHES)}
        for spelling in spellings:
            start = lowered.find(spelling)
            while start >= 0:
                attribution = _attribution_at(lowered, start, spelling, word, speakers)
                if attribution is not None:
                    found.append(attribution)
                start = lowered.find(spelling, start + 1)
    return sorted(found, key=lambda a: a.start)


def _attribution_at(lowered: str, start: int, spelling: str, word: str, speakers: Speakers) -> Attribution | None:
    end = start + len(spelling)
    is_word = (start == 0 or not lowered[start - 1].isalpha()) and lowered[end : end + 1] == " "
    if not is_word or speakers.is_quoted(start):
        return None
    speaker = speakers.phrase_starting_at(end)
    if speaker is None:
        return None
    after = _next_visible(lowered, speaker.end)
    if after not in _CLAUSE_ENDS and after != "":
        return None
    return Attribution(start, end, word, speaker, _previous_visible(lowered, start), after)


def _next_visible(text: str, position: int) -> str:
    while position < len(text) and text[position] == " ":
        position += 1
    return text[position] if position < len(text) else ""


def _previous_visible(text: str, position: int) -> str:
    position -= 1
    while position >= 0 and text[position] == " ":
        position -= 1
    return text[position] if position >= 0 else ""
