"""Runs of capitalised words that may be a person's name, cut to the words that can belong to one.

A run is a sequence of capitalised words, with the particles of Spanish and other names inside it
("Juan Ramón de la Fuente", "Tomás Ruiz y Barrera", "Manuel López San Martín") and an optional given
name in brackets, which translators insert ("President (Joe) Biden"). Whether a run is a person is the
people extractor's decision; this module only says which of its words could be part of a name.
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import NamedTuple

import regex

from flows.extract.gazetteer import fold_word
from flows.extract.latin_patterns import TwoPatterns, property_class
from flows.extract.name_words import (
    CALENDAR_WORDS,
    FUNCTION_WORDS,
    PREPOSITIONS,
    RANK_ABBREVIATIONS,
    SENTENCE_OPENERS,
    words,
)
from flows.extract.organization_names import COMPANY_WORDS, HEAD_WORDS


def _word(upper: str, lowers: str, letter: str) -> str:
    """A capitalised word ("Bárcena", "McCain", "O'Brien", "Ruiz-Massieu"), given a capital, a run of
    lower-case letters and a letter."""
    return (
        rf"(?:{upper}{lowers}(?:{upper}{lowers})*|{upper}['’]{upper}{lowers})"
        rf"(?:[\-'’](?!s(?!{letter})){upper}?{lowers})*"
    )


_WORD = _word(r"\p{Lu}", r"\p{Ll}+", r"\p{L}")
_GAP = r"[ \t\u00a0]+"
_PARTICLE = rf"(?:de(?:{_GAP}(?:la|las|los))?|del|da|das|do|dos|di|du|van(?:{_GAP}der)?|von|bint|bin|y)"
_LEAD_TAIL = rf"(?:e(?:{_GAP}(?:la|las|los))?|el){_GAP}"  # "de ", "de la ", "del " after its "d"
# The Arabic article glued to a surname inside a run: "Munir al-Hakim", "Abdel Fattah el-Sisi". Never a run's
# first word: after a lower-case word ("the al-Hakim family") it names no one.
_GLUED_ARTICLE = "(?:[ae]l-)?"


def _run_patterns() -> TwoPatterns:
    """A run of capitalised words: "(Joe) Biden", "de la Fuente", "Juan Ramón de la Fuente", "A. B. Smith".

    One group holds the whole run, for `split`. The `re` form takes the run's first character out of its
    alternatives (a bracket, the "d" of "de", or a capital), so that the pattern opens with a class, and
    keeps their order: a bracket, then "de" before a name, then the name itself."""
    upper, letter = property_class("Lu"), property_class("L")
    # Possessive: what follows a run of lower-case letters never starts with one, so giving one back
    # never helps; `re` then does not try.
    lowers = f"{property_class('Ll')}++"
    word = _word(upper, lowers, letter)
    # An initial inside a run: "A. B. Smith", and without its full stop before a surname, as British copy
    # prints it ("George W Bush"); not "A" or "I", which are words.
    initial = rf"(?:{upper}\.(?={_GAP}{upper})|(?![AI]){upper}(?={_GAP}{upper}{property_class('Ll')}))"
    rest = rf"(?:(?:{_GAP}{_PARTICLE})?{_GAP}(?:{_GLUED_ARTICLE}{word}|{initial}))*"
    # Initials may open a run ("J.C. Chandor", "J. K. Rowling"); whether they are a name's is `people`'s call
    # ("U.S. President Joe Biden" opens with a country's).
    general = (
        rf"((?:\({_WORD}(?:{_GAP}{_WORD})*\){_GAP}(?:[Dd]{_LEAD_TAIL})?|[Dd]{_LEAD_TAIL}"
        rf"|(?<![\p{{L}}])\p{{Lu}}\.(?:[ ]?\p{{Lu}}\.){{0,2}}[ ])?"
        rf"{_WORD}(?:(?:{_GAP}{_PARTICLE})?{_GAP}(?:{_GLUED_ARTICLE}{_WORD}|{_INITIAL}))*)"
    )
    common = (
        rf"([(Dd{upper[1:-1]}](?:(?<=\(){word}(?:{_GAP}{word})*\){_GAP}(?:[Dd]{_LEAD_TAIL})?{word}{rest}"
        rf"|(?<=[Dd]){_LEAD_TAIL}{word}{rest}"
        rf"|(?<={upper}){_word_tail(upper, lowers, letter)}{rest}"
        rf"|(?<=(?<!{letter}){upper})\.(?:[ ]?{upper}\.){{0,2}}[ ]{word}{rest}))"
    )
    return TwoPatterns(regex.compile(general, regex.VERSION1), re.compile(common))


def _word_tail(upper: str, lowers: str, letter: str) -> str:
    """`_word` after its first capital."""
    return rf"(?:{lowers}(?:{upper}{lowers})*|['’]{upper}{lowers})(?:[\-'’](?!s(?!{letter})){upper}?{lowers})*"


_INITIAL = r"(?:\p{Lu}\.(?=[ \t\u00a0]+\p{Lu})|(?![AI])\p{Lu}(?=[ \t\u00a0]+\p{Lu}\p{Ll}))"  # `initial`, for `regex`
_RUN = _run_patterns()
# Within a run, a particle may be capitalised ("De la Fuente" opening a sentence, "Leonardo Da Vinci").
_PIECE = regex.compile(
    rf"\(|\)|(?:(?i:{_PARTICLE.replace('|y)', ')')})|y)(?={_GAP})|\p{{Lu}}\.|{_GLUED_ARTICLE}{_WORD}"
    rf"|\p{{Lu}}(?={_GAP})",  # an initial without its full stop: "George W Bush"
    regex.VERSION1,
)

# Words that sit inside names without being one of its names.
PARTICLES = frozenset(
    {"de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "du", "van", "der", "von", "y", "bin", "bint"}
)
# "son of" / "daughter of" in Arabic names ("Osama bin Laden", "Mohammed bin Salman"): only a person's name
# holds one, and like "de" it opens the surname a later mention uses ("bin Laden").
PATRONYMIC_PARTICLES = frozenset({"bin", "bint"})
# The first letters of the particles, either case: most pieces are names, which this one test rules out
# before a split and a lower() (no other character lower-cases to one of these letters).
_PARTICLE_INITIALS = frozenset(initial for particle in PARTICLES for initial in (particle[0], particle[0].upper()))
# "San Martín" is a surname after a given name; a run that starts with it is a place ("San José").
SAINT_WORDS = frozenset({"san", "santa", "santo", "são"})

# Capitalised words that are never part of a person's name (folded). Leading ones are dropped ("Then
# Alicia Bárcena"); a run holding one elsewhere is not a name ("White House", "Mexico City").
_LEADING_NOISE = (
    FUNCTION_WORDS
    | SENTENCE_OPENERS
    | words(
        """
        he she we they i it you him them his her our us yo el ella nosotros ellos ellas usted mr mrs ms dr sr
        sra srta dona don lic ing prof sir dame how why what when where who which whose whom como cual quien
        donde cuando porque que thanks according noting despite although though if once asked segun segons
        conforme
        north south east west northern southern eastern western central
        gobierno government administracion regimen regime gabinete cabinet
        """
    )
    # English participles that open a sentence before a name ("Joining Kemp at the conference were …"): no
    # given name, where a known surname after one made a person of both.
    | words(
        """
        joining following including excluding regarding concerning citing quoting echoing addressing responding
        meeting visiting praising criticizing criticising accusing calling describing urging thanking congratulating
        replacing succeeding defeating facing representing supporting opposing backing leaving reaching
        announcing signing greeting welcoming interviewing asking telling blaming attacking defending
        """
    )
    | words(" ".join(RANK_ABBREVIATIONS).lower())
    | CALENDAR_WORDS
)
# English words of nationality, compared as printed, accents and all: "Germán" is a given name, not "German".
_NATIONALITIES = words(
    """
    american mexican cuban canadian british french german spanish italian chinese japanese russian
    ukrainian brazilian argentine chilean colombian venezuelan peruvian guatemalan honduran salvadoran
    nicaraguan panamanian dominican haitian israeli palestinian iranian european african asian latin
    """
)
# English months that are given names too: after a title, before a surname, the name ("Prime Minister
# April Adams"); see `people`.
_MONTH_GIVEN_NAMES = words("april may june august")
# A run of one of these words alone is no name. Particles that no English or Spanish sentence opens with
# are surnames when capitalised alone ("Das wrote", "Van said" after "Amit Kumar Das", "Ana Van"): kept, a
# lone word only counts as the surname of a person named in full (see `people`).
_SURNAME_PARTICLES = words("da das do dos di du van von bin")
_NOT_ALONE = _LEADING_NOISE | (PARTICLES - _SURNAME_PARTICLES)
_ORGANIZATION_WORDS = HEAD_WORDS | COMPANY_WORDS  # "Northgate Securities" is a company, not a person
# Place and event nouns that are common surnames too ("Olivia Park", "Juan Guerra"): after a given name,
# a role or an honorific tells the person from the park or the war (see `is_surname_too`).
_SURNAMES_TOO = words("park lake bay beach street plaza day guerra")
# Nouns of broadcasters and print outlets: a name printed right before one, in lower case or in capitals
# ("Bayview television station", "Orvalia TV"), is the outlet's (see `is_medium_word`).
_MEDIUM_WORDS = words("radio television tv magazine channel podcast newspaper")
# Places, events, news media and spans of time: "Mexico City", "Abbey Road", "Nobel Prize", "Daily News",
# "Fiscal Year" (after the Spanish title "fiscal"), "Question Time" (a programme).
_PLACE_AND_EVENT_WORDS = words(
    """
    city america americas states kingdom republic island islands gulf sea ocean river county province
    valley avenue square airport port harbour harbor mountains hills falls road studio studios
    year time
    prize award summit plenary conference cup games festival week war treaty act plan program programme
    agreement accord premio cumbre conferencia programa tratado ley acuerdo
    courier ledger herald tribune gazette daily news review audio video
    """
)
# Nouns and adjectives of companies' names that no surname is: "General Electric", "General Dynamics",
# "Trinity Audio" (above). After a rank that opens a company's name ("General"), the word is no surname.
_COMPANY_NAME_WORDS = words(
    """
    electric electrical electronics dynamics aerospace pharmaceuticals pharma telecom telecommunications
    petroleum chemicals chemical airways logistics software robotics semiconductors automotive united
    """
)
_NOT_IN_NAMES = _ORGANIZATION_WORDS | _SURNAMES_TOO | _PLACE_AND_EVENT_WORDS | _MEDIUM_WORDS | _COMPANY_NAME_WORDS
# Spanish place names open with their head word ("Puerto Lindo", "Villa Esperanza", "Ciudad Juárez"),
# which can also end a surname ("Quintana del Valle", "Pancho Villa"): they only bar a name's first word.
_NOT_FIRST_IN_NAMES = SAINT_WORDS | words(
    """
    ciudad estado estados republica isla islas golfo mar oceano rio lago provincia valle bahia calle avenida
    parque aeropuerto puerto villa sierra cerro monte colonia municipio nuevo nueva new
    """
)

# Lower-case nouns of geographic features, facilities, venues and the divisions named after people, singular: a
# name right after one ("el río María Linda", "the port of Manzanillo", "el estadio Julio Martínez", "el
# municipio de Benito Juárez") is that feature's name, even when it is a person's too. Their plurals ("los
# ríos", "the ports") add "s" or "es" and may name a list of features.
_FEATURE_NOUNS = words(
    """
    rio arroyo lago laguna volcan cerro monte sierra bahia isla playa puerto presa represa canal puente
    avenida calle plaza estadio aeropuerto hospital colegio escuela universidad
    discoteca teatro cine museo hotel restaurante
    municipio alcaldia delegacion colonia localidad distrito corregimiento parroquia canton
    river lake volcano mount bay island port dam bridge street square stadium airport
    municipality borough township county
    """
)
# Lower-case nouns of titled works and broadcasts, singular: a name right after one ("el programa Luz del
# Campo", "the show Maria Dolores") is the work's title. Only right before it: after a link the name is its
# author's or host's ("el programa de Ana Ruiz", "the film by Tom Brandt").
_WORK_NOUNS = words(
    """
    programa program programme show serie series telenovela novela pelicula film documental documentary
    libro book cancion song album
    """
)
# Every plural form, so that a word is looked up once rather than cut at each ending (56,000 runs of 1,500
# articles ask: a tenth of `feature_names`'s time).
_FEATURE_PLURALS = frozenset(noun + ending for noun in _FEATURE_NOUNS for ending in ("s", "es"))
# Words between a feature noun and its name: "el puerto de Veracruz", "the port of the city".
_FEATURE_LINKS = words("de del of la las los the")
_LONGEST_WORD = 16  # longer than any feature noun and link
# What joins the names of a list of features: "Veracruz, Altamira y Lázaro Cárdenas"; a coordinator ends it.
_LIST_JOINER = re.compile(r", |,? (?:and|or|y|e|o) ")


# Named tuples rather than dataclasses: an article makes hundreds of them, and a tuple is built in C.
class Piece(NamedTuple):
    text: str
    start: int
    end: int
    is_particle: bool  # "de", "la", "y": inside a name, but not a name of the person
    folded: str  # lower case, no accents: the key of the word lists above


class NameRun(NamedTuple):
    start: int  # the bracket's offset for "(Joe) Biden"
    end: int
    pieces: tuple[Piece, ...]  # without the brackets
    bracketed: int  # how many leading pieces stood in brackets: the given names a translator inserted


def name_runs(text: str) -> list[NameRun | Piece]:
    """Every run of capitalised words of `text`, as printed, in text order; a run of one word is that
    word's piece, and a word that is never a name on its own ("The", "He", "Monday") is left out."""
    runs: list[NameRun | Piece] = []
    # split() gives the runs between the text around them, all in C: the running total of the parts'
    # lengths is where each run starts and ends (finditer would make a match object of each).
    parts = _RUN.for_text(text).split(text)  # text between runs, run, text between runs, ...
    ends = list(accumulate(map(len, parts)))
    for index in range(1, len(parts), 2):
        word, start, end = parts[index], ends[index - 1], ends[index]
        if " " not in word and "(" not in word:  # most runs: one word, often a sentence's first ("The")
            folded = fold_word(word)
            if folded not in _NOT_ALONE and word.lower() not in _NATIONALITIES:
                runs.append(Piece(word, start, end, False, folded))
            continue
        pieces: list[Piece] = []
        bracketed, in_brackets = 0, False
        for p in _PIECE.finditer(text, start, end):
            word = p.group()
            if word in "()":
                in_brackets = word == "("
            elif word[0] in _PARTICLE_INITIALS and word.split()[0].lower() in PARTICLES:
                pieces.extend(_split_particle(word, p.start()))
            else:
                pieces.append(Piece(word, p.start(), p.end(), False, fold_word(word)))
                bracketed += in_brackets
        if pieces[-1].is_particle and pieces[-1].text[0].isupper() and pieces[-1].folded in _SURNAME_PARTICLES:
            # "Amit Kumar Das": a capitalised particle that ends the run joins no surname after it: a name.
            pieces[-1] = pieces[-1]._replace(is_particle=False, folded=fold_word(pieces[-1].text))
        runs.append(NameRun(start, end, tuple(pieces), bracketed))
    return runs


