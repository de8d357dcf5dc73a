"""Text hygiene for body blocks: Unicode and whitespace normalisation, export debris, stray punctuation.

Cleaning never rewrites the article's own words or quotation marks: it only removes characters
and whole blocks that the export added.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from itertools import islice

from flows.decode import NON_TEXT_CONTROLS
from flows.extract.organization_names import DATELINE_WIRES, NEWS_AGENCY_NAMES, alternation_of

SEPARATOR = "---"  # the block a parser emits for a thematic break; the footer reader uses it, then drops it


class Heading(str):
    """A body block that its file marks as a heading of the body (a markdown '## …', an HTML <h2>): the
    paragraphs table's `is_heading`. A str, so that every reader of blocks (debris, head, credits, footer) weighs
    its words exactly as it weighs any block's, and the mark cannot change which blocks are kept. Slicing or
    joining a block makes a plain str: a block rewritten on the way loses the mark unless the rewriting keeps it
    (`kept_mark`), as cleaning does."""

    __slots__ = ()


def kept_mark(original: str, rewritten: str) -> str:
    """`rewritten`, a cleaned copy of `original`, marked a heading when `original` was one."""
    if rewritten and isinstance(original, Heading) and not isinstance(rewritten, Heading):
        return Heading(rewritten)
    return rewritten


# A reading time: '5 min read', '2-3 minutes', '1 minuto'.
_READ_TIME = r"\d{1,3}(?: ?[-–] ?\d{1,3})? min(?:s|utes?|utos?|\.)?"
_SOCIAL = r"(?:facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail|print)"
# The networks a page or its writer is followed on.
_NETWORK = r"(?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon|whatsapp|telegram)"
# A photo's credit, alone or closing its caption ('Photo: A.J. Ruiz for The Courier', '… on Friday. Photograph:
# Ana Ruiz/AP', '… Denisse Ruiz. (Foto: Ana Gil).', 'Ana Ruiz / Credit: Valdora Police / Facebook'). The label is
# capitalised and opens the block, or follows a finished sentence or a slash: 'the photo: …' inside a sentence is
# the article's. 'Credit' and 'Image' say other things too ('Credit: the bank's lending rose'): after them, only a
# few words that open with a capital name the credit ('Crédito: AFP', 'Imagen: La presidencia.'). In brackets,
# the credit closes with its bracket: in '(Foto: EFE) — El presidente saluda…' the article's sentence follows.
# An archive photo's caption opens with its label and runs to one sentence ('File photo: The minister at a rally.').
_PHOTO_LABEL = r"(?:Photo|Photograph|Foto|Fotograf[íi]a|PHOTO|FOTO)"
_CREDIT_LABEL = r"(?:Cr[ée]dito|Credit|CR[ÉE]DITO|CREDIT|Imagen|Image|IMAGEN|IMAGE)"
_PHOTO_CREDIT = re.compile(
    r"^(?:.{0,300}(?:[.!?\"”»]|\s/)\s+|"
    # a caption with no full stop before its credit's label, colon and capital ('Ana Gil, ministra Crédito: EFE')
    rf"[^.!?:\n]{{3,150}}\s(?=(?:{_PHOTO_LABEL}|{_CREDIT_LABEL})\s*:\s*[A-ZÁÉÍÓÚÑ]))?(?:"
    rf"\((?:{_PHOTO_LABEL}|{_CREDIT_LABEL})\s*:\s*[^():;!?]{{2,60}}\)\.?|"
    rf"{_PHOTO_LABEL}\s*:\s*[^:;!?]{{2,60}}|"
    rf"{_CREDIT_LABEL}\s*:\s*(?:Cortes[íi]a\s*:\s*)?[A-ZÁÉÍÓÚÑ][^\s:;!?]*(?: [^\s:;!?]+){{0,5}}|"
    r"(?:File [Pp]hoto|FILE PHOTO|Foto de archivo|Imagen de archivo)\s*:\s*[^:;!?.]{2,200}\.?"
    r")$"
)
# A caption closed by a wire's picture credit, with no brackets ('… at the harbour in Valdora, January 29, 2017.
# REUTERS/Ana Ruiz'): the wire in capitals or its photo service, a slash and the photographer's name, after a
# finished sentence.
_WIRE_PICTURE_CREDIT = re.compile(
    r"^.{10,350}[.!?]\s+(?:REUTERS|AFP|EFE|AP Photo|Getty Images)\s?/\s?[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3}$"
)
# A caption closed by a credit without its colon, as some papers print it under the picture ('… on Monday. Credit
# Ana Ruiz/Agence France-Presse — Getty Images', '… Credit Ana Ruiz for The Harbour Courier'): two names at least
# before the slash or 'for' (a bank's 'Credit Suisse/UBS' has one), and no full stop after the credit.
_UNCOLONED_PHOTO_CREDIT = re.compile(
    r"^(?:.{0,400}[.!?\"”»]\s+)?(?:Credit|CREDIT|Cr[ée]dito)\s+"
    r"[A-ZÁÉÍÓÚÑ][\w'.-]*(?:\s[A-ZÁÉÍÓÚÑ][\w'.-]*){1,3}(?:\s?/\s?|\s(?:for|para)\s)[A-ZÁÉÍÓÚÑ][^:;!?.]{1,60}$"
)
# A caption and its credit that a page's markup glued to the paragraph after them: no space between the caption's
# last word and the credit's label ('… sus trofeosFoto Ana Ruiz Gil Pienso que …'). The credit's name is as few
# capitalised words as leave a capitalised word and a word in lower case after it, the sentence's start.
_GLUED_CAPTION = re.compile(
    r"^[^.!?]{3,200}?[a-záéíóúñü](?:Fotos?|FOTOS?|Photos?|PHOTOS?):?\s"
    r"[A-ZÁÉÍÓÚÑ][\w'.-]*(?:\s[A-ZÁÉÍÓÚÑ][\w'.-]*){0,3}?(?:\s(?=[¿¡“\"«]?[A-ZÁÉÍÓÚÑ]\w*\s[a-záéíóúñü])|$)"
)
# A caption closed by a picture pool's credit after a spaced dash ('Los concejales en el pleno - POOL PALACIO',
# '… - Pool Valdora/Ana Ruiz'), perhaps with the picture's description that a crawler ran into its line ('Fotografía de
# una reunión …'): a pool hands out pictures, never text. The caption ends no sentence before its credit, and is a
# caption's length: a paragraph that a crawler ran into it is no caption.
_POOL_CAPTION = re.compile(
    r"^[^.!?\n]{10,200}?\s[-–—]\s(?:[A-ZÁÉÍÓÚÑ]+ )?(?:POOL|Pool)(?: [A-ZÁÉÍÓÚÑ][\w'-]*){0,3}"
    r"(?:\s?/\s?[A-ZÁÉÍÓÚÑ][\w'.-]*(?: (?:de la|de|del|[A-ZÁÉÍÓÚÑ][\w'.-]*)){0,4})?"
    r"(?:\s+(?:Fotograf[íi]a|Foto|Imagen) de [^.!?\n]{5,300}\.?)?$"
)
# A picture's description under its caption, as a crawler keeps the image's alternative text: one sentence that says
# what the picture shows ('Fotografía de una reunión del pleno.', 'Photo of the flooded pier').
_PICTURE_DESCRIPTION = re.compile(
    r"^(?:Fotograf[íi]a|Foto|Imagen|Photo|Photograph|Picture|Image) (?:de|of) [^.!?\n]{5,300}\.?$"
)
# A call to send the page one's pictures or stories, as a news site's reader desk prints it over or under the text
# ('Were you there? Share your photos and videos with us.', '¿Lo viste? Envíanos tus fotos.'): the imperative opens
# a sentence. A call the article reports stands in quotation marks or has its speaker.
_READER_CALL_OUT = re.compile(
    r"(?:^|[.!?¡¿]\s*)(?:please )?(?:share|send(?: us)?|upload|comparte|compártenos|env[íi]a(?:nos)?|m[áa]nda(?:nos)?)"
    r" (?:your|tus|sus) (?:own )?(?:videos?|photos?|pictures?|images?|stories|experiences?|v[íi]deos|fotos|"
    r"im[áa]genes|historias|testimonios)\b",
    re.IGNORECASE,
)
# A promotion of another story under a hashtag as its label ('#HarbourWeek: A day in the life of the busiest
# port'): a headline, with no full stop at its end as a sentence has.
_HASHTAG_PROMO = re.compile(r"^#\w{2,30}:\s+(?P<listed>.*[^.])$")
# Whole blocks that web exports and crawlers leave behind. Only exact, whole-block matches are
# removed, so a sentence that happens to contain these words is kept.
_DEBRIS = re.compile(
    r"^(?:"
    r"image not found or type unknown|\[?image(?: \d+)?\]?|imagen|foto|photo|video|v[íi]deo|"
    r"advertisement|publicidad|anuncio|tweet|copiar enlace|copy link|"
    # a share bar: "Facebook | Twitter", "Compartir en X", "Share on Facebook", "Comparte esto: Twitter Facebook",
    # and its label alone ("Compartir en:", "Share this:")
    rf"(?:share|compartir|comparte)(?: on| en| this| esto)?:?(?:\s*{_SOCIAL}(?:[\s,|/]+{_SOCIAL})*)?|"
    rf"{_SOCIAL}(?:[\s,|/]+{_SOCIAL})*|"
    # a link to the whole page of a clipped or paged article
    r"see (?:the )?full (?:page|article|story)|ver (?:la )?(?:p[áa]gina|nota|noticia) completa|"
    r"click here to .{0,60}|haga clic aquí .{0,60}|"
    # These lines of a page open with a capital, and are matched so: a line of a hard-wrapped paragraph is judged
    # alone too (flows/formats/base.py), and one inside a sentence opens in lower case ('… residents can / read
    # the full text of the ruling at / the town hall.').
    # A link to the whole of a text the article draws on ('Read the full transcript of his interview', 'Lee la
    # entrevista completa'), without a full stop
    r"(?-i:Read|READ|See|SEE|Watch|WATCH) (?:the|our) (?:full|whole|complete|entire) [^.!?]{1,60}|"
    r"(?-i:Lea|LEA|Lee|LEE|Vea|VEA|Mira|MIRA) (?:la|el|nuestr[ao]) [^.!?]{1,40} complet[ao]|"
    # a page's cut before the rest of the text ('Continue reading the main story')
    r"(?-i:Continue|CONTINUE) reading(?: the (?:main )?story| below)?|"
    r"(?-i:Sigue|SIGUE|Siga|SIGA|Seguir|SEGUIR|Contin[úu]a|CONTIN[ÚU]A|Continuar|CONTINUAR) leyendo"
    # … on the site that printed the whole of it ('Sigue leyendo la noticia en Valdora Press.')
    r"(?: (?:la noticia|el art[íi]culo|la nota|la informaci[óo]n) en [^.!?]{1,40}\.?)?|"
    # a widget's maker ('Powered by Harbourdata.com'), capitalised as a name is, with no full stop after it: 'powered
    # by solar panels' may be a subhead, '… is powered by Valdora Energy.' a paragraph's end
    r"(?-i:Powered|POWERED) by (?-i:[A-Z0-9])\S*(?: (?-i:[A-Z0-9])\S*){0,2}(?<![.!?])|"
    # a wire's lines to reach its staff ('To contact the reporter on this story: Ana Ruiz in Lima at
    # aruiz@example.com', 'To contact the editors responsible for this story: …')
    r"(?-i:To|TO) contact the (?:reporters?|editors?|writers?|authors?)\b[^:]{0,60}:.{1,300}|"
    # a page's calls to its or its writer's social accounts: 'Like us on Facebook', 'Follow Ana Ruiz on Twitter
    # @aruiz', 'Sigue a Ana Ruiz en X'. The whole block: 'Follow the money on Twitter, the analyst said.' is news.
    rf"(?-i:Like|LIKE|Find|FIND) us on {_NETWORK}|(?-i:Dale|DALE|Danos|DANOS) (?:like|me gusta) (?:en|a) .{{1,40}}|"
    rf"(?-i:Follow|FOLLOW|Sigue a|SIGUE A|Siga a|SIGA A) [^:;!?]{{1,60}}? (?:on|en) {_NETWORK}"
    r"(?:[:,]? @\w{1,30})?\.?|"
    # an embedded post's address without its site, left alone where the post stood
    # ('/ana_ruiz/status/1625104232318750720?s=20')
    r"/[\w.~%-]+(?:/[\w.~%-]+)+/?(?:\?\S*)?|"
    # a blog platform's chrome ("Follow", "5 min read", "More from Ana Ruiz") and a newsletter's
    r"follow|seguir|listen|escuchar|more from .{1,60}|"
    # a page's reading time and view counter ('5 min read', '221 views 1 min read', 'Estimated read time: 2-3
    # minutes', '1 minutos de lectura.', '1 minuto' alone): a number and a unit alone say nothing of the news.
    # A crawler keeps the page's list dash before the reading time, and a stray quote after it ("- 1 minuto de
    # lectura'").
    rf"[\d.,]{{1,9}}[km]? (?:views|vistas|visitas|lecturas)(?: {_READ_TIME} read)?|{_READ_TIME} read|"
    rf"(?:(?:estimated )?(?:reading|read) time|(?:tiempo de )?lectura):? ?{_READ_TIME}\.?|"
    rf"(?:[-–•·] )?{_READ_TIME} de lectura[.']?|\d{{1,3}} min(?:utos?|utes?)?|"
    # a media player's notice where it did not load: 'Getting your Trinity Audio player ready...', its counters
    # and Flash's request ('00:00 00:00 Update Required …'), a video's failure
    r"getting (?:your|the) .{1,40}? player ready(?:\.{1,3}|…)?|generando audio(?:\.{1,3}|…)?|"
    # a photo gallery's widget ('23 PHOTOS', 'See Gallery'), a dialog's close button by its icon's text, and a
    # syndicating portal's box of more stories ('Before you go, we thought you'd like these...')
    r"\d{1,3} (?:photos|fotos|images|im[áa]genes)|(?:see|view) (?:the )?(?:full )?gallery|ver (?:la )?galer[íi]a|"
    r"(?:[\w' ]{0,40} )?close icon|before you go,? we thought you'd like these(?:\.{1,3}|…)?|"
    # a sponsor's line under a box of the page, with no sentence's end ('Market data brought to you by Acme APIs')
    r"[^.!?]{0,60}\bbrought to you by (?-i:[A-Z])[^.!?]{0,60}|"
    # a local station's line sending the reader to its site ('For the latest news, weather, sports, and streaming
    # video, head to WJBF.')
    r"for the latest news\b[^.]{0,80}\bhead to [^.]{1,40}\.?|"
    r"(?:\d{1,2}:\d{2}(?::\d{2})? ){1,3}\d{1,2}:\d{2}(?::\d{2})?(?: update required\b.{0,160})?|"
    r"update required\b.{0,40}\bflash\b.{0,160}|"
    r"(?:we apologi[sz]e,? but )?this video (?:has failed to load|is (?:no longer|not) available|cannot be played)\.?|"
    r"your browser does not support (?:the )?(?:video|audio)\b.{0,40}|"
    # a cookie banner's first words, and a login box's ('Thank you for registering', 'Please refresh the page
    # … to be logged in', 'Para participar en la conversación, inicie sesión o regístrese.')
    r"this (?:web)?site uses cookies\b.{0,200}|"
    r"(?:este sitio|esta web|este sitio web) (?:utiliza|usa) cookies\b.{0,200}|"
    r"thank you for registering\.?|please refresh (?:the|this|your) (?:page|browser)\b.{0,160}\blogged in\b.{0,80}|"
    r"para participar en la conversaci[óo]n,?(?: inicie sesi[óo]n o reg[íi]strese\.?)?|"
    r"inicie sesi[óo]n o reg[íi]strese\.?|"
    # an account box's greetings once the reader has signed up ('Hola !, Su dirección de correo electrónico ha
    # sido verificada…', 'Bienvenido has creado tu cuenta en …', 'Revisa tu bandeja de entrada y si no, tu
    # carpeta de spam.'), a subscriber's sign-in, a comment box's and a feedback form's prompts
    r"(?:hola|hi|hello)?\W{0,4}(?:su|tu|your) (?:direcci[óo]n de )?(?:correo(?: electr[óo]nico)?|e-?mail(?: address)?) "
    r"(?:ha sido|has been) (?:verificad[oa]|confirmad[oa]|verified|confirmed)\b.{0,200}|"
    r"(?:bienvenid[oa],? )?(?:has|ha) creado (?:tu|su) cuenta\b.{0,200}|"
    r"(?:welcome!?,? )?you(?:'ve| have) (?:successfully )?created (?:an|your) account\b.{0,200}|"
    r"revis[ae] (?:tu|su) bandeja de entrada,? y,? si no,? (?:en )?(?:tu|su) carpeta de (?:spam|correo no deseado)\.?|"
    r"check your inbox,? (?:and|or) (?:your )?spam(?: folder)?\.?|"
    r"¿?ya eres (?:suscriptor|socio|miembro)a?\??\s*(?:inicia sesi[óo]n|ingresa|accede)?\.?|"
    r"already (?:a subscriber|have an account)\??\s*(?:log in|sign in)?\.?|"
    r"you must be (?:logged|signed) in to (?:post|leave|add) a (?:comment|reply)\.?|"
    r"(?:debes|debe|tienes que|tiene que) (?:iniciar sesi[óo]n|estar registrad[oa]) para "
    r"(?:comentar|publicar un comentario|dejar un comentario)\.?|"
    r"leave (?:your )?feedback(?: about this| on this (?:article|story))?|"
    # a call to visit the site over a bar of its addresses ('Visita y accede a todo nuestro contenido |
    # www.site.com | Twitter: @site |')
    r"(?:vis[íi]ta(?:nos)?|visite|visit(?: us)?)\b[^|]{0,80}\|[^|]{0,80}(?:www\.|https?://|@)[^\n]{0,300}|"
    # a photo's credit alone ('Fotos de Ana Ruiz', 'Photos by A. Ruiz'), names in capitals; a photo's sale
    r"(?:fotos?|fotograf[íi]as?|im[áa]gen(?:es)?|photos?|photographs?|images?) (?:de|por|by) "
    r"(?-i:[A-ZÁÉÍÓÚÑ][\w'.-]+(?: (?:[A-ZÁÉÍÓÚÑ][\w'.-]+|de|del|la|van|von|y|and)){0,5})|"
    r"(?:adquiere|compra) (?:una|esta) fotograf[íi]a\b.{0,60}|(?:buy|purchase) (?:this )?photo\b.{0,40}|"
    # the marks of the media a wire story came with ('(foto) (video)', under EFE's sign-off) and the end mark
    # of old wire copy ('-0-')
    r"(?:\((?:fotos?|photos?|v[íi]deos?|audio|infograf[íi]a|gr[áa]ficos?)\) ?)+|-0-|"
    # an archive's or a government site's notice over an old page
    r"this archived (?:news )?(?:story|article|page) is available only\b.{0,300}|"
    r"this is an archived (?:news )?(?:story|article|page)\b.{0,300}|"
    # a syndicating site's notice that it printed a wire's feed as it came ('(This is an unedited and
    # auto-generated story from Syndicated News feed…)', '(Except for the headline, this story has not been
    # edited by … staff…)')
    r"\(?this is an (?:unedited|auto-generated)\b.{0,300}|"
    r"\(?(?:except for the headline,? )?this story has not been edited by\b.{0,300}|"
    # a blog platform's line under the post: its author, time and comments, and its labels
    r"posted by .{1,60}? at \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?(?: \|.{0,40})?|"
    r"publicado por .{1,60}? (?:a las|en) \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?(?: \|.{0,40})?|"
    r"this (?:was|page was|article was|news story was) published under the \d{4} to \d{4} .{1,80}?government|"
    r"view (?:this email )?in (?:your )?browser.{0,40}|ver en (?:el )?navegador.{0,40}|forward to a friend|"
    r"unsubscribe(?: \|.{0,80})?|darse de baja.{0,40}|"
    r"p[áa]gina \d{1,4}(?: de \d{1,4})?|page \d{1,4}(?: of \d{1,4})?|"  # a printed page's number
    # a newsletter box's name and button ('Newsletter El Diario', 'QUIERO RECIBIRLO')
    r"newsletters? [^\s.,;:!?]+(?: [^\s.,;:!?]+){0,3}|quiero (?:recibirlo|suscribirme|mi suscripci[óo]n)|"
    # the attribution line under an embedded post: '— Ana Ruiz (@anaruiz) April 14, 2025'
    r"[—–-]\s*[^()\n]{1,80}\(@\w{1,15}\)\s*(?:\w{3,9}\.? \d{1,2}, \d{4}|\d{1,2} de \w{4,10} de \d{4})|"
    # a syndicating site's disclaimer under a reprinted article
    r"the views and opinions expressed herein .{0,200}|las opiniones (?:aquí )?expresadas .{0,200}|"
    # a page's loading notice and a share button's confirmation
    r"(?:cargando|loading)(?:,? (?:por favor espere|espere|please wait))?(?:\.{1,3}|…)?|"
    r"(?:link|url) copied(?: to (?:the )?clipboard)?|enlace copiado(?: al portapapeles)?|"
    # a blog's comment box: its count, its button and its notice ('(Su comentario puede tardar …)')
    r"(?:(?:no hay|\d{1,5}) )?comentarios?:?|(?:(?:no|\d{1,5}) )?comments?:?|publicar un comentario|post a comment|"
    r"leave a (?:comment|reply)|deja (?:un|tu) comentario|\((?:su|tu|your) (?:comentario|comment)\w* [^()]{1,100}\)|"
    # the Journalism Trust Initiative's certificate, which member sites print in their footers
    r"journalism trust initiative|certificad[oa] seg[úu]n (?:la )?norma cwa 17493|"
    # a section's link: a place's or a subject's news, a few words with no sentence in them. In Spanish the
    # site writes the name from its address, in lower case ('Noticias de españa'), where a publication's name
    # is capitalised ('Noticias del Caribe'); in English 'latest' or 'more' says it is a link.
    r"(?:(?:[úu]ltimas|m[áa]s) )?noticias (?:de|del) (?-i:[a-zñáéíóúü]+)(?: (?-i:[a-zñáéíóúü]+)){0,2}|"
    r"(?:latest|more) news from [^\s.,;:!?]+(?: [^\s.,;:!?]+){0,2}|"
    r"(?:latest |more )[^\s.,;:!?]+(?: [^\s.,;:!?]+)? news|"
    # a section's link named after a place or a subject, capitalised: 'Más en Lima', 'Más en Buenos Aires'
    r"m[áa]s en (?-i:[A-ZÁÉÍÓÚÑ][\wáéíóúñü]+)(?: (?-i:[A-ZÁÉÍÓÚÑ][\wáéíóúñü]+|de|del|la|las|los)){0,3}|"
    r"\d{1,6}|"  # a number alone: a counter of claps or likes, a page number
    r"[\W_]+"  # lone punctuation or symbols
    r")$",
    re.IGNORECASE,
)
# Labels of share bars, link lists and tag lists: the label alone ("Noticias relacionadas"), or the label,
# a colon and what it lists ("Lee también: <headline>", "Etiquetas: Universidades Congreso"). The label
# must open the block, so "Noticias relacionadas con la sequía…" is a sentence and is kept.
# A label may stand in brackets with what it lists ('(Vea también: <headline>)', '[Te puede interesar: <headline>]').
# The labels of links to other stories are told apart ('links'): alone, such a label stands over the headline
# it links to (see `_drop_headline_under_label`).
# A topic line ('Temas: Puerto Lluvias Alcaldía') lists tags, never a sentence, which ends with a full stop.
_LABELLED = re.compile(
    r"^[(\[]?(?:share(?: this)?(?: article)?|compart(?:ir|e)|"
    r"etiquetas|tags|labels|(?:temas|tags|etiquetas) relacionad[oa]s|temas(?![^\n]*\.\)?$)|posted in|filed under|"
    r"(?P<links>read more|leer m[áa]s|(?:lee|lea|ver|vea|mir[áa]|mire|consulte|consulta) (?:tambi[ée]n|adem[áa]s)|"
    # the bare imperative before its colon ('Lea: <headline>'); without one it opens a sentence ('Lea la carta')
    r"(?:lee|lea|vea)(?=\s*:)|"
    r"related|relacionad[oa]s?|noticias? relacionadas?|(?:tambi[ée]n )?(?:te|le) puede (?:interesar|gustar)|"
    r"(?:te|le) podr[íi]a interesar|de inter[ée]s|pued(?:es|e) ver|"
    r"m[áa]s noticias|en tendencia|trending|lo m[áa]s le[íi]do|most read|"
    r"read also|also read|see also|mira aqu[íi]|(?:te )?recomendamos|recommended|"
    r"you (?:may|might) also like|"
    # a sister site's box of headlines ('Space News from SpaceDaily.com', 'Energy News Coverage')
    r"(?:[\w/&-]+ ){0,3}news (?:from [\w-]+\.(?:com|net|org)|coverage)))"
    r"\s*(?::\s*(?P<listed>.*?))?[)\]]?$",
    re.IGNORECASE,
)
# The same labels in a title's capitals or in capitals, without a colon, before the headline they link to ('Also
# Read  Ferry workers end strike', 'LEA ADEMÁS El puerto reabre'). Capitalised so, they open no sentence ('Also
# read by the council…'); the headline ends without a full stop, as a paragraph's last sentence does not.
_UNCOLONED_LABEL = re.compile(
    r"^(?:Also Read|ALSO READ|Read Also|READ ALSO|See Also|SEE ALSO|"
    r"Lea También|LEA TAMBIÉN|Lee También|LEE TAMBIÉN|Lea Además|LEA ADEMÁS|Lee Además|LEE ADEMÁS|"
    r"PUEDES VER|TE RECOMENDAMOS|TE PUEDE INTERESAR) (?P<listed>.*[^.])$"
)
# Calls to follow or subscribe ("Síguenos en Google News", "Suscríbete a nuestro boletín").
_CALL_TO_ACTION = re.compile(
    r"^(?:s[íi]guenos|suscr[íi]bete|reg[íi]strate|apoya a|follow us|subscribe|stay informed|mantente informado|"
    r"recib[íi] en tu (?:e-?mail|correo|casilla|bandeja)|sign up (?:for|to) (?:our|the)\b.{0,40}\bnewsletter)\b"
    r"(?P<listed>.*)$",
    re.IGNORECASE,
)
# A page's appeal for readers' money ('El periodismo independiente necesita del apoyo de sus lectores…',
# 'Support independent journalism') and a shop's affiliate note ('The products discussed here were independently
# chosen by our editors… may get a share of the revenue if you buy…'). The appeal opens the block; the note
# speaks to the reader ('if you buy'), which a report on such commissions does not. Either is a few sentences:
# a longer block is the article quoting one, and is kept.
_READER_APPEAL = re.compile(
    r"^(?:(?:el )?periodismo\b.{0,40}\bnecesita (?:del? )?(?:tu |su |el )?apoyo|"
    r"(?:independent |quality |local )?journalism needs (?:your )?support|"
    r"(?:apoy[áa]|sosten[ée]|support)\b.{0,20}\b(?:periodismo|journalism))",
    re.IGNORECASE,
)
_AFFILIATE_NOTE = re.compile(
    r"\bindependently (?:chosen|selected) by our editors|"
    r"\b(?:may|might|can|could) (?:earn|get|receive|make) (?:an? )?(?:small )?(?:affiliate )?"
    r"(?:commission|share of (?:the )?(?:revenue|sales))\b.{0,80}\b(?:if|when) you (?:buy|purchase|click|shop)|"
    r"\b(?:podemos|puede|podr[íi]a|podr[íi]amos) (?:recibir|obtener|ganar|cobrar) una (?:peque[ñn]a )?comisi[óo]n\b"
    r".{0,80}\bsi (?:compr|hac)",
    re.IGNORECASE,
)
_MAX_NOTICE_WORDS = 45
# A page's promotion of its own channels: a call to the reader ('Download our app!', '¡No te pierdas nuestro
# contenido, sigue a <site> en Google News!', 'Follow <paper> on WhatsApp …') that opens a sentence or a clause,
# in a short block that names the channel. The article's own sentence about an app has the verb after its
# subject ('Residents can download the app …'), and a call the article reports stands in quotation marks; and a
# promotion speaks as the page, urging ('!', 'now', 'our'): 'Get the vaccine, the minister urged, adding that the
# app …' is news.
_PROMO_CALL = re.compile(
    r"(?:^|[.!?¡,–—]\s*)(?:download|follow|join|get|install|subscribe|descarga|desc[áa]rgate|descargue|sigue|siga|"
    r"s[íi]guenos|s[íi]ganos|[úu]nete|suscr[íi]bete|activa)\b",
    re.IGNORECASE,
)
_PROMO_CHANNEL = re.compile(
    r"\b(?:apps?|aplicaci[óo]n|whatsapp|telegram|google news|newsletter|bolet[íi]n)\b", re.IGNORECASE
)
# An advertisement's or a link's 'click here' in a short block, outside quotation marks (a scam's message the
# article quotes keeps them).
_REPORTED = re.compile(r"\b(?:said|says|told|according|dijo|dice|afirm[óo]|señal[óo]|seg[úu]n)\b", re.IGNORECASE)
_PROMO_URGING = re.compile(r"!|\b(?:now|our|nuestr[oa]s?|ahora|ya)\b", re.IGNORECASE)
_CLICK_HERE = re.compile(r"\b(?:click here|haga clic aqu[íi]|haz clic aqu[íi]|pincha aqu[íi]|pulsa aqu[íi])\b", re.I)
_PROMO_SIGN = re.compile(f"{_CLICK_HERE.pattern}|{_PROMO_CHANNEL.pattern}", re.IGNORECASE)
_QUOTE_MARKS = frozenset('"“”«»')
# A page's offer of a subscription at a price ('Empieza el mes de la mejor forma y suscríbete por menos de 5€',
# 'Subscribe now for just $1 a week'): the imperative, opening the block, a sentence or a clause after 'and', and
# a price. A report on a paper's prices tells them in the third person ('readers can subscribe for €5').
_SUBSCRIPTION_OFFER = re.compile(
    r"(?:^|[.!?¡]\s*|\b(?:y|and) )(?:suscr[íi]bete|subscribe)(?: (?:ahora|ya|hoy|now|today))? (?:por|desde|for|from) "
    r"(?:(?:s[óo]lo|solo|menos de|tan solo|just|only|less than) )?[\d€$£]",
    re.IGNORECASE,
)
# A photo's caption, told by the credit that closes it: a photographer and a wire or picture agency after a slash
# ('(Ana Ruiz/PA)', '(REUTERS/Ana Ruiz)', '(AP Photo/Ana Ruiz)'), or a picture agency alone ('(Cuartoscuro)',
# '(PA Wire)'): these agencies sell pictures, not text, so their name in brackets is no sign-off of the story.
_PICTURE_AGENCIES = r"(?:PA(?: Wire| Images| Media)?|Getty Images|Shutterstock|iStock(?:photo)?|Alamy|Cuartoscuro)"
_CAPTION_CREDIT = re.compile(
    rf"(?:^|\s)\((?:[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){{0,3}} ?/ ?(?:AP|AFP|EFE|Reuters|REUTERS|{_PICTURE_AGENCIES})|"
    rf"(?:AP|AFP|EFE|Reuters|REUTERS)(?: Photo| Foto)? ?/ ?[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){{0,3}}|"
    rf"{_PICTURE_AGENCIES})\)$"
)
# A photo's caption over the text, closed by the wire's name in brackets after its one sentence ('El alcalde
# recorre el muelle dañado. (EFE)'). The same mark closes a wire's story as its sign-off ('… dijo. (EFE)'): a
# sign-off closes the text or each of a digest's stories, never one short block among the first of a text that
# goes on (see `_drop_wire_captions`). The wires of datelines sign captions too ('… recorre el muelle. (Télam).-'),
# but for their names of two letters ('PL', 'NA'); a dateline's separator may follow the bracket.
_CAPTION_WIRES = NEWS_AGENCY_NAMES | {wire for wire in DATELINE_WIRES if len(wire) > 2}
_WIRE_CAPTION = re.compile(rf"[.!?] \((?:{alternation_of(_CAPTION_WIRES)})\)(?:\.-|\.)?$")
_CAPTION_AT_MOST = 3  # the blocks with text, from the first, where a caption over the text may stand
_MAX_CAPTION_WORDS = 30
# A link alone in a block. Between paragraphs it is an embed the export left bare; at the end of the text it
# may be the source's address, which the footer reader takes (flows/extract/footer.py), so it is kept there.
_BARE_LINK = re.compile(r"(?:https?://|www\.)\S+")
_PARAGRAPH_END = re.compile(r"[.!?\"”»]$")
_MIN_PARAGRAPH_WORDS = 8
# A desk's sign-off after the last sentence, as El Universo closes its stories ('… el lunes. (I)'); a letter
# in brackets after a word ('el capítulo (I)') is the article's own.
_DESK_SIGN_OFF = re.compile(r"(?<=[.!?\"”»])\s+\([A-Z]\)$")
# What a label lists, or a call to action says, is a headline or two, or a few tags: at most as many words
# as the longest headline plain text reads as a title (25). A body paragraph that happens to open with a
# label is longer than that, and is kept.
_MAX_LISTED_WORDS = 25
# The most words a label of `_LABELLED` has, its colon counted as one when spaced ('Lo más leído :'): 'Energy
# Water Wind News from site.com' has six.
_MAX_LABEL_WORDS = 7
_LEAST_TEASERS = 2
# The reader's own account, addressed in the second person ('tu suscripción', 'your account', 'este dispositivo').
# No word boundary before: a page glues an icon's name to the notice ('FlechaTu suscripción …').
_READERS_ACCOUNT = re.compile(
    r"(?:\b[Tt]us?|(?<=[a-záéíóúñ])Tus?) (?:suscripci[óo]n|cuenta|contraseña|dispositivo|usuario)|"
    r"(?i:\beste dispositivo\b|\byour (?:subscription|account|password|device)\b|\bthis device\b)"
)
# A page's box of more stories from the article's section, under the article ('MÁS DE NACIONAL', 'More from
# Politics'): its label names a section a paper files stories under, and the box holds another story's headline and
# lead. The label alone in its block, or in capitals before what the box holds, which a crawler ran into its line.
_SECTIONS = (
    r"nacional(?:es)?|internacional(?:es)?|pol[íi]tica|econom[íi]a|deportes|sociedad|cultura|opini[óo]n|mundo|"
    r"espect[áa]culos|tecnolog[íi]a|salud|ciencia|regionales?|locales?|policiales|judiciales|justicia|"
    r"educaci[óo]n|politics|world|business|sports?|opinion|culture|health|science|technology|entertainment|"
    r"national|economy|lifestyle|arts|travel"
)
_SECTION_BOX = re.compile(rf"(?:m[áa]s (?:de|en)|more (?:from|in)) (?:{_SECTIONS})(?=\s|$)", re.IGNORECASE)
# The blocks a section's box holds under its label at most (a headline, a kicker, a lead); and the paragraphs of
# the article over it at least.
_BOX_MOST_BLOCKS = 3
_BOX_LEAST_ABOVE = 2
_BOX_LOOK = 12
# A linked headline has a sentence's words; a subhead, a few ('Planes de vivienda', 'What comes next').
_MIN_HEADLINE_WORDS = 7
_PROSE_ENDS = (".", "…", '"', "”", "»", ":", ";", ",")
# An image's markdown, '![alt](target)'. A '![' whose image is not closed is matched too, as far as it was
# read, and kept: the search goes on after it instead of reading the same text again from each later '!['
# (time grew with the square of a run of them). The images found are the ones '!\[[^\]]*\]\([^)]*\)' finds.
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*(?:\]\([^)]*(?P<closed>\))?)?")
# What an export leaves inside a paragraph: a paragraph's or a line break's HTML tag the page printed as text
# ('<p>…</p>'), Reuters' story codes ('[ID:nL6N0OE1VJ]', links to its terminal's stories), and old wire copy's
# end mark glued to the last sentence ('… subrayó.-0-'). A '<' that opens no such tag ('x < 3') is kept.
_HTML_TAG = re.compile(r"</?(?:p|br|div|span|em|strong|b|i|u|figure|figcaption)(?:\s[^<>]{0,200})?\s*/?>", re.I)
_WIRE_CODE = re.compile(r"\s*\[ID:[A-Za-z0-9]{6,16}\]")
_END_MARK = re.compile(r"(?<=[.!?\"”»])\s*-0-$")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_ODD_CHARACTERS = re.compile(f"[{''.join(map(chr, _ZERO_WIDTH))}]|{NON_TEXT_CONTROLS.pattern}")
_STRAY_TRAILING = re.compile(r"(?<=[.!?\"”»’)])(?:\s+[.,;:]+)+$")
_STRAY_LEADING = re.compile(r"^[.,;:]+\s+(?=\S)")
_SPACE_BEFORE_END = re.compile(r"(?<=\w)\s+(?=[.!?]$)")


def normalize_text(text: str) -> str:
    """NFC, no zero-width or control characters, every Unicode space a plain space, runs collapsed."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _spaced_plainly(text):
        return text
    # str.split() splits on every Unicode space and line or paragraph separator; the other control
    # characters are made spaces first (a search first: most text has none, and it is cheaper).
    if _ODD_CHARACTERS.search(text):
        text = NON_TEXT_CONTROLS.sub(" ", text.translate(_ZERO_WIDTH))
    return " ".join(text.split())


