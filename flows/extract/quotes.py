"""Quotations and who said them: rows of the `quotes` table.

Direct quotes are the words between quotation marks (see `quote_marks` for how marks pair, how a quote
left open is closed at its paragraph's end, and how a quote running over several paragraphs is linked
with `continues_quote_id`). A partial quote inside a sentence is direct too: it is the speaker's words.
So is speech opened by a dash (`quote_dashes`: "—No habrá prórroga —dijo la ministra."), outside English
articles, where a dash opening a paragraph is a credit line or an epigraph's author, not speech. Its end
is the convention's, not a guess: it counts as closed in the source.

The speaker of a quote is looked for, in order:
1. in an attribution inserted between dashes ("—añadió la ministra—"), or the narrator's words after dash
   speech ("—No habrá prórroga —dijo la ministra.");
2. right after the closing mark: `"…," Bárcena said`, `"…," said the Secretary of State`, `«…», dijo`,
   with an adverb beside the verb: `"…," a spokesman also said`, `«…», dijo también un portavoz`, or when
   the words were said: `«…», dijo el lunes el ministro`, `"…," said Monday Finance Minister Ana Ruiz`, or
   where: `«…», afirmó en un comunicado Andrés Molina`, `«…», dijo en rueda de prensa el ministro`; whom
   the words were said to, between the verb and its speaker, is no part of the speaker and is read past
   (`speakers.audience_ends`): `«…», dijo a la prensa un portavoz`, `«…», dijo a Efe el portavoz`,
   `"…," told reporters a spokesman`; nor is why the speaker goes unnamed, between the speaker and the
   verb (`quote_attributions.past_anonymity`): `"…," a spokesman, who spoke on condition of anonymity, said`,
   nor the speaker's age, title or description between commas: `"…," Marsh, 54, said`, `"…," Helen
   Marsh, the port director, said`; a named person right after the comma and one word ends the
   clause is the speaker whatever the word, a verb in a tense or a form no list holds: `«…», advierte
   Tomasa Ferrer, directora …`, `«…», contó Quiroga.`, `"…," cautions Tessa Marlow`; so is a name that
   words no title pattern reads describe after the verb, however the words were said: `«…», declaró el
   delantero Tomás Ferreyra`, `«…», apuntó emocionado el uruguayo Tomás Ferreyra`, `"…," said veteran
   midfielder Tom Farrell`; a speaker described and not named there (`«…», apuntó el arquero de Deportivo
   Norte`, `«…», detalló la institución`) is nobody we know, never the speaker before, whom a verb without
   a subject would give; so are English "it" (`"…," it added`) and a body's name closing the quote's
   sentence (`a "strong rebound" would help, the OECD said`); a person named first in the few words before
   the verb speaks (`"…," CNN meteorologist Tom Reyes said`), unless a preposition governs the name;
3. before the opening mark in the same sentence: `Bárcena added: "…"`, `she told reporters that "…"`,
   with the sentence's subject when the verb has none of its own (`Blinken agreed … and affirmed that "…"`),
   the name a relative clause is about (`…las palabras de Trump, en las que aseguró que "…"`), or, for a
   Spanish, Portuguese or Catalan verb that opens its sentence, the subject it leaves out (`Asimismo,
   sostuvo que «…»`, resolved as a pronoun is);
4. when the quote sits inside a sentence without a speech verb, the name the relative clause holding it
   is about (`…de Trump, quien tildó la ciudad de «…»`), else the sentence's subject when it opens the
   sentence (`She also praised … because "…"`, `In a post, Falk called it "…"`): a person further in is
   the sentence's object or another's (`Ministers accused Spencer of "…"`, `The letter, sent to Cameron,
   calls for "…"`), and a guess;
5. after a quote that ends its sentence, the opening of the next one when it says whose words they were:
   `"…." That was how Bárcena summed up the meeting`, `«…». Así lo resumió Bárcena`, `"…." Those were the
   words of Bárcena`;
6. for a quote left without one: the speaker of the quote it continues, of the quote before it in the
   paragraph, of the next attributed quote in the paragraph when it opens the paragraph, or else the
   last speaker of the paragraph before (a paragraph that only quotes continues the last speaker; a quote
   followed by words not read as an attribution does not: whose it is was said, and a guess is worse
   than none). Dash
   speech is dialogue, whose every turn is another speaker's: a turn without a narrator continues no other
   turn, nor a paragraph of turns, and looks back in its sentence only past a colon ("fue tajante: —…").
Pronouns and role phrases resolve as `speakers` explains. A quote whose speaker is not found this way
has null speaker fields; `speaker_text` keeps the printed phrase when there is one that names no person
we know ("a State Department official").

An interview transcript's answers are direct speech too (`quote_interviews`): a labelled answer ("R:",
"A:", "RAMÍREZ:") is a row of its own, without a speech verb, spoken by the interviewee when the article
makes them clear; its questions are not quotations, and words the interviewee quotes stay part of the
answer, as marks inside dash speech do. Dash answers ("—¿…?" then "—…") are read as dash speech, and
take the interviewee for a speaker when no narrator in them names one.

Indirect speech (`is_direct` false) is a clause after a speech verb and "that"/"que" ("She told reporters
that …", "Carrasco afirmó que …", "afirmou à imprensa que …", "ha dit que …", or English "said" without
"that" after its subject: "Dugan said the man had gone inside", "Ruiz said widening the channel would
…", "she said 4.2 million tonnes are …", with a day between them or not: "Ruiz on Friday said the …"), an
adverb or a time
between them or not ("dijo el lunes que …", "said on Monday that …", "dijo además que …"), or where the
words were said ("said in a statement that …", "señaló en su cuenta de X que …"), or an aside between
commas ("aseguró, en declaraciones a la radio, que …"), up to the end of the sentence or the next
quotation mark that a word of the clause does not lead into (`dijo que hay un «presidente enfermo» en el
país`: the partial quote is part of the clause, and a row of its own too), when its speaker resolves to a
person or an organization ("Pemex said that …", "La Secretaría de Hacienda informó que …": `speakers`), or
when the subject opening the sentence is someone the article does not name: a title ("The minister said
that …", "El titular del MEF explicó que …", "Un portavoz dijo que …"), a phrase naming nobody ("A Pemex
spokesman said that …") or people in the plural ("Officials at the ministry said that …", "Los vecinos
denunciaron que …": a Spanish verb in the plural is read only so, never as one person's). Those keep
the printed words as speaker_text and no person, as a direct quote's do; a document, a law or a saying
("The report said that …", "La regla dice que …", "Some say that …") is no one, and gives no row.
Reported speech is also a sentence that an attribution closes after a comma ("The man refused to leave, Dugan said.",
"Tenemos una flota de ómnibus, comentó.", "…, the World Bank said."), when a name, a pronoun, an
organization or a verb without a subject says whose it is and no quotation or other speech verb in it
reports it itself.

Portuguese and Catalan articles are read by the same rules, with their own speech verbs (`afirmou`, `disse`;
Catalan's two-word pasts `ha dit`, `va afirmar` as one verb), titles and pronouns added to the English and
Spanish ones, only in an article of that language (`schemas.vocabularies.cue_verbs_of`, `roles`): there
Portuguese "a" is an article, not English's "a", and Catalan "va" alone means "goes".
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

import regex

from flows.extract.keywords import Keyword
from flows.extract.latin_patterns import TwoPatterns, property_class
from flows.extract.name_words import (
    FUNCTION_WORDS,
    HONORIFICS,
    PREPOSITIONS,
    RANK_ABBREVIATIONS,
    TITLE_ABBREVIATIONS,
    words,
)
from flows.extract.people import People
from flows.extract.quote_attributions import (
    Attribution,
    anonymous_phrase_ending_at,
    described_phrase,
    find_attributions,
    indefinite_subject,
    past_anonymity,
    past_setting,
    people_subject,
    phrase_to_clause_end,
)
from flows.extract.quote_interviews import Answer, Interview, find_interview
from flows.extract.quote_marks import QuoteSpan, find_quote_spans
from flows.extract.quote_terms import is_a_name, is_no_quotation
from flows.extract.speakers import (
    ENGLISH_DAYS,
    MANNER_AFTER,
    OTHER_DAYS,
    SPEECH_ADVERBS,
    OrganizationName,
    SpeakerPhrase,
    Speakers,
    audience_ends,
    before_adverbs,
    opens_sentence,
    past_apposition,
    skip_adverb,
    skip_spaces,
)
from flows.extract.types import ArticleText, EntitySpan, Row, entity_id, fold
from schemas.vocabularies import CHARACTERISING_VERBS, CUE_VERBS_ES_PLURAL, PRO_DROP_CUE_VERBS

# Looked for, not a slice stripped: a sentence of many quotes was copied once for each of them.
_NOT_SPACE = re.compile(r"\S")
# A Spanish object pronoun before a speech verb: whom the words were said to ("le dijo", "les aseguró", "nos contó").
_CLITIC = re.compile(r"(?:le|les|me|nos|te|Le|Les|Me|Nos|Te) ")
_MIN_INDIRECT_WORDS = 4
# Where a sentence ends: after . ? ! (and a closing mark), before a capital or an opening mark; not
# after an abbreviation or a single capital ("U.S.", "Mr.", "Sra.", "Sgt."), unless that capital closes a
# company's legal form ("Telefónica S.A. El precio …", "S.A. de C.V.", "S.L."), which ends a sentence
# as "Ford Motor Co." does, or a word of capitals alone ("… confidence in the PM. Nisar …", "… told
# AFP. The …"): an acronym, which ends a sentence as a word does. "EE.UU." is no such word: its full stops
# are the abbreviation's.
_ABBREVIATIONS = (*HONORIFICS, *TITLE_ABBREVIATIONS, *RANK_ABBREVIATIONS, "St", "Jr")
_CAPITAL_LEGAL_FORMS = (" S.A", " S.L", " C.V")  # as they end, before their last full stop
_LONGEST_ACRONYM = 6
_SENTENCE_BREAK = TwoPatterns(
    regex.compile(
        r"(?<![\p{Lu}](?<!\sS\.A|\sS\.L|\sC\.V|(?:^|[\s(])\p{Lu}{2,6})"
        + "".join(rf"|\b{word}" for word in _ABBREVIATIONS)
        + r")[.?!…][\"”»’)]*\s+(?=[\"“«¿¡(]?\p{Lu})",
        regex.VERSION1,
    ),
    # The same, opening with its punctuation mark (see `latin_patterns`): what may not stand before the
    # mark is looked for behind the mark and it, in one fixed-width look-behind each, as `re` wants them.
    re.compile(
        "[.?!…]"
        + "(?:"
        + "".join(rf"(?<={re.escape(form)}.)|" for form in _CAPITAL_LEGAL_FORMS)
        + "".join(
            f"(?<=[\\s(]{property_class('Lu') * size}.)|(?<=^{property_class('Lu') * size}.)|"
            for size in range(2, _LONGEST_ACRONYM + 1)
        )
        + f"(?<!{property_class('Lu')}.))"
        + "".join(rf"(?<!\b{word}.)" for word in _ABBREVIATIONS)
        + r"[\"”»’)]*\s+"
        + f'(?=["“«¿¡(]?{property_class("Lu")})'
    ),
)
# After a speech verb, before the reported clause: who was told ("told reporters", "told the Evening
# Courier", "dijo a periodistas", "disse à imprensa", "ha dit als periodistes") or who told it, a name
# hyphenated or not ("explicó Díaz-Canel que"), then where, in up to four
# words ("aseguró en una conferencia que", "dijo ante periodistas que", "señaló en su cuenta de X que",
# "said in a statement that", "wrote on X that"), or an aside between commas ("aseguró, en declaraciones a
# la radio, que", "said, however, that"). A comma may follow "that": "explicó que, pese a la lluvia, …".
_THAT_WORDS = ("that", "que")
_THAT_WORD = re.compile("|".join(_THAT_WORDS))  # inside words too: it only rules out (`_reported_that`)
# Further than `_THAT` and two adverbs or times can read past a verb: an audience, a setting and an aside of
# a few words each ('dijo a la prensa durante la visita oficial, según fuentes oficiales, que').
_THAT_REACH = 400
# The longest reported clause, in characters: real ones end within 400; a text that never ends a sentence (a
# crawler's run-on dump, a hostile file) gave each of its speech verbs a clause to the text's end, whose rows grew
# with the square of its length (a 1 MB sentence of them, gigabytes of quotes).
_LONGEST_CLAUSE = 1_500
_THAT = regex.compile(
    r"(?:[ ](?:(?:(?:to|a)[ ])?(?:reporters|journalists|the[ ]press|the[ ]media"
    r"|(?:(?:la|los|las)[ ])?(?:prensa|periodistas|reporteros|medios)"
    r"|à[ ]imprensa|aos[ ]jornalistas|a[ ]la[ ]premsa|als[ ]periodistes"
    r"|(?:the[ ])?\p{Lu}[\p{L}\-]+(?:[ ]\p{Lu}[\p{L}\-]+){0,3})[ ])?"
    r"(?P<setting>(?:en|ante|durante|tras|a[ ]través[ ]de|in|on|at|during|via|through)[ ][\p{L}]+(?:[ ][\p{L}]+){0,3}"
    r"[ ])?"
    r"|,[ ](?:[\p{L}\-]+[ ]){0,5}[\p{L}\-]+,[ ])"
    rf"(?:en[ ])?(?:{'|'.join(_THAT_WORDS)}),?[ ]",
    regex.VERSION1,
)


# What may stand between an attribution's speaker and the quote it opens: `Según Pérez, "…"`.
_BEFORE_QUOTE = frozenset(',:"“«')
# What ends a sentence that an attribution closes: `…, according to Ruiz.`
_FULL_STOPS = frozenset(".!?…")

_ADVERB = regex.compile(rf"(?:{SPEECH_ADVERBS})[ ]")

# What an attribution found: the speaker phrase (None when the quote has a verb but no speaker we can
# point to) and the speech verb (None for a quote inside a sentence with no verb).
_Found = tuple[SpeakerPhrase | None, str | None]


@dataclass(frozen=True, slots=True)
class _Article:
    """What every attribution step reads: the text, its speakers, sentence starts and speech verbs."""

    text: str
    speakers: Speakers
    breaks: list[int]  # offsets where sentences start
    cues: list[Keyword]
    cue_at: dict[int, Keyword]
    attribution_at: dict[int, Attribution]  # by the phrase's start: "según Pérez"
    attribution_starts: list[int]  # the same starts, sorted
    # Per paragraph, its quotes in text order and the offsets of their closing marks, sorted: an article
    # printed as one long paragraph may hold thousands of quotes, and a scan of them all per quote took
    # minutes.
    paragraph_quotes: dict[int, list[_Quote]]
    closing_marks: dict[int, list[int]]
    interview: Interview | None
    language: str


@dataclass(slots=True)
class _Quote:
    index: int  # position in the article's list of quotes
    span: QuoteSpan
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None


def find_quotes(article: ArticleText, people: People, organizations: Sequence[EntitySpan] = ()) -> list[Row]:
    """Rows of the `quotes` table for one article, direct and indirect, in text order. `organizations` are the
    article's organization mentions, which may speak as persons do ("Pemex said that …")."""
    text = article.text
    cues = [k for k in people.keywords if k.kind == "cue"]
    spans = find_quote_spans(text, article.paragraphs, {k.start for k in cues}, article.language != "en")
    interview = find_interview(article, people)
    answers = interview.answers if interview is not None else []
    if interview is not None:
        spans = interview.other_spans(spans)
    quoted = [(s.open_mark, s.close_mark + 1 if s.close_mark is not None else s.end) for s in spans]
    if answers:  # an answer is quoted as words between marks are: its speech verbs report no one else
        quoted = sorted(quoted + [(a.start, a.end) for a in answers])
    speakers = Speakers(people, [start for start, _ in article.paragraphs], quoted, article.language, organizations)
    breaks = _sentence_breaks(text, article.paragraphs, speakers)
    speakers.sentence_starts, speakers.verb_starts = breaks, frozenset(k.start for k in cues)
    quotes = [_Quote(index, span) for index, span in enumerate(spans)]
    paragraph_quotes: dict[int, list[_Quote]] = {}
    for quote in quotes:
        paragraph_quotes.setdefault(quote.span.paragraph, []).append(quote)
    closing_marks = {
        paragraph: sorted(q.span.close_mark for q in members if q.span.close_mark is not None)
        for paragraph, members in paragraph_quotes.items()
    }
    attributions = find_attributions(people.lowered, speakers, article.language)
    context = _Article(
        text, speakers, breaks, cues, {k.start: k for k in cues}, {a.start: a for a in attributions},
        [a.start for a in attributions], paragraph_quotes, closing_marks, interview, article.language,
    )  # fmt: skip

    indirect: list[Row] = []
    # Quotes and speech verbs in text order, so that a pronoun resolves against what came before it.
    items: list[tuple[int, int, _Quote | Keyword | Answer | Attribution]] = [(q.span.open_mark, 0, q) for q in quotes]
    items += [(k.start, 1, k) for k in cues if not speakers.is_quoted(k.start)]
    items += [(a.start, 1, a) for a in attributions]
    items += [(a.start, 0, a) for a in answers]
    for _, _, item in sorted(items, key=lambda entry: (entry[0], entry[1])):
        if isinstance(item, _Quote):
            _attribute(item, quotes, context)
        elif isinstance(item, Answer):
            speakers.remember(item.start, item.speaker)
        elif isinstance(item, Attribution):
            row = _attributed_clause(item, article, context)
            if row is not None:
                indirect.append(row)
        else:
            row = _speech_verb(item, article, context)
            if row is not None:
                indirect.append(row)

    _share_speakers_along_chains(quotes)
    continued = {q.span.continues for q in quotes}
    rows = [_direct_row(article, q, quotes, q.index in continued) for q in quotes]
    rows += [_answer_row(article, answer, answers) for answer in answers]
    quoted_spans = {(row["char_start"], row["char_end"]) for row in rows if row is not None}
    # Two speech verbs may report one clause, a slip of the source's ("Dar said on Wednesday declared that …"):
    # it is one quote, reported by the verb nearer to it (the later). Two rows of one span would fail the table's
    # key and reject the whole article.
    reported = {span: row for row in indirect if (span := (row["char_start"], row["char_end"])) not in quoted_spans}
    return sorted(
        (row for row in [*rows, *reported.values()] if row is not None), key=lambda r: (r["char_start"], r["char_end"])
    )


