"""Role titles of people ("Foreign Minister", "the next Secretary of Foreign Affairs", "la presidenta
electa"), in English and Spanish (and, in an article of their language, Portuguese and Catalan: "o
prefeito", "l'alcaldessa"), with the qualifier that says how the role holds (elect, designate,
next, former, acting).

One regular expression reads a role phrase, tried only around the head words of titles, which an
Aho-Corasick scan finds (see `keywords`): tried at every character it would cost milliseconds. The people extractor
attaches a phrase to the name right after it ("Interior Secretary Deb Haaland", "the head of U.S.
diplomacy, Antony Blinken"); the quote extractor reads a phrase with its article as a speaker ("the
Secretary of State stressed", "dijo el canciller").

`RoleMatch.title` is the office as printed, without the article, the qualifier and nationality
adjectives, but with a capitalised complement naming the department or body ("Secretary of Foreign
Affairs", "presidenta del Consejo Electoral") and the adjectives of the office ("Director Ejecutivo",
"Secretaria de Salud Pública"). Periphrases for a foreign minister ("the head of U.S.
diplomacy", "el jefe de la diplomacia mexicana") are replaced by the office they name, so that a later
"the Secretary of State said" finds the same person. An English title before a name takes the area
written before its head word, whatever it is ("Civil Protection Director Ana Ruiz"; see `_AREA_TITLE`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from flows.extract.given_names import Gender, is_given_name
from flows.extract.name_words import CALENDAR_WORDS, FUNCTION_WORDS, SENTENCE_OPENERS, words
from flows.extract.organization_names import HEAD_WORDS
from flows.extract.person_names import is_name_word, opens_sentence
from schemas.vocabularies import ROLE_QUALIFIERS

# Departments and bodies that follow "Secretary of", "Minister of", "secretario de": listed, so that
# "Secretary of State Antony Blinken" stops after "State" whatever the name that follows.
_DEPARTMENTS = (
    "State", "Foreign Affairs", "Foreign Relations", "Homeland Security", "Health and Human Services",
    "Housing and Urban Development", "Veterans Affairs", "National Defense", "Public Security",
    "Defense", "Defence", "Treasury", "Energy", "Commerce", "Agriculture", "Labor", "Labour", "Education",
    "Health", "Interior", "Transportation", "Transport", "Housing", "Justice", "Economy", "Finance",
    "Security", "Navy", "Tourism", "Culture", "Environment", "Trade", "Welfare",
    "Relaciones Exteriores", "Asuntos Exteriores", "Relaciones Internacionales", "Hacienda y Crédito Público",
    "Seguridad y Protección Ciudadana", "Seguridad Pública", "Defensa Nacional", "Educación Pública",
    "Medio Ambiente", "Exteriores", "Estado", "Gobernación", "Hacienda", "Defensa", "Marina", "Seguridad",
    "Economía", "Energía", "Salud", "Educación", "Bienestar", "Cultura", "Turismo", "Trabajo", "Comercio",
    "Agricultura", "Justicia", "Transporte", "Finanzas",
)  # fmt: skip

_DEPARTMENT_WORDS = frozenset(word for department in _DEPARTMENTS for word in department.split())

# Adjectives that Spanish, Portuguese and Catalan titles take after their head word or their department:
# "Director Ejecutivo", "Presidente Municipal", "Gobernador Constitucional", "Secretaría de Seguridad
# Ciudadana". They belong to the title, so the capitalised word is no surname ("el Presidente
# Municipal" names nobody). Listed, not guessed from endings: "-al" and "-ano" end surnames too
# ("Vidal", "Leal", "Corral", "Serrano"); only the endings below end no surname (`_TITLE_ADJECTIVE`).
_TITLE_ADJECTIVES = words(
    """
    general geral municipal estatal estadual federal provincial departamental distrital regional territorial
    constitucional local comunal metropolitano metropolitana adjunto adjunta adjunt suplente auxiliar
    ciudadano ciudadana cidadã público pública públic técnico técnica jurídico jurídica electoral judicial
    policial presidencial ministerial parlamentario parlamentaria sanitario sanitaria especial permanente
    saliente anticorrupción
    """
)
# "-tivo"/"-tiva" (Ejecutivo, Legislativo, Administrativa) and "-ional" (Nacional, Regional, Institucional)
# end adjectives and no surname. A word's letters then its ending: one backtrack over one word.
_TITLE_ADJECTIVE = r"(?:\L<title_adjectives>|\p{L}+(?:tiv[oa]|ional))(?![\p{L}\-])"

# A department written before the title: "Interior Secretary", "Foreign Minister", "Press Secretary".
_DEPARTMENT_ADJECTIVES = (
    r"interior|treasury|defen[cs]e|energy|commerce|agriculture|labou?r|education|health|homeland security|"
    r"transport(?:ation)?|housing|foreign|home|press|finance|economy|trade|environment|justice|"
    r"(?:public )?security|culture|tourism|state"
)

# Any area written before the head word of an English title when a person's name follows: "Public Works
# Minister", "Civil Protection Director", "Human Rights Ombudsman". Real copy names far more areas than
# any list, and a name after the title makes the capitalised words the office, not a body. Bounded to
# three capitalised words with no joiner between them: "Bank of Mexico Governor" is a body and its
# governor (the organization extractor ends "Bank of Mexico" at the role word), and `find_roles` drops an
# area that a capitalised word or "of" precedes ("Orvalia National Water Commission Director").
_AREA_WORD = r"(?-i:\p{Lu}\p{Ll}+(?:-\p{L}+)?)"
# English also writes the area in lower case ("hospital director Ana Ruiz", "human rights commissioner
# X"): up to two words, none of them a determiner, an adjective of time or a verb (see `_may_be_area`),
# after a capitalised one only where that opens the sentence ("Human rights commissioner X"; see
# `_area_is_an_office`).
_LOWER_AREA_WORD = r"(?-i:(?!\L<not_lower_areas>(?!\p{L}))\p{Ll}+(?<!ed)(?<!ly))"
# An area of two fields joins them with "and": "Work and Pensions Secretary", "the work and pensions
# secretary". Only where an office may open: after an article or a qualifier, or opening a sentence; elsewhere
# the words before "and" may end the name of someone listed before the title ("said Mayor Ana Ruiz and
# Governor Luis Gómez", "met Johnson and Health Secretary X").
_JOINED_AREA_OPENING = (
    r"(?<=(?:^|[.!?:;\n\"“”«»(][ ]?|(?<![\p{L}])(?i:the|former|acting|then|new|ex|current|shadow|outgoing)[ ]))"
)
_JOINED_AREA = (
    rf"{_JOINED_AREA_OPENING}(?:(?:{_AREA_WORD} ){{1,2}}and (?:{_AREA_WORD} ){{1,2}}"
    rf"|{_LOWER_AREA_WORD} and {_LOWER_AREA_WORD} )"
)
_AREA = rf"(?P<area>{_JOINED_AREA}|(?:{_AREA_WORD} ){{1,3}}|(?:{_AREA_WORD} )?(?:{_LOWER_AREA_WORD} ){{1,2}})"
# A journalist's title takes its outlet or beat for an area: "Reuters reporter", "White House
# correspondent", "sports columnist"; an outlet is often an acronym ("BBC correspondent", "AP photographer").
_JOURNALIST_HEADS = r"reporter|correspondent|photographer|photojournalist|columnist|editor"
# A company's or a city's "boss", "founder" or "attorney" ("Tesla boss X", "Fort Worth attorney X"), and a
# police force's "officer" ("Flagstaff Officer X", "police officer X"), is a title only with a name after
# it: alone, "the boss", "the founder" and "the officer" name nobody in office.
_AREA_HEADS = (
    r"minister|secretary(?:[- ]general)?|undersecretary|commissioner|director(?:[- ]general)?"
    rf"|ombuds(?:man|woman|person)|governor|marshal|sheriff|superintendent|coordinator|{_JOURNALIST_HEADS}"
    r"|attorney|boss|(?:co-)?founder|officer"
)
_ACRONYM = r"(?-i:\p{Lu}{2,})"
_NAME_AFTER = r"(?=,? (?-i:\p{Lu}\p{Ll}))"
# The head words after which a lower-case word may be an area: before any other, trying the phrase from a
# lower-case word only fails, and it cost a tenth of an article's time.
_LOWER_AREA_HEADS = words(
    """
    minister secretary secretary-general undersecretary commissioner director director-general ombudsman
    ombudswoman ombudsperson governor marshal sheriff superintendent coordinator chief
    reporter correspondent photographer photojournalist columnist editor attorney boss founder co-founder
    officer
    """
)
_AREA_DEPUTY = r"(?:principal deputy |deputy |vice |assistant |under )?"
# Each form below is at most five words (a rank, an area) before a head word and a name. Looked for first,
# a head word and a name within five words are what most phrases lack ("the president said", "el
# ministro"): this lookahead fails them in one pass, where the forms would try every rank and area word.
# It cuts the role pattern's time by a fifth (20 to 16 µs a match) and changes no match.
_HEAD_AND_NAME_AHEAD = rf"(?=(?:[\p{{L}}\-]++ ){{0,5}}?(?:{_AREA_HEADS}|chief)(?![\p{{L}}\-]){_NAME_AFTER})"
_AREA_TITLE = (
    rf"{_HEAD_AND_NAME_AHEAD}(?:{_AREA_DEPUTY}{_AREA}?(?:{_AREA_HEADS})(?![\p{{L}}\-]){_NAME_AFTER}"
    # "police chief X", "Fire Chief X", "deputy chief X": "chief" heads a title only after its area or
    # rank, as alone it opens "Chief Justice", "chief of staff" and "chief economist".
    rf"|(?:{_AREA_DEPUTY}{_AREA}|(?:deputy|assistant) )chief(?![\p{{L}}\-]){_NAME_AFTER}"
    rf"|(?:{_ACRONYM} )(?:{_AREA_WORD} )?(?:{_JOURNALIST_HEADS})(?![\p{{L}}\-]){_NAME_AFTER})"
)

_NATIONALITIES_EN = (
    r"U\.S\.|US|U\.N\.|UN|EU|American|Mexican|Cuban|Canadian|British|French|German|Spanish|Italian|"
    r"Chinese|Japanese|Russian|Ukrainian|Brazilian|Argentine|Argentinian|Chilean|Colombian|Venezuelan|"
    r"Peruvian|Ecuadorian|Bolivian|Guatemalan|Honduran|Salvadoran|Nicaraguan|Panamanian|Costa Rican|"
    r"Dominican|Haitian|Uruguayan|Paraguayan|Indian|Israeli|Palestinian|Iranian|Turkish|South Korean|"
    r"North Korean|Korean|Australian|Saudi|Egyptian|Nigerian|South African"
)

# Spanish adjectives that follow the title: nationality ("el canciller mexicano") or political camp.
_ADJECTIVES_ES = (
    r"mexican[oa]|estadounidense|norteamerican[oa]|cuban[oa]|venezolan[oa]|colombian[oa]|argentin[oa]|"
    r"chilen[oa]|brasileñ[oa]|español[a]?|canadiense|francés|francesa|chin[oa]|rus[oa]|peruan[oa]|"
    r"ecuatorian[oa]|bolivian[oa]|guatemaltec[oa]|hondureñ[oa]|salvadoreñ[oa]|nicaragüense|panameñ[oa]|"
    r"costarricense|dominican[oa]|uruguay[oa]|paraguay[oa]|británic[oa]|alemán|alemana|italian[oa]|"
    r"japonés|japonesa|ucranian[oa]|israelí|palestin[oa]|iraní|haitian[oa]|puertorriqueñ[oa]|"
    r"opositor[a]?|oficialista|independiente|"
    # Further countries whose leaders the news name: "el primer ministro indio", "el presidente sirio".
    r"indi[oa]|paquistaní|afgan[oa]|iraquí|siri[oa]|egipci[oa]|turc[oa]|grieg[oa]|portugués|portuguesa|"
    r"sudafrican[oa]|australian[oa]|nigerian[oa]|saudí|surcorean[oa]|norcorean[oa]|libanés|libanesa|"
    r"marroquí|irlandés|irlandesa|belga|suiz[oa]|holandés|holandesa|polac[oa]|austriac[oa]|filipin[oa]"
)

# Professions, not offices: "the economist", "el médico" says what a person is, where an office has one
# holder the article names (see `is_profession`).
_PROFESSIONS_EN = (
    r"(?:chief |lead )?(?:physicist|economist|researcher|scientist|professor|analyst|lawyer|historian|journalist"
    r"|specialist|meteorologist|forecaster|blogger"
    rf"|activist|{_JOURNALIST_HEADS})"
)
_PROFESSIONS_ES = (
    r"médic[oa]|economista|investigador[a]?|científic[oa]|abogad[oa]|profesor[a]?|analista|periodista|"
    r"historiador[a]?|activista|reporter[oa]|corresponsal|fotógraf[oa]|fotoperiodista|columnista|redactor[a]?"
    r"|editor[a]?|cronista|especialista|meteorólog[oa]|bloguer[oa]"
)
_PROFESSION = regex.compile(rf"(?:{_PROFESSIONS_EN}|{_PROFESSIONS_ES})(?![\p{{L}}])", regex.IGNORECASE | regex.VERSION1)

_TITLES_EN = (
    _AREA_TITLE,  # first: "Deputy Migration Commissioner X" before "deputy" and "commissioner" alone
    r"head of (?:the )?(?:(?P<diplomacy_en>U\.S\.|US|American|\p{Lu}\p{L}+) )?diplomacy",
    r"(?:(?P<top_diplomat>U\.S\.|US|America's|American) )?top diplomat",
    r"(?:(?-i:President)['’]s |presidential |national security |senior |special |chief |economic |top )*advis[eo]r",
    # A body's head word before the president or leader of that body, and a name after: "Senate President X",
    # "Party President X", "Senate Minority Leader X". Alone, "the Senate president" is a body's officer.
    rf"(?-i:(?=\p{{Lu}}))\L<body_heads> (?:(?:vice[- ]|majority |minority )?(?:president|leader)){_NAME_AFTER}",
    r"vice[- ]president",
    r"president",
    r"prime minister",
    r"premier",
    rf"(?:deputy |vice |assistant )?(?:(?:{_DEPARTMENT_ADJECTIVES}) )?minister",
    rf"(?:principal deputy |deputy |under |assistant )?(?:(?:{_DEPARTMENT_ADJECTIVES}) )?secretary(?:[- ]general)?",
    r"undersecretary",
    r"chief of staff",
    r"(?:attorney|solicitor|surgeon) general",
    # "Auditor General X", "el auditor superior X": one pattern, as English and Spanish share the word.
    r"auditor[a]?(?: general| superior)?",
    r"(?:district |state's |county |city |u\.s\. )attorney",
    r"marshal",
    r"sheriff",
    r"superintendent",
    r"coordinator",
    r"(?:deputy )?chancellor",
    r"ambassador",
    r"(?:lieutenant )?governor",
    r"senator",
    r"mayor",
    r"spokes(?:person|man|woman)",
    r"(?:special )?envoy",
    r"commissioner",
    r"director(?:[- ]general)?",
    r"chair(?:man|woman|person)?",
    r"chief executive",
    r"(?-i:CEO)",
    r"(?:chief )?justice",
    r"judge",
    r"prosecutor",
    r"(?:general |managing |campaign |project )?manager",  # before "general": "general manager"
    r"general",
    r"admiral",
    r"spokes(?:people|men|women|persons)",
    r"(?:lieutenant )?colonel",
    # Police and military ranks before a name ("Sergeant Tom Reyes", "Detective Ana Ruiz"); "Major" is left
    # out, as it opens "Major League" and is an adjective.
    r"(?:staff |master |first )?sergeant",
    r"captain",
    r"corporal",
    r"detective",
    r"inspector",
    r"lieutenant",
    r"pope",
    # Spanish and Portuguese "papa" before a name, after a masculine article or capitalised ("el papa
    # Francisco", "do papa Bento", "Papa Francisco:"): "la papa" is the potato.
    r"(?:(?<=(?<![\p{L}])(?:el|del|al|o|do|ao) )papa|(?<!(?i:la|una) )(?-i:Papa))(?=,? (?-i:\p{Lu}\p{Ll}))",
    r"king",
    r"queen",
    r"prince",
    r"princess",
    r"congress(?:man|woman)",
    r"lawmaker",
    r"legislator",
    # "market leader Acme", "the industry leader": a company that leads its market, no office.
    r"(?<!(?:market|industry|sector) )(?:opposition |party |union |majority |minority )?leader",
    # A team's staff and players by position, before a name ("coach Ana Ruiz", "striker John Smith"): a post
    # of the team, which "the goalkeeper said" refers to as "the spokesman said" does, not a profession.
    r"coach|striker|midfielder|defender|goalkeeper",
    r"candidate",
    r"negotiator",
    r"official",
    _PROFESSIONS_EN,
    r"ombuds(?:man|woman|person)",
    # Last, after "deputy minister" and the like, and only before a name: capitalised, a legislator as
    # Latin American and European parliaments title theirs ("Deputy Lorena Quintal"); in lower case a
    # second in command ("his deputy Ana Ruiz"). The title stays as printed, and the module gives no
    # title a kind, so the two only differ by their capital.
    rf"deputy{_NAME_AFTER}",
)

_TITLES_ES = (
    r"jef[ea] de la diplomacia(?: (?P<diplomacy_es>\p{Ll}+))?",
    r"jef[ea] de (?:Estado|Gobierno|Gabinete)",
    r"vicepresident[ea]",
    r"president[ea]",
    r"primer[a]? mandatari[oa]",
    r"mandatari[oa]",
    r"primer[a]? ministr[oa]",
    r"(?:vice)?ministr[oa]",
    r"(?:vice)?canciller",
    r"(?:sub)?secretari[oa](?: general)?",
    r"embajador[a]?",
    r"gobernador[a]?",
    r"senador[a]?",
    r"diputad[oa]",
    r"alcalde(?:sa)?",
    r"portavo(?:z|ces)",
    r"voc(?:ero|era)s?",
    r"almirante|coronel|capitán|comandante|teniente",
    r"rector[a]?",
    r"representante",
    r"director[a]?(?: general)?",
    r"asesor[a]?",
    r"juez[a]?",
    r"fiscal(?: general)?",
    r"magistrad[oa]",
    r"legislador[a]?",
    r"líder",
    r"dirigente",
    r"candidat[oa]",
    r"negociador[a]?",
    r"funcionari[oa]",
    r"comisionad[oa]",
    r"defensor[a]? del pueblo",
    r"titular",
    # Latin American offices: state and city coordinators, police chiefs, attorneys general, delegates.
    r"(?:sub)?coordinador[a]?",
    # A team's staff and players by position: "el seleccionador nacional X", "el delantero X" (see above).
    r"entrenador[a]?|seleccionador[a]?|delanter[oa]|mediocampista|centrocampista|portero|arquero|guardameta"
    r"|goleador[a]?",
    r"futbolista",
    r"comisari[oa]",
    r"(?:sub)?procurador[a]?",
    r"delegad[oa]",
    r"subdirector[a]?",
    r"(?:super)?intendente",
    r"gerente",
    r"regidor[a]?",
    r"concejal(?:a|es|as)?",
    _PROFESSIONS_ES,
)

# Portuguese and Catalan titles that the Spanish ones do not spell ("ministro", "presidente", "senador",
# "presidenta", "alcalde" are shared): read only in an article of their language (see `_Grammar`).
_TITLES_PT = (
    r"vice-president[ea]",
    r"governador[a]?",
    r"prefeit[oa]",
    r"deputad[oa]",
    r"secretári[oa](?: geral)?",
    r"porta-voz",
    r"chanceler",
)
_TITLES_CA = (
    r"consell(?:er|era)",
    r"alcaldessa",
    r"diputat",
    r"ministre",
    r"portaveu",
)

# Words between the article and the title that change nothing: "the virtual president-elect".
_NOISE_WORDS = words("virtual current then outgoing new nuevo nueva actual top senior longtime veteran powerful")
_NOISE = rf"(?:{'|'.join(sorted(_NOISE_WORDS))})"
# Lower-case words before a head word that are not its area: determiners, qualifiers, words of standing
# and common verbs and pronouns ("told", "met", "his"); words in -ed and -ly are left out by their ending.
_NOT_LOWER_AREAS = (
    FUNCTION_WORDS
    | _NOISE_WORDS
    | words(
        """
        former ex acting next incoming interim late previous sitting deputy vice assistant principal under
        said says told tells met meets became becomes become is was are were be been being has had have
        will would could should can may might must did does do got gets made makes took takes gave gives
        thanks urges asks calls names hires fires as who whom which what whose he she it they we i you him
        them me us que dijo fue es era
        """
    )
)
_VERB_OR_ADVERB_ENDINGS = ("ed", "ly")  # also in `_LOWER_AREA_WORD`
_PREFIX = (
    r"(?P<former>former |ex-|ex |ex(?=\p{Ll}))|(?P<acting>acting )|(?P<next>next |incoming |próxim[oa] |futur[oa] )"
)
_SUFFIX = (
    r"(?P<elect>[- ]elect(?![\p{L}-])| elect[oa](?!\p{L}))|(?P<designate>[- ]designate(?!\p{L})| designad[oa](?!\p{L}))"
    r"|(?P<acting_post> interin[oa](?!\p{L})| en funciones)|(?P<next_post> entrante(?!\p{L}))"
)

_COMPLEMENT_WORD = r"(?-i:\p{Lu}[\p{L}\-]+)"
_COMPLEMENT_CHAIN = rf"{_COMPLEMENT_WORD}(?: (?:(?:and|y|&|of|de|del|for|para) )?{_COMPLEMENT_WORD}){{0,4}}"
# A ministry of several areas goes on after a listed one: "de Energía y Minas", "de Vivienda, Construcción
# y Saneamiento". Only a list that a coordinator closes: "of State, Ana Ruiz" is the office and its holder.
# The last area may be two words: a listed department ("de Ciencia, Tecnología y Medio Ambiente"), or two
# capitalised words that a comma ends ("de Agricultura y Desarrollo Rural, Ana Ruiz"). Up to four words
# that end the capitalised words ("Mines and Inland Waterways said", "and Coastal Protection Tavita Mbeki
# said") hold the last area and maybe its holder's name, which `_complement_end` cuts off ("de Energía y
# Minas Ana Ruiz dijo"). Else one word, as a name of more words may follow it ("y Minas Ana María Ruiz").
_LAST_AREA = (
    rf"(?:(?-i:(?:{'|'.join(_DEPARTMENTS)}))(?![\p{{L}}])|{_COMPLEMENT_WORD} {_COMPLEMENT_WORD}(?=,)"
    rf"|{_COMPLEMENT_WORD}(?: {_COMPLEMENT_WORD}){{1,3}}(?![\p{{L}}\-]|(?-i:[ ]\p{{Lu}}))"
    rf"|{_COMPLEMENT_WORD}(?![\p{{L}}]))"
)
_MORE_AREAS = rf"(?:(?:, {_COMPLEMENT_WORD})* (?:and|y|e|&) {_LAST_AREA})?"
_ARTICLES = r"(?:the|a|an|el|la|los|las|un|una) "
_JOINERS = "of|on|for|to|de|del|para"
_JOINED_ARTICLES = "the|la|el|los|las"


def _complement(joiners: str, articles: str) -> str:
    return (
        rf"(?P<complement>(?: (?:{joiners}) (?:(?:{articles}) )?"
        rf"(?:(?-i:(?:{'|'.join(_DEPARTMENTS)}))(?![\p{{L}}])(?: (?=\p{{Lu}}){_TITLE_ADJECTIVE})?|{_COMPLEMENT_CHAIN})"
        rf"{_MORE_AREAS}){{0,2}})"
    )


def _role_pattern(
    titles: tuple[str, ...], articles: str = _ARTICLES, joiners: str = _JOINERS, joined: str = _JOINED_ARTICLES
) -> str:
    return (
        rf"(?<![\p{{L}}\-])(?P<article>{articles})?"
        r"(?:(?-i:\p{Ll}+)['’]s )?"  # "the union's leader", "the academy's president"
        rf"(?:{_NOISE} )*(?:{_PREFIX})?(?:{_NOISE} )*"
        rf"(?:(?-i:{_NATIONALITIES_EN}) )?"
        rf"(?P<title>(?:{'|'.join(titles)})(?![\p{{L}}])(?: {_TITLE_ADJECTIVE}){{0,2}})"
        rf"(?:{_SUFFIX})?{_complement(joiners, joined)}(?:{_SUFFIX})?"
        rf"(?: (?P<adjective>{_ADJECTIVES_ES})(?![\p{{L}}]))?(?:{_SUFFIX})?"
    )


@dataclass(frozen=True, slots=True)
class _Grammar:
    """How one language writes a role phrase: its titles, articles and the words that give a gender."""

    pattern: regex.Pattern[str]
    indefinite: frozenset[str]  # articles that refer to nobody known: "a spokesman", "un portavoz"
    left_words: frozenset[str]  # words that may open a phrase, beyond `_LEFT_WORDS`
    feminine: frozenset[str]
    masculine: frozenset[str]


def _pattern_with(
    titles: tuple[str, ...], articles: str = _ARTICLES, joiners: str = _JOINERS, joined: str = _JOINED_ARTICLES
) -> regex.Pattern[str]:
    # Every grammar reads the English and Spanish titles: articles quote titles across languages
    # ("canciller" in English copy), and a language misdetected on a short article must not lose its
    # roles. A pattern is only tried at a few places (see `find_roles`), so its size costs little.
    return regex.compile(
        _role_pattern(_TITLES_EN + _TITLES_ES + titles, articles, joiners, joined),
        regex.IGNORECASE | regex.VERSION1,
        **_named_lists(),
    )


def _named_lists() -> dict[str, list[str]]:
    """The word lists that the role pattern reads by name (`\\L<…>`)."""
    return {
        "not_lower_areas": sorted(_NOT_LOWER_AREAS | TRIGGER_WORDS),
        "title_adjectives": sorted(_TITLE_ADJECTIVES),
        "body_heads": sorted(HEAD_WORDS),
    }


# The head word of every title above, lower case: a role phrase is looked for only around these words.
TRIGGER_WORDS = words(
    """
    diplomacy diplomat advisor adviser president minister premier secretary undersecretary staff general chief
    chancellor ambassador governor senator mayor spokesperson spokesman spokeswoman envoy commissioner
    director chair chairman chairwoman chairperson executive ceo justice judge prosecutor admiral
    colonel sergeant captain corporal detective inspector lieutenant pope papa king queen prince princess congressman
    congresswoman lawmaker legislator leader
    candidate negotiator official physicist economist researcher scientist professor analyst lawyer
    historian journalist activist manager deputy marshal sheriff superintendent coordinator attorney
    reporter correspondent photographer photojournalist columnist editor boss founder co-founder
    ombudsman ombudswoman ombudsperson defensor defensora officer
    diplomacia jefe jefa presidente presidenta vicepresidente
    vicepresidenta mandatario mandataria ministro ministra viceministro viceministra canciller
    vicecanciller secretario secretaria subsecretario subsecretaria embajador embajadora gobernador
    gobernadora senador senadora diputado diputada alcalde alcaldesa portavoz portavoces vocero vocera
    voceros voceras spokespeople spokesmen spokeswomen spokespersons almirante coronel capitán comandante
    teniente rector rectora representante directora
    asesor asesora juez jueza fiscal magistrado magistrada legislador legisladora líder dirigente candidato
    candidata negociador negociadora funcionario funcionaria comisionado comisionada titular médico
    médica economista investigador investigadora científico científica abogado abogada profesora
    analista periodista historiador historiadora activista coordinador coordinadora subcoordinador
    subcoordinadora comisario comisaria procurador procuradora subprocurador subprocuradora delegado delegada
    subdirector subdirectora intendente superintendente gerente regidor regidora concejal concejala reportero reportera
    corresponsal fotógrafo fotógrafa fotoperiodista columnista redactor redactora editora cronista
    especialista specialist meteorologist forecaster blogger coach striker midfielder defender goalkeeper
    auditor auditora meteorólogo meteoróloga bloguero bloguera entrenador entrenadora seleccionador
    seleccionadora delantero delantera mediocampista centrocampista portero arquero guardameta futbolista
    goleador goleadora
    """
)

# Words that may stand before a head word inside a role phrase; the phrase can start at any of them.
_LEFT_WORDS = words(
    """
    the a an el la los las un una de of head top virtual current then outgoing new nuevo nueva actual
    senior longtime veteran powerful former ex acting next incoming próximo próxima futuro futura deputy
    vice assistant principal under lieutenant special chief national security presidential economic
    prime attorney solicitor surgeon opposition party union majority minority primer primera homeland
    public interior treasury defense defence energy commerce agriculture labor labour education health
    transport transportation housing foreign home press finance economy trade environment justice
    culture tourism state u s n us un eu american mexican cuban canadian british french german spanish
    italian chinese japanese russian ukrainian brazilian argentine argentinian chilean colombian
    venezuelan peruvian ecuadorian bolivian guatemalan honduran salvadoran nicaraguan panamanian costa
    rican dominican haitian uruguayan paraguayan indian israeli palestinian iranian turkish south north
    korean australian saudi egyptian nigerian african jefe jefa managing campaign project lead
    """
)
_MAX_LEFT_WORDS = 7


@dataclass(frozen=True, slots=True)
class RoleMatch:
    start: int  # the article's first character when there is one ("the Secretary of State")
    end: int
    title: str
    qualifier: str | None
    gender: Gender | None
    determiner: str | None  # "the", "la", "a", ... lower case: a definite phrase can refer back to a person
    indefinite: bool  # "a spokesman", "un portavoz" (but Portuguese "a ministra" is definite): names nobody known


_QUALIFIER_GROUPS = (
    ("former", "former"),
    ("acting", "acting"),
    ("acting_post", "acting"),
    ("next", "next"),
    ("next_post", "next"),
    ("elect", "elect"),
    ("designate", "designate"),
)
assert {q for _, q in _QUALIFIER_GROUPS} == set(ROLE_QUALIFIERS)

# Words of a role phrase that say the holder's gender (articles included: "la portavoz", "el canciller").
_FEMININE_WORDS = words(
    """
    la una presidenta vicepresidenta ministra viceministra secretaria subsecretaria embajadora
    gobernadora senadora diputada alcaldesa vocera directora asesora jueza magistrada legisladora
    candidata negociadora funcionaria comisionada mandataria jefa médica investigadora científica
    abogada profesora historiadora primera electa designada interina spokeswoman congresswoman
    chairwoman queen princess defensora ombudswoman coordinadora subcoordinadora comisaria procuradora
    subprocuradora delegada subdirectora regidora concejala reportera fotógrafa redactora editora
    auditora meteoróloga bloguera entrenadora seleccionadora delantera goleadora
    """
)
_MASCULINE_WORDS = words(
    """
    el un presidente vicepresidente ministro viceministro secretario subsecretario embajador gobernador
    senador diputado alcalde vocero director asesor juez magistrado legislador candidato negociador
    funcionario comisionado mandatario jefe médico investigador científico abogado profesor historiador
    primer electo designado interino spokesman congressman chairman king prince pope papa defensor ombudsman
    coordinador subcoordinador comisario procurador subprocurador delegado subdirector regidor
    reportero fotógrafo redactor auditor meteorólogo bloguero entrenador seleccionador delantero portero arquero
    goleador
    """
)
_BASE = _Grammar(_pattern_with(()), words("a an un una"), frozenset(), _FEMININE_WORDS, _MASCULINE_WORDS)
_GRAMMARS: dict[str, _Grammar] = {
    # Portuguese "a" is the feminine article, "o" the masculine; "da"/"do" join a ministry to its title.
    "pt": _Grammar(
        _pattern_with(_TITLES_PT, r"(?:the|a|an|el|la|los|las|un|una|o|os|as|um|uma) ", f"{_JOINERS}|da|do|das|dos"),
        words("an un una um uma"),
        words("o os as um uma"),
        _FEMININE_WORDS | words("a as uma prefeita secretária vice-presidenta"),
        _MASCULINE_WORDS | words("o os um prefeito deputado governador secretário vice-presidente"),
    ),
    # Catalan elides its article before a vowel: "l'alcaldessa", "l'alcalde".
    "ca": _Grammar(
        _pattern_with(_TITLES_CA, r"(?:(?:the|a|an|el|la|los|las|un|una|els|les) |l['’])"),
        words("a an un una"),
        words("els les l"),
        _FEMININE_WORDS | words("consellera alcaldessa"),
        _MASCULINE_WORDS | words("conseller diputat ministre"),
    ),
}
# Head words of the titles that only Portuguese or Catalan articles read.
LANGUAGE_TRIGGER_WORDS: dict[str, frozenset[str]] = {
    "pt": words("governador governadora prefeito prefeita deputado deputada secretário secretária porta-voz chanceler"),
    "ca": words("conseller consellera alcaldessa diputat ministre portaveu"),
}
_US_FORMS = frozenset({"u.s.", "us", "american", "america's", "estadounidense", "norteamericano", "norteamericana"})


def find_roles(text: str, lowered: str, triggers: list[int], language: str = "") -> list[RoleMatch]:
    """Every role phrase of `text`, in order, none overlapping another.

    `triggers` are the offsets of the head words (`TRIGGER_WORDS`) in `text`; `lowered` is `text` lower-cased.
    `language` (ISO 639-1) adds the Portuguese or Catalan titles and articles to the English and Spanish
    ones: only there, as "a" is English's indefinite article and Portuguese's definite one.
    """
    grammar = _GRAMMARS.get(language, _BASE)
    found: list[RoleMatch] = []
    for trigger in triggers:
        if found and trigger < found[-1].end:
            continue
        for start in _phrase_starts(lowered, trigger, grammar, text):
            m = grammar.pattern.match(text, start)
            if (
                m is not None
                and m.end() > trigger
                and _area_is_an_office(text, m)
                and not _adjective_of_a_noun(text, m)
            ):
                found.append(_role_match(text, m, grammar))
                break
    return found


def _adjective_of_a_noun(text: str, m: regex.Match[str]) -> bool:
    """Whether a Spanish title in "-dor" or "fiscal", with no article of its own, follows an article and a
    noun whose adjective it is: "el ente investigador", "el órgano rector", "el año fiscal", "un consejo
    asesor" name no one. An adverb there leaves the title ("el también diputado", "el entonces gobernador")."""
    title = m.group("title").lower()
    if m.group("article") or m.start() != m.start("title") or not title.endswith(_ADJECTIVE_TITLE_ENDINGS):
        return False
    before = _ARTICLE_AND_NOUN.search(text, max(0, m.start() - _LONGEST_ARTICLE_AND_NOUN), m.start())
    return before is not None and before.group(1).lower() not in _ADVERBS_BEFORE_TITLES


