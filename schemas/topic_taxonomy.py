"""The topic taxonomy: the only place topics and their evidence terms are written down.

`schemas.vocabularies.TOPIC_NAMES` (the allowed values of `topics.topic`), the topic scorer
(`flows.extract.topics`) and the dataset card all read it from here. It imports nothing from the
project, so any module can import it without a cycle.

Terms are lower case and matched as whole words, ignoring case and accents, in English and Spanish
alike (an article may quote the other language). A term ending in "*" is a stem and matches every word
that starts with it ("migra*": migration, migrants, migratorio). A term may span several words.
"""

from __future__ import annotations

from dataclasses import dataclass

# How a topic's score is computed (flows/extract/topics.py applies it; the dataset card prints it).
REPEAT_WEIGHT = 0.5
TERMS_FOR_ONE_MINUS_1_OVER_E = 3.0
WORDS_PER_UNIT = 250
THRESHOLD = 0.5
MAX_TOPICS = 3
SCORE_FORMULA = (
    f"score = 1 - exp(-evidence / ({TERMS_FOR_ONE_MINUS_1_OVER_E:g} x max(1, words / {WORDS_PER_UNIT}))), where "
    f"evidence = distinct matched words + {REPEAT_WEIGHT:g} x repeated matches (in the title, deck and body), and "
    "words = the body's word count; rounded to 3 decimals. "
    f"Topics scoring at least {THRESHOLD:g} are kept, at most {MAX_TOPICS} per article, the highest first."
)


@dataclass(frozen=True)
class Topic:
    name: str
    description: str
    terms_en: tuple[str, ...]
    terms_es: tuple[str, ...]


def _terms(text: str) -> tuple[str, ...]:
    """Comma-separated terms, so that several-word terms read naturally."""
    return tuple(term.strip() for term in text.split(",") if term.strip())


# Phrases that hold a topic's term but are not evidence of that topic: matched like terms, they win over the
# shorter term inside them and count for no topic. Places named after trade: a shopping mall ("centro
# comercial") or a shop ("local comercial") is retail, not trade between countries; "World Trade Center" a
# building. "Sin embargo" is "however", not an embargo of diplomacy's; "embargo de bienes", "embargo
# precautorio" and "embargo de cuentas" a court's seizure of goods and accounts.
NOT_EVIDENCE: tuple[str, ...] = _terms(
    "centro comercial, centros comerciales, plaza comercial, plazas comerciales, local comercial, "
    "locales comerciales, establecimiento comercial, establecimientos comerciales, world trade center, "
    "sin embargo, embargo de bienes, embargo precautorio, embargo de cuentas"
)

