"""Organizations named in an article, in English and Spanish.

Two sources, merged with the longest mention winning where they overlap (and the known list on a tie):
1. A list of well-known organizations with their names and acronyms in both languages
   (`organization_names.KNOWN_ORGANIZATIONS`), found by the shared Aho-Corasick gazetteer.
2. Capitalised phrases built around a head noun ("Interior Department", "Secretaría de Economía",
   "Federal Bureau of Investigation", "Acme Inc."): English heads close a name, Spanish and "X of Y"
   heads open it, so a phrase is read outward from its head. Company words ("Securities", "Capital",
   "Airlines") only close a name: "Northgate Securities", never "Energy Secretary". So does a legal form
   (`organization_names.COMPANY_SUFFIX`: "Inc.", "Corp.", "Co.", "Ltd.", "S.A.", "S.A. de C.V.", "S.L.",
   "Cía.", and "& Co.", "y Cía."): "Ford Motor Co.", "Hijos de Pérez y Cía.". A common noun that opens
   the sentence before "of"/"de" (`organization_names.NOUNS_BEFORE_A_COMPANY`) says what of the company
   the sentence is about, and is no part of its name: "Shares of Acme Holdings Corp." names "Acme
   Holdings Corp.", "Trabajadores de Aguas de Monterrey S.L." names "Aguas de Monterrey S.L.". A Spanish
   article capitalised within a sentence opens the words before such a head or company word: "a Los Angeles
   Times poll" names "Los Angeles Times", as Spanish prints its articles in lower case there.

An acronym in parentheses right after a name ("Alliance for Economic Prosperity in the Americas (APEP)")
becomes that organization's alias for the rest of the article, so a later bare "APEP" is a mention of it
(the canonical name is the full name). The words before such an acronym whose initials are its letters name
it too, over the connectors and "a"/"to" between them: "Comisión Ejecutiva de Atención a Víctimas (CEAV)",
"administradoras de fondos de pensiones (AFP)". Words naming people's roles ("Secretary of State", "Foreign
Minister", "Governor") never belong to an organization name; the people extractor reads them. A body every
country has ("Congress", "Corte Suprema", "central bank", "Ministry of Finance") is read as printed, in any
case where the list spells it in lower case; which country's it is, `flows.extract.national_bodies` settles
once the article's places are known.

A common noun of a kind of body right before an acronym in capitals names it, and its later bare mentions:
"French aid group ACTED said", "oil giant BP", "la ONG ACTED", a broadcaster's call sign ("television station
KXAB", "la emisora RPQ"; not a post's acronym: "the company CEO"). A possessive post before "Office" or
"Department", after the name of the county or the city it serves, is a word of the name: "Hale County Sheriff's
Office", "Dade County Attorney's Office". Before a post, "Minority" and "Majority" are the post's words, not the
body's ("Senate Minority Leader"); nor is a plural or a verb in capitals after a head ("Senate OKs"). A
bracket after a person's name that holds a listed place and other name words is the person's party, a
legislator's as the Latin American press prints it: "José Jerí (Somos Perú)", "(Juntos por el Perú)"; the place
alone is where the person is from ("(Costa Rica)"). A listed name that is a common word too
(`organization_names.COMMON_WORD_NAMES`: "Labour") is the organization at a sentence's start only where the
article names it so within a sentence as well, and never before another capitalised word ("Labour Day").

In a line in capitals (a heading, a shouted post: `flows.extract.capital_lines`) capitals tell no name from
a common word, so neither a listed name of one word ("CON UN TÚNEL" names no United Nations) nor a phrase
read around a head ("EN SU CONGRESO EXTRAORDINARIO") is taken there; a listed name of words is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from flows.extract.capital_lines import lines_in_capitals
from flows.extract.gazetteer import Gazetteer, Hit, fold_keep_length, fold_word, longest_non_overlapping
from flows.extract.given_names import is_given_name
from flows.extract.name_words import (
    ARTICLES,
    CALENDAR_WORDS,
    FUNCTION_WORDS,
    PLURAL_ARTICLES,
    PREPOSITIONS,
    ROLE_WORDS,
    SENTENCE_OPENERS,
    words,
)
from flows.extract.organization_names import (
    COMMON_WORD_NAMES,
    COMPANY_SUFFIX,
    COMPANY_WORDS,
    HEAD_WORDS,
    KNOWN_ORGANIZATIONS,
    NATIONAL_BODY_FORMS,
    NEWS_LABEL_WORDS,
    NOT_COMPANY_SUFFIX,
    NOUNS_BEFORE_A_COMPANY,
)
from flows.extract.places import country_name_end, is_place_name
from flows.extract.types import EntitySpan

# Connectors that may join the words of one name; the strong ones open the complement of a head noun
# ("Ministry of ...", "Secretaría de ..."), the locative ones only inside a name defined by an acronym.
_STRONG = words("of for on de del para")
_COORDINATING = words("and y e &")
_LOCATIVE = words("in en")
# Spanish "a" of an aim or a right inside a name ("Instituto Federal de Acceso a la Información"): only in a name
# defined by an acronym, as elsewhere it is the verb's ("entregó la Secretaría de Economía a Pemex").
_AIM = words("a")
_CONNECTORS = _STRONG | ARTICLES | _COORDINATING | _LOCATIVE | _AIM
# Words that join the words an acronym spells out and give it no letter: the connectors, and those of a
# purpose or an aim ("Comisión Ejecutiva de Atención a Víctimas (CEAV)", "Coalition to Stop Gun Violence").
_SPELLED_CONNECTORS = _CONNECTORS | words("a al to contra against")

# A capitalised word (a possessive 's ends it) or a dotted abbreviation ("U.S. Embassy").
# Possessive (*+, ++): giving back a letter never lets what follows a word match, so none is given back.
_WORD = r"(?:(?:[A-Z]\.){2,}|[A-ZÀ-ÖØ-Þ][\w-]*+(?:['’][A-Za-z][\w-]++)?)"
_CONNECTOR = r"(?:of|for|on|de|del|para|the|el|la|los|las|and|y|e|&|in|en|a)"
# Runs of two or more capitalised words, or one word with a legal-form suffix or an acronym after it:
# the other single words (sentence openings, surnames) cannot be an organization's name here.
# The run's first word is _WORD with its first letter taken out of the alternation: a pattern that opens
# with a character class lets `re` skip to the capitals in C instead of trying the pattern at every
# character (2.5 times faster on whole articles, the same matches). Its letters are read 60 at most, and
# an abbreviation's 20: a run is tried again from each capital inside a word, and a word of thousands of
# capitals and hyphens ('Ab-Ab-Ab…', 'A.B.C.…', a pasted code) was read to its end from each of them.
# No name has a word or an abbreviation that long.
_FIRST_WORD = r"[A-ZÀ-ÖØ-Þ](?:(?<=[A-Z])\.(?:[A-Z]\.){1,20}|[\w-]{0,60}+(?:['’][A-Za-z][\w-]++)?)"
_CAPITALISED_RUN = re.compile(
    rf"{_FIRST_WORD}(?:(?: (?:{_CONNECTOR} )*{NOT_COMPANY_SUFFIX}{_WORD})+{COMPANY_SUFFIX}?|{COMPANY_SUFFIX}|(?= \())"
)
_TOKEN = re.compile(r"\S+")
_NATIONAL_BODY_NAMES = frozenset(name for name, _ in NATIONAL_BODY_FORMS)
_ANY_HEAD = HEAD_WORDS | COMPANY_WORDS
_ENDS_WITH_COMPANY_SUFFIX = re.compile(f"{COMPANY_SUFFIX}$")
_LONGEST_SUFFIX = len(", S.A.B. de C.V.")
_SUFFIX_LAST_CHARACTERS = frozenset(
    ".cpdCHP"
)  # of "Inc.", "Inc", "Corp", "Ltd", "LLC", "S.A.", "Co.", "plc", "GmbH", "LLP"...: the rest skip the regex
_ACRONYM_IN_PARENTHESES = re.compile(r" \(([A-Z][A-Za-z0-9&]{1,9})\)")
_ACRONYM = re.compile(r"\b[A-Z][A-Za-z0-9&]{1,9}\b")
# A word an alias may be: an acronym, or a company's short name ("Harbourline").
_ALIAS_TOKEN = re.compile(r"\b[A-Z][A-Za-z0-9&]{1,29}\b")
_MIN_ACRONYM_CAPITALS = 2
_MIN_WORDLIKE_ACRONYM = 5
_MIN_SHORT_WORDLIKE_ACRONYM = 3
# A name the article spells out before an acronym ("administradoras de fondos de pensiones (AFP)"): its
# words, at most this many characters before the bracket, of at least this many letters each ("a
# protester (AP)" is a photo credit).
_SPELLED_WORD = re.compile(r"[^\W\d_]+")
_LONGEST_SPELLED_OUT = 160
_SHORTEST_SPELLED_WORD = 3


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    folded: str
    start: int
    end: int


def find_organizations(text: str) -> list[EntitySpan]:
    """Every organization mention in `text`, in text order, named by the organization's full name."""
    folded = fold_keep_length(text)
    known = list(_listed_hits(text))
    patterned = [hit for run in _CAPITALISED_RUN.finditer(text) for hit in _organizations_in_run(text, folded, run)]
    # A head word may open a place's name too ("Unión Soviética", "Union City"): a name read around it that is a
    # listed place's whole name is the place's.
    patterned = [hit for hit in patterned if not is_place_name(text[hit.start : hit.end])]
    if capital_lines := lines_in_capitals(text):
        known, patterned = _outside_capital_lines(text, capital_lines, known, patterned)
    # A listed name of several words is more trustworthy than a phrase read around it ("General Assembly
    # of the Organization of American States" is the OAS's assembly, not another organization). Not the
    # name every country's body has: the phrase around it says whose it is, or that it is another body
    # ("Corte Suprema de Justicia de Colombia", "Tribunal Supremo Electoral", "Supreme Court of Texas").
    several_words = [h for h in known if " " in text[h.start : h.end] and h.value not in _NATIONAL_BODY_NAMES]
    listed = _covered(((h.start, h.end) for h in several_words), len(text))
    extended = _listed_names_extended(text, several_words)
    patterned = [
        h for h in patterned if listed.find(1, h.start, h.end) == -1 or h.end >= extended.get(h.start, len(text) + 1)
    ]
    patterned = _cut_before_listed(text, patterned, {h.start for h in known})
    if " (" in text:
        patterned.extend(_affiliations_holding_a_place(text))
    if "s Office" in text or "s Department" in text:
        patterned.extend(_offices_of_a_post(text))
    hits = longest_non_overlapping([*_with_country_branches(text, known), *patterned])

    aliases: dict[str, str] = {}
    definitions: list[tuple[int, int]] = []
    for hit in hits:
        acronym = _ACRONYM_IN_PARENTHESES.match(text, hit.end)
        if acronym and _is_acronym(acronym.group(1), text[hit.start : hit.end]):
            aliases.setdefault(acronym.group(1), hit.value)
            # An acronym written as a word is written in capitals too, in one article: "Ifai", "IFAI".
            aliases.setdefault(acronym.group(1).upper(), hit.value)
            definitions.append((acronym.start(1), acronym.end(1)))
    for short, name in _company_short_names(text, hits):
        aliases.setdefault(short, name)
    spelled_out = list(_spelled_out_names(text, hits))
    for name, acronym in spelled_out:
        aliases.setdefault(text[acronym.start : acronym.end], name.value)
        definitions.append((acronym.start, acronym.end))
    hits = [hit for hit in hits if _has_listed_meaning(text, hit, aliases)]
    hits = _common_words_as_names(text, hits)
    if described := _described_acronyms(text, hits):
        for hit in described:
            aliases.setdefault(hit.value, hit.value)
        hits = longest_non_overlapping([*hits, *described])
    if spelled_out:
        hits = longest_non_overlapping([*hits, *(name for name, _ in spelled_out)])

    spans = [EntitySpan("organization", hit.value, hit.start, hit.end) for hit in hits]
    # A short name in brackets that is a place's name too ("Movimiento de Regeneración Nacional (Morena)") is
    # the organization's there, not the place's: its mention says so, where other definitions are none. One in
    # capitals the places leave out themselves ("(FIER)").
    spans.extend(
        EntitySpan("organization", aliases[text[start:end]], start, end)
        for start, end in definitions
        if not text[start:end].isupper() and is_place_name(text[start:end])
    )
    taken = _covered([(s.char_start, s.char_end) for s in spans] + definitions, len(text))
    for start, end in _alias_mentions(text, aliases):
        if not taken[start]:
            spans.append(EntitySpan("organization", aliases[text[start:end]], start, end))
    return sorted(spans, key=lambda s: (s.char_start, s.char_end))