_ADJECTIVE_TITLE_ENDINGS = ("dor", "dora", "fiscal")
_ARTICLE_AND_NOUN = regex.compile(r"(?<![\p{L}])(?:el|la|los|las|un|una|del|al|su)[ ](\p{Ll}+)[ ]$", regex.VERSION1)
_LONGEST_ARTICLE_AND_NOUN = 30
_ADVERBS_BEFORE_TITLES = words("también entonces ahora actual hoy aún todavía ya recién nuevo nueva futuro futura ex")


def _phrase_starts(lowered: str, trigger: int, grammar: _Grammar = _BASE, text: str = "") -> list[int]:
    """Where a phrase holding the head word at `trigger` can start, leftmost first: each of the up to
    seven words before it that may open or modify a title ("the", "former", "Mexican", "U.S."), or up to
    three capitalised words of an area ("Public Works Minister"), then the head word itself."""
    starts = [trigger]
    before = _WORD.findall(lowered, max(0, trigger - _LEFT_WINDOW), trigger)
    head = _WORD.match(lowered, trigger)
    lower_areas = head is not None and head.group().rstrip(".") in _LOWER_AREA_HEADS
    position = trigger
    areas = 0
    for word in reversed(before[-_MAX_LEFT_WORDS:]):
        previous = lowered.rindex(word, 0, position)
        gap = lowered[previous + len(word) : position]  # between the word and the next one
        if _ends_a_phrase(word, gap):
            break
        if word == "and" and areas and gap == " ":  # "Work and Pensions": joins two fields of one area
            position = previous
            continue
        if not _is_left_word(word) and word not in grammar.left_words:
            areas += 1
            if areas > _MAX_AREA_WORDS or not _may_be_area(text, previous, word, lower_areas):
                break
        position = previous
        if _may_open_a_phrase(word, gap):
            starts.append(position)
    return starts[::-1]


