"""What leaves the body besides the article: page chrome that crawlers and clippers keep (reading times, player
notices, related-link labels, promotions, captions, notices), and the wire's credits over and under the text.

The sentences are invented for the tests (people, places and outlets are fictional).
"""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from flows.article import build_article
from flows.clean import clean_block, clean_blocks, is_debris
from flows.extract.credits import split_credits
from flows.extract.footer import split_footer

SPANISH = """El puerto de Valdora reabre tras la tormenta

El puerto de Valdora reabrió el martes tras tres días cerrado por la tormenta, informó la capitanía.

Los barcos de pesca volvieron a salir al mar por la tarde, según la cofradía local.
"""


def _article(text: str) -> dict[str, Any]:
    data = text.encode("utf-8")
    return build_article(data, "t.txt", hashlib.sha256(data).hexdigest(), None).row


@pytest.mark.parametrize(
    "block",
    [
        # reading times and view counters
        "Estimated read time: 2-3 minutes",
        "Reading time: 4 min",
        "340 views 2 min read",
        "1.2k views",
        "3 minutos de lectura.",
        "Tiempo de lectura: 5 min",
        "1 minuto",
        "4 minutes",
        # a media player that did not load
        "Getting your Harbour Audio player ready...",
        "GENERANDO AUDIO...",
        "00:00 00:00 Update Required To play the media you will need to update your Flash plugin",
        "00:00 00:00",
        "We apologize, but this video has failed to load.",
        "This video is no longer available.",
        "Your browser does not support the video tag.",
        # cookie banners and login boxes
        "This website uses cookies.",
        "Este sitio web utiliza cookies para mejorar su experiencia.",
        "Thank you for registering",
        "Please refresh the page or navigate to another page on the site to be automatically logged in",
        "Para participar en la conversación,",
        "inicie sesión o regístrese.",
        # photo credits alone and a photo's sale
        "Fotos de Marta Gil Ocaña",
        "Photos by Ana Ruiz",
        "Adquiere una fotografía para ilustrar esta nota aquí",
        # a wire's media marks and end mark
        "(foto) (video)",
        "(Vídeo)",
        "-0-",
        # archive and government notices over old pages
        "This archived news story is available only for your personal, non-commercial use. Information in the "
        "story may be outdated.",
        "This was published under the 2005 to 2010 Harbour and Valley coalition government",
        # related-link labels, with what they list or alone
        "READ ALSO: Ferry workers end strike after a week",
        "MIRA AQUÍ: Congreso aprueba el presupuesto de puertos",
        "(Vea también: El alcalde de Valdora inaugura el nuevo muelle)",
        "(Lea también: La cofradía pide ayudas por la tormenta)",
        "TE RECOMENDAMOS",
        "Recommended",
        "You may also like",
        "Coast News from HarbourDaily.com",
        "24/7 Ports News Coverage",
        # promotions of the page's channels, and an advertisement's click
        "Stay ahead of the tide! Follow The Harbour Courier on WhatsApp for breaking news. Join now!",
        "Get instant alerts with the Courier News App. Download now and never miss a story.",
        "La noticia sigue, no te vayas. ¡Descarga nuestra app!",
        "¡No te pierdas nada, sigue a Valdora Hoy en Google News!",
        "BIG NEWS: earn from home with premium domains. 👉 click here to find out how",
        # captions closed by their picture's credit
        "The mayor opens the new pier in Valdora on Monday (Ana Ruiz/PA)",
        "Fishermen mend their nets at dawn (REUTERS/Luis Ocaña)",
        "A trawler returns to port (AP Photo/Marta Gil)",
        "El alcalde recorre el muelle dañado por la tormenta (Cuartoscuro)",
        "(PA Wire)",
    ],
)
def test_page_debris_blocks_are_removed(block: str) -> None:
    assert clean_block(block) == ""


