"""Word lists shared by both languages: places, publishers, agencies, roles, organization name parts.

Places are real city and country names (a gazetteer should find them); publishers and organizations are
invented, with domains under the reserved `.example` names so no URL points at a real site. The wire
agencies are the ones whose dateline and credit styles the seeds show.
"""

from __future__ import annotations

from typing import NamedTuple


class Place(NamedTuple):
    city_en: str
    city_es: str
    country_en: str
    country_es: str


def _places(text: str) -> tuple[Place, ...]:
    return tuple(Place(*(part.strip() for part in line.split("|"))) for line in text.strip().splitlines())


PLACES = _places("""
Havana | La Habana | Cuba | Cuba
Santiago de Cuba | Santiago de Cuba | Cuba | Cuba
Mexico City | Ciudad de México | Mexico | México
Monterrey | Monterrey | Mexico | México
Guadalajara | Guadalajara | Mexico | México
Tijuana | Tijuana | Mexico | México
Bogotá | Bogotá | Colombia | Colombia
Medellín | Medellín | Colombia | Colombia
Lima | Lima | Peru | Perú
Santiago | Santiago | Chile | Chile
Valparaíso | Valparaíso | Chile | Chile
Buenos Aires | Buenos Aires | Argentina | Argentina
Córdoba | Córdoba | Argentina | Argentina
Caracas | Caracas | Venezuela | Venezuela
Quito | Quito | Ecuador | Ecuador
Guayaquil | Guayaquil | Ecuador | Ecuador
La Paz | La Paz | Bolivia | Bolivia
Montevideo | Montevideo | Uruguay | Uruguay
Asunción | Asunción | Paraguay | Paraguay
Brasília | Brasilia | Brazil | Brasil
Panama City | Ciudad de Panamá | Panama | Panamá
San José | San José | Costa Rica | Costa Rica
Managua | Managua | Nicaragua | Nicaragua
Tegucigalpa | Tegucigalpa | Honduras | Honduras
San Salvador | San Salvador | El Salvador | El Salvador
Guatemala City | Ciudad de Guatemala | Guatemala | Guatemala
Santo Domingo | Santo Domingo | Dominican Republic | República Dominicana
Washington | Washington | United States | Estados Unidos
New York | Nueva York | United States | Estados Unidos
Miami | Miami | United States | Estados Unidos
Houston | Houston | United States | Estados Unidos
Ottawa | Ottawa | Canada | Canadá
Madrid | Madrid | Spain | España
Barcelona | Barcelona | Spain | España
Lisbon | Lisboa | Portugal | Portugal
Paris | París | France | Francia
Brussels | Bruselas | Belgium | Bélgica
Geneva | Ginebra | Switzerland | Suiza
Berlin | Berlín | Germany | Alemania
Rome | Roma | Italy | Italia
London | Londres | United Kingdom | Reino Unido
Beijing | Pekín | China | China
Tokyo | Tokio | Japan | Japón
New Delhi | Nueva Delhi | India | India
Nairobi | Nairobi | Kenya | Kenia
""")


# English names that take "the" inside a sentence ("talks with the United States").
_WITH_THE = frozenset({"United States", "United Kingdom", "Dominican Republic"})


def country_in_text(name: str, language: str) -> str:
    return f"the {name}" if language == "en" and name in _WITH_THE else name


class Publisher(NamedTuple):
    name: str
    domain: str
    language: str


def _publishers(text: str, language: str) -> tuple[Publisher, ...]:
    return tuple(
        Publisher(name.strip(), domain.strip(), language)
        for name, domain in (line.split("|") for line in text.strip().splitlines())
    )


PUBLISHERS_EN = _publishers(
    """
Valley Courier | www.valleycourier.example
Radio Coastline International | radiocoastline.example
The Harbor Ledger | harborledger.example.com
Southern Cross Daily | www.southerncrossdaily.example
Meridian News Service | news.meridian.example.org
Caribbean Morning Post | caribbeanmorningpost.example
Northern Plains Herald | www.plainsherald.example
Andes Report | andesreport.example.net
Gulf Coast Observer | gulfobserver.example
Continental Wire Weekly | www.continentalwire.example
Isthmus Times | isthmustimes.example.com
Atlantic Evening Star | www.eveningstar.example.org
""",
    "en",
)