def _sentence_breaks(text: str, paragraphs: tuple[tuple[int, int], ...], speakers: Speakers) -> list[int]:
    """Offsets where sentences start (paragraph starts included), ignoring breaks inside quotations."""
    breaks: list[int] = []
    pattern = _SENTENCE_BREAK.for_text(text)
    for start, end in paragraphs:
        breaks.append(start)
        breaks.extend(
            m.end() for m in pattern.finditer(text, start, end) if not speakers.is_after_opening_mark(m.end())
        )
    return breaks


def _sentence_start(breaks: list[int], offset: int) -> int:
    return breaks[max(bisect.bisect_right(breaks, offset) - 1, 0)]


def _sentence_end(breaks: list[int], offset: int, text_end: int) -> int:
    index = bisect.bisect_right(breaks, offset)
    return breaks[index] if index < len(breaks) else text_end


def _attribute(quote: _Quote, quotes: list[_Quote], context: _Article) -> None:
    span, text, speakers = quote.span, context.text, context.speakers
    if _is_a_closed_name(span, text):
        return  # a name has no speaker, and makes nobody the last to have spoken
    found = _inserted(span, context) or _after(span, context)
    if found is None and (not span.dash or _follows_colon(text, span.open_mark)):
        sentence = _sentence_start(context.breaks, span.open_mark)
        context_start = _after_quote_closed_before(span, sentence, context)
        opening = _opening_attribution(span, context_start, context)
        found = _before(span, context_start, sentence, speakers, context.cues, opening, context.language)
    if found is None:
        found = _closed_by_attribution(span, context)
    if found is None:  # a speaker before the quote, in its sentence, wins: `Ruiz said: "…." That is what …`
        found = _whose_words_follow(span, context)
    phrase = None
    if found is not None:
        phrase, cue = found
        quote.speaker = speakers.resolve(phrase) if phrase is not None else None
        quote.speaker_text = text[phrase.start : phrase.end] if phrase and phrase.kind != "implied" else None
        quote.cue = cue
    else:
        _inherit(quote, quotes, context)
    if context.interview is not None:
        _answered_by_dash(quote, context.interview)
    if phrase is not None:
        speakers.remember_speaker(span.start, phrase, quote.speaker)
    else:
        speakers.remember(span.start, quote.speaker)


