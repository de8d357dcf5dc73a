"""Given names and the gender they usually carry, read from the person-name lists that Faker ships.

Faker (MIT licence) keeps census-based first-name lists per locale; we read those of the languages
our articles are written in or often name people from. A capitalised pair of words is taken for a
person's name without any other evidence only when its first word is one of these names, and a
pronoun ("she", "él") is not resolved to a person whose given name says the other gender.
"""

from __future__ import annotations

import importlib
from collections import Counter
from functools import cache
from typing import Literal

Gender = Literal["f", "m"]

_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_NZ", "en_IN",
    "es_ES", "es_MX", "es_AR", "es_CL", "es_CO",
    "pt_BR", "pt_PT", "fr_FR", "it_IT", "de_DE",
)  # fmt: skip

# Month names are also given names in these lists ("April", "June"); a month is never taken for one.
_NOT_GIVEN_NAMES = frozenset({"April", "May", "June", "August", "Abril", "Mayo", "Junio", "Agosto"})


@cache
def _genders() -> dict[str, Gender | None]:
    # Votes across locales, because lists disagree at the edges ("Andrea" is male in Italian, "María"
    # appears in a male list of compound names): the gender most locales give wins, a tie says nothing.
    votes: dict[str, Counter[str]] = {}
    for locale in _LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for gender, attribute in (("f", "first_names_female"), ("m", "first_names_male")):
            for name in getattr(provider, attribute, ()):
                for word in name.split():  # each word of "María José" is a given name on its own
                    votes.setdefault(word, Counter())[gender] += 1
    genders: dict[str, Gender | None] = {}
    for word, count in votes.items():
        if word not in _NOT_GIVEN_NAMES:
            genders[word] = "f" if count["f"] > count["m"] else "m" if count["m"] > count["f"] else None
    return genders


def is_given_name(word: str) -> bool:
    return word in _genders()


def given_name_gender(word: str) -> Gender | None:
    """'f' or 'm' when most name lists give the name to that gender; None when unknown or shared."""
    return _genders().get(word)
