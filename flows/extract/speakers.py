"""Who a phrase naming a speaker refers to: a person's name, a pronoun, or a role ("the Secretary of State").

Names resolve through the people extractor. A role phrase resolves to the person the article gave that
title ("the Secretary of State" after "the head of U.S. diplomacy, Antony Blinken"), the one mentioned
last when several hold it. An office the article gave nobody before it ("the minister said", "dijo el
portavoz" after another person spoke) names nobody, nor does an indefinite title ("a spokesman", "un
portavoz"): the quote keeps the printed words as its speaker_text, with no person. A profession is
another matter: "dijo el médico" right after the hospital's director spoke says what he is, so a
definite profession nobody holds resolves to the paragraph's last speaker (`roles.is_profession`). A
title for whoever holds an office ("la funcionaria", "el titular de esta cartera") resolves to the one
person named before it who holds a title, of its gender; to nobody when there are more, or none. A
pronoun ("she", "él", "ela", "ell"), or a Spanish, Portuguese or Catalan speech verb with no subject ("…»,
aseguró", "…», garantiu"), resolves to the most
recent plausible person. First, the subject that opens one of the sentences right before it (past an
introduction a comma closes, and past sentences that open with a quotation or with a speech verb without
a subject, which carry that subject on), when no one spoke after it: "La presidenta saludó a los
presentes. «…» dijo" is the president's, not the man the sentence before named as an object; a subject
naming nobody we know ("El portavoz no dio detalles. «…», añadió") gives no one. Otherwise, in this
order: the last speaker in the same paragraph, the last person named
in the same paragraph outside quotations, the last speaker of the three paragraphs before, the last
person named outside quotations in the two paragraphs before (a name after a preposition, "met with
Tom Brandt", is not taken for a subject). Plausible means of the pronoun's gender
when both genders are known. A speaker is whoever the article has made speak: a quotation attributed to
them, or a speech verb with them as subject ("Miller said Blinken congratulated ..."). A speaker the article
did not name ("a spokesman said", "dijo el titular" with no holder known) speaks too: a pronoun or a verb
without a subject after them is theirs, no one we know, not the speaker before. The speaker of a relative
clause ("…de Trump, quien dijo …") is not remembered: the sentence, and what follows it, is its subject's.

An organization speaks as a person does: its name, with its article, as a verb's subject ("Pemex said",
"La Secretaría de Hacienda informó"), after the verb ("said the State Department", "aseguró la Secretaría
de Hacienda"; in English only after a quote, as "told the World Bank that" is whom it was told) or after
an attribution ("according to the World Bank", "según el Banco de México"). Its speaker is an
`OrganizationName`, which the quote's row turns into the organization's entity. Not one a preposition
governs ("a spokesman for Pemex said": the spokesman spoke, a person the article does not name), nor a
news agency, whose words the article is. A body's generic noun ("the ministry said", "aseguró la
dependencia", "según la Secretaría") is the one organization named before it that fits the noun; no one
when several do, or none. English "it said" continues an organization that spoke in that sentence or the
one before; a gendered pronoun never resolves to one, a Spanish verb without a subject may.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

import regex

from flows.extract.given_names import Gender
from flows.extract.latin_patterns import TwoPatterns, common_characters, property_class
from flows.extract.name_words import (
    ARTICLES,
    FUNCTION_WORDS,
    HONORIFICS,
    PREPOSITIONS,
    RANK_ABBREVIATIONS,
    SENTENCE_OPENERS,
    TITLE_ABBREVIATIONS,
    words,
)
from flows.extract.organization_names import COMPANY_WORDS, NEWS_AGENCY_NAMES
from flows.extract.people import People, Person
from flows.extract.person_names import after_preposition
from flows.extract.roles import EQUIVALENT_TITLES, RoleMatch, is_profession
from flows.extract.types import EntitySpan, fold

_PRONOUN_GENDER: dict[str, Gender] = {"he": "m", "she": "f", "él": "m", "ella": "f", "ele": "m", "ela": "f", "ell": "m"}
# Subject pronouns: the English and Spanish ones in every article; Portuguese "ele"/"ela" and Catalan "ell"
# ("ella" is Spanish's too) only in an article of their language, where they cannot be another word.
_PRONOUNS = "he|she|él|ella"
_LANGUAGE_PRONOUNS = {"pt": "|ele|ela", "ca": "|ell"}
_LONGEST_PRONOUN = max(map(len, _PRONOUN_GENDER))
# English object pronouns, read only after a preposition that attributes words ("according to her"): as a
# subject candidate "her" would also be every possessive ("her lawyer said"). Spanish, Portuguese and
# Catalan use the subject forms there ("según ella", "segundo ele").
_OBJECT_PRONOUN_GENDER: dict[str, Gender] = {"him": "m", "her": "f"}
_OBJECT_PRONOUN = regex.compile(r"(?i)(?:him|her)(?![\p{L}])", regex.VERSION1)


class _Pronouns:
    """A language's pronoun patterns: one at a position, one ending at a position, and one for the whole
    text, whose `re` form only matches where a word starts (see `Speakers._pronouns_at`)."""

    def __init__(self, pronouns: str) -> None:
        self.at = regex.compile(rf"(?i)(?:{pronouns})(?![\p{{L}}])", regex.VERSION1)
        self.before = regex.compile(rf"(?i)(?<![\p{{L}}])(?:{pronouns})$", regex.VERSION1)
        self.in_text = TwoPatterns(self.at, _starting_words(pronouns))


def _starting_words(words: str) -> re.Pattern[str]:
    """The `re` pattern of the alternatives `words` where a word starts and ends, in any case, on COMMON
    characters: `(?i)(?<!L)(?:he|she)(?!L)`, L a letter. That form opens with a look-behind and folds
    case, so `re` finds no class of first characters to skip to and tries it at every character of the
    text. This one opens with the words' first letters in every case, which `re` skips to in C, then
    looks behind them and reads each word's rest after its own first letter:
    "[HhSsſ](?<!L.)(?i:(?<=h)e|(?<=s)he)". The same matches, in half the time (0.04 ms off an article's
    0.52 ms in `find_quotes`)."""
    letter = property_class("L")
    alternatives = words.split("|")
    first_letters = "".join(sorted({word[0] for word in alternatives}))
    in_any_case = "".join(char for char in common_characters() if re.fullmatch(f"(?i)[{first_letters}]", char))
    rests = "|".join(f"(?<={word[0]}){word[1:]}" for word in alternatives)
    return re.compile(f"[{in_any_case}](?<!{letter}.)(?i:{rests})(?!{letter})")


_PRONOUN_PATTERNS = {
    language: _Pronouns(_PRONOUNS + extra) for language, extra in {"": "", **_LANGUAGE_PRONOUNS}.items()
}
# Adverbs, and phrases that work as one ("por su parte", "a su vez", "for her part"), that stand between a
# speaker and the verb ("Bárcena also said", "un portavoz también dijo") or after the verb, before its
# speaker ("dijo también un portavoz", "subrayó por su parte Molina"): never part of the speaker phrase.
SPEECH_ADVERBS = (
    r"also|then|later|again|further|finally|previously|recently|once|for[ ](?:his|her)[ ]part|in[ ]turn|"
    r"también|luego|además|asimismo|ya|después|finalmente|por[ ]su[ ]parte|a[ ]su[ ]vez|en[ ]tanto|"
    r"também|ainda|depois|já|també|després|ja"
)
# Days, and the words for today and yesterday: when the words were said. English capitalises its days;
# the other languages write theirs in lower case, where a capital is a name ("dijo Domingo Pérez").
ENGLISH_DAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight"
OTHER_DAYS = (
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|hoy|anoche"
    r"|(?:segunda|terça|quarta|quinta|sexta)-feira|ontem|hoje"
    r"|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|ahir|avui"
)
# When the words were said, between a verb and its speaker: "dijo el lunes el ministro", "afirmó este
# martes la portavoz", "señaló ayer el alcalde", "said Monday Finance Minister Ana Ruiz", "said this
# morning a spokesman", "afirmou nesta terça-feira o ministro". A part of the day only after "this" and
# its like, or after a day ("el martes por la noche", "ayer de madrugada", "on Tuesday evening", "ontem
# à noite"): "dijo mañana" is no time of saying.
_PARTS_OF_DAY = r"morning|afternoon|evening|night|mañana|tarde|noche|madrugada|manhã|noite|matí|tarda|nit"
_PART_OF_DAY_AFTER_DAY = rf"(?:[ ](?:(?:por|en|de|a|pela|per|al|à|na|la)[ ](?:(?:la|a)[ ])?)?(?:{_PARTS_OF_DAY}))?"
_TIME_AFTER = regex.compile(
    r"(?:(?:on|last|(?:late|early)(?:[ ]on)?|el(?:[ ]pasado)?|este(?:[ ]pasado)?|nesta|neste|na|no|aquest"
    r"|aquesta)[ ])?"
    rf"(?:(?:(?i:{ENGLISH_DAYS})|(?:{OTHER_DAYS})(?:[ ]pasad[oa])?){_PART_OF_DAY_AFTER_DAY}"
    rf"|(?:this|esta|nesta|aquest|aquesta)[ ](?:{_PARTS_OF_DAY}))"
    r"(?![\p{L}\-'’])[ ]+",
    regex.VERSION1,
)
# Whom the words were said to, between a verb and its speaker: "dijo a la prensa un portavoz", "told
# reporters a spokesman", "dijo a Efe el portavoz", "told The Associated Press the minister", "reconoció a
# este medio un portavoz", or with whom the interview was ("dijo en una entrevista con Efe el ministro"). A preposition
# and an article, either optional, then a noun for the press or a news outlet, or both, and up to three
# capitalised words of the outlet's name.
_AUDIENCE_LEAD = regex.compile(
    r"(?:(?:to|with|a|al|als|à|ao|con)[ ])?(?:(?:the|la|los|las|el|les|este|esta|o|a)[ ])?", regex.VERSION1
)
_AUDIENCE_NOUN = regex.compile(
    r"(?i:reporters|journalists|press|media|news[ ]agency|newspaper|network"
    r"|prensa|periodistas|reporteros|medios?|agencia|diario|peri[oó]dico|emisora|cadena|canal|radio"
    r"|imprensa|jornalistas|jornal|premsa|periodistes)[ ]+",
    regex.VERSION1,
)
_OUTLET_WORD = regex.compile(r"\p{Lu}[\p{L}\-]*+[ ]+", regex.VERSION1)
# The small words inside an outlet's name, before its next capitalised word: "La Voz de Misiones", "El
# Diario del Sur", "Voice of the Valley". Never the last word: "a La Voz de la ciudad" names no outlet.
_OUTLET_JOINER = regex.compile(r"(?:de[ ]la|de[ ]las|de[ ]los|del|de|of[ ]the|of)[ ]+(?=\p{Lu})", regex.VERSION1)
_LONGEST_OUTLET_NAME = 3  # capitalised words
# What a name's apposition between commas may be, before the verb: the person's age, title or description
# ("Marsh, 54, said", "Helen Marsh, the port director, said", "Andrés Molina, director del puerto, dijo",
# "Molina, de 54 años, dijo", "Mr Spencer, a former chief whip who is now a minister at the environment
# department, said"): a number or a lower-case word first, no punctuation, a hundred characters at most.
_APPOSITION = r",[ ](?:\d|\p{Ll})[^,.;:!?\"“”«»()\n]{0,100}"
_APPOSITION_AFTER = regex.compile(rf"{_APPOSITION}(?=,)", regex.VERSION1)
_APPOSITION_BEFORE = regex.compile(rf"{_APPOSITION}$", regex.VERSION1)
_LONGEST_APPOSITION = 104
# Words allowed between a speaker and the verb: those adverbs and the auxiliaries ("Miller has said").
# Searched backwards (`(?r)`) from the end of a window before the verb: the only place it can match, at
# the window's end, is tried first, where a forward search tried every start in the window (2.5 times
# as fast: 0.04 ms off an article's 0.56 ms in `find_quotes`). Backwards the first alternative that
# matches wins, forwards the leftmost start: they agree because no adverb ends with another at a word's
# start ("in turn", "turn"), which tests/extract/test_speakers.py checks.
_ADVERB_BEFORE = regex.compile(rf"(?ri)(?<![\p{{L}}])(?:{SPEECH_ADVERBS}|has|had|have)[ ]$", regex.VERSION1)
# When the words were said, between a speaker and the verb: "Ana Ruiz on Friday said", "Ruiz yesterday
# said", "Ruiz el lunes dijo". Searched backwards from the verb, as the adverbs are.
_TIME_BEFORE = regex.compile(
    rf"(?r)(?<![\p{{L}}])(?:(?:on|last|this|late|early)[ ])?(?i:{ENGLISH_DAYS})[ ]$"
    rf"|(?<![\p{{L}}])(?:el|este)[ ](?:{OTHER_DAYS})[ ]$",
    regex.VERSION1,
)
_LONGEST_TIME_BEFORE = 18
_DAY_WORDS = frozenset(word for word in f"{ENGLISH_DAYS}|{OTHER_DAYS}".split("|") if word.isalpha())
_LONGEST_DAY = max(map(len, _DAY_WORDS)) + 1
_ADVERB_AFTER = regex.compile(rf"(?i)(?:{SPEECH_ADVERBS})[ ]+", regex.VERSION1)
_LONGEST_ADVERB_BEFORE = 14
# The last "que"/"that" of a stretch, searched backwards.
_LAST_THAT = regex.compile(r"(?r)(?<![\p{L}])(?:que|that)(?![\p{L}])", regex.VERSION1)
_SPEAKER_PARAGRAPHS_BACK = 3
# Before a name, the titles a preposition may govern: "del precandidato y senador", "of councillor".
_LONGEST_TITLES_BEFORE = 60
_MOST_TITLE_WORDS = 3
_TITLE_JOINERS = words("y e and")
# Words that open a clause, never a title: "luego de que Petrov" is Petrov's clause, not governed by "de".
_NOT_TITLE_WORDS = FUNCTION_WORDS | words("que that who which whom quien quienes cual cuales cuando donde porque si")
# Words that open a clause or govern a name, never a description before it ("dijo que Ana Ruiz", "dijo sobre
# Ana Ruiz").
_NOT_DESCRIPTION_WORDS = _NOT_TITLE_WORDS | PREPOSITIONS
_MENTION_PARAGRAPHS_BACK = 2
# How many sentences back a subject is looked for (`Speakers._last_subject`), the pronoun's own counted.
_SUBJECT_SENTENCES_BACK = 3
# An introduction before a sentence's subject, closed by a comma: "El 18 de marzo, ", "Además, ", "In a
# statement, ", "Durante su última rueda de prensa del mes, ". A few words, no name in them
# (`Speakers._last_subject` asks the name at the comma); two of them may follow each other ("Durante la
# conferencia de prensa, el 20 de diciembre, Ruiz …").
_INTRODUCTION = regex.compile(r"[\p{L}\d][\p{L}\d\-]*(?:[ ][\p{L}\d][\p{L}\d\-]*){0,8},[ ]+", regex.VERSION1)
_MOST_INTRODUCTIONS = 2
# What may open a sentence before its subject or its verb (`opens_sentence`), folded.
_CONJUNCTIONS = words("and but so y pero e mas")
_POSSESSIVES = words("his her their its our su sus nuestro nuestra")
_INTRODUCERS = (
    PREPOSITIONS
    | SENTENCE_OPENERS
    | words(
        """
    desde hacia hasta durante sin mediante cuando aunque si mientras luego pese tras al
    when while after before since although though once if despite amid following during
    """
    )
)
_INTRODUCER_ENDINGS = ("mente", "ando", "iendo", "ado", "ada", "ido", "ida", "ing", "ed", "ly")
# A relative pronoun after a comma, opening a clause about the name before it (`relative_antecedent`),
# object pronouns after it ("quien le dijo"); and what closes such a clause.
_RELATIVE = regex.compile(
    r",[ ](?:quien(?:es)?|who|que|(?:(?:en|con|de|por|a)[ ])?(?:el|la|los|las)[ ](?:que|cual(?:es)?))[ ]"
    r"(?:(?:le|les|lo|se|me|nos)[ ])?",
    regex.VERSION1,
)
_CLAUSE_BREAK = regex.compile(r"[,;:()\n]", regex.VERSION1)


# How the words were said, between a verb and its speaker: a participle or an adverb, one or two ("apuntó
# emocionado el arquero", "dijo visiblemente molesta la ministra", "replicó airadamente Ana Ruiz").
MANNER_AFTER = regex.compile(r"(?:\p{Ll}+(?:ad[oa]s?|id[oa]s?|mente)[ ]+){1,2}", regex.VERSION1)
# A speaker described before the name, after a verb: "declaró el mediocampista Tomás Ferreyra", "destacó el
# uruguayo Carlos Sánchez", "said veteran midfielder Tom Farrell". An article and up to three lower-case words
# that no title pattern reads (positions, nationalities, trades): the name after them is the speaker,
# whatever they say, as a title's holder is. Words of a clause ("que", "de", "con") stand for no description.
_DESCRIPTION = regex.compile(r"(?:(?:el|la|the)[ ]+)?(?:(?P<word>\p{Ll}[\p{Ll}\-]*)[ ]+){1,3}", regex.VERSION1)

# Up to four words of a title's area before it, after a speech verb (`Speakers.holder_past_area`).
_AREA_WORDS = regex.compile(r"(?:[\p{L}][\p{L}\-]*[ ]){1,4}", regex.VERSION1)
_NOT_AREA_WORDS = FUNCTION_WORDS | PREPOSITIONS | words("que said told dijo")
_POSSESSOR = regex.compile(r"(?:the[ ])?[\p{L}][\p{L}\-]*['’]s[ ]", regex.VERSION1)
# An honorific or an abbreviated title before a name, with its article in Spanish ("la Dra.", "el Ing."),
# which the person's mention leaves out.
_TITLE_ABBREVIATIONS = (*TITLE_ABBREVIATIONS, *RANK_ABBREVIATIONS)
_HONORIFIC_AT = regex.compile(
    rf"(?:(?:el|la|the)[ ])?(?:(?:{'|'.join(HONORIFICS)})\.?|(?:{'|'.join(_TITLE_ABBREVIATIONS)})\.)[ ]+",
    regex.VERSION1,
)


# An organization's name as a speaker's subject may follow its article ("The State Department said",
# "aseguró la Secretaría de Hacienda", "según el Banco de México"), which its mention leaves out.
_ARTICLE_AT = regex.compile(r"(?:the|The|el|El|la|La|los|Los|las|Las)[ ]+", regex.VERSION1)
# An organization's acronym in brackets right after its name: "la Secretaría de Relaciones Exteriores (SRE)".
_ACRONYM_AFTER_NAME = re.compile(r" \([A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñ&.-]{1,11}\)(?=$|[\s,.;:])")
_LONGEST_ACRONYM_AFTER_NAME = len(" (") + 12 + len(")")
_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(?:the|The|el|El|la|La|los|Los|las|Las)[ ]+$", regex.VERSION1)
# Words before an organization's name that make it no subject of the verb after it: "a spokesman for
# Pemex said" (a preposition governs it), "Ruiz and Pemex said" (one of two subjects).
_NOT_BEFORE_SUBJECT = PREPOSITIONS | words("and or y e o u")
_RELATIVE_WORDS = words("who whom which that where que quien quienes cual cuales donde")
_CLAUSE_BOUNDARY = re.compile(r"[,;:.!?()\"“”«»\n]")
_LONGEST_CLAUSE_BEFORE = 80
# A body's generic noun with its article ("the ministry", "la dependencia", "el organismo", "la
# Secretaría"): a speaker that refers back to the one organization named before it that fits the noun
# (`_fits_body`); none when several fit, or none. Only the noun alone: "la empresa estatal", "the bank's
# board", "la Secretaría de Turismo" say more than which body it is, and are left as they are. Not the
# Spanish nouns that name other things as often: "el partido" (a match), "el departamento" and "la
# entidad" (a region, a state of a federation).
BODY_NOUNS = words(
    """
    ministry department company firm bank agency commission institute party institution
    ministerio secretaria empresa compania firma banco agencia comision instituto dependencia organismo
    institucion
    """
)
_BODY_WORD = r"[\p{L}][\p{L}\-]*"
_BODY_AT = regex.compile(rf"(?:the|The|el|El|la|La)[ ](?P<noun>{_BODY_WORD})(?![\p{{L}}\-'’])", regex.VERSION1)
_BODY_BEFORE = regex.compile(rf"(?r)(?<![\p{{L}}])(?:the|The|el|El|la|La)[ ](?P<noun>{_BODY_WORD})$", regex.VERSION1)
_LONGEST_BODY_PHRASE = 20
# The word after an organization's name opening a sentence, which says whether it is the subject.
_WORD_AFTER_SUBJECT = regex.compile(r"[ ]+(\p{Ll}+)(?![\p{L}'’])", regex.VERSION1)
# Which organizations a generic noun may refer to, by the folded words of their names: a ministry is a
# "Ministry of …", a "Ministerio de …" or a Mexican "Secretaría de …"; "la dependencia", "el organismo",
# "the institution" any public body's; "the company", "la empresa" a company's, told by a company word or a
# legal form in its name ("Norvale Shipping Inc.", "Grupo Delta"): a name of no kind at all ("Pemex") may be
# a club's, an outlet's or a body's acronym, and is not guessed.
_MINISTRY_WORDS = words("ministry ministerio secretaria secretariat")
_PUBLIC_BODY_WORDS = _MINISTRY_WORDS | words(
    """
    department departamento agency agencia institute instituto commission comision office oficina bureau
    administration authority autoridad service servicio council consejo board junta superintendencia
    procuraduria fiscalia contraloria defensoria registraduria coordinacion direccion
    """
)
_COMPANY_NAME_WORDS = COMPANY_WORDS | words(
    "company corporation corp inc ltd llc co compania corporacion grupo group cia s.a s.l s.a.b"
)
_BODY_NAME_WORDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(words("ministry ministerio"), _MINISTRY_WORDS),
    "secretaria": words("secretaria secretariat"),
    "department": words("department departamento"),
    **dict.fromkeys(words("bank banco"), words("bank banco")),
    **dict.fromkeys(words("agency agencia"), words("agency agencia")),
    **dict.fromkeys(words("commission comision"), words("commission comision")),
    **dict.fromkeys(words("institute instituto"), words("institute instituto")),
    "party": words("party partido"),
    **dict.fromkeys(words("dependencia organismo institucion institution"), _PUBLIC_BODY_WORDS),
}
_COMPANY_NOUNS = words("company firm empresa compania firma")


def _fits_body(noun: str, name_words: frozenset[str]) -> bool:
    """Whether an organization whose name has the folded `name_words` may be the body `noun` refers to."""
    kinds = _COMPANY_NAME_WORDS if noun in _COMPANY_NOUNS else _BODY_NAME_WORDS[noun]
    return bool(name_words & kinds)


class OrganizationName(str):
    """The canonical name of an organization that spoke ("Petróleos Mexicanos" for "Pemex said"): a speaker
    resolved as a person's name is, whose quotes name the organization's entity, not a person's."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class SpeakerPhrase:
    start: int
    end: int
    # "person", "pronoun", "role", "implied" (a verb without a subject: "aseguró"), "anonymous" (a
    # phrase naming nobody: "un portavoz del ministerio", "a source close to the talks"), "organization"
    # (an organization's name: "Pemex said", "según el Banco de México"), "body" (a body's generic noun:
    # "the ministry said", "aseguró la dependencia") or "it" (English "it said" after a body spoke)
    kind: str
    person: str | None = None  # a name phrase: the person it names; an organization's: its OrganizationName
    role: RoleMatch | None = None
    gender: Gender | None = None
    # The subject of a relative clause ("…de Trump, quien dijo …"): its speaker, not the one the sentence,
    # and the pronouns after it, follow.
    embedded: bool = False