def _ends_a_phrase(word: str, gap: str) -> bool:
    """Whether no phrase holding the words after `word` can start at `word` or before it: the role pattern
    reads a full stop only in "U.S." and "U.N." (so a word ending in one is kept when it ends like them:
    "u.s.", "ex-u.s.") and never a line break, a bracket, a quotation mark, a
    colon or a semicolon ("officials. Prime Minister X", "agreement.”\n\nPrime Minister X"). A start there
    fails anyway: 904 of the 1,989 failed matches of 1,480 articles were such (find_roles 159 to 146 µs)."""
    return (word.endswith(".") and word[-3:-2] != ".") or _PHRASE_BREAK.search(gap) is not None


def _may_open_a_phrase(word: str, gap: str) -> bool:
    """Whether a phrase may open with `word`, which `gap` separates from the next word. "of", "de" only join
    words inside a title ("head of", "jefe de la"). A phrase reads a comma only in a list of areas after its
    title ("Minister of Energy, Mines and Oil"), so none opens with a word that a comma follows ("budget,
    Education Minister X"): 396 of the 1,085 failed matches that `_ends_a_phrase` leaves."""
    return word not in _NEVER_FIRST and "," not in gap


# Characters that no part of the role pattern reads (see `_ends_a_phrase`).
_PHRASE_BREAK = re.compile(r"[\n.;:!?()\[\]\"“”«»]")


