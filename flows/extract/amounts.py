"""Money amounts in an article: rows of the `amounts` table.

An amount needs a currency, written as a symbol or code before the number ("$800 billion", "US$1.2
million", "€3 million", "£20m") or as a word after it ("33 billion dollars", "5.000 millones de pesos",
"mil millones de dólares", "500 mdd"); a bare number is never an amount. `text` is the amount itself
(currency included); a qualifier right before it ("more than", "más de") goes to `qualifier`.

Rules, documented here because they decide values:
- Separators: with both "," and "." in a number the last one is the decimal mark ("1.234,5",
  "1,234.5"). With one kind repeated it groups thousands ("5.000.000"). Alone, "," before exactly three
  digits groups thousands ("5,000 pesos"; Mexican and English style), otherwise it is a decimal comma
  ("1,5 millones"); "." before exactly three digits groups thousands in Spanish articles ("5.000
  millones") and is a decimal point in English ones ("$1.125 billion"); otherwise a decimal point.
- Scales: English "billion" is 10^9; Spanish "mil millones" and "millardo" are 10^9 and "billón" 10^12.
- A bare "$" is the US dollar, unless the article names pesos and never dollars (dollar, dólar, USD,
  US$): then it is the Mexican peso, as Mexican writers use "$" for pesos. A currency word after the
  number wins over a bare "$" ("$5,000 pesos" is MXN).
- "pesos" is the Mexican peso unless another country's peso is named ("pesos colombianos": COP).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from functools import cache

from flows.extract.amounts_vocab import (
    ABBREVIATED_SCALES,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    NUMBER_WORDS,
    QUALIFIER_WORDS,
    SCALED_CURRENCY_WORDS,
    SCALES,
)
from flows.extract.types import ArticleText, Row

_THOUSANDS_GROUP = 3
_QUALIFIER_WINDOW = 40


def _alternation(options: Iterable[str]) -> str:
    """Regex alternation of literal strings, longest first so that "mil millones" beats "mil"."""
    escaped = (re.escape(o).replace(r"\ ", r"\s+") for o in sorted(options, key=lambda o: (-len(o), o)))
    return "(?:" + "|".join(escaped) + ")"


_NUMBER = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE = _alternation(SCALES)
_FULL_SCALE = _alternation(s for s in SCALES if s not in ABBREVIATED_SCALES)
_CURRENCY_WORD = _alternation(CURRENCY_WORDS)
_END = r"(?![^\W\d_])"  # not followed by a letter: "20m" but not "20 miles"

_AMOUNT = re.compile(
    rf"""
    (?P<prefix>{_alternation(CURRENCY_PREFIXES)})\s?(?P<number>{_NUMBER})
        (?:\s?(?P<scale>{_SCALE}){_END})?
        (?:\s+(?:de\s+)?(?P<word_after_prefix>{_CURRENCY_WORD}){_END})?
    | (?<![\w.,$€£¥])(?P<bare_number>{_NUMBER})\s*(?P<scaled_currency>{_alternation(SCALED_CURRENCY_WORDS)}){_END}
    | (?<![\w.,$€£¥])(?:(?P<spelled>{_alternation(NUMBER_WORDS)})\s+|(?P<digits>{_NUMBER})\s*)?
        (?P<word_scale>{_FULL_SCALE}\s+)?(?:de\s+)?(?P<currency_word>{_CURRENCY_WORD}){_END}
    """,
    re.IGNORECASE | re.VERBOSE,
)
_QUALIFIER_BEFORE = re.compile(rf"(?<![^\W\d_])(?P<q>{_alternation(QUALIFIER_WORDS)})\s+$", re.IGNORECASE)
_PESOS = re.compile(r"\bpesos?\b", re.IGNORECASE)
_DOLLARS = re.compile(r"\bd[oó]lar(?:es|s)?\b|\bUSD\b|US\$", re.IGNORECASE)


def find_amounts(article: ArticleText) -> list[Row]:
    """One `amounts` row per money amount in the article body, in text order."""
    text = article.text
    rows: list[Row] = []
    dollar_sign = _dollar_sign_currency(text)
    for match in _AMOUNT.finditer(text):
        amount = _read(match, article.language, dollar_sign)
        if amount is None:
            continue
        number, currency = amount
        start, end = match.start(), match.end()
        rows.append(
            {
                "article_id": article.article_id,
                "text": text[start:end],
                "value": float(number),
                "currency": currency,
                "qualifier": _qualifier(text, start),
                "char_start": start,
                "char_end": end,
            }
        )
    return rows


def _read(match: re.Match[str], language: str, dollar_sign: str) -> tuple[Decimal, str] | None:
    group = match.groupdict()
    if group["prefix"] is not None:
        number = parse_number(group["number"], language)
        currency = _currency_word(group["word_after_prefix"]) or _prefix_currency(group["prefix"], dollar_sign)
        return number * _scale(group["scale"]), currency
    if group["bare_number"] is not None:
        scale, currency = _scaled_currency(group["scaled_currency"])
        return parse_number(group["bare_number"], language) * scale, currency
    currency = _currency_word(group["currency_word"])
    assert currency is not None  # the pattern only matches listed words
    if group["spelled"] is not None and group["word_scale"] is not None:
        number = Decimal(NUMBER_WORDS[group["spelled"].casefold()])
    elif group["digits"] is not None:
        number = parse_number(group["digits"], language)
    elif group["word_scale"] is not None and _normal(group["word_scale"]) == "mil millones":
        number = Decimal(1)  # "mil millones de dólares": one billion
    else:
        return None  # "dollars", "millones de dólares", "a dollars": no amount
    return number * _scale(group["word_scale"]), currency


def parse_number(written: str, language: str) -> Decimal:
    """The exact value of a number written with English or Spanish separators (rules in the module doc).

    Decimal, so that "1.1" times a billion is exactly 1100000000 before the float of the table."""
    if "," in written and "." in written:
        decimal = "," if written.rfind(",") > written.rfind(".") else "."
        grouping = "." if decimal == "," else ","
        return Decimal(written.replace(grouping, "").replace(decimal, "."))
    for separator in (",", "."):
        parts = written.split(separator)
        if len(parts) > 2:
            return Decimal("".join(parts))
        if len(parts) == 2:
            groups_thousands = len(parts[1]) == _THOUSANDS_GROUP and (separator == "," or language != "en")
            return Decimal("".join(parts)) if groups_thousands else Decimal(f"{parts[0]}.{parts[1]}")
    return Decimal(written)


def _normal(words: str) -> str:
    return " ".join(words.casefold().split())


def _scale(word: str | None) -> int:
    return 1 if word is None else SCALES[_normal(word)]


def _currency_word(word: str | None) -> str | None:
    return None if word is None else CURRENCY_WORDS[_normal(word)]


def _scaled_currency(word: str) -> tuple[int, str]:
    return SCALED_CURRENCY_WORDS[_normal(word)]


def _prefix_currency(prefix: str, dollar_sign: str) -> str:
    code = _prefix_codes()[prefix.casefold()]
    return code if code is not None else dollar_sign


@cache
def _prefix_codes() -> dict[str, str | None]:
    return {symbol.casefold(): code for symbol, code in CURRENCY_PREFIXES.items()}


def _dollar_sign_currency(text: str) -> str:
    """What a bare "$" means in this article (rule in the module doc)."""
    return "MXN" if _PESOS.search(text) and not _DOLLARS.search(text) else "USD"


def _qualifier(text: str, start: int) -> str | None:
    match = _QUALIFIER_BEFORE.search(text, max(0, start - _QUALIFIER_WINDOW), start)
    return QUALIFIER_WORDS[_normal(match.group("q"))] if match else None
