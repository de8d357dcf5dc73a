"""Organizations as speakers: "Pemex said that …", "según el Banco de México, …", and the generic nouns that
refer back to one ("the ministry said", "aseguró la dependencia"); and the look-alikes that stay as they are."""

from __future__ import annotations

import pytest
from article_helpers import article, published_quotes

from flows.extract.facts import extract_facts
from flows.extract.people import analyse_people
from flows.extract.quotes import find_quotes
from flows.extract.speakers import OrganizationName
from flows.extract.types import EntitySpan, entity_id

Quote = tuple[str, str | None, str | None, str | None, bool]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        pytest.param(
            "Pemex said on Tuesday that its output fell sharply in the first quarter.",
            "en",
            [("its output fell", "Petróleos Mexicanos", "Pemex", "said", False)],
            id="en-reported-that",
        ),
        pytest.param(
            "The State Department said the visit was routine and planned months ago.",
            "en",
            [("the visit was", "State Department", "The State Department", "said", False)],
            id="en-said-without-that",
        ),
        pytest.param(
            '"We are investing in new fields," Pemex said in a statement.',
            "en",
            [("We are investing", "Petróleos Mexicanos", "Pemex", "said", True)],
            id="en-direct-name-then-verb",
        ),
        pytest.param(
            '"Exports will recover by the spring," said the State Department.',
            "en",
            [("Exports will recover", "State Department", "the State Department", "said", True)],
            id="en-direct-verb-then-name",
        ),
        pytest.param(
            "According to the World Bank, growth will slow to 2 percent next year.",
            "en",
            [("growth will slow", "World Bank", "the World Bank", "according to", False)],
            id="en-according-to",
        ),
        pytest.param(
            "Growth will slow to 2 percent next year, the World Bank said.",
            "en",
            [("Growth will slow", "World Bank", "the World Bank", "said", False)],
            id="en-closing-attribution",
        ),
        pytest.param(
            "Mexican oil giant Pemex said that output fell sharply in March.",
            "en",
            [("output fell sharply", "Petróleos Mexicanos", "Pemex", "said", False)],
            id="en-described-before-the-name",
        ),
        # A clause that "que" opens has its own subject.
        pytest.param(
            "Tomás Ibarra dijo que la Secretaría de Hacienda informó que la recaudación creció en marzo.",
            "es",
            [
                ("la Secretaría de", "Tomás Ibarra", "Tomás Ibarra", "dijo", False),
                ("la recaudación creció", "Secretaría de Hacienda", "la Secretaría de Hacienda", "informó", False),
            ],
            id="es-in-a-reported-clause",
        ),
        pytest.param(
            "Norvale Shipping Inc., the largest carrier in the port, said that freight volumes doubled last year.",
            "en",
            [("freight volumes doubled", "Norvale Shipping Inc.", "Norvale Shipping Inc.", "said", False)],
            id="en-name-before-an-apposition",
        ),
        pytest.param(
            "La Secretaría de Hacienda informó que la recaudación creció en el último trimestre.",
            "es",
            [("la recaudación creció", "Secretaría de Hacienda", "La Secretaría de Hacienda", "informó", False)],
            id="es-reported-que",
        ),
        pytest.param(
            "Según el Banco de México, la inflación bajará durante el próximo año.",
            "es",
            [("la inflación bajará", "Bank of Mexico", "el Banco de México", "según", False)],
            id="es-segun",
        ),
        pytest.param(
            "«No habrá aumento de impuestos», aseguró la Secretaría de Hacienda en un comunicado.",
            "es",
            [("No habrá aumento", "Secretaría de Hacienda", "la Secretaría de Hacienda", "aseguró", True)],
            id="es-direct-verb-then-name",
        ),
        # A Spanish verb without a subject carries the organization on, as it carries a person.
        pytest.param(
            "La Secretaría de Hacienda informó que la recaudación creció en marzo. Además, aseguró que no "
            "habrá aumento de impuestos.",
            "es",
            [
                ("la recaudación creció", "Secretaría de Hacienda", "La Secretaría de Hacienda", "informó", False),
                ("no habrá aumento", "Secretaría de Hacienda", None, "aseguró", False),
            ],
            id="es-verb-without-subject-after-it",
        ),
    ],
)
def test_an_organization_that_is_the_subject_of_a_speech_verb_speaks(
    body: str, language: str, expected: list[Quote]
) -> None:
    assert published_quotes(body, language) == expected


