"""Topics: taxonomy integrity, scoring, threshold and determinism."""

from __future__ import annotations

import random

import pytest

from flows.extract.gazetteer import fold_keep_length
from flows.extract.topics import _closing_mark, _in_quoted_title, _opening_mark, score_topics
from flows.extract.types import ArticleText
from schemas.topic_taxonomy import MAX_TOPICS, NOT_EVIDENCE, THRESHOLD, TOPICS
from schemas.vocabularies import TOPIC_NAMES


def article(text: str, language: str = "en") -> ArticleText:
    return ArticleText("0123456789abcdef", text, ((0, len(text)),), language)


def test_topic_names_come_from_the_taxonomy() -> None:
    assert tuple(t.name for t in TOPICS) == TOPIC_NAMES
    assert len(set(TOPIC_NAMES)) == len(TOPIC_NAMES)


def test_each_term_belongs_to_one_topic_and_is_either_a_stem_or_a_word() -> None:
    # The gazetteer keeps the first listing of a folded term, so a second one would silently do nothing.
    owner: dict[str, tuple[str, bool]] = {}
    for topic in TOPICS:
        assert topic.description and topic.terms_en and topic.terms_es
        for term in (*topic.terms_en, *topic.terms_es):
            assert term == term.lower().strip()
            key = fold_keep_length(term)
            listing = (topic.name, key.endswith("*"))
            assert owner.setdefault(key.removesuffix("*"), listing) == listing, term


def test_migration_article_scores_migration_first() -> None:
    text = (
        "Migration across the border rose. Migrants asked for asylum, and deportations continued. "
        "La migración y los migrantes en la frontera."
    )
    rows = score_topics(article(text))
    assert rows[0]["topic"] == "migration"
    assert rows[0]["evidence_terms"] == sorted(rows[0]["evidence_terms"])
    assert "migracion" in rows[0]["evidence_terms"]
    assert 0 <= rows[0]["score"] <= 1


def test_repetition_counts_less_than_new_terms() -> None:
    repeated = score_topics(article("migration migration migration migration"))
    varied = score_topics(article("migration asylum deportation refugees"))
    assert varied[0]["score"] > (repeated[0]["score"] if repeated else 0)


def test_the_headline_and_deck_are_evidence_as_the_body_is() -> None:
    # A deck moved out of the body (into `subtitle`) took its terms with it: the article lost its topic.
    body = "El ministro habló el martes ante la prensa. Dijo que el plan sigue y que habrá más anuncios. " * 2
    headed = ArticleText(
        "0123456789abcdef",
        body,
        ((0, len(body)),),
        "es",
        heading="Inflación y desempleo\nEl banco central subió las tasas de interés por la inflación",
    )
    assert score_topics(article(body, "es")) == []
    rows = score_topics(headed)
    assert rows[0]["topic"] == "economy"
    assert {"desempleo", "inflacion"} <= set(rows[0]["evidence_terms"])


def test_weak_evidence_is_below_the_threshold() -> None:
    assert score_topics(article("The talks were long. " + "Nothing else happened here. " * 40)) == []


def test_at_most_max_topics_above_threshold_best_first() -> None:
    text = (
        "Migration, asylum, deportations and refugees. Trade, tariffs, exports and USMCA. "
        "Fentanyl, cartels, weapons and violence. Elections, voters, ballots and candidates. "
        "Health, hospitals, vaccines and pandemic."
    )
    rows = score_topics(article(text))
    assert len(rows) == MAX_TOPICS
    assert all(r["score"] >= THRESHOLD for r in rows)
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)


def test_stems_match_from_the_start_of_a_word_only() -> None:
    inside_words = "Unmigratory ecotrade nonmigrants premigration antimigration ecomigrants " * 3
    assert score_topics(article(inside_words)) == []
    rows = score_topics(article("Migratory, migrants, migrations, migrated. " * 3))
    assert rows[0]["evidence_terms"] == ["migrants", "migrated", "migrations", "migratory"]


