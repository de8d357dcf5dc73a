"""Well-known organizations of the news this dataset covers, with their English and Spanish names and
acronyms, and the head nouns that make a capitalised phrase an organization name.

Acronyms match with their exact capitals only ("AP", not "ap"); other names ignore case and accents.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from flows.extract.name_words import words

# News agencies and broadcasters. They are organizations like the others, and the wires whose sign-off
# ("EFE", "(Reuters) ab/cd") closes an article (flows.extract.credits).
NEWS_AGENCIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Prensa Latina", ()),
    ("Reuters", ()),
    ("Associated Press", ("AP",)),
    ("Agence France-Presse", ("AFP",)),
    ("EFE", ("Agencia EFE", "Efe")),  # "Efe" as Spanish papers print it: "dijo a Efe"
    ("Xinhua", ()),
    ("Notimex", ()),
    ("Radio Habana Cuba", ("RHC",)),
    ("ANSA", ()),
    ("Europa Press", ()),
)
# Every name and alias of the listed agencies, as written.
NEWS_AGENCY_NAMES: frozenset[str] = frozenset(
    written for name, aliases in NEWS_AGENCIES for written in (name, *aliases)
)


def as_written_and_in_capitals(names: Iterable[str]) -> tuple[str, ...]:
    """`names` as written and in capitals ('Reuters', 'REUTERS'), longest first: the alternatives of a pattern
    that must take 'Europa Press' before 'Europa'."""
    listed = set(names)
    return tuple(sorted(listed | {name.upper() for name in listed}, key=lambda n: (-len(n), n)))


def alternation_of(names: Iterable[str]) -> str:
    """A regular expression's alternatives for `names`, as written and in capitals, longest first."""
    return "|".join(map(re.escape, as_written_and_in_capitals(names)))


# Other wires, as they print their name in a dateline ('(Bloomberg) --', 'TOKYO, March 3 Kyodo -', 'Caracas
# (ACN) -'). They are not listed among the organizations: some names are also people's ('Bloomberg'), some
# acronyms are too short to look for in running text ('PL', 'NA').
DATELINE_WIRES: tuple[str, ...] = (
    "Bloomberg",
    "Bloomberg News",
    "UPI",
    "dpa",
    "Sputnik",
    "Kyodo",
    "Kyodo News",
    "Yonhap",
    "TASS",
    "Interfax",
    "Anadolu",
    "Andina",
    "Bernama",
    "Antara",
    "IANS",
    "ANI",  # Asian News International, India's: 'Agency News | ANI | June 3, 2018', 'New Delhi, June 3 (ANI):'
    "PTI",
    "IPS",
    "CNN",
    "Télam",
    "ACN",
    "PL",
    "NA",
    "Noticias Argentinas",
    "NTX",  # Notimex's own acronym: 'CHILPANCINGO, Gro. (NTX) -'
    "Quadratín",
    "IP",  # Paraguay's state wire: 'Asunción (IP) -'
    "ABI",  # Bolivia's
)