# The person of an event whose speaker the article did not name ("dijo el titular", "a spokesman said").
_UNNAMED = ""


@dataclass(frozen=True, slots=True)
class _Event:
    position: int
    paragraph: int
    person: str  # _UNNAMED for a speaker the article did not name


class Speakers:
    """Finds speaker phrases next to speech verbs and resolves them, remembering who has spoken."""

    def __init__(
        self,
        people: People,
        paragraph_starts: list[int],
        quoted: list[tuple[int, int]],
        language: str = "",
        organizations: Sequence[EntitySpan] = (),
    ) -> None:
        self.text = people.text
        self.language = language
        self.pronouns = _PRONOUN_PATTERNS.get(language, _PRONOUN_PATTERNS[""])
        self.persons = people.persons
        self.spans = people.spans
        self.paragraph_starts = paragraph_starts
        self.person_by_start = {s.char_start: s for s in people.spans}
        self.person_by_end = {s.char_end: s for s in people.spans}
        self.roles = people.roles
        self.role_starts = [r.start for r in people.roles]
        self.role_by_start = {r.start: r for r in people.roles}
        self.role_by_end = {r.end: r for r in people.roles}
        self.introduced = people.introduced
        self.quoted = quoted
        self.quoted_starts = [start for start, _ in quoted]
        self.quoted_start_set = set(self.quoted_starts)
        # Mentions outside quotations: who the article talks about, not who a speaker talks about.
        self.outside = [s for s in people.spans if not self.is_quoted(s.char_start)]
        self.outside_starts = [s.char_start for s in self.outside]
        # The organizations that may speak: a news agency's name is the byline's, whose words the article is.
        self.organizations = [
            span for span in organizations if span.entity_type == "organization" and span.name not in NEWS_AGENCY_NAMES
        ]
        self.organization_starts = [span.char_start for span in self.organizations]
        self.organization_by_start = {span.char_start: span for span in self.organizations}
        self.organization_by_end = {span.char_end: span for span in self.organizations}
        self.events: list[_Event] = []
        # Where sentences start, and where speech verbs stand: `quotes` sets them once it has read them
        # (its sentence breaks read the quotations this class holds).
        self.sentence_starts: list[int] = []
        self.verb_starts: frozenset[int] = frozenset()

    def paragraph_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self.paragraph_starts, offset) - 1, 0)

    def is_quoted(self, offset: int) -> bool:
        """Whether `offset` is inside a quotation, its marks included."""
        index = bisect.bisect_right(self.quoted_starts, offset) - 1
        return index >= 0 and offset < self.quoted[index][1]

    def is_after_opening_mark(self, offset: int) -> bool:
        """Whether `offset` is inside a quotation, past its opening mark."""
        return self.is_quoted(offset) and offset not in self.quoted_start_set

    def remember(self, position: int, person: str | None) -> None:
        if person:
            self.events.append(_Event(position, self.paragraph_of(position), person))

    def remember_speaker(self, position: int, phrase: SpeakerPhrase | None, person: str | None) -> None:
        """Remembers who spoke: the person, or, for a title or a phrase that names nobody we know ("dijo el
        titular", "a spokesman said"), that someone unnamed spoke. A pronoun or a verb without a subject
        after it is that someone's, and resolves to no one rather than to whoever spoke before. The
        speaker of a relative clause is not remembered (`SpeakerPhrase.embedded`)."""
        if phrase is None or phrase.embedded:
            return
        if person is None and phrase.kind in ("role", "anonymous", "body", "it"):
            self.events.append(_Event(position, self.paragraph_of(position), _UNNAMED))
        else:
            self.remember(position, person)

    # Phrases -----------------------------------------------------------------------------------------

    def phrase_ending_at(self, end: int) -> SpeakerPhrase | None:
        """The speaker phrase that ends at `end`, or before a comma or adverb there ("Bárcena also"), or the
        name before an apposition that a comma closes there ("Helen Marsh, the port director,")."""
        closed_by_comma = False
        while end > 0 and self.text[end - 1] in " ,":
            end -= 1
            closed_by_comma = closed_by_comma or self.text[end] == ","
        if closed_by_comma and (named := self._named_before_apposition(end)) is not None:
            return named
        if (adverb := _ADVERB_BEFORE.search(self.text, max(0, end - _LONGEST_ADVERB_BEFORE), end + 1)) is not None:
            return self.phrase_ending_at(adverb.start())
        # A set look-up of the word before spares most verbs the search of `_TIME_BEFORE`. Its window is one
        # longer than the longest day: a word cut there is no day.
        space = self.text.rfind(" ", max(0, end - _LONGEST_DAY), end)
        if self.text[max(space + 1, end - _LONGEST_DAY, 0) : end].lower() in _DAY_WORDS and (
            time := _TIME_BEFORE.search(self.text, max(0, end - _LONGEST_TIME_BEFORE), end + 1)
        ):
            return self.phrase_ending_at(time.start())
        if (span := self.person_by_end.get(end)) is not None:
            # "Mr Grant, also a guest on Morning Forum, said": what a preposition governs is no subject.
            if self.is_governed(span.char_start):
                return None
            return SpeakerPhrase(span.char_start, end, "person", span.name)
        if (role := self.role_by_end.get(end)) is not None:
            return SpeakerPhrase(role.start, end, "role", role=role, gender=role.gender)
        if (organization := self._organization_ending_at(end)) is not None:
            return organization
        if (pronoun := self.pronouns.before.search(self.text, max(0, end - _LONGEST_PRONOUN), end)) is not None:
            return self._pronoun(pronoun.start(), end)
        return self._body_ending_at(end) or self._it_ending_at(end)

    def _organization_ending_at(self, end: int) -> SpeakerPhrase | None:
        """An organization's name, its article with it, ending at `end` as its verb's subject: "Pemex said",
        "La Secretaría de Hacienda informó"; not one a preposition governs ("a spokesman for Pemex said",
        "officials at the World Bank said") nor one of two subjects ("Ruiz and Pemex said")."""
        if (span := self.organization_by_end.get(end)) is None:
            # "La Secretaría de Relaciones Exteriores (SRE) informó": the acronym in brackets after the name
            acronym = _ACRONYM_AFTER_NAME.search(self.text, max(0, end - _LONGEST_ACRONYM_AFTER_NAME), end)
            if (
                acronym is None
                or acronym.end() != end
                or (span := self.organization_by_end.get(acronym.start())) is None
            ):
                return None
        start = span.char_start
        if (article := _ARTICLE_BEFORE.search(self.text, max(0, start - 6), start)) is not None:
            start = article.start()
        if self._after_non_subject_word(start):
            return None
        return SpeakerPhrase(start, end, "organization", OrganizationName(span.name))

    def _body_ending_at(self, end: int) -> SpeakerPhrase | None:
        """A body's generic noun with its article ending at `end` as its verb's subject ("the ministry said",
        "la dependencia informó"), not governed: "officials at the ministry said" are officials."""
        body = _BODY_BEFORE.search(self.text, max(0, end - _LONGEST_BODY_PHRASE), end)
        if body is None or fold(body.group("noun")) not in BODY_NOUNS or self._after_non_subject_word(body.start()):
            return None
        return SpeakerPhrase(body.start(), end, "body")

    def _it_ending_at(self, end: int) -> SpeakerPhrase | None:
        """English "it" ending at `end` ("it said", "It added"), when it continues an organization that spoke
        last (`_resolve_it`); else None, as "it" names no one otherwise."""
        if end < 2 or self.text[end - 2 : end] not in ("it", "It") or (end > 2 and self.text[end - 3].isalpha()):
            return None
        return SpeakerPhrase(end - 2, end, "it") if self._resolve_it(end - 2) is not None else None

    def _after_non_subject_word(self, start: int) -> bool:
        """Whether the words before `start`, in its clause, make what follows no subject: a preposition
        ("for", "at", "de") or a conjunction joining it to another subject ("and", "y") right before it, or
        a relative pronoun further back, whose clause it is the object of ("Analysts who follow Pemex said",
        "La empresa que compró Pemex informó"). A relative or "that" right before it is its clause's opening:
        "…said that Pemex said …", "dijo que la Secretaría informó …"."""
        window = self.text[max(0, start - _LONGEST_CLAUSE_BEFORE) : start]
        before = _CLAUSE_BOUNDARY.split(window)[-1].split()
        if before and fold(before[-1]) in _NOT_BEFORE_SUBJECT:
            return True
        return any(fold(word) in _RELATIVE_WORDS for word in before[:-1])

    def _named_before_apposition(self, end: int) -> SpeakerPhrase | None:
        """The name before an apposition ending at `end`: a description ("Marsh, 54,") or a title, capitalised
        too ("Helen Marsh, Chief Executive of the Port Trust,"), which names the same person."""
        apposition = _APPOSITION_BEFORE.search(self.text, max(0, end - _LONGEST_APPOSITION), end)
        if apposition is not None:
            named_at = apposition.start()
        elif (role := self.role_by_end.get(end)) is not None and self.text[role.start - 2 : role.start] == ", ":
            named_at = role.start - 2
        else:
            return None
        if (span := self.person_by_end.get(named_at)) is not None:
            return SpeakerPhrase(span.char_start, span.char_end, "person", span.name)
        return self._organization_ending_at(named_at)  # "Pemex, the state oil company, said"

    def phrase_starting_at(self, start: int) -> SpeakerPhrase | None:
        """The speaker phrase at `start`: "said Foreign Minister Alicia Bárcena", "dijo el canciller"."""
        start = skip_spaces(self.text, start)
        if (span := self.person_by_start.get(start)) is not None:
            return SpeakerPhrase(start, span.char_end, "person", span.name)
        # "said Dr. Helen Marsh", "Mr. Brandt said", "dijo la Dra. Ruiz": the honorific is the phrase's.
        if (honorific := _HONORIFIC_AT.match(self.text, start)) is not None and (
            span := self.person_by_start.get(honorific.end())
        ) is not None:
            return SpeakerPhrase(start, span.char_end, "person", span.name)
        if (role := self.role_by_start.get(start)) is not None:
            # A title introducing a name ("the academy's president, Arne Kvist"): the name is the speaker.
            if (span := self.introduced.get(start)) is not None:
                return SpeakerPhrase(span.char_start, span.char_end, "person", span.name)
            return SpeakerPhrase(start, role.end, "role", role=role, gender=role.gender)
        if (organization := self.organization_starting_at(start)) is not None:
            return organization
        if (pronoun := self.pronouns.at.match(self.text, start)) is not None and (
            start == 0 or not self.text[start - 1].isalpha()
        ):
            return self._pronoun(start, pronoun.end())
        return None

    def organization_starting_at(self, start: int) -> SpeakerPhrase | None:
        """An organization's name at `start`, its article with it: "said the State Department", "aseguró la
        Secretaría de Hacienda", "according to the World Bank"."""
        article = _ARTICLE_AT.match(self.text, start)
        span = self.organization_by_start.get(article.end() if article is not None else start)
        if span is None or self.text[span.char_end : span.char_end + 2] in ("'s", "’s"):
            return None  # "said Pemex's chief executive …": whose title it is
        # "informó la Secretaría de Relaciones Exteriores (SRE).": the acronym in brackets after the name is its own
        acronym = _ACRONYM_AFTER_NAME.match(self.text, span.char_end)
        end = (
            acronym.end()
            if acronym is not None and acronym.end() - span.char_end <= _LONGEST_ACRONYM_AFTER_NAME
            else span.char_end
        )
        return SpeakerPhrase(start, end, "organization", OrganizationName(span.name))

    def body_at(self, start: int) -> SpeakerPhrase | None:
        """A body's generic noun with its article at `start` ("the ministry", "la dependencia"); whether it
        is a speaker the caller says, by what follows it."""
        body = _BODY_AT.match(self.text, start)
        if body is None or fold(body.group("noun")) not in BODY_NOUNS:
            return None
        return SpeakerPhrase(start, body.end(), "body")

    def phrase_after_verb(self, end: int) -> SpeakerPhrase | None:
        """The speaker phrase after a verb ending at `end`, past an adverb or a time there: "dijo también el
        canciller", "dijo el lunes el canciller"; past an audience when none follows the verb at once: "dijo
        a Efe el portavoz". Only a quote's verb is read so: the adverb's look-up costs time at each of an
        article's verbs."""
        start = skip_adverb(self.text, end)
        phrase = self.phrase_starting_at(start)
        if phrase is not None and phrase.kind == "organization":
            # An organization may be whom the words were said to ("told CNN Ana Ruiz") or the area of the
            # title of its speaker ("said UN human rights office spokesperson X"): the person speaks.
            return self._person_past(start) or phrase
        if phrase is None:
            phrase = next(filter(None, map(self.phrase_starting_at, audience_ends(self.text, start))), None)
        return phrase or self.holder_past_area(start) or self.described_name(start)

    def _person_past(self, start: int) -> SpeakerPhrase | None:
        """A person or a title after a verb, past the audience or an area at `start`."""
        after_audience = (self.phrase_starting_at(end) for end in audience_ends(self.text, start))
        phrase = next((p for p in after_audience if p is not None and p.kind in ("person", "role")), None)
        return phrase or self.holder_past_area(start) or self.described_name(start)

    def described_name(self, start: int) -> SpeakerPhrase | None:
        """The person a description before the name opens at `start` (`_DESCRIPTION`), past how the words
        were said: "el mediocampista Tomás Ferreyra", "emocionado el arquero Luis Ibarra". The phrase is
        the name, as a title's holder's is; None when no name follows the description at once."""
        if (manner := MANNER_AFTER.match(self.text, start)) is not None:
            start = manner.end()
            if (phrase := self.phrase_starting_at(start)) is not None:
                return phrase
        description = _DESCRIPTION.match(self.text, start)
        if description is None or (span := self.person_by_start.get(description.end())) is None:
            return None
        if any(fold(word) in _NOT_DESCRIPTION_WORDS for word in description.captures("word")):
            return None
        # A title among the words is the title's to read (`holder_past_area`), whose area an article opens not.
        first_role = bisect.bisect_left(self.role_starts, description.start())
        if first_role < len(self.roles) and self.roles[first_role].start < span.char_start:
            return None
        if self.is_quoted(span.char_start):
            return None
        return SpeakerPhrase(span.char_start, span.char_end, "person", span.name)

    def holder_past_area(self, start: int) -> SpeakerPhrase | None:
        """The holder of a title that a few words of its area open at `start`, which no title pattern reads:
        "said UN human rights office spokesperson Rupert Colville", or whose title an English possessive
        says: "said the NGO's lawyer Joseph Breham". Words only, none a determiner or a preposition: "said
        that the spokesperson X …" reports X, it does not name the speaker."""
        index = bisect.bisect_left(self.role_starts, start)
        if index == len(self.roles):
            return None
        role = self.roles[index]
        # Whose title it is, in English's possessive, may open the words: "said the NGO's lawyer Joseph Breham".
        possessor = _POSSESSOR.match(self.text, start, role.start)
        area_start = possessor.end() if possessor is not None else start
        area = _AREA_WORDS.fullmatch(self.text, area_start, role.start)
        if area is None and not (possessor is not None and area_start == role.start):
            return None
        # Only lower-case words can be determiners here: "UN" is the body, not Spanish "un".
        if area is not None and any(word.islower() and fold(word) in _NOT_AREA_WORDS for word in area.group().split()):
            return None
        span = self.introduced.get(role.start)
        return SpeakerPhrase(span.char_start, span.char_end, "person", span.name) if span is not None else None

    def object_pronoun_at(self, start: int) -> SpeakerPhrase | None:
        """ "him" or "her" at `start`, a whole word, as a speaker phrase: what "according to" governs."""
        m = _OBJECT_PRONOUN.match(self.text, start)
        if m is None or (start > 0 and self.text[start - 1].isalpha()):
            return None
        return SpeakerPhrase(start, m.end(), "pronoun", gender=_OBJECT_PRONOUN_GENDER[m.group().lower()])

    def first_phrase(self, start: int, end: int, opening: bool = False) -> SpeakerPhrase | None:
        """The subject of a sentence: its first speaker phrase not governed by a preposition. With `opening`,
        only one that opens the sentence (`opens_sentence`): a sentence without a speech verb says whose
        words it quotes only by its subject, and a person further in is its object ("Shadow ministers
        accused Spencer of using "…"") or another's ("The letter, sent to Cameron, calls for "…"")."""
        candidates: list[SpeakerPhrase] = []
        index = bisect.bisect_left(self.outside_starts, start)
        if index < len(self.outside) and self.outside[index].char_start < end:
            span = self.outside[index]
            candidates.append(SpeakerPhrase(span.char_start, span.char_end, "person", span.name))
        # Only the roles before `end`: a sentence holding many quotes asks once per quote.
        for role in self.roles[bisect.bisect_left(self.role_starts, start) : bisect.bisect_left(self.role_starts, end)]:
            if role.determiner is not None:
                candidates.append(SpeakerPhrase(role.start, role.end, "role", role=role, gender=role.gender))
        if (pronoun := self._first_pronoun(start, end)) is not None:
            candidates.append(pronoun)
        for phrase in sorted(candidates, key=lambda p: p.start):
            if not after_preposition(self.text, start, phrase.start) and not self.is_quoted(phrase.start):
                if opening and not opens_sentence(self.text, start, self.title_start(phrase.start)):
                    return None
                if phrase.kind == "role":
                    return self.phrase_starting_at(phrase.start)
                return phrase
        return None

    def subject_before_that(self, start: int, end: int) -> SpeakerPhrase | None:
        """The subject of the last clause in `text[start:end]` that reports words with "que" or "that": the
        last person named, or title, before that word whom no preposition governs. "luego de que Petrov le advirtiera
        que será «el siguiente»" reports Petrov's words, whoever the sentence's subject is."""
        that = _LAST_THAT.search(self.text, start, end)
        if that is None:
            return None
        first = bisect.bisect_left(self.outside_starts, start)
        last = bisect.bisect_left(self.outside_starts, that.start())
        person = next((s for s in reversed(self.outside[first:last]) if not self.is_governed(s.char_start)), None)
        # A title may be the subject instead ("luego de que el mandatario le advirtiera que …"), nearer "que".
        first = bisect.bisect_left(self.role_starts, person.char_end if person is not None else start)
        last = bisect.bisect_left(self.role_starts, that.start())
        for role in reversed(self.roles[first:last]):
            if role.determiner is not None and not after_preposition(self.text, start, role.start):
                return self.phrase_starting_at(role.start)
        return SpeakerPhrase(person.char_start, person.char_end, "person", person.name) if person else None

    def title_start(self, start: int) -> int:
        """Where the title right before a name starting at `start` starts ("Opposition leader Gregor
        Falk"); `start` when none stands there."""
        before = start
        while before > 0 and self.text[before - 1] == " ":
            before -= 1
        role = self.role_by_end.get(before) if before < start else None
        return role.start if role is not None else start

    def relative_antecedent(self, start: int, end: int) -> SpeakerPhrase | None:
        """The person a relative clause open at `end` is about, when a name stands right before its comma:
        "…de Donald Trump, quien tildó a la capital de «…»", "…Trump, who called the city "…"", "las
        palabras de Trump, en las que aseguró que …". The clause is his, whoever the sentence's subject is;
        one that a comma closed before `end` is over."""
        found = None
        for relative in _RELATIVE.finditer(self.text, start, end):
            found = relative
        if found is None or _CLAUSE_BREAK.search(self.text, found.end(), end) is not None:
            return None
        span = self.person_by_end.get(found.start())
        if span is None or self.is_quoted(span.char_start):
            return None
        return SpeakerPhrase(span.char_start, span.char_end, "person", span.name, embedded=True)

    @cached_property
    def _pronouns_at(self) -> list[tuple[int, int]]:
        """Every pronoun that starts a word, read once: reading from each sentence start up to each of its
        quotes took time growing with the square of a sentence of many quotes. The `re` form skips the
        pronouns' letters inside words ("the", "when", "bella") at once, which `at` would match one by one."""
        pattern = self.pronouns.in_text.for_text(self.text)
        return [m.span() for m in pattern.finditer(self.text) if self._starts_word(m.start())]

    def _first_pronoun(self, start: int, end: int) -> SpeakerPhrase | None:
        """The first pronoun starting a word in `text[start:end]`, as a search of that stretch alone finds it.

        A pronoun found in the whole text ends where it does in the stretch when it starts more than a
        pronoun's length before `end`; nearer `end`, the stretch's end may cut a longer word ('ella|s') or
        end one, so the last few characters are searched as the stretch alone.
        """
        tail = max(start, end - _LONGEST_PRONOUN)
        index = bisect.bisect_left(self._pronouns_at, (start,))
        if index < len(self._pronouns_at) and self._pronouns_at[index][0] < tail:
            return self._pronoun(*self._pronouns_at[index])
        for m in self.pronouns.at.finditer(self.text, tail, end):
            if self._starts_word(m.start()):
                return self._pronoun(m.start(), m.end())
        return None

    def _starts_word(self, offset: int) -> bool:
        return offset == 0 or not self.text[offset - 1].isalpha()

    def _pronoun(self, start: int, end: int) -> SpeakerPhrase:
        return SpeakerPhrase(start, end, "pronoun", gender=_PRONOUN_GENDER[self.text[start:end].lower()])

    # Resolution --------------------------------------------------------------------------------------

    def resolve(self, phrase: SpeakerPhrase) -> str | None:
        if phrase.kind == "person":
            return phrase.person
        if phrase.kind == "role":
            return self._resolve_role(phrase)
        if phrase.kind == "anonymous":
            return None
        if phrase.kind == "organization":
            return phrase.person
        if phrase.kind == "body":
            return self._resolve_body(phrase)
        if phrase.kind == "it":
            return self._resolve_it(phrase.start)
        return self._resolve_pronoun(phrase.start, phrase.gender)

    def _resolve_body(self, phrase: SpeakerPhrase) -> OrganizationName | None:
        """The organization a body's generic noun refers to: the only one named before it that fits the noun
        ("the ministry" after "the Ministry of Finance", "la dependencia" after "la Secretaría de Hacienda");
        none when several fit, as which of them spoke would be a guess, or none does."""
        noun = fold(self.text[phrase.start : phrase.end].split()[-1])
        before = self.organizations[: bisect.bisect_left(self.organization_starts, phrase.start)]
        names = {span.name for span in before if _fits_body(noun, self._name_words(span))}
        return OrganizationName(names.pop()) if len(names) == 1 else None

    def _name_words(self, span: EntitySpan) -> frozenset[str]:
        """The folded words of an organization's name, canonical and as printed: "Pemex" is "Petróleos
        Mexicanos" too."""
        printed = self.text[span.char_start : span.char_end]
        return frozenset(word.strip(".,") for word in fold(f"{span.name} {printed}").split())

    def _resolve_it(self, position: int) -> OrganizationName | None:
        """The organization English "it" at `position` continues: the last speaker, when an organization spoke
        last, in this sentence or the one before (`'"…," Pemex said. "…," it added.'`); else no one, as "it" may
        be a report or a plan the sentences since then spoke of."""
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        since = self.sentence_starts[max(index - 1, 0)] if index >= 0 else 0
        for event in reversed(self.events):
            if event.position < position:
                is_recent = event.position >= since
                return event.person if isinstance(event.person, OrganizationName) and is_recent else None
        return None

    def _resolve_role(self, phrase: SpeakerPhrase) -> str | None:
        role = phrase.role
        assert role is not None
        if role.indefinite:
            return None
        title = fold(role.title)
        holders: set[str] = set()
        for wanted in (title, *EQUIVALENT_TITLES.get(title, ()), *_titles_of_a_head(title)):
            holders = {name for name, person in self.persons.items() if _holds(person, wanted.split())}
            if holders:
                break
        if holders:
            before = [s for s in self.spans if s.name in holders and s.char_start < phrase.start]
            return before[-1].name if before else None
        if role.determiner is not None and title in _ANY_OFFICE:
            # "dijo la funcionaria", "el titular de esta cartera": whoever holds an office, when only one
            # person named before holds any, of the title's gender; else we cannot tell which.
            titled = {
                s.name
                for s in self.spans
                if s.char_start < phrase.start and self.persons[s.name].titles and self._fits(s.name, role.gender)
            }
            return titled.pop() if len(titled) == 1 else None
        if role.determiner is not None and is_profession(role.title):
            # "dijo el médico": a profession said of the last speaker here, whom the article named without it.
            paragraph = self.paragraph_of(phrase.start)
            return self._last_event(phrase.start, phrase.gender, paragraph, paragraph) or None
        # An office the article gave nobody ("the minister said" after an economist spoke) is no one we know.
        return None

    def _resolve_pronoun(self, position: int, gender: Gender | None) -> str | None:
        paragraph = self.paragraph_of(position)
        if (subject := self._recent_subject(position, gender, paragraph)) is not None:
            return subject or None  # a subject that names nobody we know: no one, not an older mention
        steps = (
            lambda: self._last_event(position, gender, paragraph, paragraph),
            lambda: self._last_mention(position, gender, paragraph),
            lambda: self._last_event(position, gender, paragraph - _SPEAKER_PARAGRAPHS_BACK, paragraph),
            lambda: self._last_mention(position, gender, paragraph - _MENTION_PARAGRAPHS_BACK),
        )
        for step in steps:
            if (found := step()) is not None:
                return found or None  # an unnamed speaker spoke last: no one we know
        return None

    def _recent_subject(self, position: int, gender: Gender | None, paragraph: int) -> str | None:
        """The person the last subject before `position` names, when it stands after the last speaker: the
        subject a verb without one, or a pronoun, carries on. _UNNAMED when that subject names nobody we
        know ("El portavoz no dio detalles. «…», añadió."); None when there is none, or it is of the other
        gender, and the speakers and mentions before decide."""
        subject = self._last_subject(position, paragraph - 1)
        if subject is None or (gender is not None and subject.gender is not None and subject.gender != gender):
            return None
        for event in reversed(self.events):
            if event.position < position:
                if event.paragraph >= paragraph - _SPEAKER_PARAGRAPHS_BACK and event.position > subject.start:
                    return None  # someone spoke after the subject: the speakers decide
                break
        person = self.resolve(subject)
        if person is None:
            return _UNNAMED
        if isinstance(person, OrganizationName) and gender is None and self._names_a_person(subject.start):
            # "La Secretaría de Hacienda recibió a Ana Ruiz. «…», dijo.": the body or the person it received
            # may have spoken, and which is a guess.
            return _UNNAMED
        return person if self._fits(person, gender) else None

    def _names_a_person(self, start: int) -> bool:
        """Whether the sentence from `start` names a person outside quotations."""
        index = bisect.bisect_right(self.sentence_starts, start)
        end = self.sentence_starts[index] if index < len(self.sentence_starts) else len(self.text)
        first = bisect.bisect_left(self.outside_starts, start)
        return first < len(self.outside_starts) and self.outside_starts[first] < end

    def _last_subject(self, position: int, first_paragraph: int) -> SpeakerPhrase | None:
        """The subject of the last sentence before `position` that opens with one, no further back than
        paragraph `first_paragraph` and `_SUBJECT_SENTENCES_BACK` sentences: its first words are a name, a
        title or a pronoun, past an introduction a comma closes ("El 18 de marzo, el exvicepresidente …").
        Only sentences that open with a quotation or with a speech verb that has no subject of its own ("También
        aseguró …", "«…» dijo …") are looked past: they carry on the subject before them. Any other opening is
        a subject of its own that names no person ("El acuerdo …", "Los vecinos …"), and ends the search."""
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        first_offset = self.paragraph_starts[max(first_paragraph, 0)]
        for sentence in self.sentence_starts[max(index - _SUBJECT_SENTENCES_BACK, 0) : index + 1][::-1]:
            if sentence < first_offset:
                return None
            phrase, opening = self._subject_starting_at(sentence), sentence
            for _ in range(_MOST_INTRODUCTIONS):
                if phrase is not None or (comma := _INTRODUCTION.match(self.text, opening)) is None:
                    break
                phrase, opening = self._subject_starting_at(comma.end()), comma.end()
            if phrase is not None and phrase.start < position:
                return phrase
            while (adverb := _ADVERB_AFTER.match(self.text, opening)) is not None:
                opening = adverb.end()
            if opening not in self.verb_starts and opening not in self.quoted_start_set:
                return None
        return None

    def _subject_starting_at(self, start: int) -> SpeakerPhrase | None:
        """The phrase at `start` that may be its sentence's subject: an organization's name only when a word in
        lower case follows it, its verb ("La Secretaría de Hacienda publicó …"), not one that names a
        possessor ("Pemex's chief …"), an apposition ("Pemex, dirigida por …") or a second subject ("Pemex y
        el sindicato …")."""
        phrase = self.phrase_starting_at(start)
        if phrase is None or phrase.kind != "organization":
            return phrase
        after = _WORD_AFTER_SUBJECT.match(self.text, phrase.end)
        return phrase if after is not None and fold(after.group(1)) not in _NOT_BEFORE_SUBJECT else None

    def last_event(self, position: int, first: int, last: int) -> str | None:
        """The last speaker before `position` in paragraphs `first`..`last`; None when none spoke or the last
        was unnamed."""
        return self._last_event(position, None, first, last) or None

    def _last_event(self, position: int, gender: Gender | None, first: int, last: int) -> str | None:
        """The last speaker before `position` in paragraphs `first`..`last` who may be of `gender`; _UNNAMED
        when an unnamed one spoke after them."""
        for event in reversed(self.events):
            is_before = event.position < position and first <= event.paragraph <= last
            if is_before and (event.person == _UNNAMED or self._fits(event.person, gender)):
                return event.person
            if event.paragraph < first:
                break
        return None

    def _last_mention(self, position: int, gender: Gender | None, first_paragraph: int) -> str | None:
        first_offset = self.paragraph_starts[max(first_paragraph, 0)]
        index = bisect.bisect_left(self.outside_starts, position) - 1
        while index >= 0 and self.outside[index].char_start >= first_offset:
            span: EntitySpan = self.outside[index]
            # "con Luis Gómez", "with Tom Brandt": a person governed by a preposition is not the subject.
            if self._fits(span.name, gender) and not self.is_governed(span.char_start):
                return span.name
            index -= 1
        return None

    def is_governed(self, start: int) -> bool:
        """Whether a preposition governs the name at `start`, at once ("con Luis Gómez") or past its titles
        in lower case ("tras la muerte del concejal Pedro Almagro", "del precandidato y senador X", "the
        death of councillor Peter Almond", "con la ministra Ana Ruiz"): the person the sentence is about,
        not its subject. Read back from the name: title words, an article, then the preposition. A title
        the roles read before the name, or before a comma and the name, is governed as the name is: "the
        office of French President Emmanuel Macron", "las palabras del presidente de Estados Unidos, Donald
        Trump"."""
        if after_preposition(self.text, 0, start):
            return True
        title = self.role_by_end.get(start - 1) or (
            self.role_by_end.get(start - 2) if self.text[start - 2 : start] == ", " else None
        )
        if (
            title is not None
            and title.start < start - 2
            and self.text[start - 1] == " "
            and self.is_governed(title.start)
        ):
            return True
        before = self.text[max(0, start - _LONGEST_TITLES_BEFORE) : start].split()[::-1]
        if not before or not before[0].islower():
            return False
        for count, word in enumerate(before[: _MOST_TITLE_WORDS + 2]):
            folded = fold(word)
            # In lower case: a capital opens the sentence, where "A deputada Sofia Ramos" is its subject.
            if count > 0 and word.islower() and folded in PREPOSITIONS:
                return True
            if folded in ARTICLES:
                following = before[count + 1] if count + 1 < len(before) else ""
                return following.islower() and fold(following) in PREPOSITIONS
            is_title_word = word.isalpha() and word.islower() and folded not in _NOT_TITLE_WORDS
            if not (is_title_word or (count > 0 and folded in _TITLE_JOINERS)):
                return False
        return False

    def _fits(self, name: str, gender: Gender | None) -> bool:
        if isinstance(name, OrganizationName):
            return gender is None  # "he", "ella" are no organization; a verb without a subject may be
        person: Person | None = self.persons.get(name)
        return gender is None or person is None or person.gender is None or person.gender == gender