def _split_particle(word: str, start: int) -> list[Piece]:
    """ "de la" is two particles: each keeps its own offsets."""
    pieces, offset = [], start
    for part in word.split():
        offset = start + word.index(part, offset - start)
        pieces.append(Piece(part, offset, offset + len(part), True, part.lower()))
        offset += len(part)
    return pieces


def is_noise(piece: Piece) -> bool:
    # "Valdora-based Quillon": where a company is, no given name
    return piece.folded in _LEADING_NOISE or piece.text.lower() in _NATIONALITIES or piece.folded.endswith("-based")


def is_month_given_name(piece: Piece) -> bool:
    return piece.folded in _MONTH_GIVEN_NAMES


def is_never_in_names(piece: Piece) -> bool:
    return piece.folded in _NOT_IN_NAMES


def is_surname_too(piece: Piece) -> bool:
    return piece.folded in _SURNAMES_TOO


def is_never_first_in_names(piece: Piece) -> bool:
    return piece.folded in _NOT_FIRST_IN_NAMES


def is_nationality(word: str) -> bool:
    """Whether a word, as printed, is an English adjective of nationality: "Mexican", "Peruvian"."""
    return word.lower() in _NATIONALITIES


def is_medium_word(word: str) -> bool:
    """Whether a word, in lower case or in capitals, names a kind of outlet: "television", "radio", "TV"."""
    return (word.islower() or word.isupper()) and word.lower() in _MEDIUM_WORDS


