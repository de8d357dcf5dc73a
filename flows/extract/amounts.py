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
- Thousands as a word before digits (Mexican): "2 mil 500 millones" is 2,500 million, "mil 500" 1,500,
  "cuatro mil 650 millones" 4,650 million; millions as a word before them: "3 millones 500 mil pesos" is
  3.5 million pesos, "un millón 200 mil" 1.2 million.
- A scale hyphened to the number is read ("a $5-million grant"), and a range's lower end written with its
  sign but no scale takes the upper end's ("₦17-₦25 million", "$5-10 million", "between $2 and $3 billion",
  "entre $2 y $3 millones" make ₦17 million, $5 million, $2 billion, $2 million). Each end is a row when its
  text holds its currency: "10 million" in "$5-10 million" does not, as a bare number never is an amount.
- Scales: English "billion" is 10^9; Spanish "mil millones" and "millardo" are 10^9 and "billón" 10^12;
  Brazilian "bilhão" is 10^9 ("R$ 10 bilhões"), European Portuguese "bilião" 10^12.
- "pesos" alone is the article's peso: that of the country of its dateline, when that country uses
  pesos ("BOGOTÁ, 3 mar.-" makes them Colombian); else that of the peso country the places of the article
  point to most often (a country or one of its states and cities; the first named on a tie); else the
  Mexican peso. A peso named with its country is that country's ("pesos colombianos": COP).
- A bare "$" in Spanish news from a peso country is that country's peso, as the press there writes "$"
  for its peso and "US$", "U$S", "USD" or "dólares" for the dollar ("Buenos Aires, 5 nov (NA).- ... $ 1.500
  millones" is ARS). The country is that of the dateline; with no dateline (or one naming no known place),
  the country the article's places name most (the first named on a tie). Otherwise (an English article,
  even from Mexico City, where Reuters writes "$" for dollars; a Spanish one from Madrid or Miami, or with
  no country at all) "$" is the US dollar, unless the article names pesos and never dollars (dollar,
  dólar, USD, US$, U$S): then it is the article's peso. A currency word after the number wins over a bare
  "$" ("$5,000 pesos" is pesos, "$5,000 en dólares" dollars).
- Signs and words of `LOCAL_PREFIXES` and `LOCAL_WORDS` are the currency of the article's country (that
  of its dateline, else the one its places name most, in any language): "Bs." is the boliviano in La Paz
  and the bolívar in Caracas, "Sh" the Kenyan, Ugandan or Tanzanian shilling, "C$" the córdoba in Managua
  and the Canadian dollar elsewhere. "Q", "L", "R" and "P" are money only in Guatemala, Honduras, South
  Africa, and the Philippines (its peso) or Botswana (its pula), written with their capital, and not against
  a plain whole number ("Q3", "R21", "L2", "P1" are a quarter, a road, a league, a parking level; "Q 500",
  "R1,500", "R2 billion", "P907.56-billion" and "P40-million" are money).
- The article's places, for all of these rules, are those it names, in its institutions' names too ("el
  Banco Central de Costa Rica" names Costa Rica) but not in its people's ("Ernesto Mota de León" names no
  León). The dateline's country is that of its place read on its own, where the story was filed: a city
  named like cities abroad is the one of the country or state printed beside it ("CÓRDOBA (Veracruz)" is
  Mexican), else the largest or its country's capital ("CÓRDOBA" alone is Argentine, "SAN JOSÉ" Costa
  Rican, "SANTO DOMINGO" Dominican over a story about Ecuador; see flows.extract.places).
- Abbreviated scales ("m", "mn", "bn", "tn", "k") count after a sign's number ("£20m") and, written against the
  number, before a currency word ("7.5bn euros"); "5 m euros" is not read.
- "pence" ("peniques") are hundredths of the pound: "115.5 pence" is 1.155 GBP.
- Indian scales: "lakh" is 10^5, "crore" 10^7 ("Rs 500 crore"), "lakh crore" 10^12.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import cache, cached_property

