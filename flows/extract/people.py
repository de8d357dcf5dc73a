"""Persons named in an article: whole names, the role titles they hold, and every later mention.

A run of capitalised words (see `person_names`) is taken for a person's full name when it has two or
more names and one piece of evidence: a role title next to it ("Interior Secretary Deb Haaland", "the
head of U.S. diplomacy, Antony Blinken", "Juan Ramón de la Fuente, who was appointed ... as the next
Secretary of Foreign Affairs"), a known given name first ("Claudia Sheinbaum"), given names in brackets
("President (Joe) Biden"), an honorific ("Ms. Ortiz") or a speech verb ("Gómez Ruiz said"). A surname
alone ("Blinken", "de la Fuente", "López Obrador") or a title and surname ("Secretary Blinken") is a
mention of the person of that surname named in the article; a title and surname with no full name
anywhere is a person known by the surname only ("Senator Oduya"). A full name named again with more
surnames ("Manuel Marrero", "Manuel Marrero Cruz") is one person, named by the longer.

Words that are never part of a name (places, organizations, months; see `person_names`) keep
"State Department", "Mexico City" and "Central America" out, but a month that is a given name too opens
a name after a title ("Prime Minister April Adams"); roles on their own are not persons. A
listed organization opening a run before a name of two words or more is whom the words were said to,
not part of the name: "dijo a Efe Juan Pérez", "told Reuters John Smith"; so is one capitalised word
that is no given name right after "told" or a speech verb and its "a"/"to", before a given name and a
surname, an outlet no list knows ("dijo a Bloomberg Juan Pérez", "told Sputnik John Smith"), and one after
a speech verb and "en"/"desde", the city the words were said in ("dijo en Valencia Andrés Molina"). So is a "de"
before a given name and a surname ("las palabras de Ana Ruiz"), where "de" before a surname alone is part
of it ("de la Fuente"), and a "de" before the surname of a person the article names ("las palabras de
Ruiz"), unless that surname opens with it ("de León" of "Ana de León").
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

import regex

from flows.extract.gazetteer import fold_word as fold  # one C-level pass, cached: names here are keys
from flows.extract.given_names import Gender, given_name_gender, is_given_name
from flows.extract.keywords import Keyword, find_keywords, keywords_of_language, lower_same_length
from flows.extract.name_words import FUNCTION_WORDS, HONORIFICS, TITLE_ABBREVIATIONS, WEEKDAYS, words
from flows.extract.organization_names import HEAD_WORDS
from flows.extract.organizations import listed_organizations
from flows.extract.person_names import (
    PARTICLES,
    PATRONYMIC_PARTICLES,
    SAINT_WORDS,
    NameRun,
    Piece,
    after_preposition,
    feature_names,
    is_feature_noun,
    is_feature_plural,
    is_medium_word,
    is_month_given_name,
    is_name_word,
    is_nationality,
    is_never_first_in_names,
    is_never_in_names,
    is_noise,
    is_surname_too,
    name_runs,
    opens_sentence,
)
from flows.extract.places import find_places, is_country_name
from flows.extract.roles import TRIGGER_WORDS, RoleMatch, find_roles
from flows.extract.types import EntitySpan


@dataclass(slots=True)
class Person:
    name: str
    first_start: int
    gender: Gender | None
    titles: list[str] = field(default_factory=list)  # folded titles of the roles seen with the person


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """A person of one article with the first role the article gives them: what the labels compare."""

    name: str
    role: str | None
    qualifier: str | None


@dataclass(frozen=True, slots=True)
class People:
    """The people of one article, with what the quote extractor needs to find who speaks."""

    text: str
    lowered: str
    spans: list[EntitySpan]  # every mention of a person, in text order
    persons: dict[str, Person]  # by name
    roles: list[RoleMatch]
    keywords: list[Keyword]
    introduced: dict[int, EntitySpan]  # by a role's start: the mention of the name the role introduces


class _Candidate(NamedTuple):
    pieces: tuple[Piece, ...]  # may open with particles: "de la Fuente"
    start: int
    end: int
    bracketed: bool

    @property
    def names(self) -> list[Piece]:
        return [p for p in self.pieces if not p.is_particle]

    def full_name(self) -> str:
        """The name without leading particles: "de Juan Pérez" is "Juan Pérez"; initials printed together
        stay so ("J.C. Chandor")."""
        pieces = list(self.pieces)
        while pieces and pieces[0].is_particle:
            pieces.pop(0)
        return "".join(p.text if i == 0 or pieces[i - 1].end == p.start else " " + p.text for i, p in enumerate(pieces))


def find_people(text: str) -> list[EntitySpan]:
    return analyse_people(text).spans


def analyse_people(text: str, language: str = "") -> People:
    """`language` (ISO 639-1) adds the speech verbs and role titles of Portuguese or Catalan articles to
    the English and Spanish ones that every article reads."""
    lowered = lower_same_length(text)
    keywords = keywords_of_language(find_keywords(lowered, text), language)
    roles = find_roles(text, lowered, [k.start for k in keywords if k.kind == "role"], language)
    context = _Context(text, roles, keywords)

    persons: dict[str, Person] = {}
    found: dict[int, tuple[_Candidate, str, RoleMatch | None]] = {}
    # What is not a full name may still mention a person named elsewhere, in text order. Most of it is
    # a lone capitalised word ("The", "Mexico", "Monday"), kept as a bare piece: it becomes a candidate,
    # and its role is looked for, only when it turns out to be a mention.
    pending: list[_Candidate | Piece] = []
    runs = _joined_across_nicknames(name_runs(text), text)
    if language == "pt":
        runs = [_without_opening_segundo(run, text) for run in runs]
    # "el río María Linda", "los puertos de Veracruz y Lázaro Cárdenas": a feature's name is no person.
    features = feature_names(text, runs)
    organizations = listed_organizations(text)
    context.organizations = organizations
    last_person_end = 0  # where the last full name ends: a list of names goes on after it
    titles_alone: list[Piece] = []  # "King stressed": a title alone, or the surname of "Bruce King" (below)
    unproven: list[_Candidate] = []  # "Zorawar Mehta": may be a full name, but no evidence beside it
    placed: set[str] = set()  # folded names read as places named after people ("Benito Juárez")
    for run in runs:
        whole_feature = features.get(run.start)
        if (piece := _lone_word(run)) is not None:
            # A role word ("President", "State") is no mention either, unless it is a surname (below).
            covering = context.covering_role(piece.start)
            if covering is None and (
                whole_feature is None or context.role_of(_Candidate((piece,), piece.start, piece.end, False))
            ):
                pending.append(piece)
            elif covering is not None and (covering.start, covering.end) == (piece.start, piece.end):
                titles_alone.append(piece)
            continue
        for index, candidate in enumerate(_candidates(run, context)):
            names_feature = whole_feature or (whole_feature is not None and index == 0)
            # "el director del hospital Santiago Esquivel": a title before the feature names its holder; one
            # after it ("la discoteca Jet Set, el mandatario …") is another's.
            if names_feature and not _titled_before(candidate, context.role_of(candidate)):
                continue
            # "The Federal Reserve said": a listed organization's name is no person's; nor is one that its
            # acronym follows.
            if (
                (organizations[candidate.start] and organizations[candidate.end - 1])
                or _followed_by_its_initials(text, candidate)
                or _names_an_outlet(text, candidate.end)
                or _named_as_a_body(text, candidate)
                or _names_a_feature_after(text, candidate)
            ):
                continue
            if not context.ends_with_a_title(candidate) and (
                _may_be_full_name(candidate) or _may_have_a_noun_for_surname(candidate)
            ):
                role = context.role_of(candidate)
                # "Carlos Azuaje, Dignora Ferrer y …": a name listed right after a person's is one too.
                listed = (
                    _LIST_GAP.fullmatch(text, last_person_end, candidate.start) is not None
                    or _PLACE_LIST_GAP.fullmatch(text, last_person_end, candidate.start) is not None
                )
                # "Iztapalapa, Gustavo A. Madero y Álvaro Obregón": a name listed with places, and no more
                # than its given name to say it is a person's, is a place named after one; so is every
                # later mention of it that no title or speech verb makes a person's.
                if _opens_with_a_place_of_particles(candidate, text):
                    continue
                if not listed and _a_place_named_after_a_person(candidate, role, context, placed):
                    placed.add(fold(candidate.full_name()))
                    placed.add(fold(candidate.full_name().split(" y ")[0]))  # "Benito Juárez" of "… y Coyoacán"
                    continue
                if listed or _has_evidence(candidate, role, context):
                    name = candidate.full_name()
                    person = persons.get(fold(name)) or _new_person(persons, name, candidate.start)
                    found[candidate.start] = (candidate, person.name, role)
                    last_person_end = candidate.end
                    continue
                unproven.append(candidate)
            pending.append(candidate)

    _past_opening_words(unproven, pending, text, persons)
    for candidate in _proven_by_their_surname(unproven, pending, context, persons):
        person = persons.get(fold(candidate.full_name())) or _new_person(
            persons, candidate.full_name(), candidate.start
        )
        found[candidate.start] = (candidate, person.name, context.role_of(candidate))
    for candidate in _listed_before_a_person(unproven, found, persons, text):
        person = persons.get(fold(candidate.full_name())) or _new_person(
            persons, candidate.full_name(), candidate.start
        )
        found[candidate.start] = (candidate, person.name, context.role_of(candidate))
    merged: dict[str, str] = {}  # folded name of a merged person -> the name it was merged into
    shortened = [(persons[shorter].name, persons[longer]) for shorter, longer in _shortened_names(persons)]
    for shorter, longer in shortened:
        merged[fold(shorter)] = longer.name
        longer.gender = longer.gender or persons[fold(shorter)].gender
        del persons[fold(shorter)]
    surnames = _surname_index(persons.values())
    for shorter, longer in shortened:  # "Nisar" of "Chaudhry Nisar", merged into "Chaudhry Nisar Ali Khan"
        for form in _surname_forms(shorter):
            if longer not in (named := surnames.setdefault(fold(form), [])):
                named.append(longer)
    # A name taken for a full name may be the surname of a longer one: "declaró Ruiz y Barrera" after
    # "Tomás Ruiz y Barrera", "dijo Salgado Ibarra" after "Federico Salgado Ibarra". That person is
    # merged into the longer one; the surname index keeps it (it is the last named "Soto" in "Juan Pérez
    # Soto ... Pérez Soto said ... Soto said"), so whatever resolves to it follows `merged` at the end.
    for start, (candidate, name, role) in list(found.items()):
        longer = _resolve_surname(candidate, surnames)
        if longer is not None and longer.name != name:
            # A "de" read as a preposition (`_name_start`) opens the surname it resolves through: "de Jesús
            # Pérez" after "María de Jesús Pérez" is printed whole.
            found[start] = (candidate._replace(start=min(start, candidate.pieces[0].start)), longer.name, role)
            if persons.get(fold(name)) is not None and persons[fold(name)].first_start == candidate.start:
                del persons[fold(name)]
                merged[fold(name)] = longer.name
    # A capitalised title alone that is the surname of a person the article names is that person: "King
    # stressed" after "Environment Minister Bruce King". A title that names its holder ("King Charles") is a
    # run of its own, never alone, and one with its article ("the King said") is a longer role.
    surnames_not_titles = {piece.start for piece in titles_alone if piece.folded in surnames}
    pending.extend(piece for piece in titles_alone if piece.start in surnames_not_titles)
    # A lone word can only matter when it is a known surname or name, or follows a role ("Senator
    # Oduya", which may also name a person that a later lone word is): drop the others in one pass.
    wanted = surnames.keys() | persons.keys()
    wanted.update(
        item.folded if isinstance(item, Piece) else fold(item.full_name())
        for item in pending
        if item.start - 1 in context.role_end_set
    )
    wanted.update(_given_names_after_sir(pending, text))
    pending = [item for item in pending if not isinstance(item, Piece) or item.folded in wanted]
    for item in pending:
        if isinstance(item, Piece):
            person = (
                _resolve_key(item.folded, item.start, surnames)
                or persons.get(item.folded)
                or _knighted(item, text, persons.values())
            )
        else:
            person = _resolve_surname(item, surnames)
            if person is None and (person := persons.get(fold(item.full_name()))) is not None:
                # "la pregunta de Renata Olmedo": the whole name after a preposition, printed without it.
                item = _without_leading_particles(item)
            if person is None and (surname := _past_de(item)) is not None:
                # "las palabras de Ruiz": a "de" that no surname of the article opens is a preposition.
                person = _resolve_surname(surname, surnames)
                item = item if person is None else surname
            if person is None and len(item.pieces) == 1:  # "Sir John", its "Sir" left out of the candidate
                person = _knighted(item.pieces[0], text, persons.values())
        # "Senator Oduya": only a role that ends right before the word can make it a person of its own.
        if person is None and item.start - 1 not in context.role_end_set:
            continue
        candidate = _Candidate((item,), item.start, item.end, False) if isinstance(item, Piece) else item
        role = None if candidate.start in surnames_not_titles else context.role_of(candidate)
        if person is None and role is not None and _is_title_and_surname(candidate, role, context):
            person = _new_person(persons, candidate.full_name(), candidate.start)
            _add_surnames(surnames, person)
        if person is not None:
            found[candidate.start] = (candidate, person.name, role)

    spans = []
    introduced: dict[int, EntitySpan] = {}
    for start in sorted(found):
        candidate, name, role = found[start]
        while fold(name) in merged:  # a merged name always merges into a longer one: no cycle
            name = merged[fold(name)]
        person = persons[fold(name)]
        if role is not None:
            person.titles.append(fold(role.title))
            person.gender = person.gender or role.gender
        span = EntitySpan(
            "person",
            name,
            candidate.start,
            candidate.end,
            role.title if role else None,
            role.qualifier if role else None,
            context.has_speech_verb_beside(candidate),
        )
        spans.append(span)
        if role is not None and role.end <= candidate.start:
            introduced[role.start] = span
    return People(text, lowered, spans, {p.name: p for p in persons.values()}, roles, keywords, introduced)


def summarize_people(spans: list[EntitySpan]) -> list[PersonSummary]:
    """One entry per person in order of first mention, with the role of its first mention that has one."""
    first: dict[str, EntitySpan | None] = {}
    for span in spans:
        if first.get(span.name) is None:
            first[span.name] = span if span.role_title else None
    return [
        PersonSummary(name, span.role_title if span else None, span.role_qualifier if span else None)
        for name, span in first.items()
    ]


class _Context:
    """Roles and speech verbs of the article, indexed by offset, for the evidence around a name."""

    def __init__(self, text: str, roles: list[RoleMatch], keywords: list[Keyword]) -> None:
        self.text = text
        self.roles = roles
        self.role_ends = [r.end for r in roles]
        self.role_end_set = set(self.role_ends)
        self.role_by_start = {r.start: r for r in roles}
        self.role_starts = [r.start for r in roles]
        self.cue_starts = {k.start for k in keywords if k.kind == "cue"}
        self.cue_ends = {k.end for k in keywords if k.kind == "cue"}
        self.organizations = bytearray()  # 1 inside a listed organization's name (`listed_organizations`)

    def covering_role(self, offset: int) -> RoleMatch | None:
        index = bisect.bisect_right(self.role_ends, offset)
        if index < len(self.roles) and self.roles[index].start <= offset:
            return self.roles[index]
        return None

    def role_of(self, candidate: _Candidate) -> RoleMatch | None:
        """The role title printed right before the name, or in an appositive or clause right after it.
        Of two titles before a name, the first is the office: "el secretario de Marina, almirante Rafael
        Ordóñez"."""
        index = bisect.bisect_right(self.role_ends, candidate.start) - 1
        if (
            index >= 0
            and _ROLE_BEFORE_GAP.fullmatch(self.text, self.roles[index].end, candidate.start)
            and not _names_the_body_of_the_title(self.text[self.roles[index].end : candidate.start], candidate)
        ):
            if index > 0 and self.text[self.roles[index - 1].end : self.roles[index].start] == ", ":
                return self.roles[index - 1]
            return self.roles[index]
        if self.text[candidate.end : candidate.end + 1] not in (",", " "):  # every pattern after starts so
            return None
        for pattern in _ROLE_AFTER:
            m = pattern.match(self.text, candidate.end)
            if m is not None and (role := self.role_by_start.get(m.end())) is not None:
                # "… la discoteca Jet Set, el mandatario ha dicho": a title after a comma that a verb follows
                # is the subject of the next clause, no apposition.
                if pattern is _ROLE_AFTER[0] and (
                    _CLAUSE_AFTER_ROLE.match(self.text, role.end) is not None or role.end + 1 in self.cue_starts
                ):
                    return None
                # "made up of Tower, former National Security Adviser Brent Scowcroft": a title before the
                # next name of a list is that name's (see above), not the one before it.
                return None if _NAME_AFTER_ROLE.match(self.text, role.end) else role
        return self._role_in_apposition(candidate)

    def _role_in_apposition(self, candidate: _Candidate) -> RoleMatch | None:
        """A title that closes an apposition after the name, past the words that say whose office or of
        what it is: "Ana Ruiz, the OECD's chief economist,", "Ana Ruiz, research scientist with the
        Bureau", "Ana Ruiz, Orvalia Bank senior economist, who", "Ana Ruiz, another local blogger who".
        Up to `_MOST_APPOSITION_WORDS` words, none a verb or a joiner ("Ana Ruiz, who met the minister",
        "Ana Ruiz and the minister"), and the apposition ends with the title or its complement."""
        text = self.text
        if not text.startswith(", ", candidate.end):
            return None
        opening = candidate.end + 2
        index = bisect.bisect_left(self.role_starts, opening)
        if index == len(self.roles) or self.roles[index].start - opening > _LONGEST_APPOSITION:
            return None
        role = self.roles[index]
        words = text[opening : role.start].split(" ")[:-1]  # the words end with a space before the title
        if not 0 < len(words) <= _MOST_APPOSITION_WORDS or not all(
            _may_modify_a_title(word, i) for i, word in enumerate(words)
        ):
            return None
        if _APPOSITION_END.match(text, role.end) is None or role.end + 1 in self.cue_starts:
            return None
        return role

    def ends_with_a_title(self, candidate: _Candidate) -> bool:
        """Whether the capitalised words end with a title's head word that names nobody after it: "The
        Civil Protection Director said", "the Human Rights Ombudsman told". English writes a title's area
        before its head word, so the words before it are the office, not a name; a given name first keeps
        a person whose surname is a title word ("Martin Luther King said")."""
        names = candidate.names
        role = self.covering_role(names[-1].start) if names else None
        return (
            role is not None
            and role.start == names[-1].start
            and not is_given_name(names[0].text)
            and not candidate.bracketed
            and not self.has_honorific_before(candidate)
        )

    def has_speech_verb_next_to(self, candidate: _Candidate) -> bool:
        end, start = candidate.end, candidate.start
        return (
            end + 1 in self.cue_starts or end + 2 in self.cue_starts or start - 1 in self.cue_ends
        ) and not self.text[end : end + 1].isalpha()

    def has_speech_verb_beside(self, candidate: _Candidate) -> bool:
        """A speech verb right before the name, or right after it with no preposition before it, with
        nothing between: the name is the verb's subject ("respondió Valencia", "Valencia dijo"; not
        "residents of Santiago de Cuba say")."""
        if candidate.start - 1 in self.cue_ends:
            return True
        return candidate.end + 1 in self.cue_starts and not after_preposition(self.text, 0, candidate.start)

    def has_honorific_before(self, candidate: _Candidate) -> bool:
        return _HONORIFIC.search(self.text, max(0, candidate.start - _LONGEST_HONORIFIC), candidate.start) is not None