# Bodies that every country's state has under one name: (English name, its other bare forms). A bare
# mention is the body of the country a qualifier beside it or the article names (flows.extract.national_bodies);
# the U.S. body keeps the English name alone ("Congress"), another country's has it in brackets ("Congress (Peru)").
# The Procuraduría is a kind of its own: Colombia's is the inspector general, not the prosecutors (Fiscalía).
# A form listed in lower case is found in any case, as news print it ("the central bank"); the others only
# with their capitals.
NATIONAL_BODIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Congress", ("Congreso",)),
    ("Senate", ("Senado",)),
    ("House of Representatives", ("Cámara de Representantes",)),
    ("Chamber of Deputies", ("Cámara de Diputados",)),
    ("National Assembly", ("Asamblea Nacional",)),
    (
        "Supreme Court",
        (
            "Supreme Court of Justice",
            "Corte Suprema",
            "Corte Suprema de Justicia",
            "Suprema Corte",
            "Suprema Corte de Justicia",
            "Tribunal Supremo",
            "Tribunal Supremo de Justicia",
        ),
    ),
    ("Constitutional Court", ("Constitutional Tribunal", "Corte Constitucional", "Tribunal Constitucional")),
    ("Central Bank", ("central bank", "Banco Central", "banco central", "Banco Central de Reserva")),
    (
        "Attorney General's Office",
        (
            "attorney general's office",
            "Office of the Attorney General",
            "Prosecutor General's Office",
            "Fiscalía General",
            "Fiscalía",  # as the news names it after its first mention, or alone: "la Fiscalía informó"
        ),
    ),
    ("Procuraduría General", ("Procuraduría",)),
    (
        "Foreign Ministry",
        (
            "Ministry of Foreign Affairs",
            "Foreign Affairs Ministry",
            "Ministerio de Relaciones Exteriores",
            "Ministerio de Asuntos Exteriores",
            "Cancillería",
        ),
    ),
    ("Interior Ministry", ("Ministry of the Interior", "Ministry of Interior", "Ministerio del Interior")),
    ("Defense Ministry", ("Defence Ministry", "Ministry of Defense", "Ministry of Defence", "Ministerio de Defensa")),
    ("Economy Ministry", ("Ministry of Economy", "Ministry of the Economy", "Ministerio de Economía")),
    ("Finance Ministry", ("Ministry of Finance", "Ministerio de Finanzas", "Ministerio de Hacienda")),
    (
        "Health Ministry",
        ("Ministry of Health", "Ministerio de Salud", "Ministerio de Salud Pública", "Ministerio de Sanidad"),
    ),
    ("Education Ministry", ("Ministry of Education", "Ministerio de Educación")),
    ("Justice Ministry", ("Ministry of Justice", "Ministerio de Justicia")),
    (
        "Labor Ministry",
        (
            "Labour Ministry",
            "Ministry of Labor",
            "Ministry of Labour",
            "Ministerio de Trabajo",
            "Ministerio del Trabajo",
        ),
    ),
    ("Agriculture Ministry", ("Ministry of Agriculture", "Ministerio de Agricultura")),
    ("Energy Ministry", ("Ministry of Energy", "Ministerio de Energía")),
    (
        "Environment Ministry",
        ("Ministry of the Environment", "Ministry of Environment", "Ministerio de Ambiente", "Ministerio del Ambiente"),
    ),
)
# Every capitalised form of a national body as an organization of that name, its lower-case spelling an alias:
# the organizations are read as printed ("Ministry of Finance", "Corte Suprema"), and whose body each is,
# flows.extract.national_bodies says once the article's places are known.
NATIONAL_BODY_FORMS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (form, tuple(other for other in others if other.islower() and other == form.lower()))
    for name, others in NATIONAL_BODIES
    for form in (name, *others)
    if not form.islower()
)
# Bodies whose bare English name, in a U.S. article or one of no country, is the U.S. body. The U.S. has no
# ministries, national assembly or constitutional court: there such a name is left as read ("Foreign Ministry").
US_NATIONAL_BODIES: frozenset[str] = frozenset(
    {"Congress", "Senate", "House of Representatives", "Supreme Court", "Central Bank"}
)
# Bare forms that are never the U.S. body without a country: nothing in a Spanish article says whose "el
# Congreso" is when it names no country.
FOREIGN_BARE_FORMS: frozenset[str] = frozenset({"Congreso", "Senado"})
# A country's body with a name of its own, which it keeps; a listed organization's by its canonical name.
NATIONAL_BODY_NAMES: dict[tuple[str, str], str] = {
    ("Congress", "MX"): "Congreso de la Unión",
    ("Supreme Court", "MX"): "Suprema Corte de Justicia de la Nación",
    ("Central Bank", "MX"): "Bank of Mexico",
    ("Foreign Ministry", "MX"): "Secretaría de Relaciones Exteriores",
    ("Defense Ministry", "MX"): "Secretaría de la Defensa Nacional",
    ("Central Bank", "US"): "Federal Reserve",
    ("Supreme Court", "ES"): "Tribunal Supremo",
    ("Constitutional Court", "ES"): "Tribunal Constitucional",
    ("Central Bank", "ES"): "Banco de España",
    ("Central Bank", "CO"): "Banco de la República",
    ("Central Bank", "GB"): "Bank of England",
    ("Central Bank", "JP"): "Bank of Japan",
    ("Central Bank", "CA"): "Bank of Canada",
    ("Central Bank", "IN"): "Reserve Bank of India",
    ("Central Bank", "CH"): "Swiss National Bank",
    ("Central Bank", "CN"): "People's Bank of China",
}