# A head noun and its complement after a listed name: "Bank of Dallas" of "Federal Reserve Bank of Dallas".
_HEAD_AND_COMPLEMENT = re.compile(r" ([A-Z][a-z]+) (?:of|de|del|for|para) ")


def _listed_names_extended(text: str, listed: list[Hit[str]]) -> dict[int, int]:
    """Where a listed name opens a longer one that a head noun and its complement go on, the end that a name read
    around the head from there must pass to be kept over the listed one: "Federal Reserve Bank of Dallas" is one
    of the Fed's banks, not the Fed and Dallas. A listed name inside a longer one stays the listed organization
    where no head follows it ("General Assembly of the Organization of American States", "Federal Reserve
    Board")."""
    extended = {}
    for hit in listed:
        head = _HEAD_AND_COMPLEMENT.match(text, hit.end)
        if head is not None and fold_word(head.group(1)) in HEAD_WORDS:
            extended[hit.start] = head.end()
    return extended


def _with_country_branches(text: str, known: list[Hit[str]]) -> list[Hit[str]]:
    """`known`, where a listed name of one word printed as listed is followed by a country's name, with that
    country: "Yahoo Japan", "Google México", "CNN Chile" are the company's branch or channel there, not the company
    and the country. Not an alias ("ONU México" is the United Nations' office, named as printed by no one), nor a
    body every country has ("el Senado Israel Monroy": its president), nor a country's name that opens a person's
    ("CNN Israel Ruiz")."""
    found = []
    for hit in known:
        printed = text[hit.start : hit.end]
        end = None
        if (
            printed == hit.value
            and " " not in printed
            and text[hit.end : hit.end + 1] == " "
            and hit.value not in _NATIONAL_BODY_NAMES
        ):
            end = country_name_end(text, hit.end + 1)
            if end is not None and _CAPITALISED_WORD_NEXT.match(text, end):
                end = None
        found.append(hit if end is None else Hit(hit.start, end, f"{printed} {text[hit.end + 1 : end]}"))
    return found


