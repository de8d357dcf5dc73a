"""Interview transcripts: the answers are the interviewee's direct speech; the questions are nobody's quote.

A transcript is read when its body holds two question/answer pairs at least: a question paragraph and,
next among the labelled paragraphs, an answer paragraph. Labels open a paragraph, maybe in markdown
emphasis (`**P:**`), and end with a colon or, but for a name, a full stop (`P.`, `R.-`, `P. —`,
`Pregunta.`); without either, a capital is a sentence's first letter, not a label:

- questions: `P`, `Pregunta`, `Q`, `Question`, `Periodista`, `Entrevistador(a)`, `Interviewer`, `Reporter`;
- answers: `R`, `Respuesta`, `A`, `Answer`;
- a name (`Ramírez:`, `RAMÍREZ:`, `EL HERALDO:`): an answer when it names a person of the article; else a
  question when most of its paragraphs end with "?", else whatever the labels around it make it (the
  answer after a question, the question before an answer). Other single letters are a list's.

A question and its answer may share a paragraph ("P: ¿Qué espera? R: Que se cumpla."): the answer label
then stands right after the question mark, paired with the question's label (`P`/`R`, `Pregunta`/
`Respuesta`, `Q`/`A`, `Question`/`Answer`) and ending as it does.

A transcript may also print questions and answers as dash paragraphs: a question is a whole paragraph
"—¿…?" ("—…?" outside Spanish) with no narrator; the dash paragraph after it is the answer. Outside
English, `quote_dashes` reads those answers already, as any dash speech (a narrator inside one, "—Sí
—admite Ortiz—.", still splits it); here they only get the interviewee for a speaker when no narrator
names one. English dash speech is no quotation elsewhere, so its answers are read here as labelled ones.

English `Q`/`A` labels are also how explainers print their questions (a FAQ), and dash turns how
reportage prints a dialogue: those transcripts count only with evidence of an interview: a name label,
an interviewee presented as such in the intro, or an interview word there ("entrevista", "interview").

A labelled answer runs from its label to the end of its paragraph, and on over the unlabelled paragraphs
after it up to the next label (each paragraph its own part, continuing the one before). After the last
label the article often goes back to prose, so an answer is not continued there. A dash answer goes on
over the unlabelled paragraphs after it only when they are clearly its words (`_dash_continuations`).

The interviewee is the answer label's person; else, in the intro (the paragraphs before the first
question), the person presented as interviewed ("Entrevista con X", "X, en entrevista con …", "an
interview with X", "X told …"); else the one person of the article named by a title or deck that says it
is an interview; else the only person the intro names; else nobody. The sign of an interview that
explainer labels and dash turns need may be in the title or deck too.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

import regex

from flows.extract.latin_patterns import TwoPatterns, property_class
from flows.extract.people import People
from flows.extract.quote_dashes import trim
from flows.extract.quote_marks import QuoteSpan
from flows.extract.types import ArticleText, EntitySpan, fold

_QUESTION_LABELS = frozenset(
    ("p", "pregunta", "q", "question", "periodista", "entrevistador", "entrevistadora", "interviewer", "reporter")
)
_ANSWER_LABELS = frozenset(("r", "respuesta", "a", "answer"))
# Labels an explainer prints its questions with as well: these pairs need evidence of an interview.
_EXPLAINER_LABELS = frozenset(("q", "question", "a", "answer"))
_MIN_PAIRS = 2
_EMPHASIS = r"(?:\*\*|__|\*|_)?"
# A label: a name's words (capitalised, or "de", "del", "la": "Lucía Ramírez de la Torre"), bounded in
# number and length, matched at a paragraph's start only.
_WORD = r"\p{Lu}[\p{L}'’-]{0,30}"
# The same on COMMON characters, for `re` (`latin_patterns`): the letters' class, the apostrophes and the
# hyphen added.
_COMMON_WORD = f"{property_class('Lu')}{property_class('L')[:-1]}'’-]{{0,30}}"


def _label_pattern(word: str) -> str:
    return (
        rf"[ \t]*{_EMPHASIS}(?P<label>{word}(?:[ ](?:de|del|la|{word})){{0,5}}){_EMPHASIS}[ \t]*"
        rf"(?P<mark>[:.])(?:[ \t]*[-—–])?{_EMPHASIS}[ \t]+"
    )


# Tried at each paragraph's start: the `re` form takes half the time of the `regex` one (0.013 ms off an
# article's 0.47 ms in `quotes.find_quotes`).
_LABEL = TwoPatterns(regex.compile(_label_pattern(_WORD), regex.VERSION1), re.compile(_label_pattern(_COMMON_WORD)))
# A question and its answer in one paragraph ("P: ¿Qué espera? R: Que se cumpla."): the answer label
# right after the question mark, the one paired with the question's label and ending as it does (a
# full stop after "?" is no label's: "Q: Plan A? A. Smith said no" stays a question).
_PAIRED_ANSWER_LABEL = {"p": "r", "pregunta": "respuesta", "q": "a", "question": "answer"}
_INLINE_ANSWER = regex.compile(
    rf"\?[\"”»’)]*[ \t]+{_EMPHASIS}(?P<label>R|Respuesta|A|Answer){_EMPHASIS}[ \t]*"
    rf"(?P<mark>[:.])(?:[ \t]*[-—–])?{_EMPHASIS}[ \t]+",
    regex.VERSION1,
)
_DASHES = "—–"
# The quotation marks `quote_marks` pairs: a paragraph holding one quotes someone, so it is not plainly
# the interviewee's answer going on.
_QUOTATION_MARKS = frozenset('"“”„«»')
# Who the intro presents as interviewed: the person right after these words (a role may stand between:
# "Conversamos con la escritora Inés Lozano") ...
_BEFORE_INTERVIEWEE = regex.compile(
    r"(?i)(?<![\p{L}])(?:entrevista(?:d[oa])?[ ](?:con|a)|interview(?:ed)?[ ]with|interviewed"
    r"|convers(?:amos|ó|ación)[ ]con|conversation[ ]with|charl(?:amos|ó|a)[ ]con|dialog(?:amos|ó)[ ]con"
    r"|hablamos[ ]con|spoke[ ]with|sat[ ]down[ ]with)[ ]",
    regex.VERSION1,
)
_BEFORE_GAP = 40  # "con el director del hospital regional, " at most
# ... or right before them: "X, en entrevista con …", "X told …".
_AFTER_INTERVIEWEE = regex.compile(
    r"(?i),?[ ](?:en[ ](?:una[ ])?entrevista|in[ ](?:an[ ])?(?:exclusive[ ])?interview|told|dijo[ ]a"
    r"|concedió[ ]una[ ]entrevista|granted[ ]an[ ]interview|habló[ ]con|spoke[ ](?:with|to))(?![\p{L}])",
    regex.VERSION1,
)
_INTERVIEW_WORD = regex.compile(
    r"(?i)(?<![\p{L}])(?:entrevista|interview|q&a|conversación|conversation)", regex.VERSION1
)

# The heading is the title and the deck: a line or two, unless a file has no title and a paragraph is
# taken for one.
_HEADING_CHARS = 600
_NAME_RUN = regex.compile(rf"{_WORD}(?:[ ](?:de|del|la|{_WORD})){{0,5}}", regex.VERSION1)


@dataclass(frozen=True, slots=True)
class Answer:
    """One paragraph's part of a labelled answer."""

    start: int
    end: int
    continues: int | None  # index (in `Interview.answers`) of the part in the paragraph before
    speaker: str | None
    speaker_text: str | None  # the label, when it names the speaker


