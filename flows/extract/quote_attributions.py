"""Attributions without a speech verb: "according to Ruiz", "según Pérez", "segundo Tavares", "segons Puig".

An attribution is one of the listed phrases (`schemas.vocabularies.attribution_phrases_of`) followed at
once, or past a speech verb ("según explicó Salinas", "según dijo la alcaldesa") or the statement that
carried the words ("according to a statement from Marsh"), by a speaker phrase that `speakers` reads: a
name, a title, a pronoun. What follows "según" in "según el caso", "según lo previsto", "según sea
necesario", "según datos del INEGI", "según la policía" or "according to the report" is none of these, so
they are no attribution. The speaker phrase must end
where a clause does (a comma, a colon, a quotation mark, the sentence's end): "de acuerdo con Pérez en
que …" ("agrees with Pérez that …") is no attribution. Nor is a phrase inside a quotation: those are the
speaker's words.

Which quote or clause an attribution speaks for is `quotes`' business: it is told what stands before the
phrase and after the speaker phrase. The phrases are found with `str.find` in the lower-cased text, once
per listed phrase: time linear in the text.

A speaker phrase may also name nobody we know, as an unnamed spokesman or source does: an indefinite
article, a person-like head ("spokesman", "official", "source", "portavoz", "vocero", "funcionario",
"fuente", "porta-voz", "fonte", "portaveu", "font") and what says whose ("for the ministry", "de la
Fiscalía", "close to the talks"), up to a clause's end: "según un portavoz del ministerio". Its words are
the speaker_text of a quote, with no person, as "a spokesman said" gives. A single anonymous source is
read as a speaker, because the words are a person's, given in confidence; "sources" and "fuentes" in the
plural are left out, as they are as often documents ("fuentes oficiales") as people. The pattern is tried
once, right after each attribution phrase, and its repetitions are bounded: no backtracking grows with
the text. A definite title followed by such lower-case complements ("según el portavoz del ministerio")
is read up to the clause's end too, and still refers back as its title does. Speech verbs read their
speaker phrase the same way (`phrase_to_clause_end`): "dijo un portavoz de la cancillería", `"…," a
State Department official said`. An adverb next to the verb (`speakers.SPEECH_ADVERBS`) is no part of
the phrase, before the verb or after it: `"…," a spokesman for the ministry also said`, "dijo también
un portavoz del ministerio" give "a spokesman for the ministry", "un portavoz del ministerio".

Where or when the words were said ends the speaker phrase as a clause's end does, with or without an
article: a preposition or an article, at most one word, then an occasion or a time ("at a news
conference", "en rueda de prensa", "durante una conferencia", "el lunes"), or a day alone ("said a
spokesman Monday"): "dijo portavoz del ministerio en rueda de prensa" gives "portavoz del ministerio".
A bare title reads its complements as a definite one does. A place that is no occasion says whose the
speaker is and stays in the phrase ("un portavoz de la embajada en Madrid"). A relative clause after
the complements is no clause's end, and leaves the title alone: "a spokesman for the ministry who spoke
on Monday" gives "a spokesman".

Why the speaker goes unnamed ends the phrase as a clause's end does and is no part of it: a relative
clause ("who spoke on condition of anonymity", "que pidió el anonimato", "who asked not to be named",
"que pidió no ser identificado"), a participle ("speaking on condition of anonymity") or the condition
alone ("on condition of anonymity", "en condición de anonimato"). "a spokesman, who spoke on condition
of anonymity, said", "según un funcionario que pidió el anonimato" and "dijo un funcionario del
ministerio en condición de anonimato" give "a spokesman", "un funcionario", "un funcionario del
ministerio"; a speech verb after the condition is the phrase's own (`past_anonymity`).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from flows.extract.name_words import FUNCTION_WORDS, PREPOSITIONS, SENTENCE_OPENERS
from flows.extract.organization_names import HEAD_WORDS
from flows.extract.speakers import (
    BODY_NOUNS,
    ENGLISH_DAYS,
    OTHER_DAYS,
    SPEECH_ADVERBS,
    SpeakerPhrase,
    Speakers,
    skip_adverb,
    skip_spaces,
)
from flows.extract.types import fold
from schemas.vocabularies import PRO_DROP_CUE_VERBS, attribution_phrases_of

# Where a speaker phrase may end for its attribution to hold: a clause's or a sentence's end, a quote.
_CLAUSE_ENDS = frozenset(',:;.!?…"“”«»\n')
_APOSTROPHES = ("'", "’")
_WORD_AFTER = regex.compile(r"[ ]([\p{L}]+)(?![\p{L}])", regex.VERSION1)
# The statement that carried a person's words, after an attribution phrase (matched lower case).
_STATEMENT_FROM = regex.compile(
    r"[ ](?:a|an|the|un|una|el|la)[ ](?:statement|written[ ]statement|message|post|letter|comunicado|nota"
    r"|mensaje|declaración|carta|publicación)[ ](?:from|by|of|de|del)(?=[ ])",
    regex.VERSION1,
)

# Person-like heads of a phrase naming nobody we know; words of standing before them ("a senior
# official", "un alto funcionario") and capitalised ones ("a State Department official"); an adjective
# after them ("una fuente oficial"); then up to three complements, each a preposition and up to three
# words that are neither an article nor a preposition ("for the Ministry of Foreign Affairs"). An
# indefinite article opens no complement of a speaker: "en una rueda de prensa", "in an interview" say
# where the words were said, not whose spokesman spoke (`_SETTING`).
_ANONYMOUS_HEADS = (
    r"spokes(?:man|woman|person)|official|source|portavoz|vocer[oa]|funcionari[oa]|fuente|porta-voz"
    r"|funcionári[oa]|fonte|portaveu|funcionària|font"
)
_STANDING = r"senior|top|high-ranking|government|administration|military|police|diplomatic|alt[oa]"
_ANONYMOUS_ADJECTIVES = (
    r"oficial|official|diplomátic[oa]|diplomàtica?|gubernamental|governamental|judicial|policial|militar"
    r"|anónim[oa]|anônim[oa]|anonymous|cercan[oa]|próxim[oa]|close|familiar|propera?"
)
_JOINERS = r"of|for|from|at|in|to|with|de|del|dels|da|do|das|dos|en|em|no|na|a|al|con|com|amb"
_ARTICLES = r"the|el|la|los|las|les|els|o|os|as"
_INDEFINITE_ARTICLES = r"an|un|una|unos|unas|um|uma"
# An adverb ends the complement ("a spokesman for the ministry also said"), and so does a relative
# pronoun ("a spokesman for the ministry who spoke on Monday": the phrase is no clause of its own).
_RELATIVES = r"who|whom|which|that|que|quien|quienes|cual|cuales|qui|quem"
_COMPLEMENT_WORD = (
    rf"(?!(?:{_ARTICLES}|{_INDEFINITE_ARTICLES}|{_JOINERS}|{SPEECH_ADVERBS}|{_RELATIVES})(?![\p{{L}}]))"
    r"[\p{L}][\p{L}\-]*"
)
# Where or when the words were said, which ends a speaker phrase as a clause's end does: a preposition
# or an article or both, at most one word, and an occasion or a time ("at a news conference", "en rueda
# de prensa", "en una breve declaración", "el lunes"); or a day alone ("said a spokesman Monday").
_SETTING_PREPOSITIONS = r"at|in|during|on|after|via|to|en|durante|ante|tras|a|em|no|na|num|numa|durant"
_SETTING_ARTICLES = rf"{_ARTICLES}|{_INDEFINITE_ARTICLES}|a"
_DAYS = rf"{ENGLISH_DAYS}|{OTHER_DAYS}"
_OCCASIONS = (
    r"conference|briefing|interview|statement|speech|meeting|hearing|event|session|ceremony|forum|summit"
    r"|rally|release|email|e-mail|letter|post|message|video|broadcast|reporters|journalists|press"
    # Social networks and accounts: "on social media", "en la red social X", "en su cuenta de Instagram".
    r"|media|account|feed|tweet|red|redes|social|sociales|cuenta|perfil|tuit|publicación|conta|xarxes"
    r"|morning|afternoon|evening|night|weekend"
    r"|rueda|conferencia|entrevista|comunicado|declaraci(?:ón|ones)|discurso|reunión|sesión|audiencia"
    r"|evento|acto|ceremonia|foro|cumbre|mitin|mensaje|v[ií]deo|prensa|periodistas|medios|mañana|tarde|noche"
    r"|coletiva|conferência|nota|reunião|sessão|cerimônia|imprensa|jornalistas|manhã|noite"
    r"|roda|conferència|comunicat|declaracions|discurs|reunió|sessió|acte|premsa|periodistes|matí|tarda|nit"
)
_SETTING = (
    rf"(?i:[ ](?:(?:(?:{_SETTING_PREPOSITIONS})[ ](?:(?:{_SETTING_ARTICLES})[ ])?|(?:{_SETTING_ARTICLES})[ ])"
    rf"(?:[\p{{L}}\-]+[ ])?(?:{_OCCASIONS}|{_DAYS})|(?:{_DAYS}))(?![\p{{L}}]))"
)
# Where the words were said, between a verb and its speaker: "afirmó en un comunicado Andrés Molina",
# "dijo en rueda de prensa el ministro", "indicó a través de un comunicado", "said at a news conference
# Minister X", or in which city ("afirmó en Lima el ministro": one capitalised word, as a longer run may
# be the speaker's name). A preposition first: a day alone there is a time, which `speakers.skip_adverb`
# reads; "de prensa" may follow the occasion.
_SETTING_AFTER_VERB = regex.compile(
    rf"(?i:(?:{_SETTING_PREPOSITIONS}|a[ ]través[ ]de|through)[ ](?:(?:{_SETTING_ARTICLES})[ ])?"
    rf"(?:[\p{{L}}\-]+[ ])?(?:{_OCCASIONS})(?:[ ](?:de|of)[ ](?:prensa|press|imprensa|premsa))?"
    r"|(?:en|in|desde|from)[ ](?-i:\p{Lu}\p{Ll}+))(?![\p{L}])",
    regex.VERSION1,
)
# Why the speaker goes unnamed, after the phrase: a relative clause ("who spoke on condition of
# anonymity", "que pidió el anonimato", "who asked not to be named", "que pidió no ser identificado"), a
# participle ("speaking on condition of anonymity") or the condition alone ("on condition of anonymity",
# "en condición de anonimato"). It is no part of the phrase and ends it as a clause's end does.
_ANONYMOUSLY = (
    r"anonymity|anonymously|anonimato|an[oó]nimamente|anonimat"
    r"|not[ ]to[ ]be[ ](?:named|identified|quoted)"
    r"|(?:no|não)[ ]ser[ ](?:identificad[oa]s?|nombrad[oa]s?|citad[oa]s?|identificat|nomenat)"
    r"|reserva[ ]de[ ]su[ ](?:nombre|identidad)"
)
_CONDITION = r"condition|condici[oó]n|condição|condició"
_ANONYMITY = (
    r"(?i:[ ](?:(?:who|that|que|quien|qui)[ ](?:[\p{L}\-]+[ ]){0,6}?"
    r"|(?:speaking|talking|hablando|falando|parlant)[ ](?:[\p{L}\-]+[ ]){0,4}?"
    rf"|(?:on|under|bajo|en|con|sob|com|sota)[ ](?:(?:the|la|a)[ ])?(?:{_CONDITION})[ ](?:of|de)[ ])"
    rf"(?:{_ANONYMOUSLY})(?![\p{{L}}]))"
)
# Where a speaker phrase ends though no punctuation does: where or when the words were said, or why the
# speaker goes unnamed.
_PHRASE_END = rf"{_SETTING}|{_ANONYMITY}"
# A complement says whose the speaker is; one that says where or when the words were said is none.
_COMPLEMENT = (
    rf"(?!{_PHRASE_END})[ ](?:{_JOINERS})[ ](?:(?:{_ARTICLES})[ ]|l['’])?{_COMPLEMENT_WORD}"
    rf"(?:(?!{_PHRASE_END})[ ]{_COMPLEMENT_WORD}){{0,2}}"
)
_AT_CLAUSE_END = rf"(?=[ ]*(?:[,:;.!?…\"“”«»\n]|$)|{_PHRASE_END})"


def _anonymous_pattern(indefinite: str) -> regex.Pattern[str]:
    return regex.compile(
        rf"(?i)(?:{indefinite})[ ](?:(?:{_STANDING}|(?-i:\p{{Lu}}[\p{{L}}.\-]*))[ ]){{0,3}}(?:{_ANONYMOUS_HEADS})"
        rf"(?![\p{{L}}\-])(?:[ ](?:{_ANONYMOUS_ADJECTIVES})(?![\p{{L}}]))?(?:{_COMPLEMENT}){{0,3}}{_AT_CLAUSE_END}",
        regex.VERSION1,
    )


# Portuguese "a" is the definite article: "a porta-voz do ministério" is a person the article may name.
# English "one" counts as "a" does: "one official said".
_INDEFINITES = {"": "an|a|one|un|una|um|uma", "pt": "an|one|un|una|um|uma"}
_ANONYMOUS = {language: _anonymous_pattern(articles) for language, articles in _INDEFINITES.items()}
# Where such a phrase may start, looking back from a speech verb; no further back than its longest form.
_INDEFINITE_WORD = {
    language: regex.compile(rf"(?i)(?<![\p{{L}}])(?:{articles})[ ]", regex.VERSION1)
    for language, articles in _INDEFINITES.items()
}
_LONGEST_ANONYMOUS = 240
# After a definite title, the lower-case words that say whose it is, up to a clause's end: "el portavoz
# del ministerio", "the spokesman for the ministry". The phrase still refers back as its title does.
_COMPLEMENTS = regex.compile(rf"(?:{_COMPLEMENT}){{1,3}}{_AT_CLAUSE_END}", regex.VERSION1)


# A speaker described, not named, after a verb: "apuntó el arquero de Deportivo Central", "detalló la
# institución", "señaló el Ministerio de Salud", "said the coach": a definite article, a head word
# (lower-case, or a body's capitalised: `organization_names.HEAD_WORDS`), perhaps an adjective ("el medio oficial"), its
# complements, up to a clause's end. Whoever it is, it is not the speaker before, whom a verb without a
# subject would give. Words of time are no speaker: "dijo el lunes", "dijo la semana pasada" leave the verb
# without one.
_TIME_NOUNS = (
    r"semana|mes|año|día|noche|tarde|mañana|madrugada|víspera|jornada|pasad[oa]|mism[oa]|propi[oa]|otr[oa]"
    r"|week|month|year|day|night|morning|afternoon|evening|weekend|same|other|next|last"
)
_NO_DESCRIBED_WORD = rf"{_JOINERS}|{_ARTICLES}|{_RELATIVES}"
_DESCRIBED = regex.compile(
    rf"(?:el|la|the)[ ](?!(?i:{_TIME_NOUNS}|{_DAYS}|{_NO_DESCRIBED_WORD})(?![\p{{L}}]))[\p{{L}}][\p{{L}}\-]*"
    rf"(?:[ ](?!(?:{_NO_DESCRIBED_WORD}|{SPEECH_ADVERBS})(?![\p{{L}}]))\p{{Ll}}[\p{{L}}\-]*)?"
    rf"(?:{_COMPLEMENT}){{0,3}}{_AT_CLAUSE_END}",
    regex.VERSION1,
)


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
                attribution = _attribution_at(lowered, start, spelling, word, speakers, language)
                if attribution is not None:
                    found.append(attribution)
                start = lowered.find(spelling, start + 1)
    return sorted(found, key=lambda a: a.start)


def _attribution_at(
    lowered: str, start: int, spelling: str, word: str, speakers: Speakers, language: str
) -> Attribution | None:
    end = start + len(spelling)
    is_word = (start == 0 or not lowered[start - 1].isalpha()) and lowered[end : end + 1] == " "
    if not is_word or speakers.is_quoted(start):
        return None
    speaker = _speaker_at(_past_speech_verb(lowered, end), speakers, language)
    if speaker is None:
        return None
    after = _next_visible(lowered, past_anonymity(lowered, speaker.end))
    return Attribution(start, end, word, speaker, _previous_visible(lowered, start), after)


def _past_speech_verb(lowered: str, position: int) -> int:
    """Past a speech verb right after the attribution phrase ending at `position`: "según explicó Salinas",
    "según dijo la alcaldesa", "segundo afirmou o ministro" (only the verbs that need no subject before
    them, `PRO_DROP_CUE_VERBS`: English puts none there); or past the statement a person's words came in:
    "according to a statement from Marsh", "según un comunicado de la alcaldesa"."""
    if (statement := _STATEMENT_FROM.match(lowered, position)) is not None:
        return statement.end()
    verb = _WORD_AFTER.match(lowered, position)
    return verb.end() if verb is not None and verb.group(1) in PRO_DROP_CUE_VERBS else position


def _speaker_at(position: int, speakers: Speakers, language: str) -> SpeakerPhrase | None:
    """The speaker phrase after an attribution phrase, ending where a clause does: a name, a title, a
    pronoun ("según ella", "according to her"), or a phrase naming nobody ("un portavoz del ministerio")."""
    phrase = speakers.phrase_starting_at(position)
    if phrase is None:
        phrase = speakers.object_pronoun_at(skip_spaces(speakers.text, position))
    if phrase is None:
        # "según la dependencia, …": a body's generic noun, only when the clause ends with it.
        body = speakers.body_at(skip_spaces(speakers.text, position))
        phrase = body if body is not None and _ends_clause(speakers.text, body.end) else None
    return phrase_to_clause_end(speakers.text, position, phrase, language)


def phrase_to_clause_end(
    text: str, position: int, phrase: SpeakerPhrase | None, language: str, end: int | None = None
) -> SpeakerPhrase | None:
    """The speaker phrase at `position` read up to a clause's end, or up to `end` (a speech verb there: "a
    State Department official said"), given `phrase`, what `speakers` reads there: that phrase when it
    ends a clause; a definite title with its lower-case complements ("el portavoz del ministerio"); else
    a phrase naming nobody ("un portavoz de la cancillería")."""
    end = len(text) if end is None else end
    if phrase is not None and _ends_clause(text, phrase.end):
        return phrase
    role = phrase.role if phrase is not None else None
    if phrase is not None and role is not None and not role.indefinite:
        complements = _COMPLEMENTS.match(text, phrase.end, end)
        if complements is not None:
            return SpeakerPhrase(phrase.start, complements.end(), phrase.kind, role=role, gender=phrase.gender)
    anonymous = _ANONYMOUS.get(language, _ANONYMOUS[""]).match(text, skip_adverb(text, position), end)
    return SpeakerPhrase(anonymous.start(), anonymous.end(), "anonymous") if anonymous is not None else None


def described_phrase(text: str, position: int, end: int) -> SpeakerPhrase | None:
    """A speaker described, not named, at `position`, ending a clause before `end` (`_DESCRIBED`): a
    phrase naming nobody we know."""
    described = _DESCRIBED.match(text, position, end)
    if described is None:
        return None
    # A capitalised head is a body's only when it is a body's word ("el Ministerio de Salud", "la Fiscalía");
    # else a nickname ("apuntó el Mellizo"), which names a person the roles do not know.
    head = described.group().split()[1]
    if head[0].isupper() and fold(head) not in HEAD_WORDS:
        return None
    # A body's generic noun alone ("aseguró la dependencia", "said the ministry") refers back to a body.
    kind = "body" if len(described.group().split()) == 2 and fold(head) in BODY_NOUNS else "anonymous"
    return SpeakerPhrase(described.start(), described.end(), kind)


def anonymous_phrase_ending_at(text: str, start: int, end: int, language: str) -> SpeakerPhrase | None:
    """The longest phrase naming nobody in `text[start:end]` that ends at `end`, spaces aside: the subject
    of the speech verb there ("A State Department official said", "Un portavoz de la cancillería dijo")."""
    stop = end
    while stop > start and text[stop - 1] == " ":
        stop -= 1
    pattern = _ANONYMOUS.get(language, _ANONYMOUS[""])
    for article in _INDEFINITE_WORD.get(language, _INDEFINITE_WORD[""]).finditer(
        text, max(start, stop - _LONGEST_ANONYMOUS), stop
    ):
        anonymous = pattern.match(text, article.start(), end)
        if anonymous is not None and anonymous.end() == stop:
            return SpeakerPhrase(anonymous.start(), stop, "anonymous")
    return None


# A sentence's subject that an indefinite article opens, a noun in lower case and its complements, up to
# the verb: "Una enfermera del estado de Colima señaló", "A teacher from the north said". Whoever it is, the
# article does not name them: any noun, as no list holds every trade or description.
_INDEFINITE_SUBJECT = {
    language: regex.compile(rf"(?i:{articles})[ ]\p{{Ll}}[\p{{L}}\-]*(?:{_COMPLEMENT}){{0,3}}[ ]*", regex.VERSION1)
    for language, articles in _INDEFINITES.items()
}


def indefinite_subject(text: str, sentence: int, end: int, language: str) -> SpeakerPhrase | None:
    """The indefinite subject opening the sentence at `sentence` and ending at the verb at `end`
    (`_INDEFINITE_SUBJECT`): a phrase naming nobody we know."""
    start = sentence
    while start < end and text[start] == " ":
        start += 1
    pattern = _INDEFINITE_SUBJECT.get(language, _INDEFINITE_SUBJECT[""])
    if pattern.fullmatch(text, start, end) is None:
        return None
    stop = end
    while stop > start and text[stop - 1] == " ":
        stop -= 1
    return SpeakerPhrase(start, stop, "anonymous")


# People in the plural whom the article does not name, as the subject opening a sentence that reports
# their words: "Officials said that …", "Pemex officials at the ministry said …", "Los vecinos del barrio
# denunciaron que …", "Las autoridades sanitarias informaron que …". Only nouns of people: "sources" and
# "fuentes" are as often documents, "some" and "people" alone a saying ("Some say that …"). Before the
# noun a determiner or a number, and up to three words of whose or what kind: capitalised ("Pemex", "U.S.",
# "State Department") or of standing ("senior", "local", "health"); after it, in Spanish, Portuguese and
# Catalan, one adjective in the plural ("sanitarias", "locales"); then its complements.
_PEOPLE_HEADS = (
    r"officials|analysts|experts|residents|witnesses|police|authorities|investigators|prosecutors|researchers"
    r"|economists|diplomats|lawmakers|legislators|neighbou?rs|villagers|rescuers|firefighters|aides|advisers"
    r"|doctors|scientists|organi[sz]ers|activists|protesters|spokes(?:men|women|people|persons)"
    r"|funcionari[oa]s|expert[oa]s|analistas|vecin[oa]s|testigos|autoridades|investigador(?:es|as)|fiscales"
    r"|especialistas|economistas|médic[oa]s|diplomátic[oa]s|legisladores|residentes|pobladores|habitantes"
    r"|rescatistas|socorristas|bomberos|agentes|policías|manifestantes|portavoces|voceros"
)
_PEOPLE_DETERMINERS = (
    r"the|some|several|many|most|other|two|three|four|five|six|\d+|los|las|algunos|algunas|varios|varias"
    r"|muchos|muchas|otros|otras|dos|tres|cuatro|cinco|seis"
)
_PEOPLE_STANDING = (
    r"senior|top|local|federal|state|city|county|government|administration|health|security|police|military"
    r"|ministry|company|hospital|independent|foreign|western|election|campaign|industry|defen[cs]e"
    r"|intelligence|court|rescue|emergency|airport|port|school|municipal|regional|provincial"
)
# Capitalised words that open a sentence without being the people's: a time, a conjunction, a preposition.
_NOT_QUALIFIERS = FUNCTION_WORDS | PREPOSITIONS | SENTENCE_OPENERS
_PEOPLE_QUALIFIER = rf"(?:(?:{_PEOPLE_STANDING})|\p{{Lu}}[\p{{L}}.\-]*)"


def _people_pattern(adjective_after: bool) -> regex.Pattern[str]:
    adjective = r"(?:[ ]\p{Ll}{2,}(?:os|as|es))?" if adjective_after else ""
    return regex.compile(
        rf"(?:(?i:{_PEOPLE_DETERMINERS})[ ])?(?P<qualifiers>(?:{_PEOPLE_QUALIFIER}[ ]){{0,3}})"
        rf"(?i:{_PEOPLE_HEADS})(?![\p{{L}}\-]){adjective}(?:{_COMPLEMENT}){{0,3}}[ ]*",
        regex.VERSION1,
    )


_PEOPLE = {"en": _people_pattern(False), "": _people_pattern(True)}


def people_subject(text: str, start: int, end: int, language: str) -> SpeakerPhrase | None:
    """People in the plural whom the article does not name (`_PEOPLE_HEADS`), from `start` up to the verb at
    `end`: a phrase naming nobody we know."""
    people = _PEOPLE.get(language, _PEOPLE[""]).fullmatch(text, start, end)
    if people is None or any(fold(word) in _NOT_QUALIFIERS for word in people.group("qualifiers").split()):
        return None
    stop = end
    while stop > start and text[stop - 1] == " ":
        stop -= 1
    return SpeakerPhrase(start, stop, "anonymous")


_PHRASE_END_AT = regex.compile(_PHRASE_END, regex.VERSION1)
_ANONYMITY_AT = regex.compile(rf",?{_ANONYMITY}", regex.VERSION1)


def _ends_clause(text: str, position: int) -> bool:
    """Whether a clause ends at `position`, or the words that say where or when something was said, or why
    the speaker goes unnamed, start."""
    after = _next_visible(text, position)
    return after in _CLAUSE_ENDS or after == "" or _PHRASE_END_AT.match(text, position) is not None


def past_setting(text: str, position: int) -> int | None:
    """Past where the words were said after a verb ending at `position` (an adverb or a time may stand
    before it: "dijo el lunes en rueda de prensa"); None when no such words follow."""
    setting = _SETTING_AFTER_VERB.match(text, skip_adverb(text, position))
    return setting.end() if setting is not None else None


def past_anonymity(text: str, position: int) -> int:
    """Past the condition of anonymity that follows a speaker phrase ending at `position` (", who spoke on
    condition of anonymity", " que pidió el anonimato"), its closing comma left; else `position`."""
    condition = _ANONYMITY_AT.match(text, position)
    return condition.end() if condition is not None else position


def _next_visible(text: str, position: int) -> str:
    position = skip_spaces(text, position)
    return text[position] if position < len(text) else ""


def _previous_visible(text: str, position: int) -> str:
    position -= 1
    while position >= 0 and text[position] == " ":
        position -= 1
    return text[position] if position >= 0 else ""