TOPICS: tuple[Topic, ...] = (
    Topic(
        "diplomacy",
        "Relations between governments: talks, visits, summits, envoys, treaties.",
        _terms(
            "diplomacy, diplomat*, bilateral*, foreign minister, foreign ministry, foreign affairs, "
            "secretary of state, state department, ambassador*, embass*, summit*, talks, dialogue, treaty, "
            "treaties, envoy*, consul, consuls, consulate*, "
            # Sanctions between countries; not "sanction*" ("sanctioned" is also "approved"). An embargo is a
            # country's in English; Spanish "sin embargo" (however) is no evidence (NOT_EVIDENCE), and a court's
            # seizure of goods ("embargo de bienes") is named in its own words.
            "sanctions, economic sanctions, embargo, embargoes, trade embargo*, arms embargo*, oil embargo*"
        ),
        _terms(
            "diplomac*, diplomatic*, bilateral*, canciller*, relaciones exteriores, embajad*, cumbre*, "
            "dialogo, tratado*, enviad*, consules, consulado*, consular*, sanciones economicas, "
            "sanciones internacionales, embargo comercial, embargo de armas, bloqueo economico"
        ),
    ),
    Topic(
        "migration",
        "People moving across borders: migrants, asylum, deportations, border crossings.",
        _terms(
            # Not "deport*": terms match in both languages, and it took Spanish "deportes" and "deportivo" (sports).
            "migra*, immigra*, emigra*, asylum, refugee*, deportation*, deported, deportee*, deporting, deport, "
            "deports, border, borders, undocumented, caravan*, "
            "visa, visas, remittance*"
        ),
        _terms(
            "migra*, inmigra*, emigra*, asilo, refugiad*, deporta*, frontera*, indocumentad*, caravana*, "
            "visa, visas, remesa*"
        ),
    ),
    Topic(
        "trade",
        "Trade between countries: exports, imports, tariffs, trade agreements, supply chains.",
        _terms(
            "trade, tariff*, export*, imports, importers, imported, usmca, nafta, free trade, commerce, "
            "supply chain*, nearshoring, trade war*"
        ),
        _terms(
            "comerci*, arancel*, exporta*, importaci*, importador*, t-mec, tmec, tlcan, libre comercio, "
            "cadena de suministro, cadenas de suministro, relocalizacion, guerra comercial, guerras comerciales"
        ),
    ),
    Topic(
        "economy",
        "The economy: growth, investment, inflation, jobs, budgets, taxes, debt, markets and company results.",
        # English 'fiscal' is the budget's: the phrases keep it from the courts' Spanish 'fiscal' (a prosecutor).
        _terms(
            "econom*, gdp, inflation, growth, investment*, investor*, prosperity, recession, jobs, "
            "unemployment, interest rate*, budget*, workforce, tax, taxes, taxation, fiscal year*, fiscal policy, "
            "fiscal deficit*, debt*, creditor*, refinanc*, bankrupt*, profit*, revenue*, earnings, dividend*, "
            "shareholder*, stock market*, stock exchange*, stock split*, mortgage*, real estate, housing market*, "
            "home sales, exchange rate*, currenc*, devalu*, "
            # The price statistics of inflation reports, named without "inflation" as often as with it.
            "consumer price*, year-on-year, "
            # Company deals and their market: a takeover story names no growth, budget nor inflation.
            "takeover*, merger*, acquisition*, market value, market capitali*, capitalisation, capitalization, "
            "share price*, stock price*, "
            # A company's results: a retailer's quarter names sales and earnings, no growth nor budget.
            "first-quarter, second-quarter, third-quarter, fourth-quarter, quarterly, same-store sales, "
            "retail sales, net income, net loss, per share"
        ),
        _terms(
            "econom*, pib, inflacion, crecimiento, inversion*, inversionista*, prosperidad, recesion, "
            "empleo*, desempleo, tasa de interes, tasas de interes, presupuest*, mano de obra, impuesto*, "
            "tributari*, ano fiscal, politica fiscal, deficit fiscal, reforma fiscal, deuda*, acreedor*, "
            "refinancia*, quiebra*, ganancias, utilidades, ingresos, dividendo*, accionista*, bolsa de valores, "
            "bolsas de valores, hipoteca*, hipotecari*, inmobiliari*, tipo de cambio, tipos de cambio, divisa*, "
            "devalu*, indice de precios, precios al consumidor, precios al consumo, interanual, interanuales, "
            "fusiones, adquisiciones, valor de mercado, capitalizacion de mercado, bursatil*, "
            "utilidad neta, perdida neta, ventas minoristas, por accion, trimestral*"
        ),
    ),
    Topic(
        "security and drugs",
        "Crime and security: drug trafficking, cartels, fentanyl, weapons, violence.",
        _terms(
            "fentanyl, drug*, narcotic*, cartel*, trafficking, trafficker*, smuggl*, violence, violent*, "
            "homicide*, murder*, security, weapon*, firearm*, gun*, organized crime, opioid*, war on drugs, drug war*, "
            # Police work and the common crimes of local news: a shooting, a robbery or an arrest story names
            # none of the words above but "gun" or "violence" once. Not "suspect*" ("suspected measles cases"),
            # "attack*" ("heart attack") nor "killed" (a storm kills too).
            "police*, arrest*, shooting, shootings, robber*, robbed, burglar*, theft*, thief, thieves, kidnap*, "
            "abduct*, extortion*, gang, gangs, gangster*, stabbing*, stabbed, manslaughter, assassin*, crime, "
            "crimes, criminals, terroris*, jihadi*, espionage"
        ),
        _terms(
            "fentanilo, droga*, narco*, cartel*, trafico, traficante*, contrabando, violencia, violent*, "
            "homicidio*, multihomicidio*, asesin*, seguridad, armas, armamento, arma de fuego, armas de fuego, "
            "ataque armado, ataques armados, crimen organizado, opioide*, "
            "guerra contra las drogas, guerra contra el narco*, "
            # As in English. Not "detenid*" (also "halted", and the migrants held at a border), "captura*"
            # ("captura de pantalla") nor "disparo" (folded, also "disparó": the prices soared).
            "policia, policias, policial, policiales, policiac*, arrest*, tiroteo*, balacera*, baleado*, baleada*, "
            "disparos, robo, robos, asalto*, asaltante*, hurto*, ladron*, secuestr*, extorsi*, delito*, delincu*, "
            "crimen, crimenes, criminales, sicari*, pandill*, feminicid*, terroris*, atentado*, yihadis*, espionaje"
        ),
    ),
    Topic(
        "energy and climate",
        "Energy and the environment: oil, electricity, renewables, climate change, emissions.",
        _terms(
            "energy, energies, renewable*, oil, natural gas, electricity, power plant*, solar, wind power, "
            "climate, emission*, environment*, lithium, carbon"
        ),
        _terms(
            "energia*, energetic*, renovable*, petrole*, gas natural, electricidad, electric*, solar, eolic*, "
            "clima*, emision*, medio ambiente, ambiental*, litio, carbono"
        ),
    ),
    Topic(
        "elections",
        "Elections and transitions of power: campaigns, votes, candidates, winners.",
        _terms(
            "election*, electoral*, vote, votes, voting, voter*, ballot*, campaign*, candidate*, "
            "president-elect, elect, inaugurat*, "
            # Transitions of power: a leader who names a successor or steps down for one.
            "successor, successors"
        ),
        _terms(
            "eleccion*, electoral*, voto, votos, votacion*, votante*, urnas, candidat*, "
            "presidenta electa, presidente electo, comicios, sufragio, toma de posesion, sucesor, sucesora, "
            "sucesores"
        ),
    ),
    Topic(
        "human rights",
        "Human rights: abuses, disappearances, discrimination, press freedom, rights of migrants.",
        _terms(
            "human rights, rights, abuse*, tortur*, disappear*, discrimination, press freedom, journalist*, dignity, "
            "crimes against humanity"  # longer than the crimes of "security and drugs"
        ),
        _terms(
            "derechos humanos, derechos, abuso*, desaparec*, discrimina*, libertad de prensa, "
            "periodista*, dignidad, crimen de lesa humanidad, crimenes de lesa humanidad"
        ),
    ),
    Topic(
        "health",
        "Public health: hospitals, vaccines, epidemics, medicines.",
        # Diseases by name too: an outbreak story names its disease more often than "health". Not "cholera" in
        # Spanish ("cólera" is also anger) nor "virus" (a computer's).
        _terms(
            "health, hospital*, vaccin*, pandemic*, epidemic*, covid*, disease*, medical, medicine*, patients, "
            "measles, mpox, monkeypox, smallpox, cholera, dengue, malaria, tuberculosis, ebola, polio*, "
            "influenza, cardiac arrest, coronavirus*, quarantin*, infection*, epidemiolog*"
        ),
        _terms(
            "salud, hospital*, vacuna*, pandemia*, epidemia*, covid*, enfermedad*, medic*, pacientes, "
            "sarampion, viruela*, rubeola, paludismo, coronavirus*, cuarentena*, contagio*, epidemiolog*"
        ),
    ),
    Topic(
        "disasters and weather",
        "Natural disasters and extreme weather: floods, droughts, storms, earthquakes, wildfires, relief.",
        _terms(
            "flood*, drought*, hurricane*, tropical storm*, storm*, earthquake*, tsunami*, wildfire*, landslide*, "
            "mudslide*, evacuat*, heatwave*, heat wave*, torrential, disaster*, water shortage*, rainfall, quake*, "
            "aftershock*, epicent*, seismic, rescuers, rubble, volcan*, eruption*, forest fire*, bushfire*, "
            # Winter weather. Not "snow*" (Snowden), nor Spanish "nevada" (the state of Nevada).
            "snow, snowfall*, snowstorm*, blizzard*, sleet, hailstorm*, freezing rain, wintry, gusts, meteorolog*"
        ),
        _terms(
            "inundaci*, inundad*, sequia*, huracan*, tormenta*, sismo*, terremoto*, incendio forestal, "
            "incendios forestales, deslave*, deslizamiento*, evacua*, ola de calor, torrencial*, desastre*, "
            "damnificad*, lluvias, emergencia hidrica, desbord*, sismic*, rescatista*, escombro*, erupci*, "
            # Fires in the plural are a season's or a region's ("las inundaciones e incendios"); one "incendio" is
            # as often a house's. Not "emergencia" alone: a crime story's "reporte de emergencia", the hospital's
            # "sala de emergencias" and the economy's "emergencia económica" say it too.
            "incendios, gota fria, nieve, nevadas, tormenta de nieve, granizada*, ventisca*, aguanieve"
        ),
    ),
    Topic(
        "labor and pensions",
        "Work and social security: wages, unions, strikes, labor reforms, pensions, retirement.",
        _terms(
            "wage*, minimum wage, labor union*, trade union*, unions, general strike, labor strike*, strikers, "
            "walkout*, labor reform, labour reform, pension*, retire*, social security, collective bargaining, "
            "layoff*, overtime"
        ),
        _terms(
            "salari*, salario minimo, sindica*, huelga*, paro nacional, reforma laboral, pension*, jubila*, "
            "seguridad social, negociacion colectiva, despido*, aguinaldo, horas extra"
        ),
    ),
    Topic(
        "education",
        "Schools and universities: students, teachers, education budgets and reforms.",
        _terms("education*, school*, universit*, student*, teacher*, classroom*, tuition, scholarship*, literacy"),
        _terms(
            "educaci*, educativ*, escuela*, escolar*, universidad*, universitari*, estudiant*, docente*, "
            "maestro*, maestra*, alumno*, aulas, beca, becas, becad*, becari*, alfabetiza*"
        ),
    ),
    Topic(
        "infrastructure and transport",
        "Roads, railways, ports, airports, bridges, canals and the works that build them.",
        _terms(
            "infrastructure, railway*, railroad*, rail line*, train, trains, highway*, motorway*, bridge*, airport*, "
            "seaport*, port authority, shipping, cargo, freight, public works, transit, subway*, airline*, "
            "aviation, air traffic, flight, flights"
        ),
        _terms(
            "infraestructura*, ferrocarril*, ferroviari*, tren, trenes, carretera*, autopista*, puente*, "
            "aeropuerto*, puertos, portuari*, naviera*, transito*, obras publicas, subterraneo, transporte*, "
            "aerolinea*, aviacion, trafico aereo, vuelo, vuelos"
        ),
    ),
    Topic(
        "justice and corruption",
        "Courts, prosecutions, prisons, extraditions and corruption.",
        _terms(
            "corrupt*, bribe*, court, courts, courtroom*, courthouse*, judge*, judicial*, prosecut*, indict*, "
            "extradit*, fraud*, trial, sentenced, attorney general, lawsuit*, sued, suing, convict*, verdict*, "
            "acquit*, prison*, jail*, inmate*, detention, detainee*, incarcerat*, penitentiar*, parole*, fugitiv*, "
            # Held and questioned, and the mercy that ends a sentence.
            "detained, interrogator*, interrogated, interrogation*, clemency, pardon, pardons, pardoned"
        ),
        _terms(
            "corrupci*, corrupt*, soborno*, tribunal*, juez, jueces, juzgado*, judicial*, fiscal*, fiscalia*, "
            "ministerio publico, procurador*, procuraduria*, imputad*, extradi*, fraude*, juicio*, sentenciad*, "
            "sentencia*, penal, penales, carcel*, presidio*, penitenciari*, recluso*, reclusa*, reo, reos, "
            "prision*, profug*, interrogatorio*, clemencia, indult*, inculpad*"
        ),
    ),
    Topic(
        "armed conflict",
        "Wars and armed conflict: troops, fighting, shelling, air strikes, invasions, ceasefires.",
        # Words of fighting, not of the armed forces: an army or 'militares' patrol streets in crime stories too.
        # 'Trade war' and 'war on drugs' are longer terms of their own topics, so they are no war here.
        _terms(
            "war, wars, warfare, wartime, troops, soldier*, artillery, shelling, shelled, airstrike*, air strike*, "
            "air raid*, bombing*, bombard*, missile*, invasion, invaded, ceasefire*, cease-fire*, truce, "
            "insurgen*, militia*, militants, rebels, guerrilla*, front line*, frontline*, armed conflict, "
            "counteroffensive*, war crime*, "
            # A strike named by its weapon or by the army that made it; "strike" alone is as often a walkout.
            "drone strike*, drone attack*, military strike*, retaliatory strike*, israeli strike*, israeli attack*, "
            "russian strike*, ukrainian strike*, warplane*, fighter jet*"
        ),
        _terms(
            "guerra, guerras, belic*, tropas, soldado*, artilleria, bombarde*, ataque aereo, ataques aereos, "
            "misil*, invasion, invadio, invadieron, alto el fuego, cese al fuego, cese del fuego, tregua, "
            "insurgen*, milicia*, rebeldes, guerrilla*, frente de batalla, conflicto armado, ofensiva, "
            "contraofensiva*, crimenes de guerra, ataque con drones, ataques con drones, ataque israeli, "
            "ataques israelies, ataque ruso, ataques rusos, aviones de combate, avion de combate"
        ),
    ),
    Topic(
        "legislation",
        "Lawmaking: bills, laws, decrees, constitutional reforms and the congresses and parliaments that pass them.",
        # Not 'law' nor 'bill' alone in English ('law enforcement', 'a bill for repairs'); Spanish 'ley' is the law.
        # Lawmakers' titles ('senator', 'la diputada') are left out: they name who speaks, in a story of any topic.
        _terms(
            "legislation, legislative, legislature*, parliament*, congress, congressional, senate, draft law*, "
            "draft bill*, decree*, statute*, constitutional amendment*, constitutional reform*, veto*"
        ),
        _terms(
            "legislaci*, legislativ*, legislatura*, parlament*, congreso, senado, proyecto de ley, proyectos de ley, "
            "iniciativa de ley, ley, leyes, decreto*, reforma constitucional, enmienda*, asamblea legislativa, "
            "asamblea nacional, promulg*"
        ),
    ),
    Topic(
        "sports",
        "Sport: football and other games, athletes, coaches, tournaments, championships and the Olympics.",
        # Words of the game, not of winning: 'champion' is also a verb ('to champion a reform'), 'coach' a bus,
        # 'league' a league of nations, 'player' a market's, 'strikers' a walkout's; Spanish 'partido' is a party,
        # 'estadio' a stage ('un estadio avanzado'), 'mundial' worldwide and 'portero' a doorman.
        _terms(
            "sport, sports, sporting, football*, soccer, baseball, basketball, volleyball, tennis, golf, golfer*, "
            "rugby, cricket, cycling, cyclist*, boxing, athlet*, olympic*, olympiad*, world cup, championship*, "
            "tournament*, playoff*, semifinal*, semi-final*, quarterfinal*, quarter-final*, goalkeeper*, "
            "midfielder*, quarterback*, touchdown*, home run*, stadium*, medalist*, medallist*"
        ),
        _terms(
            "deporte*, deportiv*, deportista*, futbol*, balompie, beisbol*, basquetbol*, baloncesto, voleibol, "
            "tenis, tenista*, golfista*, ciclismo, ciclista*, boxeo, boxeador*, atleta*, atletismo, olimpic*, "
            "olimpiada*, copa del mundo, copa mundial, campeonato*, torneo*, liguilla, cuartos de final, "
            "mediocampista*, centrocampista*, seleccionador*, entrenador*, director tecnico, directores tecnicos, "
            "jugador*, gol, goles, goleador*, goleada*, jonron*, fichaje*, medallista*"
        ),
    ),
)