PUBLISHERS_ES = _publishers(
    """
Diario del Litoral | www.diariodellitoral.example
Radio Sierra Nueva | radiosierranueva.example
El Heraldo Austral | heraldoaustral.example.com
La Voz del Valle | www.lavozdelvalle.example
Semanario Horizonte | semanariohorizonte.example.org
Noticias del Caribe | www.noticiasdelcaribe.example
El Mirador Andino | miradorandino.example.net
Crónica Metropolitana | www.cronicametropolitana.example
La Gaceta del Istmo | gacetadelistmo.example
Agencia Informativa Continental | www.aicontinental.example.org
El Faro del Pacífico | farodelpacifico.example.com
Radio Antena Sur | antenasur.example
""",
    "es",
)

# Dateline agencies as printed in brackets, and the names their credits give.
AGENCIES_EN = ("AP", "Reuters", "AFP", "EFE", "RHC", "ACN", "PL", "Xinhua")
AGENCIES_ES = ("Prensa Latina", "EFE", "ACN", "AFP", "Notimex", "Europa Press", "ANSA", "PL")
CREDITED_EN = ("Prensa Latina", "EFE", "AFP", "Reuters", "AP", "Xinhua")
CREDITED_ES = ("Prensa Latina", "EFE", "AFP", "Notimex", "Europa Press", "ANSA")


class Role(NamedTuple):
    en: str  # written before the name: "Foreign Minister Ana Ruiz"
    es_m: str  # with its article: "el canciller Mario Vega"
    es_f: str


def _roles(text: str) -> tuple[Role, ...]:
    return tuple(Role(*(part.strip() for part in line.split("|"))) for line in text.strip().splitlines())


# Roles per topic of schemas/topic_taxonomy.py; GENERIC_ROLES fit any story.
ROLES: dict[str, tuple[Role, ...]] = {
    "diplomacy": _roles("""
Foreign Minister | el canciller | la canciller
Ambassador | el embajador | la embajadora
Deputy Foreign Minister | el vicecanciller | la vicecanciller
"""),
    "migration": _roles("""
Interior Minister | el ministro del Interior | la ministra del Interior
Migration Commissioner | el comisionado de Migración | la comisionada de Migración
"""),
    "trade": _roles("""
Trade Secretary | el secretario de Comercio | la secretaria de Comercio
Economy Minister | el ministro de Economía | la ministra de Economía
"""),
    "economy": _roles("""
Finance Minister | el ministro de Hacienda | la ministra de Hacienda
Economy Minister | el ministro de Economía | la ministra de Economía
"""),
    "security and drugs": _roles("""
Security Minister | el secretario de Seguridad | la secretaria de Seguridad
Attorney General | el fiscal general | la fiscal general
police chief | el jefe de la policía | la jefa de la policía
"""),
    "energy and climate": _roles("""
Energy Minister | el ministro de Energía | la ministra de Energía
Environment Minister | el ministro de Medio Ambiente | la ministra de Medio Ambiente
"""),
    "elections": _roles("""
Senator | el senador | la senadora
Governor | el gobernador | la gobernadora
President-elect | el presidente electo | la presidenta electa
"""),
    "human rights": _roles("""
Ombudsman | el defensor del Pueblo | la defensora del Pueblo
human rights commissioner | el comisionado de derechos humanos | la comisionada de derechos humanos
"""),
    "health": _roles("""
Health Minister | el ministro de Salud | la ministra de Salud
hospital director | el director del hospital | la directora del hospital
"""),
    "disasters and weather": _roles("""
Civil Protection Director | el director de Protección Civil | la directora de Protección Civil
Environment Minister | el ministro de Medio Ambiente | la ministra de Medio Ambiente
"""),
    "labor and pensions": _roles("""
Labor Minister | el ministro de Trabajo | la ministra de Trabajo
union leader | el dirigente sindical | la dirigente sindical
"""),
    "education": _roles("""
Education Minister | el ministro de Educación | la ministra de Educación
university rector | el rector de la universidad | la rectora de la universidad
"""),
    "infrastructure and transport": _roles("""
Transport Minister | el ministro de Transporte | la ministra de Transporte
Public Works Minister | el ministro de Obras Públicas | la ministra de Obras Públicas
"""),
    "justice and corruption": _roles("""
Attorney General | el fiscal general | la fiscal general
Judge | el juez | la jueza
prosecutor | el fiscal | la fiscal
"""),
    "armed conflict": _roles("""
Defense Minister | el ministro de Defensa | la ministra de Defensa
army spokesperson | el portavoz del ejército | la portavoz del ejército
"""),
    "legislation": _roles("""
Senator | el senador | la senadora
Senate President | el presidente del Senado | la presidenta del Senado
"""),
}