# Between a role title and the name it introduces: a space, a comma, or a lower-case complement ("the
# governor of the province, Ana Ruiz", "el exdirector de la aduana Héctor Bustamante"). A complement that
# ends with a coordinator goes on with the capitalised words after it, which are its second area, no name:
# "Minister for education and Professional Training", whose holder the comma after them introduces. One place
# may end the complement before the comma: "el director adjunto del servicio de aguas de Sonora, X".
# An honorific may stand between the title and the name: "spokesman Dr Azzam Tamimi", "la ministra Dra. Ruiz".
_ROLE_BEFORE_GAP = regex.compile(
    r"(?:,?[ ]|[ ](?:de|del|of|for|at)[ ](?:(?:la|el|los|las|the)[ ])?\p{Ll}+"
    r"(?:[ ](?!(?:and|y|e|or|o|&)[ ,])\p{Ll}+)?"
    r"(?:[ ](?:and|y|e|&)(?:[ ]\p{Lu}\p{Ll}+){1,3}(?=,)|[ ](?:de|del|of)[ ]\p{Lu}\p{Ll}+(?=,))?,?[ ])"
    rf"(?:(?:{'|'.join(HONORIFICS)})\.?[ ])?",
    regex.VERSION1,
)
_MOST_APPOSITION_WORDS = 6  # "Harbor Analytics chief U.S. regional economist"
_LONGEST_APPOSITION = 60
# What ends an apposition after its title: a punctuation mark, a preposition of its complement, a relative.
_APPOSITION_END = regex.compile(
    r"(?:[,.;:)]|[ ](?:at|with|of|for|in|on|who|de|del|en|con|que|quien)(?![\p{L}])|$)", regex.VERSION1
)
# The articles that may open an apposition ("the OECD's chief economist", "another blogger").
_APPOSITION_ARTICLES = frozenset({"the", "a", "an", "another", "el", "la", "un", "una", "otro", "otra"})
# Words that no apposition holds before its title: joiners, pronouns and verbs ("Ana Ruiz, who met the
# minister", "Ana Ruiz, said the minister").
_NOT_IN_APPOSITIONS = FUNCTION_WORDS | words(
    """
    who whom whose which that said says told tells is was are were be been has have had will would
    quien quienes que cual cuyo cuya dijo dice es fue era ha han
    """
)