@pytest.mark.parametrize("language", ["en", "es"])
def test_deterministic(language: str) -> None:
    text = "Energía renovable y petróleo; climate change, emissions, renewable energy and oil."
    assert score_topics(article(text, language)) == score_topics(article(text, language))


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Las lluvias torrenciales desbordaron dos ríos y dejaron miles de damnificados; "
            "las autoridades evacuaron tres aldeas por el riesgo de deslaves.",
            "disasters and weather",
        ),
        (
            "El Congreso aprobó la reforma de pensiones: las jubilaciones subirán y los sindicatos "
            "levantaron la huelga anunciada para el lunes.",
            "labor and pensions",
        ),
        (
            "Teachers and students marched to demand a larger education budget for public schools and universities.",
            "education",
        ),
        (
            "La nueva autopista y el ferrocarril al aeropuerto forman parte del plan de infraestructura, "
            "junto con un puente sobre el río.",
            "infrastructure and transport",
        ),
    ],
)
def test_topics_beyond_bilateral_relations(text: str, topic: str) -> None:
    assert topic in [row["topic"] for row in score_topics(article(text))]


def test_consulting_is_not_consular_diplomacy() -> None:
    text = "Los vecinos consultaron a los médicos; la consulta pública sigue abierta y nadie fue consultado."
    assert "diplomacy" not in [row["topic"] for row in score_topics(article(text))]


def _topics_of(text: str, language: str = "en") -> list[str]:
    return [row["topic"] for row in score_topics(article(text, language))]


@pytest.mark.parametrize(
    ("text", "language", "topic"),
    [
        (
            "The retailer's quarterly profits rose 12%, revenues reached a record and the board raised its dividend; "
            "shareholders cheered the earnings.",
            "en",
            "economy",
        ),
        (
            "La cementera reportó ganancias récord: sus utilidades crecieron 8% y los ingresos por ventas subieron, "
            "por lo que repartirá un dividendo mayor a sus accionistas.",
            "es",
            "economy",
        ),
        (
            "Creditor banks agreed to reschedule the country's foreign debt, and the refinancing eases payments "
            "on its mortgage-backed bonds.",
            "en",
            "economy",
        ),
        (
            "Los reos cavaron un túnel bajo la cárcel; el sistema penitenciario trasladó a los reclusos a otro penal.",
            "es",
            "justice and corruption",
        ),
        (
            "Inmates at the prison staged a protest over detention conditions, and three detainees were moved to jail "
            "cells.",
            "en",
            "justice and corruption",
        ),
        (
            "El Ministerio Público abrió una investigación penal y el imputado quedó en prisión preventiva mientras "
            "avanza el proceso judicial.",
            "es",
            "justice and corruption",
        ),
        (
            "Tras la devaluación, el tipo de cambio oficial subió y las divisas escasean, dijo el ministro.",
            "es",
            "economy",
        ),
    ],
    ids=["company-results-en", "company-results-es", "debt-rescheduling", "prison-es", "prison-en",
         "criminal-investigation-es", "exchange-rate-es"],
)  # fmt: skip
def test_company_results_debt_prisons_and_investigations_have_their_topics(
    text: str, language: str, topic: str
) -> None:
    assert topic in _topics_of(text, language)


def test_because_is_not_a_scholarship() -> None:
    # 'beca' (a scholarship) starts 'because': a stem of it read every English 'because' as education.
    text = "They stayed home because it rained, because the road was closed and because nobody called. " * 2
    assert "education" not in _topics_of(text)
    assert _topics_of("Las becas y los becarios de la universidad: el estudiante pidió una beca.", "es") == [
        "education"
    ]


def test_names_and_words_that_start_like_a_term_are_not_its_evidence() -> None:
    # 'court*' read Courtney, courtesy and courtyard as the courts'.
    text = "Courtney thanked them for their courtesy in the courtyard; Courtney smiled at the courtiers. " * 2
    assert "justice and corruption" not in _topics_of(text)


def test_a_fiscal_year_is_the_economy_not_a_prosecutor() -> None:
    # English 'fiscal' is the budget's; Spanish 'fiscal' (a prosecutor) is the courts'.
    text = (
        "The governor cut the fiscal year budget: the fiscal year ends in June, the fiscal deficit grew, fiscal "
        "policy must tighten and the fiscal year 2021 plan is late."
    )
    assert "justice and corruption" not in _topics_of(text)
    assert "justice and corruption" in _topics_of("El fiscal acusó al juez ante el tribunal.", "es")