def _closed_by_attribution(span: QuoteSpan, context: _Article) -> _Found | None:
    """The speaker of an attribution that closes the quote's sentence, past words of the narrator's:
    `"A number of soldiers" were wounded, but no civilians, he said.` The only speech verb after the quote
    in its sentence must be the attribution's."""
    if span.close_mark is None:
        return None
    end = _sentence_end(context.breaks, span.close_mark, len(context.text))
    first, last = (bisect.bisect_left(context.cues, (offset,)) for offset in (span.close_mark, end))
    verbs = [cue for cue in context.cues[first:last] if not context.speakers.is_quoted(cue.start)]
    if len(verbs) != 1:
        return None
    closing = _closing_attribution(verbs[0], context)
    if closing is None:
        body = _body_closing(verbs[0], end, context.text)
        return (body, verbs[0].word) if body is not None and body.start > span.close_mark else None
    return (closing[0], verbs[0].word) if closing[1] > span.close_mark else None


# A name that is no person's closing a sentence before its verb: "…, the OECD said.", "…, Acme Corp said on
# Monday." Up to five capitalised words, "the" before them or not.
_BODY_BEFORE_VERB = regex.compile(
    r",[ ]+(?P<body>(?:the[ ]|The[ ])?\p{Lu}[\p{L}\-.&]*(?:[ ]\p{Lu}[\p{L}\-.&]*){0,4})[ ]+$", regex.VERSION1
)
_LONGEST_BODY = 80


def _body_closing(cue: Keyword, end: int, text: str) -> SpeakerPhrase | None:
    """The name closing the sentence before the verb when `_closing_attribution` read no speaker there:
    `"…" in Japan would help, the OECD said.` names a body, whose words they are: a phrase naming nobody
    we know, not the speaker of the quote before."""
    verb = before_adverbs(text, cue.start)
    found = _BODY_BEFORE_VERB.search(text, max(0, verb - _LONGEST_BODY), verb + 1)
    if found is None or _VERB_TAIL.fullmatch(text, skip_adverb(text, cue.end), end) is None:
        return None
    return SpeakerPhrase(found.start("body"), found.end("body"), "anonymous")


def _is_a_closed_name(span: QuoteSpan, text: str) -> bool:
    """Whether the quotation is a name closed in its paragraph, that no other part continues."""
    return span.close_mark is not None and span.continues is None and is_a_name(text, span.start, span.end)


def _answered_by_dash(quote: _Quote, interview: Interview) -> None:
    """A dash answer of a transcript is the interviewee's, unless a narrator in it names someone."""
    span = quote.span
    narrated = span.inserted_attribution is not None and quote.speaker is not None
    if span.dash and span.paragraph in interview.dash_answer_paragraphs and not narrated:
        quote.speaker = interview.interviewee


def _follows_colon(text: str, position: int) -> bool:
    """Whether only spaces stand between a colon and `position`."""
    before = position - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    return before >= 0 and text[before] == ":"


def _after_quote_closed_before(span: QuoteSpan, sentence: int, context: _Article) -> int:
    """Where the words before a quote start: past the last quote of its sentence closed before it opens."""
    closes = context.closing_marks[span.paragraph]
    index = bisect.bisect_left(closes, span.open_mark) - 1
    return closes[index] + 1 if index >= 0 and closes[index] >= sentence else sentence


def _inserted(span: QuoteSpan, context: _Article) -> _Found | None:
    if span.inserted_attribution is None:
        return None
    start, end = span.inserted_attribution
    if (clitic := _CLITIC.match(context.text, start)) is not None and clitic.end() in context.cue_at:
        start = clitic.end()  # "—le dijo a la prensa—"
    if (cue := context.cue_at.get(start)) is None:
        return None
    phrase = context.speakers.phrase_after_verb(cue.end)
    if phrase is None and (setting := past_setting(context.text, cue.end)) is not None:
        phrase = context.speakers.phrase_after_verb(setting)  # "—aseguró en rueda de prensa Molina."
    if phrase is None or phrase.end > end:
        phrase = _implied(cue) if cue.word in PRO_DROP_CUE_VERBS else None
    return phrase, cue.word


def _after(span: QuoteSpan, context: _Article) -> _Found | None:
    """`"…," X said`, `"…," said X`, `«…», dijo X`, `«…», aseguró.`"""
    if span.close_mark is None:
        return None
    text, cue_at = context.text, context.cue_at
    position = span.close_mark + 1
    while position < len(text) and text[position] in " ,.":
        position += 1
    # After a quote that ended its sentence, a new sentence attributes it only when it is nothing more
    # than the attribution: `"…." She said.`, not `"…." She told reporters that …`. The full stop may stand
    # after the closing mark too: `"…" . Chief executive X said the …` opens another sentence.
    ends_sentence = text[span.end - 1 : span.end] in ".?!…" or "." in text[span.close_mark + 1 : position]
    new_sentence = ends_sentence and text[position : position + 1].isupper()
    if (clitic := _CLITIC.match(text, position)) is not None and clitic.end() in cue_at:
        position = clitic.end()  # «…», le dijo el ministro a la radio: the pronoun of whom it was said to
    if (attribution := context.attribution_at.get(position)) is not None:
        # `"…," according to Ruiz`; after a full stop the phrase opens the next sentence and speaks for it.
        is_attached = not new_sentence and "." not in text[span.close_mark + 1 : position]
        return (attribution.speaker, attribution.word) if is_attached else None
    if (cue := cue_at.get(position)) is not None:
        phrase = _phrase_after_verb(cue, context)
        if phrase is None and cue.word in PRO_DROP_CUE_VERBS:
            phrase = _implied(cue)
        end = phrase.end if phrase is not None else cue.end
    else:
        phrase = (
            _phrase_before_verb(position, context)
            or _named_in_subject(position, context)
            or _body_before_verb(position, context)
            or _it_at(position, text)
        )
        if phrase is None:
            return None if new_sentence else _named_after_unlisted_verb(span, position, context)
        after = _past_anonymity_and_comma(text, phrase.end) + 1
        adverb = _ADVERB.match(text, after)
        cue = cue_at.get(adverb.end() if adverb else after)
        if cue is None and phrase.kind == "person":
            cue = _verb_closing_subject(phrase.end, context)  # "X with the city police said"
        end = cue.end if cue is not None else after
    if phrase is None or cue is None or (new_sentence and text[end : end + 1] != "."):
        return None
    return phrase, cue.word