def _may_modify_a_title(word: str, index: int) -> bool:
    """Whether a word may stand between the comma of an apposition and its title: an article first, then
    possessives, areas and adjectives ("OECD's", "Liberal Democrats'", "U.S.", "regional", "research")."""
    folded = fold(word)
    if index == 0 and folded in _APPOSITION_ARTICLES:
        return True
    return bool(word) and word[0].isalpha() and folded not in _NOT_IN_APPOSITIONS


# Between two names of a list: a comma, or the coordinator that closes it; the first name may keep its party
# or former club in brackets ("Renata Olmedo (PVEM), Saúl Vidal (PT) y …", "Ana Ruiz (ex Emelec) y …").
_LIST_GAP = regex.compile(r"(?:[ ]\([\p{L}][\p{L} .\-]{0,24}\))?(?:,[ ]|,?[ ](?:y|e|and)[ ])", regex.VERSION1)
# Between two names of a list of places and who holds each: "los alcaldes de Valdora, Ana Ruiz; de San Telmo,
# Tomás Gil, y de Puerto Alto, Pedro Sanz" (the place capitalised, a comma before the name).
_PLACE_LIST_GAP = regex.compile(
    r"(?:;|,)[ ](?:(?:y|e|and)[ ])?(?:de(?:[ ]la|[ ]los|[ ]las)?|del|of|in)[ ]"
    r"\p{Lu}[\p{L}.\-]*(?:[ ][\p{L}.\-]+){0,3},[ ]",
    regex.VERSION1,
)
# An auxiliary after a title, which opens the verb of a clause the title is the subject of: "ha dicho",
# "has said"; a speech verb there does too (`_Context.cue_starts`).
# A Spanish verb in the preterite ("el alcalde pidió", "la ministra anunció") opens one too: an apposition
# goes on with a complement or ends at a comma.
_CLAUSE_AFTER_ROLE = regex.compile(
    r"[ ](?:ha|han|había|habrá|habría|es|fue|será|está|estaba|has|have|had|is|was|will|would|could|can"
    r"|\p{Ll}+ió|\p{Ll}+[^i\P{Ll}]ó)(?![\p{L}])",
    regex.VERSION1,
)
_NAME_AFTER_ROLE = regex.compile(r",?[ ]\p{Lu}\p{Ll}", regex.VERSION1)
_ROLE_AFTER = (
    # "Antony Blinken, the Secretary of State", "Mateo Quiroga, now a researcher", "Ana Ruiz, one of the
    # spokespeople", "Santiago Ferrer, uno de los portavoces"
    regex.compile(r",[ ](?:(?:now|also|currently|then|actualmente|ahora)[ ])?(?:(?:one[ ]of|un[oa][ ]de)[ ])?"),
    # "named Daniel Achterberg as her chief of staff", "nombró a Ana Ruiz como su portavoz"
    regex.compile(r"[ ](?:as|como)[ ](?:(?:his|her|their|its|our|su)[ ])?"),
    # "Juan Ramón de la Fuente, who was appointed by ... as the next Secretary of Foreign Affairs"
    regex.compile(
        r",[ ](?:who|quien|que)[ ](?:was|has[ ]been|had[ ]been|is|will[ ]be|fue|ha[ ]sido|será|es)[ ]"
        r"(?:(?:recently|just|formally|officially)[ ])?"
        r"(?:appointed|named|nominated|designated|chosen|elected|tapped|picked|selected|confirmed|sworn[ ]in"
        r"|designad[oa]|nombrad[oa]|elegid[oa]|elect[oa]|propuest[oa]|ratificad[oa])"
        r"(?![\p{L}])[^.;\n]{0,160}?[ ](?:as|como)[ ]",
        regex.VERSION1,
    ),
)
# More capitalised words than the longest full names have ("Felipe Juan Pablo Alfonso de Todos los Santos
# de Borbón y Grecia") are a title-case heading or a list, not a name; and every shortening of a name
# is a surname form, so a run of thousands of words cost minutes.
_MOST_NAME_WORDS = 10
_HONORIFIC = regex.compile(
    rf"(?<![\p{{L}}])(?:(?:{'|'.join(HONORIFICS)})\.?|(?:{'|'.join(TITLE_ABBREVIATIONS)})\.)[ ]$", regex.VERSION1
)
_LONGEST_HONORIFIC = max(map(len, HONORIFICS + TITLE_ABBREVIATIONS)) + 2  # its full stop and a space


