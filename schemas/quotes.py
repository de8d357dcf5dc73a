"""The `quotes` table: one row per quotation, direct or reported, with its speaker."""

from __future__ import annotations

import pandera.polars as pa

from schemas.columns import ARTICLE_FOREIGN_KEY, HEX16, article_ref, end_offset, paragraph_ref, start_offset
from schemas.vocabularies import QUOTE_CUES


class Quotes(pa.DataFrameModel):
    quote_id: str = pa.Field(
        unique=True,
        str_matches=HEX16,
        description="Stable identifier: the first 16 hex digits of the SHA-256 of article_id, char_start and char_end.",
    )
    article_id: str = article_ref("the quotation is in")
    paragraph_index: int = paragraph_ref("the quotation is in")
    text: str = pa.Field(
        str_length={"min_value": 1},
        description="The quoted words, without the quotation marks: body_text[char_start:char_end]. For "
        "speech opened by a dash (Spanish '—No habrá prórroga —dijo la ministra.'), the words spoken, without "
        "the dash and the narrator's words. For an interview's answer, the words after its label ('R:', "
        "'A:'). For reported speech, the clause after 'that'/'que' or English 'said' (a partial quote inside "
        "it included), whoever the verb's subject is, named or not ('The minister said that …', 'Officials said "
        "that …', 'Un portavoz dijo que …'), or the clause that an attribution naming a person or an "
        "organization opens or closes "
        "('According to Ruiz, the economy …', 'Según el Banco de México, …', '…, según Pérez.', '…, Ruiz said.', "
        "'…, dijo Pérez.', '…, recalcó.'), or the whole "
        "sentence that one interrupts between commas, the attribution's words included ('La economía, según "
        "Pérez, crecerá …').",
    )
    speaker_entity_id: str = pa.Field(
        nullable=True,
        str_matches=HEX16,
        description="Person or organization who said it (entities.entity_id; entities.entity_type tells which: "
        "'Pemex said …', 'según el Banco de México' name the organization, a place never speaks); null when the "
        "article does not make it clear.",
    )
    speaker_text: str = pa.Field(
        nullable=True,
        description="The words naming the speaker as printed in the attribution ('Bárcena', 'she', 'the "
        "Secretary of State', 'the State Department', 'the ministry', 'la dependencia'), also when the article "
        "names no one behind them ('a spokesman', 'El titular del MEF', 'Officials at the ministry': then "
        "speaker_entity_id is null), or an interview answer's label ('Ramírez'); null when the attribution is implied "
        "(a quote continuing the last speaker, a Spanish, Portuguese or Catalan verb without a subject, an "
        "interview answer's 'R:') or absent.",
    )
    cue_verb: str = pa.Field(
        nullable=True,
        isin=QUOTE_CUES,
        description="Speech verb of the attribution, lower case as printed, in English, Spanish, Portuguese or "
        "Catalan ('said', 'told', 'dijo', 'afirmou'; Catalan's two-word pasts whole: 'ha dit', 'va dir'), or the "
        "phrase attributing the words without a verb, lower case as listed ('according to', 'según', 'segundo', "
        "'segons'); null when none.",
    )
    is_direct: bool = pa.Field(
        description="True for words between quotation marks (partial quotes too), opened by a dash, or "
        "answering an interview's question; false for reported speech ('she said that ...')."
    )
    is_closed_in_source: bool = pa.Field(
        nullable=True,
        description="False when the source opens the quotation and never closes it in this paragraph (it is "
        "then taken to end with the paragraph); true for speech opened by a dash, which the convention ends at "
        "the narrator's dash or the paragraph's end, and for an interview's answer, which the labels delimit; "
        "null for reported speech, which has no marks.",
    )
    continues_quote_id: str = pa.Field(
        nullable=True,
        str_matches=HEX16,
        description="For a quotation running over several paragraphs (a paragraph left open, the next one "
        "opening with a quotation mark): the quote_id of its part in the paragraph before; for the words "
        "after an attribution inserted between dashes ('—dijo la canciller—, porque …'): the quote_id of the "
        "words before it; for an interview's answer running over paragraphs: the quote_id of its part in the "
        "paragraph before; null otherwise.",
    )
    char_start: int = start_offset("the first quoted character")
    char_end: int = end_offset("the last quoted character")

    class Config:
        name = "quotes"
        title = "Quotations"
        description = (
            "One row per quotation in an article body, direct or reported, with its speaker when the article "
            "makes it clear."
        )
        strict = True
        ordered = True
        unique = ["article_id", "char_start", "char_end"]
        metadata = {
            "primary_key": ["quote_id"],
            "foreign_keys": [
                ARTICLE_FOREIGN_KEY,
                {"fields": ["speaker_entity_id"], "reference": {"resource": "entities", "fields": ["entity_id"]}},
                {"fields": ["continues_quote_id"], "reference": {"resource": "quotes", "fields": ["quote_id"]}},
            ],
            # Who speaks: a person or an organization, never a place.
            "referenced_kinds": [
                {
                    "fields": ["speaker_entity_id"],
                    "resource": "entities",
                    "key": ["entity_id"],
                    "column": "entity_type",
                    "values": ["person", "organization"],
                }
            ],
        }