def _may_be_area(text: str, position: int, word: str, lower_areas: bool) -> bool:
    # Words capitalised because they open a sentence ("On Monday Migration Commissioner ...") are no area.
    if position >= len(text) or word in FUNCTION_WORDS or word in _NOT_AREAS or word in TRIGGER_WORDS:
        return False
    return text[position].isupper() or (lower_areas and text[position].islower() and _may_be_lower_area(word))


def _may_be_lower_area(word: str) -> bool:
    """Whether a lower-case word may name the area of a title ("hospital", "police", "human rights"):
    not a word of time or standing ("former", "new", "acting"), which the qualifier and `_NOISE` read,
    and not a verb ("said", "named", "told") or an adverb ("newly")."""
    return word not in _NOT_LOWER_AREAS and not word.endswith(_VERB_OR_ADVERB_ENDINGS)  # as `_LOWER_AREA_WORD`


def _area_is_an_office(text: str, m: regex.Match[str]) -> bool:
    """Whether the area the phrase takes, if any, is the office's: a capitalised word before a lower-case
    area only opens the sentence ("Human rights commissioner X", not "Orvalia hospital director X"), and
    capitalised words do not go on a body's name (`_area_inside_a_body`)."""
    area = m.group("area")
    if area and area[0].isupper() and area.split()[-1].islower():
        return opens_sentence(text, m.start("area"))
    return not _area_inside_a_body(text, m)


