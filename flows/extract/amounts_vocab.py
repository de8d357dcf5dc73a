"""Words and symbols of money amounts in English, Spanish and Portuguese news, each mapped to what it means.

Currency codes are ISO 4217 (a test checks each against pycountry.currencies). Keys of the word
tables are lower case; the amount pattern matches them case-insensitively, as it does the signs of
`CURRENCY_PREFIXES`. Those of `LOCAL_PREFIXES` and `ISO_CODE_PREFIXES` match only with their capitals.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

# Symbols and codes written before the number. A bare "$" is resolved per article (see `amounts`).
CURRENCY_PREFIXES: dict[str, str | None] = {
    "US$": "USD",
    "U.S.$": "USD",
    "U$S": "USD",  # Argentine and Uruguayan press
    "u$s": "USD",  # also written lower case: a second spelling lets the match ignore the capitals
    "USD": "USD",
    "MX$": "MXN",
    "MXN": "MXN",
    "CA$": "CAD",
    "A$": "AUD",
    "R$": "BRL",
    "RD$": "DOP",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "¥": "JPY",
    "₡": "CRC",  # the Salvadoran colón, its other user, gave way to the dollar in 2001
    "₱": "PHP",
    "₲": "PYG",
    "₦": "NGN",
    "N$": "NAD",  # the Namibian dollar
    "GH₵": "GHS",
    "GH¢": "GHS",  # the Ghanaian press types the cedi sign as a cent sign
    "₵": "GHS",
    "₹": "INR",
    "KSh": "KES",
    "KShs": "KES",
    "TSh": "TZS",
    "USh": "UGX",
    "UShs": "UGX",
    "Bs.S": "VES",  # the bolívar soberano (2018) and the bolívar digital (2021), both VES in ISO 4217's use
    "Bs.D": "VES",
    "Kz": "AOA",  # the Angolan kwanza
    "S/.": "PEN",  # the Peruvian sol; only before a number, where no other reading of "S/" is left
    "S/": "PEN",
    "B/.": "PAB",  # the Panamanian balboa; "B/." is not written for anything else
    "$U": "UYU",  # the Uruguayan peso's own sign, against the bare "$" the press there also writes
    "$us": "USD",  # the Bolivian press's dollar ("$us 1.500 millones"), as "US$" elsewhere
    "$": None,
}

# ISO 4217 codes written before the number ("COP 5.000 millones", "KES 500"), matched in capitals only, as
# "cop" or "ars" in lower case are words. Not the codes that are also words or names in capitals: "CUP"
# ("WORLD CUP 2026"), "PEN", "BOB", "VES", "PHP", "NAD", "GHS", "CRC", "CAD".
ISO_CODE_PREFIXES: frozenset[str] = frozenset(
    {"ARS", "BRL", "CLP", "COP", "UYU", "DOP", "PYG", "GTQ", "HNL", "NIO", "KES", "UGX", "TZS", "NGN", "ZAR", "INR"}
    | {"PKR", "JPY", "CNY", "CHF", "AUD", "AOA", "MZN"}
)
# Of those, the codes that also name something numbered, printed with its number: "COP26", the UN's climate
# conference.
NUMBERED_ISO_CODES: frozenset[str] = frozenset({"COP"})


class LocalCurrency(NamedTuple):
    """A sign or word that stands for the currency of the article's country (flows.extract.amounts says
    which country that is): `by_country` maps ISO 3166 codes to ISO 4217 ones; elsewhere it is `default`,
    and no amount at all when that is None."""

    by_country: dict[str, str]
    default: str | None = None


_SHILLINGS = {"KE": "KES", "UG": "UGX", "TZ": "TZS"}
_RUPEES = {"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR"}
_BOLIVIANO_OR_BOLIVAR = {"BO": "BOB", "VE": "VES"}

# Signs written before the number whose currency is the article country's. They are matched with their
# capitals as written here ("Q", never "q"), and the single letters only where the article's country uses
# them: elsewhere "Q3", "R2", "L2" and "P1" are a quarter, a road, a league and a parking level. "Rs" with
# no country is the Indian rupee, as "pesos" with none is the Mexican peso; "C$" the Canadian dollar except
# in Nicaragua.
_POUNDS = {"GB": "GBP", "EG": "EGP"}
LOCAL_PREFIXES: dict[str, LocalCurrency] = {
    "Sh": LocalCurrency(_SHILLINGS),  # "Sh500 million" in Nairobi, Kampala and Dar es Salaam papers
    "Shs": LocalCurrency(_SHILLINGS),
    "Bs.": LocalCurrency(_BOLIVIANO_OR_BOLIVAR),
    "Bs": LocalCurrency(_BOLIVIANO_OR_BOLIVAR),
    "Gs.": LocalCurrency({"PY": "PYG"}),
    "Gs": LocalCurrency({"PY": "PYG"}),
    "C$": LocalCurrency({"NI": "NIO"}, "CAD"),
    "¢": LocalCurrency({"CR": "CRC"}),  # the Costa Rican press types the colón sign as a cent sign
    "Rs.": LocalCurrency(_RUPEES, "INR"),
    "Rs": LocalCurrency(_RUPEES, "INR"),
    "₨": LocalCurrency(_RUPEES, "INR"),
    "Q": LocalCurrency({"GT": "GTQ"}),
    "L.": LocalCurrency({"HN": "HNL"}),
    "L": LocalCurrency({"HN": "HNL"}),
    "R": LocalCurrency({"ZA": "ZAR"}),
    # The Philippine press writes its peso "P" ("P1.415 trillion", "a P40-million fund"), as Botswana's writes
    # its pula; elsewhere "P1" and "P3" are a parking level, a phase or a P-value.
    "P": LocalCurrency({"PH": "PHP", "BW": "BWP"}),
}

# Currency names written after the number, longest forms first where one contains another.
# None: "pesos" alone is the article's peso (flows.extract.amounts says which).
CURRENCY_WORDS: dict[str, str | None] = {
    "u.s. dollars": "USD",
    "us dollars": "USD",
    "american dollars": "USD",
    "dollars": "USD",
    # Reuters' old house style: "21.6 mln dlrs", "1.00 dlr a share", "a 10.6 billion dlr pact"
    "dlrs": "USD",
    "dlr": "USD",
    "dólares estadounidenses": "USD",
    "dólares americanos": "USD",
    "dólares": "USD",
    "canadian dollars": "CAD",
    "dólares canadienses": "CAD",
    "australian dollars": "AUD",
    "euros": "EUR",
    "pounds sterling": "GBP",
    "libras esterlinas": "GBP",
    "mexican pesos": "MXN",
    "pesos mexicanos": "MXN",
    "colombian pesos": "COP",
    "pesos colombianos": "COP",
    "argentine pesos": "ARS",
    "pesos argentinos": "ARS",
    "chilean pesos": "CLP",
    "pesos chilenos": "CLP",
    "cuban pesos": "CUP",
    "pesos cubanos": "CUP",
    "dominican pesos": "DOP",
    "pesos dominicanos": "DOP",
    "uruguayan pesos": "UYU",
    "pesos uruguayos": "UYU",
    "philippine pesos": "PHP",
    "pesos filipinos": "PHP",
    "pesos": None,
    "yuan": "CNY",
    "yuanes": "CNY",
    "yen": "JPY",
    "yenes": "JPY",
    "swiss francs": "CHF",
    "francos suizos": "CHF",
    "reais": "BRL",
    "reales": "BRL",
    "quetzales": "GTQ",
    "lempiras": "HNL",
    "colones": "CRC",
    "bolívares": "VES",
    "córdobas": "NIO",
    "balboas": "PAB",
    "naira": "NGN",
    "kwanzas": "AOA",
    "meticais": "MZN",
    "cedis": "GHS",
    "kenyan shillings": "KES",
    "kenya shillings": "KES",
    "ugandan shillings": "UGX",
    "uganda shillings": "UGX",
    "tanzanian shillings": "TZS",
    "indian rupees": "INR",
    "rupias indias": "INR",
    "pakistani rupees": "PKR",
    "sri lankan rupees": "LKR",
    "soles peruanos": "PEN",
    "soles": "PEN",
    "usd": "USD",
    "mxn": "MXN",
    "eur": "EUR",
}

# Currency names after the number whose currency is the article country's, as for `LOCAL_PREFIXES`;
# read in lower case only.
LOCAL_WORDS: dict[str, LocalCurrency] = {
    "shillings": LocalCurrency(_SHILLINGS),
    "chelines": LocalCurrency(_SHILLINGS),
    "rupees": LocalCurrency(_RUPEES, "INR"),
    "rand": LocalCurrency({"ZA": "ZAR"}),  # elsewhere "in 2016 Rand Paul" and "a 2019 Rand study"
    # Money only in a British story: elsewhere (and in the Americas above all) "200 pounds" and "200 libras"
    # are as often a weight. Egypt's press writes its pound the same way.
    "pounds": LocalCurrency(_POUNDS),
    "libras": LocalCurrency(_POUNDS),
}
# Not read as currencies: "bolivianos" and "guaraníes" are as often people ("3.000 bolivianos viven en").

# The countries whose currency is called the peso, by ISO 3166 code.
PESO_BY_COUNTRY: dict[str, str] = {
    "MX": "MXN",
    "CO": "COP",
    "AR": "ARS",
    "CL": "CLP",
    "CU": "CUP",
    "DO": "DOP",
    "UY": "UYU",
    "PH": "PHP",
}
DEFAULT_PESO = "MXN"

# Languages in which the press of a peso country writes a bare "$" for its peso ("$ 1.500 millones" in
# Buenos Aires). Not English: Reuters or AP from Mexico City, and the Philippine press, write "$" for US
# dollars and "pesos", "P" or "₱" for pesos.
DOLLAR_SIGN_PESO_LANGUAGES: frozenset[str] = frozenset({"es"})

# Words after the number that hold both the scale and the currency: the Mexican press's abbreviations ("500
# mdd") and the British penny, a hundredth of the pound, in which share prices are quoted ("115.5 pence" is
# 1.155 pounds). Pence are the pound's wherever the story is filed, unlike "pounds" (`LOCAL_WORDS`), which
# are as often a weight: no other currency's hundredth is called so today.
SCALED_CURRENCY_WORDS: dict[str, tuple[Decimal, str]] = {
    "mdd": (Decimal(10**6), "USD"),  # millones de dólares
    "mdp": (Decimal(10**6), "MXN"),  # millones de pesos
    "pence": (Decimal("0.01"), "GBP"),
    "peniques": (Decimal("0.01"), "GBP"),
}

# Scale words. Spanish "billón" is a million millions (10^12); "mil millones" is the English billion.
# Brazilian "bilhão" is the English billion (10^9), unlike the Spanish "billón"; European Portuguese
# counts like Spanish ("mil milhões" 10^9, "bilião" 10^12).
SCALES: dict[str, int] = {
    "thousand": 10**3,
    "million": 10**6,
    "millions": 10**6,
    "billion": 10**9,
    "billions": 10**9,
    "trillion": 10**12,
    "mln": 10**6,  # Reuters' old house style, with "dlrs": "337 mln dlrs"
    "bln": 10**9,
    "lakh": 10**5,  # Indian English: "Rs 5 lakh", "₹1.2 lakh crore"
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
    "lakh crore": 10**12,
    "k": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "bn": 10**9,
    "tn": 10**12,
    "mil millones": 10**9,
    "millardos": 10**9,
    "millardo": 10**9,
    "millones": 10**6,
    "millón": 10**6,
    "mil": 10**3,
    "billones": 10**12,
    "billón": 10**12,
    "milhões": 10**6,
    "milhão": 10**6,
    "mil milhões": 10**9,
    "bilhões": 10**9,
    "bilhão": 10**9,
    "trilhões": 10**12,
    "trilhão": 10**12,
    "biliões": 10**12,
    "bilião": 10**12,
}
# Scales that make an amount with no number before them: "mil millones de dólares" is one billion.
SCALES_WITHOUT_NUMBER: frozenset[str] = frozenset({"mil millones", "mil milhões"})
# Abbreviated scales only count straight after a currency symbol's number ("£20m", "$5bn").
ABBREVIATED_SCALES: frozenset[str] = frozenset({"k", "m", "mn", "bn", "tn"})

# Numbers written as words before a scale word: "a billion dollars", "fourteen billion dollars", "dos mil
# millones de pesos", "cuarenta y dos millones de euros". Each word's value; `flows.extract.amounts` joins
# them into numbers by their kind, told by the value: a unit (1 to 9) may follow a ten (20 to 90, "twenty",
# "treinta", "vinte") after a hyphen, "y" or "e" ("twenty-one", "treinta y dos", "vinte e cinco"); a hundred
# ("doscientos", "cem", and "hundred" after its count) may take a number below a hundred after it ("ciento
# veinte", "two hundred and five"); "mil" joins a count of thousands to the hundreds after it ("dos mil
# quinientos millones").
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100,
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
    "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiún": 21,
    "veintiuno": 21, "veintiuna": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24,
    "veinticinco": 25, "veintiséis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
    "noventa": 90, "cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300,
    "trescientas": 300, "cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500, "quinientas": 500,
    "seiscientos": 600, "seiscientas": 600, "setecientos": 700, "setecientas": 700, "ochocientos": 800,
    "ochocientas": 800, "novecientos": 900, "novecientas": 900,
    # Portuguese; those spelled as in Spanish ("cinco", "seis", "setenta") are listed once, above.
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "sete": 7, "oito": 8, "nove": 9,
    "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15,
    "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19,
    "dezanove": 19, "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60,
    "oitenta": 80, "cem": 100, "cento": 100, "duzentos": 200, "duzentas": 200, "trezentos": 300,
    "trezentas": 300, "quatrocentos": 400, "quatrocentas": 400, "quinhentos": 500, "quinhentas": 500,
    "seiscentos": 600, "seiscentas": 600, "setecentos": 700, "setecentas": 700, "oitocentos": 800,
    "oitocentas": 800, "novecentos": 900, "novecentas": 900,
}  # fmt: skip
# The words of NUMBER_WORDS that only count what follows ("a hundred", "a billion", "un millón") and, before
# another number word, are an article rather than a count ("a fourteen-year plan").
ARTICLE_NUMBER_WORDS: frozenset[str] = frozenset({"a", "an", "un", "una", "um", "uma"})
# The word that multiplies the count before it by a hundred ("two hundred"), where Spanish and Portuguese
# write the hundreds as words of their own ("doscientos", "duzentos").
HUNDRED_WORDS: frozenset[str] = frozenset({"hundred"})
# The words that join a unit to its ten ("treinta y dos", "vinte e cinco") or the rest to a hundred ("two
# hundred and five", "cento e vinte"); English joins a unit to its ten with a hyphen.
NUMBER_JOINERS: frozenset[str] = frozenset({"and", "y", "e"})

# Words right before an amount that qualify it, mapped onto the closed vocabulary
# `schemas.vocabularies.AMOUNT_QUALIFIERS`.
QUALIFIER_WORDS: dict[str, str] = {
    "more than": "more than",
    "over": "more than",
    "above": "more than",
    "in excess of": "more than",
    "upwards of": "more than",
    "más de": "more than",
    "mas de": "more than",
    "mais de": "more than",
    "less than": "less than",
    "under": "less than",
    "below": "less than",
    "menos de": "less than",  # Portuguese too
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "alrededor de": "about",
    "cerca de": "about",
    "unos": "about",
    "unas": "about",
    "aproximadamente": "about",  # Portuguese too, like "cerca de"
    "up to": "up to",
    "as much as": "up to",
    "hasta": "up to",
    "até": "up to",
    "at least": "at least",
    "al menos": "at least",
    "por lo menos": "at least",
    "pelo menos": "at least",
    "ao menos": "at least",
    "nearly": "nearly",
    "almost": "nearly",
    "casi": "nearly",
    "quase": "nearly",
}