_CAPITALISED_WORD_NEXT = re.compile(r" [A-ZÀ-ÖØ-Þ]")


def _outside_capital_lines(
    text: str, lines: list[tuple[int, int]], known: list[Hit[str]], patterned: list[Hit[str]]
) -> tuple[list[Hit[str]], list[Hit[str]]]:
    """The hits that capitals can be trusted for, in a text with lines in capitals (a heading, a shouted
    post): there a listed name of one word may be a common word ("CON UN TÚNEL", "EN SU CONGRESO"), and
    every run of words is capitalised ("CONGRESO EXTRAORDINARIO"). A listed name of several words stays
    ("NACIONES UNIDAS")."""
    in_capitals = _covered(lines, len(text))
    return (
        [hit for hit in known if not in_capitals[hit.start] or " " in text[hit.start : hit.end]],
        [hit for hit in patterned if not in_capitals[hit.start]],
    )


def listed_organizations(text: str) -> bytearray:
    """1 at every offset of `text` inside a listed organization's name: the people extractor takes no
    person there ("The Federal Reserve said", "Petróleos Mexicanos said"), nor in a listed name's branch in a
    country ("Google México"). The scan is the shared one."""
    return _covered(((h.start, h.end) for h in _with_country_branches(text, list(_listed_hits(text)))), len(text))


# The people extractor asks for the listed names of the article (`listed_organizations`), then
# `find_organizations` does: they are found once.
@lru_cache(maxsize=8)
def _listed_hits(text: str) -> tuple[Hit[str], ...]:
    return tuple(_known_organizations().find(text))


# "y", "and" and their like between two names: what a name read around its head may run on over.
_COORDINATOR = re.compile(r" (?:and|y|e|&) ")


def _cut_before_listed(text: str, hits: list[Hit[str]], listed_starts: set[int]) -> list[Hit[str]]:
    """A name read around its head ends before a coordinator and a listed name: "el Banco Central de
    Reserva y Banxico" are two banks, where "Ministry of Agriculture and Rural Development" is one."""
    cut = []
    for hit in hits:
        end = next(
            (m.start() for m in _COORDINATOR.finditer(text, hit.start, hit.end) if m.end() in listed_starts), None
        )
        cut.append(hit if end is None else Hit(hit.start, end, " ".join(text[hit.start : end].split())))
    return cut


# First words of what an acronym in brackets also names, which is no body: an index, a rate, a report, a plan, a
# law, a tax ("Índice de Precios al Consumidor (IPC)", "Tasa de Política Monetaria (TPM)", "Producto Interno Bruto
# (PIB)"), folded.
_NOT_BODIES = words(
    """
    indice index tasa rate informe report plan programa program programme ley law marco framework producto product
    impuesto tax proyecto project tratado treaty acuerdo agreement reglamento decreto presupuesto budget censo
    census encuesta survey precio precios price prices indicador indicator estrategia strategy politica policy
    """
)


