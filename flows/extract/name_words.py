"""Small closed word lists that the place and organization rules share, in English and Spanish.

All entries are folded (lower case, no accents: see `gazetteer.fold_keep_length`).
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`: keeps long word lists readable as paragraphs."""
    return frozenset(text.split())


# Words that are capitalised only because they open a sentence or a title, so a capitalised word of
# this list next to a name does not make the name part of a longer proper noun ("In Mexico", "The Bank").
FUNCTION_WORDS: frozenset[str] = words(
    """
    a an the in on at to from for of by with and or but as after before during since while when where
    this that these those its his her their our both all some many most several
    el la los las lo un una unos unas en de del desde hacia hasta para por con y o pero como tras durante
    segun sobre entre ante este esta estos estas ese esa su sus ambos ambas
    """
)

# Adverbs and conjunctions that open a sentence, capitalised only for that, in English, Spanish, Portuguese
# and Catalan: a name never opens with one ("Después Santiago de Chile", "Later Castellar said"), and one
# before a place's or a body's name does not make it part of a longer proper noun. Apart from
# `FUNCTION_WORDS`, which words inside names ("Bank of Mexico") also use.
SENTENCE_OPENERS: frozenset[str] = words(
    """
    also however meanwhile still yet then now today yesterday tomorrow later earlier afterwards instead
    thus hence moreover furthermore nevertheless nonetheless besides finally
    despues ademas mientras luego entonces asi tambien tampoco todavia aun ya ahora hoy ayer manana
    incluso finalmente posteriormente anteriormente asimismo aunque pues
    depois alem enquanto entao assim ainda agora hoje ontem amanha porem contudo entretanto
    despres mentre llavors aixi tambe encara avui ahir dema
    """
)

# Prepositions: a name right after one is not the subject of its sentence ("met with Tom Brandt", "in
# Richmond said").
PREPOSITIONS: frozenset[str] = words(
    """
    of with by to for from in on at about than as into against among
    de con por a para en sobre entre del al ante tras segun
    """
)

# Prepositions that put a place after them ("in Segovia", "desde Limón", "the mayor of Toledo"): a surname
# there is more likely the city than the person named so.
PLACE_PREPOSITIONS: frozenset[str] = words(
    """
    in at from near to into across outside inside around through of
    en desde hacia hasta a de del al cerca
    """
)

# English months and weekdays, capitalised in running text and never a name's word after "on": "Congress
# on Sunday" is Congress and a day. (Spanish writes its own in lower case, and "Julio" is a given name.)
# Weekdays apart: news print one right after the subject of a verb ("Interior Minister Ana Ruiz Thursday
# said", "Sheikh Ahmed Friday claimed"), where no surname is a weekday; a month may be one ("Theresa May").
WEEKDAYS: frozenset[str] = words("monday tuesday wednesday thursday friday saturday sunday")
CALENDAR_WORDS: frozenset[str] = (
    words("january february march april may june july august september october november december") | WEEKDAYS
)

# Definite articles; the plural ones also say that an acronym after them names many ("las AFP").
PLURAL_ARTICLES: frozenset[str] = words("los las")
ARTICLES: frozenset[str] = words("the el la") | PLURAL_ARTICLES

# Nouns naming a person's role: they end an organization name ("Bank of Mexico Governor ...") and never
# start one; the people extractor owns them. Words that also open organization names are left out
# ("Foreign Ministry", "Attorney General's Office", "Secretaría", which folds like "secretaria").
ROLE_WORDS: frozenset[str] = words(
    """
    president secretary minister undersecretary director governor mayor senator sen rep representative
    ambassador spokesman spokeswoman spokesperson chairman chairwoman ceo leader commissioner chancellor
    advisor adviser official chief
    presidente presidenta vicepresidente secretario subsecretario ministro ministra directora gobernador
    gobernadora alcalde alcaldesa senador senadora diputado diputada embajador embajadora vocero vocera
    portavoz canciller jefe jefa titular juez jueza comisionado dirigente
    """
)

# Honorifics and abbreviated titles printed with a full stop before a name, as printed: "Dr. Ana Ruiz",
# "la Dra. Ruiz", "Gov. Brian Kemp", "Sen. Ted Oduya". Their full stop ends no sentence, and the words
# capitalised right before one ("Georgia Gov.") are the title's area, no name. An honorific may drop its
# full stop ("Mr Brandt", as British copy prints it); an abbreviated title may not, as "Gen", "Sen" and
# "Rep" without one are words or surnames ("Amartya Sen").
# British "Sir" and "Dame" go before a given name and take no full stop ("Sir John Bourn").
HONORIFICS: tuple[str, ...] = (
    "Mr", "Mrs", "Ms", "Dr", "Dra", "Sr", "Sra", "Srta", "Lic", "Ing", "Prof", "Profa", "Sir", "Dame",
)  # fmt: skip
TITLE_ABBREVIATIONS: tuple[str, ...] = ("Gen", "Gov", "Sen", "Rep")
# Police and military ranks abbreviated before a name, with or without their full stop ("said Sgt. Pete Dugan",
# "a Deputy Supt. of Customs", "Insp Ana Ruiz", "el Gral. Ruiz"): their full stop ends no sentence, and they are
# never a word of the name.
RANK_ABBREVIATIONS: tuple[str, ...] = (
    "Sgt", "Lt", "Col", "Capt", "Cpl", "Maj", "Cmdr", "Supt", "Insp", "Det", "Asst", "Pte", "Gral", "Cnel", "Tte",
)  # fmt: skip