def _candidates(run: NameRun, context: _Context) -> list[_Candidate]:
    """The name inside a run: without the role words, sentence openers and initials in front of it, and
    split where "y" joins two full names ("Ana Ruiz y Luis Gómez", but "Ortega y Gasset")."""
    if _ends_with_an_abbreviated_title(run, context.text):
        return []
    pieces = list(run.pieces)
    while pieces and (
        (not pieces[0].is_particle and is_noise(pieces[0]) and not _month_named_after_a_title(pieces, context))
        or pieces[0].text == "y"  # a name opens with "de", never with "y": "[ministro de Energía] y Minas"
        or context.covering_role(pieces[0].start) is not None
        or (
            pieces[0].text.endswith(".")
            and not (pieces[0] is run.pieces[0] and _initials_and_a_surname(pieces, context))
        )
        or _is_plural_title(pieces[0])  # "Senators Pedro Lacson III, Ana Ruiz and …": the title of a list
        or _opens_with_an_organization(pieces, context)
        or _opens_with_an_outlet_told(pieces, context)
    ):
        pieces.pop(0)
    pieces = _after_inner_role(pieces, context)
    # "Interior Minister Ana Ruiz Thursday said": a weekday after the name is the verb's day, never a surname.
    while pieces and pieces[-1].folded in WEEKDAYS:
        pieces.pop()
    names = [p for p in pieces if not p.is_particle]
    # "Yesterday Alicia Bárcena": a capitalised word opening a sentence before a given name.
    if (
        len(names) >= 3
        and opens_sentence(context.text, names[0].start)
        and not is_given_name(names[0].text)
        and is_given_name(names[1].text)
        and not is_never_first_in_names(names[0])  # "San Martín de las Flores" is a place
    ):
        pieces = pieces[pieces.index(names[1]) :]
    if not pieces or any(p.is_particle for p in pieces[-1:]):
        return []
    parts = [_before_de_a_country(part) for part in _split_at_y(pieces)]
    if pieces[-1].end == run.end and (suffix := _ROMAN_SUFFIX.match(context.text, run.end)) is not None:
        # "Pedro Lacson III": the generational suffix, in capitals, is no run's word, but it is the name's.
        parts[-1].append(Piece(suffix.group(1), suffix.start(1), suffix.end(1), False, suffix.group(1).lower()))
    bracketed = run.bracketed > 0 and pieces[0].start == run.pieces[0].start
    return [
        _Candidate(
            tuple(part),
            run.start if bracketed and i == 0 else _name_start(part, _after_kin(context.text, part[0].start)),
            part[-1].end,
            bracketed,
        )
        for i, part in enumerate(parts)
    ]


# A Roman generational suffix right after a name: "Pedro Lacson III", "Juan Pérez II"; not "V", an initial.
_ROMAN_SUFFIX = regex.compile(r"[ ](II|III|IV)(?![\p{L}\p{N}])", regex.VERSION1)


def _initials_and_a_surname(pieces: list[Piece], context: _Context) -> bool:
    """Whether the pieces are up to three initials and one surname: "J.C. Chandor", "J. K. Rowling". Such a
    name is a person's by its shape; initials that are a place's or a listed body's ("U.S. Steel", "U.N.
    Watch") are not, nor a surname that is a place ("A.C. Milan") or a word of bodies ("D.C. United")."""
    text = context.text
    initials = 0
    while initials < len(pieces) and len(pieces[initials].text) == _INITIAL_LENGTH and pieces[initials].text[1] == ".":
        initials += 1
    if not 0 < initials <= _MOST_INITIALS or len(pieces) != initials + 1:
        return False
    surname = pieces[-1]
    if surname.is_particle or not is_name_word(surname.text) or find_places(surname.text):
        return False
    if context.organizations[pieces[0].start]:
        return False
    return not find_places(text[pieces[0].start : pieces[initials - 1].end])


_INITIAL_LENGTH = 2  # "J."
_MOST_INITIALS = 3


def _is_plural_title(piece: Piece) -> bool:
    """Whether a capitalised word is the plural of a title's head word ("Senators", "Ministers", "Judges"),
    which opens a list of names ("Senators Pedro Lacson III, Ana Ruiz and …") and is none of them."""
    return piece.folded[-1:] == "s" and piece.folded[:-1] in TRIGGER_WORDS


def _ends_with_an_abbreviated_title(run: NameRun, text: str) -> bool:
    """Whether the run ends with an honorific or an abbreviated title and its full stop: "Georgia Gov.
    Brian Kemp", "Texas Sen. Ana Ruiz". The words before it are the title's area, never a name; the name
    is the run after the full stop."""
    last = run.pieces[-1]
    return text[last.end : last.end + 1] == "." and last.text in _ABBREVIATED_TITLE_WORDS


_ABBREVIATED_TITLE_WORDS = frozenset(HONORIFICS + TITLE_ABBREVIATIONS)


def _name_start(pieces: list[Piece], after_kin: bool = False) -> int:
    """Where the name of the pieces starts: past a "de" before a given name and a surname, a preposition
    ("las palabras de Ana Ruiz", "el gobierno de Gustavo Petro"); a "de" before a surname alone is the
    surname's ("de la Fuente", "de León"). The "de" stays among the pieces: a surname that opens with it
    ("de Jesús Pérez" after "María de Jesús Pérez") still resolves to its person. After a kinship noun
    (`after_kin`: "hijo de Rajiv Gandhi") the "de" is the preposition whatever the given name."""
    if len(pieces) >= _PREPOSITION_AND_FULL_NAME and pieces[0].text == "de" and not pieces[1].is_particle:
        names = [p for p in pieces if not p.is_particle]
        if len(names) >= 2 and (after_kin or is_given_name(pieces[1].text)):
            return pieces[1].start
    return pieces[0].start


def _after_kin(text: str, start: int) -> bool:
    return _KIN_BEFORE.search(text, max(0, start - _LONGEST_KIN_BEFORE), start) is not None


_PREPOSITION_AND_FULL_NAME = 3  # "de", a given name, a surname


def _given_names_after_sir(pending: list[_Candidate | Piece], text: str) -> set[str]:
    if not _names_a_knight(text):
        return set()  # most articles: no search before each of their capitalised words
    return {
        item.folded
        for item in pending
        if isinstance(item, Piece) and _SIR_BEFORE.search(text, max(0, item.start - _LONGEST_SIR), item.start)
    }


def _knighted(piece: Piece, text: str, persons: Iterable[Person]) -> Person | None:
    """The person a British "Sir"/"Dame" and a given name refer to: "Sir John said" after "Sir John Bourn"
    is the knight named in full with that given name, the last one before it."""
    if _SIR_BEFORE.search(text, max(0, piece.start - _LONGEST_SIR), piece.start) is None:
        return None
    named = [p for p in persons if p.name.split(" ", 1)[0] == piece.text and p.first_start < piece.start]
    return max(named, key=lambda p: p.first_start) if named else None


_SIR_BEFORE = regex.compile(r"(?<![\p{L}])(?:Sir|Dame)[ ]$", regex.VERSION1)
_LONGEST_SIR = 5


def _names_a_knight(text: str) -> bool:
    """Whether `text` holds what every match of `_SIR_BEFORE` holds: one search of the whole text for two words
    costs less than a search before each of its capitalised words (dozens an article)."""
    return "Sir " in text or "Dame " in text


def _without_leading_particles(candidate: _Candidate) -> _Candidate:
    pieces = candidate.pieces
    first = next(i for i, p in enumerate(pieces) if not p.is_particle)  # a candidate ends with a name
    return candidate if first == 0 else _Candidate(pieces[first:], pieces[first].start, candidate.end, False)


def _past_de(candidate: _Candidate) -> _Candidate | None:
    """The candidate without the "de" that opens it before a name ("de Ruiz", "de Pérez Soto"); None when
    no "de" opens it."""
    pieces = candidate.pieces
    if len(pieces) < 2 or pieces[0].text != "de" or pieces[1].is_particle or candidate.bracketed:
        return None
    return _Candidate(pieces[1:], pieces[1].start, candidate.end, False)


def _month_named_after_a_title(pieces: list[Piece], context: _Context) -> bool:
    """Whether the first piece is a month that is also a given name, right after a title and before a
    surname: "Prime Minister April Adams", "Secretary May Chen". Elsewhere the month is a date's ("In
    April Adams said")."""
    first = pieces[0]
    return (
        is_month_given_name(first)
        and first.start - 1 in context.role_end_set
        and len(pieces) > 1
        and not pieces[1].is_particle
        and not is_noise(pieces[1])
    )


def _opens_with_an_organization(pieces: list[Piece], context: _Context) -> bool:
    """Whether the first piece belongs to a listed organization's name and two names follow the name: an
    outlet the words were said to, then the speaker ("dijo a Efe Juan Pérez", "told Reuters John Smith",
    "a Europa Press Ana Ruiz"). A name that opens with such a word and has one more ("Morena Baccarin")
    stays whole."""
    organizations = context.organizations
    if not organizations[pieces[0].start]:
        return False
    rest = (p for p in pieces[1:] if not organizations[p.start] and not p.is_particle)
    return next(rest, None) is not None and next(rest, None) is not None


# Between a speech verb and whom it was said to: "told Sputnik", "dijo a Bloomberg", "said to Reuters"; or
# the city it was said in: "dijo en Valencia", "afirmó desde Lima".
_TO_THE_OUTLET = regex.compile(r"[ ](?:(?:a|al|to|à|ao|en|desde)[ ])?$", regex.VERSION1)
_LONGEST_TO_THE_OUTLET = 7
_VERB_GAPS = (1, 3, 4, 7)  # " ", " a ", " al " / " to " / " en ", " desde "
_TOLD = ("told", "tells", "Told", "Tells")


