"""The `articles` table: one row per accepted article."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandera.polars as pa

from schemas.columns import HEX16, HEX64, input_path
from schemas.vocabularies import DATE_EVIDENCE, DATE_PRECISIONS, ENCODINGS, LANGUAGE_CODES, SOURCE_FORMATS

EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2099, 12, 31)


def _calendar_date(description: str) -> Any:
    """A nullable date within the years news files are dated in."""
    return pa.Field(nullable=True, ge=EARLIEST_DATE, le=LATEST_DATE, description=description)


class Articles(pa.DataFrameModel):
    article_id: str = pa.Field(
        unique=True,
        str_matches=HEX16,
        description="Stable identifier: the first 16 hex digits of the SHA-256 of the article's decoded text "
        "(NFC, LF line endings, mojibake repaired), so the same article keeps its id whatever its file's encoding.",
    )
    source_path: str = input_path()
    source_sha256: str = pa.Field(
        unique=True, str_matches=HEX64, description="SHA-256 of the input file's bytes, in hex."
    )
    source_format: str = pa.Field(
        isin=SOURCE_FORMATS, description="Format of the input file, detected from its content."
    )
    encoding: str = pa.Field(
        isin=ENCODINGS,
        description=(
            "Character encoding the file was decoded with; 'utf-8+cp1252': UTF-8 with passages in Windows-1252 (a "
            "paste from another program), each byte that is not UTF-8 read as Windows-1252."
        ),
    )
    title: str = pa.Field(nullable=True, description="Headline of the article.")
    subtitle: str = pa.Field(nullable=True, description="Secondary headline (deck), when the file has one.")
    byline: str = pa.Field(nullable=True, description="Author credit as printed, without the leading 'By'/'Por'.")
    publisher: str = pa.Field(nullable=True, description="Outlet that published the page (site or footer name).")
    originating_agency: str = pa.Field(
        nullable=True,
        description="News agency the text is credited to, from a credit such as '(Source: Prensa Latina)' or, "
        "when there is none, from the wire's sign-off that ends the body ('EFE', '(Reuters) ab/cd') or a byline "
        "that names a wire alone ('Reuters', 'AFP'), which is then no byline.",
    )
    url: str = pa.Field(
        nullable=True, str_matches=r"^https?://[^\s/$.?#][^\s]*$", description="Address of the original page."
    )
    domain: str = pa.Field(
        nullable=True,
        str_matches=r"^[a-z0-9.-]+$",
        description=(
            "Host name of url, lower case, without a leading 'www.'; an internationalised name in its ASCII form "
            "(the 'xn--' A-label). Null when url's host is no valid host name."
        ),
    )
    dateline_place: str = pa.Field(
        nullable=True,
        description="Place named in the dateline at the start of the body ('Havana', 'Mexico City'), read past an "
        "editor's note or a correction that opens the body (the note stays in body_text). Null when the dateline "
        "names only its agency ('(Bloomberg) --') or a newsroom desk ('Redacción Internacional, 3 mar (EFE).-').",
    )
    dateline_agency: str = pa.Field(
        nullable=True, description="Agency abbreviation in the dateline, such as 'RHC' in 'Havana, July 18 (RHC)--'."
    )
    published_date: dt.date = _calendar_date(
        "Publication date. Null when the file gives no date, or a date without a year and the run "
        "had no reference date to resolve it, or an all-numeric date whose order is open ('3/6/2024') in an "
        "English article; in other languages such a date is read day first; or a day alone with no month "
        "('SEVILLA, 3 (EUROPA PRESS)'), when the file states no date of its own."
    )
    published_date_text: str = pa.Field(
        nullable=True, description="The text the date was read from, as printed ('July 18', '2024-06-22')."
    )
    date_precision: str = pa.Field(
        nullable=True, isin=DATE_PRECISIONS, description="Precision of published_date; null when it is null."
    )
    date_evidence: str = pa.Field(
        nullable=True,
        isin=DATE_EVIDENCE,
        description="Where published_date_text was found in the file: a crawler's 'date header' ('date 2024-06-22', "
        "'Fecha: 14/08/2023'), the 'dateline', a 'date line' of its own near the headline (perhaps 'Publicado el …', "
        "perhaps with the update after it: 'Published June 3, 2024 | Updated June 4, 2024'; "
        "never an 'Actualizado: …' line), the page's 'html metadata', the YAML 'front matter' of a markdown file, "
        "the 'json metadata' of an article exported as JSON (date_publish, datePublished, date, …), or the "
        "'feed metadata' of an RSS or Atom item (pubDate, published, updated).",
    )
    is_year_inferred: bool = pa.Field(
        description="True when the text gave no year and the year was inferred from the run's reference date "
        "(the latest such date not after it)."
    )
    language: str = pa.Field(isin=LANGUAGE_CODES, description="Language of the body, ISO 639-1 code.")
    body_text: str = pa.Field(
        str_length={"min_value": 1},
        description="Cleaned article text, without the export debris (share bars, link and tag lists, the running "
        "header or footer a PDF's text repeats on every page) and the "
        "credits, sign-offs and contributor lines that close it: paragraphs separated by one blank line (\\n\\n); "
        "all offsets in the dataset point into it.",
    )
    word_count: int = pa.Field(ge=1, description="Number of words in body_text.")
    paragraph_count: int = pa.Field(ge=1, description="Number of paragraphs (rows in `paragraphs`).")
    updated_date: dt.date = _calendar_date(
        "When the publisher says the article last changed (schema.org's dateModified): an "
        "'Updated …'/'Actualizado: …' line near the headline, alone or after the publication date on its line "
        "('Publicado: 3 de junio de 2024 | Actualizado: 4 de junio de 2024'), the page's article:modified_time or "
        "JSON-LD dateModified, a feed item's updated or modified beside its publication date, or the field of a JSON "
        "article or of front matter that says so (dateModified, date_modify, modified, updated_at, lastmod, …). "
        "A date without a year takes the publication's (the first such date on or after it). Null when the file "
        "says nothing of an update, or dates it before published_date; the same day as the publication is kept."
    )
    updated_date_text: str = pa.Field(
        nullable=True,
        description="The text updated_date was read from, as printed ('June 4, 2024', '2024-06-04'); kept when "
        "updated_date is null because the update could not be resolved or precedes the publication.",
    )
    is_mojibake_repaired: bool = pa.Field(
        nullable=True,
        description="True when the file's text was mojibake, UTF-8 once read as Windows-1252 or Latin-1 and saved "
        "again ('MÃ©xico', 'â€œHola'), and newstables repaired it (with ftfy, line by line, where the repair is "
        "unambiguous) before reading anything: article_id, body_text and every other column come from the repaired "
        "text. False when the text needed no repair; null only in data published before the column existed.",
    )

    class Config:
        name = "articles"
        title = "Articles"
        description = (
            "One row per accepted article: its provenance, metadata read from the text conventions, and the clean body."
        )
        strict = True
        ordered = True
        metadata = {"primary_key": ["article_id"], "foreign_keys": []}