@pytest.mark.parametrize(
    ("text", "language", "topic"),
    [
        (
            "Troops pushed toward the river under heavy shelling; artillery and air strikes hit the town, and the "
            "ceasefire the envoys had agreed collapsed on the front line.",
            "en",
            "armed conflict",
        ),
        (
            "Las tropas avanzaron bajo el fuego de la artillería; la ofensiva dejó decenas de soldados muertos y "
            "los bombardeos rompieron la tregua.",
            "es",
            "armed conflict",
        ),
        (
            "Lawmakers passed the legislation after a long debate in parliament; the senate must still approve it "
            "before the president can sign or veto it.",
            "en",
            "legislation",
        ),
        (
            "El senador presentó un proyecto de ley para reformar la ley de obras; los diputados la debatirán en el "
            "Congreso y el Ejecutivo deberá promulgarla.",
            "es",
            "legislation",
        ),
    ],
    ids=["war-en", "war-es", "bill-en", "proyecto-de-ley-es"],
)
def test_war_and_lawmaking_stories_have_their_topics(text: str, language: str, topic: str) -> None:
    assert _topics_of(text, language)[0] == topic


def test_trade_wars_and_drug_wars_are_not_armed_conflict() -> None:
    text = (
        "The trade war deepened: tariffs rose and exporters lost markets. Trade wars hurt imports too, while the "
        "war on drugs went on. La guerra comercial y la guerra contra las drogas siguen."
    )
    topics = _topics_of(text)
    assert "armed conflict" not in topics
    assert "trade" in topics


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un sismo de magnitud 6 sacudió Valdora el martes; los rescatistas buscan sobrevivientes entre los "
            "escombros cerca del epicentro.",
            "es",
        ),
        (
            "A strong quake struck Riverton on Tuesday; rescuers dug through the rubble as aftershocks shook the "
            "town near the epicentre.",
            "en",
        ),
        ("El volcán Arenoso entró en erupción y las autoridades evacuaron tres pueblos.", "es"),
    ],
    ids=["earthquake-es", "earthquake-en", "eruption-es"],
)
def test_earthquakes_and_eruptions_are_disasters(text: str, language: str) -> None:
    assert _topics_of(text, language)[:1] == ["disasters and weather"]


def test_a_rescue_plan_for_banks_is_no_disaster() -> None:
    """'rescate' (a bailout) is the economy's; only the rescuers of a disaster are evidence of one."""
    text = "El Gobierno aprobó el rescate de dos bancos y un plan de rescate para las aerolíneas."
    assert "disasters and weather" not in _topics_of(text, "es")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police arrested two men after a shooting outside a bar in Riverton on Saturday; officers said the "
            "suspects had robbed a petrol station an hour earlier.",
            "en",
        ),
        (
            "Gunmen kidnapped a trader on the highway, and police said the gang demanded a ransom; the robbers "
            "were arrested at a checkpoint.",
            "en",
        ),
        (
            "La policía detuvo a tres presuntos integrantes de una pandilla tras una balacera en el mercado; "
            "los agentes los acusan de robo y extorsión a comerciantes.",
            "es",
        ),
        (
            "Un atentado con explosivos en un centro comercial dejó tres muertos; la policía busca a los "
            "terroristas y el alcalde pidió capturar a los asesinos.",
            "es",
        ),
    ],
    ids=["shooting-robbery-en", "kidnapping-en", "gang-extortion-es", "bombing-es"],
)
def test_police_and_crime_stories_are_security(text: str, language: str) -> None:
    assert _topics_of(text, language)[:1] == ["security and drugs"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La Secretaría de Salud confirmó un brote de sarampión en la capital: ya son doce casos de sarampión.",
            "es",
        ),
        ("A measles outbreak spread through three schools; health officials urged parents to vaccinate.", "en"),
    ],
    ids=["sarampion-es", "measles-en"],
)
def test_a_disease_named_is_health(text: str, language: str) -> None:
    assert _topics_of(text, language)[:1] == ["health"]