def _spelled_out_names(text: str, hits: list[Hit[str]]) -> Iterator[tuple[Hit[str], Hit[str]]]:
    """(name, acronym) of each acronym in brackets whose letters open the words before it, where no
    organization found ends: "administradoras de fondos de pensiones (AFP)" names an organization of its
    own, "Administradoras de Fondos de Pensiones"."""
    ends = {hit.end for hit in hits}
    for match in _ACRONYM_IN_PARENTHESES.finditer(text):
        acronym = match.group(1)
        # A credit closes a photo caption or a paragraph: "... armed protesters (AP)".
        closes_paragraph = text[match.end() : match.end() + 1] in ("", "\n")
        if match.start() in ends or closes_paragraph or not (acronym.isalpha() and acronym.isupper()):
            continue
        start = _spelled_out_start(text, match.start(), acronym)
        if start is not None and fold_word(text[start : match.start()].split(maxsplit=1)[0]) not in _NOT_BODIES:
            name = " ".join(
                w if fold_word(w) in _SPELLED_CONNECTORS else w[0].upper() + w[1:]
                for w in text[start : match.start()].split()
            )
            yield Hit(start, match.start(), name), Hit(match.start(1), match.end(1), acronym)


def _spelled_out_start(text: str, end: int, acronym: str) -> int | None:
    """Where the words ending at `end` start whose initials, connectors aside, are the acronym's letters;
    None when there are no such words, all capitalised or all in lower case."""
    letters = list(acronym.lower())
    words = list(_SPELLED_WORD.finditer(text, max(0, end - _LONGEST_SPELLED_OUT), end))
    cases: set[bool] = set()
    for word in reversed(words):
        if text[word.end() : end] not in ("", " ", "-"):  # "France-Presse" is two words
            return None
        end = word.start()
        folded = fold_word(word.group())
        if folded in _SPELLED_CONNECTORS and len(letters) < len(acronym):
            continue  # "de" in "fondos de pensiones", not after the last word
        if len(folded) < _SHORTEST_SPELLED_WORD or folded[0] != letters[-1]:
            return None
        cases.add(word.group()[0].isupper())
        letters.pop()
        if not letters:
            return end if len(cases) == 1 else None
    return None


def _has_listed_meaning(text: str, hit: Hit[str], aliases: dict[str, str]) -> bool:
    """Whether a listed acronym means the listed organization here: not where the article defines it as
    another ("administradoras de fondos de pensiones (AFP)"), nor after a plural article ("las AFP")."""
    printed = text[hit.start : hit.end]
    if printed in aliases:
        return aliases[printed] == hit.value
    if not printed.isupper() or " " in printed:
        return not _is_verb_at_sentence_start(text, hit)
    return fold_word(_last_word_before(text, hit.start)) not in PLURAL_ARTICLES


# The common nouns of a kind of body that an acronym after them is the name of: "French aid group ACTED said",
# "oil giant BP", "la ONG ACTED". Found by the shared scan: a pattern over the whole text cost a tenth of the
# organizations' time.
_KINDS_OF_BODY = words(
    """
    group company firm giant party charity NGO broadcaster carrier airline conglomerate retailer bank lender
    insurer union agency organization organisation network newspaper operator institute
    partido empresa compañía firma organización ONG agrupación aerolínea cadena diario sindicato gigante
    instituto organismo emisora
    """
) | {"television station", "TV station", "radio station", "TV channel", "news channel"}  # not a bus station's ATM
_ACRONYM_AFTER = re.compile(r" ([A-Z][A-Z0-9&]{1,7})\b(?![-.’'&]\w| [A-Z])")
# Acronyms of a person's post, which follow such a noun as the post's ("the company CEO said").
_ROLE_ACRONYMS = words("CEO CFO COO CTO PM MP MEP MLA")


@cache
def _kinds_of_body() -> Gazetteer[str]:
    return Gazetteer(((kind, kind) for kind in _KINDS_OF_BODY), shared=True)


def _described_acronyms(text: str, hits: list[Hit[str]]) -> list[Hit[str]]:
    """The acronyms that a common noun of a kind of body introduces, where no organization was found: "aid group
    ACTED", "oil giant BP", "la ONG ACTED" name an organization by that acronym, and its later bare mentions
    too. Not after a capitalised noun, a name's own word ("Grupo ABC"); not before a capitalised word ("the
    party MP John Smith"), nor a post's acronym ("the company CEO")."""
    starts = {hit.start for hit in hits}
    found = []
    for kind in _kinds_of_body().find(text):
        printed = text[kind.start : kind.end]
        if printed != kind.value:
            continue  # "Group", "Partido": a word of a name
        match = _ACRONYM_AFTER.match(text, kind.end)
        if match is None or match.start(1) in starts:
            continue
        acronym = match.group(1)
        if acronym not in _ROLE_ACRONYMS and fold_word(acronym) not in ROLE_WORDS:
            found.append(Hit(match.start(1), match.end(1), acronym))
    return found


# A bracket after a capitalised word (a person's name) holding two to five words, capitalised but for the
# connectors between them: "José Jerí (Somos Perú)", "(Juntos por el Perú)".
# The bracket opens the pattern and the word's letter is looked behind it: a literal first is found by a fast
# search, where a look-behind first was tried at every character (120 against 6 µs an article).
_BRACKETED_NAME = re.compile(
    r" \((?<=[^\W\d_] \()(?P<name>[A-ZÁÉÍÓÚÑ][^\W\d_]+(?: (?:(?:de|del|por|el|la|los|las|y|of|the|for) ){0,2}"
    r"[A-ZÁÉÍÓÚÑ][^\W\d_]+){1,4})\)"
)
_BRACKET_CONNECTORS = words("de del por el la los las y of the for")