@pytest.mark.parametrize(
    "block",
    [
        "Residents can download the app from Monday to report damage, the council said.",
        "The police said they would follow up every report sent to them on WhatsApp.",
        "Get the boats out of the water, the harbour master urged, adding that the app would list free berths.",
        '"Download our app now!" the message read, and dozens of fishermen did.',
        "Sigue la sesión del pleno en nuestra aplicación, dijo el portavoz del partido.",
        "The email told residents to click here to claim a refund, the police said.",
        "The deal was signed in Valdora on Tuesday (AFP).",
        "The board hired Ana Ruiz as harbour master (Reuters).",
        "The inspection lasted 40 minutes and found no damage to the pier.",
        "Recommended by the council, the plan passed on Tuesday with a wide majority.",
        "Te recomendamos revisar las amarras antes de la tormenta, dijo el capitán del puerto.",
        "Fotos de la tormenta circularon en las redes durante toda la noche.",
        "Photos by the coast guard showed the trawler listing to one side.",
        "News from HarbourDaily.com reached the islands late.",
        "This video shows the wave hitting the pier, the coast guard said.",
        "The site uses cookies and trackers, the regulator found after a year-long inquiry into the firm.",
        "The score was 3-0-1 after the first round.",
        "x < 3 and y > 2",
    ],
)
def test_prose_like_debris_is_kept(block: str) -> None:
    assert clean_block(block) == block


@pytest.mark.parametrize(
    ("block", "cleaned"),
    [
        ("Correspondent Ana Ruiz <p>The pier reopened on Monday.</p>", "Correspondent Ana Ruiz The pier reopened on Monday."),
        ("The offer was raised to 9 billion euros. [ID:nL6N0AB12CD]", "The offer was raised to 9 billion euros."),
        ("The offer stands. [ID:L5N0XY09Z] Talks go on.", "The offer stands. Talks go on."),
        ("Esperamos que estimulen la cooperación, subrayó.-0-", "Esperamos que estimulen la cooperación, subrayó."),
    ],
)  # fmt: skip
def test_export_marks_inside_a_paragraph_are_removed(block: str, cleaned: str) -> None:
    assert clean_block(block) == cleaned


def test_a_caption_credit_or_a_promotion_is_no_debris_as_one_line_of_a_paragraph() -> None:
    # plain text's lines may be a hard-wrapped paragraph's: only whole blocks are judged by these signs
    assert not is_debris("the email told them to click here and claim")
    assert not is_debris("the mayor opens the new pier (Ana Ruiz/PA)")


def test_a_closing_run_of_teasers_is_removed() -> None:
    blocks = [
        "The harbour reopened on Tuesday, the port authority said.",
        "Valdora held Riverton to a 1-1 draw in a cup match on Tuesday,…",
        "A 40-year-old fisherman on Monday approached a court in…",
        "This website uses cookies.",
    ]
    assert clean_blocks(blocks) == blocks[:1]


@pytest.mark.parametrize(
    "blocks",
    [
        ["The harbour reopened on Tuesday.", "And then, he said, the sea went quiet…"],
        ["Waves rose…", "and the pier held…"],
    ],
    ids=["one-trailing-paragraph", "only-trailing-lines"],
)
def test_a_text_that_trails_off_is_kept(blocks: list[str]) -> None:
    assert clean_blocks(blocks) == blocks


def test_a_wire_line_over_the_text_is_its_credit() -> None:
    assert split_credits(["AFP", "The gunmen fled, officials said."]) == (["The gunmen fled, officials said."], "AFP")
    body, agency = split_credits(["Escrito por: Redacción Valdora", "Notimex", "El puerto reabrió el martes."])
    assert (body, agency) == (["Escrito por: Redacción Valdora", "El puerto reabrió el martes."], "Notimex")


def test_a_wire_line_between_paragraphs_stays() -> None:
    blocks = ["The harbour reopened on Tuesday.", "EFE", "Boats left in the afternoon."]
    assert split_credits(blocks) == (blocks, None)


def test_a_sign_off_over_desk_initials_and_media_marks_leaves_the_body() -> None:
    text = SPANISH.rstrip("\n") + " EFE\n\nabc/de/fgh\n\n(foto) (video)\n"
    row = _article(text)
    assert row["body_text"].endswith("según la cofradía local.")
    assert row["originating_agency"] == "EFE"