def test_a_cardiac_arrest_is_no_arrest_and_crimes_against_humanity_are_human_rights() -> None:
    text = "The patient suffered a cardiac arrest in the hospital; doctors said a second cardiac arrest followed."
    assert "security and drugs" not in _topics_of(text)
    text = (
        "La comisión documentó tortura y crímenes de lesa humanidad; los crímenes de lesa humanidad no prescriben, "
        "dijo la defensora de derechos humanos."
    )
    assert _topics_of(text, "es") == ["human rights"]


def test_a_shopping_mall_is_no_trade() -> None:
    mall = (
        "El centro comercial reabrió el sábado; los centros comerciales y los locales comerciales del norte "
        "recibieron a miles de visitantes."
    )
    assert "trade" not in _topics_of(mall, "es")
    trade = "El acuerdo comercial entre ambos países eliminará aranceles y elevará el comercio y las exportaciones."
    assert "trade" in _topics_of(trade, "es")


def test_not_evidence_phrases_hold_a_term_and_are_no_term() -> None:
    """A phrase of NOT_EVIDENCE that held no term would do nothing; one that was a term would be listed twice."""
    terms = {term for topic in TOPICS for term in (*topic.terms_en, *topic.terms_es)}
    for phrase in NOT_EVIDENCE:
        assert phrase == phrase.lower().strip() and phrase not in terms
        held = [word for word in phrase.split() if any(word.startswith(term.removesuffix("*")) for term in terms)]
        assert held, phrase


@pytest.mark.parametrize(
    ("text", "language", "topic"),
    [
        (
            "Tras el ataque armado en una cantina de Valdehondo, la fiscalía investiga el multihomicidio: las "
            "víctimas presentaban heridas de arma de fuego.",
            "es",
            "security and drugs",
        ),
        (
            "La inflación no cede: el índice de precios al consumidor subió 1,8% en marzo y la variación interanual "
            "se ubicó en 24%, informó el instituto de estadística.",
            "es",
            "economy",
        ),
        (
            "Inflation cooled: consumer prices rose 0.4% in May and 3.1% year-on-year, the statistics office said.",
            "en",
            "economy",
        ),
        (
            "El Gobierno aprobó ayudas para los afectados por las inundaciones e incendios del verano y por la gota "
            "fría que azotó la costa.",
            "es",
            "disasters and weather",
        ),
        (
            "Firefighters battled a forest fire north of Pinewood as bushfires spread along the coast and villages "
            "were evacuated.",
            "en",
            "disasters and weather",
        ),
        (
            "At least nine people were killed in Israeli strikes on the camp, the health ministry said; another "
            "Israeli strike hit a hospital as the war entered its third year.",
            "en",
            "armed conflict",
        ),
        (
            "A drone strike hit a fuel depot overnight, and Russian strikes on the port followed a retaliatory "
            "strike on the border; the ministry of health counted the wounded at the city hospital.",
            "en",
            "armed conflict",
        ),
        (
            "Los ataques israelíes sobre el campamento y un ataque con drones dejaron doce muertos, según el "
            "ministerio de salud; el hospital recibió a los heridos en plena guerra.",
            "es",
            "armed conflict",
        ),
    ],
    ids=["armed-attack-es", "consumer-prices-es", "consumer-prices-en", "floods-and-fires-es", "forest-fire-en",
         "strikes-by-an-army-en", "drone-and-retaliatory-strikes-en", "ataques-israelies-es"],
)  # fmt: skip
def test_spanish_crime_price_and_disaster_terms_and_war_strikes(text: str, language: str, topic: str) -> None:
    """A strike named by its army or weapon is the war's; a war report's hospital and health ministry, the
    sources of its toll, must not come first."""
    assert _topics_of(text, language)[:1] == [topic]