def _opens_with_an_outlet_told(pieces: list[Piece], context: _Context) -> bool:
    """Whether the first piece is an outlet the words were said to, though no list knows it, or the city they
    were said in: one capitalised word that is no given name, right after "told" or a speech verb and its
    "a"/"to"/"en"/"desde", before a given name and a surname ("dijo a Bloomberg Juan Pérez", "declaró a Télam
    Ana Ruiz", "told Sputnik John Smith", "dijo en Valencia Andrés Molina"). A given name there is the
    speaker's own ("dijo a Mario Ruiz")."""
    start = pieces[0].start
    # A verb ends one, three or four characters before ("told X", "dijo a X", "said to X"): a set look-up
    # that most runs fail, before the given-name look-up.
    if len(pieces) < 3 or not any(start - gap in context.cue_ends for gap in _VERB_GAPS):
        return False
    if pieces[0].is_particle or is_given_name(pieces[0].text):
        return False
    text = context.text
    gap = _TO_THE_OUTLET.search(text, max(0, start - _LONGEST_TO_THE_OUTLET), start)
    if gap is None or gap.start() not in context.cue_ends:
        return False
    # Only "told" names whom without a preposition: after "declaró" the capitalised words are the
    # speaker's whole name ("declaró Yeidckol María Polevnsky"), of a given name no list knows.
    if gap.group() == " " and not text.endswith(_TOLD, 0, gap.start()):
        return False
    names = [p for p in pieces[1:] if not p.is_particle]
    return len(names) >= 2 and names[0] is pieces[1] and is_given_name(names[0].text)


def _after_inner_role(pieces: list[Piece], context: _Context) -> list[Piece]:
    """The pieces after a role title inside the run, when a name of two words follows it: what comes before
    the title is a body the title belongs to ("[Bank of] Mexico Governor Victoria Rodríguez", "Orvalia
    Governor Teodor Lisk"), not part of the name. Two words at least, so that a title word ending a name
    ("Martin Luther King", "King Jr.") leaves it whole."""
    for index in range(len(pieces) - 1, 0, -1):
        role = context.covering_role(pieces[index].start)
        if role is not None:
            if _ADJECTIVE_ENDING.search(pieces[index].text) and not pieces[index - 1].is_particle:
                # "Parque Científico Tecnológico", "Centro Médico": a Spanish title in "-ico" after a noun is
                # that noun's adjective, and the run a body's name; English writes "Medical", "Scientific".
                return pieces
            rest = pieces[index + 1 :]
            while rest and rest[0].start < role.end:
                rest.pop(0)
            names = [p for p in rest if not p.is_particle and not p.text.endswith(".")]
            return rest if len(names) >= 2 else pieces
    return pieces


_ADJECTIVE_ENDING = regex.compile(r"ic[oa]s?$")


def _split_at_y(pieces: list[Piece]) -> list[list[Piece]]:
    """Cut at every "y" followed by at least two names (one loop: a run may join hundreds)."""
    names_after, count = [0] * len(pieces), 0  # names_after[i]: names in pieces[i + 1 :]
    for i in range(len(pieces) - 1, -1, -1):
        names_after[i], count = count, count + (not pieces[i].is_particle)
    parts, start = [], 0
    for i, piece in enumerate(pieces):
        if piece.text == "y" and names_after[i] >= 2:
            parts.append(pieces[start:i])
            start = i + 1
    parts.append(pieces[start:])
    return parts


def _joined_across_nicknames(runs: list[NameRun | Piece], text: str) -> list[NameRun | Piece]:
    """The runs with a name printed around a nickname in quotes made one: "Luis Alberto «el Zurdo» Paredes
    Vidal", 'Juan "Toro" Salas'. The name is the words outside the quotes; the mention, all of them."""
    if "«" not in text and '"' not in text and "“" not in text:
        return runs
    joined: list[NameRun | Piece] = []
    index = 0
    while index < len(runs):
        run = runs[index]
        after = index + 2 if index + 2 < len(runs) else None
        if after is not None and _NICKNAME_GAP.fullmatch(text, run.end, runs[after].start) is None:
            after = index + 1 if _NICKNAME_GAP.fullmatch(text, run.end, runs[index + 1].start) else None
        if after is None or index + 1 >= len(runs):
            joined.append(run)
            index += 1
            continue
        last = runs[after]
        pieces = _pieces_of(run) + _pieces_of(last)
        joined.append(NameRun(run.start, last.end, pieces, run.bracketed if isinstance(run, NameRun) else 0))
        index = after + 1
    return joined


def _pieces_of(run: NameRun | Piece) -> tuple[Piece, ...]:
    return run.pieces if isinstance(run, NameRun) else (run,)


# A nickname in quotes between a given name and a surname: one or two capitalised words, maybe after an
# article ("«el Zurdo»", '"Toro"', "“Kiki”").
_NICKNAME_GAP = regex.compile(
    r"[ ][«\"“](?:(?:el|la|the)[ ])?\p{Lu}[\p{L}\-]*(?:[ ]\p{Lu}[\p{L}\-]*)?[»\"”][ ]", regex.VERSION1
)


def _without_opening_segundo(run: NameRun | Piece, text: str) -> NameRun | Piece:
    """The run without a first "Segundo" that opens a sentence before a name and a comma: in Portuguese
    that is the preposition "according to" ("Segundo Tavares, a economia vai crescer"), not the given
    name that Spanish "Segundo Montes" is. A subject would go on to its verb without a comma."""
    if not isinstance(run, NameRun) or len(run.pieces) < 2 or run.pieces[0].folded != "segundo":
        return run
    if text[run.end : run.end + 1] != "," or not opens_sentence(text, run.pieces[0].start):
        return run
    rest = run.pieces[1:]
    if len(rest) == 1:
        return rest[0]
    return NameRun(rest[0].start, run.end, rest, 0)


def _lone_word(run: NameRun | Piece) -> Piece | None:
    """The run's word when the run is one word that `_candidates` would keep whole (most runs are)."""
    if isinstance(run, Piece):
        return run
    if len(run.pieces) != 1 or run.bracketed:
        return None
    piece = run.pieces[0]
    if piece.is_particle or is_noise(piece) or piece.text.endswith("."):
        return None
    return piece


def _may_be_full_name(candidate: _Candidate) -> bool:
    """Whether the candidate can be a full name given evidence (see `_has_evidence`)."""
    names = candidate.names
    return (
        len(names) >= 2
        # A run opening with a lower-case particle is a surname ("de la Fuente Ramírez"), unless the name
        # starts past it (`_name_start`).
        and (not candidate.pieces[0].text[0].islower() or candidate.start > candidate.pieces[0].start)
        and not _y_after_first_name(candidate.pieces)
        and _may_be_a_name(names)
    )


def _y_after_first_name(pieces: tuple[Piece, ...]) -> bool:
    """ "Cusco y Apurímac", "Unidad y Progreso": "y" joins surnames only after a given name ("Tomás Ruiz y
    Barrera"), so one name and "y" open two names of places or a party's, and at most a surname mention."""
    first = next((i for i, p in enumerate(pieces) if not p.is_particle), len(pieces))
    return first + 1 < len(pieces) and pieces[first + 1].text == "y"


def _may_have_a_noun_for_surname(candidate: _Candidate) -> bool:
    """ "Olivia Park", "Juan Guerra": a given name, then a place or event noun that is a surname too
    (`is_surname_too`), maybe a full name; only a role or an honorific tells it from "Victoria Park"."""
    names = candidate.names
    return (
        len(names) >= 2
        and is_given_name(names[0].text)
        and any(is_surname_too(p) for p in names[1:])
        and not _y_after_first_name(candidate.pieces)
        and _may_be_a_name(names, nouns_as_surnames=True)
    )


def _has_evidence(candidate: _Candidate, role: RoleMatch | None, context: _Context) -> bool:
    names = candidate.names
    if role is None and any(is_surname_too(p) for p in names[1:]):
        return context.has_honorific_before(candidate) or _said_of_a_person(candidate, context.text)
    return (
        role is not None
        or (is_given_name(names[0].text) and not _after_an_article(context.text, names[0].start))
        or candidate.bracketed
        or names[0].text.endswith(".")  # "J.J. Abrams": initials kept only before a surname (`_candidates`)
        or context.has_honorific_before(candidate)
        # "a guest on Morning Forum, said": a speech verb after a name that a preposition governs is
        # another's (the subject's before it).
        or (
            context.has_speech_verb_next_to(candidate)
            and not after_preposition(context.text, 0, candidate.start)
            and not _after_the(context.text, candidate.start)
            # "la Sociedad de Amigos del Puerto denunció": Spanish prints a body's name with its article.
            and not _after_an_article(context.text, candidate.start)
        )
        or _said_of_a_person(candidate, context.text)
    )


def _said_of_a_person(candidate: _Candidate, text: str) -> bool:
    """Whether the words around a name say what only a person is, whatever the given name (lists know few
    Bengali, Arabic or Galician ones): an age ("Ana Ruiz, 45,", "Tomás Ferri, a 33-year-old blogger"), a
    relative pronoun of persons ("Mateo Ibarra, de quien aprendió", "Omar Haddad, who"), a kinship noun
    before it ("his widow, Lina Haddad", "hijo de Rajiv Gandhi"), a former club or party in brackets after
    it ("Maikon Leite (ex Palmeiras)") or the "bin" of an Arabic patronymic ("Osama bin Laden"). A place or
    a body has no age, no kin and is "which", "que" or "el cual"."""
    end = candidate.end
    return (
        _AGE_AFTER.match(text, end) is not None
        # "Maikon Leite (ex Palmeiras)": a player's former club, a politician's former party.
        or text.startswith(_FORMER_IN_BRACKETS, end)
        or _PERSONAL_RELATIVE_AFTER.match(text, end) is not None
        or _after_kin(text, candidate.start)
        or any(p.is_particle and p.text in PATRONYMIC_PARTICLES for p in candidate.pieces[1:])
    )


