"""Casing of titles and company names printed in capitals (`ASSISTANT MANAGER` -> `Assistant Manager`).

Decision: a title or company line printed entirely in capitals is returned in title case, as a contact app
shows it; acronyms (words of up to three letters, or without vowels: `VP`, `LLC`, `KPMG`) stay in
capitals and legal forms get their usual spelling (`LTD.` -> `Ltd.`, `GMBH` -> `GmbH`). A company's name
of one word in capitals (`CLOUDMERE`) or in lower case (`voltridge`, a logo's styling) is given the
capital a contact shows too; a short one (`IKEA`, `ASUS`: four letters or fewer) stays as printed.
"""

from __future__ import annotations

import re

_LOWER = frozenset(
    {"of", "and", "the", "for", "at", "de", "la", "du", "des", "et", "in", "on", "to", "y", "di", "del",
     "della", "degli", "dei", "delle", "da", "do", "dos", "das", "und"}
)  # fmt: skip
# `DELL'ADIGE` -> `dell'Adige`: an elided article inside a name stays small
_ELIDED = re.compile(r"^(DELL|DALL|NELL|SULL|D|L)(['’])([A-ZÀ-Þ].*)$")
_CANONICAL = {
    "ltd": "Ltd",
    "inc": "Inc",
    "co": "Co",
    "corp": "Corp",
    "gmbh": "GmbH",
    "pte": "Pte",
    "pvt": "Pvt",
    "pty": "Pty",
    "mbh": "mbH",
    "sarl": "SARL",
    "bhd": "Bhd",
    "sdn": "Sdn",
    "ltda": "Ltda",
    "lda": "Lda",
    "aps": "ApS",
    "llc": "LLC",
    "oyj": "Oyj",
    "kft": "Kft",
    "zrt": "Zrt",
    "kgaa": "KGaA",
    "ggmbh": "gGmbH",
    "sàrl": "Sàrl",
    "ltée": "Ltée",
    "ltee": "Ltee",
    "tbk": "Tbk",
    "chtd": "Chtd",
    "partg": "PartG",
    "mbb": "mbB",
}


# Short words that are words, not acronyms: `THE HARBORVIEW INN` -> `The Harborview Inn`.
_SHORT_WORDS = frozenset(
    {
        "the",
        "inn",
        "spa",
        "bar",
        "pub",
        "art",
        "law",
        "oil",
        "gas",
        "tea",
        "bay",
        "sea",
        "sun",
        "sky",
        "red",
        "big",
        "top",
        "new",
        "old",
        "one",
        "two",
        "our",
        "all",
        "fox",
        "oak",
        "elm",
        "pet",
        "car",
        "arts",
        "cafe",
        "eye",
        "ink",
        "toy",
        "box",
        "cut",
        "fit",
        "hub",
        "lab",
        "map",
        "pro",
        "way",
        "al",  # Arabic article: `AL RAYYAN` -> `Al Rayyan`
        "el",
        "bin",
        "abu",
        "ace",
        "pit",
        "key",
        "air",
        "ice",
        "joy",
        "zoo",
        "vet",
        "gym",
        "bio",
        "eco",
        "tax",
        "auto",
    }
)
# Two consonants that begin English (or common European) words; a capitals word beginning with any other
# pair is an acronym even with a vowel in it: `HVAC`, `CBRE`, `NTTA`.
_ONSETS = frozenset(
    {
        "bl", "br", "ch", "cl", "cr", "dr", "dw", "fl", "fr", "gl", "gn", "gr", "kl", "kn", "kr",
        "ph", "pl", "pr", "ps", "pf", "qu", "rh", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st",
        "sv", "sw", "sz", "th", "tr", "ts", "tw", "vl", "wh", "wr", "zh",
    }
)  # fmt: skip


def title_case(text: str, *, single: bool = False) -> str:
    """A title printed in capitals or all in lower case, as a contact app shows it (`CONTROLLER` ->
    `Controller`, `illustrator` -> `Illustrator`); `single` allows a one-word line. Marks (`REALTOR®`)
    keep their registered spelling."""
    if "®" in text or "™" in text:
        return text
    if text.islower():
        return " ".join(t if i and t in _LOWER else t[:1].upper() + t[1:] for i, t in enumerate(text.split()))
    if single and text.isupper() and len(text.split()) == 1:
        return _word(text, first=True)
    return caps_to_title(text)


_PARTICLES = frozenset({"DE", "VAN", "DER", "DEN", "VON", "LA", "LE", "DA", "DI", "DEL", "DU", "TEN", "TER"})


