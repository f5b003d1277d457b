"""Job titles: a line is a title when it holds a role word and is mostly title vocabulary."""

from __future__ import annotations

import re

from ocr.fields.lines import words
from ocr.fields.words import DEPARTMENT_WORDS, LEGAL_SUFFIXES, TITLE_MODIFIERS, TITLE_WORDS

_CONTINUES = re.compile(r"(?:[&,/+-]|\b(?:of|and|for|&amp;))\s*$", re.I)
_CONTINUATION = re.compile(r"^\s*(?:&|and\b|of\b|for\b|\+)", re.I)


# Role nouns that head an English title from its last word (`Tasting Room Manager`, `Deputy Recorder`),
# whatever the words before them: every title word but those that only qualify another.
_HEADS = TITLE_WORDS - {"vice", "chief", "head", "executive", "associate", "member", "lead", "senior"}
# Words of slogans and sentences, never of a title: `Your Trusted Advisor`, `We Buy Houses`.
_PROSE = frozenset({"your", "our", "we", "you", "my", "us", "since", "best", "trusted", "every", "is", "are"})
# Professions named by their suffix (`Periodontist`, `Audiologist`, `Mortician`, `Videographer`,
# `Bookkeeper`), so the list of role words need not hold every specialty.
_ROLE_SUFFIX = re.compile(
    r"(?:ologist|odontist|iatrist|ician|ographer|keeper|nomer|opath|[a-z]{4}iste?"
    # German trades and professions (`Mechaniker`, `Elektronikerin`, `Vertriebsleiter`, `Bankkaufmann`)
    r"|[a-zäöü]{3}(?:iker|leiter|berater|techniker|ingenieur|kaufmann|kauffrau|meister|arbeiter)(?:in)?"
    # Swedish, Danish and Norwegian heads of a function (`Försäljningschef`, `Ekonomichef`, `Salgschef`)
    r"|[a-zåäöæø]{4}chef)$"
)
# A Romance-language title puts its role first (`Fabricante de instrumentos musicales`, `Técnico em
# confecções do vestuário`, `Dépanneur en électroménager`): the role, then a preposition or an adjective.
_ROMANCE_LINK = frozenset(
    {
        "de",
        "del",
        "des",
        "du",
        "d",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "della",
        "dei",
        "en",
        "em",
        "y",
        "e",
        "et",
    }
)
_NOT_ROLES = frozenset({"baptist", "methodist", "adventist", "pentecostal", "florist"})


def _role(word: str) -> bool:
    """A title word from the vocabulary or a profession by its suffix."""
    return word in TITLE_WORDS or (bool(_ROLE_SUFFIX.search(word)) and word not in _NOT_ROLES)


def title_score(text: str) -> float:
    """0 when not a title; otherwise 0.5..1 by the share of words that are title vocabulary.

    A comma may add a qualifier to a title (`Team Leader, Product Development Group`, `Country Manager,
    Japan`): then the part before the comma decides, as long as the qualifier is no company."""
    score = _score(text)
    head, sep, tail = text.partition(",")
    if not score and sep and tail.strip() and not re.search(r"[\d@]", tail):
        tail_words = words(tail)
        if len(tail_words) <= 5 and not any(w in LEGAL_SUFFIXES for w in tail_words):
            score = _score(head)
    # `Dive Instructor (PADI)`, `Yoga Teacher (RYT-200)`: a certifying body or grade in brackets after it
    if (
        not score
        and (bracketed := _BRACKETED_TAIL.match(text))
        and not any(w in LEGAL_SUFFIXES for w in words(text[bracketed.end(1) :]))
    ):
        score = _score(bracketed.group(1))  # not `Consultant (Acme Group Ltd)`: a company in brackets
    return score


_BRACKETED_TAIL = re.compile(r"^([^()]*[A-Za-z][^()]*?)\s*\((?=[^()]*[A-Za-z])[^()@]{1,24}\)\s*$")
"""A line ending in a short bracketed qualifier with a letter in it (not a bracketed area code)."""


# A unit's name (`Office of the Recorder`, `Department of Chemistry`), never a person's role.
UNIT_LINE = re.compile(
    r"^\s*(?:the\s+)?(?:department|dept\.?|office|bureau|division|school|graduate\s+school|college|faculty"
    r"|center|centre)\s+(?:of|for)\b",
    re.I,
)


def _score(text: str) -> float:
    if re.search(r"[\d@]", text) or UNIT_LINE.match(text):
        return 0.0
    ws = [w for w in words(text.replace("&", " ").replace(" - ", " ")) if w not in {"-", "–"}]
    if not ws or len(ws) > 12 or any(w in _PROSE for w in ws):
        return 0.0  # `Your partner in growth` is a slogan
    parts = [p for w in ws for p in ([w] if _role(w) else w.split("-"))]
    if not any(_role(p) for p in parts) or (len(ws) > 9 and not _role_first(parts)):
        return 0.0
    if any(p in LEGAL_SUFFIXES and p not in {"co", "sa", "as", "ab", "se", "pc"} for p in parts):
        return 0.0
    known = sum(_role(p) or p in TITLE_MODIFIERS or p in DEPARTMENT_WORDS for p in parts)
    share = known / len(parts)
    if share >= 0.5:
        return 0.5 + 0.5 * share
    head = parts[-1] in _HEADS or (_role(parts[-1]) and parts[-1] not in TITLE_WORDS)
    if head and len(parts) <= 4 and text[:1].isupper():
        return 0.5
    if _role_first(parts):
        return 0.5
    return 0.0


def _role_first(parts: list[str]) -> bool:
    """A role word, then its complement: `Operador de instalaciones ...`, `Dibujante técnico`."""
    if not (parts[0] in _HEADS or _role(parts[0])) or len(parts) < 2:
        return False
    return parts[1] in _ROMANCE_LINK or len(parts) <= 3


# Agent nouns: what a person who does a job is called (`Baggage Handler`, `Hotelier`, `Arbitrator`,
# `Storeman`, `Gun Smith`, `Musicien`, `Ricercatore`, `Übersetzerin`, `Ornithologue`). Weaker than the
# vocabulary: company names end so too (`Blue Water`), so only a line where a title is expected is taken
# for one on this alone.
_AGENT = re.compile(
    r"(?:[a-zäöüß]{2}(?:er|erin|or|ier|eer|ist|iste|ista|ian|ant|ent|man|men|eur|euse|rice|ien"
    r"|ienne|tore|trice|ologo|ologue|ografo|ographe|ante|ente|smith|wright))$"
)


def occupation_like(text: str) -> bool:
    """A title by its shape alone: one to five words, no digits, the last an agent noun or a role word."""
    if re.search(r"[\d@&]", text) or UNIT_LINE.match(text):
        return False
    ws = words(text)
    if not 1 <= len(ws) <= 5 or any(w in _PROSE for w in ws) or any(w in LEGAL_SUFFIXES for w in ws):
        return False
    last = ws[-1]
    return _role(last) or bool(_AGENT.search(last))


def continues(first: str, second: str) -> bool:
    """Does `second` carry on the title in `first` (`SVP, Global Sales` / `& Business Development`)?"""
    return bool(_CONTINUES.search(first) or _CONTINUATION.match(second))