_FORMER_IN_BRACKETS = (" (ex ", " (ex-", " (former ")
# The age in an apposition right after a name: "Ashin Tricarico, 19,", "Ana Ruiz, de 45 años,", "Tomás Ferri,
# a 33-year-old blogger". News give a person's age so; a place or a body has none.
_AGE_AFTER = regex.compile(
    r",[ ](?:(?:de[ ])?[1-9][0-9]?(?:[ ]años)?,|an?[ ][1-9][0-9]?-year-old(?![\p{L}]))", regex.VERSION1
)
# "who" and "quien" refer to persons ("Ana Ruiz, who", "Ana Ruiz, a quien"); "which", "que", "whose" to
# anything. English sports copy says "who" of a team too, whose name no list of given names holds either;
# a team of two words with a noun of places or bodies is never a candidate (`person_names`).
_PERSONAL_RELATIVE_AFTER = regex.compile(
    r",[ ](?:(?:de|a|con|para|por|with|to|of|for)[ ])?(?:who|whom|quien|quienes)(?![\p{L}])", regex.VERSION1
)
# A kinship noun right before a name, with a comma or "of"/"de" ("his wife Ana Ruiz", "His widow, Ana
# Ruiz", "bisnieto de Jawaharlal Nehru"): only people have kin. Lower case: "Sister Act", "Madre de Dios"
# are titles and places. English "son" only with "of", as Spanish "son" is "they are".
_KIN_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:(?:wife|husband|widow|widower|daughter|brother|sister|mother|father|grandson|granddaughter"
    r"|grandfather|grandmother|nephew|niece|esposa|esposo|viuda|viudo|hij[oa]|herman[oa]|madre|padre|niet[oa]"
    r"|bisniet[oa]|sobrin[oa]|abuel[oa]|bisabuel[oa])(?:,|[ ](?:of|de|del))?|son[ ]of)[ ]$",
    regex.VERSION1,
)
_LONGEST_KIN_BEFORE = 16  # "granddaughter of "


def _proven_by_their_surname(
    unproven: list[_Candidate], pending: list[_Candidate | Piece], context: _Context, persons: dict[str, Person]
) -> list[_Candidate]:
    """The names of a given name no list knows, that the article proves by their surname alone: the subject
    of a speech verb ("Zorawar Mehta rejected the claims ... Mehta said", "… lamentó Mehta") or after a
    title ("Officer Mehta"). The surname is the evidence that the given name cannot be: a place or a body
    named with two words ("Question Time", "Abbey Road") is not repeated as the subject of "said". Words
    before the whole name of a person found ("BBC Breakfast Charlie Stayt") are a programme's or a body's,
    and that person's surname is no evidence for them."""
    unproven = [c for c in unproven if not _ends_with_a_person(c, persons)]
    if not unproven:
        return []
    last_names = {c.names[-1].folded for c in unproven}
    proven: set[str] = set()
    subjects: Counter[str] = Counter()
    text = context.text
    for item in pending:
        # A lone word, or what is left of a run past its title ("Senator Okonkwo").
        candidate = _Candidate((item,), item.start, item.end, False) if isinstance(item, Piece) else item
        if len(candidate.pieces) != 1 or (surname := candidate.pieces[0].folded) not in last_names:
            continue
        # "Mr Abbasi, 23,": an honorific or an age says a person as a speech verb does.
        if (
            context.has_speech_verb_beside(candidate)
            or candidate.start - 1 in context.role_end_set
            or context.has_honorific_before(candidate)
            or _said_of_a_person(candidate, text)
        ):
            proven.add(surname)
        elif (
            _VERB_AFTER.match(text, candidate.end)
            and not after_preposition(text, 0, candidate.start)
            and not opens_sentence(text, candidate.start)  # "Rights groups say": a capital for the sentence
        ):
            subjects[surname] += 1
    # Or the surname alone as the subject of a verb twice ("that Kwarteng is … after Kwarteng alleged"):
    # the words of a place or a body's name are not repeated alone so, but a team's are, after its city
    # ("Manchester United … United have won").
    repeated = {surname for surname, count in subjects.items() if count >= _SUBJECT_MENTIONS}
    return [
        c
        for c in unproven
        if (c.names[-1].folded in proven or (c.names[-1].folded in repeated and _only_names(c, text)))
        and not _after_an_article(text, c.start)
    ]


def _listed_before_a_person(
    unproven: list[_Candidate],
    found: dict[int, tuple[_Candidate, str, RoleMatch | None]],
    named: dict[str, Person],
    text: str,
) -> list[_Candidate]:
    """The names of no evidence listed right before a person's full name, as one found after a person's is a
    person too (see `analyse_people`): "Renata Olmedo y Saúl Vidal", "Ana Ruiz (PT), Luis Gómez". From
    the last, so that a list whose last name alone has evidence is read whole. A comma alone before the
    person is an apposition as often ("Human Rights Watch, Ana Ruiz", a body and its head): it lists only
    before a name itself listed so, or after a party in brackets."""
    listed: list[_Candidate] = []
    persons = set(found)  # where a person's name starts
    listed_starts: set[int] = set()
    for candidate in sorted(unproven, key=lambda c: c.start, reverse=True):
        # "on Sunrise Breakfast Tomás Vila and Ana Ruiz": words before a person's whole name are a programme's.
        if _ends_with_a_person(candidate, named):
            continue
        gap = _LIST_GAP.match(text, candidate.end)
        if (
            gap is not None
            and gap.end() in persons
            and candidate.start not in persons
            and (gap.group().rstrip().endswith(_COORDINATORS) or "(" in gap.group() or gap.end() in listed_starts)
            and not _after_an_article(text, candidate.start)
        ):
            listed.append(candidate)
            persons.add(candidate.start)
            listed_starts.add(candidate.start)
    return listed


_COORDINATORS = (" y", " e", " and")


def _only_names(candidate: _Candidate, text: str) -> bool:
    """Whether the candidate's words are names only: not a body's after its preposition ("the Institute for
    Human Rights"), no place's first ("Manchester Rovers"), no given name's last ("Gobierno de El Salvador"),
    and neither of them written in lower case in the article ("Small Business … small business"), as a
    common noun or adjective is somewhere."""
    first, last = candidate.names[0].text, candidate.names[-1].text
    return (
        not after_preposition(text, 0, candidate.start)  # "the Institute for Human Rights"
        and not find_places(first)
        and not is_given_name(last)
        and not any(regex.search(rf"(?<![\p{{L}}]){regex.escape(w.lower())}(?![\p{{L}}])", text) for w in (first, last))
    )


_SUBJECT_MENTIONS = 2
# A lower-case word after a name, which a verb of the name as its subject is: "Kwarteng alleged", "Ruiz
# insistió"; not a full stop, a comma or a capitalised word.
_VERB_AFTER = regex.compile(r"[ ]\p{Ll}{2,}(?![\p{L}])", regex.VERSION1)


def _a_place_named_after_a_person(
    candidate: _Candidate, role: RoleMatch | None, context: _Context, placed: set[str]
) -> bool:
    """Whether a name with no evidence of a person but its given name is a place's: listed between two places
    ("Azcapotzalco, Benito Juárez y Coyoacán", "Tláhuac, Miguel Hidalgo and Coyoacán"), or named so before.
    One place beside it is not enough: "Llegaron a Lima, Ana Ruiz y Luis Gómez" lists people after a place,
    and after "En Bogotá, Gustavo Petro" no place is listed."""
    if role is not None or candidate.bracketed or context.has_honorific_before(candidate):
        return False
    if context.has_speech_verb_next_to(candidate) or _said_of_a_person(candidate, context.text):
        return False
    if fold(candidate.full_name()) in placed:
        return True
    text = context.text
    if _after_features_named(text, candidate.start):
        # "Las alcaldías más afectadas fueron Gustavo A. Madero e Iztapalapa": features, then their list.
        after = _LISTED_AFTER.match(text, candidate.end)
        if after is not None and _is_a_place(after.group("item"), placed):
            return True
    before = _LISTED_BEFORE.search(text, max(0, candidate.start - _LONGEST_LIST_ITEM), candidate.start)
    if before is None or not _is_a_place(before.group("item"), placed):
        return False
    # "…, Benito Juárez y Coyoacán" is one run, whose last word is the next item.
    names = candidate.names
    if any(p.text == "y" for p in candidate.pieces) and _is_a_place(names[-1].text, placed):
        return True
    after = _LISTED_AFTER.match(text, candidate.end)
    return after is not None and _is_a_place(after.group("item"), placed)


def _opens_with_a_place_of_particles(candidate: _Candidate, text: str) -> bool:
    """Whether the candidate opens with a known place whose name joins its words with "de": "Santiago de Cuba
    y Granma", "Santiago de Querétaro". A given name and "de" open names of people too ("Juan de Dios"), but a
    gazetteer's place there is the city; a place without a particle ("Lázaro Cárdenas", a port and a
    president) says nothing of the person, and is not looked for."""
    pieces = candidate.pieces
    if len(pieces) < _NAME_DE_PLACE or pieces[0].is_particle or pieces[1].text not in ("de", "del"):
        return False
    return any(
        place.char_start == 0 and place.char_end > pieces[1].end - candidate.start
        for place in find_places(text[candidate.start : candidate.end])
    )


_NAME_DE_PLACE = 3  # "Santiago", "de", "Cuba"