def is_name_word(word: str) -> bool:
    """Whether a capitalised word, as printed, may be a word of a person's name: no place, body, event or
    opening word of the lists above, and no nationality."""
    folded = fold_word(word)
    return (
        folded not in _NOT_IN_NAMES
        and folded not in _NOT_ALONE
        and folded not in _NOT_FIRST_IN_NAMES
        and word.lower() not in _NATIONALITIES
    )


def feature_names(text: str, runs: list[NameRun | Piece]) -> dict[int, bool]:
    """The runs that name a geographic feature or a facility, by their start: the run right after a
    lower-case feature noun, and the runs that continue a list after a plural one ("los ríos Achiguate y
    María Linda", "the ports of Manzanillo and Lázaro Cárdenas"). True where every name of the run is a
    feature's, False where only its first is ("el río Achiguate y María Linda" names one river)."""
    named: dict[int, bool] = {}
    list_end = -1  # end of the last name of a list of features that may go on
    for run in runs:
        plural = _feature_noun_before(text, run.start)
        joiner = _LIST_JOINER.fullmatch(text, list_end, run.start) if list_end >= 0 else None
        if plural is None and joiner is None:
            list_end = -1
            continue
        named[run.start] = plural is not False
        # A list goes on after a comma, and ends with the name after "y"/"and" or with a run holding "y".
        ends = plural is False or (joiner is not None and joiner.group().strip(", ") != "")
        ends = ends or (isinstance(run, NameRun) and any(p.text == "y" for p in run.pieces))
        list_end = -1 if ends else run.end
    return named


