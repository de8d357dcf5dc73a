"""Closed vocabularies of the published columns.

These tuples are the only place the allowed values are written down: the Pandera checks, the
pipeline code that produces the values and the dataset card all read them from here.
"""

from __future__ import annotations

from dataclasses import dataclass

SOURCE_FORMATS: tuple[str, ...] = (
    "markdown web export",
    "dated crawler text",
    "plain text",
    "html page",
    "json article",
    "feed item",
    "mime message",
)

# Python codec names, except that the UTF-16 byte order is spelled out; "utf-8+cp1252" is UTF-8 text with passages
# in Windows-1252 (each byte that is no UTF-8 read as Windows-1252: flows.decode).
ENCODINGS: tuple[str, ...] = ("utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "cp1252", "utf-8+cp1252")

DATE_PRECISIONS: tuple[str, ...] = ("day", "month", "year")

DATE_EVIDENCE: tuple[str, ...] = (
    "date header",
    "dateline",
    "date line",
    "html metadata",
    "front matter",
    "json metadata",
    "feed metadata",
)

STAGES: tuple[str, ...] = ("discover", "read", "decode", "parse", "deduplicate", "validate", "process")


@dataclass(frozen=True)
class ReasonCode:
    code: str
    stage: str
    title: str
    description: str


# frictionless-style error vocabulary: stable kebab-case codes, each with what it means and what to do.
REASON_CODES: tuple[ReasonCode, ...] = (
    ReasonCode(
        "unreadable-file",
        "read",
        "The file could not be read",
        "The operating system refused to read the file (permissions, a broken link, a vanished file). "
        "Fix the file's permissions or remove it from the input folder.",
    ),
    ReasonCode(
        "not-a-regular-file",
        "discover",
        "Not a regular file",
        "The path is a symbolic link, socket or device rather than a regular file; links are not followed "
        "so that a run never reads outside its input folder. Copy the real file into the folder instead.",
    ),
    ReasonCode(
        "empty-file",
        "read",
        "Empty file",
        "The file has no bytes, or only whitespace once decoded. Re-export the article.",
    ),
    ReasonCode(
        "file-too-large",
        "read",
        "File larger than the size limit",
        "The file is larger than the run's size limit (--max-file-bytes); news articles are far smaller, "
        "so this is usually a misplaced archive or dump. Split it or raise the limit.",
    ),
    ReasonCode(
        "binary-file",
        "decode",
        "Binary content",
        "The bytes contain NUL or other control bytes that no text article has (an image, PDF, archive "
        "or office document). Convert it to text or HTML first.",
    ),
    ReasonCode(
        "undecodable-text",
        "decode",
        "Text in an unsupported encoding",
        "The bytes are neither UTF-8 (with or without BOM), UTF-16 with a BOM, nor Windows-1252; or they are "
        "mostly UTF-8 but damaged (three or more bytes in a row that are no character, or a byte Windows-1252 "
        "leaves undefined), where a passage pasted in Windows-1252 is read (encoding utf-8+cp1252). Re-save the "
        "file as UTF-8.",
    ),
    ReasonCode(
        "no-body",
        "parse",
        "No article body",
        "After the format's metadata and the export debris were removed, no body text was left "
        "(for example a page of navigation only, or a title with nothing under it).",
    ),
    ReasonCode(
        "malformed-export",
        "parse",
        "Damaged export",
        "The file starts as an article exported by a crawler or a content system (a JSON object, an RSS or Atom "
        "feed) but does not parse: usually an export cut short. The detail says where it breaks. Re-export it.",
    ),
    ReasonCode(
        "several-articles",
        "parse",
        "Several articles in one file",
        "The file is a JSON array, JSON lines or an RSS or Atom feed of several articles; newstables reads one "
        "article per file, so that every row can name the file it came from. Write each to a file of its own.",
    ),
    ReasonCode(
        "not-prose",
        "parse",
        "Code, configuration or data, not an article",
        "The text is not prose: a script or a style sheet (a browser's 'Web page, complete' saves them in a "
        "'_files' folder beside the page), source code, a shell script, a YAML, TOML, INI or .env config, a "
        "Dockerfile, a Makefile, SQL, CSV or TSV data, a log or a requirements list. The detail says what it looks "
        "like. Leave such files out of the input folder.",
    ),
    ReasonCode(
        "duplicate-file",
        "deduplicate",
        "Byte-identical copy of another file",
        "The file's bytes equal those of another input file; the file named in the detail was kept "
        "(the first in path order). Remove the copy.",
    ),
    ReasonCode(
        "duplicate-article",
        "deduplicate",
        "Same article as another file",
        "The file decodes to the same article text as another input file (the same text saved in another "
        "encoding or with other line endings, or garbled into mojibake and repaired); the file named in the "
        "detail was kept.",
    ),
    ReasonCode(
        "failed-check",
        "validate",
        "A published row failed a schema check",
        "A row made from this file failed a check of the table schemas (the detail names the table, "
        "column and check), so the whole article was held back to keep the tables consistent.",
    ),
    ReasonCode(
        "processing-error",
        "process",
        "Unexpected error while processing",
        "The pipeline raised an unexpected error on this file (the detail names it). This is a bug in "
        "newstables: please report it with the file.",
    ),
)

REASON_CODE_NAMES: tuple[str, ...] = tuple(r.code for r in REASON_CODES)


def reason(code: str) -> ReasonCode:
    for r in REASON_CODES:
        if r.code == code:
            return r
    raise KeyError(f"unknown reject reason code {code!r}; known: {', '.join(REASON_CODE_NAMES)}")


def _iso_639_1_codes() -> tuple[str, ...]:
    import pycountry

    return tuple(sorted(lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2")))


LANGUAGE_CODES: tuple[str, ...] = _iso_639_1_codes()

ENTITY_TYPES: tuple[str, ...] = ("person", "organization", "place")

# How a role title holds for the person: "president-elect", "Secretary-designate", "the next Secretary",
# "former Governor", "acting Labor Secretary" (and their Spanish forms: electa, designado, próximo, ex-, interino).
ROLE_QUALIFIERS: tuple[str, ...] = ("elect", "designate", "next", "former", "acting")

# Verbs that attribute speech, lower case, as printed. `quotes.cue_verb` holds one of them, or one of the
# attribution phrases below; the quote extractor reads its patterns from these tuples, so a verb added
# here is recognised everywhere.
CUE_VERBS_EN: tuple[str, ...] = (
    "said", "says", "say", "added", "adds", "stressed", "stresses", "stated", "affirmed", "affirms",
    "told", "tells", "reported", "explained", "explains", "noted", "notes", "declared", "insisted", "warned",
    "warns", "asserted", "argued", "emphasized", "emphasised", "underlined", "highlighted", "pointed out",
    "confirmed", "announced", "remarked", "commented", "concluded", "replied", "responded", "acknowledged",
    "admitted", "claimed", "wrote", "writes", "indicated", "expressed", "assured", "maintained", "recalled",
    "reiterated", "urged", "asked", "tweeted", "promised", "complained", "cautioned", "conceded", "countered",
    "summed up", "put it", "posted", "observed", "joked", "quipped", "recounted", "lamented",
)  # fmt: skip
# Spanish verbs in the third person: Spanish may leave their subject unsaid ("«…», aseguró"), and so may
# Portuguese and Catalan. English and Spanish verbs are read in every article; the Portuguese and Catalan
# ones that neither list holds only in an article of their language (`cue_verbs_of`).
CUE_VERBS_ES: tuple[str, ...] = (
    "dijo", "dice", "afirmó", "afirma", "señaló", "señala", "subrayó", "declaró", "indicó", "indica",
    "expresó", "aseguró", "asegura", "agregó", "agrega", "añadió", "añade", "sostuvo", "sostiene", "explicó",
    "explica", "destacó", "manifestó", "apuntó", "comentó", "precisó", "enfatizó", "recalcó", "advirtió",
    "reiteró", "insistió", "puntualizó", "concluyó", "informó", "anunció", "confirmó", "admitió",
    "reconoció", "expuso", "aseveró", "mencionó", "respondió", "escribió", "preguntó", "celebró", "lamentó",
    "criticó", "denunció", "recordó", "aclaró", "detalló", "consideró", "opinó", "prometió", "exigió",
    "relató", "replicó", "resumió", "publicó", "tuiteó", "resaltó", "reflexionó", "acotó", "planteó",
    "sentenció", "matizó", "remarcó", "alertó", "cuestionó", "ironizó", "bromeó", "zanjó", "externó", "narró",
    "estimó", "exclamó",
    # The imperfect, as a story tells what someone kept saying ('Trump declaraba: «…», y advertía que …').
    "decía", "declaraba", "afirmaba", "aseguraba", "advertía", "insistía", "sostenía", "explicaba",
)  # fmt: skip
# Spanish verbs in the third person plural, said by people the article does not name as often as not ("Los
# vecinos denunciaron que …", "Funcionarios de aduanas dijeron que …"). Not verbs whose subject may go
# unsaid (`PRO_DROP_CUE_VERBS`): a verb alone in the plural is no one person's, the last speaker's least.
CUE_VERBS_ES_PLURAL: tuple[str, ...] = (
    "dijeron", "afirmaron", "señalaron", "indicaron", "explicaron", "aseguraron", "informaron", "advirtieron",
    "denunciaron", "sostuvieron", "agregaron", "añadieron", "declararon", "destacaron", "precisaron",
    "reconocieron", "anunciaron", "confirmaron", "alertaron",
)  # fmt: skip
# Portuguese, as printed in Brazil and Portugal ("«…», afirmou", "disse que").
CUE_VERBS_PT: tuple[str, ...] = (
    "disse", "diz", "disseram", "afirmou", "afirma", "afirmaram", "declarou", "declara", "explicou", "explica",
    "acrescentou", "acrescenta", "garantiu", "garante", "destacou", "destaca", "ressaltou", "ressalta",
    "respondeu", "questionou", "salientou", "sublinhou", "frisou", "observou", "comentou", "informou",
    "anunciou", "confirmou", "admitiu", "reconheceu", "lembrou", "alertou", "avaliou", "ponderou",
    "argumentou", "defendeu", "criticou", "lamentou", "concluiu", "insistiu", "reforçou",
    "assegurou", "pontuou", "relatou", "escreveu", "perguntou", "prometeu", "advertiu", "reiterou",
    "enfatizou", "declararam",
)  # fmt: skip
# Catalan: the present, and the two past tenses of two words each, the perfect ("ha dit", "han afirmat")
# and the periphrastic past ("va dir", "van afirmar"). "va"/"van" alone ("goes") is never a speech verb.
_CA_PERFECT = (
    "dit", "afirmat", "explicat", "assegurat", "afegit", "declarat", "manifestat", "assenyalat",
    "subratllat", "destacat", "indicat", "recordat", "advertit", "reconegut", "respost", "insistit",
    "comentat", "anunciat", "confirmat", "precisat", "lamentat", "criticat", "defensat", "reiterat",
)  # fmt: skip
_CA_PERIPHRASTIC = (
    "dir", "afirmar", "explicar", "assegurar", "afegir", "declarar", "manifestar", "assenyalar",
    "subratllar", "destacar", "indicar", "recordar", "advertir", "reconèixer", "respondre", "insistir",
    "comentar", "anunciar", "confirmar", "precisar", "lamentar", "criticar", "defensar", "reiterar",
)  # fmt: skip
CUE_VERBS_CA: tuple[str, ...] = (
    "diu", "afirma", "explica", "assegura", "afegeix", "declara", "manifesta", "assenyala", "subratlla",
    "destaca", "indica", "adverteix", "insisteix", "reconeix", "respon",
    *(f"{auxiliary} {participle}" for auxiliary in ("ha", "han") for participle in _CA_PERFECT),
    *(f"{auxiliary} {infinitive}" for auxiliary in ("va", "van") for infinitive in _CA_PERIPHRASTIC),
)  # fmt: skip
# Every verb once, in the order of the lists ("afirma" is Spanish, Portuguese and Catalan).
CUE_VERBS: tuple[str, ...] = tuple(
    dict.fromkeys(CUE_VERBS_EN + CUE_VERBS_ES + CUE_VERBS_ES_PLURAL + CUE_VERBS_PT + CUE_VERBS_CA)
)
# Verbs whose subject may go unsaid: a verb alone after a quote names the last plausible speaker.
PRO_DROP_CUE_VERBS: frozenset[str] = frozenset(CUE_VERBS_ES + CUE_VERBS_PT + CUE_VERBS_CA)
_CUE_VERBS_EVERYWHERE: frozenset[str] = frozenset(CUE_VERBS_EN + CUE_VERBS_ES + CUE_VERBS_ES_PLURAL)
_CUE_VERBS_OF_LANGUAGE: dict[str, frozenset[str]] = {
    "pt": _CUE_VERBS_EVERYWHERE | frozenset(CUE_VERBS_PT),
    "ca": _CUE_VERBS_EVERYWHERE | frozenset(CUE_VERBS_CA),
}


def cue_verbs_of(language: str) -> frozenset[str]:
    """The speech verbs read in an article of `language` (ISO 639-1): the English and Spanish ones in
    every article, as before Portuguese and Catalan were read, and the article's own language's."""
    return _CUE_VERBS_OF_LANGUAGE.get(language, _CUE_VERBS_EVERYWHERE)


# Phrases that attribute words to a source without a speech verb, lower case: "according to Ruiz",
# "según Pérez", "segundo Tavares", "segons Puig". `quotes.cue_verb` holds one of them when it names a
# quote's speaker. As with the verbs, the English and Spanish ones are read in every article, the
# Portuguese and Catalan ones only in an article of their language: Portuguese "segundo" is also "second",
# Catalan "segons" also "seconds".
ATTRIBUTION_PHRASES_EN: tuple[str, ...] = ("according to", "in the words of")
ATTRIBUTION_PHRASES_ES: tuple[str, ...] = ("según", "de acuerdo con", "en palabras de", "a decir de")
ATTRIBUTION_PHRASES_PT: tuple[str, ...] = ("segundo", "de acordo com", "conforme")
ATTRIBUTION_PHRASES_CA: tuple[str, ...] = ("segons", "d'acord amb")
ATTRIBUTION_PHRASES: tuple[str, ...] = (
    ATTRIBUTION_PHRASES_EN + ATTRIBUTION_PHRASES_ES + ATTRIBUTION_PHRASES_PT + ATTRIBUTION_PHRASES_CA
)
_ATTRIBUTION_PHRASES_OF_LANGUAGE: dict[str, tuple[str, ...]] = {
    "pt": ATTRIBUTION_PHRASES_EN + ATTRIBUTION_PHRASES_ES + ATTRIBUTION_PHRASES_PT,
    "ca": ATTRIBUTION_PHRASES_EN + ATTRIBUTION_PHRASES_ES + ATTRIBUTION_PHRASES_CA,
}
# Verbs that characterise something in the words they quote rather than report speech: 'Ruiz called the
# plan "a disaster"', 'Pérez calificó la medida de «un grave error»'. `quotes.cue_verb` holds one when it is
# the verb before a quote whose sentence has no speech verb. They are not read as speech verbs otherwise:
# "called" also phones and names, "describió" tells of a scene.
CHARACTERISING_VERBS: tuple[str, ...] = (
    "called", "calls", "described", "describes", "calificó", "califica", "tildó", "describió",
)  # fmt: skip
# What `quotes.cue_verb` may hold: a speech verb, an attribution phrase or a characterising verb.
QUOTE_CUES: tuple[str, ...] = CUE_VERBS + ATTRIBUTION_PHRASES + CHARACTERISING_VERBS


def attribution_phrases_of(language: str) -> tuple[str, ...]:
    """The attribution phrases read in an article of `language`, as `cue_verbs_of` chooses verbs."""
    return _ATTRIBUTION_PHRASES_OF_LANGUAGE.get(language, ATTRIBUTION_PHRASES_EN + ATTRIBUTION_PHRASES_ES)


# Qualifiers of a money amount (`amounts.qualifier`), in English; the Spanish forms map onto them
# ("más de" -> "more than", "alrededor de" -> "about", "casi" -> "nearly"): flows/extract/amounts_vocab.py.
AMOUNT_QUALIFIERS: tuple[str, ...] = ("more than", "less than", "about", "nearly", "up to", "at least")


def _iso_4217_codes() -> tuple[str, ...]:
    import pycountry

    return tuple(sorted(currency.alpha_3 for currency in pycountry.currencies))


CURRENCY_CODES: tuple[str, ...] = _iso_4217_codes()


def _topic_names() -> tuple[str, ...]:
    # The taxonomy (names, descriptions, terms) is written once, in schemas/topic_taxonomy.py.
    from schemas.topic_taxonomy import TOPICS

    return tuple(topic.name for topic in TOPICS)


TOPIC_NAMES: tuple[str, ...] = _topic_names()