def _spaced_plainly(text: str) -> bool:
    """Whether `text` is as normalize_text leaves it already, once NFC: no character it removes or makes a space,
    and single spaces between words. Nearly every block and field is; telling it costs a fifth of splitting
    and joining the words again (normalize_text over the corpus's calls 63 -> 24 µs a file). Every control,
    zero-width character and space but ' ' is unprintable (tests/test_text_conventions.py checks them all)."""
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def clean_block(block: str) -> str:
    """A body block without debris; empty when the whole block is debris."""
    if block == SEPARATOR:
        return block
    if "\n" in block and is_a_caption_printed_twice(block.strip().split("\n")):
        return ""
    text = normalize_text(_MARKDOWN_IMAGE.sub(_image_as_space, block))
    if "<" in text or "[ID:" in text:  # few blocks have either: the others are spared the searches
        text = normalize_text(_WIRE_CODE.sub("", _HTML_TAG.sub(" ", text)))
    if "**" in text:  # a bold's marks that the export did not pair ('… en 2014**. Se le …'): never the article's
        text = normalize_text(text.replace("**", ""))
    if _may_hold_a_photo_label(text):  # a caption's label may be glued to the paragraph: see `_GLUED_CAPTION`
        text = _GLUED_CAPTION.sub("", text, count=1)
    # normalize_text leaves a space between words and no other space: counting the spaces counts the words, in
    # a fifth of the time splitting takes (clean_block over the corpus's calls, timed beside the old one: 127 ->
    # 105 µs a file).
    words = text.count(" ") + 1
    if not text or _is_debris(text, words) or (words <= _MAX_NOTICE_WORDS and _is_short_block_debris(text)):
        return ""
    return _without_stray_ends(text)