from flows.extract.amounts_vocab import (
    ABBREVIATED_SCALES,
    ARTICLE_NUMBER_WORDS,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    DEFAULT_PESO,
    DOLLAR_SIGN_PESO_LANGUAGES,
    HUNDRED_WORDS,
    ISO_CODE_PREFIXES,
    LOCAL_PREFIXES,
    LOCAL_WORDS,
    NUMBER_JOINERS,
    NUMBER_WORDS,
    NUMBERED_ISO_CODES,
    PESO_BY_COUNTRY,
    QUALIFIER_WORDS,
    SCALED_CURRENCY_WORDS,
    SCALES,
    SCALES_WITHOUT_NUMBER,
    LocalCurrency,
)
from flows.extract.gazetteer import Gazetteer, Hit, fold_keep_length
from flows.extract.places import article_country, country_of, dateline_country, most_named
from flows.extract.types import ArticleText, Row

_THOUSANDS_GROUP = 3
_QUALIFIER_WINDOW = 40


def _alternation(options: Iterable[str]) -> str:
    """Regex alternation of literal strings, longest first so that "mil millones" beats "mil"."""
    escaped = (re.escape(o).replace(r"\ ", r"\s+") for o in sorted(options, key=lambda o: (-len(o), o)))
    return "(?:" + "|".join(escaped) + ")"


_NUMBER = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


def _spelled_number() -> str:
    """A number written in words, each joined to the next as the grammar of numbers allows (the kinds of
    words in `NUMBER_WORDS`' comment): "fourteen", "twenty-one", "two hundred and five", "treinta y dos",
    "ciento veinte", "dos mil quinientos", "vinte e cinco". Only those joins: in "entre cuatro y cinco
    millones" the number is "cinco", as "cuatro y cinco" is no number."""
    words = {w: v for w, v in NUMBER_WORDS.items() if w not in ARTICLE_NUMBER_WORDS | HUNDRED_WORDS}
    units = _alternation(w for w, v in words.items() if v < 10)
    tens = _alternation(w for w, v in words.items() if 20 <= v < 100 and v % 10 == 0)
    below_a_hundred = _alternation(w for w, v in words.items() if v < 100)
    hundreds = _alternation(w for w, v in words.items() if v >= 100)
    count = _alternation([*ARTICLE_NUMBER_WORDS, *(w for w, v in words.items() if v < 10)])
    joined = rf"(?:\s+{_alternation(NUMBER_JOINERS)}\s+|\s+)"
    below_a_hundred = rf"(?:{tens}(?:-|\s+(?:y|e)\s+){units}|{below_a_hundred})"
    below_a_thousand = (
        rf"(?:(?:{count}\s+{_alternation(HUNDRED_WORDS)}|{hundreds})(?:{joined}{below_a_hundred})?|{below_a_hundred})"
    )
    return rf"(?:(?:{below_a_thousand}\s+)?mil\s+{below_a_thousand}|{below_a_thousand}|{count})"