def test_a_reading_time_and_a_wire_line_over_the_text_leave_the_body() -> None:
    text = SPANISH.replace(
        "\nEl puerto de Valdora reabrió", "\n2 minutos de lectura.\n\nNotimex\n\nEl puerto de Valdora reabrió"
    )
    row = _article(text)
    assert row["body_text"].startswith("El puerto de Valdora reabrió")
    assert row["originating_agency"] == "Notimex"


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("@2024 – Valdorahoy.com. All Rights Reserved.", "Valdorahoy.com"),
        ("© 2023 - Harbour Courier", "Harbour Courier"),
        ("© Valdora.co.uk", "Valdora.co.uk"),
    ],
)
def test_copyright_lines_with_a_web_address_or_an_at_sign(line: str, publisher: str) -> None:
    body, footer = split_footer(["The harbour reopened on Tuesday.", line])
    assert body == ["The harbour reopened on Tuesday."]
    assert footer.publisher == publisher


def test_an_at_sign_and_a_year_in_a_sentence_is_no_copyright() -> None:
    blocks = ["The harbour reopened on Tuesday.", "@2024 was the busiest year, the port said."]
    assert split_footer(blocks)[0] == blocks


def test_the_page_s_description_of_itself_over_its_copyright_line_leaves_the_body() -> None:
    blocks = [
        "The harbour reopened on Tuesday.",
        "Valdora Hoy is an independent online publication that brings readers the latest local news.",
        "@2024 – Valdorahoy.com. All Rights Reserved.",
    ]
    body, footer = split_footer(blocks)
    assert body == blocks[:1]
    assert footer.publisher == "Valdorahoy.com"


@pytest.mark.parametrize(
    "last",
    [
        "The Harbour Courier is a paper that has covered the port since 1901.",  # another name than the holder's
        "Valdora Hoy is an independent publication, the court ruled on Tuesday after a long dispute over who "
        "owns it, and its editors, reporters and printers may keep working as they did before the owners fell "
        "out, the judge added in a ruling that both sides said they would read closely before deciding whether "
        "to appeal.",  # longer than a description
    ],
    ids=["other-name", "long-paragraph"],
)
def test_a_last_paragraph_over_a_copyright_line_stays_unless_it_describes_the_holder(last: str) -> None:
    blocks = ["The harbour reopened on Tuesday.", last, "© 2024 Valdora Hoy"]
    assert split_footer(blocks)[0] == blocks[:2]


@pytest.mark.parametrize(
    "block",
    [
        pytest.param("Lea además: El alcalde de Valdora inaugura el muelle norte", id="lea-ademas"),
        pytest.param("De interés: La cofradía pide ayudas tras la tormenta", id="de-interes"),
        pytest.param("PUEDES VER: Consulta los horarios del nuevo ferri", id="puedes-ver"),
        pytest.param("Noticia Relacionada", id="noticia-relacionada"),
        pytest.param("Tags Relacionados:", id="tags-relacionados"),
        pytest.param("Temas: Puerto de Valdora Cofradía Tormenta", id="temas"),
        pytest.param("Labels: Valdora, Harbour", id="blog-labels"),
        pytest.param("Más en Valdora", id="mas-en-place"),
        pytest.param("Más en San Telmo", id="mas-en-two-words"),
        pytest.param("Also Read  Ferry workers end strike after a week", id="also-read-uncoloned"),
        pytest.param("LEA TAMBIÉN El puerto reabre tras la tormenta", id="lea-tambien-uncoloned"),
    ],
)
def test_related_link_labels_and_what_they_list_are_removed(block: str) -> None:
    assert clean_block(block) == ""


