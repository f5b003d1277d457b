"""Job titles: a line is a title when it holds a role word and is mostly title vocabulary."""

from __future__ import annotations

import re

from ocr.fields.lines import words
from ocr.fields.words import DEPARTMENT_WORDS, LEGAL_SUFFIXES, TITLE_MODIFIERS, TITLE_WORDS

_CONTINUES = re.compile(r"(?:[&,/+-]|\b(?:of|and|for|&amp;))\s*$", re.I)
_CONTINUATION = re.compile(r"^\s*(?:&|and\b|of\b|for\b|\+)", re.I)


def title_score(text: str) -> float:
    """0 when not a title; otherwise 0.5..1 by the share of words that are title vocabulary."""
    if re.search(r"[\d@]", text):
        return 0.0
    ws = [w for w in words(text.replace("&", " ").replace(" - ", " ")) if w not in {"-", "–"}]
    if not ws or len(ws) > 9:
        return 0.0
    parts = [p for w in ws for p in ([w] if w in TITLE_WORDS else w.split("-"))]
    if not any(p in TITLE_WORDS for p in parts):
        return 0.0
    if any(p in LEGAL_SUFFIXES and p not in {"co", "sa", "as", "ab", "se", "pc"} for p in parts):
        return 0.0
    known = sum(p in TITLE_WORDS or p in TITLE_MODIFIERS or p in DEPARTMENT_WORDS for p in parts)
    share = known / len(parts)
    return 0.0 if share < 0.5 else 0.5 + 0.5 * share


def continues(first: str, second: str) -> bool:
    """Does `second` carry on the title in `first` (`SVP, Global Sales` / `& Business Development`)?"""
    return bool(_CONTINUES.search(first) or _CONTINUATION.match(second))