# The words of a subject between a quote and its verb, with no mark that would end a clause: up to eight,
# names, numbers and abbreviations among them ("CNN meteorologist X", "X with the New York police").
_SUBJECT_WORDS = regex.compile(r"[ ]*(?:[\p{L}\d][\p{L}\d.&'’\-]*[ ]+){1,8}", regex.VERSION1)


def _verb_closing_subject(start: int, context: _Article) -> Keyword | None:
    """The speech verb that the few words from `start` lead into with no clause mark between: the verb of
    `"…," CNN meteorologist X said` or `"…," X with the city police said Monday`."""
    following = bisect.bisect_left(context.cues, (start,))
    if following == len(context.cues):
        return None
    cue = context.cues[following]
    verb = before_adverbs(context.text, cue.start)
    return cue if verb > start and _SUBJECT_WORDS.fullmatch(context.text, start, verb + 1) else None


def _named_in_subject(position: int, context: _Article) -> SpeakerPhrase | None:
    """The person named first in the words between a quote and its verb, when no title pattern or
    description reads them: `"…," CNN meteorologist Tom Reyes said` is Reyes's. Not a person a preposition
    governs, nor one whose something it is (`"…," a lawyer for Ana Ruiz said`, `"…," Ruiz's lawyer said`)."""
    cue = _verb_closing_subject(position, context)
    speakers = context.speakers
    index = bisect.bisect_left(speakers.outside_starts, position)
    if cue is None or index == len(speakers.outside) or speakers.outside[index].char_start >= cue.start:
        return None
    span = speakers.outside[index]
    if speakers.is_governed(span.char_start) or context.text[span.char_end : span.char_end + 1] in ("'", "’"):
        return None
    return SpeakerPhrase(span.char_start, span.char_end, "person", span.name)


def _body_before_verb(position: int, context: _Article) -> SpeakerPhrase | None:
    """A body's generic noun between a quote and its verb: `"…," the ministry said`, `«…», la dependencia
    informó`."""
    cue = _verb_closing_subject(position, context)
    if cue is None:
        return None
    phrase = context.speakers.phrase_ending_at(cue.start)
    return phrase if phrase is not None and phrase.kind == "body" and phrase.start == position else None


def _it_at(position: int, text: str) -> SpeakerPhrase | None:
    """English "it" as the subject of the verb after a quote (`"…," it added`): the organization that spoke
    last, right before (`speakers.Speakers._resolve_it`); else a body or a document, nobody we know, and not
    the person quoted before."""
    if text[position : position + 3] not in ("it ", "It "):
        return None
    return SpeakerPhrase(position, position + 2, "it")


# A word that may be a speech verb no list holds: lower case, letters only ("advierte", "cautions").
_UNLISTED_VERB = regex.compile(r"\p{Ll}{3,}(?=[ ])", regex.VERSION1)
# Prepositions and adverbs that are not in the shared lists (which name-reading uses) but head no speaker either:
# '«…», contra Ana Ruiz.' is whom it was against.
_NOT_VERBS = (
    FUNCTION_WORDS
    | PREPOSITIONS
    | words(
        """
    contra sin bajo junto mediante salvo excepto incluso también además
    without unlike except including via versus also
    """
    )
)
_CLAUSE_CLOSERS = frozenset(",.;:")


def _named_after_unlisted_verb(span: QuoteSpan, position: int, context: _Article) -> _Found | None:
    """`«…», advierte Tomasa Ferrer, directora …`, `"…," cautions Tessa Marlow.`: after the comma that
    closes a quote, one word and then a named person that ends the clause is how speech is attributed,
    whichever verb the word is; no list holds every verb in every tense ("advierte", "observa"). The
    speaker is the person; the verb, not being one we know, is left out."""
    text = context.text
    comma = text[span.end - 1 : span.end] == "," or "," in text[span.end : position]
    word = _UNLISTED_VERB.match(text, position) if comma else None
    if word is None or fold(word.group()) in _NOT_VERBS:
        return None
    phrase = context.speakers.phrase_starting_at(word.end() + 1)
    if phrase is None or phrase.kind != "person" or phrase.start != word.end() + 1:
        return None
    return (phrase, None) if _closes_clause(text, phrase.end) else None


def _closes_clause(text: str, position: int) -> bool:
    """Whether the clause ends at `position`, spaces aside: a comma, a full stop, a colon or the line's end."""
    after = skip_spaces(text, position)
    return after == len(text) or text[after] in _CLAUSE_CLOSERS or text[after] == "\n"


# The opening of a sentence after a quote that says whose words it closed: the speaker and then the verb
# ("That was how Ruiz summed up the meeting", "That is what the minister said"), the verb and then the
# speaker ("Así lo resumió Ruiz", "Con estas palabras concluyó la ministra"), or the speaker
# alone ("Those were the words of Ruiz", "Esas fueron las palabras de Ruiz").
_SPEAKER_THEN_VERB = regex.compile(r"(?:That|This)(?:'s|’s| is| was) (?:how|what) ")
_VERB_THEN_SPEAKER = regex.compile(r"(?:Así (?:lo |la |los |las )?|Con (?:estas|esas) palabras )")
_SPEAKER_ALONE = regex.compile(r"(?:Those|These) were the words of |(?:Esas|Estas) fueron las palabras de ")


def _whose_words_follow(span: QuoteSpan, context: _Article) -> _Found | None:
    """A quote that ends its sentence, and the next sentence says whose words they were (patterns above)."""
    if span.close_mark is None:
        return None
    text, position = context.text, span.close_mark + 1
    # The sentence ends inside the marks (`"…."`, as English prints it) or right after them (`«…».`).
    if text[position : position + 1] in _FULL_STOPS:
        position += 1
    elif text[span.end - 1 : span.end] not in _FULL_STOPS:
        return None
    position = skip_spaces(text, position)
    if (opening := _SPEAKER_THEN_VERB.match(text, position)) is not None:
        phrase = context.speakers.phrase_starting_at(opening.end())
        cue = context.cue_at.get(phrase.end + 1) if phrase is not None else None
        return (phrase, cue.word) if phrase is not None and cue is not None else None
    if (opening := _VERB_THEN_SPEAKER.match(text, position)) is not None:
        cue = context.cue_at.get(opening.end())
        phrase = _phrase_after_verb(cue, context) if cue is not None else None
        return (phrase, cue.word) if phrase is not None and cue is not None else None
    if (opening := _SPEAKER_ALONE.match(text, position)) is not None:
        phrase = context.speakers.phrase_starting_at(opening.end())
        return (phrase, None) if phrase is not None else None
    return None


def _past_anonymity_and_comma(text: str, position: int) -> int:
    """Past the condition of anonymity or the apposition after a speaker phrase ending at `position`, and
    the comma that closes it: where `"…," a spokesman, who spoke on condition of anonymity, said`, `"…,"
    Marsh, 54, said` and `"…," Helen Marsh, the port director, said` have their verb."""
    end = past_anonymity(text, position)
    if end == position:
        end = past_apposition(text, position)
    return end + 1 if end != position and text[end : end + 1] == "," else end


def _phrase_after_verb(cue: Keyword, context: _Article) -> SpeakerPhrase | None:
    """The speaker after a verb: `said X`, read to the clause's end when it is a title or names nobody
    ("dijo un portavoz de la cancillería", "said the spokesman for the ministry"), as an attribution's is;
    past where the words were said when none follows the verb at once ("afirmó en un comunicado X")."""
    phrase = _phrase_after(cue.end, context)
    if phrase is None and (setting := past_setting(context.text, cue.end)) is not None:
        phrase = _phrase_after(setting, context)
    return phrase