@pytest.mark.parametrize(
    ("text", "language", "topic"),
    [
        (
            "Dockworkers went on strike on Monday; the strike by the union of Portavista halted the ferries and a "
            "second strike is planned.",
            "en",
            "armed conflict",
        ),
        (
            "Tras un reporte de emergencia, los paramédicos llevaron al paciente a la sala de emergencias del hospital.",
            "es",
            "disasters and weather",
        ),
        (
            "Un incendio consumió una vivienda del barrio Las Lomas; los bomberos sofocaron el fuego.",
            "es",
            "disasters and weather",
        ),
        (
            "Israeli startups raised funds at the Tel Aviv fair, where the Israeli tech sector courts investors.",
            "en",
            "armed conflict",
        ),
    ],
    ids=["walkout-en", "emergency-call-es", "house-fire-es", "israeli-business-en"],
)  # fmt: skip
def test_walkouts_emergency_calls_and_a_house_fire_are_not_war_or_disaster(
    text: str, language: str, topic: str
) -> None:
    assert topic not in _topics_of(text, language)


def evidence(text: str) -> dict[str, list[str]]:
    """Each topic's evidence terms in `text`, whatever its score."""
    # A short text scores its terms above the threshold: one sentence of three or more terms does.
    return {row["topic"]: row["evidence_terms"] for row in score_topics(article(text))}


# One example a line (a backslash goes on to the next): topic | the terms it must find, no more | the text.
_NEW_TERMS = """
economy | takeover, acquisitions, market value, capitalisation, merger | Talk of a takeover lifted the brewer, \
which is weighing acquisitions; its market value and capitalisation rose before the merger.
disasters and weather | wintry, snow, sleet, gusts, snowfall, meteorologist | A wintry night: snow, sleet and \
gusts, and more snowfall tomorrow, the meteorologist warned.
infrastructure and transport | airline, flights, aviation, air traffic | The airline cancelled flights as \
aviation officials slowed air traffic.
human rights | tortured, torture, abused | She said he was tortured; the torture was denied and he was abused again.
justice and corruption | clemencia, inculpado, indulto, interrogatorio | Los abogados pidieron clemencia para el \
inculpado, y después un indulto; el interrogatorio siguió.
justice and corruption | detained, interrogated, interrogator, pardoned, clemency | He was detained, \
interrogated by an interrogator and later pardoned after a clemency plea.
armed conflict | warplanes, fighter jet, aviones de combate, ceasefire | Warplanes and a fighter jet struck; \
aviones de combate cruzaron la frontera; a ceasefire failed.
elections | sucesor, sucesora, comicios, voto | El ministro nombró a su sucesor y a una sucesora en el partido \
antes de los comicios y del voto.
diplomacy | sanctions, arms embargo, economic sanctions, envoy, embassy, embargo | New sanctions, an arms embargo \
and economic sanctions followed; the envoy left the embassy, and the embargo stays.
"""


@pytest.mark.parametrize("example", [line for line in _NEW_TERMS.splitlines() if line])
def test_terms_of_deals_winter_air_travel_clemency_warplanes_successors_and_sanctions(example: str) -> None:
    topic, terms, text = (part.strip() for part in example.split(" | "))
    assert set(evidence(text).get(topic, [])) == set(terms.split(", "))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Snowden, Snowdon and the Sierra Nevada; Nevada voted.", id="snow-inside-names"),
        pytest.param("Sin embargo, la oficina pidió el embargo de bienes.", id="sin-embargo"),
        pytest.param("The board sanctioned the plan.", id="sanctioned-approved"),
        pytest.param("La sección de deportes y el club deportivo.", id="deportes-is-no-deportation"),
    ],
)
def test_look_alikes_of_the_new_terms_are_not_their_evidence(text: str) -> None:
    # "deportes" and "deportivo" are sports' evidence, and no other topic's.
    rows = [row for row in score_topics(article(text * 4)) if row["topic"] != "sports"]
    assert not {term for row in rows for term in row["evidence_terms"]}