def is_a_caption_printed_twice(lines: list[str]) -> bool:
    """Two lines that print one short line twice, as a crawler keeps a picture's alternative text over its caption
    ('Anuncio de la alcaldesa' on two lines): never the article's."""
    return (
        len(lines) == 2
        and lines[0].strip() == lines[1].strip()
        and 0 < len(lines[0].split(maxsplit=_MAX_CAPTION_WORDS)) <= _MAX_CAPTION_WORDS
    )


def _without_stray_ends(text: str) -> str:
    """A normalised block without stray punctuation at its ends or a space before its final stop.

    The trailing patterns only match at the end of the block (which has no line break once normalised,
    so `$` is the end), but `sub` tries them at every character: a block whose last characters cannot
    be theirs skips them (clean_block went from 0.21 to 0.09 ms a file)."""
    if text[-1:] in ".,;:" and text.rstrip(".,;:")[-1:].isspace():  # `\s+[.,;:]+` ends it
        text = _STRAY_TRAILING.sub("", text)
    text = _STRAY_LEADING.sub("", text)
    if text[-3:-2] == "(" and text[-1:] == ")":  # '(X)' ends it
        text = _DESK_SIGN_OFF.sub("", text)
    if text.endswith("-0-"):
        text = _END_MARK.sub("", text)
    if text[-1:] in ".!?" and text[-2:-1].isspace():  # `\s+` before a final `[.!?]`
        text = _SPACE_BEFORE_END.sub("", text)
    return text