def _phrase_after(end: int, context: _Article) -> SpeakerPhrase | None:
    """The speaker phrase after the verb or the setting ending at `end`."""
    phrase = context.speakers.phrase_after_verb(end)
    if phrase is not None and phrase.kind != "role":
        return phrase
    text, language = context.text, context.language
    start = phrase.start if phrase is not None else end
    found = phrase_to_clause_end(text, start, phrase, language)
    if found is None and phrase is None:
        # "dijo a la prensa un portavoz del ministerio": the unnamed speaker after the audience.
        ends = audience_ends(text, skip_adverb(text, end))
        found = next(filter(None, (phrase_to_clause_end(text, start, None, language) for start in ends)), None)
    if found is None and phrase is None:
        found = _described_after(skip_adverb(text, end), context)
    return found or phrase


def _described_after(start: int, context: _Article) -> SpeakerPhrase | None:
    """A speaker described after the verb, past how the words were said (`speakers.MANNER_AFTER`): the name
    a comma sets after the description when one ends the clause ("dijo la madre de la víctima, Ana Ruiz."),
    else the description, which names nobody we know ("apuntó emocionado el arquero de Deportivo Central")
    and so takes no earlier speaker."""
    text, speakers = context.text, context.speakers
    if (manner := MANNER_AFTER.match(text, start)) is not None:
        start = manner.end()
    described = described_phrase(text, start, len(text))
    if described is None:
        return None
    name = speakers.person_by_start.get(described.end + 2) if text[described.end : described.end + 2] == ", " else None
    if name is not None and _closes_clause(text, name.char_end):
        return SpeakerPhrase(name.char_start, name.char_end, "person", name.name)
    return described


def _phrase_before_verb(position: int, context: _Article) -> SpeakerPhrase | None:
    """The speaker before a verb: `"…," X said`, read up to the next speech verb when it is a title or
    names nobody (`"…," a State Department official said`)."""
    phrase = context.speakers.phrase_starting_at(position) or context.speakers.holder_past_area(position)
    if phrase is not None and phrase.kind != "role":
        return phrase
    following = bisect.bisect_left(context.cues, (position,))
    if following == len(context.cues):
        return phrase
    verb = before_adverbs(context.text, context.cues[following].start)
    return phrase_to_clause_end(context.text, position, phrase, context.language, verb) or phrase


def _before(
    span: QuoteSpan,
    context_start: int,
    sentence: int,
    speakers: Speakers,
    cues: list[Keyword],
    opening: Attribution | None,
    language: str,
) -> _Found | None:
    """A speech verb before the quote in its sentence, with its subject; else an attribution opening the
    sentence (`Según Pérez, "…"`); or, inside a sentence, its subject."""
    # The cues come in text order: bisect to those between the context's start and the quote.
    first, last = (bisect.bisect_left(cues, (offset,)) for offset in (context_start, span.open_mark))
    verbs = [k for k in cues[first:last] if not speakers.is_quoted(k.start)]
    # A relative clause about a person, opened after the last verb and still open at the quote, is whose
    # words it quotes: "Galán respondió a Trump, quien tildó la ciudad de «…»".
    if verbs and (relative := speakers.relative_antecedent(verbs[-1].end, span.open_mark)) is not None:
        return relative, None
    # The last verb with a subject of its own ("Loomis said her state had asked for "…""), else the last
    # verb with the sentence's subject ("Blinken agreed … and affirmed that "…"").
    for cue in reversed(verbs):
        phrase = speakers.phrase_ending_at(cue.start) or speakers.relative_antecedent(context_start, cue.start)
        if phrase is None or phrase.kind == "role":
            # "A State Department official said": the title alone would be "official".
            subject_end = before_adverbs(speakers.text, cue.start)
            phrase = (
                anonymous_phrase_ending_at(speakers.text, context_start, subject_end, language)
                or (indefinite_subject(speakers.text, sentence, subject_end, language) if phrase is None else None)
                or phrase
            )
        phrase = phrase or _colon_speaker(cue, span, speakers)
        if phrase is not None:
            return phrase, cue.word
    if verbs:
        subject = _sentence_subject(speakers, sentence, verbs[-1], language) or _dropped_subject(
            verbs[0], sentence, speakers
        )
        return subject, verbs[-1].word
    if opening is not None:
        return opening.speaker, opening.word
    if _NOT_SPACE.search(speakers.text, sentence, span.open_mark) is not None:
        # The subject of a clause reporting the words ("luego de que Petrov le advirtiera que «…»", "…de
        # Trump, quien tildó la ciudad de «…»") speaks for them rather than the sentence's; never past a
        # quote closed before, whose clause it is not.
        subject = speakers.first_phrase(sentence, span.open_mark, opening=True)
        phrase = (
            speakers.relative_antecedent(context_start, span.open_mark)
            or _clause_subject(speakers, context_start, span.open_mark, subject)
            or subject
        )
        if phrase is not None:
            verb = _CHARACTERISING_VERB.search(speakers.text, phrase.end, span.open_mark)
            return phrase, verb.group() if verb is not None else None
    return None


# English sets a name before the noun it qualifies: "Obama administration officials said", "Ruiz campaign
# aides told". Lower-case words between a name and its sentence's verb that are no auxiliary, adverb,
# reflexive or conjunction ("Ruiz has said", "Ruiz herself said", "Ruiz and …") are such a noun.
_NOT_QUALIFIED_NOUNS = (
    "has|had|have|was|were|is|are|will|would|could|can|did|does|do|may|might|must|should|shall|not|never|"
    "himself|herself|themselves|itself|too|alone|first|even|only|just|soon|who|which|and|or|but|of|to"
)
_QUALIFIED_NOUN = regex.compile(
    rf"(?:[ ]+(?!(?:{_NOT_QUALIFIED_NOUNS}|{SPEECH_ADVERBS})(?![\p{{L}}]))\p{{Ll}}+(?<!ly)){{1,3}}[ ]*",
    regex.VERSION1,
)


def _sentence_subject(speakers: Speakers, sentence: int, cue: Keyword, language: str) -> SpeakerPhrase | None:
    """The subject of the sentence, for a speech verb without one of its own. In English, a name that
    qualifies the noun before the verb ("Obama administration officials said") is no subject: the
    officials spoke, whom the phrase names as nobody we know."""
    phrase = speakers.first_phrase(sentence, cue.start)
    if language != "en" or phrase is None or phrase.kind != "person":
        return phrase
    verb = before_adverbs(speakers.text, cue.start)
    if phrase.end < verb and _QUALIFIED_NOUN.fullmatch(speakers.text, phrase.end, verb + 1) is not None:
        return SpeakerPhrase(phrase.start, verb, "anonymous")
    return phrase


# The verb of a sentence quoting words it characterises: 'Ruiz called the plan "a disaster"'.
_CHARACTERISING_VERB = regex.compile(
    rf"(?<![\p{{L}}])(?:{'|'.join(CHARACTERISING_VERBS)})(?![\p{{L}}])", regex.VERSION1
)


def _dropped_subject(cue: Keyword, sentence: int, speakers: Speakers) -> SpeakerPhrase | None:
    """The subject that a Spanish, Portuguese or Catalan verb opening its sentence leaves out ("Aseguró que
    …", "Asimismo, sostuvo que …", "Interrogado sobre el tema, aclaró que …"), resolved as a pronoun is;
    None for another verb, or one after words that may be its subject ("El informe, publicado ayer,
    indicó que …": a report, no person)."""
    if cue.word not in PRO_DROP_CUE_VERBS or not opens_sentence(speakers.text, sentence, cue.start):
        return None
    return _implied(cue)


def _clause_subject(
    speakers: Speakers, start: int, end: int, sentence_subject: SpeakerPhrase | None
) -> SpeakerPhrase | None:
    """The subject of the clause reporting the words before a quote, with "que"/"that". A title there that
    resolves to the sentence's subject names another ("Rivas respondió …, luego de que el mandatario le
    advirtiera que será «…»": the other side's president), whom we do not know: its words, no person."""
    phrase = speakers.subject_before_that(start, end)
    if phrase is None or phrase.kind != "role" or sentence_subject is None or phrase.start == sentence_subject.start:
        return phrase
    if speakers.resolve(phrase) in (None, speakers.resolve(sentence_subject)):
        return SpeakerPhrase(phrase.start, phrase.end, "anonymous")
    return phrase


def _opening_attribution(span: QuoteSpan, context_start: int, context: _Article) -> Attribution | None:
    """The attribution that opens the words before the quote and ends before it: `Según Pérez, "…"`,
    `According to Ruiz: "…"`. One inside the sentence ("…, según Pérez, y la ministra habló de "…"")
    speaks for the words around it, not for the quote."""
    attribution = context.attribution_at.get(context_start)
    if attribution is None or attribution.speaker.end > span.open_mark:
        return None
    return attribution if attribution.after in _BEFORE_QUOTE else None