@dataclass(frozen=True, slots=True)
class Interview:
    answers: list[Answer]
    # Paragraphs of `answers`, to where their answer starts: every quotation from there on is part of it
    # (the paragraph's start but where the question shares the paragraph).
    answer_starts: dict[int, int]
    question_paragraphs: frozenset[int]  # their dash speech is the journalist's question
    dash_answer_paragraphs: frozenset[int]  # their dash speech is the interviewee's, unless a narrator says not
    # A dash answer's paragraph, to the unlabelled paragraphs that go on with it: (paragraph, start, end).
    dash_continuations: dict[int, list[tuple[int, int, int]]]
    interviewee: str | None

    def other_spans(self, spans: list[QuoteSpan]) -> list[QuoteSpan]:
        """The quotations that are not questions nor inside a labelled answer, with the paragraphs that
        continue a dash answer as parts of it; `continues` renumbered."""
        return _with_continuations(_drop(spans, self._replaced), self.dash_continuations)

    def _replaced(self, span: QuoteSpan) -> bool:
        # Words an interviewee quotes stay part of the answer, as marks inside dash speech stay part of it.
        answer_start = self.answer_starts.get(span.paragraph)
        in_answer = answer_start is not None and span.open_mark >= answer_start
        return in_answer or (span.dash and span.paragraph in self.question_paragraphs)