def _affiliations_holding_a_place(text: str) -> list[Hit[str]]:
    """The names in brackets after a person's name that hold a place and other name words: "José Jerí (Somos
    Perú)", "(Perú Libre)", "(Juntos por el Perú)" are parties, as a legislator's is printed, the place a word of
    their names; a place alone is where the person is from ("(Costa Rica)", "(Ciudad de México)")."""
    found = []
    for match in _BRACKETED_NAME.finditer(text):
        before = text[max(0, match.start() - 30) : match.start()].split()
        if not before or not before[-1][0].isupper() or fold_word(before[-1]) in FUNCTION_WORDS:
            continue
        name = match.group("name")
        if fold_word(name.split()[0]) in ROLE_WORDS | ARTICLES:
            continue  # "(Ministro de Salud)", a nickname "(El Toro)"
        outside_places = _words_outside_places(name.split())
        if outside_places and len(outside_places) < len(name.split()):
            found.append(Hit(match.start("name"), match.end("name"), name))
    return found


# A local post's office, as U.S. counties, cities and districts name theirs: "Hale County Sheriff's Office", "Dade
# County Attorney's Office", "U.S. Attorney's Office". The literal opens the pattern; the words before it are read
# back.
_OFFICE_OF_A_POST = re.compile(r"['’]s (?:Office|Department)\b")
_POSTS_WITH_AN_OFFICE = words(
    "sheriff attorney prosecutor coroner comptroller controller treasurer auditor assessor clerk examiner "
    "marshal mayor governor general"
)
_LONGEST_NAME_BEFORE_A_POST = 60
_NOT_NAME_WORDS = FUNCTION_WORDS | SENTENCE_OPENERS
_POSTS = _POSTS_WITH_AN_OFFICE | ROLE_WORDS
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")


def _offices_of_a_post(text: str) -> Iterator[Hit[str]]:
    """The offices of a post that the capitalised words before it name: the county's or the city's name, the post
    and its possessive "Office" or "Department" ("Hale County Sheriff's Office"). Not a post's office that no name
    opens ("the Sheriff's Office"), nor a place's or a person's possessive ("Mexico's Finance Department")."""
    for match in _OFFICE_OF_A_POST.finditer(text):
        before = text[max(0, match.start() - _LONGEST_NAME_BEFORE_A_POST) : match.start()].split(" ")
        if len(before) < 2 or fold_word(before[-1]) not in _POSTS_WITH_AN_OFFICE or not before[-1][:1].isupper():
            continue
        name_words = 1
        for word in reversed(before[:-1]):
            if "." in word and _DOTTED.fullmatch(word) is None:
                break  # a full stop ends a sentence, but for an abbreviation's ("U.S."): the name is after it
            letters = word.replace("-", "").replace(".", "")
            if not (word[:1].isupper() and letters.isalpha()) or fold_word(word) in _NOT_NAME_WORDS:
                break
            name_words += 1
        if name_words < 2 or (name_words == 2 and fold_word(before[-2]) in _POSTS):
            continue  # "the Sheriff's Office", "the Attorney General's Office" (a national body, listed)
        start = match.start() - len(" ".join(before[-name_words:]))
        yield Hit(start, match.end(), text[start : match.end()])


def _words_outside_places(name_words: list[str]) -> list[str]:
    """The name words of `name_words` outside every listed place's name among them, longest first: "Somos" of
    "Somos Perú"; none of "Ciudad de México"."""
    outside, index = [], 0
    while index < len(name_words):
        lengths = range(len(name_words) - index, 0, -1)
        length = next((n for n in lengths if is_place_name(" ".join(name_words[index : index + n]))), 0)
        if length:
            index += length
            continue
        if fold_word(name_words[index]) not in _BRACKET_CONNECTORS:
            outside.append(name_words[index])
        index += 1
    return outside


def _common_words_as_names(text: str, hits: list[Hit[str]]) -> list[Hit[str]]:
    """`hits` but for the listed names that are common words too (`COMMON_WORD_NAMES`: "Labour") where they may
    be the word: before another capitalised word ("Labour Day"), and at a sentence's start ("Labour costs rose")
    unless the article names the organization so within a sentence too ("after Labour had obtained")."""
    if COMMON_WORD_NAMES.isdisjoint(text[hit.start : hit.end] for hit in hits):
        return hits  # nearly every article
    ambiguous = [hit for hit in hits if text[hit.start : hit.end] in COMMON_WORD_NAMES]
    named = [hit for hit in ambiguous if not _before_a_capitalised_word(text, hit.end)]
    within = {hit.value for hit in named if not _opens_sentence(text, hit.start)}
    kept = {hit for hit in named if hit.value in within}
    return [hit for hit in hits if hit in kept or text[hit.start : hit.end] not in COMMON_WORD_NAMES]


def _before_a_capitalised_word(text: str, end: int) -> bool:
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()


# "Fed up with ...": "up" is no preposition, but follows the verb as one does.
_AFTER_A_VERB = PREPOSITIONS | {"up"}