def _after_features_named(text: str, start: int) -> bool:
    """Whether the plural of a feature noun and at most four lower-case words end right before `start`: "las
    alcaldías más afectadas fueron", "the boroughs hit hardest were". A list of names there, with a place
    among them, is a list of those features; a capitalised word or a comma between ("los alcaldes de los
    municipios de Lima y Callao, Ana Ruiz y …") says the list is another."""
    words = text[max(0, start - _LONGEST_FEATURE_CLAUSE) : start].split()[-(_FEATURE_CLAUSE_WORDS + 1) :]
    for word in reversed(words):
        if not word.isalpha() or not word.islower():
            return False
        if is_feature_plural(word):
            return True
    return False


_FEATURE_CLAUSE_WORDS = 4
_LONGEST_FEATURE_CLAUSE = 90


def _is_a_place(item: str, placed: set[str]) -> bool:
    item = item.removesuffix(".")  # "… e Iztapalapa.": the full stop ends the sentence, not the name
    if fold(item) in placed:
        return True
    return any(p.char_start == 0 and p.char_end == len(item) for p in find_places(item))


_LIST_ITEM = r"\p{Lu}[\p{L}\-]*\.?(?:[ ](?:(?:de|del|la)[ ])?\p{Lu}[\p{L}\-]*\.?){0,3}"
_LISTED_BEFORE = regex.compile(
    rf"(?<![\p{{L}}.])(?P<item>{_LIST_ITEM})(?P<gap>,[ ]|[ ](?:y|e|and)[ ])$", regex.VERSION1
)
_LISTED_AFTER = regex.compile(rf"(?P<gap>,[ ]|[ ](?:y|e|and)[ ])(?P<item>{_LIST_ITEM})(?![\p{{L}}])", regex.VERSION1)
_LONGEST_LIST_ITEM = 60


def _past_opening_words(
    unproven: list[_Candidate], pending: list[_Candidate | Piece], text: str, persons: dict[str, Person]
) -> None:
    """A word ending like a Spanish verb ("-a", "-e", "-ó", "-á") that opens a sentence before the surname of
    a person the article names in full, and that no list knows for a given name, is a headline's verb put
    before its subject ("Regresa Díaz-Canel a Granma", "Visita Sheinbaum Oaxaca"), not that person's given
    name. The candidate is cut to the surname, a mention of that person (see `pending`), rather than proven
    a new person by the surname's speech verbs, which are the named person's. Other unknown given names
    ("Zorawar Mehta" beside "Anil Mehta") stay whole: a relative is named with the same surname."""
    if not unproven or not persons:
        return
    surnames = _surname_index(persons.values())
    for candidate in list(unproven):
        names = candidate.names
        if (
            candidate.pieces[0] is not names[0]
            or is_given_name(names[0].text)
            or not names[0].text.endswith(_VERB_ENDINGS)
            or not opens_sentence(text, candidate.start)
            or fold(" ".join(p.text for p in candidate.pieces[1:])) not in surnames
            or fold(" ".join(p.text for p in candidate.pieces)) in surnames  # "Galarza Garibay", both surnames
        ):
            continue
        rest = _Candidate(candidate.pieces[1:], candidate.pieces[1].start, candidate.end, False)
        unproven.remove(candidate)
        pending[next(i for i, item in enumerate(pending) if item is candidate)] = rest


_VERB_ENDINGS = ("a", "e", "ó", "á")


def _shortened_names(persons: dict[str, Person]) -> list[tuple[str, str]]:
    """(shorter, longer) folded names of one person named twice, the second time with more surnames: "Manuel
    Marrero" and "Manuel Marrero Cruz", "Miguel Díaz-Canel" and "Miguel Díaz-Canel Bermúdez" (Spanish names
    drop the second surname), "Sheikh Rashid" and "Sheikh Rashid Ahmed". The shorter has two names at least,
    and only one longer name of the article opens with it: of "Ana Ruiz Gómez" and "Ana Ruiz Pérez", "Ana
    Ruiz" may be either. A generational suffix makes another person ("John Smith Jr." is John Smith's son),
    and a word repeated ("Ahmed Ahmed") is a slip, no surname."""
    pairs = []
    for shorter in persons:
        if " " not in shorter:
            continue
        longer = [name for name in persons if name.startswith(shorter + " ")] or _with_middle_names(shorter, persons)
        # Of "Sheikh Rashid Ahmed" and "Sheikh Rashid Ahmed Ahmed", the shorter is the one to merge into.
        longer = [name for name in longer if not any(name.startswith(other + " ") for other in longer)]
        if len(longer) != 1:
            continue
        added = longer[0][len(shorter) + 1 :].split() if longer[0].startswith(shorter + " ") else [""]
        if added[0] != shorter.rsplit(" ", 1)[1] and not _GENERATIONAL_SUFFIXES.intersection(added):
            pairs.append((shorter, longer[0]))
    # "Ana Ruiz" < "Ana Ruiz Gómez" < "Ana Ruiz Gómez de León": each merges into the longest.
    return [(shorter, _longest(longer, dict(pairs))) for shorter, longer in pairs]


def _with_middle_names(shorter: str, persons: dict[str, Person]) -> list[str]:
    """The folded longer names that are `shorter`, a given name and a surname, with middle given names
    between them: "Carlos Eduardo Molina Reyes" for "Carlos Molina" (a second given name is dropped as a
    second surname is). Only when one longer name is so, as in `_shortened_names`."""
    words = shorter.split()
    if len(words) != _GIVEN_AND_SURNAME:
        return []
    found = []
    for name in persons:
        longer = name.split()
        if len(longer) < _GIVEN_MIDDLE_SURNAME or longer[0] != words[0] or words[1] not in longer[2:]:
            continue
        printed = persons[name].name.split()
        if all(is_given_name(word) for word in printed[1 : longer.index(words[1], 2)]):
            found.append(name)
    return found if len(found) == 1 else []


_GIVEN_AND_SURNAME = 2
_GIVEN_MIDDLE_SURNAME = 3


def _longest(name: str, longer: dict[str, str]) -> str:
    while name in longer:
        name = longer[name]
    return name


_GENERATIONAL_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "hijo", "junior", "senior"})


def _ends_with_a_person(candidate: _Candidate, persons: dict[str, Person]) -> bool:
    names = candidate.names
    return any(fold(" ".join(p.text for p in names[i:])) in persons for i in range(1, len(names) - 1))


def _after_an_article(text: str, start: int) -> bool:
    """Whether a lower-case definite article stands right before `start`: "vinculado a la Mara Salvatrucha",
    "su paso por el Leoncio Prado". News print a person's name without one; a gang, a school or a club
    named like a person takes it, so a given name there is no evidence of a person."""
    return _ARTICLE_BEFORE.search(text, max(0, start - _LONGEST_ARTICLE_BEFORE), start) is not None


_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(?:el|la|los|las|del|al|the)[ ]$", regex.VERSION1)
_LONGEST_ARTICLE_BEFORE = 5


def _after_the(text: str, start: int) -> bool:
    """Whether "the", maybe with an adjective of nationality, stands right before `start`: "The Mexican
    Civil Protection said", "the Civil Protection said". English prints a person's name without an article;
    a body's takes one, so a speech verb after the words is no evidence of a person."""
    before = _THE_BEFORE.search(text, max(0, start - _LONGEST_THE_BEFORE), start)
    return before is not None and (before.group(1) is None or is_nationality(before.group(1)))


_THE_BEFORE = regex.compile(r"(?<![\p{L}])(?:the|The)[ ](?:(\p{Lu}\p{Ll}+)[ ])?$", regex.VERSION1)
_LONGEST_THE_BEFORE = 20


def _titled_before(candidate: _Candidate, role: RoleMatch | None) -> bool:
    return role is not None and role.end <= candidate.start


def _before_de_a_country(pieces: list[Piece]) -> list[Piece]:
    """A given name alone, then "de" and a country, is a person and the country the sentence speaks of
    ("hablamos con Fidel de Cuba", "le habló a Lula de Brasil"), not one name: a surname after "de" names
    a place at times ("Ana de León"), a country hardly ever."""
    if len(pieces) != _GIVEN_DE_COUNTRY or pieces[1].text != "de" or pieces[0].is_particle or pieces[2].is_particle:
        return pieces
    return pieces[:1] if _is_a_country(pieces[2].text) else pieces


_GIVEN_DE_COUNTRY = 3


@functools.cache
def _is_a_country(word: str) -> bool:
    places = find_places(word)
    return (
        len(places) == 1
        and (places[0].char_start, places[0].char_end) == (0, len(word))
        and is_country_name(places[0].name)
    )


def _names_a_feature_after(text: str, candidate: _Candidate) -> bool:
    """Whether a feature noun follows the name, as English writes it after its name ("Kennedy airport",
    "the Hudson river"), maybe after a list of the features' names ("Logan, John F. Kennedy and
    Dulles airports"): an airport or a bridge named after a person is no mention of the person."""
    after = _FEATURE_AFTER.match(text, candidate.end)
    return after is not None and is_feature_noun(after.group(1))