@dataclass(frozen=True, slots=True)
class _Turn:
    paragraph: int
    role: str | None  # "q", "a", or None while a name label's role is unsettled
    label: str | None  # folded; None for a dash turn
    label_span: tuple[int, int] | None
    text_start: int
    mark: str | None = None  # what ends the label: ":" or "."


def find_interview(article: ArticleText, people: People) -> Interview | None:
    """The article's interview transcript, or None when it prints none."""
    text, paragraphs = article.text, article.paragraphs
    turns = _labelled_turns(text, paragraphs, people.persons)
    pairs = _pairs(turns)
    dash = False
    if len(pairs) < _MIN_PAIRS:
        turns = _dash_turns(text, paragraphs, article.language)
        pairs, dash = _pairs(turns), True
    if len(pairs) < _MIN_PAIRS:
        return None
    names = _name_index(people.persons)  # only now: most articles print no transcript
    intro_end = paragraphs[pairs[0][0].paragraph][0]
    heading = article.heading[:_HEADING_CHARS]
    presented = _presented(text, intro_end, people) or _presented_in_heading(heading, names)
    interviewee = presented or _only_person(intro_end, people)
    label_people = {a.label: names.get(a.label) for _, a in pairs if a.label and a.label not in _ANSWER_LABELS}
    # Explainers print Q/A too, and reportage dash dialogue: those need a sign of an interview.
    ambiguous = dash or all(q.label in _EXPLAINER_LABELS and a.label in _EXPLAINER_LABELS for q, a in pairs)
    if ambiguous and not (presented or any(label_people.values()) or _says_interview(text, intro_end, heading)):
        return None
    questions = frozenset(q.paragraph for q, _ in pairs)
    if not dash:
        answers = _answers(text, paragraphs, turns, pairs, label_people, interviewee)
        return Interview(answers, _answer_starts(article, answers), questions, frozenset(), {}, interviewee)
    continuations = _dash_continuations(text, paragraphs, turns, people.spans, interviewee)
    if article.language == "en":
        # English dash speech is no quotation elsewhere (`quote_marks`): its answers are read here.
        answers = _dash_answers(text, paragraphs, pairs, continuations, interviewee)
        return Interview(answers, _answer_starts(article, answers), questions, frozenset(), {}, interviewee)
    continued = (paragraph for parts in continuations.values() for paragraph, _, _ in parts)
    answered = frozenset(itertools.chain((a.paragraph for _, a in pairs), continued))
    return Interview([], {}, questions, answered, continuations, interviewee)


def _answer_starts(article: ArticleText, answers: list[Answer]) -> dict[int, int]:
    starts: dict[int, int] = {}
    for answer in answers:
        starts.setdefault(article.paragraph_at(answer.start), answer.start)
    return starts


# Turns ----------------------------------------------------------------------------------------------


