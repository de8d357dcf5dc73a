"""The exception a stage raises to turn an input file away with a reason code."""

from __future__ import annotations

from schemas.vocabularies import reason


class Rejected(Exception):
    """An input file cannot become an article; `code` is one of schemas.vocabularies.REASON_CODES."""

    def __init__(self, code: str, detail: str) -> None:
        self.code = reason(code).code  # fails loudly on a code outside the closed vocabulary
        self.stage = reason(code).stage
        self.detail = detail
        super().__init__(f"{code}: {detail}")