@pytest.mark.parametrize(
    "block",
    [
        pytest.param("De interés para los pescadores es la nueva lonja, dijo el alcalde.", id="de-interes-sentence"),
        pytest.param("Temas: la pesca y el turismo dominaron el pleno del martes.", id="temas-sentence"),
        pytest.param("Más en Valdora que en ningún otro puerto, la tormenta dejó daños.", id="mas-en-sentence"),
        pytest.param("Más en serio", id="mas-en-lower-case"),
        pytest.param("Also read by the council on Tuesday was the harbour report", id="also-read-sentence"),
        pytest.param("Also Read the fine print before you sign.", id="also-read-full-stop"),
        pytest.param("Labels on the crates said they held fish from Valdora.", id="labels-sentence"),
    ],
)
def test_sentences_opening_like_a_link_label_are_kept(block: str) -> None:
    assert clean_block(block) == block


@pytest.mark.parametrize(
    "block",
    [
        pytest.param("Los pescadores reparan las redes tras el temporal. Crédito: EFE", id="credito"),
        pytest.param("El alcalde de Valdora. Imagen: Alcaldía de Valdora.", id="imagen"),
        pytest.param("Capitana del puerto, Marta Gil. (Foto: Luis Ocaña).", id="foto-in-brackets"),
        pytest.param("Ana Ruiz / Credit: Valdora Police Department / Facebook", id="credit-after-slash"),
        pytest.param("File photo: The harbour master at a press briefing in Valdora.", id="file-photo"),
        pytest.param("Foto de archivo: El muelle norte durante la tormenta de 2019.", id="foto-de-archivo"),
    ],
)
def test_captions_closed_or_opened_by_a_labelled_credit_are_removed(block: str) -> None:
    assert clean_block(block) == ""


@pytest.mark.parametrize(
    "block",
    [
        pytest.param("Credit: the bank's lending to fishermen rose 5% in May.", id="credit-as-a-subject"),
        pytest.param(
            "The bank cut rates again. Credit: Growth in lending slowed to 2% in May, the central bank said.",
            id="credit-then-a-sentence",
        ),
        pytest.param("Imagen: una ciudad sin luz durante tres días, dijo el alcalde.", id="imagen-as-a-subject"),
        pytest.param("La imagen: Valdora", id="imagen-inside-a-phrase"),
        pytest.param("File photos of the pier were shown to the court on Tuesday.", id="file-photos-sentence"),
        pytest.param("(Foto: Ana Gil) — La alcaldesa inaugura el mercado de Valdora.", id="bracketed-credit-then-text"),
    ],
)
def test_sentences_with_a_credit_s_words_are_kept(block: str) -> None:
    assert clean_block(block) == block


@pytest.mark.parametrize(
    "block",
    [
        pytest.param(
            "Hola, tu correo electrónico ha sido confirmado. Elige ahora los temas que te interesan.", id="hola"
        ),
        pytest.param("Your email address has been verified. Choose the newsletters you want.", id="email-verified"),
        pytest.param("Bienvenida, has creado tu cuenta en VALDORA HOY. Completa tu perfil.", id="cuenta-creada"),
        pytest.param("Revisa tu bandeja de entrada y, si no, tu carpeta de correo no deseado.", id="bandeja"),
        pytest.param("Siga las noticias del puerto en nuestro boletín diario.", id="siga-boletin"),
        pytest.param("Arranca el verano con nosotros y suscríbete por solo 1€", id="suscribete-por"),
        pytest.param("Subscribe now for just $1 a week", id="subscribe-for"),
        pytest.param("¿Ya eres socio? Inicia sesión", id="ya-eres-socio"),
        pytest.param("Already a subscriber? Log in", id="already-a-subscriber"),
        pytest.param("Leave feedback about this", id="leave-feedback"),
        pytest.param("You must be signed in to leave a reply.", id="signed-in-to-reply"),
        pytest.param("Debes iniciar sesión para comentar.", id="iniciar-sesion-para-comentar"),
        pytest.param("Visítanos en nuestro sitio | www.valdorahoy.com | X: @valdorahoy |", id="visitanos-bar"),
        pytest.param("Compartir en:", id="compartir-en"),
        pytest.param("Share this:", id="share-this"),
        pytest.param("Comparte esto: WhatsApp Telegram", id="comparte-esto"),
        pytest.param("See full story", id="see-full-story"),
        pytest.param("Ver nota completa", id="ver-nota-completa"),
        pytest.param("Posted by harbourdesk at 7:42 PM | 3 comments", id="posted-by"),
        pytest.param("This is an archived article and the information in it may be out of date.", id="archived"),
        pytest.param("(This is an unedited and auto-generated story from a syndicated feed.)", id="unedited-feed"),
        pytest.param(
            "(Except for the headline, this story has not been edited by Courier staff and is published from a "
            "syndicated feed.)",
            id="not-edited-by-staff",
        ),
    ],
)
def test_account_subscription_comment_and_share_prompts_are_removed(block: str) -> None:
    assert clean_block(block) == ""