KNOWN_ORGANIZATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    *NATIONAL_BODY_FORMS,
    # United States government
    ("State Department", ("Department of State", "U.S. Department of State", "Departamento de Estado")),
    ("White House", ("Casa Blanca",)),
    ("Pentagon", ("Department of Defense", "Defense Department", "Pentágono", "Departamento de Defensa")),
    ("Department of Homeland Security", ("Homeland Security Department", "DHS")),
    ("Drug Enforcement Administration", ("DEA",)),
    ("Federal Bureau of Investigation", ("FBI", "Buró Federal de Investigaciones")),
    ("Central Intelligence Agency", ("CIA",)),
    ("Immigration and Customs Enforcement", ("ICE", "Servicio de Inmigración y Control de Aduanas")),
    ("Customs and Border Protection", ("CBP", "Oficina de Aduanas y Protección Fronteriza")),
    ("Border Patrol", ("Patrulla Fronteriza",)),
    ("Democratic Party", ("Partido Demócrata",)),
    ("Republican Party", ("Partido Republicano", "GOP")),
    ("Federal Reserve", ("Fed", "Reserva Federal")),
    ("Department of Justice", ("Justice Department", "Departamento de Justicia", "DOJ")),
    ("Transportation Security Administration", ("TSA",)),
    # Federal agencies the news names by their acronyms alone ("the FDA said"), which no rule reads, or by names
    # that "and" splits before their head ("Food and Drug Administration").
    ("Food and Drug Administration", ("FDA", "Administración de Alimentos y Medicamentos")),
    (
        "Centers for Disease Control and Prevention",
        ("CDC", "Centros para el Control y la Prevención de Enfermedades"),
    ),
    ("Environmental Protection Agency", ("EPA", "Agencia de Protección Ambiental")),
    ("Securities and Exchange Commission", ("Comisión de Bolsa y Valores",)),  # not "SEC": a sports conference too
    ("Internal Revenue Service", ("IRS", "Servicio de Impuestos Internos")),
    ("Federal Emergency Management Agency", ("FEMA", "Agencia Federal para el Manejo de Emergencias")),
    ("National Oceanic and Atmospheric Administration", ("NOAA", "Administración Nacional Oceánica y Atmosférica")),
    (
        "Bureau of Alcohol, Tobacco, Firearms and Explosives",
        ("ATF", "Oficina de Alcohol, Tabaco, Armas de Fuego y Explosivos"),
    ),
    ("Federal Aviation Administration", ("FAA", "Administración Federal de Aviación")),
    ("National Transportation Safety Board", ("NTSB", "Junta Nacional de Seguridad en el Transporte")),
    ("National Aeronautics and Space Administration", ("NASA",)),
    # Mexican state and parties
    ("Secretaría de Relaciones Exteriores", ("SRE",)),
    ("Secretaría de la Defensa Nacional", ("Sedena", "SEDENA")),
    ("Bank of Mexico", ("Banco de México", "Banxico")),
    ("Petróleos Mexicanos", ("Pemex", "PEMEX")),
    ("Comisión Federal de Electricidad", ("CFE", "Federal Electricity Commission")),
    ("Instituto Nacional de Migración", ("INM", "National Migration Institute")),
    ("Congreso de la Unión", ()),
    ("Morena", ("MORENA",)),
    ("Partido Acción Nacional", ("PAN", "National Action Party")),
    ("Partido Revolucionario Institucional", ("PRI", "Institutional Revolutionary Party")),
    ("Partido de la Revolución Democrática", ("PRD", "Party of the Democratic Revolution")),
    ("Partido Verde Ecologista de México", ("PVEM", "Partido Verde Ecologista", "Verde Ecologista")),
    # A central bank whose name the patterns misread: "People's" ends no name, so they read "Bank of China",
    # a commercial bank.
    ("People's Bank of China", ("PBOC", "Banco Popular de China")),
    # International bodies
    ("United Nations", ("UN", "U.N.", "ONU", "Naciones Unidas", "Organización de las Naciones Unidas")),
    ("Organization of American States", ("OAS", "OEA", "Organización de los Estados Americanos")),
    ("European Union", ("EU", "Unión Europea", "UE")),
    ("NATO", ("OTAN", "North Atlantic Treaty Organization")),
    ("International Monetary Fund", ("IMF", "FMI", "Fondo Monetario Internacional")),
    ("World Bank", ("Banco Mundial",)),
    ("European Central Bank", ("ECB", "BCE", "Banco Central Europeo")),
    ("Inter-American Development Bank", ("IDB", "BID", "Banco Interamericano de Desarrollo")),
    ("World Health Organization", ("WHO", "OMS", "Organización Mundial de la Salud")),
    (
        "Organisation for Economic Co-operation and Development",
        (
            "OECD",
            "OCDE",
            "Organization for Economic Cooperation and Development",
            "Organización para la Cooperación y el Desarrollo Económicos",
        ),
    ),
    ("Amnesty International", ("Amnistía Internacional",)),
    ("Human Rights Watch", ("HRW",)),
    # Armed groups and intelligence services the news names by their short names alone.
    ("Hamas", ("HAMAS",)),
    ("Hezbollah", ("Hizbulá", "Hezbolá", "Hizbollah")),
    ("al Qaeda", ("al-Qaeda", "al-Qaida", "al Qaida", "Al Qaeda", "Al Qaida", "Al-Qaeda")),
    ("MI6", ("Secret Intelligence Service",)),
    ("MI5", ()),
    ("World Trade Organization", ("WTO", "OMC", "Organización Mundial del Comercio")),
    (
        "Economic Commission for Latin America and the Caribbean",
        ("ECLAC", "CEPAL", "Comisión Económica para América Latina y el Caribe"),
    ),
    (
        "Community of Latin American and Caribbean States",
        ("CELAC", "Comunidad de Estados Latinoamericanos y Caribeños"),
    ),
    # Statistics offices, which the news names by their acronyms alone ("según el Indec").
    ("Instituto Nacional de Estadística y Censos", ("INDEC", "Indec")),
    ("Instituto Nacional de Estadística y Geografía", ("INEGI", "Inegi")),
    ("Departamento Administrativo Nacional de Estadística", ("DANE",)),
    ("Instituto Nacional de Estadística e Informática", ("INEI",)),
    # Parties, companies and broadcasters that the news names by a short name or an acronym alone, which no
    # rule reads as a name ("BP said", "Labour believes", "the BJP-run council"): the most named of the news
    # this dataset covers (Latin America, Spain, the U.S., Britain, South Asia), not a register of them; a name
    # that a head word ("Pakistan Peoples Party") or an acronym's definition in the article reads needs none.
    # A broadcaster named after a place holds no mention of the place ("Europe 1", "France 24").
    ("Labour Party", ("Labour",)),  # "Labour" is a word too: see COMMON_WORD_NAMES
    ("Colombia Humana", ()),  # a place opens it: no head word reads it
    ("Conservative Party", ("Tories",)),
    ("Liberal Democrats", ("Lib Dems", "Lib Dem", "Liberal Democrat")),
    ("Bharatiya Janata Party", ("BJP",)),
    ("Partido Popular", ("PP",)),
    ("Partido Socialista Obrero Español", ("PSOE",)),
    ("BP", ()),
    ("General Electric", ("GE",)),
    ("Siemens", ()),
    ("Alstom", ()),
    ("Boeing", ()),
    ("Airbus", ()),
    ("Volkswagen", ()),
    ("ExxonMobil", ("Exxon Mobil",)),
    ("Huawei", ()),
    ("Microsoft", ()),
    ("Google", ()),
    ("Facebook", ()),
    ("Twitter", ()),
    ("YouTube", ()),
    ("Yahoo", ("Yahoo!",)),
    ("Alibaba", ()),
    ("Verizon", ()),
    ("Televisa", ()),
    ("TV Azteca", ()),
    ("British Broadcasting Corporation", ("BBC",)),
    ("CNN", ()),
    ("Al Jazeera", ()),
    ("France 24", ()),
    ("Europe 1", ()),
    ("Radio France Internationale", ("RFI",)),
    ("Voice of America", ("VOA", "Voz de América")),
    ("Deutsche Welle", ("DW",)),
    # Football's governing bodies and the clubs the sports news of the region names most, by names no head word
    # reads ("la Conmebol", "el autobús de Boca Juniors"): the names of two or more words only, as a club's short
    # name is a word or a place too ("Boca", "River", "Tigres", "Barcelona").
    ("FIFA", ()),
    ("UEFA", ()),
    ("Conmebol", ("CONMEBOL",)),
    ("Concacaf", ("CONCACAF",)),
    ("Boca Juniors", ()),
    ("River Plate", ()),
    ("Independiente del Valle", ()),
    ("Real Madrid", ()),
    ("Atlético de Madrid", ("Atlético Madrid",)),
    ("FC Barcelona", ()),
    *NEWS_AGENCIES,
)
# Listed names that are common words too, capitalised at a sentence's start ("Labour costs rose"): there they
# are the organization only where the article names it so within a sentence as well (flows.extract.organizations).
COMMON_WORD_NAMES: frozenset[str] = frozenset({"Labour"})