def test_a_work_named_in_quotes_is_not_its_subject() -> None:
    # A film review: the title's words are the film's name, not the story's subject.
    review = (
        "Critics praised “Gang Violence and Murder”, the new film by a Lyon director. "
        "The cast of 'Gang Violence and Murder' met fans on Friday, and “Gang Violence and Murder” opens in May."
    )
    assert "security and drugs" not in {row["topic"] for row in score_topics(article(review))}
    # The same words in a quote in sentence case are someone speaking of them: still evidence.
    spoken = (
        "“Gang violence and murder are rising,” the mayor said on Friday. "
        "She added: 'Gang violence and murder must stop.' Police agreed."
    )
    assert "security and drugs" in {row["topic"] for row in score_topics(article(spoken))}
    # A capitalised term with an apostrophe before it is no title: "Isaac's" does not open a quote.
    assert "security and drugs" in {
        row["topic"] for row in score_topics(article("Isaac's Violence, Murder and Gang report. " * 2))
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The goalkeeper saved two penalties and the midfielder scored as the football tournament opened.", "en"),
        ("El entrenador y los jugadores del equipo de futbol preparan el torneo; el goleador ya entrena.", "es"),
    ],
)
def test_a_game_story_is_sports(text: str, language: str) -> None:
    assert score_topics(article(text, language))[0]["topic"] == "sports"


def test_words_that_look_like_sport_are_not_its_evidence() -> None:
    # A bus coach, a league of nations, champions of a cause, a walkout's strikers; a party, a stage of an
    # illness, the world's economy, a doorman, a gulf.
    text = (
        "The coach left the Arab League summit; strikers who champion the reform cheered. "
        "El partido en un estadio avanzado de la crisis mundial; el portero del golfo. "
    )
    assert "sports" not in {row["topic"] for row in score_topics(article(text * 3))}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Valdora extendió la cuarentena otra semana: los contagios de coronavirus subieron y la situación "
            "epidemiológica preocupa a los gobernadores.",
            "es",
        ),
        (
            "Riverton extended its quarantine for a week as coronavirus infections rose, officials said.",
            "en",
        ),
    ],
    ids=["quarantine-es", "quarantine-en"],
)
def test_a_quarantine_story_is_health_without_the_word_health(text: str, language: str) -> None:
    assert _topics_of(text, language)[:1] == ["health"]


def _mark_by_walking(text: str, positions: range, outer_step: int) -> int | None:
    """The quote mark a walk over `positions` meets first, character by character: what `_opening_mark`
    and `_closing_mark` must find with their search."""
    for i in positions:
        if text[i] == "\n":
            return None
        if text[i] in "\"“”«»„‘’'":
            outer = i + outer_step
            if text[i] in "‘’'" and 0 <= outer < len(text) and text[outer].isalpha():
                continue
            return i
    return None


def test_the_quote_marks_around_a_term_are_those_a_walk_away_from_it_meets() -> None:
    # Marks, apostrophes beside letters and line breaks between runs of letters of every length, some as long
    # as the reach (80), looked around from every offset.
    rng = random.Random(7)
    for _ in range(300):
        pieces = rng.randrange(1, 12)
        text = "".join(
            rng.choice("ab É\n\"“”«»„‘’'") if rng.random() < 0.6 else "x" * rng.randrange(1, 100) for _ in range(pieces)
        )
        for offset in range(len(text) + 1):
            assert _opening_mark(text, offset) == _mark_by_walking(
                text, range(offset - 1, max(-1, offset - 80), -1), -1
            )
            assert _closing_mark(text, offset) == _mark_by_walking(text, range(offset, min(len(text), offset + 80)), 1)


@pytest.mark.parametrize(
    ("text", "is_title"),
    [
        pytest.param("Critics praised “Gang Violence at Dawn” on Friday.", True, id="curly-marks"),
        pytest.param("She read 'Gang Violence at Dawn' twice.", True, id="straight-single-marks"),
        pytest.param("“Noticias de\nGang Violence at Dawn” opened.", False, id="line-break-between"),
        pytest.param("“" + "Long " * 16 + "Gang Violence” opened.", False, id="opening-mark-out-of-reach"),
        pytest.param("Isaac's Gang Violence at Dawn', a report.", False, id="apostrophe-in-a-word-is-no-mark"),
    ],
)
def test_a_title_is_read_between_the_nearest_quote_marks(text: str, is_title: bool) -> None:
    start = text.index("Gang Violence")
    assert _in_quoted_title(text, start, start + len("Gang Violence")) is is_title


def test_a_retailers_quarter_is_the_economy() -> None:
    text = (
        "Harbourline Stores disappointed analysts on Tuesday: same-store sales fell 4 percent in the first-quarter, "
        "and net income slipped to 74 cents per share."
    )
    assert _topics_of(text, "en")[:1] == ["economy"]