# What may stand between a verb's speaker and the quote it introduces: `said Bárcena: "…"`, `dijo el
# ministro que «…»`.
_SPEAKER_TO_QUOTE = regex.compile(r"[ ,:]*(?:(?:que|that)[ ,]*)?", regex.VERSION1)


def _colon_speaker(cue: Keyword, span: QuoteSpan, speakers: Speakers) -> SpeakerPhrase | None:
    """`said Foreign Minister Alicia Bárcena: "…"`."""
    phrase = speakers.phrase_starting_at(cue.end)
    if phrase is not None and phrase.kind == "organization" and speakers.language == "en":
        return None  # `told the ministry: "…"` is whom it was said to (`_subject_after_verb`)
    if phrase is None or phrase.end > span.open_mark:
        return None
    # Only the verb's own speaker reaches the quote so; "said she was "tired"" names the subject of the
    # words reported, who may be anyone.
    return phrase if _SPEAKER_TO_QUOTE.fullmatch(speakers.text, phrase.end, span.open_mark) else None


def _implied(cue: Keyword) -> SpeakerPhrase:
    return SpeakerPhrase(cue.start, cue.end, "implied")


def _inherit(quote: _Quote, quotes: list[_Quote], context: _Article) -> None:
    span, text, speakers = quote.span, context.text, context.speakers
    index = quote.index
    if span.continues is not None:
        quote.speaker = quotes[span.continues].speaker
        return
    siblings = context.paragraph_quotes[span.paragraph]
    place = bisect.bisect_left(siblings, index, key=lambda q: q.index)
    if place > 0:
        if not (span.dash and siblings[place - 1].span.dash):
            quote.speaker = siblings[place - 1].speaker
        return
    paragraph_start = speakers.paragraph_starts[span.paragraph]
    if text[paragraph_start : span.open_mark].strip():
        return
    for other in [] if span.dash else siblings[place + 1 :]:
        after = _after(other.span, context)
        if after is not None and after[0] is not None:
            quote.speaker = speakers.resolve(after[0])
            return
    if span.dash and any(q.span.dash for q in context.paragraph_quotes.get(span.paragraph - 1, [])):
        return
    if span.paragraph > 0 and not _words_follow(span, text):
        # The last speaker of the paragraph before, unless an unnamed one spoke last there.
        paragraph = span.paragraph - 1
        quote.speaker = speakers.last_event(speakers.paragraph_starts[span.paragraph], paragraph, paragraph)


def _words_follow(span: QuoteSpan, text: str) -> bool:
    """Whether words follow the quote's closing mark in its sentence: `«…», advierte Ferrer, directora …`
    says whose the words are in a way not read, and the paragraph before's last speaker is a guess that is
    as often wrong. A quote alone in its paragraph, or closing it (`«…».`), continues that speaker."""
    if span.close_mark is None:
        return False
    position = span.close_mark + 1
    while position < len(text) and text[position] in " ,":
        position += 1
    return position < len(text) and text[position].isalpha()


def _share_speakers_along_chains(quotes: list[_Quote]) -> None:
    """The parts of a quote running over paragraphs share one speaker, often named only in the last part."""
    for index in range(len(quotes) - 1, -1, -1):
        previous = quotes[index].span.continues
        if previous is not None and quotes[previous].speaker is None:
            quotes[previous].speaker = quotes[index].speaker
    for quote in quotes:
        previous = quote.span.continues
        if previous is not None and quote.speaker is None:
            quote.speaker = quotes[previous].speaker


def _speech_verb(cue: Keyword, article: ArticleText, context: _Article) -> Row | None:
    """Remembers the verb's subject as a speaker; returns an indirect quote when "that"/"que" follows, or
    when the verb closes the sentence it reports (`_closing_attribution`)."""
    text, speakers, breaks = article.text, context.speakers, context.breaks
    sentence = _sentence_start(breaks, cue.start)
    phrase = speakers.phrase_ending_at(cue.start) or _subject_after_verb(cue, context)
    that = _reported_that(text, cue.end)
    if that is not None and that.group("setting") and _AUXILIARY.match(text, that.end()) is not None:
        that = None  # "said in the report that was released on Monday that …": a relative "that"
    closing = _closing_attribution(cue, context) if that is None else None
    if closing is not None:
        phrase = closing[0]
    if phrase is None and that is not None:
        phrase = (
            speakers.relative_antecedent(sentence, cue.start)
            or _sentence_subject(speakers, sentence, cue, context.language)
            or _dropped_subject(cue, sentence, speakers)
        )
    # A verb in the plural is said by several: not by the one person a phrase next to it names ("Ruiz y Pérez
    # dijeron que …"), and no one to whom a pronoun after it refers.
    plural = cue.word in CUE_VERBS_ES_PLURAL
    person = speakers.resolve(phrase) if phrase is not None and not plural else None
    if not plural:
        speakers.remember_speaker(cue.start, phrase, person)
    if closing is not None:
        return _closed_clause(cue, closing, person, article, context) if person is not None else None
    if person is None:
        # Reported by someone the article does not name: kept as a direct quote is, with the words that say
        # who, when they are the subject opening the sentence ("The minister said that …").
        phrase = _unnamed_subject(cue, sentence, context)
    if phrase is None:
        return None
    start = that.end() if that is not None else _clause_without_that(cue, phrase, sentence, speakers)
    if start is None:
        return None
    end = _before_own_attribution(text, start, _clause_end(text, start, speakers, breaks), context)
    if not _has_enough_words(text, start, end):
        return None
    return _row(article, start, end, person, _speaker_text(phrase, text), cue.word, False, None, None)


def _unnamed_subject(cue: Keyword, sentence: int, context: _Article) -> SpeakerPhrase | None:
    """The subject of a speech verb when it is someone the article does not name, opening the sentence and
    running up to the verb: a title, definite or not, with its complements ("The minister said that …", "El
    titular del MEF explicó que …", "Un portavoz dijo que …"), a phrase naming nobody ("A Pemex spokesman
    said that …") or people in the plural ("Officials at the ministry said that …", `people_subject`).
    A document, a law or a place is none of these ("The report said that …", "La regla dice que …"), and
    a title further in is no subject ("Ruiz told the minister that …"); None then."""
    text, speakers, language = context.text, context.speakers, context.language
    end = before_adverbs(text, cue.start)
    for start in _subject_openings(text, sentence, end):
        role = speakers.role_by_start.get(start)
        if role is not None and role.determiner is not None and role.end <= end:
            title = SpeakerPhrase(start, role.end, "role", role=role, gender=role.gender)
            found = title if role.end == end else phrase_to_clause_end(text, start, title, language, end)
            if found is not None and found.start == start and found.end == end:
                return found
        phrase = anonymous_phrase_ending_at(text, start, end, language) or people_subject(text, start, end, language)
        if phrase is not None and phrase.start == start:
            return phrase
    return None


def _subject_openings(text: str, sentence: int, end: int) -> list[int]:
    """Where the subject of a verb at `end` may start so that it opens the sentence (`opens_sentence`): at
    the sentence's start, past a conjunction ("And officials said …") or past an introduction that a comma
    closes ("In a statement, the minister said …")."""
    first = skip_spaces(text, sentence)
    candidates = [first]
    if (space := text.find(" ", first, end)) >= 0:
        candidates.append(space + 1)
    comma = text.find(", ", first, end)
    while comma >= 0:
        candidates.append(comma + 2)
        comma = text.find(", ", comma + 2, end)
    return [start for start in candidates if start < end and opens_sentence(text, sentence, start)]


def _subject_after_verb(cue: Keyword, context: _Article) -> SpeakerPhrase | None:
    """The speaker phrase right after a verb that has none before it. An organization there is the subject
    in Spanish, Portuguese or Catalan, which put it after the verb ("Informó la Secretaría de Hacienda que
    …"); in English it is whom the words were said to ("Officials told the World Bank that …")."""
    phrase = context.speakers.phrase_starting_at(cue.end)
    if phrase is not None and phrase.kind == "organization" and context.language == "en":
        return None
    return phrase


# The longest attribution that closes a sentence after its comma: "…, said Pete Dugan, a police spokesman.".
_LONGEST_CLOSING_ATTRIBUTION = 120


def _before_own_attribution(text: str, start: int, end: int, context: _Article) -> int:
    """Where the reported clause from `start` to `end` ends without an attribution that closes its sentence
    (`_closing_attribution`), the speaker's again: "Dar said that the country had paid a heavy price, he
    added.", "… dijo que el puerto abrirá en mayo, agregó.". Those words are not the speaker's. Only the verbs
    near the clause's end are tried, so a sentence of many verbs costs no more for each."""
    window = max(start, end - _LONGEST_CLOSING_ATTRIBUTION)
    first, last = (bisect.bisect_left(context.cues, (offset,)) for offset in (window, end))
    for cue in context.cues[first:last]:
        closing = _closing_attribution(cue, context)
        if closing is not None and start < closing[1] < end:
            return _trim_end(text, start, closing[1])
    return end