def _is_verb_at_sentence_start(text: str, hit: Hit[str]) -> bool:
    """A listed one-word name of one capital that opens a sentence and a preposition follows is the word
    the name spells, capitalised: "Fed by three days of rain", "Fed up with the delays"; not "Fed
    officials said"."""
    printed = text[hit.start : hit.end]
    if " " in printed or sum(ch.isupper() for ch in printed) != 1:
        return False
    if not _opens_sentence(text, hit.start):
        return False
    following = text[hit.end : hit.end + 12].split(maxsplit=1)
    return bool(following) and following[0] in _AFTER_A_VERB


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence, a paragraph or the text, past an opening mark."""
    before = text[max(0, start - 3) : start].rstrip(' "“«¿¡(')
    return not before or before[-1] in ".!?:\n"


def _last_word_before(text: str, start: int) -> str:
    words = text[max(0, start - 8) : start].split()
    return words[-1] if words and text[start - 1 : start] == " " else ""


def _covered(spans: Iterable[tuple[int, int]], size: int) -> bytearray:
    """1 at every offset inside one of `spans`: whether a span overlaps them is then one C-level find,
    where a look through them all made a text of thousands of organizations take minutes."""
    mask = bytearray(size)
    for start, end in spans:
        mask[start:end] = b"\x01" * (end - start)
    return mask


# First words of a company's name that are no short name of it: what kind of company it is, or an article.
_NOT_SHORT_NAMES = (
    HEAD_WORDS | COMPANY_WORDS | ARTICLES | words("grupo group banco compania company empresa corporacion")
)
_MIN_SHORT_NAME = 4


def _company_short_names(text: str, hits: list[Hit[str]]) -> Iterator[tuple[str, str]]:
    """(short name, company) for each company named in full with its legal form: its first word, by which the
    article names it again ("Harbourline said" after "Harbourline Pharmaceuticals Inc.", "Tiffany" after "Tiffany &
    Co."). Not a word of what kind of company it is ("Grupo", "Bank"), a word in capitals (an acronym is read
    by its own rules) or a short word."""
    for hit in hits:
        name = text[hit.start : hit.end]
        if name[-1] not in _SUFFIX_LAST_CHARACTERS or not _ENDS_WITH_COMPANY_SUFFIX.search(name):
            continue
        first = name.split(maxsplit=1)[0].rstrip(",")
        if (
            len(first) >= _MIN_SHORT_NAME
            and first != name
            and first[0].isupper()
            and first[1:].islower()
            and first.isalpha()
            and fold_word(first) not in _NOT_SHORT_NAMES
            and not is_place_name(first)
        ):
            yield first, hit.value


def _alias_mentions(text: str, aliases: dict[str, str]) -> list[tuple[int, int]]:
    """(start, end) of every word-like token (`_ALIAS_TOKEN`) of `text` that is one of `aliases`.

    Each alias is looked for with str.find rather than reading every capitalised word in Python. An
    occurrence is such a token when `_ACRONYM` matches exactly it there, unless "&" joins it to the word
    before ("X&APEP" is one token): then the tokens are read one by one, as they always were."""
    found: list[tuple[int, int]] = []
    for alias in aliases:
        start = text.find(alias)
        while start >= 0:
            end = start + len(alias)
            if start and text[start - 1] == "&":
                return [(m.start(), m.end()) for m in _ALIAS_TOKEN.finditer(text) if m.group(0) in aliases]
            match = _ALIAS_TOKEN.match(text, start)
            if match is not None and match.end() == end:
                found.append((start, end))
            start = text.find(alias, start + 1)
    return sorted(found)


@cache
def _known_organizations() -> Gazetteer[str]:
    return Gazetteer(
        ((written, canonical) for canonical, aliases in KNOWN_ORGANIZATIONS for written in (canonical, *aliases)),
        shared=True,
    )


def _is_acronym(candidate: str, name: str) -> bool:
    """'APEP', 'SRE', and the Mexican style that writes long acronyms as words: 'Conapred', 'Sedena', or a
    shorter one whose letters are initials of the capitalised words of the `name` before it, one after the other:
    'Ifai' of "Instituto Federal de Acceso a la Información" (a short word alone may be a place or a name in
    brackets: "(Lima)"). The name may be a run of words that opens before the organization's ("Según el …")."""
    capitals = sum(ch.isupper() for ch in candidate)
    if capitals >= _MIN_ACRONYM_CAPITALS or (capitals == 1 and len(candidate) >= _MIN_WORDLIKE_ACRONYM):
        return True
    return (
        capitals == 1
        and len(candidate) >= _MIN_SHORT_WORDLIKE_ACRONYM
        and candidate.isalpha()
        and candidate.lower() in _capital_initials(name)
    )


def _capital_initials(name: str) -> str:
    """The initials of the capitalised words of `name`, in lower case: "ifaipd" of "Instituto Federal de Acceso a
    la Información y Protección de Datos"."""
    return "".join(word[0].lower() for word in name.split() if word[0].isupper())


def _organizations_in_run(text: str, folded: str, run: re.Match[str]) -> list[Hit[str]]:
    """Organization names inside one run of capitalised words, read outward from their head nouns."""
    start, end = run.start(), run.end()
    if (
        text[start + 1 : start + 2] == "-"
        and text[end : end + 1] in (",", ")")
        and _PARTY_AND_HOME.match(text, max(0, start - 2))
    ):
        return []  # "Rep. Ana Ruiz, R-Vernon Center,": the legislator's party and home town, no body
    # Most runs are people's and places' names: a set lookup turns them away before any regex runs.
    has_head = not _ANY_HEAD.isdisjoint(folded[start:end].split())
    if not has_head and "-" in run.group(0):
        printed = zip(run.group(0).split(), folded[start:end].split(), strict=True)
        has_head = not _ANY_HEAD.isdisjoint(_without_faction(word, folded_word) for word, folded_word in printed)
    ends_with_suffix = (
        text[end - 1] in _SUFFIX_LAST_CHARACTERS
        and _ENDS_WITH_COMPANY_SUFFIX.search(text, max(start, end - _LONGEST_SUFFIX), end) is not None
    )
    if not (has_head or ends_with_suffix):
        return []
    acronym = _ACRONYM_IN_PARENTHESES.match(text, end)
    acronym_follows = bool(acronym and _is_acronym(acronym.group(1), run.group(0)))
    tokens = [
        _Token(
            m.group(0),
            _without_faction(m.group(0), folded[start + m.start() : start + m.end()]),
            start + m.start(),
            start + m.end(),
        )
        for m in _TOKEN.finditer(run.group(0))
    ]
    if ends_with_suffix:
        return _company(text, tokens)
    hits: list[Hit[str]] = []
    # Roles split a run: "Bank of Mexico Governor Victoria Rodríguez" holds one name, before the role.
    segment: list[_Token] = []
    for token in [*tokens, None]:
        if token is None or token.folded in ROLE_WORDS or token.folded in _RANKS:
            while token is not None and segment and segment[-1].folded in _POST_QUALIFIERS:
                segment.pop()  # "Senate Minority Leader": "Minority" is the post's
            reaches_end = token is None and acronym_follows
            hits.extend(_names_around_heads(text, segment, reaches_end))
            segment = []
        else:
            segment.append(token)
    return hits