def _area_inside_a_body(text: str, m: regex.Match[str]) -> bool:
    """Whether an area that opens the phrase goes on a longer proper noun: "Bank of Orvalia Governor",
    "Orvalia National Water Commission Director" name a body, whose words are not the office."""
    area = m.group("area")
    if not area or area[0].islower() or m.start("area") != m.start():  # a lower-case area is no proper noun
        return False
    # "the directions of Prime Minister X", "the staff of Finance Minister X": words that a title holds
    # anyway ("prime minister", "finance minister") are the title's, not a body's after its "of".
    if all(word in _LEFT_WORDS for word in area.lower().split()):
        return False
    previous = _PREVIOUS_WORD.search(text, max(0, m.start() - _LEFT_WINDOW), m.start())
    if previous is None:
        return False
    word = previous.group(1)
    if word.lower() in _BODY_JOINERS:
        return True
    return word[0].isupper() and word.lower() not in FUNCTION_WORDS and word.lower() not in _NOT_AREAS


_MAX_AREA_WORDS = 3
_PREVIOUS_WORD = regex.compile(r"(?<![^\s(\[\"“'‘])([\p{L}]+(?:-\p{L}+)*) $")
_BODY_JOINERS = frozenset({"of", "for", "de", "del"})
# Capitalised words that open a sentence rather than name an area.
_NOT_AREAS = SENTENCE_OPENERS | words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december when while after before
    """
)


def _is_left_word(word: str) -> bool:
    return word in _LEFT_WORDS or word in _NATIONAL_ABBREVIATIONS or word.endswith(("'s", "’s"))


_WORD = re.compile(r"[^\W\d_]+(?:['’.\-][^\W\d_]+)*\.?")
_LEFT_WINDOW = 70
_NATIONAL_ABBREVIATIONS = frozenset({"u.s.", "u.n.", "ee.uu.", "us", "un", "eu"})
_NEVER_FIRST = frozenset({"of", "de"})


def _role_match(text: str, m: regex.Match[str], grammar: _Grammar) -> RoleMatch:
    groups = m.groupdict()
    determiner = groups["article"]
    complement_end = _complement_end(text, m) if groups["complement"] else m.end("complement")
    return RoleMatch(
        start=m.start(),
        end=m.end() if complement_end == m.end("complement") else complement_end,
        title=_title(groups, text[m.start("complement") : complement_end]),
        qualifier=next((q for group, q in _QUALIFIER_GROUPS if groups[group]), None),
        gender=_gender(_APOSTROPHE_OR_SPACE.split(m.group().lower()), grammar),
        determiner=determiner.strip().lower() if determiner else None,
        indefinite=determiner is not None and determiner.strip().lower() in grammar.indefinite,
    )


def _complement_end(text: str, m: regex.Match[str]) -> int:
    """End of the complement, cut before a given name that opens a name ("President of Mexico Claudia
    Sheinbaum", "ministro de Obras Públicas Tomás de León", a particle after the given name when an area
    word comes before it, or a title of respect that opens a name: "Minister for Railways Sheikh Rashid
    Ahmed") and before another title ("spokesperson for Governor Alice Otieno": the governor is
    Alice Otieno, not the spokesperson). A given name that ends the complement stays ("alcaldesa de
    Bahía Serena, Carmen ..."), and so does a department ("secretaria de Salud", "Minister of Justice")."""
    start, end = m.span("complement")
    for word in _CAPITALISED.finditer(text, start, end):
        if (
            word.group() not in _DEPARTMENT_WORDS
            and (
                (word.group().lower() in TRIGGER_WORDS and not _adjective_of_a_body(text, word))
                # "the Minister of Finance on Monday": a day or a month is the sentence's, never an office's.
                or word.group().lower() in CALENDAR_WORDS
                or (
                    (is_given_name(word.group()) or word.group().lower() in _NAME_OPENING_TITLES)
                    and _CAPITALISED.match(text, word.end() + 1) is not None
                    and text[word.end() : word.end() + 1] == " "
                )
                # "ministro de Obras Públicas Tomás de León": a name whose surname opens with a particle.
                or (
                    is_given_name(word.group())
                    and _PARTICLE_AND_NAME.match(text, word.end()) is not None
                    and _after_an_area(text, word.start())
                )
            )
        ):
            return _JOINERS_AT_END.search(text, start, word.start()).start()
    cut = _before_a_closing_name(text, start, end)
    return start if cut == end and _modifies_a_noun_after(text, start, end) else cut


def _modifies_a_noun_after(text: str, start: int, end: int) -> bool:
    """Whether an English complement with its article is the first words of a longer phrase that a lower-case
    noun ends: "the director general of the Orvalia health ministry" heads the ministry, not Orvalia. The
    title is left without it, a shorter truth; a verb, a function word or an adverb after the complement ends
    the phrase ("the Governor of the State said", "of the Treasury on Monday", "of the Navy today")."""
    if not text.startswith(_ENGLISH_JOINED, start):
        return False
    after = _LOWER_WORD_AFTER.match(text, end)
    return after is not None and _may_be_lower_area(after.group(1)) and after.group(1) not in SENTENCE_OPENERS


def _before_a_closing_name(text: str, start: int, end: int) -> int:
    """End of a complement that ends the capitalised words with a name no list knows: three words or more
    after its last joiner, the last two of which may be a name's, are an area and its holder ("Minister of
    Coastal Protection Tavita Mbeki said", "of Water and Fisheries Kiran Dasari"): a name comes after its
    title, and an area of more than two words ending in two names is rarer than a name of two words. Two
    words stay the area ("Inland Waterways said"), and so do words that a name never holds ("of the
    National Hurricane Center", "Foreign Relations Committee")."""
    if _CAPITALISED_NEXT.match(text, end) is not None:
        return end  # the capitalised words go on after the complement: a name there is not in it
    words = text[start:end].split(" ")
    closing = 0
    for word in reversed(words):
        if not word or not word[0].isupper() or not word[-1].isalpha():
            break
        closing += 1
    if closing < _AREA_AND_NAME_WORDS or not all(_may_be_a_name_word(word) for word in words[-2:]):
        return end
    cut = end - len(words[-1]) - len(words[-2]) - 1
    return _JOINERS_AT_END.search(text, start, cut).start()


def _may_be_a_name_word(word: str) -> bool:
    lowered = word.lower()
    return (
        is_name_word(word)
        and word not in _DEPARTMENT_WORDS
        and lowered not in TRIGGER_WORDS
        and lowered not in _TITLE_ADJECTIVES
        and not lowered.endswith(("tivo", "tiva", "ional"))  # as `_TITLE_ADJECTIVE`
    )


_AREA_AND_NAME_WORDS = 3
_ENGLISH_JOINED = (" of the ", " for the ")
_LOWER_WORD_AFTER = regex.compile(r"[ ](\p{Ll}+)(?![\p{L}\-'’])", regex.VERSION1)
_CAPITALISED_NEXT = regex.compile(r"[ ]\p{Lu}", regex.VERSION1)


# Titles of respect and descent that open South Asian and Arab names, as part of the name ("Minister for
# Railways Sheikh Rashid Ahmed", "Minister for Interior Chaudhry Nisar Ali Khan", "Syed Ali Shah"): like a
# given name, one followed by a capitalised word opens the holder's name, and the complement ends before it.
_NAME_OPENING_TITLES = words(
    """
    sheikh sheik shaikh syed sayed sayyid mian chaudhry chaudhary haji hajji maulana mufti sardar khawaja
    makhdoom nawab sahibzada
    """
)


def _adjective_of_a_body(text: str, word: regex.Match[str]) -> bool:
    """Whether a title word inside a complement is an adjective of the body before it, no title of its own:
    the "General" of "de la Dirección General del Sistema Penitenciario", "Secretaría General", after a
    capitalised word."""
    return word.group().lower() in _TITLE_ADJECTIVES and _after_an_area(text, word.start())


def _after_an_area(text: str, position: int) -> bool:
    """Whether a capitalised word and a space end right before `position`: a given name there follows an
    area ("de Obras Públicas Tomás"), where one right after "de" may open a place ("de Santiago de Cuba")."""
    return text[position - 1 : position] == " " and (
        _LAST_WORD.search(text, max(0, position - 1 - _LONGEST_WORD), position - 1) is not None
    )


_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}\-]+")
# A given name, then the particles of a surname and the surname: "Tomás de León", "Ana de la Fuente".
_PARTICLE_AND_NAME = regex.compile(r"[ ](?:de|del|da|do|dos|das)[ ](?:(?:la|las|los)[ ])?\p{Lu}\p{Ll}", regex.VERSION1)
_LAST_WORD = regex.compile(r"(?<![\p{L}])\p{Lu}[\p{L}\-]*$", regex.VERSION1)
_LONGEST_WORD = 30  # longer than an area's words
_JOINERS_AT_END = regex.compile(r"(?:\s+(?:of|on|for|to|de|del|para|da|do|das|dos|and|y|&|the|la|el|los|las))*\s*$")