def _labelled_turns(text: str, paragraphs: tuple[tuple[int, int], ...], persons: Iterable[str]) -> list[_Turn]:
    turns = []
    pattern = _LABEL.for_text(text)
    for index, (start, end) in enumerate(paragraphs):
        m = pattern.match(text, start, end)
        if m is None:
            continue
        label = fold(m.group("label"))
        role = "q" if label in _QUESTION_LABELS else "a" if label in _ANSWER_LABELS else None
        if role is None and m.group("mark") == ".":
            continue  # "Sr. Pérez llegó", "Ramírez. Luego": a name label ends with a colon
        if role is None and len(label) == 1:
            continue  # "B:", "C:": a list's letters
        turn = _Turn(index, role, label, m.span("label"), m.end(), m.group("mark"))
        turns.append(turn)
        if (answer := _inline_answer(text, turn, end)) is not None:
            turns.append(answer)
    return _settle_name_labels(text, paragraphs, turns, _name_index(persons)) if turns else turns


def _inline_answer(text: str, question: _Turn, end: int) -> _Turn | None:
    """The answer printed in the question's paragraph, after its question mark, if one is."""
    expected = _PAIRED_ANSWER_LABEL.get(question.label or "")
    if expected is None:
        return None
    for m in _INLINE_ANSWER.finditer(text, question.text_start, end):
        if fold(m.group("label")) == expected and m.group("mark") == question.mark:
            return _Turn(question.paragraph, "a", expected, m.span("label"), m.end(), question.mark)
    return None


def _settle_name_labels(
    text: str, paragraphs: tuple[tuple[int, int], ...], turns: list[_Turn], names: dict[str, str]
) -> list[_Turn]:
    """A name label asks when most of its paragraphs end with "?" (the outlet's "EL HERALDO:", even a
    journalist we know by name); else it answers when it names a person of the article; else it is what
    the turns around it make it."""
    asks: dict[str, list[bool]] = {}
    for turn in turns:
        if turn.role is None and turn.label is not None:
            asks.setdefault(turn.label, []).append(_ends_with_question_mark(text, *paragraphs[turn.paragraph]))
    roles = {
        label: "q" if sum(marks) * 2 > len(marks) else "a" if label in names else None for label, marks in asks.items()
    }
    settled = [replace(t, role=roles[t.label]) if t.role is None and t.label is not None else t for t in turns]
    for index, turn in enumerate(settled):
        if turn.role is None:
            before = settled[index - 1].role if index > 0 else None
            after = settled[index + 1].role if index + 1 < len(settled) else None
            settled[index] = replace(turn, role="a" if before == "q" else "q" if after == "a" else None)
    return settled


def _dash_turns(text: str, paragraphs: tuple[tuple[int, int], ...], language: str) -> list[_Turn]:
    """Dash paragraphs: a question when the whole paragraph is "—¿…?" (no narrator's dash; "—…?" in the
    languages that print no "¿"), else an answer."""
    opening_mark = language == "es"
    turns = []
    for index, (start, end) in enumerate(paragraphs):
        first = start
        while first < end and text[first].isspace():
            first += 1
        if first == end or text[first] not in _DASHES:
            continue
        speech = first + 1
        while speech < end and text[speech].isspace():
            speech += 1
        is_question = (
            (text.startswith("¿", speech) or not opening_mark)
            and _ends_with_question_mark(text, start, end)
            and not _holds_dash(text, speech, end)
        )
        turns.append(_Turn(index, "q" if is_question else "a", None, None, speech))
    return turns


def _ends_with_question_mark(text: str, start: int, end: int) -> bool:
    while end > start and (text[end - 1].isspace() or text[end - 1] in '*_"”»’)'):
        end -= 1
    return end > start and text[end - 1] == "?"


def _pairs(turns: list[_Turn]) -> list[tuple[_Turn, _Turn]]:
    """Each question with the answer that is the next turn."""
    return [(q, a) for q, a in itertools.pairwise(turns) if q.role == "q" and a.role == "a"]