# A U.S. legislator's party letter joined to the state or town the legislator represents, between commas or
# brackets after the name: "Rep. Ana Ruiz, R-Vernon Center," (not "the D-Day Memorial Foundation").
_PARTY_AND_HOME = re.compile(r"(?:, |.\()[RDI]-[A-Z]")  # after the name's comma or bracket
# Words that open a post rather than end a body's name, before a role word: "Senate Minority Leader", "House
# Majority Whip".
_POST_QUALIFIERS = words("minority majority")
# Police and military ranks, folded: like a role, one splits a run, as a body's name before it is the rank's
# service ("Army Sergeant Ana Ruiz", "Navy Captain Tom Hale"), never a name with the person after it. Not
# "detective" or "inspector", which name agencies and offices ("Pinkerton Detective Agency", "Inspector
# General's Office").
_RANKS = words("sergeant captain corporal lieutenant colonel constable sargento teniente coronel cabo capitan")


# A party's faction letter after its name's head: "Pakistan Muslim League-N", "Congress-I".
_FACTION_LETTER = re.compile(r"(?<=[a-z])-[A-Z]{1,2}$")


def _without_faction(printed: str, folded: str) -> str:
    """The `folded` form of a word `printed` so, without a faction letter after it, so that its head word is read:
    "league" of "League-N"."""
    if "-" not in printed or (letter := _FACTION_LETTER.search(printed)) is None:
        return folded
    return folded[: letter.start()]


def _names_around_heads(text: str, tokens: list[_Token], acronym_follows: bool) -> list[Hit[str]]:
    hits: list[Hit[str]] = []
    floor = head = 0  # words before `floor` belong to an earlier name
    while head < len(tokens):
        if tokens[head].folded not in HEAD_WORDS:
            if tokens[head].folded in COMPANY_WORDS and (company := _company_name(text, tokens, floor, head)):
                first, last = tokens[company[0]], tokens[company[1] - 1]
                start = _possessive_name_start(text, first.start)
                hits.append(Hit(start, last.end, " ".join(text[start : last.end].split())))
                floor = head = company[1]
            else:
                head += 1
            continue
        start = _name_start(text, tokens, floor, head)
        stop = _complement_end(tokens, head, opens_name=start == head, to_end=acronym_follows)
        while stop > start + 1 and tokens[stop - 1].folded in _CONNECTORS:
            stop -= 1
        if stop - start >= 2 or (acronym_follows and stop == len(tokens)):
            first, last = tokens[start], tokens[stop - 1]
            hits.append(Hit(first.start, last.end, " ".join(t.text for t in tokens[start:stop])))
        floor = head = max(stop, head + 1)
    return hits


def _company_name(text: str, tokens: list[_Token], floor: int, head: int) -> tuple[int, int] | None:
    """(start, stop) of the company name that the company word at `head` closes: the name words before
    it, and the company words right after it ("Bluewater Capital Partners"). None where no name word
    comes before it ("Energy Secretary") or a name word follows ("the Clean Energy Act" is a law)."""
    start = _name_start(text, tokens, floor, head)
    stop = head + 1
    while stop < len(tokens) and tokens[stop].folded in COMPANY_WORDS:
        stop += 1
    if start == head or (stop < len(tokens) and _is_name_word(tokens[stop])):
        return None
    if tokens[head].folded == "news" and _is_a_news_label(text, tokens[start:stop]):
        return None
    return start, stop


def _is_a_news_label(text: str, tokens: list[_Token]) -> bool:
    """Whether "<words> News" says what news, not whose: words of `NEWS_LABEL_WORDS` ("Breaking News", "Fake
    News"), a label before a colon ("UPDATE NEWS:"), or one word the article prints in lower case too, a common
    word ("Space News" in a story about space), where "Sky News" and "Pakistan Point News" are outlets."""
    words_before = tokens[:-1]
    if (
        all(token.folded in NEWS_LABEL_WORDS for token in words_before)
        or text[tokens[-1].end : tokens[-1].end + 1] == ":"
    ):
        return True
    return len(words_before) == 1 and re.search(rf"\b{re.escape(words_before[0].text.lower())}\b", text) is not None


# Heads of bodies that are named for no person, folded: a given name after one opens the name of the person
# who holds its post ("el presidente del Senado Tomás Beltrán"), where a foundation, a university, a hospital
# or a stadium may be named for someone ("Fundación Carlos Slim", "Universidad Simón Bolívar").
_NAMED_FOR_NO_ONE = words(
    "congreso senado camara parlamento asamblea ministerio secretaria fiscalia procuraduria contraloria defensoria "
    "policia ejercito armada tribunal corte junta"
)


def _complement_end(tokens: list[_Token], head: int, opens_name: bool, to_end: bool) -> int:
    """Index just past the words that complete the name after its head noun.

    `to_end`: an acronym follows the run, so the name reaches its end ("... in the Americas (APEP)")."""
    stop = head + 1
    if not opens_name:
        # An English name may close with two heads: "New York Police Department", "Dade County Fire Department".
        while stop < len(tokens) and tokens[stop].folded in HEAD_WORDS:
            stop += 1
    if opens_name:
        # A Spanish name opened by its head: "Partido Acción Nacional", "Consejo Nacional para ...".
        while stop < len(tokens) and _is_name_word(tokens[stop]) and not _is_plural_in_capitals(tokens[stop].text):
            if tokens[head].folded in _NAMED_FOR_NO_ONE and is_given_name(tokens[stop].text):
                break  # "la presidenta del Senado Emilia Ríos": the Senate, then the person who presides it
            stop += 1
    if stop < len(tokens) and (to_end or tokens[stop].folded in _STRONG):
        # "Ministry of Agriculture and Rural Development", "Secretaría de la Defensa Nacional"
        while stop < len(tokens) and not _ends_complement(tokens, stop, to_end):
            stop += 1
    return stop


