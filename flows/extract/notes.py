"""The publisher's notes that open a body: an editor's note, a correction, a clarification.

    Editor's note: This story has been updated …     Nota del editor: …       N. de la R.: …
    Correction (June 3): An earlier version …        Fe de erratas: …         Aclaración: …
    UPDATE (June 3): The mayor resigned …            Actualización: …

They are what the publisher says about the article, so they stay in its body; but they come before the
dateline and the head's own lines, which are read past them. A label over a date alone ('Updated: June 4,
2024') is not a note but the date the page changed, a line of the head.
"""

from __future__ import annotations

import re

from flows.extract.dates import match_date_line

_LABEL = (
    r"editors?['’]?s? note|note to (?:our )?readers|corrections?|clarification|"
    r"nota (?:del? (?:la )?(?:editor|editora|redacción|redaccion)|de redacción|aclaratoria)|"
    r"n\. ?de(?:l| la) ?[rem]\.|corrección|correccion|fe de erratas|aclaración|aclaracion|rectificación|"
    r"updated?|actualización|actualizacion"
)
# The label, perhaps the date of the note in brackets ('Correction (June 3)'), and a colon or a dash: a label
# that a sentence merely opens with ('Correction of the accounts took …') has neither.
_NOTE = re.compile(
    rf"^\W{{0,2}}(?:{_LABEL})(?:\s*\([^()\n]{{1,40}}\))?\s*(?::|\.?\s*[-–—]{{1,2}})\s*(?=\S)", re.IGNORECASE
)


def is_publisher_note(block: str) -> bool:
    note = _NOTE.match(block)
    return note is not None and match_date_line(block[note.end() :]) is None