def test_the_speaker_of_an_organization_s_quote_is_its_organization_entity() -> None:
    facts = extract_facts(article("According to the World Bank, growth will slow to 2 percent next year."))
    kinds = {e["entity_id"]: e["entity_type"] for e in facts.entities}
    assert [kinds[q["speaker_entity_id"]] for q in facts.quotes] == ["organization"]
    assert facts.quotes[0]["speaker_entity_id"] == entity_id("organization", "World Bank")


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        pytest.param(
            'La Secretaría de Hacienda publicó nuevos datos. "No habrá aumento de impuestos", aseguró la '
            "dependencia en un comunicado.",
            "es",
            [("No habrá aumento", "Secretaría de Hacienda", "la dependencia", "aseguró", True)],
            id="es-la-dependencia-after-the-verb",
        ),
        pytest.param(
            "La Secretaría de Hacienda publicó nuevos datos. Según la dependencia, la recaudación creció un 4 "
            "por ciento.",
            "es",
            [("la recaudación creció", "Secretaría de Hacienda", "la dependencia", "según", False)],
            id="es-segun-la-dependencia",
        ),
        pytest.param(
            "The Ministry of Finance published new figures on Monday. The ministry said that revenue grew by 4 "
            "percent.",
            "en",
            [("revenue grew by", "Ministry of Finance", "The ministry", "said", False)],
            id="en-the-ministry-said-that",
        ),
        pytest.param(
            'Norvale Shipping Inc. cut 200 jobs in March. "We had no other choice," the company said.',
            "en",
            [("We had no", "Norvale Shipping Inc.", "the company", "said", True)],
            id="en-the-company-said",
        ),
    ],
)
def test_a_generic_noun_names_the_one_organization_before_it_that_fits(
    body: str, language: str, expected: list[Quote]
) -> None:
    assert published_quotes(body, language) == expected


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        # Two ministries: which one spoke would be a guess.
        pytest.param(
            'The Ministry of Finance and the Ministry of Health met on Monday. "Revenue grew by 4 percent," the '
            "ministry said.",
            "en",
            [("Revenue grew by", None, "the ministry", "said", True)],
            id="en-two-that-fit",
        ),
        # A bank is no ministry.
        pytest.param(
            'The World Bank published new figures on Monday. "Revenue grew by 4 percent," the ministry said.',
            "en",
            [("Revenue grew by", None, "the ministry", "said", True)],
            id="en-none-that-fits",
        ),
        pytest.param(
            '"Revenue grew by 4 percent," the ministry said.',
            "en",
            [("Revenue grew by", None, "the ministry", "said", True)],
            id="en-none-named",
        ),
        # A name of no kind of body may be anything's: "the company" does not guess it is a company.
        pytest.param(
            'Pemex cut 200 jobs in March. "We had no other choice," the company said.',
            "en",
            [("We had no", None, "the company", "said", True)],
            id="en-a-name-of-no-kind",
        ),
        # The ministry named only after the words is not whom they refer back to.
        pytest.param(
            '"Revenue grew by 4 percent," the ministry said. The Ministry of Finance published the figures.',
            "en",
            [("Revenue grew by", None, "the ministry", "said", True)],
            id="en-named-after",
        ),
        # "la entidad" is as often a state of a federation as a body.
        pytest.param(
            "La Secretaría de Salud publicó nuevos datos. «Los casos bajaron», informó la entidad.",
            "es",
            [("Los casos bajaron", None, "la entidad", "informó", True)],
            id="es-la-entidad",
        ),
        # Followed by what says more than which body it is: not the generic noun alone.
        pytest.param(
            "La Secretaría de Hacienda publicó nuevos datos. La empresa estatal informó que la producción cayó "
            "en marzo.",
            "es",
            [],
            id="es-la-empresa-estatal",
        ),
    ],
)
def test_a_generic_noun_names_no_organization_when_none_or_several_fit(
    body: str, language: str, expected: list[Quote]
) -> None:
    assert published_quotes(body, language) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            '"Output fell in March," Pemex said. "It will recover by May," it added.',
            [
                ("Output fell in", "Petróleos Mexicanos", "Pemex", "said", True),
                ("It will recover", "Petróleos Mexicanos", "it", "added", True),
            ],
            id="direct",
        ),
        pytest.param(
            "Pemex said that output fell in March. It said that the oldest fields needed repair.",
            [
                ("output fell in", "Petróleos Mexicanos", "Pemex", "said", False),
                ("the oldest fields", "Petróleos Mexicanos", "It", "said", False),
            ],
            id="reported",
        ),
        # Look-alikes: "it" after a person, or after sentences about something else, is no one we know.
        pytest.param(
            '"Output fell in March," Ana Gil said. "It will recover by May," it added.',
            [
                ("Output fell in", "Ana Gil", "Ana Gil", "said", True),
                ("It will recover", None, "it", "added", True),
            ],
            id="after-a-person",
        ),
        pytest.param(
            "Pemex said that output fell in March. The report was long and took a year. It said that the "
            "oldest fields needed repair.",
            [("output fell in", "Petróleos Mexicanos", "Pemex", "said", False)],
            id="after-another-subject",
        ),
        # A gendered pronoun is no organization.
        pytest.param(
            '"Output fell in March," Pemex said. "It will recover by May," he added.',
            [
                ("Output fell in", "Petróleos Mexicanos", "Pemex", "said", True),
                ("It will recover", None, "he", "added", True),
            ],
            id="he-after-an-organization",
        ),
    ],
)
def test_it_continues_the_organization_that_spoke_last(body: str, expected: list[Quote]) -> None:
    assert published_quotes(body) == expected


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        pytest.param("The Senate voted on Tuesday to approve the budget for next year.", "en", [], id="not-speech"),
        # Whom the words were said to.
        pytest.param(
            "Officials told the World Bank that growth would slow next year.",
            "en",
            [("growth would slow", None, "Officials", "told", False)],
            id="en-told-the-organization",
        ),
        pytest.param(
            'Officials told the Ministry of Finance: "The budget will be cut next year."',
            "en",
            [("The budget will", None, None, "told", True)],
            id="en-told-the-organization-a-quote",
        ),
        pytest.param(
            "Ana Ruiz told Reuters that the talks would continue next week.",
            "en",
            [("the talks would", "Ana Ruiz", "Ana Ruiz", "told", False)],
            id="en-told-an-agency",
        ),
        # People of the organization speak, not the organization, named or not.
        pytest.param(
            "A spokesman for Pemex said that the output fell sharply in March.",
            "en",
            [("the output fell", None, "A spokesman for Pemex", "said", False)],
            id="en-spokesman-for",
        ),
        pytest.param(
            '"We are investing in new fields," a Pemex spokesman said.',
            "en",
            [("We are investing", None, "a Pemex spokesman", "said", True)],
            id="en-a-pemex-spokesman",
        ),
        pytest.param(
            "Officials at the World Bank said that growth would slow next year.",
            "en",
            [("growth would slow", None, "Officials at the World Bank", "said", False)],
            id="en-officials-at",
        ),
        pytest.param(
            "Pemex officials said that the output fell sharply in March.",
            "en",
            [("the output fell", None, "Pemex officials", "said", False)],
            id="en-pemex-officials",
        ),
        pytest.param(
            "Ana Ruiz of the World Bank said that growth would slow next year.",
            "en",
            [("growth would slow", "Ana Ruiz", "Ana Ruiz", "said", False)],
            id="en-a-person-of-the-organization",
        ),
        pytest.param(
            "The Ministry of Finance published new figures. Officials at the ministry said that revenue grew by 4 "
            "percent.",
            "en",
            [("revenue grew by", None, "Officials at the ministry", "said", False)],
            id="en-officials-at-the-ministry",
        ),
        pytest.param(
            "The Ministry of Finance published new figures. Ana Ruiz told the ministry that revenue grew by 4 percent.",
            "en",
            [],
            id="en-told-the-ministry",
        ),
        pytest.param(
            "Funcionarios de la Secretaría de Hacienda dijeron que la recaudación creció en marzo.",
            "es",
            [("la recaudación creció", None, "Funcionarios de la Secretaría de Hacienda", "dijeron", False)],
            id="es-funcionarios-de",
        ),
        # The object of a relative clause before the verb: the clause's antecedent spoke.
        pytest.param("Analysts who follow Pemex said that output would fall next year.", "en", [], id="en-who-follow"),
        pytest.param(
            "The Ministry of Finance published figures. Analysts who follow the ministry said that revenue grew "
            "by 4 percent.",
            "en",
            [],
            id="en-who-follow-the-ministry",
        ),
        pytest.param(
            "La empresa que compró Pemex informó que la producción cayó en marzo.", "es", [], id="es-que-compro"
        ),
        # Two subjects: neither said it alone.
        pytest.param(
            "The World Bank and the IMF said that growth would slow next year.", "en", [], id="en-two-subjects"
        ),
        pytest.param(
            "La Secretaría de Hacienda y el Banco de México informaron que la recaudación creció en marzo.",
            "es",
            [],
            id="es-two-subjects",
        ),
        pytest.param(
            "Pemex's chief executive, Ana Gil, said that output would recover by May.",
            "en",
            [("output would recover", "Ana Gil", "Ana Gil", "said", False)],
            id="en-the-organization-s-person",
        ),
        pytest.param(
            '"We are investing in new fields," said Pemex chief executive Ana Gil.',
            "en",
            [("We are investing", "Ana Gil", "Ana Gil", "said", True)],
            id="en-the-organization-as-the-title-s-area",
        ),
        # Documents, data and places are no speakers.
        pytest.param("The report said that growth would slow to 2 percent next year.", "en", [], id="en-report"),
        pytest.param(
            "El comunicado señala que la recaudación creció en el último trimestre.", "es", [], id="es-comunicado"
        ),
        pytest.param(
            "Según datos del Banco de México, la inflación bajará durante el próximo año.",
            "es",
            [],
            id="es-segun-datos-del",
        ),
        pytest.param("China said the talks would continue next week in Geneva.", "en", [], id="en-a-country"),
        pytest.param("Microsoft Word said nothing about the missing file.", "en", [], id="en-said-nothing"),
    ],
)
def test_an_organization_that_is_not_the_speaker_does_not_speak(
    body: str, language: str, expected: list[Quote]
) -> None:
    assert published_quotes(body, language) == expected


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        pytest.param(
            "La Secretaría de Hacienda publicó nuevos datos el lunes.", "Secretaría de Hacienda", id="the-body-alone"
        ),
        # The body and a person it received: which of them spoke is a guess.
        pytest.param("La Secretaría de Hacienda recibió a Ana Ruiz el lunes.", None, id="the-body-and-a-person"),
    ],
)
def test_a_spanish_verb_without_a_subject_after_an_organization_subject(first: str, expected: str | None) -> None:
    body = f"{first} «No habrá aumento de impuestos», aseguró."
    assert published_quotes(body, "es") == [("No habrá aumento", expected, None, "aseguró", True)]