# Answers --------------------------------------------------------------------------------------------


def _answers(
    text: str,
    paragraphs: tuple[tuple[int, int], ...],
    turns: list[_Turn],
    pairs: list[tuple[_Turn, _Turn]],
    label_people: dict[str, str | None],
    interviewee: str | None,
) -> list[Answer]:
    labelled = [t.paragraph for t in turns]
    answers: list[Answer] = []
    for _, turn in pairs:
        assert turn.label is not None and turn.label_span is not None
        if turn.label in _ANSWER_LABELS:
            speaker, printed = interviewee, None
        else:
            speaker, printed = label_people.get(turn.label), text[slice(*turn.label_span)]
        # An answer runs on to the next label; after the last one the article is prose again.
        following = bisect.bisect_right(labelled, turn.paragraph)
        last = labelled[following] if following < len(labelled) else turn.paragraph + 1
        continues = None
        for paragraph in range(turn.paragraph, last):
            begin = turn.text_start if paragraph == turn.paragraph else paragraphs[paragraph][0]
            start, end = trim(text, begin, paragraphs[paragraph][1])
            if start < end:
                answers.append(Answer(start, end, continues, speaker, printed))
                continues = len(answers) - 1
    return answers


def _dash_continuations(
    text: str,
    paragraphs: tuple[tuple[int, int], ...],
    turns: list[_Turn],
    mentions: list[EntitySpan],
    interviewee: str | None,
) -> dict[int, list[tuple[int, int, int]]]:
    """The unlabelled paragraphs that clearly go on with a dash answer, by the answer's paragraph.

    Clearly: the answer is one stretch of speech to its paragraph's end (no narrator's dash in it, so the
    article is not telling a scene); the next dash turn is the transcript's next question (so the
    transcript has not ended, as after its last answer); and each paragraph between holds no dash, no
    quotation marks (other voices) and no mention of the interviewee (a narrator's "Ortiz se levanta",
    which an answer would say in the first person). The first paragraph that fails ends the answer."""
    starts = [m.char_start for m in mentions]
    continuations: dict[int, list[tuple[int, int, int]]] = {}
    for answer, following in itertools.pairwise(turns):
        if (
            answer.role != "a"
            or following.role != "q"
            or _holds_dash(text, answer.text_start, *paragraphs[answer.paragraph][1:])
        ):
            continue
        parts = []
        for paragraph in range(answer.paragraph + 1, following.paragraph):
            start, end = paragraphs[paragraph]
            quoting = any(c in _QUOTATION_MARKS for c in text[start:end])
            narrated = interviewee is not None and _names(mentions, starts, start, end, interviewee)
            if quoting or narrated or _holds_dash(text, start, end):
                break
            start, end = trim(text, start, end)
            if start < end:
                parts.append((paragraph, start, end))
        if parts:
            continuations[answer.paragraph] = parts
    return continuations


def _holds_dash(text: str, start: int, end: int) -> bool:
    return any(text.find(dash, start, end) >= 0 for dash in _DASHES)


def _names(mentions: list[EntitySpan], starts: list[int], start: int, end: int, person: str) -> bool:
    """Whether text[start:end] mentions the person."""
    index = bisect.bisect_left(starts, start)
    while index < len(mentions) and mentions[index].char_start < end:
        if mentions[index].name == person:
            return True
        index += 1
    return False


def _dash_answers(
    text: str,
    paragraphs: tuple[tuple[int, int], ...],
    pairs: list[tuple[_Turn, _Turn]],
    continuations: dict[int, list[tuple[int, int, int]]],
    interviewee: str | None,
) -> list[Answer]:
    """Dash answers as labelled ones are read: each paragraph its own part, continuing the one before."""
    answers: list[Answer] = []
    for _, turn in pairs:
        start, end = trim(text, turn.text_start, paragraphs[turn.paragraph][1])
        parts = [(start, end)] + [(s, e) for _, s, e in continuations.get(turn.paragraph, [])]
        continues = None
        for start, end in parts:
            if start < end:
                answers.append(Answer(start, end, continues, interviewee, None))
                continues = len(answers) - 1
    return answers


