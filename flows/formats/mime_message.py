"""A MIME message: an e-mail newsletter in parts or encoded, or a web page saved as one file (.mhtml, .mht).

Their text is quoted-printable or base64 inside parts (`multipart/alternative`, `multipart/related`), so
neither reads as text as it stands: `=C3=B3` for "ó", `=` at the end of every wrapped line. The message is
read with the standard library's `email` package, and its body, HTML preferred (newsletters put their text
in both), is read as a saved page's or as plain text.

The headers: `Subject` is the title when the body gives none, the sender's name (`From`) the publisher, and
`Date` the publication date of an e-mail. A browser's snapshot (`From: <Saved by Blink>`,
`Snapshot-Content-Location`) is dated when it was saved, not published, so its `Date` is not read; its
location is the page's URL. An e-mail without MIME (headers over plain text) is crawler text.
"""

from __future__ import annotations

import email
import email.errors
import email.policy
import re
from email.message import EmailMessage

from flows.decode import decode
from flows.errors import Rejected
from flows.extract.dates import match_date_line
from flows.formats.base import ParsedDocument, plain_blocks
from flows.formats.fragments import plain_field
from flows.formats.html_page import HtmlPage

NAME = "mime message"
_HEADER_CHARS = 8192
# Headers that only MIME writes, at the start of a line of the header block: what `detect` looks for.
_MIME_HEADER = re.compile(
    r"^(?:mime-version:|content-type:[ \t]*multipart/|content-transfer-encoding:[ \t]*(?:quoted-printable|base64))",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_LINE = re.compile(r"[A-Za-z][A-Za-z0-9-]*:|[ \t]")  # a field, or a folded line going on with one


class MimeMessage:
    name = NAME

    def detect(self, text: str) -> bool:
        header = _header_block(text)
        return header is not None and _MIME_HEADER.search(header) is not None

    def parse(self, text: str) -> ParsedDocument:
        try:
            message = email.message_from_string(text, policy=email.policy.default)
            assert isinstance(message, EmailMessage)  # what the default policy builds
            body = message.get_body(preferencelist=("html", "plain"))
            content = _text_of(body) if body is not None else None
            subject, sender = str(message.get("Subject") or ""), message.get("From")
            date, location = str(message.get("Date") or ""), _header(message, "Snapshot-Content-Location")
            sender_name = sender.addresses[0].display_name if sender is not None and sender.addresses else ""
        except (LookupError, ValueError, IndexError, email.errors.MessageError) as error:
            raise Rejected("malformed-export", f"The file is a MIME message that cannot be read: {error}.") from None
        if not isinstance(content, str) or not content.strip():
            raise Rejected("no-body", "A MIME message with no text or HTML part: no article in it.")
        is_html = body is not None and body.get_content_subtype() == "html"
        doc = HtmlPage().parse(content) if is_html else ParsedDocument(NAME, plain_blocks(content))
        doc.source_format = NAME
        snapshot = "Snapshot-Content-Location" in message or "saved by" in sender_name.lower()
        doc.title = doc.title or plain_field(subject)
        doc.url = doc.url or location or (_header(body, "Content-Location") if body is not None else None)
        if not snapshot:
            doc.publisher = doc.publisher or plain_field(sender_name)
            if doc.date_text is None and (found := match_date_line(date)):
                doc.date_text, doc.date_evidence = found.text, "date header"
        return doc


def _header_block(text: str) -> str | None:
    """The text's first lines when all of them, up to the first blank line, are header fields."""
    head = text[:_HEADER_CHARS]
    end = head.find("\n\n")
    block = head[: end if end >= 0 else len(head)]
    lines = block.split("\n")
    return block if len(lines) >= 2 and all(_HEADER_LINE.match(line) for line in lines) else None


def _text_of(part: EmailMessage) -> str:
    """A part's text. A browser's snapshot names no charset for its page (the page's own <meta> does): its
    bytes are then decoded as any input file's are."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset()
    return payload.decode(charset) if charset else decode(payload).text


def _header(part: EmailMessage, name: str) -> str | None:
    value = str(part.get(name) or "").strip()
    return value or None