def _image_as_space(image: re.Match[str]) -> str:
    return " " if image["closed"] else image[0]


def is_debris(text: str) -> bool:
    """True when the whole of `text` (one normalised block or line) is something the export added."""
    # The words are counted no further than the most a notice has (is_debris over the corpus's calls 66 -> 59 µs
    # a file): a paragraph's other words are not made strings.
    return _is_debris(text, len(text.split(maxsplit=_MAX_NOTICE_WORDS)))


def _is_debris(text: str, words: int) -> bool:
    """`is_debris`, told how many words `text` has (any number above `_MAX_NOTICE_WORDS` for more)."""
    # Every block of every file comes here: the cheap tests first. A photo's credit holds a colon (looked for
    # first: most paragraphs have none, and one character is found faster than three) and a part of its label; a
    # notice is short, and counting words costs less than searching a paragraph for one.
    if _DEBRIS.match(text) or (":" in text and _may_name_a_credit(text) and _PHOTO_CREDIT.match(text)):
        return True
    if ("Credit " in text or "CREDIT " in text or "Crédito " in text) and _UNCOLONED_PHOTO_CREDIT.match(text):
        return True
    if "/" in text and _WIRE_PICTURE_CREDIT.match(text):
        return True
    if ("POOL" in text or "Pool" in text) and _POOL_CAPTION.match(text):
        return True
    if words <= _MAX_NOTICE_WORDS and (_READER_APPEAL.match(text) or _AFFILIATE_NOTE.search(text)):
        return True
    # A label has a few words (`_MAX_LABEL_WORDS`) and lists a few more: a longer block is not searched for one.
    labelled = _LABELLED.match(text) if words <= _MAX_LABEL_WORDS + _MAX_LISTED_WORDS else None
    labelled = labelled or _CALL_TO_ACTION.match(text)
    return labelled is not None and len((labelled.group("listed") or "").split()) <= _MAX_LISTED_WORDS