def is_feature_noun(word: str) -> bool:
    """Whether a lower-case word is a feature noun or its plural: "airport", "airports", "río"."""
    if not word[:1].islower():
        return False
    folded = fold_word(word)
    return folded in _FEATURE_NOUNS or folded in _FEATURE_PLURALS


def is_feature_plural(word: str) -> bool:
    """Whether a lower-case word is the plural of a feature noun: "alcaldías", "municipios", "ports"."""
    return word[:1].islower() and fold_word(word) in _FEATURE_PLURALS


_LIST_OPENERS = (" -- ", " — ", " – ")


def _feature_noun_before(text: str, start: int) -> bool | None:
    """Whether a lower-case feature noun, maybe with links after it ("puertos de la"), ends right before
    `start`: True for a plural, False for a singular, None for no feature noun. A plural may open its list
    with a dash ("the two airports -- John F. Kennedy and Newark", "los ríos — Lerma y …")."""
    if text.endswith(_LIST_OPENERS, 0, start):
        opener = next(o for o in _LIST_OPENERS if text.endswith(o, 0, start))
        plural = _feature_noun_before(text, start - len(opener) + 1)
        return True if plural else None
    end = start - 1
    for _ in range(3):  # the noun and at most two links: "puertos de la"
        if end < 1 or text[end] != " ":
            return None
        word_start = text.rfind(" ", max(0, end - _LONGEST_WORD), end) + 1
        word = text[word_start:end]
        if word not in _FEATURE_LINKS:
            break
        end = word_start - 1
    if not word[:1].islower():
        return None  # "Lake Titicaca" is one run; "Río" opening a sentence may be a name's first word
    folded = fold_word(word)
    if folded in _FEATURE_NOUNS or (folded in _WORK_NOUNS and end == start - 1 and text[start : start + 1].isupper()):
        return False
    return folded in _FEATURE_PLURALS or None


def after_preposition(text: str, sentence_start: int, position: int) -> bool:
    """Whether the word before `position`, in its sentence, is a preposition: "con Luis Gómez"."""
    words = text[max(sentence_start, position - 16) : position].split()
    return bool(words) and fold_word(words[-1]) in PREPOSITIONS


def opens_sentence(text: str, offset: int) -> bool:
    """Whether the word at `offset` opens a sentence, so that its capital says nothing of it."""
    before = text[max(0, offset - 3) : offset].rstrip(' "“«¿¡(')
    return not before or before[-1] in ".!?:\n"