# Nouns that make a capitalised phrase an organization ("Interior Department", "Partido Verde",
# "Acme Inc"), folded; a sports club's too ("Deportivo Quito", "Atlético Nacional", "Club Olimpia"), which its
# city's name alone does not say. Roles ("Secretary", "Minister") are not here: they name people.
HEAD_WORDS: frozenset[str] = words(
    """
    department ministry secretariat agency bureau office commission committee council institute university
    bank fund party alliance partnership organization organisation association federation union court
    congress senate chamber parliament assembly administration service police guard army navy forces
    foundation coalition movement front group corporation corp inc company ltd llc authority board cartel
    times post journal academy center centre embassy consulate programme league exchange force club
    ministerio secretaria agencia oficina comision comite consejo instituto universidad banco fondo partido liga
    alianza organizacion asociacion federacion corte tribunal congreso senado camara parlamento asamblea
    servicio policia guardia ejercito armada marina fuerzas fundacion coalicion movimiento frente grupo
    compania corporacion autoridad junta fiscalia procuraduria academia centro embajada consulado coordinacion direccion
    fuerza
    contraloria defensoria superintendencia registraduria
    deportivo atletico sporting
    """
)

# Words that close a company's name after capitalised words ("Northgate Securities", "Harborview Capital
# Partners", "Ford Motor": carmakers print "Motor" as often as "Motors"; an outlet's "News": "Sky News",
# "Pakistan Point News"), folded. Unlike `HEAD_WORDS`
# they never open a name nor take a complement: "Energy" in "Secretary of Energy Chris Wright" or
# "Energy Secretary" names no company. Spanish companies open with their head word instead ("Grupo",
# "Banco", "Compañía": `HEAD_WORDS`).
COMPANY_WORDS: frozenset[str] = words(
    """
    securities capital partners holdings bancorp investments advisors associates consulting insurance
    airlines airways motors motor energy systems technologies labs media industries ventures management news
    """
)