GENERIC_ROLES = _roles("""
President | el presidente | la presidenta
Mayor | el alcalde | la alcaldesa
spokesperson | el portavoz | la portavoz
Prime Minister | el primer ministro | la primera ministra
Deputy | el diputado | la diputada
""")

# Invented organizations: a kind, a scope and a field make names such as "National Water Commission" or
# "Instituto Regional de Estudios Agrarios", abbreviated by their capitalised words' initials.
ORG_KINDS_EN = ("Commission", "Institute", "Council", "Agency", "Association", "Federation", "Center", "Foundation")
ORG_SCOPES_EN = ("National", "Regional", "Continental", "Independent", "Caribbean", "Latin American", "Central")
# Spanish kinds with their gender, which picks the article ("la Comisión", "el Instituto").
ORG_KINDS_ES = (
    ("Comisión", "f"),
    ("Instituto", "m"),
    ("Consejo", "m"),
    ("Agencia", "f"),
    ("Asociación", "f"),
    ("Federación", "f"),
    ("Centro", "m"),
    ("Fundación", "f"),
)
ORG_SCOPES_ES = {"m": ("Nacional", "Regional", "Independiente", "Latinoamericano", "Caribeño", "Central"), "f": (
    "Nacional", "Regional", "Independiente", "Latinoamericana", "Caribeña", "Central"
)}  # fmt: skip

# Fields per topic: "National {field} Commission", "Comisión Nacional de {field}".
ORG_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "diplomacy": (("Foreign Policy", "Política Exterior"), ("International Relations", "Relaciones Internacionales")),
    "migration": (("Refugee", "Refugiados"), ("Migration Studies", "Estudios Migratorios")),
    "trade": (("Export", "Exportadores"), ("Trade Development", "Desarrollo Comercial")),
    "economy": (("Economic Research", "Investigación Económica"), ("Small Business", "Pequeñas Empresas")),
    "security and drugs": (("Public Safety", "Seguridad Ciudadana"), ("Drug Policy", "Política de Drogas")),
    "energy and climate": (("Renewable Energy", "Energías Renovables"), ("Water", "Recursos Hídricos")),
    "elections": (("Electoral", "Asuntos Electorales"), ("Civic Participation", "Participación Ciudadana")),
    "human rights": (("Human Rights", "Derechos Humanos"), ("Press Freedom", "Libertad de Prensa")),
    "health": (("Public Health", "Salud Pública"), ("Medical Research", "Investigación Médica")),
    "disasters and weather": (("Disaster Relief", "Atención de Desastres"), ("Meteorology", "Meteorología")),
    "labor and pensions": (("Labor Studies", "Estudios Laborales"), ("Pension Funds", "Fondos de Pensiones")),
    "education": (("Education", "Educación"), ("Teacher Training", "Formación Docente")),
    "infrastructure and transport": (("Transport", "Transporte"), ("Public Works", "Obras Públicas")),
    "justice and corruption": (("Transparency", "Transparencia"), ("Judicial Studies", "Estudios Judiciales")),
    "armed conflict": (("Conflict Studies", "Estudios de Conflictos"), ("Humanitarian Aid", "Ayuda Humanitaria")),
    "legislation": (
        ("Legislative Studies", "Estudios Legislativos"),
        ("Parliamentary Practice", "Práctica Parlamentaria"),
    ),
}

# Words left out of acronyms ("Institute for Water Studies" is IWS, "Comisión de Derechos Humanos" CDH).
ACRONYM_SKIP = frozenset({"for", "of", "the", "and", "on", "de", "del", "la", "las", "los", "y", "para", "en"})

MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTHS_ES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
NUMBER_WORDS_EN = ("two", "three", "four", "five", "six", "seven", "eight", "ten", "twelve", "15", "20", "30")
NUMBER_WORDS_ES = ("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "diez", "doce", "15", "20", "30")