def _may_hold_a_photo_label(text: str) -> bool:
    """Whether `text` holds a label `_GLUED_CAPTION` reads: a few searches of one string, cheaper than the pattern's
    (which scans up to a caption's length from the start)."""
    return "Foto" in text or "Photo" in text or "FOTO" in text or "PHOTO" in text


def _may_name_a_credit(text: str) -> bool:
    """Whether `text` holds a part of every label `_PHOTO_CREDIT` reads ('Photo', 'Foto', 'Crédito', 'Credit',
    'Image', 'Imagen', in capitals too): a few searches of one string, cheaper than the pattern's."""
    return (
        "oto" in text
        or "OTO" in text
        or "edit" in text
        or "édit" in text
        or "mage" in text
        or "EDIT" in text
        or "ÉDIT" in text
        or "MAGE" in text
    )


def _is_short_block_debris(text: str) -> bool:
    """Debris told only from a whole block, never from one line of it (plain text's lines may be a hard-wrapped
    paragraph's): a label in lower case, a caption closed by its picture's credit, a promotion."""
    return (
        _is_lower_case_label(text)
        or (text.endswith(")") and _CAPTION_CREDIT.search(text) is not None)
        or _is_promotion(text)
        or _is_uncoloned_label(text)
        or _is_reader_call_out(text)
        or (text[:1] == "#" and _is_hashtag_promo(text))
        or (("uscr" in text or "ubscri" in text) and _is_subscription_offer(text))
    )