# Words that say which news a "News" is: "<word> News" of these words alone is a label or a phrase ("Breaking
# News", "Fake News", "Latest News"), not an outlet, where a name ("Sky News") or an acronym ("CBS News") is one.
NEWS_LABEL_WORDS: frozenset[str] = words(
    """
    breaking fake latest top local national world international regional good bad business sports more related
    other recent trending featured daily update updates syndicated
    """
)

# Common nouns that open a sentence before "of"/"de" and a company ("Shares of Acme Holdings Corp. fell",
# "Trabajadores de Aguas de Monterrey S.L. protestaron"), folded: a company's securities and figures, and
# the people who work for it, own it or deal with it. Capitalised only because they open the sentence,
# they are no part of the name, where a name's own noun is ("Bank of America Corp.", "Hijos de Pérez y Cía.").
NOUNS_BEFORE_A_COMPANY: frozenset[str] = words(
    """
    shares share stock stocks bonds stake units sales revenue revenues profits earnings
    employees workers staff executives managers investors shareholders stockholders bondholders creditors
    customers clients owners officials representatives lawyers analysts members
    acciones titulos bonos participacion ventas ingresos ganancias utilidades
    trabajadores empleados obreros directivos ejecutivos gerentes inversionistas inversores accionistas
    acreedores clientes duenos propietarios funcionarios representantes abogados analistas miembros
    """
)

# Legal-form suffixes of companies, kept inside the name: "Grupo Bimbo S.A.B. de C.V.", "Acme Inc.", "Acme plc",
# "Ford Motor Co.", "Aguas de Monterrey S.L."; "and company" after "&" or "y" too: "J.P. Morgan & Co.",
# "Hijos de Pérez y Cía.". Each abbreviation keeps its full stop, which also ends a sentence that ends
# with it: "sold to Ford Motor Co. The union said" holds "Ford Motor Co." and a new sentence.
_LEGAL_FORMS = (
    r"Inc\.|Inc\b|Corp\.|Corp\b|Co\.|Ltd\.|Ltd\b|LLC\b|LLP\b|PLC\b|[Pp]lc\b|GmbH\b|N\.V\.|S\.p\.A\.|"
    r"S\.A\.B\.\sde\sC\.V\.|S\.A\.\sde\sC\.V\.|S\.A\.|S\.L\.|Cía\."
)
_AND_COMPANY = r"Co\.|Cía\."
COMPANY_SUFFIX = rf"(?:,?\s(?:{_LEGAL_FORMS})|\s(?:&|y)\s(?:{_AND_COMPANY}))"
# What may not be read as a word of a name, so that the suffix is read as one: "Co" of "Co.".
NOT_COMPANY_SUFFIX = r"(?!Inc\b|Corp\b|Ltd\b|LLC\b|LLP\b|PLC\b|[Pp]lc\b|GmbH\b|S\.A\.|S\.L\.|Co\.|Cía\.)"