# English leaves "that" out after "said" ("Dugan said the man had gone inside", "she says it will rain"):
# the clause is reported speech when the verb's subject stands before it and the clause opens as a clause
# does, with a subject pronoun, a determiner or a capitalised word ("said Tricarico admitted …"), a
# gerund that is its subject ("said boosting the farm sector would …"), or a number and its noun ("said
# 8.7 billion dollars are …"); "said nothing", "said goodbye", "said during the talks", "said in a
# statement" or "said 20 years ago" open none.
_SAID = frozenset(("said", "says"))
_CLAUSE_WORDS = (
    "he", "she", "it", "they", "we", "there", "the", "his", "her", "their", "its", "this", "these", "those",
)  # fmt: skip
_CAPITALISED_CLAUSE_WORDS = "|".join(word.capitalize() for word in _CLAUSE_WORDS)
# Words in "-ing" that are no gerund opening a clause: pronouns, and prepositions made of verbs.
_NOT_GERUNDS = (
    "nothing|something|anything|everything|during|following|including|regarding|concerning|according|"
    "considering|excluding|pending|notwithstanding|morning|evening|thing|king|spring"
)
# Nouns of time and repetition after a number: "said 20 years ago", "said 10 times" report nothing.
_NOT_COUNTED = "times|years|days|months|weeks|hours|minutes|seconds|decades|ago"
_CLAUSE_OPENING = regex.compile(
    rf"(?:(?:{'|'.join(_CLAUSE_WORDS)}|{_CAPITALISED_CLAUSE_WORDS})[ ]"
    rf"|(?!(?:{_CAPITALISED_CLAUSE_WORDS})[ ])\p{{Lu}}\p{{Ll}}+[ ]\p{{Ll}}"
    rf"|(?!(?:{_NOT_GERUNDS})[ ])\p{{Ll}}{{2,}}ing[ ](?:the|a|an|more|less|its|their|\p{{Ll}}+[ ]\p{{Ll}})"
    rf"|\d[\d.,]*[ ](?!(?:{_NOT_COUNTED})(?![\p{{L}}]))\p{{Ll}}+[ ]\p{{Ll}})",
    regex.VERSION1,
)


def _clause_without_that(cue: Keyword, phrase: SpeakerPhrase | None, sentence: int, speakers: Speakers) -> int | None:
    """Where the clause that English "said" reports without "that" opens, past a time or an adverb ("said
    on Monday the …"); None when the verb has no subject of its own before it, opening the sentence (in
    "An official in the office of President Ruiz said …" Ruiz is no subject), or no clause follows."""
    text = speakers.text
    if cue.word not in _SAID or phrase is None or phrase.end > cue.start:
        return None
    if not opens_sentence(text, sentence, speakers.title_start(phrase.start)):
        return None
    start = skip_adverb(text, cue.end)
    return start if _CLAUSE_OPENING.match(text, start) is not None else None


def _speaker_text(phrase: SpeakerPhrase, text: str) -> str | None:
    """The words naming the speaker; none for a verb without a subject."""
    return text[phrase.start : phrase.end] if phrase.kind != "implied" else None


# After the speaker of an attribution that closes a sentence: the day it was said ("…, Dugan said on
# Monday.", "…, dijo el lunes."), the speaker's description between a comma and the full stop ("…, said
# Pete Dugan, a police spokesman."), then the sentence's end.
_DAY_SAID = rf"(?:[ ]*(?:(?:on|el|este)[ ])?(?i:{ENGLISH_DAYS}|{OTHER_DAYS}))?"
_SENTENCE_END = r"[ ]*\.?\s*"
_ATTRIBUTION_TAIL = regex.compile(
    rf"{_DAY_SAID}(?:,[ ](?:\d|\p{{Ll}})[^,.;:!?\"“”«»()\n]{{0,80}})?{_SENTENCE_END}", regex.VERSION1
)
# After the verb of an attribution whose speaker comes first: the day, then the sentence's end ("…, Dugan
# said on Monday."); words after a comma there are another clause ("…, she said, and left").
_VERB_TAIL = regex.compile(f"{_DAY_SAID}{_SENTENCE_END}", regex.VERSION1)


def _closing_attribution(cue: Keyword, context: _Article) -> tuple[SpeakerPhrase, int] | None:
    """The speaker of a speech verb that closes its sentence after a comma, and where that comma stands:
    "…, Dugan said.", "…, he also said.", "…, dijo Marrero.", "…, said Pete Dugan, a police spokesman.",
    "…, recalcó." (the subject Spanish leaves out). The words before the comma are what was said."""
    text, speakers = context.text, context.speakers
    sentence = _sentence_start(context.breaks, cue.start)
    end = _sentence_end(context.breaks, cue.start, len(text))
    subject = speakers.phrase_ending_at(cue.start)
    if subject is not None:
        comma, tail, pattern = _comma_before(text, sentence, subject.start), skip_adverb(text, cue.end), _VERB_TAIL
        phrase: SpeakerPhrase | None = subject
    else:
        comma = _comma_before(text, sentence, before_adverbs(text, cue.start))
        if comma is None:
            return None  # most verbs: the speaker after them is not looked for (a third of find_quotes' growth)
        phrase = speakers.phrase_after_verb(cue.end)
        if phrase is not None and phrase.kind == "role":
            phrase = _named_after_title(phrase, context) or phrase
        if phrase is None and cue.word in PRO_DROP_CUE_VERBS:
            phrase = _implied(cue)
        is_implied = phrase is None or phrase.kind == "implied"
        tail, pattern = (cue.end, _VERB_TAIL) if is_implied else (phrase.end, _ATTRIBUTION_TAIL)
    if comma is None or phrase is None or pattern.fullmatch(text, tail, end) is None:
        return None
    return phrase, comma


def _named_after_title(phrase: SpeakerPhrase, context: _Article) -> SpeakerPhrase | None:
    """The person a comma names after a title closing its sentence, the title's complements read: "…, dijo
    el secretario adjunto del departamento forestal, Luis Ortega." is Ortega's."""
    text = context.text
    title = phrase_to_clause_end(text, phrase.start, phrase, context.language) or phrase
    if text[title.end : title.end + 2] != ", ":
        return None
    span = context.speakers.person_by_start.get(title.end + 2)
    if span is None or not _closes_clause(text, span.char_end):
        return None
    return SpeakerPhrase(span.char_start, span.char_end, "person", span.name)


def _comma_before(text: str, start: int, position: int) -> int | None:
    """Where the comma right before `position` (spaces aside) stands, if one does after `start`."""
    while position > start and text[position - 1] == " ":
        position -= 1
    return position - 1 if position > start and text[position - 1] == "," else None


def _closed_clause(
    cue: Keyword, closing: tuple[SpeakerPhrase, int], person: str, article: ArticleText, context: _Article
) -> Row | None:
    """The words before an attribution closing their sentence, as reported speech: "The man refused to come
    out, Dugan said.", "Tenemos una flota de ómnibus, comentó.". Only when a name, a pronoun, an organization
    (its name, "it", or a generic noun that resolves to one: "…, the ministry said.") or a verb without a
    subject says whose they are (a bare title is too loose a source for words without marks, as
    for `_attributed_clause`), and when no quotation or other speech verb in them reports them itself."""
    phrase, comma = closing
    if phrase.kind not in ("person", "pronoun", "implied", "organization", "body", "it"):
        return None
    text = context.text
    start = skip_spaces(text, _sentence_start(context.breaks, cue.start))
    end = _trim_end(text, start, comma)
    first, last = (bisect.bisect_left(context.cues, (offset,)) for offset in (start, end))
    if first < last or _attributions_within(context, start, end) or _is_quoted_within(context.speakers, start, end):
        return None
    if not _has_enough_words(text, start, end):
        return None
    return _row(article, start, end, person, _speaker_text(phrase, text), cue.word, False, None, None)


# An English auxiliary right after "that": the "that" of a relative clause on the setting's noun ("in the
# report that was released"), where a reported clause would have its subject first.
_AUXILIARY = regex.compile(r"(?:was|were|is|are|has|had|have|will|would|can|could)(?![\p{L}])", regex.VERSION1)


def _reported_that(text: str, end: int) -> regex.Match[str] | None:
    """ "that"/"que" opening the clause that the verb ending at `end` reports, at once or past an adverb or
    a time ("said that", "dijo el lunes que"); None when none does."""
    # No word that `_THAT` or an adverb reads holds a full stop: without "that" or "que" before the next
    # one, as after three verbs in four, neither is tried (0.035 ms off an article's 0.47 in `find_quotes`).
    # Nor do they read further than `_THAT_REACH`: in a sentence that never ends, the search to its end for
    # each of its verbs took time growing with its square.
    limit = min(len(text), end + _THAT_REACH)
    stop = text.find(".", end, limit)
    if _THAT_WORD.search(text, end, limit if stop < 0 else stop) is None:
        return None
    return _THAT.match(text, end) or _that_past_adverb(text, end)