def _is_uncoloned_label(text: str) -> bool:
    """A related link's label without its colon and the headline it links to: see `_UNCOLONED_LABEL`."""
    labelled = _UNCOLONED_LABEL.match(text)
    return labelled is not None and len(labelled["listed"].split()) <= _MAX_LISTED_WORDS


def _is_reader_call_out(text: str) -> bool:
    """A short block calling readers to send their pictures or stories: see `_READER_CALL_OUT`."""
    if _READER_CALL_OUT.search(text) is None:
        return False
    return not (_QUOTE_MARKS.intersection(text) or _REPORTED.search(text))


def _is_hashtag_promo(text: str) -> bool:
    """A headline under a hashtag's label: see `_HASHTAG_PROMO`."""
    promo = _HASHTAG_PROMO.match(text)
    return promo is not None and len(promo["listed"].split()) <= _MAX_LISTED_WORDS


def _is_subscription_offer(text: str) -> bool:
    """A short block offering a subscription at a price, neither quoted nor reported: see `_SUBSCRIPTION_OFFER`."""
    if _QUOTE_MARKS.intersection(text) or _REPORTED.search(text):
        return False
    return _SUBSCRIPTION_OFFER.search(text) is not None


def _is_promotion(text: str) -> bool:
    """A short block that calls the reader to the page's channels or to click: see `_PROMO_CALL`, `_CLICK_HERE`."""
    if _PROMO_SIGN.search(text) is None:
        return False  # nearly every block: one search names neither a channel nor a click
    if _QUOTE_MARKS.intersection(text) or _REPORTED.search(text):
        return False
    if _CLICK_HERE.search(text):
        return True
    return _PROMO_CALL.search(text) is not None and _PROMO_URGING.search(text) is not None


