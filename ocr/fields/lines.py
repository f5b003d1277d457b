"""Card lines: the text split into printed lines, cleaned of OCR junk, with layout evidence when known."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from ocr.fields.words import (
    AU_STATES,
    CA_PROVINCES,
    COMPANY_WORDS,
    DEPARTMENT_WORDS,
    STREET_WORDS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    UNIT_WORDS,
    US_STATES,
)
from ocr.models import Line

# Short words that are real words on cards (street and unit abbreviations, states, `of`).
KNOWN_SHORT = STREET_WORDS | UNIT_WORDS | TITLE_MODIFIERS
STATES = US_STATES | CA_PROVINCES | AU_STATES

# Icons and rules read as characters: a token made only of these is never content.
# Marks and rules; also a logo's edge read as letters strung on dots (`V..X`).
_JUNK_TOKEN = re.compile(r"^[^\w+(&#@©]*$|^[@©®™•·|_:;~*=<>\\/]+$|^[A-Za-z]?\.{2,}[A-Za-z]?$")
_STRAY = re.compile(
    r"^(?!(?:and|of|for|the|at|de|la|le|du|van|von|der|den|di|da|del|dos|das|e|y|zu|ter|bin|al)$)[a-z]{1,3}$"
)
_EDGE_PUNCT = " \t;:|_~*=<>\\/-–—•·"
# `|` read for `l` inside a word (`Sa|es`, `Wi|liam`), before a label's colon (`Te|:`, `Emai|:`), or twice
# after a small letter (`Ce||`).
_PIPE_FOR_L = re.compile(r"(?<=[A-Za-z])\|(?=[a-z])|(?<=[a-z])\|(?=[:.])|(?<=[a-z])\|(?=\|)|(?<=[a-z]\|)\|")
# `rn` read for `m` (`Prograrn`, `Managernent`): undone only when that turns an unknown word into a role,
# department or company word, so names such as `Hearn` stay.
_VOCAB = TITLE_WORDS | DEPARTMENT_WORDS | COMPANY_WORDS | TITLE_MODIFIERS
_RN_WORD = re.compile(r"\b[A-Za-z]*rn[A-Za-z]*\b")


# A logo or icon fragment read as a short token mixing marks and a letter or two (`“o™N`, `<p`, `FS_`, `7"™`):
# at the end of a line it is never content.
_MARK_TOKEN = re.compile(r"^(?=.*[™®©“”\"<>_{}\[\]=~^*\\])(?!.*[A-Za-z0-9].*[A-Za-z0-9].*[A-Za-z0-9]).{1,5}$")
# Tesseract reads a capital I as `l` at the start of a word: `lronwind`, `lnternational`. An `l` before a
# consonant (other than l, y) cannot start an English or romanised word, so it is an I.
_L_FOR_I = re.compile(r"(?<![\w@./-])l(?=[bcdfghjkmnpqrstvwxz][a-z]+(?![\w@.-]))")
_L_KEEP = frozenset({"ltd", "lbs", "lb"})


def _l_for_i(match: re.Match[str]) -> str:
    word = re.match(r"\w+", match.string[match.start() :])
    return "l" if word and word.group(0).lower() in _L_KEEP else "I"


def _rn_for_m(match: re.Match[str]) -> str:
    word = match.group(0)
    if word.lower() in _VOCAB:
        return word
    fixed = word.replace("rn", "m")
    return fixed if fixed.lower() in _VOCAB else word


# A trailing comma is kept: it says an address goes on to the next line.


@dataclass(frozen=True, slots=True)
class CardLine:
    """One printed line: `text` cleaned of edge junk; OCR `confidence` (1.0 when typed) and `height` (0 when
    unknown) are the layout evidence; `raw` is the text as read, before cleaning."""

    index: int
    text: str
    confidence: float = 1.0
    height: int = 0
    raw: str = ""


# `TraveI Agent`, `GreteI`: a capital I ending a lower-case word is an `l` (no word ends so; `AI` does not
# count, its I follows a capital).
_I_FOR_L = re.compile(r"(?<=[a-z]{2})I\b")
# `PIanners`, `GIobal`: a capital I after a word's capital and before small letters is an `l` (a word in
# title case has one capital; `McIntyre` has a small letter before its I).
_CAPITAL_THEN_I = re.compile(r"\b([A-Z])I(?=[a-z]{2})")


def clean_line(raw: str) -> str:
    """Drop icon/rule tokens at both ends and stray separators (`_ Kiichi Murata`, `Director : ;`)."""
    raw = _PIPE_FOR_L.sub("l", raw)
    raw = _I_FOR_L.sub("l", raw)
    raw = _CAPITAL_THEN_I.sub(r"\1l", raw)
    if "rn" in raw:
        raw = _RN_WORD.sub(_rn_for_m, raw)
    if "l" in raw and re.search(r"[A-Z]", raw):
        raw = _L_FOR_I.sub(_l_for_i, raw)
    tokens = raw.split()
    while tokens and _JUNK_TOKEN.match(tokens[0]):
        tokens.pop(0)
    while tokens and (
        _JUNK_TOKEN.match(tokens[-1])
        or (len(tokens) > 1 and _MARK_TOKEN.match(tokens[-1]) and not tokens[-1].endswith(")"))
    ):
        tokens.pop()
    if "_" in tokens[:4]:  # `ort VC _ Kiichi Murata`: a logo read as letters, then a rule
        tokens = tokens[tokens.index("_") + 1 :]
    while len(tokens) > 1 and _STRAY.match(tokens[0]) and tokens[1][:1].isupper():
        tokens.pop(0)  # `ae Director`: a speck read as a short lower-case word
    text = " ".join(tokens)
    if re.match(r"\|[\w.]+@", text):
        text = "l" + text[1:]  # `|.sharma@`: the first letter of an address, not a rule
    # `E |.novak43 @`: after a label too, a pipe before a dot is an address's `l` (no address starts `.`)
    text = re.sub(r"(?<![\w|])\|(?=\.[\w.]+\s?@)", "l", text)
    if text[:1] in "‘“'\"" and not re.search(r"[’”'\"]", text[1:]):
        text = text[1:]  # `‘Micron Inc.`: an opening quote with no closing one is a speck
    return text.strip(_EDGE_PUNCT) if not text.endswith(")") else text.lstrip(_EDGE_PUNCT)


def is_junk(text: str) -> bool:
    """A line with fewer than two letters or digits carries nothing (`|`, `: ;`, a logo read as `@®™`)."""
    return sum(ch.isalnum() for ch in text) < 2


def _text_confidence(line: Line) -> float:
    """The line's confidence over its words of two letters or digits or more: an icon read as `©` or `¢`
    before an address or a number (read at ~0.1) is not the text's own doubt, and dragged a sharp email
    line under the name's, which then kept a misread `Jei` against `meilingc@`."""
    worded = [w.confidence for w in line.words if sum(ch.isalnum() for ch in w.text) >= 2]
    return sum(worded) / len(worded) if worded else line.confidence