def _title(groups: dict[str, str | None], complement: str) -> str:
    title = groups["title"] or ""
    lowered = title.lower()
    if "diplomacy" in lowered or "top diplomat" in lowered:
        nationality = groups["diplomacy_en"] or groups["top_diplomat"] or ""
        return "Secretary of State" if nationality.lower() in _US_FORMS else "Foreign Minister"
    if "diplomacia" in lowered:
        nationality = groups["diplomacy_es"] or ""
        return "secretario de Estado" if nationality.lower() in _US_FORMS else "canciller"
    return " ".join((title + complement).split())


# "l'alcaldessa": the elided article is a word of its own.
_APOSTROPHE_OR_SPACE = regex.compile(r"[\s'’]+")


def _gender(phrase_words: list[str], grammar: _Grammar) -> Gender | None:
    """The first gendered word of the phrase decides: "el jefe de la diplomacia" is a man."""
    for word in phrase_words:
        if word in grammar.feminine:
            return "f"
        if word in grammar.masculine:
            return "m"
    return None


# Titles that name the holder of another title: "el mandatario" is the president (or prime minister) the
# article named, "la jefa de Estado" the president. Folded, as speakers compare them.
EQUIVALENT_TITLES: dict[str, tuple[str, ...]] = {
    # The president first; a mayor or a governor when the article named no head of state or government.
    "mandatario": ("presidente", "primer ministro", "alcalde", "gobernador"),
    "mandataria": ("presidenta", "primera ministra", "alcaldesa", "gobernadora"),
    "jefe de gobierno": ("primer ministro", "presidente"),
    "jefa de gobierno": ("primera ministra", "presidenta"),
    "premier": ("primer ministro", "primera ministra", "prime minister"),
    # The first one is the head of state; a local one heads a city or a province.
    "primer mandatario": ("presidente",),
    "primera mandataria": ("presidenta",),
    "mandatario local": ("alcalde", "gobernador", "intendente"),
    "mandataria local": ("alcaldesa", "gobernadora", "intendenta"),
    "jefe de estado": ("presidente",),
    "jefa de estado": ("presidenta",),
}


def head_word(title: str) -> str:
    """The title's head word, folded to lower case: its first word that heads a title ("secretaria" of
    "Secretaria de Salud", "president" of "Senate President", "governor" of "Orvalia Governor"), else its
    first word."""
    words_of_title = title.casefold().split()
    return next((word for word in words_of_title if word in TRIGGER_WORDS), words_of_title[0])


def is_profession(title: str) -> bool:
    """Whether a title is a profession ("economist", "médica forense"), which a definite phrase says of
    someone the article named without it ("dijo el médico" of the hospital's director), where an office
    ("the minister", "el portavoz") is its holder's."""
    return _PROFESSION.match(title) is not None