# Offices a Spanish "titular de <body>" (the head of it) may be: "el titular de Hacienda" is the "ministro de
# Hacienda" named before, "la titular de la SRE" its "secretaria".
_HEADS = ("ministro", "ministra", "secretario", "secretaria", "director", "directora", "presidente", "presidenta")


def _titles_of_a_head(title: str) -> tuple[str, ...]:
    if not title.startswith("titular "):
        return ()
    return tuple(head + title.removeprefix("titular") for head in _HEADS)


def opens_sentence(text: str, sentence: int, position: int) -> bool:
    """Whether what stands at `position` opens the sentence starting at `sentence`: nothing before it, a
    conjunction ("And Ruiz …", "Y Ruiz …"), or an introductory phrase that a comma closes and that opens
    with a preposition, an adverb, a conjunction, a participle or a gerund ("In a statement, Ruiz …",
    "Asimismo, sostuvo …", "Interrogado sobre el tema, aclaró …", "Speaking to reporters, she …"). A phrase
    opening with an article or a name is a subject of its own ("El informe, publicado ayer, indicó …")."""
    before = text[sentence:position].split()
    if not before:
        return True
    first = fold(before[0].lstrip('¿¡"“«(')).rstrip(",")
    if len(before) == 1 and first in _CONJUNCTIONS:
        return True
    if first in _POSSESSIVES and _is_title_words(before[1:]):
        return True  # "Her former student Mateo Quiroga …": a title the roles do not read
    # "a" is English's article as well as Spanish's preposition: no introducer here.
    is_introducer = first != "a" and (first in _INTRODUCERS or first.endswith(_INTRODUCER_ENDINGS))
    return before[-1].endswith(",") and is_introducer