@pytest.mark.parametrize(
    "block",
    [
        pytest.param(
            "Revisa tu bandeja de entrada con cuidado: los estafadores imitan a los bancos, advirtió la policía.",
            id="bandeja-advice",
        ),
        pytest.param("Check your inbox and spam folder for the letter, the council told residents.", id="inbox-advice"),
        pytest.param("Readers can subscribe for €5 a month, the paper said.", id="subscription-reported"),
        pytest.param("Los lectores pueden suscribirse por 5 euros al mes.", id="suscribirse-reported"),
        pytest.param("Posted by the coast guard at 9:14 a.m., the video showed the trawler listing.", id="posted-by-sentence"),
        pytest.param("Compartir en redes los vídeos del rescate está prohibido, advirtió la policía.", id="compartir-sentence"),
        pytest.param("See full page 4 for the tide tables.", id="see-full-page-sentence"),
        pytest.param("This is an archive of letters the harbour master kept for forty years.", id="archive-sentence"),
        pytest.param("Siga las instrucciones de la capitanía, pidió el alcalde.", id="siga-instrucciones"),
    ],
)  # fmt: skip
def test_sentences_like_prompts_are_kept(block: str) -> None:
    assert clean_block(block) == block


_PROSE = "El puerto de Valdora reabrió el martes tras tres días cerrado por la tormenta, informó la capitanía."
_MORE = "Los barcos de pesca volvieron a salir al mar por la tarde, según la cofradía local."


@pytest.mark.parametrize(
    "label",
    [
        pytest.param("TE RECOMENDAMOS", id="te-recomendamos"),
        pytest.param("Noticia relacionada", id="noticia-relacionada"),
        pytest.param("Read also:", id="read-also"),
    ],
)
def test_the_headline_under_a_related_link_label_alone_is_removed(label: str) -> None:
    headline = "¿VUELVE EL FERRI? EL PUERTO ANUNCIA LA FECHA DE LA NUEVA LÍNEA A SAN TELMO"
    assert clean_blocks([_PROSE, label, headline, _MORE]) == [_PROSE, _MORE]


@pytest.mark.parametrize(
    ("label", "following"),
    [
        pytest.param("TE RECOMENDAMOS", "Planes para el muelle", id="subhead"),
        pytest.param("Noticia relacionada", "La cofradía pide ayudas.", id="short-paragraph"),
        pytest.param("Noticia relacionada", "«Nunca vimos una tormenta así en el puerto de Valdora»", id="quotation"),
        pytest.param("Share this article", "The harbour master says the new line to San Telmo opens in May", id="share-bar"),
        pytest.param("Etiquetas", "Puerto de Valdora San Telmo Cofradía de pescadores Tormenta de otoño", id="tags"),
    ],
)  # fmt: skip
def test_what_follows_other_labels_or_is_no_headline_is_kept(label: str, following: str) -> None:
    assert clean_blocks([_PROSE, label, following, _MORE]) == [_PROSE, following, _MORE]


@pytest.mark.parametrize(
    "caption",
    [
        "El alcalde recorre el muelle dañado por la tormenta. (EFE)",
        "El alcalde recorre el muelle dañado por la tormenta. (Télam).-",
    ],
    ids=["listed-agency", "dateline-wire-and-separator"],
)
def test_a_wire_signed_caption_over_the_text_is_removed(caption: str) -> None:
    assert clean_blocks([_PROSE, caption, _MORE]) == [_PROSE, _MORE]