def company_case(text: str) -> str:
    """A company's name as a contact shows it (see the module note); mixed case is the firm's own, but a
    name's particle set in capitals in it (`DE Witte Transport NV`, `VAN DER Linden B.V.`) is cased as in
    running text."""
    text = re.sub(r"^[^\w(]+\)?\s+", "", text)  # `©) Great Lakes ...`, `& Rideau ...`: an icon or mark
    tokens = text.split()
    # The name in capitals, its legal form in the usual spelling: `NEXTGATE SOLUTIONS Co., Ltd.`; a logo's
    # lower-case word before its legal form: `tsumiki Inc.`, `kiezkraft GmbH`
    forms = [i for i, t in enumerate(tokens) if i and _is_legal_form(t)]
    if forms and not text.isupper():
        name, rest = tokens[: forms[0]], tokens[forms[0] :]
        head = " ".join(name)
        if all(_is_legal_form(t) for t in rest):
            cased = company_case(head) if head.isupper() or head.islower() else head
            # legal forms in their usual spelling (`LTDA.` -> `Ltda.`), as `_word` writes them in capitals
            return f"{cased} {' '.join(_word(t, first=False) if t.isupper() else t for t in rest)}"
    if any(c.islower() for c in text) and any(t in _PARTICLES for t in tokens):
        tokens = [
            (t.capitalize() if i == 0 else t.lower()) if t in _PARTICLES else t for i, t in enumerate(tokens)
        ]
        text = " ".join(tokens)
    if text.islower() and any(c.isalpha() for c in text):
        return title_case(text)
    if len(tokens) == 1 and text.isupper() and len(re.sub(r"[^A-Za-z]", "", text)) >= 5:
        return _word(text, first=True)
    return caps_to_title(text)


def _is_legal_form(token: str) -> bool:
    return bool(_DOTTED_FORM.match(token)) or re.sub(r"[^a-zà-ÿ]", "", token.lower()) in _CANONICAL


def caps_to_title(text: str) -> str:
    """Title-case a line printed all in capitals (see the module note); other lines are returned as is."""
    tokens = text.split()
    parts = [p for t in tokens for p in t.split("-")]  # `SMITH-HAHN` is two words to case
    # small words set in lower case among capitals (`THE UNIVERSITY of STRATHALLAN`) still count as capitals
    if sum(any(c.isalpha() for c in p) for p in parts) < 2 or any(
        c.islower() for t in tokens if t not in _LOWER and not _DOTTED_FORM.match(t) for c in t
    ):
        return text
    return " ".join(_word(t, first=i == 0) for i, t in enumerate(tokens))


# Legal forms spelled with small letters among a name in capitals: `S.p.A.`, `S.r.l.`, `Sp. z o.o.`, `Lda.`
_DOTTED_FORM = re.compile(
    r"^(?:[A-Z]\.[a-z]\.(?:[A-Z]\.)?|S\.[a-z]\.[a-z]\.|Sp\.|z|o\.o\.|Lda\.|Ltda\.|e\.V\.|e\.K\.|mbH)$"
)


def _word(token: str, *, first: bool) -> str:
    if _DOTTED_FORM.match(token):
        return token
    if token in _PARTICLES:  # `VAN DER LINDEN` -> `Van der Linden`, `DE WITTE` -> `De Witte`
        return token.capitalize() if first else token.lower()
    if re.fullmatch(r"\d+(?:ST|ND|RD|TH)", token):
        return token.lower()  # `1ST` -> `1st`
    if token in ("ST.", "STE.", "MT.", "FT."):
        return token[0] + token[1:].lower()  # Saint, Mount, Fort: `ST. JOHN` -> `St. John`
    if not first and (elided := _ELIDED.match(token)):
        return elided.group(1).lower() + elided.group(2) + _word(elided.group(3), first=True)
    core = re.sub(r"[^A-Za-zÀ-ÿ]", "", token)
    low = core.lower()
    if low in _CANONICAL:
        return token.replace(core, _CANONICAL[low])
    if low in _LOWER and not first:
        return token.lower()
    if (len(core) <= 3 and low not in _SHORT_WORDS) or not re.search(r"[AEIOUYÀ-Ý]", core):
        return token
    # `KPMG`, `NTT`, `SMBC`: a start no word has marks an acronym; a long word with vowels enough is a
    # word even so (`DLAMINI`, `NGUYEN`, `MBEKI`)
    vowels = len(re.findall(r"[aeiouyà-ÿ]", low))
    pronounceable = len(low) >= 5 and vowels * 3 >= len(low)
    if (
        re.match(r"[^aeiouyà-ÿ]{2}", low)
        and low[:2] not in _ONSETS
        and low[:3] not in ("sch", "str", "spr")
        and not pronounceable
    ):
        return token
    cased = re.sub(r"[A-Za-zÀ-ÿ]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), token)
    return re.sub(r"(?<=\w['’])S\b", "s", cased)  # `JOE'S` -> `Joe's` (but `O'BRIEN` -> `O'Brien`)