def _is_title_words(words_before: list[str]) -> bool:
    """Whether the words are a short title in lower case, with no clause in them ("former student")."""
    return 0 < len(words_before) <= _MOST_TITLE_WORDS and all(
        word.isalpha() and word.islower() and fold(word) not in _NOT_TITLE_WORDS for word in words_before
    )


def skip_spaces(text: str, position: int) -> int:
    """Past the spaces at `position`."""
    while position < len(text) and text[position] == " ":
        position += 1
    return position


def skip_adverb(text: str, position: int) -> int:
    """Past the spaces at `position` and an adverb or a time after them, in either order, or both: where
    "dijo también un portavoz", "dijo el lunes el ministro" and "dijo ayer también la ministra" name their
    speaker."""
    position = skip_spaces(text, position)
    if position > 0 and text[position - 1].isalpha():
        return position
    for _ in range(2):
        skipped = _ADVERB_AFTER.match(text, position) or _TIME_AFTER.match(text, position)
        if skipped is None:
            break
        position = skipped.end()
    return position


def audience_ends(text: str, position: int) -> Iterator[int]:
    """Where a speaker may start past whom the words were said to at `position`, nearest first: an outlet's
    name may be longer than it looks ("told CNN Ana Ruiz", "told The Associated Press a spokesman"), so
    each of its words is tried as its last."""
    lead = _AUDIENCE_LEAD.match(text, position)  # all optional: it always matches
    start = lead.end() if lead is not None else position
    noun = _AUDIENCE_NOUN.match(text, start)
    if noun is not None:
        start = noun.end()
        yield start
    for count in range(_LONGEST_OUTLET_NAME):
        # A joiner only inside a name: after the outlet's noun ("al Diario del Sur") or a word of it.
        if (count > 0 or noun is not None) and (joiner := _OUTLET_JOINER.match(text, start)) is not None:
            start = joiner.end()
        if (word := _OUTLET_WORD.match(text, start)) is None:
            return
        start = word.end()
        yield start