@pytest.mark.parametrize(
    "blocks",
    [
        pytest.param([_PROSE, "La cofradía pide ayudas para reparar las redes. (EFE)"], id="sign-off-closes"),
        pytest.param(
            ["La cofradía pide ayudas. (EFE)", "El ferri a San Telmo vuelve en mayo. (AFP)", _MORE], id="digest"
        ),
        pytest.param([_PROSE, _MORE, _PROSE, "La cofradía pide ayudas. (EFE)", _MORE], id="past-the-opening"),
        pytest.param([_PROSE, "The deal was signed in Valdora on Tuesday (AFP).", _MORE], id="no-stop-before"),
    ],
)
def test_a_wire_sign_off_is_no_caption(blocks: list[str]) -> None:
    assert clean_blocks(blocks) == blocks


def test_a_page_s_captions_link_boxes_and_prompts_leave_a_plain_text_body() -> None:
    text = (
        "El puerto de Valdora reabre tras la tormenta\n\n"
        "Revisa tu bandeja de entrada y si no, tu carpeta de spam.\n\n"
        "El puerto de Valdora reabrió el martes tras tres días cerrado por la tormenta, informó la capitanía.\n\n"
        "Pescadores en el muelle norte tras la tormenta. Crédito: EFE\n\n"
        "TE RECOMENDAMOS\n\n"
        "¿VUELVE EL FERRI? EL PUERTO ANUNCIA LA FECHA DE LA NUEVA LÍNEA A SAN TELMO\n\n"
        "Los barcos de pesca volvieron a salir al mar por la tarde, según la cofradía local.\n\n"
        "Temas: Valdora Cofradía Tormenta\n\n"
        "Comparte esto: Twitter Facebook\n"
    )
    assert _article(text)["body_text"] == (
        "El puerto de Valdora reabrió el martes tras tres días cerrado por la tormenta, informó la capitanía.\n\n"
        "Los barcos de pesca volvieron a salir al mar por la tarde, según la cofradía local."
    )


@pytest.mark.parametrize(
    "block",
    [
        "Rosa Lema, ministra de Pesca Crédito: Colprensa",
        "Rosa Lema, ministra de Pesca. Crédito: Cortesía: Minpesca",
        "El muelle de Valdora tras la tormenta Foto: EFE",
        "Lea: El puerto de Valdora reabre tras la tormenta",
        "Consulte además: La cofradía pide ayudas para la flota",
        "- 1 minuto de lectura'",
        "Comentarios",
        "Quiero mi suscripción",
        "Journalism Trust Initiative",
        "23 PHOTOS",
        "See Gallery",
        "Before you go close icon",
        "Before you go, we thought you'd like these...",
        "For the latest news, weather, sports, and streaming video, head to KXAB.",
        "A boy waves a flag at the harbour in Valdora, January 29, 2017. REUTERS/Ana Ruiz",
        "Posted In: Markets Harbour",
        "Market data brought to you by Harbourdata APIs",
    ],
    ids=["caption-without-stop-before-credit", "credit-cortesia", "caption-without-stop-before-photo-label",
         "bare-lea-and-colon", "consulte-ademas", "reading-time-with-list-dash-and-stray-quote", "comment-box-label",
         "subscription-button", "trust-certificate", "gallery-count", "gallery-link", "close-icon",
         "portal-more-stories", "station-outro", "caption-with-wire-picture-credit", "posted-in-label",
         "sponsor-line"],
)  # fmt: skip
def test_crawled_captions_links_and_reading_times_are_debris(block: str) -> None:
    assert is_debris(block)


