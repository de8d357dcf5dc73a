"""Credits at the end of a body, peeled off it from the end:

    agency credits        '(Source: Prensa Latina)', '(Con información de EFE)', 'Fuente: Prensa Latina'
    wire sign-offs        'EFE', '(EFE)', 'EFE jmr/ag', '(Reuters) ab/cd', '(NA)', 'Reuter' (until the 1990s),
                          '… victoria moral".EFE' (glued to the last full stop)
    desk lines            'mrc/PL', '01/01/01-02/95' on lines of their own under a sign-off: the desk's
                          initials and the transmission code of old wire copy
    section letters       '… y Uruguay. (I)': El Universo's mark of the section, naming no agency
    contributor credits   '(Reporting by A and B; Editing by C)', 'Writing by A',
                          'El periodista de AP A contribuyó a este reportaje.', 'Con reportes de A y B.',
                          'AP writer A reported this story in Lima and AP writer B reported from Quito.
                          AP writers C in Cusco, Peru; and D in La Paz contributed to this report.'

An agency credit names the agency the text comes from; a sign-off names the wire that sent it, and counts
when no credit names one. Contributor credits name staff, who are not the article's subject: they are
dropped, and name an agency only when every name in them is a wire's ('Con reportes de AP y EFE'). A
paragraph of several sentences is one only when each of them is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from flows.extract.byline import wire_alone
from flows.extract.gazetteer import fold_word
from flows.extract.name_words import FUNCTION_WORDS, words
from flows.extract.organization_names import NEWS_AGENCY_NAMES, alternation_of, as_written_and_in_capitals
from flows.extract.person_names import PARTICLES

_LEAD = r"(?:sources?|fuentes?|with information from|con información de|información de|tomado de|via|vía|from)"
_INLINE_CREDIT = re.compile(rf"\s*\(\s*{_LEAD}\s*:?\s*(?P<agency>[^()\n]{{2,60}}?)\s*\)\s*[.]?\s*$", re.IGNORECASE)
_BLOCK_CREDIT = re.compile(rf"^\s*{_LEAD}\s*:\s*(?P<agency>[^\n]{{2,60}}?)\s*\.?\s*$", re.IGNORECASE)
# Without the colon, only a lead that names where the text came from, and names after it: 'Con información de
# AP', 'With information from Reuters and AFP'; 'From Lima, the talks …' is text.
_UNCOLONED_CREDIT = re.compile(
    r"^\s*(?:with\s+information\s+from|(?:con\s+)?informaci[oó]n\s+de|tomado\s+de)\s+"
    r"(?P<agency>[^\n]{2,60}?)\s*\.?\s*$",
    re.IGNORECASE,
)
# A paper's credit of its own desk and the wires it drew on, in brackets alone on its line: '(HARBOUR 24 with AFP,
# REUTERS)', '(Valdora Hoy con EFE y AP)'. The desk is a name, in capitalised words, numbers and particles ('(Diario
# del Sur con EFE)'; '(The mayor met with Reuters)' is a sentence); the wires must all be listed agencies' names (see
# `_wires_only`).
_DESK_WITH_WIRES = re.compile(
    r"^\(\s*(?P<desk>[^()\n]{2,40}?)\s+(?:with|con)\s+(?P<agency>[^()\n]{2,60}?)\s*\)\.?$", re.IGNORECASE
)

# The writer's and editor's initials after a sign-off: 'EFE jmr/ag', 'EFE/abc', '(Reuters) ab/cd', the desk's
# after a slash in capitals ('mrc/PL'). The first in lower case, so a capitalised word after a wire's name
# ('AP News') is not taken for initials.
_DESK_INITIALS = r"[a-z]{1,4}(?:/[A-Za-z]{1,4})*"
_INITIALS = rf"(?:\s*/\s*{_DESK_INITIALS}|\s+{_DESK_INITIALS})?"
# Under the sign-off, on lines of their own: the initials ('mrc/PL', with a slash: a word alone is a word) and
# the transmission code ('01/01/01-02/95', only digits).
_DESK_LINE = re.compile(r"[a-z]{1,4}(?:\s*/\s*[A-Za-z]{1,4})+|\d{1,4}(?:[/.:-]\d{1,4}){2,}")
# A wire's old spelling, printed only as its sign-off: Reuters signed 'Reuter' until the 1990s. Never looked
# for in running text ('the late mayor, Paul Reuter').
_OLD_SIGN_OFFS = {"Reuter": "Reuters"}
# An agency not in the list signs off only as a bracketed acronym alone on its line ('(NA)', '(ACN)'):
# bare, 'ACN' could be anything.
_UNLISTED_SIGN_OFF = re.compile(rf"^\((?P<agency>[A-Z]{{2,6}})\){_INITIALS}\.?$")
# Wire end marks in the same shape ('(FIN)', '(END)'): they close the text too, but name no agency.
_END_MARKS = frozenset({"FIN", "END", "MORE"})
# A paper's section letter closing the text, alone or after its last sentence: El Universo's '… Uruguay. (I)'.
# Inside a sentence ('… in the second annex (B)') it is the sentence's.
_SECTION_LETTER = re.compile(r"(?:^|(?<=[.!?\"”»])\s+)\([A-Z]\)$")
# A bracketed contributor credit glued to the last paragraph follows its last sentence, or a note in brackets
# after it ('… in the third quarter. ($1 = 0.9 euros) (Reporting by A)'): one inside the sentence ('… was signed
# (reported by Reuters).') is part of it.
_BRACKETED_TAIL = re.compile(r"(?<=[.!?\"”»)])\s*\((?P<inner>[^()\n]{5,300})\)\s*$")

_CONTRIBUTOR_LEAD = re.compile(
    r"^(?:(?:additional|with)\s+)?reporting\s+(?:by|from)|^(?:writing|editing|research)\s+by|"
    r"^(?:written|edited|reported|compiled)\s+by|"
    r"^con\s+(?:reportes?|reportería(?:\s+adicional)?)\s+de|^(?:reportes?|reportería(?:\s+adicional)?|edición|redacción)\s+de|"
    r"^(?:editado|escrito|redactado|reportado)\s+por",
    re.IGNORECASE,
)
# Words that may join the names of a contributor credit ('A and B in Mexico City', 'A y B de la Fuente'),
# folded: function words and the particles of surnames.
_NAME_JOINERS = FUNCTION_WORDS | words("e & da do dos das van von der di")
_CONTRIBUTED = re.compile(
    r"^(?P<who>.+?)\s+(?:contributed\s+(?:reporting|to\s+this\s+(?:report|story|article))"
    r"|contribuy(?:ó|eron)\s+(?:a|con|en)\s+(?:este|esta)\s+(?:reportaje|informe|nota|artículo|despacho|información))"
    r"\s*\.?$",
    re.IGNORECASE,
)
_MAX_CONTRIBUTOR_WORDS = 15  # 'Associated Press writer Ted Hesson in Washington', not a paragraph
_NAME_LIST_SEPARATORS = re.compile(r"\s*(?:[,;&]|\by\b|\be\b|\band\b)\s*")
# What the staff are called beside their names ('AP writers A and B', 'El periodista de AP A'), folded.
_STAFF_WORDS = words(
    "writer writers reporter reporters correspondent correspondents journalist journalists photographer "
    "photographers videojournalist videojournalists producer producers researcher researchers staff "
    "periodista periodistas corresponsal corresponsales reportero reportera reporteros reporteras "
    "fotografo fotografa fotografos redactor redactora redactores"
)
# The verbs of a credit, between the names and the places of the staff: 'A reported this story in Lima and
# B reported from Quito', 'C in Cusco contributed to this report'.
_CREDIT_VERB = re.compile(
    r"\s+(?:(?:reported|wrote)(?:\s+this\s+(?:story|report|article))?\s+(?:from|in)\s+"
    r"|contributed\s+(?:reporting|to\s+this\s+(?:report|story|article))\s*$)",
    re.IGNORECASE,
)
# A credit's own words, one of which it needs beside the names: 'Police reported in Houston' is news.
_CREDIT_SIGN = re.compile(r"\bthis\s+(?:story|report|article)\b|\bcontributed\b", re.IGNORECASE)
# Where a sentence of a paragraph of credits ends: not after an initial ('writer E. Eduardo Castillo').
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)\s+(?=[A-ZÁÉÍÓÚÑ(])")
# The longest line that may be a wire's name alone with its initials ('Agence France-Presse jmr/ag').
_LONGEST_WIRE_LINE = 40
# A wire's name in brackets after the first paragraph's last sentence: '… anunció hoy. (Dpa)'.
_LEAD_SIGN_OFF = re.compile(r"(?<=[.!?\"”»])\s+\((?P<wire>[^()\n]{3,30})\)\.?\s*$")
_LONGEST_LEAD_SIGN_OFF = 40
# What a sign-off follows when a sentence closes before it: a mark that ends a sentence, a closing quotation mark.
_SENTENCE_MARKS = '.!?"”»'
# A sentence of the writers' note under a column: a writer's name, then what the writer is ('Ana Ruiz es
# politóloga en la Universidad de Valdora.', 'Luis Gil is a lawyer.').
_BIO_SENTENCE = re.compile(
    r"^(?P<name>[A-ZÁÉÍÓÚÑ][\w'’-]+(?: (?:[A-ZÁÉÍÓÚÑ][\w'’.-]*|de|del|la|van|von|da|dos)){1,4}) "
    r"(?:es|is|fue|was|ha sido|has been) "
)
_MAX_BIO_WORDS = 80


class _Tail(NamedTuple):
    rest: str  # the block without its credit; empty when the whole block was the credit
    agency: str | None
    is_credit: bool  # an agency credit proper, which wins over a sign-off


def split_credit(block: str) -> tuple[str, str | None]:
    """(block without its trailing credit, the credited agency); the block may end up empty."""
    if m := _BLOCK_CREDIT.match(block):
        agency = m.group("agency")
        if not agency.startswith(("http://", "https://")):
            return "", agency
    if (m := _UNCOLONED_CREDIT.match(block)) and _only_names(m.group("agency")):
        return "", m.group("agency")
    if block.startswith("(") and (m := _DESK_WITH_WIRES.match(block)) and _is_desk_with_wires(m):
        return "", _first_wire(m.group("agency"))
    if _ends_with_a_bracket(block) and (m := _INLINE_CREDIT.search(block)):
        return block[: m.start()].rstrip(), m.group("agency")
    return block, None


def _ends_with_a_bracket(block: str) -> bool:
    """Whether a closing bracket ends `block`, perhaps before a full stop: a bracketed credit's end. Most last
    paragraphs end otherwise, and are spared a search of their whole length for a bracket that must end them
    (11 µs a file over the corpus's calls of split_credits)."""
    return block.rstrip().removesuffix(".").rstrip().endswith(")")


def split_credits(blocks: list[str]) -> tuple[list[str], str | None]:
    """The body blocks without the credits, sign-offs and contributor lines that close them, and the
    agency the text is credited to (a credit's, else a sign-off's)."""
    body = _without_desk_lines(blocks)
    credited: str | None = None
    signed: str | None = None
    while body and (tail := _split_tail(body[-1])) is not None:
        if tail.is_credit:
            credited = credited or tail.agency
        else:
            signed = signed or tail.agency
        body[-1:] = [tail.rest] if tail.rest else []
    body, lone = _without_lone_wire_lines(body)
    body, lead = _without_lead_sign_off(body)
    return body, credited or signed or lone or lead


def _without_lead_sign_off(blocks: list[str]) -> tuple[list[str], str | None]:
    """`blocks` without a wire's name in brackets that closes the first paragraph, after its last sentence ('…
    anunció hoy en la capital. (Dpa)'), as some papers credit the agency under the lead; and the wire. Any
    listed agency or dateline wire (flows/extract/byline.py's `wire_alone`), not bare: a name there may be the
    sentence's ('… según Reuters'). The only paragraph's is its tail's, read above."""
    if len(blocks) < 2 or not _ends_with_a_bracket(blocks[0]):
        return blocks, None
    m = _LEAD_SIGN_OFF.search(blocks[0], max(0, len(blocks[0]) - _LONGEST_LEAD_SIGN_OFF))
    wire = wire_alone(m.group("wire")) if m is not None else None
    if m is None or wire is None:
        return blocks, None
    return [blocks[0][: m.start()].rstrip(), *blocks[1:]], wire


def split_writers_note(blocks: list[str], byline: str | None) -> list[str]:
    """`blocks` without the note on the writers that closes a column ('Ana Ruiz es politóloga en la Universidad de
    Valdora. Luis Gil es abogado.'): every sentence of the last block tells what a writer the byline names is.
    Names outside the byline are people of the article, and a block about them stays."""
    if not byline or len(blocks) < 2:
        return blocks
    last = blocks[-1]
    if len(last.split(maxsplit=_MAX_BIO_WORDS)) > _MAX_BIO_WORDS or _BIO_SENTENCE.match(last) is None:
        return blocks  # nearly every text: its last paragraph opens otherwise
    writers = {fold_word(w) for w in byline.split()} - _NAME_JOINERS
    for sentence in _sentences(last):
        named = _BIO_SENTENCE.match(sentence)
        if named is None or not {fold_word(w) for w in named.group("name").split()} <= writers | _NAME_JOINERS:
            return blocks
    return blocks[:-1]


def _without_lone_wire_lines(blocks: list[str]) -> tuple[list[str], str | None]:
    """`blocks` without the lines that are a listed wire's name alone ('AFP', 'Notimex', '(EFE)') over the text,
    and the first such wire. Crawlers keep the agency's credit where the page printed it, over the text or under
    its byline ('Escrito por: Redacción' over 'Notimex'): such a line opens the body or follows a line that ends
    no sentence. After a paragraph it may close a story that another follows in the same file, and stays."""
    if not any(len(block) <= _LONGEST_WIRE_LINE for block in blocks):
        return blocks, None  # nearly every text: its blocks are paragraphs
    kept: list[str] = []
    wire: str | None = None
    for block in blocks:
        m = _search_sign_off(block) if len(block) <= _LONGEST_WIRE_LINE else None
        if m is None or m.start() != 0 or (kept and kept[-1].rstrip()[-1:] in _SENTENCE_MARKS):
            kept.append(block)
            continue
        name = m.group("bracketed") or m.group("bare")
        wire = wire or _OLD_SIGN_OFFS.get(name.capitalize(), name)
    return kept, wire


def _split_tail(block: str) -> _Tail | None:
    """The credit, sign-off or contributor line that ends `block`, if any."""
    rest, agency = split_credit(block)
    if agency is not None:
        return _Tail(rest, agency, is_credit=True)
    if m := _search_sign_off(block):
        wire = m.group("bracketed") or m.group("bare")
        return _Tail(block[: m.start()].rstrip(), _OLD_SIGN_OFFS.get(wire.capitalize(), wire), is_credit=False)
    if block.endswith(")") and (m := _SECTION_LETTER.search(block)):
        return _Tail(block[: m.start()].rstrip(), None, is_credit=False)
    if m := _UNLISTED_SIGN_OFF.match(block):
        agency = m.group("agency")
        return _Tail("", None if agency in _END_MARKS else agency, is_credit=False)
    if (names := _contributors(block)) is not None:
        return _Tail("", _wires_only(names), is_credit=False)
    bracketed = _BRACKETED_TAIL.search(block) if _ends_with_a_bracket(block) else None
    if bracketed is not None and (names := _contributors(bracketed.group("inner"))) is not None:
        return _Tail(block[: bracketed.start()].rstrip(), _wires_only(names), is_credit=False)
    return None


def _without_desk_lines(blocks: list[str]) -> list[str]:
    """`blocks` without the desk's lines that close them ('mrc/PL', '01/01/01-02/95'), when a wire's sign-off
    stands above them: alone, such a line may be the text's own."""
    end = len(blocks)
    while end and _DESK_LINE.fullmatch(blocks[end - 1]):
        end -= 1
    signed_above = 0 < end < len(blocks) and (
        _search_sign_off(blocks[end - 1]) is not None or _UNLISTED_SIGN_OFF.match(blocks[end - 1]) is not None
    )
    return blocks[:end] if signed_above else list(blocks)


@cache
def _wire_names() -> tuple[str, ...]:
    """Every name and alias of the listed agencies, as written and in capitals, longest first."""
    return as_written_and_in_capitals(NEWS_AGENCY_NAMES)


@cache
def _sign_off() -> re.Pattern[str]:
    """A listed wire's name (or its old sign-off), bare or bracketed, with initials after it: the whole block,
    or the end of one after a sentence ('…, dijo el ministro. EFE', glued to its full stop in old copy:
    '… victoria moral".EFE'), never inside a sentence ('informó la agencia EFE')."""
    wire = alternation_of({*NEWS_AGENCY_NAMES, *_OLD_SIGN_OFFS})
    after_a_sentence = rf"(?:^|(?<=[{_SENTENCE_MARKS}])\s+|(?<=\.))[-–—]*\s*"
    return re.compile(rf"{after_a_sentence}(?:\((?P<bracketed>{wire})\)|(?P<bare>{wire})){_INITIALS}\.?$")


def _search_sign_off(block: str) -> re.Match[str] | None:
    """`_sign_off()` searched in `block` from its last sentence's start: a sign-off holds no full stop, no other
    mark that ends a sentence, no closing quotation mark, but the full stop that may end it, and each of its
    starts follows one or is the block's. A search from the block's start tried every character of the
    paragraphs before it (13 µs a file over the corpus's calls of split_credits)."""
    end = len(block) - block.endswith("\n")  # `$` is before a final line break too
    end -= block.startswith(".", end - 1)
    return _sign_off().search(block, max(block.rfind(mark, 0, end) for mark in _SENTENCE_MARKS) + 1)


def _contributors(text: str) -> str | None:
    """The names a contributor credit gives, or None when `text` is not one: every sentence of it must be."""
    names = []
    for sentence in _sentences(text.strip()):
        found = _contributors_of_sentence(sentence)
        if found is None:
            return None  # most last paragraphs: their first sentence is news
        names.append(found)
    return "; ".join(names)


def _sentences(text: str) -> Iterator[str]:
    """`_SENTENCE_BREAK.split(text)`, a sentence at a time: most paragraphs need only their first."""
    start = 0
    for end in _SENTENCE_BREAK.finditer(text):
        yield text[start : end.start()]
        start = end.end()
    yield text[start:]


def _contributors_of_sentence(text: str) -> str | None:
    text = text.strip().rstrip(".")
    if (m := _CONTRIBUTED.match(text)) and len(m.group("who").split()) <= _MAX_CONTRIBUTOR_WORDS:
        return m.group("who")
    if (staff := _staff_and_places(text)) is not None:
        return staff
    clauses = [clause.strip() for clause in text.removeprefix("(").removesuffix(")").split(";")]
    names = []
    for clause in clauses:
        lead = _CONTRIBUTOR_LEAD.match(clause)
        if lead is None or not _only_names(clause[lead.end() :]):
            return None
        names.append(clause[lead.end() :].strip())
    return "; ".join(names)


def _staff_and_places(text: str) -> str | None:
    """'AP writer A reported this story in Lima and AP writer B reported from Quito', 'AP writers C in Cusco,
    Peru; and D in La Paz contributed to this report': names, places and what staff are called, between the
    verbs of a credit; and one of a credit's own words. The names and places, or None."""
    parts = _CREDIT_VERB.split(text)
    if len(parts) < 2 or not parts[0] or (_CREDIT_SIGN.search(text) is None and not _names_staff(text)):
        return None
    parts = [part for part in parts if part]
    return "; ".join(parts) if all(map(_only_names, parts)) else None


def _names_staff(text: str) -> bool:
    return any(fold_word(token) in _STAFF_WORDS for token in re.findall(r"[^\s,;]+", text))


def _only_names(text: str) -> bool:
    """Capitalised words, the words that join names and what staff are called: 'Dave Graham and Ted Hesson in
    Mexico City', 'AP writer Ana Ruiz', not 'local media suggested the talks had stalled'."""
    tokens = re.findall(r"[^\s,;]+", text)
    allowed = _NAME_JOINERS | _STAFF_WORDS
    return bool(tokens) and all(t[0].isupper() or fold_word(t) in allowed for t in tokens)


def _is_desk_with_wires(credit: re.Match[str]) -> bool:
    desk = credit.group("desk").split()
    named = (
        bool(desk)
        and desk[0] not in PARTICLES
        and all(w[0].isupper() or w[0].isdigit() or w in PARTICLES for w in desk)
    )
    return named and _wires_only(credit.group("agency")) is not None


def _first_wire(names: str) -> str:
    """The first of the wires a credit lists ('AFP, REUTERS' -> 'AFP'): the agency field names one."""
    return next(p for p in _NAME_LIST_SEPARATORS.split(names) if p)


def _wires_only(names: str) -> str | None:
    """The names when each is a listed agency's ('AP y EFE'), else None: staff are not an agency."""
    parts = [p for p in _NAME_LIST_SEPARATORS.split(names) if p]
    return names if parts and all(p in _wire_names() for p in parts) else None