def _ends_complement(tokens: list[_Token], index: int, to_end: bool) -> bool:
    word = tokens[index].folded
    if word in _LOCATIVE or word in _AIM:
        return not to_end  # "the Ministry of Finance in Mexico City", "la Secretaría de Salud a la Cámara"
    if word in _STRONG and _is_a_date(tokens, index + 1):
        return True  # "the Foreign Ministry on Monday"
    # "the Bank of Mexico and the Finance Ministry": a coordinator before an article starts a new name.
    return word in _COORDINATING and index + 1 < len(tokens) and tokens[index + 1].folded in ARTICLES


def _is_a_date(tokens: list[_Token], index: int) -> bool:
    """Whether the word at `index` is a day or a month that no name word follows: "on Monday" after a name
    is when it acted, where "the Commission on May Day Celebrations" is one name."""
    return (
        index < len(tokens)
        and tokens[index].folded in CALENDAR_WORDS
        and (index + 1 == len(tokens) or not _is_name_word(tokens[index + 1]))
    )


def _is_name_word(token: _Token) -> bool:
    return token.text[0].isupper() and token.folded not in FUNCTION_WORDS and token.folded not in _CONNECTORS


def _is_plural_in_capitals(word: str) -> bool:
    """A plural or a verb in capitals and a lower-case "s", no name's word: "Senate OKs budget", "Party CEOs"."""
    return len(word) > 2 and word[-1] == "s" and word[:-1].isupper() and word[:-1].isalpha()


def _name_start(text: str, tokens: list[_Token], floor: int, head: int) -> int:
    """Index of the first word of the name whose head or company word is at `head`: the name words before
    it, and a Spanish article that opens them ("A Los Angeles Times poll", "The El Paso Times")."""
    start = head
    while start > floor and _is_leading_name_word(tokens[start - 1]):
        start -= 1
    if start > floor and start < head and _is_article_of_a_name(text, tokens[start - 1]):
        start -= 1
    return start


# Spanish articles, which English, and Spanish, names open with: "Los Angeles", "El Paso", "La Jornada".
_NAME_ARTICLES = ARTICLES - words("the")


def _is_article_of_a_name(text: str, token: _Token) -> bool:
    """Whether a capitalised Spanish article is a name's first word: within a sentence, where Spanish writes
    its articles in lower case ("según el Banco Mundial"). One that opens a sentence may be the sentence's own
    ("El Washington Post publicó"), and is left out."""
    return token.folded in _NAME_ARTICLES and token.text[0].isupper() and not _opens_sentence(text, token.start)


def _is_leading_name_word(token: _Token) -> bool:
    """A name word that may open a name before its head: not an adverb capitalised because it opens the
    sentence ("Después Grupo Bimbo", "Meanwhile Acme Holdings Inc."), which may still end one ("Ahora")."""
    return _is_name_word(token) and token.folded not in SENTENCE_OPENERS and not _is_compound_adjective(token.folded)


# The second halves of English compound adjectives that a place or a name opens: "the Toledo-based Center for
# Automotive Research", "a Saudi-backed Coalition" say where the body is or who backs it, no word of its name.
_ADJECTIVE_ENDINGS = ("-based", "-backed", "-owned", "-funded", "-led", "-run", "-controlled", "-affiliated")


def _is_compound_adjective(folded: str) -> bool:
    return folded.endswith(_ADJECTIVE_ENDINGS)


def _is_common_noun_before_company(text: str, tokens: list[_Token], index: int) -> bool:
    """Whether the word at `index` is a common noun that opens the sentence and whose "of"/"de" names the
    company after it ("Shares of Acme Holdings Corp.", "Trabajadores de Aguas de Monterrey S.L.")."""
    token = tokens[index]
    return (
        token.folded in NOUNS_BEFORE_A_COMPANY
        and index + 1 < len(tokens)
        and tokens[index + 1].folded in _STRONG
        and _opens_sentence(text, token.start)
    )


def _company(text: str, tokens: list[_Token]) -> list[Hit[str]]:
    """'Acme Holdings Inc.': the capitalised words right before a legal-form suffix, with the suffix."""
    suffix = _ENDS_WITH_COMPANY_SUFFIX.search(text[tokens[0].start : tokens[-1].end])
    assert suffix is not None  # the caller checked that the run ends with one
    suffix_start = tokens[0].start + suffix.start()
    before = [t for t in tokens if t.end <= suffix_start]
    start = len(before)
    # "Aguas de Monterrey S.A. de C.V.": name words, joined by "de" or an article but not by "and".
    while start > 0 and (_is_leading_name_word(before[start - 1]) or before[start - 1].folded in _STRONG | ARTICLES):
        start -= 1
    if start < len(before) and _is_common_noun_before_company(text, before, start):
        start += 1
    while start < len(before) and not _is_leading_name_word(before[start]):
        start += 1
    if start == len(before):
        return []
    if start > 0 and _is_article_of_a_name(text, before[start - 1]):
        start -= 1
    first = _possessive_name_start(text, before[start].start)
    return [Hit(first, tokens[-1].end, " ".join(text[first : tokens[-1].end].split()))]


# A capitalised word with a possessive "'s" right before a company's name, after no other capitalised word.
_POSSESSIVE_NAME = re.compile(r"(?<![\w'’-])(?P<word>[A-Z][\w-]*)['’]s $")
_LONGEST_POSSESSIVE_NAME = 30


def _possessive_name_start(text: str, start: int) -> int:
    """Where a company's name that starts at `start` starts with the possessive before it: many are named for their
    founder ("Moody's Analytics Inc.", "Dillard's Capital Partners"), and the run of capitalised words that reads
    them ends at the "'s". Not a place's possessive ("Mexico's Acme Holdings Inc." is Mexico's company), nor one
    after another capitalised word ("Berkshire Hathaway's Clayton Homes Inc.": the owner's name)."""
    possessive = _POSSESSIVE_NAME.search(text, max(0, start - _LONGEST_POSSESSIVE_NAME), start)
    if possessive is None or is_place_name(possessive.group("word")):
        return start
    before = text[max(0, possessive.start() - 20) : possessive.start()].split()
    if before and before[-1][0].isupper() and not _opens_sentence(text, possessive.start()):
        return start
    return possessive.start()
