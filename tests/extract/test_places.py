"""Places: gazetteer sources, canonical names, adjectives, person names and overlaps."""

from __future__ import annotations

import pycountry
import pytest

from flows.extract.place_names import CURATED_PLACES
from flows.extract.places import country_name, find_places


def places(text: str) -> list[tuple[str, str]]:
    return [(text[s.char_start : s.char_end], s.name) for s in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Talks between the United States and Mexico in Washington.",
            [("United States", "United States"), ("Mexico", "Mexico"), ("Washington", "Washington")],
            id="countries-and-capital",
        ),
        pytest.param(
            "Los gobiernos de México y Estados Unidos se reunieron en la Ciudad de México.",
            [("México", "Mexico"), ("Estados Unidos", "United States"), ("Ciudad de México", "Mexico City")],
            id="spanish-forms-share-canonical",
        ),
        pytest.param("Alemania y Brasil firmaron.", [("Alemania", "Germany"), ("Brasil", "Brazil")], id="pycountry-es"),
        pytest.param("She flew to Mexico City.", [("Mexico City", "Mexico City")], id="longest-match"),
        pytest.param(
            "The Northern Ireland secretary flew from Ireland to Irlanda del Norte.",
            [
                ("Northern Ireland", "Northern Ireland"),
                ("Ireland", "Ireland"),
                ("Irlanda del Norte", "Northern Ireland"),
            ],
            id="a-uk-nation-whole",
        ),
        pytest.param(
            "Oil spilled in the Gulf of Mexico.", [("Gulf of Mexico", "Gulf of Mexico")], id="gulf-not-mexico"
        ),
        pytest.param(
            "Cooperation with Bolivia and Russia.", [("Bolivia", "Bolivia"), ("Russia", "Russia")], id="short"
        ),
        pytest.param(
            "Flights to Guadalajara and Monterrey.",
            [("Guadalajara", "Guadalajara"), ("Monterrey", "Monterrey")],
            id="cities",
        ),
        pytest.param("EE.UU. respondió.", [("EE.UU.", "United States")], id="spanish-abbreviation"),
        pytest.param(
            "Acapulco de Juárez, o Acapulco.",
            [("Acapulco de Juárez", "Acapulco"), ("Acapulco", "Acapulco")],
            id="official-long-city-name",
        ),
        pytest.param("el río Bravo", [("río Bravo", "Rio Grande")], id="lower-case-common-noun"),
    ],
)
def test_finds_places_by_canonical_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("the head of U.S. diplomacy", [], id="adjective-before-noun"),
        pytest.param("US officials met", [], id="adjective-plural-noun"),
        pytest.param("U.S.-Mexico relations", [("Mexico", "Mexico")], id="hyphen-compound"),
        pytest.param("U.S. President Joe Biden", [], id="adjective-before-title"),
        pytest.param("relations with the U.S. are good", [("U.S.", "United States")], id="noun-before-verb"),
        pytest.param("Mexico and the US signed.", [("Mexico", "Mexico"), ("US", "United States")], id="noun-at-end"),
        pytest.param("the U.S.'s position", [("U.S.", "United States")], id="possessive"),
        pytest.param("A Mexican official said.", [], id="demonym"),
        pytest.param("the North American region", [], id="demonym-prefix"),
        pytest.param("Tell us more.", [], id="lowercase-us"),
    ],
)
def test_abbreviations_count_only_as_nouns(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Spokesperson Matthew Miller reported.", id="surname-city-too-small"),
        pytest.param("George Washington crossed.", id="city-inside-person-name"),
        pytest.param("Source: Prensa Latina", id="city-inside-agency-name"),
        pytest.param("An interview with Manuel López San Martín.", id="person-name-with-towns"),
        pytest.param("Victoria said she would return.", id="listed-person-name"),
        pytest.param("Miguel Hidalgo led the revolt.", id="borough-named-after-person"),
        pytest.param("Reading the statement, she paused.", id="common-word"),
    ],
)
def test_person_names_and_words_are_not_places(text: str) -> None:
    assert places(text) == []


def test_function_words_and_roles_do_not_join_a_city_to_a_name() -> None:
    text = "In Houston, Texas Governor Greg Abbott spoke about Hidalgo."
    assert places(text) == [("Houston", "Houston"), ("Texas", "Texas"), ("Hidalgo", "Hidalgo")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "the countries of Central and South America",
            [("Central", "Central America"), ("South America", "South America")],
            id="english",
        ),
        pytest.param(
            "los países de América Central y del Sur",
            [("América Central", "Central America"), ("del Sur", "South America")],
            id="spanish",
        ),
    ],
)
def test_regions_sharing_one_noun_are_both_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected


def test_offsets_point_into_the_text() -> None:
    text = "Desde La Habana, Cuba, hasta Nueva York."
    for span in find_places(text):
        assert span.entity_type == "place"
        assert 0 <= span.char_start < span.char_end <= len(text)
    assert [s.name for s in find_places(text)] == ["Havana", "Cuba", "New York City"]


def test_output_is_deterministic() -> None:
    text = "Mexico, Canada and the United States met in Ottawa and Mexico City."
    assert find_places(text) == find_places(text)


def test_curated_countries_use_the_derived_canonical_names() -> None:
    canonical = {country_name(c) for c in pycountry.countries}
    curated = {name for name, kind, _ in CURATED_PLACES if kind == "country"}
    assert curated <= canonical


def test_canonical_country_names_are_the_common_ones() -> None:
    assert country_name(pycountry.countries.get(alpha_2="BO")) == "Bolivia"
    assert country_name(pycountry.countries.get(alpha_2="RU")) == "Russia"
    assert country_name(pycountry.countries.get(alpha_2="MX")) == "Mexico"


@pytest.mark.parametrize(
    "text",
    [
        "El proyecto costará US$1.200 millones.",
        "Se invirtieron US$ 170 millones en el puerto.",
        "Tickets cost US $5 each.",
        "El kilo cuesta U$S 300 en Montevideo.",
        "The bonds raised U.S.$ 5 million.",
    ],
    ids=["us-dollar-sign", "us-dollar-sign-space", "us-space-dollar-sign", "u-dollar-s", "dotted-us-dollar"],
)
def test_a_dollar_prefix_is_not_a_mention_of_the_united_states(text: str) -> None:
    assert "United States" not in [name for _, name in places(text)]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Estados Unidos pagará US$1.200 millones.", "Estados Unidos"),
        ("The loan came from the US.", "US"),
        ("the U.S. said it would pay $5 million", "U.S."),
    ],
    ids=["full-spanish-name", "us-as-a-noun", "dotted-us-as-a-noun"],
)
def test_the_united_states_next_to_an_amount_is_still_found(text: str, written: str) -> None:
    assert places(text) == [(written, "United States")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("El president arribà al Palau de la Generalitat a les nou.", id="palau-de-la-generalitat"),
        pytest.param("Los cargueros remontaron el Río de la Plata hasta el puerto.", id="rio-de-la-plata"),
        pytest.param("La reunión fue en el Palau de les Arts y luego en el Río de los Pájaros.", id="de-les-de-los"),
        pytest.param("Visitors crossed the Rio of the Palms by ferry.", id="of-the"),
        pytest.param("El mandatario habló desde la Casa Rosada.", id="casa-rosada"),
        pytest.param("La ceremonia se celebró en el Palacio Nacional.", id="palacio-nacional"),
        pytest.param("La portavoz de la Casa Blanca habló con la prensa.", id="casa-blanca"),
        pytest.param("Reporters waited outside the White House.", id="white-house"),
    ],
)
def test_a_place_word_opening_a_building_or_river_name_is_no_place(text: str) -> None:
    assert places(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Llegó a la Ciudad de México y luego a Estados Unidos de América.",
            [("Ciudad de México", "Mexico City"), ("Estados Unidos de América", "United States")],
            id="listed-names-with-de",
        ),
        pytest.param(
            "Viajó a San José de Costa Rica.",
            [("San José", "San José (Costa Rica)"), ("Costa Rica", "Costa Rica")],
            id="city-of-country",
        ),
        pytest.param(
            "El representante en México de la Organización Mundial de la Salud habló.",
            [("México", "Mexico")],
            id="place-then-organization-after-a-preposition",
        ),
        pytest.param("El Perú de la posguerra creció.", [("Perú", "Peru")], id="lower-case-continuation"),
        pytest.param(
            "Los barcos zarparon de Río hacia Lisboa.", [("Río", "Rio"), ("Lisboa", "Lisbon")], id="rio-alone"
        ),
    ],
)
def test_places_followed_by_de_stay_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("La misa se celebró en la Parroquia San Pedro de Lima, en el centro.", [], id="parish-of-a-saint"),
        pytest.param("Tres presos huyeron de la Granja Penal Canadá el martes.", [], id="prison-named-after-country"),
        pytest.param("El desfile cruzó la Plaza de España hasta la calle Perú.", [], id="streets-named-after-places"),
        pytest.param("Rezaron en la Iglesia de San Francisco.", [], id="church-of-a-saint"),
        pytest.param("The shop on Canada Street closed.", [], id="english-street"),
        pytest.param("It is the road Mexico chose.", [("Mexico", "Mexico")], id="english-noun-in-lower-case"),
        pytest.param(
            "Nurses at the Toronto Western Hospital in Ottawa walked out.", [("Ottawa", "Ottawa")], id="english-closes"
        ),
        pytest.param(
            "Lo internaron en el Hospital General de México.", [("México", "Mexico")], id="hospital-of-the-country"
        ),
        pytest.param(
            "Estudió en el Colegio San Ignacio de Loyola en Valencia.",
            [("Valencia", "Valencia")],
            id="place-after-the-facility-name",
        ),
    ],
)
def test_places_in_facility_names_are_not_mentions(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Revenue at ACME Europe fell by a tenth.", [], id="branch"),
        pytest.param("El banco HSBC México recortó empleos.", [], id="branch-es"),
        pytest.param("LA CRISIS EN MÉXICO", [("MÉXICO", "Mexico")], id="capitals-text"),
        pytest.param("Viajó a EEUU y luego a Canadá.", [("EEUU", "United States"), ("Canadá", "Canada")], id="place"),
    ],
)
def test_a_place_after_an_acronym_names_its_branch(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Las lluvias golpearon Madre de Dios y Ucayali.",
            [("Madre de Dios", "Madre de Dios"), ("Ucayali", "Ucayali")],
            id="peruvian-regions",
        ),
        pytest.param(
            "no estado de Minas Gerais e na Bahia; el estado de Bahía",
            [("Minas Gerais", "Minas Gerais"), ("Bahia", "Bahia"), ("Bahía", "Bahia")],
            id="brazilian-states-with-and-without-the-accent",
        ),
        pytest.param("en Antioquia y Tolima", [("Antioquia", "Antioquia"), ("Tolima", "Tolima")], id="departments"),
        pytest.param("en la región de Los Lagos", [("Los Lagos", "Los Lagos")], id="a-chilean-region"),
        pytest.param("llegó a Arequipa", [("Arequipa", "Arequipa")], id="a-region-named-like-its-seat-is-the-city"),
    ],
)
def test_first_level_regions_of_south_american_countries(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Para el gobierno, la cifra es alta.", id="para-is-no-para"),
        pytest.param("Bolívar dijo que la patria era una.", id="a-hero"),
        pytest.param("Santander anunció sus resultados.", id="a-bank-and-a-hero"),
        pytest.param("Magdalena habló con su hermana.", id="a-given-name"),
        pytest.param("en la Casa de Nariño", id="a-palace"),
        pytest.param("“Nada de lo que dije fue mentira”, afirmó.", id="nada-opening-a-quote"),
        pytest.param("Nada cambió desde entonces.", id="nada-opening-a-sentence"),
        pytest.param("Amazonas creció", id="a-name-several-countries-divisions-share"),
    ],
)
def test_region_names_that_are_words_or_people_are_not_places(text: str) -> None:
    assert places(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("peregrinos llegaron a San Pedro de Los Álamos", [], id="a-town-a-saint-s-name-opens"),
        pytest.param("el templo de San Juan de Los Robles ayer", [], id="the-place-and-the-words-after-it"),
        pytest.param(
            "de Lima a Santiago de Los Caballeros",
            [("Lima", "Lima"), ("Santiago de Los Caballeros", "Santiago de los Caballeros")],
            id="a-listed-long-name-stays-whole",
        ),
        pytest.param(
            "el presidente de El Salvador", [("El Salvador", "El Salvador")], id="a-listed-name-with-its-article"
        ),
        pytest.param("en Lima de la mañana a la noche", [("Lima", "Lima")], id="a-lower-case-article-ends-the-name"),
    ],
)
def test_a_place_that_de_and_a_capitalised_article_continue_opens_a_longer_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "deputies in Yavapai County and Colbert County",
            [("Yavapai County",) * 2, ("Colbert County",) * 2],
            id="counties-one-state-has",
        ),
        pytest.param("in Acadia Parish, La.", [("Acadia Parish",) * 2], id="a-louisiana-parish"),
        pytest.param(
            "in St. John the Baptist Parish and Miami-Dade County",
            [("St. John the Baptist Parish",) * 2, ("Miami-Dade County",) * 2],
            id="lower-case-words-and-a-hyphen-inside",
        ),
        pytest.param("COLBERT COUNTY, Ala. —", [("COLBERT COUNTY", "Colbert County")], id="in-capitals"),
        pytest.param("County officials said", [], id="no-name-before-county"),
        pytest.param(
            "updated.\n\nCOLBERT COUNTY, Ala. - The\nColbert County sheriff",
            [("COLBERT COUNTY", "Colbert County"), ("Colbert County", "Colbert County")],
            id="after-a-line-break",
        ),
        pytest.param("The Los Angeles County board met.", [("Los Angeles County",) * 2], id="a-county-is-not-its-city"),
        pytest.param("Washington County officials said", [], id="a-name-many-states-share-says-no-place"),
        pytest.param("the yavapai county line", [], id="a-county-needs-its-capitals"),
    ],
)
def test_us_counties_a_single_state_has(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "loans from Qatar and the UAE, officials said",
            [("Qatar", "Qatar"), ("UAE", "United Arab Emirates")],
            id="uae-as-a-noun",
        ),
        pytest.param("the U.A.E. said on Monday", [("U.A.E.", "United Arab Emirates")], id="dotted"),
        pytest.param("the UAE government said", [], id="uae-as-an-adjective"),
        pytest.param("UAE-based carriers", [], id="in-a-compound"),
    ],
)
def test_the_uae_counts_as_a_noun_only(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Durmieron en el hotel Texas, junto al mercado.", [], id="hotel-named-after-a-state"),
        pytest.param("The Toronto Hotel closed its doors.", [], id="english-hotel"),
        pytest.param("La marcha llegó al Hemiciclo a Morelos.", [], id="monument-raised-to-someone"),
        pytest.param("Abrió el Museo de Sonora.", [("Sonora", "Sonora")], id="museum-of-the-state"),
        pytest.param("Salió del museo a Sonora.", [("Sonora", "Sonora")], id="a-to-a-place"),
        pytest.param("Viajó del hotel en Texas a Sonora.", [("Texas", "Texas"), ("Sonora", "Sonora")], id="hotel-in"),
    ],
)
def test_a_place_naming_a_hotel_a_museum_or_a_monument_is_no_mention(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # "el hotel Arizona" was the state, "Hemiciclo a Juárez" the city of Ciudad Juárez.
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Viajaron a la ciudad de Guatemala.", [("ciudad de Guatemala", "Guatemala City")], id="lower"),
        pytest.param("Llegó a la ciudad de Cusco.", [("Cusco", "Cusco")], id="a-city-no-name-spells-so"),
        pytest.param("México, D.F. El gobierno dijo.", [("México, D.F.", "Mexico City")], id="federal-district"),
        pytest.param("México, el país, votó.", [("México", "Mexico")], id="the-country-and-a-comma"),
    ],
)
def test_a_city_as_spanish_prints_it_is_that_city(text: str, expected: list[tuple[str, str]]) -> None:
    # "la ciudad de México" and "México, DF" were the country.
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Floods hit Kerala and Sindh.", [("Kerala", "Kerala"), ("Sindh", "Sindh")], id="states"),
        pytest.param("Llovió en Maharashtra.", [("Maharashtra", "Maharashtra")], id="without-transliteration-marks"),
        pytest.param("Prisoners at Guantanamo Bay waited.", [("Guantanamo Bay", "Guantanamo Bay")], id="the-bay"),
        pytest.param("Nació en Guantánamo, Cuba.", [("Guantánamo", "Guantánamo"), ("Cuba", "Cuba")], id="province"),
    ],
)
def test_south_asian_states_and_the_guantanamo_bay(text: str, expected: list[tuple[str, str]]) -> None:
    # Each was missed: India's and Pakistan's states were not listed; "Bay" after "Guantanamo" hid the place.
    assert places(text) == expected


def test_the_soviet_union_is_a_place() -> None:
    # It was missed, or read as an organization ("Unión Soviética").
    assert places("La URSS y la Unión Soviética son una.") == [
        ("URSS", "Soviet Union"),
        ("Unión Soviética", "Soviet Union"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Reunión del Consejo Municipal en la capital.", [], id="a-meeting-at-a-captions-start"),
        pytest.param("Viajó a la isla de La Reunión en enero.", [("La Reunión", "Reunion")], id="with-its-article"),
        pytest.param("Aid reached Réunion Island on Monday.", [("Réunion Island", "Reunion")], id="as-an-island"),
    ],
)
def test_a_country_whose_bare_name_is_a_word_is_read_only_with_its_article(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert places(text) == expected