# The rest of a list of capitalised names, then a lower-case word: the feature noun they may name.
_FEATURE_AFTER = regex.compile(
    r"(?:(?:,[ ]|,?[ ](?:and|or)[ ])\p{Lu}[\p{L}\-]*(?:[ ]\p{Lu}[\p{L}\-.]*){0,3}){0,3}[ ](\p{Ll}+)(?![\p{L}])",
    regex.VERSION1,
)


def _names_the_body_of_the_title(gap: str, candidate: _Candidate) -> bool:
    """Whether the words between a title and a name end with a body noun that the name is the name of: "el
    candidato del partido opositor Nueva Alianza", "the chairman of the club Deportivo Norte". A given
    name there opens its holder's name ("el exdirector de la aduana Héctor Bustamante"), and a comma an
    apposition ("the leader of the party, Ana Ruiz")."""
    if "," in gap or is_given_name(candidate.names[0].text):
        return False
    return any(fold(word) in _BODY_NOUNS for word in gap.split()[-2:])


def _named_as_a_body(text: str, candidate: _Candidate) -> bool:
    """Whether the words around the name say it is a body's: an apposition of a body noun after it ("Cruz
    Azul, equipo al que …", "Vintara, the drinks firm"), a former club or party in brackets after a
    player's or a politician's name ("Diego Lagos (ex Rosario Central)"), or the acronym of the body named
    right before it, in brackets ("Centro de Readaptación Social (Cereso) de Valdora"), which is no given
    name in brackets ("President (Joe) Biden", "el señor (Gabriel) Quadri")."""
    after = _BODY_APPOSITION.match(text, candidate.end)
    if after is not None and fold(after.group(1)) in _BODY_NOUNS:
        return True
    if text.endswith(("(ex ", "(ex-", "(Ex "), 0, candidate.start):
        return True
    if not candidate.bracketed or is_given_name(candidate.names[0].text):
        return False
    before = _CAPITALISED_BEFORE.search(text, max(0, candidate.start - _LONGEST_WORD_BEFORE), candidate.start)
    return before is not None and fold(before.group(1)) not in TRIGGER_WORDS  # "President (Xi) Jinping"


# An apposition after a name whose noun may be a body's: ", equipo al que", ", the drinks firm,", ", un club
# de …". The noun ends the apposition, before a punctuation mark or a joiner: ", a party member," is a person.
_BODY_APPOSITION = regex.compile(
    r",[ ](?:(?:el|la|un|una|su|the|a|an|its)[ ])?(?:\p{Ll}+[ ])??(\p{Ll}+)"
    r"(?=[,.;:]|[ ](?:al|a|que|de|del|en|con|para|of|which|that|with|in|for|based)(?![\p{L}]))",
    regex.VERSION1,
)
# Body nouns: the head words of organizations' names, and teams', firms' and papers' nouns.
_BODY_NOUNS = HEAD_WORDS | words(
    "equipo team club squad empresa firm sindicato diario newspaper periodico sociedad society"
)
_CAPITALISED_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Lu}[\p{L}\-]*)[ ]$", regex.VERSION1)
_LONGEST_WORD_BEFORE = 30


def _names_an_outlet(text: str, end: int) -> bool:
    """Whether the word right after a name is a kind of outlet, in lower case or in capitals: "told Bayview
    television station KXYZ", "Official Orvalia TV reported" name a station by its place, no person."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and is_medium_word(word.group(1))


_NEXT_WORD = regex.compile(r"[ ](\p{L}+)(?![\p{L}])", regex.VERSION1)


def _followed_by_its_initials(text: str, candidate: _Candidate) -> bool:
    """Whether an acronym in brackets made of the run's initials follows it: "Revolución Ciudadana-Renovación
    Total (RC-RETO)", "Citizens Movement (CM)" name a body by its acronym. A person's brackets hold their
    party's ("Ana Ruiz (PSOE)"), whose letters are not the name's."""
    acronym = _ACRONYM_AFTER.match(text, candidate.end)
    if acronym is None:
        return False
    initials = [word[0] for piece in candidate.names for word in piece.text.split("-") if word]
    letters = acronym.group(1).replace("-", "").replace(".", "")
    return len(initials) >= 2 and letters[:2] == "".join(initials[:2])


_ACRONYM_AFTER = regex.compile(r"[ ]\((\p{Lu}[\p{Lu}\-.]+)\)", regex.VERSION1)


def _may_be_a_name(names: list[Piece], nouns_as_surnames: bool = False) -> bool:
    """`nouns_as_surnames`: the nouns that are surnames too ("Park", "Guerra") may follow the first name."""
    first = names[0]
    # A month is left first only after a title (`_month_named_after_a_title`): a given name there.
    if (
        len(names) > _MOST_NAME_WORDS
        or is_never_first_in_names(first)
        or (is_noise(first) and not is_month_given_name(first))
    ):
        return False
    # A given name may also be a place or organization word ("Marina"); other words may not.
    return not any(is_never_in_names(p) and not (nouns_as_surnames and is_surname_too(p)) for p in names[1:]) and (
        is_given_name(first.text) or not is_never_in_names(first)
    )


def _is_title_and_surname(candidate: _Candidate, role: RoleMatch, context: _Context) -> bool:
    """ "Senator Oduya": one capitalised word right after a title, and no full name to resolve it to. A
    given name there is the holder's surname as well ("El Secretario Vidal", "President Pascual"): a
    title goes before a surname, or before a whole name."""
    names = candidate.names
    return (
        len(names) == 1
        and role.end < candidate.start
        and context.text[role.end : candidate.start] == " "
        and _may_be_a_name(names)
        and _ABBREVIATED.match(context.text, candidate.end) is None
        and not _names_an_outlet(context.text, candidate.end)  # "Official Orvalia TV reported"
    )


# A full stop that a lower-case word follows ends no sentence: the word before it is abbreviated ("a Deputy
# Supt. of Customs", "the Asst. Comm. of Police"), a rank or an office, where no surname is abbreviated.
_ABBREVIATED = regex.compile(r"\.[ ]\p{Ll}", regex.VERSION1)


def _new_person(persons: dict[str, Person], name: str, start: int) -> Person:
    first = name.split()[0]
    person = Person(name, start, given_name_gender(first) if len(name.split()) > 1 else None)
    persons[fold(name)] = person
    return person


_TWO_SURNAME_WORDS = 3  # a given name and two surnames at least
# Lower-case particles that a later mention keeps before the surname: "de la Fuente", "bin Laden".
_SURNAME_OPENING_PARTICLES = frozenset({"de", "del"}) | PATRONYMIC_PARTICLES


def _surname_forms(name: str) -> list[str]:
    """The ways a later mention may shorten a full name: every tail that starts after a name (not after
    a particle) with a name or "de"/"del": "Ramón de la Fuente", "de la Fuente"; "López Obrador",
    "Obrador"; "López San Martín" but not "San Martín", which is also a place."""
    words = name.split()
    if len(words) > 2 and words[-1].lower() in _GENERATIONAL_SUFFIXES:
        # "Lacson" and "Lacson III" for "Pedro Lacson III": the suffix goes with the surname or is left out.
        shorter = _surname_forms(" ".join(words[:-1]))
        return [*shorter, *(f"{form} {words[-1]}" for form in shorter)]
    forms = []
    for i in range(1, len(words)):
        previous, word = words[i - 1].lower(), words[i]
        if previous in PARTICLES or word.lower() in SAINT_WORDS:
            continue
        if word[0].isupper() or word.lower() in _SURNAME_OPENING_PARTICLES or word.startswith(("al-", "el-")):
            forms.append(" ".join(words[i:]))
    if len(words) > _TWO_SURNAME_WORDS and words[-2] == "de" and words[-3][0].isupper() and words[-1][0].isupper():
        # "Paredes Vidal" for "Rosa Paredes de Vidal": a married name's "de" dropped between the two surnames.
        forms.append(f"{words[-3]} {words[-1]}")
    second_last = words[-2].lower() if len(words) >= _TWO_SURNAME_WORDS else ""
    if second_last and words[-2][0].isupper() and second_last not in PARTICLES and second_last not in SAINT_WORDS:
        # Two surnames, and the first alone names the person: "Restrepo" for "María Fernanda Restrepo Uribe",
        # "Sheinbaum" for "Claudia Sheinbaum Pardo"; a given name alone ("Fernanda") does not.
        for form in [f for f in forms if " " in f]:
            first = form.rsplit(" ", 1)[0]
            if " " in first or not is_given_name(first):
                forms.append(first)
    return forms


def _surname_index(persons: Iterable[Person]) -> dict[str, list[Person]]:
    index: dict[str, list[Person]] = {}
    for person in persons:
        _add_surnames(index, person)
    return index


def _add_surnames(index: dict[str, list[Person]], person: Person) -> None:
    for form in _surname_forms(person.name):
        index.setdefault(fold(form), []).append(person)


def _resolve_surname(candidate: _Candidate, surnames: dict[str, list[Person]]) -> Person | None:
    """The person whose surname this is: the one named most recently before it, else the first after."""
    return _resolve_key(fold(" ".join(p.text for p in candidate.pieces)), candidate.start, surnames)


def _resolve_key(key: str, start: int, surnames: dict[str, list[Person]]) -> Person | None:
    persons = surnames.get(key)
    if not persons:
        return None
    before = [p for p in persons if p.first_start < start]
    if before:
        return max(before, key=lambda p: p.first_start)
    return min(persons, key=lambda p: p.first_start)