def past_apposition(text: str, position: int) -> int:
    """Past a name's apposition at `position` that a comma closes, the comma left: where `"…," Helen
    Marsh, the port director, said` goes on to its verb; else `position`."""
    apposition = _APPOSITION_AFTER.match(text, position)
    return apposition.end() if apposition is not None else position


def before_adverbs(text: str, end: int) -> int:
    """Where the spaces and adverbs before `end` start: where "a spokesman also said" ends its speaker."""
    while end > 0 and text[end - 1] == " ":
        end -= 1
    while (adverb := _ADVERB_BEFORE.search(text, max(0, end - _LONGEST_ADVERB_BEFORE), end + 1)) is not None:
        end = adverb.start()
        while end > 0 and text[end - 1] == " ":
            end -= 1
    return end


def _holds(person: Person, wanted: list[str]) -> bool:
    """Whether one of the person's titles is, or contains, the wanted title: "minister" in "foreign minister".
    Not past a word that makes it another office: a prime minister is no "the minister", a vice president
    or a deputy minister no "the president" or "the minister", as "el primer ministro" is no "el ministro"."""
    return any(title.split() == wanted or _contains_title(title.split(), wanted) for title in person.titles)


# Titles that name no office of their own but whoever holds one: the official, the head of the department.
_ANY_OFFICE = words("funcionario funcionaria titular")

# Words before a title that make it another office ("prime minister", "vice president", "primer ministro").
_OTHER_OFFICE = words("prime vice deputy primer primera")


def _contains_title(title: list[str], wanted: list[str]) -> bool:
    if not set(wanted) <= set(title):
        return False
    first = title.index(wanted[0])
    return first == 0 or title[first - 1] not in _OTHER_OFFICE or title[first - 1] in wanted