def _is_lower_case_label(text: str) -> bool:
    """A whole block (a line may be a wrapped paragraph's middle) with no capital at all that ends on a word:
    a widget's label ('contador') or an image's alternative text a site lower-cased ('ep la alcaldesa de … en
    la feria'). A sentence of the article opens with a capital or ends with its stop; a list's item ends with a
    comma or a semicolon, or opens with its mark; a bare link or address has a slash or an at sign; a date line
    has its digits ('viernes 8 de septiembre de 2023', which the article head reads as the date)."""
    return (
        text[:1].isalpha()
        and text[-1:].isalpha()
        and "/" not in text
        and "@" not in text
        and text.islower()
        and not any(map(str.isdigit, text))
    )


def is_list_label(line: str) -> bool:
    """A label over a list of links ('Noticias relacionadas', 'TE PUEDE INTERESAR', 'Lee también:')."""
    labelled = _LABELLED.match(normalize_text(line))
    return labelled is not None and len((labelled.group("listed") or "").split()) <= _MAX_LISTED_WORDS


def is_link_list(lines: list[str]) -> bool:
    """A label and the headlines it lists, one a line.
    A crawler keeps such a list where the page showed it, under the text or between its paragraphs."""
    return len(lines) > 1 and is_list_label(lines[0]) and all(map(is_listed_item, lines[1:]))


def is_listed_item(line: str) -> bool:
    """A line a link list may hold: a headline, no longer than one and not closed by a full stop as a
    paragraph's last sentence is."""
    return len(line.split()) <= _MAX_LISTED_WORDS and not line.rstrip().endswith(".")


def clean_blocks(blocks: list[str]) -> list[str]:
    cleaned = [kept_mark(block, clean_block(block)) for block in blocks]
    # A photo's caption printed twice, the second time with its credit ('Crowds wait.' over 'Crowds wait.
    # Photograph: …'), as page exports keep the caption under the picture and again in its credit line.
    for i in range(len(cleaned) - 1):
        if not cleaned[i + 1] and cleaned[i] and normalize_text(blocks[i + 1]).startswith(cleaned[i] + " "):
            cleaned[i] = ""
    _drop_links_between_paragraphs(cleaned)
    _drop_pool_pictures_descriptions(blocks, cleaned)
    _drop_repeated_captions(cleaned)
    _drop_headline_under_label(blocks, cleaned)
    _drop_wire_captions(cleaned)
    _drop_closing_teasers(cleaned)
    _drop_closing_account_notices(cleaned)
    _drop_closing_section_box(blocks, cleaned)
    return [block for block in cleaned if block]


def _drop_closing_section_box(blocks: list[str], cleaned: list[str]) -> None:
    """Empties the box of more stories from the article's section that closes the page, what follows its label
    (`_SECTION_BOX`), which may be debris already ('More from Politics'): a few blocks at most, under paragraphs of
    the article. A sentence that opens 'Más de' goes on in lower case ('Más de Nacional que de …' is no label), and
    a label in the text has more under it."""
    # The original blocks looked at: debris the cleaning emptied (a share bar, a footer) may stand among the box's.
    start = max(0, len(blocks) - _BOX_LOOK)
    labels = {i for i in range(start, len(blocks)) if _is_box_label(normalize_text(blocks[i]))}
    if not labels:
        return  # nearly every text
    filled = [i for i, block in enumerate(cleaned) if block or i in labels]
    for at in range(max(_BOX_LEAST_ABOVE, len(filled) - _BOX_MOST_BLOCKS - 1), len(filled)):
        if filled[at] in labels:
            for i in filled[at:]:
                cleaned[i] = ""
            return