def card_lines(text: str, lines: Sequence[Line] | None = None) -> list[CardLine]:
    """Split `text` into cleaned, non-junk lines, attaching OCR confidence and height from `lines`.

    OCR lines are matched to text lines by their stripped text, in order, so a caller may pass the lines of
    the same text even if blank lines differ.
    """
    evidence: dict[str, list[Line]] = {}
    for line in lines or ():
        evidence.setdefault(line.text.strip(), []).append(line)
    out: list[CardLine] = []
    for raw in text.splitlines():
        source = evidence.get(raw.strip())
        cleaned = clean_line(raw)
        if is_junk(cleaned):
            continue
        if source:
            match = source.pop(0)
            confidence = max(0.0, min(1.0, _text_confidence(match)))
            out.append(CardLine(len(out), cleaned, confidence, match.height, raw.strip()))
        else:
            out.append(CardLine(len(out), cleaned, raw=raw.strip()))
    return out


_COMPASS = frozenset({"N", "S", "E", "W", "NE", "NW", "SE", "SW"})  # `11 E. 12300 S, Draper, UT 84020`


def garbled(text: str) -> bool:
    """Script the OCR could not read, rendered as short scraps (`eS Pe AAT ARBAB -2 AT 7 1`): half or
    more of three or more lettered tokens have at most two letters."""
    tokens = [t.strip(".,:;") for t in text.split() if t.isalpha() or t.strip(".,:;").isalpha()]
    short = sum(
        len(t) <= 2 and t.lower() not in KNOWN_SHORT and not (t.isupper() and t in STATES | _COMPASS)
        for t in tokens
    )
    return len(tokens) >= 3 and short * 2 >= len(tokens)


def fold_accents(text: str) -> str:
    """`text` with its diacritics taken off, letter for letter (`Lumière` -> `Lumiere`, `Éric` -> `Eric`)."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def letters(text: str) -> str:
    """Lower-case letters and digits only: the form used to compare a line with a domain or email (`ß` as
    `ss`, as domains and capitals write it: `WEISSGERBER`, weissgerber.de for `Weißgerber`)."""
    return "".join(ch for ch in text.lower().replace("ß", "ss") if ch.isalnum())


def words(text: str) -> list[str]:
    """Lower-case words with edge punctuation removed (`Inc.` -> `inc`, `(CEO)` -> `ceo`)."""
    out = []
    for token in re.split(r"[\s,|/]+", text.lower()):
        token = token.strip(".:;()[]'\"!?®™")
        if token:
            out.append(token)
    return out


def one_letter_off(a: str, b: str) -> bool:
    """Whether `a` and `b` differ in exactly one letter, in place (no letter lost or added)."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: letters added, lost or misread to turn `a` into `b`."""
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]