_SPELLED = _spelled_number()
# The amount patterns take one number word before a scale ("five billion dollars"), one alternation tried at
# each word of their window; the whole number that word ends ("thirty-five") is read from it afterwards, with
# the grammar, only for the few amounts that spell their number.
_NUMBER_WORD = _alternation(NUMBER_WORDS)
_SPELLED_ENDING = re.compile(rf"(?<![^\W\d_]){_SPELLED}$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
# A spelled number right after another number word, a scale, or a ten or hundred and its joiner is the end
# of a longer one that the amount's pattern did not take whole ("two million five hundred thousand", or one
# longer than its window): no amount, rather than a wrong one. Not after an article ("a fourteen-member
# board"), nor after a unit and "y" ("entre cuatro y cinco millones": a range, whose upper end is read).
_COUNTING_WORD = _alternation(w for w in NUMBER_WORDS if w not in ARTICLE_NUMBER_WORDS)
_JOINER = _alternation(NUMBER_JOINERS)
_TENS_WORD = _alternation(w for w, v in NUMBER_WORDS.items() if v >= 20 and v % 10 == 0)  # tens and hundreds
_SPELLED_GOES_ON = re.compile(
    rf"(?<![^\W\d_])(?:(?:{_COUNTING_WORD}|{_alternation(SCALES)})[\s-]+|{_TENS_WORD}\s+{_JOINER}\s+)$",
    re.IGNORECASE,
)


# Mexican press writes the thousands of a number as a word: "2 mil 500 millones" is 2,500 million, "mil
# 500 millones" 1,500 million, and spells the count of thousands in one word: "cuatro mil 650 millones" is
# 4,650 million. Read only when three digits at most follow "mil". A spelled count never follows "y": the
# pattern takes "mil 500" of "treinta y dos mil 500", and the count of several words is read back from "mil"
# (`_spelled_count_before`).
_MULTIPLIER_WORD = _alternation(word for word, value in NUMBER_WORDS.items() if value > 1)
_THOUSANDS_WORD = (
    rf"(?:(?:(?<!\sy\s)(?P<mil>\d{{1,3}}|{_MULTIPLIER_WORD})\s+)?(?P<thousands>mil)\s+(?=\d{{1,3}}(?!\d|[.,]\d)))?"
)
# It writes the millions of a number as a word too, before thousands written as digits and "mil": "3 millones
# 500 mil pesos" is 3.5 million pesos, "un millón 200 mil" 1.2 million, "treinta y dos millones 500 mil" 32.5
# million. Read only before "<digits> mil".
_MILLIONS_WORD = (
    rf"(?:(?P<millions>\d{{1,3}}|{_NUMBER_WORD})\s+(?:millones|millón|milhões|milhão)\s+"
    r"(?=\d{1,3}\s+mil(?![^\W\d_])))?"
)
_SCALE = _alternation(SCALES)
_FULL_SCALE = _alternation(s for s in SCALES if s not in ABBREVIATED_SCALES)
_ABBREVIATED_SCALE = _alternation(ABBREVIATED_SCALES)
_CURRENCY_WORD = _alternation([*CURRENCY_WORDS, *LOCAL_WORDS])
_END = r"(?![^\W\d_])"  # not followed by a letter: "20m" but not "20 miles"
_NOT_AFTER = r"(?<![\w.,$€£¥])"  # an amount's number does not continue another number or word

_PREFIX = _alternation([*CURRENCY_PREFIXES, *LOCAL_PREFIXES, *ISO_CODE_PREFIXES])
_AFTER_PREFIX = re.compile(
    rf"""(?P<prefix>{_PREFIX})\s?{_MILLIONS_WORD}{_THOUSANDS_WORD}(?P<number>{_NUMBER})
        (?:(?:\s?|-(?=[^\W\d_]{{2}}))(?P<scale>{_SCALE}){_END})?  # "-": "a $5-million grant", not "$5-m"
        (?:\s+(?:(?:de|en)\s+)?(?P<word>{_CURRENCY_WORD}){_END})?  # "en": "$5,000 en dólares" is dollars
        """,
    re.IGNORECASE | re.VERBOSE,
)
# An abbreviated scale counts before a currency word when it is written against the number's last digit, as
# British and wire style write it ("7.5bn euros", "20m dollars"): "5 m euros" or "five bn dollars" are not read.
_BEFORE_WORD = re.compile(
    rf"""{_NOT_AFTER}(?:(?P<spelled>{_NUMBER_WORD})\s+|{_MILLIONS_WORD}{_THOUSANDS_WORD}(?P<number>{_NUMBER})\s*)?
        (?P<scale>{_FULL_SCALE}\s+|(?<=\d){_ABBREVIATED_SCALE}\s+)?(?:de\s+)?(?P<word>{_CURRENCY_WORD})$""",
    re.IGNORECASE | re.VERBOSE,
)
_BEFORE_SCALED_WORD = re.compile(
    rf"{_NOT_AFTER}{_THOUSANDS_WORD}(?P<number>{_NUMBER})\s*(?P<word>{_alternation(SCALED_CURRENCY_WORDS)})$",
    re.IGNORECASE,
)
# A range writes its scale once, after its upper end: "₦17-₦25 million", "$5 to $10 million", "$5-10
# million", "entre $2 y $3 millones". Its lower end, written with its sign but no scale, takes the upper
# end's. A connector word needs the upper end's currency too ("$5 to 10 million people" is no range), and
# "and" or "y" also "between" or "entre" before the lower end ("$2 and $3 million" may be two sums).
_RANGE_UPPER = re.compile(
    rf"""(?:\s?[-–]\s?|\s+(?P<connector>to|a|and|y)\s+)
        (?P<prefix>{_PREFIX})?\s?(?P<number>{_NUMBER})\s?(?P<scale>{_SCALE}){_END}
        (?:\s+(?:de\s+)?(?P<word>{_CURRENCY_WORD}){_END})?""",
    re.IGNORECASE | re.VERBOSE,
)
_PAIRING_CONNECTORS = frozenset({"and", "y"})
_BETWEEN_BEFORE = re.compile(r"(?<![^\W\d_])(?:between|entre)\s+$", re.IGNORECASE)
_WINDOW = 48  # characters before a currency word in which its number and scale are looked for
_QUALIFIER_BEFORE = re.compile(rf"(?<![^\W\d_])(?P<q>{_alternation(QUALIFIER_WORDS)})\s+$", re.IGNORECASE)
_PESOS = re.compile(r"\bpesos?\b", re.IGNORECASE)
# Every way the vocabulary names the US dollar, and the singular ("against the dollar"), inside words too
# ("petrodollar" names it): an article that names the dollar keeps its bare "$" a dollar.
_DOLLARS = re.compile(
    _alternation(
        [*(w for w, code in [*CURRENCY_PREFIXES.items(), *CURRENCY_WORDS.items()] if code == "USD"), "dollar", "dólar"]
    ),
    re.IGNORECASE,
)


def find_amounts(article: ArticleText, places: Sequence[str] = ()) -> list[Row]:
    """One `amounts` row per money amount in the article body, in text order. `places`: the canonical
    names of the places the article names (flows.extract.places), which tell whose its pesos are (which
    count: module doc).

    Currency symbols and words are found first, in one pass (Aho-Corasick), and the number is read
    around each: one regex tried at every position of the text cost several times more."""
    text = article.text
    rows: list[Row] = []
    read_until = 0
    pesos = _ArticleCurrencies(article, places)
    for anchor in _currency_gazetteer().find(text):
        if anchor.start < read_until:
            continue  # the currency word of an amount already read ("$5,000 pesos")
        found = _read_around(text, anchor, article.language, pesos)
        if found is None:
            continue
        start, end, number, currency = found
        read_until = end
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


def article_peso(article: ArticleText, places: Sequence[str]) -> str:
    """The ISO 4217 code of the peso an article means by "pesos" alone (rule in the module doc)."""
    country = dateline_country(article)
    if country in PESO_BY_COUNTRY:
        return PESO_BY_COUNTRY[country]
    named = most_named(c for c in map(country_of, places) if c in PESO_BY_COUNTRY)
    return PESO_BY_COUNTRY[named] if named is not None else DEFAULT_PESO


def dollar_sign_peso(article: ArticleText, places: Sequence[str]) -> str | None:
    """The peso a bare "$" stands for in Spanish news from a peso country; None for any other article,
    whose "$" the dollar rule decides (both rules in the module doc)."""
    if article.language not in DOLLAR_SIGN_PESO_LANGUAGES:
        return None
    country = article_country(article, places)
    return PESO_BY_COUNTRY.get(country or "")


class _ArticleCurrencies:
    """What "pesos" alone, a bare "$" and the signs of `LOCAL_PREFIXES` are in one article, each worked
    out on the first amount that needs it: most articles have none."""

    def __init__(self, article: ArticleText, places: Sequence[str]) -> None:
        self._article = article
        self._places = places

    @cached_property
    def peso(self) -> str:
        return article_peso(self._article, self._places)

    @cached_property
    def dollar_sign(self) -> str:
        local = dollar_sign_peso(self._article, self._places)
        if local is not None:
            return local
        return self.peso if _dollar_sign_means_pesos(self._article.text) else "USD"

    @cached_property
    def country(self) -> str | None:
        return article_country(self._article, self._places)

    def local(self, currency: LocalCurrency) -> str | None:
        return currency.by_country.get(self.country or "", currency.default)


def _read_around(
    text: str, anchor: Hit[frozenset[str]], language: str, pesos: _ArticleCurrencies
) -> tuple[int, int, Decimal, str] | None:
    """(start, end, value, currency) of the amount whose currency is `anchor`, if there is one."""
    if "prefix" in anchor.value and (match := _AFTER_PREFIX.match(text, anchor.start)):
        word = match.group("word")
        currency = _word_currency(word, pesos) if word else _prefix_currency(match.group("prefix"), pesos)
        if currency is None or _letter_against_a_whole_number(match) or _numbered_name(match):
            return None
        scale = _scale(match.group("scale")) if match.group("scale") else _range_scale(text, match)
        number = _matched_number(match, language) * scale
        return match.start(), match.end(), _plus_millions(match, number), currency
    window = max(0, anchor.start - _WINDOW)
    if "scaled" in anchor.value and (match := _BEFORE_SCALED_WORD.search(text, window, anchor.end)):
        scale, currency = SCALED_CURRENCY_WORDS[_normal(match.group("word"))]
        return match.start(), match.end(), _matched_number(match, language) * scale, currency
    if "word" in anchor.value and (match := _BEFORE_WORD.search(text, window, anchor.end)):
        read = _number_before_word(match, language)
        currency = _word_currency(match.group("word"), pesos)
        if read is not None and currency is not None:
            return read[0], match.end(), read[1], currency
    return None


def _range_scale(text: str, lower: re.Match[str]) -> int:
    """The scale a sign's number without one takes as the lower end of a range (`_RANGE_UPPER`); 1 when it
    is no such end."""
    if any(lower.group(part) for part in ("word", "thousands", "millions")):
        return 1
    upper = _RANGE_UPPER.match(text, lower.end())
    if upper is None:
        return 1
    connector = upper.group("connector")
    if connector is not None:
        if not (upper.group("prefix") or upper.group("word")):
            return 1
        if connector.casefold() in _PAIRING_CONNECTORS and not _between_before(text, lower.start()):
            return 1
    return _scale(upper.group("scale"))


def _between_before(text: str, start: int) -> bool:
    return _BETWEEN_BEFORE.search(text, max(0, start - _QUALIFIER_WINDOW), start) is not None


def _letter_against_a_whole_number(match: re.Match[str]) -> bool:
    """Whether a one-letter sign is written against a plain whole number: "Q3", "R21", "L2", "P1" name a
    quarter, a road, a league or a parking level even in Guatemala, South Africa, Honduras or the
    Philippines, so only "Q 500", "R1,500", "L. 500" or "R2 billion" are money there ("Q500" is lost with
    them). Nor is a letter before a number under one with no scale, written or spaced: "P 0.05" and "R0.9"
    are a P-value and a reproduction number, and the press writes money under one unit in cents."""
    sign = match.group("prefix").rstrip(".")
    if not (len(sign) == 1 and sign.isalpha() and match.group("scale") is None):
        return False
    number = match.group("number")
    if number.startswith("0") and match.group("thousands") is None:
        return True
    return match.end("prefix") == match.start("number") and number.isdigit() and match.group("thousands") is None


def _numbered_name(match: re.Match[str]) -> bool:
    """Whether an ISO code is the name of something numbered, written with its number and no scale: "COP26",
    "la COP 28" are the UN's climate conferences (the Conference of the Parties), never 26 or 28 Colombian
    pesos, a sum the press would not print. A peso amount has a scale, or three digits at least ("COP 5.000
    millones", "COP 850")."""
    if match.group("prefix") not in NUMBERED_ISO_CODES or match.group("scale") is not None:
        return False
    number = match.group("number")
    return number.isdigit() and len(number) <= 2 and match.group("thousands") is None


def _number_before_word(match: re.Match[str], language: str) -> tuple[int, Decimal] | None:
    """(start, value) of the amount `_BEFORE_WORD` matched; a number spelled in several words is read whole
    though the pattern took its last word only ("thirty-five billion dollars", "treinta y dos millones 500
    mil pesos")."""
    start = match.start()
    spelled, scale = match.group("spelled"), match.group("scale")
    if spelled is not None and scale is not None:
        whole = _whole_spelled(match.string, match.end("spelled"))
        if whole is None:
            return None
        start, number = whole
    elif match.group("number") is not None:
        number = _matched_number(match, language)
        if match.group("thousands") is not None and match.group("mil") is None:
            count = _spelled_count_before(match.string, match.start("thousands"))
            if count is None:
                return None
            if count[1] > 1:
                start, number = count[0], (count[1] - 1) * 1000 + number
    elif scale is not None and _normal(scale) in SCALES_WITHOUT_NUMBER:
        number = Decimal(1)  # "mil millones de dólares": one billion
    else:
        return None  # "dollars", "millones de dólares", "a dollars": no amount
    value = number * _scale(scale)
    millions = match.group("millions")
    if millions is None or millions.isdigit():
        return start, _plus_millions(match, value)
    whole = _whole_spelled(match.string, match.end("millions"))
    return None if whole is None else (whole[0], whole[1] * 10**6 + value)


def _spelled_count_before(text: str, mil: int) -> tuple[int, Decimal] | None:
    """(start, count) of the thousands spelled in several words before a bare "mil" at `mil`, which the
    pattern could not take ("treinta y dos mil 500 pesos" is 32,500, not "mil 500"); (mil, 1) when no number
    word stands before it ("Pagó a mil 500 pesos"), and None when the number cannot be read whole."""
    end = mil
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == mil or _SPELLED_ENDING.search(text, max(0, end - _WINDOW), end) is None:
        return mil, Decimal(1)
    whole = _whole_spelled(text, end)
    if whole is not None and _normal(text[whole[0] : end]) in ARTICLE_NUMBER_WORDS:
        return mil, Decimal(1)  # an article before "mil": "a mil 500 pesos" is "mil 500"
    return whole


def _whole_spelled(text: str, end: int) -> tuple[int, Decimal] | None:
    """(start, value) of the whole spelled number whose last word ends at `end`: the longest the grammar
    allows (`_SPELLED`). None for a number it cannot read whole (`_SPELLED_GOES_ON`), and for "hundred" with no
    count ("several hundred million")."""
    found = _SPELLED_ENDING.search(text, max(0, end - _WINDOW), end)
    if found is None or _SPELLED_GOES_ON.search(text, max(0, found.start() - _QUALIFIER_WINDOW), found.start()):
        return None
    return found.start(), spelled_value(found.group())


def _matched_number(match: re.Match[str], language: str) -> Decimal:
    """The value of a pattern's number, with the thousands written as "2 mil", "dos mil" or "mil" before it."""
    number = parse_number(match.group("number"), language)
    if match.group("thousands") is None:
        return number
    return _count(match.group("mil")) * 1000 + number


def _plus_millions(match: re.Match[str], value: Decimal) -> Decimal:
    """`value` with the millions written as a word before it ("3 millones 500 mil"), if the pattern has them."""
    millions = match.groupdict().get("millions")
    return value if millions is None else _count(millions) * 10**6 + value


def _count(written: str | None) -> Decimal:
    """A count of thousands or millions written in digits or in words; one when it is left out ("mil 500")."""
    if written is None:
        return Decimal(1)
    return Decimal(written) if written.isdigit() else spelled_value(written)


def spelled_value(written: str) -> Decimal:
    """The value of a number `_SPELLED` matched: "twenty-one" 21, "two hundred and five" 205, "cuarenta y dos"
    42, "dos mil quinientos" 2,500. Each word adds its value, but "hundred" multiplies what came before it
    and "mil" moves it to the thousands."""
    thousands, current = 0, 0
    for word in _WORD.findall(written.casefold()):
        if word in NUMBER_JOINERS:
            continue
        if word in HUNDRED_WORDS:
            current = (current or 1) * 100
        elif word == "mil":
            thousands, current = (current or 1) * 1000, 0
        else:
            current += NUMBER_WORDS[word]
    return Decimal(thousands + current)


@cache
def _currency_gazetteer() -> Gazetteer[frozenset[str]]:
    """Every currency symbol, code and word, with the roles it can play next to a number. Those of
    `LOCAL_PREFIXES` and `ISO_CODE_PREFIXES` keep their capitals ("Q" but not "q"), the others match in any
    case."""
    roles: dict[str, set[str]] = {}
    for role, written_forms in (
        ("prefix", [form for p in CURRENCY_PREFIXES for form in _listed_sign(p.casefold())]),
        ("prefix", [form for p in (*LOCAL_PREFIXES, *ISO_CODE_PREFIXES) for form in _listed_sign(p)]),
        ("word", [w.casefold() for w in (*CURRENCY_WORDS, *LOCAL_WORDS)]),
        ("scaled", [w.casefold() for w in SCALED_CURRENCY_WORDS]),
    ):
        for written in written_forms:
            roles.setdefault(written, set()).add(role)
    return Gazetteer(((written, frozenset(role)) for written, role in roles.items()), shared=True)


def _listed_sign(sign: str) -> list[str]:
    """How the gazetteer lists a sign written before the number. One that ends in a letter or a dot is
    listed only with the digit after it, right after it or after a space ("Sh5*", "Q 1*"): bare, "Rs",
    "L" or "L." would be found in every "years", "la" and "will.", each find a step of the shared scan;
    and "Sh500" is one word, which a whole-word name does not match but a word stem does."""
    if not (sign[-1].isalpha() or sign.endswith(".")):
        return [sign]
    return [f"{sign}{space}{digit}*" for space in ("", " ") for digit in "0123456789"]


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


def _word_currency(word: str, pesos: _ArticleCurrencies) -> str | None:
    """The currency a word names in this article; None for a local one its country does not use, or
    written with a capital: after a number that is a name ("in 2016 Rand Paul", "a 2019 Rand study")."""
    normal = _normal(word)
    if normal in LOCAL_WORDS:
        return pesos.local(LOCAL_WORDS[normal]) if word.islower() else None
    code = CURRENCY_WORDS[normal]
    return code if code is not None else pesos.peso


def _prefix_currency(prefix: str, pesos: _ArticleCurrencies) -> str | None:
    """The currency a sign stands for in this article; None for a local sign its country does not use,
    or for one matched in other capitals than its own ("RS" for "Rs")."""
    if prefix in LOCAL_PREFIXES:
        return pesos.local(LOCAL_PREFIXES[prefix])
    if prefix in ISO_CODE_PREFIXES:
        return prefix
    codes, folded = _prefix_codes(), prefix.casefold()
    if folded not in codes:
        return None
    return codes[folded] if codes[folded] is not None else pesos.dollar_sign


@cache
def _prefix_codes() -> dict[str, str | None]:
    return {symbol.casefold(): code for symbol, code in CURRENCY_PREFIXES.items()}


def _dollar_sign_means_pesos(text: str) -> bool:
    """Whether a bare "$" is pesos in an article without a Spanish peso country (rule in the module doc)."""
    return _names_pesos(text) and not _DOLLARS.search(text)


def _names_pesos(text: str) -> bool:
    """Whether `text` names pesos (`_PESOS`). The regex is tried at every position of the text, IGNORECASE
    leaving `re` no letter to skip to (0.2 ms an article, where most never write "peso"): the folded text,
    which the extractors share, rules those out with one C-level `in` first. Every character the regex
    takes for a letter of "peso" folds to that letter ("S" and "ſ" to "s"), so no text it matches is."""
    return "peso" in fold_keep_length(text) and _PESOS.search(text) is not None


def _qualifier(text: str, start: int) -> str | None:
    match = _QUALIFIER_BEFORE.search(text, max(0, start - _QUALIFIER_WINDOW), start)
    return QUALIFIER_WORDS[_normal(match.group("q"))] if match else None