def _that_past_adverb(text: str, end: int) -> regex.Match[str] | None:
    """ "that"/"que" after an adverb or a time that follows the verb ending at `end`: "dijo el lunes que",
    "said on Monday that", "dijo además que"."""
    position = skip_adverb(text, end)
    return _THAT.match(text, position - 1) if position > skip_spaces(text, end) else None


def _attributed_clause(attribution: Attribution, article: ArticleText, context: _Article) -> Row | None:
    """Reported speech that an attribution naming a person opens, closes or interrupts: `According to
    Ruiz, the economy will grow …`, `La economía crecerá …, según Pérez.`, `La economía, según ella,
    crecerá …`. A pronoun counts when it resolves as the subject of "she said" does, and an organization
    (`According to the World Bank, …`, `Según la dependencia, …` when one organization fits it); a bare title,
    or a phrase naming nobody, is too loose a source for words without quotation marks."""
    speaker, text, breaks = attribution.speaker, context.text, context.breaks
    if speaker.kind not in ("person", "pronoun", "organization", "body"):
        return None
    sentence = _sentence_start(breaks, attribution.start)
    if attribution.start == sentence and attribution.after == ",":
        start = text.index(",", _past_title_apposition(text, speaker.end, context.speakers)) + 1
        while start < len(text) and text[start] == " ":
            start += 1
        end = _clause_end(text, start, context.speakers, breaks)
    elif attribution.before == "," and attribution.after in _FULL_STOPS:
        start, end = sentence, _trim_end(text, sentence, attribution.start)
        if _is_quoted_within(context.speakers, start, end):
            return None
    elif attribution.before == "," and attribution.after == ",":
        # Between commas inside a sentence the attribution speaks for the whole sentence, and a row must be
        # one span: the sentence, the attribution's words included. The words after it alone ("crecerá un
        # 3 %") would lose the subject of what was said, those before it ("La economía") say nothing.
        start = sentence
        end = _trim_end(text, sentence, _sentence_end(breaks, attribution.start, len(text)))
        if _is_quoted_within(context.speakers, start, end) or _attributions_within(context, start, end) > 1:
            return None
    else:
        return None
    # A speech verb in the clause reports it itself: "Según Pérez, el ministro dijo que …".
    first, last = (bisect.bisect_left(context.cues, (offset,)) for offset in (start, end))
    if first < last or not _has_enough_words(text, start, end):
        return None
    person = context.speakers.resolve(speaker)
    if person is None:
        return None
    context.speakers.remember(attribution.start, person)
    speaker_text = text[speaker.start : speaker.end]
    return _row(article, start, end, person, speaker_text, attribution.word, False, None, None)


def _past_title_apposition(text: str, end: int, speakers: Speakers) -> int:
    """Past the title or profession between commas after a speaker phrase ending at `end` ("Según Marta
    Salinas, especialista en puertos, …", "According to Helen Marsh, an economist, …"), its closing comma
    left; else `end`. Only a title: other words after the comma are already the reported clause."""
    if text[end : end + 1] != "," or speakers.role_by_start.get(skip_spaces(text, end + 1)) is None:
        return end
    return past_apposition(text, end)


def _attributions_within(context: _Article, start: int, end: int) -> int:
    """How many attributions start in `start`..`end`: two in one sentence would claim the same span."""
    starts = context.attribution_starts
    return bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)


def _is_quoted_within(speakers: Speakers, start: int, end: int) -> bool:
    """Whether a quotation overlaps `start`..`end`."""
    return speakers.is_quoted(start) or _next_quotation(speakers, start) < end


def _clause_end(text: str, start: int, speakers: Speakers, breaks: list[int]) -> int:
    """Where reported speech from `start` ends: at its sentence's end or the next quotation's opening. A
    term or a name between marks closed in the sentence is part of the clause ('said that it would be a
    "tragedy" if …'), and so is a partial quote that a word of the clause leads into ('dijo que podría
    intervenir en el país, donde hay un «presidente enfermo»'): cut at its mark, the clause would end on
    "un". The quote keeps its own row. A clause runs at most _LONGEST_CLAUSE characters, to a word's end."""
    sentence_end = _at_most_clause(text, start, _sentence_end(breaks, start, len(text)))
    following = bisect.bisect_left(speakers.quoted_starts, start)
    while following < len(speakers.quoted) and speakers.quoted[following][0] < sentence_end:
        open_mark, close_end = speakers.quoted[following]
        # A closed quotation's marks end it: its words are inside them.
        is_inside = is_no_quotation(text, open_mark + 1, close_end - 1) or _follows_word(text, start, open_mark)
        if close_end > sentence_end or not is_inside:
            return _trim_end(text, start, open_mark)
        following += 1
    return _trim_end(text, start, sentence_end)


def _at_most_clause(text: str, start: int, end: int) -> int:
    """`end`, or where a clause longer than _LONGEST_CLAUSE is cut: at the last space within it."""
    if end - start <= _LONGEST_CLAUSE:
        return end
    space = text.rfind(" ", start, start + _LONGEST_CLAUSE)
    return space if space > start else start + _LONGEST_CLAUSE


def _follows_word(text: str, start: int, position: int) -> bool:
    """Whether a word of the stretch from `start` stands right before `position`, spaces aside."""
    while position > start and text[position - 1] == " ":
        position -= 1
    return position > start and text[position - 1].isalnum()


def _next_quotation(speakers: Speakers, start: int) -> int:
    """Where the first quotation opening at or after `start` opens; the text's end when none does."""
    # The quotations come in text order.
    following = bisect.bisect_left(speakers.quoted_starts, start)
    return speakers.quoted_starts[following] if following < len(speakers.quoted_starts) else len(speakers.text)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return end


def _direct_row(article: ArticleText, quote: _Quote, quotes: list[_Quote], is_continued: bool) -> Row | None:
    span = quote.span
    chained = span.continues is not None or is_continued
    if not chained and is_no_quotation(article.text, span.start, span.end):
        return None
    continues = quotes[span.continues] if span.continues is not None else None
    return _row(
        article, span.start, span.end, quote.speaker, quote.speaker_text, quote.cue, True,
        span.close_mark is not None or span.dash,
        _quote_id(article.article_id, continues.span.start, continues.span.end) if continues else None,
    )  # fmt: skip


def _answer_row(article: ArticleText, answer: Answer, answers: list[Answer]) -> Row:
    """An interview's answer: direct speech that the labels close, with no speech verb."""
    continues = answers[answer.continues] if answer.continues is not None else None
    continues_id = _quote_id(article.article_id, continues.start, continues.end) if continues else None
    return _row(article, answer.start, answer.end, answer.speaker, answer.speaker_text, None, True, True, continues_id)


_WORD_RUN = re.compile(r"\S+")


def _has_enough_words(text: str, start: int, end: int) -> bool:
    """Whether the clause text[start:end] holds `_MIN_INDIRECT_WORDS` words, read no further than the last of
    them: a clause may run to the end of a long sentence, and splitting it whole for each of the sentence's verbs
    took time growing with the sentence's square (11 s for a sentence of 3,000 verbs)."""
    return sum(1 for _ in islice(_WORD_RUN.finditer(text, start, end), _MIN_INDIRECT_WORDS)) == _MIN_INDIRECT_WORDS


def _quote_id(article_id: str, start: int, end: int) -> str:
    return hashlib.sha256(f"{article_id}\x1f{start}\x1f{end}".encode()).hexdigest()[:16]


def _row(
    article: ArticleText,
    start: int,
    end: int,
    speaker: str | None,
    speaker_text: str | None,
    cue: str | None,
    is_direct: bool,
    is_closed: bool | None,
    continues_quote_id: str | None,
) -> Row:
    return {
        "quote_id": _quote_id(article.article_id, start, end),
        "article_id": article.article_id,
        "paragraph_index": article.paragraph_at(start),
        "text": article.text[start:end],
        "speaker_entity_id": _speaker_id(speaker) if speaker else None,
        "speaker_text": speaker_text,
        "cue_verb": cue,
        "is_direct": is_direct,
        "is_closed_in_source": is_closed,
        "continues_quote_id": continues_quote_id,
        "char_start": start,
        "char_end": end,
    }


def _speaker_id(speaker: str) -> str:
    """The entity id of a speaker: an organization's (`OrganizationName`) or a person's."""
    return entity_id("organization" if isinstance(speaker, OrganizationName) else "person", speaker)