@pytest.mark.parametrize(
    "block",
    [
        "Lea la carta que la cofradía envió al ministerio.",
        "Los vecinos votaron en contra del plan y la alcaldesa dijo Foto: no",
        "El banco explicó que el crédito: la deuda subió un 3 %",
        "Vea cómo quedó el muelle tras la tormenta, dijo la alcaldesa.",
        "The exchange rate was quoted as REUTERS/Ana Ruiz reported it",
        "Residents saw 23 photos of the flood before the meeting.",
        "The concert was brought to you by Acme Bank.",
    ],
    ids=["lea-opens-a-sentence", "label-before-lower-case", "credito-as-a-word", "vea-opens-a-sentence",
         "credit-with-no-sentence-before", "photos-in-a-sentence", "brought-to-you-in-a-sentence"],
)  # fmt: skip
def test_sentences_with_those_words_stay(block: str) -> None:
    assert not is_debris(block)


def test_a_caption_printed_twice_leaves_with_its_credit() -> None:
    blocks = [
        "Rosa Lema, ministra de Pesca",
        "Rosa Lema, ministra de Pesca Crédito: Colprensa",
        "El puerto de Valdora reabrió el martes tras tres días cerrado por la tormenta.",
    ]
    assert clean_blocks(blocks) == blocks[2:]


def test_a_caption_line_printed_twice_in_a_plain_text_block_leaves() -> None:
    caption = "Anuncio de la alcaldesa Rosa Lema"
    text = f"El puerto de Valdora reabre\n\n{_PROSE}\n\n{caption}\n{caption}\n\n{_MORE}\n"
    row = _article(text)
    assert caption not in row["body_text"]
    assert row["paragraph_count"] == 2


def test_a_line_printed_once_stays() -> None:
    text = f"El puerto de Valdora reabre\n\n{_PROSE}\n\nAnuncio de la alcaldesa\n\n{_MORE}\n"
    assert "Anuncio de la alcaldesa" in _article(text)["body_text"]


def test_a_gallery_title_printed_again_after_its_widget_leaves() -> None:
    title = "Crowds welcome the ferry back to Valdora"
    blocks = [_PROSE, title, "See Gallery", title, _MORE]
    assert clean_blocks(blocks) == [_PROSE, _MORE]


def test_a_short_line_printed_again_after_a_paragraph_stays() -> None:
    blocks = ["A long wait at the crossing", _PROSE, "A long wait at the crossing", _MORE]
    assert clean_blocks(blocks) == blocks


def test_a_closing_run_of_notices_about_the_readers_account_leaves() -> None:
    notices = [
        "Tu suscripción está activa en otro dispositivo",
        "¿Quieres sumar un usuario más a tu suscripción?",
        "Si sigues leyendo aquí, la sesión se cerrará en este dispositivo.",
        "IconoTu suscripción solo permite leer el diario en un equipo cada vez.",
    ]
    assert clean_blocks([_PROSE, _MORE, *notices]) == [_PROSE, _MORE]


@pytest.mark.parametrize(
    "tail",
    [
        ["El juez congeló su cuenta el martes.", "La policía revisó su dispositivo durante horas."],
        ["Tu suscripción está activa en otro dispositivo"],
    ],
    ids=["someones-account-in-the-third-person", "one-notice-alone"],
)
def test_news_of_an_account_stays(tail: list[str]) -> None:
    blocks = [_PROSE, _MORE, *tail]
    assert clean_blocks(blocks) == blocks


def test_a_link_to_the_rest_of_the_story_on_another_site_leaves() -> None:
    assert is_debris("Sigue leyendo la noticia en Valdora Press.")
    assert not is_debris("Sigue leyendo la noticia en voz alta para su hijo cada noche, contó la madre.")


def test_a_paragraph_that_a_crawler_ran_into_a_pool_caption_stays() -> None:
    lead = (
        "El pleno de Valdora aprobó el martes el plan de obras del puerto, que prevé reabrir el muelle norte en "
        "mayo y ampliar la lonja antes del verano, según explicó la alcaldesa ante los vecinos reunidos en la "
        "plaza mayor - POOL VALDORA"
    )
    assert is_debris("Los concejales en el pleno - POOL VALDORA")
    assert not is_debris(lead)
