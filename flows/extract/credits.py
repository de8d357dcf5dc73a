"""Agency credits at the end of a body: '(Source: Prensa Latina)', '(Con información de EFE)'."""

from __future__ import annotations

import re

_LEAD = r"(?:sources?|fuentes?|with information from|con información de|información de|tomado de|via|vía|from)"
_INLINE_CREDIT = re.compile(rf"\s*\(\s*{_LEAD}\s*:?\s*(?P<agency>[^()\n]{{2,60}}?)\s*\)\s*[.]?\s*$", re.IGNORECASE)
_BLOCK_CREDIT = re.compile(rf"^\s*{_LEAD}\s*:\s*(?P<agency>[^\n]{{2,60}}?)\s*\.?\s*$", re.IGNORECASE)


def split_credit(block: str) -> tuple[str, str | None]:
    """(block without its trailing credit, the credited agency); the block may end up empty."""
    if m := _BLOCK_CREDIT.match(block):
        agency = m.group("agency")
        if not agency.startswith(("http://", "https://")):
            return "", agency
    if m := _INLINE_CREDIT.search(block):
        return block[: m.start()].rstrip(), m.group("agency")
    return block, None