def _with_continuations(
    spans: list[QuoteSpan], continuations: dict[int, list[tuple[int, int, int]]]
) -> list[QuoteSpan]:
    """The spans, each dash answer followed by its continuing paragraphs as parts of it (dash speech too,
    which the paragraph's end closes), `continues` renumbered."""
    if not continuations:
        return spans
    last_of_paragraph = {span.paragraph: index for index, span in enumerate(spans)}
    new_index: dict[int, int] = {}
    result: list[QuoteSpan] = []
    for index, span in enumerate(spans):
        continues = new_index[span.continues] if span.continues is not None else None
        new_index[index] = len(result)
        result.append(span if continues == span.continues else replace(span, continues=continues))
        if span.dash and last_of_paragraph[span.paragraph] == index:
            for paragraph, start, end in continuations.get(span.paragraph, []):
                result.append(QuoteSpan(start, start, end, None, paragraph, len(result) - 1, dash=True))
    return result


def _drop(spans: list[QuoteSpan], dropped: Callable[[QuoteSpan], bool]) -> list[QuoteSpan]:
    """The spans `dropped` does not take, each `continues` pointing to the same span's new index (or to
    nothing when that span was dropped)."""
    new_index: dict[int, int] = {}
    kept: list[QuoteSpan] = []
    for index, span in enumerate(spans):
        if dropped(span):
            continue
        continues = new_index.get(span.continues) if span.continues is not None else None
        new_index[index] = len(kept)
        kept.append(span if continues == span.continues else replace(span, continues=continues))
    return kept


# The interviewee ------------------------------------------------------------------------------------


def _name_index(persons: Iterable[str]) -> dict[str, str]:
    """Folded forms a label may name a person by (the full name, any single word or tail of it), to the
    person; a form two persons share names neither."""
    index: dict[str, str | None] = {}
    for name in persons:
        words = fold(name).split()
        forms = {" ".join(words[i:]) for i in range(len(words))} | set(words)
        for form in forms:
            index[form] = name if index.get(form, name) == name else None
    return {form: name for form, name in index.items() if name is not None}


def _presented(text: str, intro_end: int, people: People) -> str | None:
    """The person the intro presents as interviewed, the first one."""
    spans = people.spans
    starts = [s.char_start for s in spans]
    for span in spans[: bisect.bisect_left(starts, intro_end)]:
        if _AFTER_INTERVIEWEE.match(text, span.char_end, intro_end) is not None:
            return span.name
    for m in _BEFORE_INTERVIEWEE.finditer(text, 0, intro_end):
        following = bisect.bisect_left(starts, m.end())
        if following < len(spans) and spans[following].char_start <= min(m.end() + _BEFORE_GAP, intro_end):
            return spans[following].name
    return None


def _says_interview(text: str, intro_end: int, heading: str) -> bool:
    return _INTERVIEW_WORD.search(text, 0, intro_end) is not None or _INTERVIEW_WORD.search(heading) is not None


def _presented_in_heading(heading: str, names: dict[str, str]) -> str | None:
    """The one person of the article the title or deck names, when they say it is an interview
    ("Entrevista con Lucía Ramírez: …", "Port chief Daniel Okafor on the closure: an interview")."""
    if _INTERVIEW_WORD.search(heading) is None and _BEFORE_INTERVIEWEE.search(heading) is None:
        return None
    named = set()
    for run in _NAME_RUN.finditer(heading):
        words = fold(run.group()).split()
        whole = names.get(" ".join(words))
        named.update([whole] if whole else (names[word] for word in words if word in names))
    return named.pop() if len(named) == 1 else None


def _only_person(intro_end: int, people: People) -> str | None:
    named = set()
    for span in people.spans:
        if span.char_start >= intro_end:
            break
        named.add(span.name)
    return named.pop() if len(named) == 1 else None