def _is_box_label(block: str) -> bool:
    label = _SECTION_BOX.match(block)
    return label is not None and (label.end() == len(block) or block[: label.end()].isupper())


def _drop_pool_pictures_descriptions(blocks: list[str], cleaned: list[str]) -> None:
    """Empties the picture's description right under a pool's caption (`_POOL_CAPTION`), which the cleaning emptied:
    the same picture's alternative text. Under text, such a line is the article's own."""
    for i in range(len(blocks) - 1):
        if cleaned[i] or not cleaned[i + 1] or not _PICTURE_DESCRIPTION.match(cleaned[i + 1]):
            continue  # nearly every block: only an emptied block may be the caption
        if _POOL_CAPTION.match(normalize_text(blocks[i])):
            cleaned[i + 1] = ""


def _drop_repeated_captions(blocks: list[str]) -> None:
    """Empties a short line that ends no sentence and stands again after debris, both times: a gallery's title
    over its pictures and again in its viewer ('Protesters welcome travelers', 'See Gallery', the same line).
    Only debris between them: a line printed right under itself is left to the head's readers, which print a
    line twice on purpose, and to `is_a_caption_printed_twice`; one printed again after a paragraph may be a
    headline over the body and its subhead."""
    last: tuple[int, str] | None = None  # the last short line, and its index
    for i, block in enumerate(blocks):
        if not block:
            continue
        if last is not None and block == last[1] and i - last[0] > 1:
            blocks[last[0]] = blocks[i] = ""
            last = None
            continue
        short = not block.endswith(_PROSE_ENDS) and len(block.split(maxsplit=_MAX_CAPTION_WORDS)) <= _MAX_CAPTION_WORDS
        last = (i, block) if short else None


def _drop_headline_under_label(blocks: list[str], cleaned: list[str]) -> None:
    """Empties the headline that a related link's label alone stands over ('TE RECOMENDAMOS' over '¿Vuelve el gas?
    El ministro anuncia la fecha'), a block of its own as pages print the box: a headline's length
    (`_MIN_HEADLINE_WORDS` to `_MAX_LISTED_WORDS` words) and no paragraph's or quotation's end. A subhead is
    shorter, and a paragraph ends with its stop; what follows a share bar's or a tag list's label is no link."""
    for i in range(len(blocks) - 1):
        if cleaned[i] or not cleaned[i + 1]:
            continue  # nearly every block: only an emptied block can have been a label
        label = _LABELLED.match(normalize_text(blocks[i]))
        if label is None or label["links"] is None or label["listed"]:
            continue
        headline = cleaned[i + 1]
        words = len(headline.split(maxsplit=_MAX_LISTED_WORDS))
        if _MIN_HEADLINE_WORDS <= words <= _MAX_LISTED_WORDS and not headline.endswith(_PROSE_ENDS):
            cleaned[i + 1] = ""


def _drop_wire_captions(blocks: list[str]) -> None:
    """Empties a photo's caption signed by a wire among the first blocks of the text: see `_WIRE_CAPTION`. Only a
    block of a caption's length that the text goes on past, and whose neighbours are not signed the same way (a
    digest's short stories are each signed)."""
    first = list(islice((i for i, block in enumerate(blocks) if block), _CAPTION_AT_MOST + 1))  # and one after
    signed = [blocks[i].endswith((")", ").-", ").")) and _WIRE_CAPTION.search(blocks[i]) is not None for i in first]
    if not any(signed):
        return  # nearly every text
    for at, i in enumerate(first[:_CAPTION_AT_MOST]):
        if not signed[at] or at + 1 == len(first) or signed[at + 1] or (at and signed[at - 1]):
            continue
        if len(blocks[i].split(maxsplit=_MAX_CAPTION_WORDS)) <= _MAX_CAPTION_WORDS:
            blocks[i] = ""


def _drop_closing_teasers(blocks: list[str]) -> None:
    """Empties the run of teasers that closes the text: other stories' opening words cut short by an ellipsis
    ('Zimbabwe held Nigeria to a draw on Tuesday,…'), one a block, as a page's sidebar lists them under the
    article. Two at least: a text may end on one paragraph that trails off, not on several; and under a paragraph
    that is no teaser: a text of such lines only (a feed's excerpts, verse) is kept whole."""
    run, under_text = _closing_run(blocks, _is_teaser)
    if len(run) >= _LEAST_TEASERS and under_text:
        for at in run:
            blocks[at] = ""


def _drop_closing_account_notices(blocks: list[str]) -> None:
    """Empties the run of notices about the reader's own account that closes the text ('Tu suscripción está activa
    en otro dispositivo', 'Si compartes tu cuenta, …'), as a paywall prints them under the article:
    two at least, each short and speaking to the reader of their subscription, account, password or device. News
    speaks of someone's account in the third person ('su cuenta'), and seldom twice at its end."""
    run, _ = _closing_run(blocks, _is_account_notice)
    if len(run) >= _LEAST_TEASERS:
        for at in run:
            blocks[at] = ""


def _closing_run(blocks: list[str], belongs: Callable[[str], bool]) -> tuple[list[int], bool]:
    """The indexes of the blocks with text that close the text and `belongs` says are of one kind, last first, and
    whether a block with text of another kind stands over them."""
    run: list[int] = []
    for i in range(len(blocks) - 1, -1, -1):
        if not blocks[i]:
            continue
        if not belongs(blocks[i]):
            return run, True
        run.append(i)
    return run, False


def _is_account_notice(block: str) -> bool:
    words = len(block.split(maxsplit=_MAX_NOTICE_WORDS))
    return words <= _MAX_NOTICE_WORDS and _READERS_ACCOUNT.search(block) is not None


def _is_teaser(block: str) -> bool:
    return block.endswith(("…", "...")) and len(block.split(maxsplit=_MAX_LISTED_WORDS)) <= _MAX_LISTED_WORDS


def _drop_links_between_paragraphs(blocks: list[str]) -> None:
    """Empties each bare link that a paragraph follows (the next block with text, read from the end once)."""
    if not any(block.startswith(("http", "www.")) for block in blocks):
        return  # nearly every text
    next_is_paragraph = False
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        if not block:
            continue
        if _BARE_LINK.fullmatch(block) and next_is_paragraph:
            blocks[i] = ""
            continue
        next_is_paragraph = bool(_PARAGRAPH_END.search(block)) and len(block.split()) >= _MIN_PARAGRAPH_WORDS


def clean_field(value: str | None) -> str | None:
    """A metadata value (title, byline, …) normalised like body text; empty becomes None."""
    if value is None:
        return None
    text = normalize_text(value)
    return text or None