def test_a_news_agency_is_no_speaker() -> None:
    body = '"The talks will continue next week," Reuters said.'
    agency = EntitySpan("organization", "Reuters", body.index("Reuters"), body.index("Reuters") + len("Reuters"))
    rows = find_quotes(article(body), analyse_people(body), [agency])
    assert [row["speaker_entity_id"] for row in rows] == [None]


def test_an_organization_speaker_row_names_the_organization_entity() -> None:
    body = '"The talks will continue next week," Norvale Shipping Inc. said.'
    start = body.index("Norvale")
    company = EntitySpan("organization", "Norvale Shipping Inc.", start, start + len("Norvale Shipping Inc."))
    rows = find_quotes(article(body), analyse_people(body), [company])
    assert [row["speaker_entity_id"] for row in rows] == [entity_id("organization", "Norvale Shipping Inc.")]
    assert entity_id("organization", "Norvale Shipping Inc.") != entity_id("person", "Norvale Shipping Inc.")
    assert OrganizationName("Norvale Shipping Inc.") == "Norvale Shipping Inc."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "La Secretaría de Relaciones Exteriores (SRE) afirmó que no ha recibido ningún planteamiento oficial.",
            [
                (
                    "no ha recibido",
                    "Secretaría de Relaciones Exteriores",
                    "La Secretaría de Relaciones Exteriores (SRE)",
                    "afirmó",
                    False,
                )
            ],
            id="subject-before-the-verb",
        ),
        pytest.param(
            "El cónsul visitó el muelle de Valdora para revisar los daños de la tormenta, informó el lunes la "
            "Secretaría de Relaciones Exteriores (SRE).",
            [
                (
                    "El cónsul visitó",
                    "Secretaría de Relaciones Exteriores",
                    "la Secretaría de Relaciones Exteriores (SRE)",
                    "informó",
                    False,
                )
            ],
            id="subject-after-the-verb",
        ),
    ],
)
def test_an_organizations_acronym_in_brackets_after_its_name_is_part_of_the_subject(
    body: str, expected: list[Quote]
) -> None:
    assert published_quotes(body, "es") == expected
