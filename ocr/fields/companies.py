"""Company names: legal suffixes, company words, agreement with the email/website domain, size."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ocr.fields.lines import letters, words
from ocr.fields.tlds import registrable_label
from ocr.fields.words import (
    COMPANY_WORDS,
    COUNTRY_LINE_WORDS,
    DEPARTMENT_WORDS,
    FREE_MAIL_DOMAINS,
    LEGAL_SUFFIXES,
    TITLE_MODIFIERS,
    TITLE_WORDS,
)

# Public bodies named for their place: `State of Washington`, `City of Portland`, `Commonwealth of Virginia`.
_PUBLIC_BODY = re.compile(
    r"^\s*(?:the\s+)?(?:state|city|county|town|village|township|commonwealth|province|prefecture|government"
    r"|municipality|borough|district|port)\s+of\s+[A-Z]",
    re.I,
)
# Lower-case words a company name may hold (`Bank of the West`, `Société des Eaux`).
_CONNECTORS = frozenset(
    {
        "of",
        "and",
        "the",
        "for",
        "at",
        "de",
        "la",
        "le",
        "du",
        "des",
        "et",
        "in",
        "on",
        "to",
        "y",
        "und",
        "von",
        "van",
        "der",
        "di",
        "del",
        "e",
        "da",
        "do",
        "dos",
        "a",
        "an",
        "&",
        "+",
    }
)
_LEGAL_LETTERS = frozenset(letters(suffix) for suffix in LEGAL_SUFFIXES)
# Words that qualify a title (`..., International Forwarding Group`) rather than name a company.
_QUALIFIERS = DEPARTMENT_WORDS | TITLE_MODIFIERS | TITLE_WORDS | COUNTRY_LINE_WORDS


def org_labels(hosts: Iterable[str]) -> list[str]:
    """Organisation labels of the card's email/website hosts, free-mail providers left out."""
    out = []
    for host in hosts:
        label = registrable_label(host)
        if label not in FREE_MAIL_DOMAINS and label not in out:
            out.append(label)
    return out


_LEGAL_FORM_SLIPS = (
    (re.compile(r"\bPly(\.?\s+Ltd)\b"), r"Pty\1"),  # `Orchid Group Ply. Ltd.`: the t read as an l
    (re.compile(r"\bKK\.(?=\s*$)"), "K.K."),  # `Minato Logistics KK.`: the first dot lost
    # `Micron tnc.`, `Acme lnc`: the I of a closing Inc read as t, l, 1 or |
    (re.compile(r"(?<=[A-Za-z])(,?\s+)[tl1|]nc\b(\.?)(?=\s*$)"), r"\1Inc\2"),
)


def mend_legal_form(text: str) -> str:
    """A legal form with an OCR slip put back (`Ply. Ltd.` -> `Pty. Ltd.`, a closing `KK.` -> `K.K.`,
    `tnc.` -> `Inc.`)."""
    for pattern, spelled in _LEGAL_FORM_SLIPS:
        text = pattern.sub(spelled, text)
    return text


_MARK_CHAR = re.compile(r"[^\w&.,'’-]")
"""A character no company name is printed with: a logo mark read as text (`\\`, `»`, `{`, `%`)."""


def without_logo_mark(text: str, labels: Iterable[str]) -> str:
    """`K \\ Keystone Robotics Pvt. Ltd.`, `2, Beacon Analytics Pte. Ltd.`: a logo mark read as one or more
    tokens before the company's name on its line. Cut only where the domain spells the name from the word
    after them, and the tokens are marks: symbols, or one or two characters."""
    tokens = text.split()
    spelled = [letters(label) for label in labels if len(letters(label)) >= 3]
    for start in range(1, len(tokens) - 1):
        head, word = tokens[:start], letters(tokens[start])
        if not all(_MARK_CHAR.search(t) or len(t.rstrip(",")) <= 2 for t in head) or any(
            letters(t) in _LEGAL_LETTERS
            for t in head  # `AB Volvo Group`: a legal form leads the name
        ):
            return text
        if (
            len(word) >= 3
            and tokens[start][0].isupper()
            and any(label.startswith(word[:5]) or word.startswith(label) for label in spelled)
        ):
            return " ".join(tokens[start:])
    return text


def domain_match(text: str, labels: Iterable[str]) -> bool:
    """`Cobalt Ridge Capital` ~ `cobaltridge`, `Micron Inc.` ~ `micron-inc`: letters compared without
    spaces, case or hyphens; either may contain the other (4+ letters)."""
    squashed = letters(text.replace("&", " and "))
    for label in labels:
        key = label.replace("-", "")
        if (len(key) >= 3 and key in squashed) or (len(squashed) >= 4 and squashed in key):
            return True
        initials = "".join(w[0] for w in words(text) if w[0].isalpha())
        # `cvma` for `Carnegie Valley Museum of Art`: initials skip the little words
        content = "".join(w[0] for w in words(text) if w[0].isalpha() and w not in _CONNECTORS)
        if len(key) >= 3 and letters(text).startswith(key):
            return True
        if len(key) >= 3 and (key in (initials, content) or content.endswith(key)):
            return True  # `sba` for `U.S. Small Business Administration`: initials after a prefix
        if len(key) >= 6 and _spelled_by(key, _pieces(text)):
            return True
        if _leading_words_start(key, text):
            return True
    return False


def _leading_words_start(key: str, text: str) -> bool:
    """`bugbustersfl`, `riversideroofingma`, `lakelandchevy` for `BUGBUSTERS PEST CONTROL`, `RIVERSIDE
    ROOFING & SIDING`, `Lakeland Chevrolet`: the domain is the name's start, cut short or with a short tag
    (a state, `inc`, `usa`) added; the shared start covers three quarters of the domain and a whole word.
    A whole name of two words or more may take a longer tag, its town (`saltcellarportland` for `THE SALT
    CELLAR`, whose `The` a domain leaves out)."""
    named = [w for i, w in enumerate(words(text.replace("&", " "))) if i or w.lower() != "the"]
    squashed = letters(" ".join(named))
    common = 0
    while common < min(len(key), len(squashed)) and key[common] == squashed[common]:
        common += 1
    if len(named) >= 2 and common == len(squashed) >= 8 and len(key) <= 2 * common:
        return True
    first = letters(named[0]) if named else ""
    return common >= 6 and common * 4 >= len(key) * 3 and len(first) <= common


def _pieces(text: str) -> set[str]:
    """What a domain may be spelled from: the line's words and the initials of two or three words in a row
    (`peakperformancept` for `Peak Performance Physical Therapy`, `sierracu` for `Sierra Credit Union`)."""
    ws = [letters(w) for w in words(text.replace("&", " "))]
    ws = [w for w in ws if w]
    pieces = {w for w in ws if len(w) >= 2}
    for size in (2, 3):
        pieces.update("".join(w[0] for w in ws[i : i + size]) for i in range(len(ws) - size + 1))
    return pieces


def _spelled_by(key: str, pieces: set[str]) -> bool:
    """Is `key` two or more of the line's words run together, in any order (`alderash` from `Alder & Ash
    Cosmetics`, `oakparkresidences` from `The Residences at Oak Park`)?"""
    counts = {0: 0}  # position in key -> fewest words that spell key[:position]
    for start in range(len(key)):
        if start not in counts:
            continue
        for piece in pieces:
            if key.startswith(piece, start):
                end = start + len(piece)
                counts[end] = min(counts.get(end, 99), counts[start] + 1)
    return counts.get(len(key), 0) >= 2


# Two-letter legal forms (`AB`, `AG`, `SA`) are also plain words and OCR noise: only as the last word.
def _legal(word: str, position: int, count: int) -> bool:
    if word not in LEGAL_SUFFIXES or position == 0:
        return False
    return len(word.replace(".", "")) > 2 or position == count - 1


def _scrap_before_short_suffix(text: str) -> bool:
    """`nae 7h AS`: OCR scraps of another script that happen to end in a two-letter legal form (AS, AG,
    SA, BV). A real name before such a suffix is written with capitals and without digits glued to
    letters (`Telenor AS`, `IBM AG`)."""
    tokens = text.split()
    if len(tokens) < 2 or len(tokens[-1].replace(".", "")) > 2:
        return False
    head = tokens[:-1]
    glued = any(re.search(r"\d", t) and re.search(r"[A-Za-z]", t) for t in head)
    return glued or not any(t[:1].isupper() for t in head)


# Legal forms written with lower-case words: Poland's `Sp. z o.o.`, `Sp. j.`, `S.A.` and Czechia's `s.r.o.`
_SPELLED_FORM = re.compile(r"\bsp\.\s*z\s*o\.\s*o\.|\bsp\.\s*[jkp]\.|\bs\.\s*r\.\s*o\.", re.I)


def company_shape(text: str) -> bool:
    """Could the line be a company name at all: no email, no long number, not a sentence or slogan."""
    if "@" in text or re.search(r"\d{3,}", text):
        return False
    text = _SPELLED_FORM.sub("LLC", text)
    prose = [w for w in text.split() if w[:1].islower() and w.strip(".,") not in _CONNECTORS]
    return len(words(text)) <= 8 and len(prose) < 2


def wordlike(text: str) -> bool:
    """Every word could be an English word (a vowel, no letter three times running): not the scraps OCR
    makes of Japanese script (`ARAB RR`, `2H BE`, `RRR HHA`)."""
    ws = [w for w in re.findall(rf"[{_LETTER}0-9][{_LETTER}0-9'’.-]*", text) if w.lower() not in _CONNECTORS]
    return (
        bool(ws)
        and all(w.isalpha() or not any(c.isdigit() for c in w) for w in ws)
        and all(re.search(_VOWEL, w, re.I) and not re.search(r"(.)\1\1", w, re.I) for w in ws)
    )


_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-ž"
_VOWEL = "[aeiouyà-æè-ïò-öø-ýÿāăąēĕėęěīįōőœūůű]"  # `Hôpital`, `Università`, `Łódź` are words too


def caps_emphasis(text: str) -> bool:
    """`GREEN VALLEY LANDSCAPING`: two or more real words set in capitals, as a card's biggest type is; OCR
    scraps of Japanese script (`ARAB RR`, `RRR HHA`) lack vowels or repeat letters."""
    ws = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", text) if w.lower() not in _CONNECTORS]
    return (
        len(ws) >= 2
        and all(w.isupper() and len(w) >= 3 and re.search(r"[AEIOUY]", w) for w in ws)
        and not any(re.search(r"(.)\1\1", w) for w in ws)
    )


_SURNAME = r"[A-Z][A-Za-zÀ-ÿ'’]+"
# Firms named after their partners or family: `Jones, Jackson and Erickson`, `Smith & Wesson`, `Gibson and
# Sons`, `Pruvost et Fils`, and the double-barrelled `Williams-Miller`.
_PARTNERS = re.compile(
    rf"^{_SURNAME}(?:\s*,\s*{_SURNAME})*,?\s+(?:and|&|et|y|e|und|en)\s+(?:{_SURNAME}|sons|fils)\.?$"
)
_DOUBLE_BARRELLED = re.compile(rf"^{_SURNAME}-{_SURNAME}$")
_PARTNER_LINKS = frozenset({"and", "&", "et", "y", "e", "und", "en"})


def company_score(text: str, labels: Iterable[str]) -> float:
    """Evidence that a line is the company: legal suffix 3, domain match 2.5, company word 1.5."""
    # `fernhill studio` on fernhillstudio.com: a design-led card sets its name in lower case, which reads
    # as prose, but a line spelling the whole domain, letter for letter, is the name
    labels = list(labels)
    spells_domain = "@" not in text and letters(text) in {label.replace("-", "") for label in labels}
    if not company_shape(text) and not spells_domain:
        return 0.0  # a sentence (`Securities offered through ... LLC. Member FINRA`), a slogan, a number
    ws = words(text)
    score = 0.0
    if _scrap_before_short_suffix(text):
        return 0.0
    if (
        any(_legal(w, i, len(ws)) for i, w in enumerate(ws))
        or any(w.replace(".", "").replace(",", "") in {"coltd", "kk"} for w in ws)
        or _SPELLED_FORM.search(text)
    ):
        score += 3.0
    if domain_match(text, labels):
        score += 2.5
    if any(w in COMPANY_WORDS for w in ws) or _PUBLIC_BODY.match(text):
        score += 1.5
    if re.search(r"\w\s*&\s*\w", text) and len(ws) <= 6:
        score += 0.5
    # `President & CEO` names roles, not partners
    named = not any(w in _QUALIFIERS and w not in _PARTNER_LINKS for w in ws)
    if named and _PARTNERS.match(text.strip()):
        score += 2.0
    elif named and _DOUBLE_BARRELLED.match(text.strip()):
        score += 1.5
    return score


def split_title_company(text: str, labels: Iterable[str] = ()) -> tuple[str, str] | None:
    """`Partner, Acme Legal LLP` / `Director at Acme Inc.` -> (title, company) when the tail has a legal
    suffix, a company word or the card's domain; the caller checks that the head is a title. A tail made
    only of department words (`Manager, International Forwarding Group`) qualifies the title instead."""
    # A bar is the stronger separator: `Accountant, chartered public finance | Kobayashi Marine Ltd.`
    m = re.match(r"^(.+)\s*\|\s*(.+)$", text) or re.match(
        r"^(.+?)(?:\s*[,|]\s*|\s+at\s+|\s+[-–—@]\s+)(.+)$", text
    )
    if not m:
        return None
    tail = m.group(2)
    score = company_score(tail, labels)
    if score < 1.5:
        return None
    tail_words = words(tail.replace("&", " "))
    single = len(tail_words) < 2 and not _DOUBLE_BARRELLED.match(tail.strip())
    if score < 2.5 and (single or all(w in _QUALIFIERS for w in tail_words)):
        return None  # `Manager | Consulting`: one company word alone is a practice, not a company
    return m.group(1).strip(), tail.strip()


def continues_company(company: str, neighbour: str, labels: Iterable[str], *, before: bool) -> bool:
    """Whether `neighbour`, printed just below (or, with `before`, just above) the company line, is the
    rest of the company's name set on two lines, as a logo lockup does: `SUMMIT RIDGE` over `REALTY`,
    `Mercy Regional` over `Medical Center`, `COLORADO DEPARTMENT OF` over `LABOR AND EMPLOYMENT`.

    Evidence, first that wins: the joined name spells the card's domain further than the company line
    alone (`meridianwealthadv.com` under `MERIDIAN` / `WEALTH ADVISORS`); the first line ends with a
    connector (`of`, `&`); the first line is a name that is not yet a company's (no legal suffix, no
    company word; partners' names like `Hollis & Grant` may go on) and the second holds a company word
    (`Realty`, `Labs`, `Therapeutics`). Without the domain, both lines must be set alike (both in capitals
    or neither: `PINNACLE HOME WARRANTY` over `Claims & Service` is a slogan), except one company word
    under a logo word (`fernwood` / `LABS`). Never joined: a company line that is whole (a legal suffix)
    with a line after it, or with a line before it that the domain does not spell (`LIVING SKIES` over
    `PLUMBING & HEATING LTD.` on livingskiesplumbing.ca is joined); a neighbour of more than three words
    (`&` and `of` not counted), with digits or scraps; a unit on either line (`Department of Pediatrics`,
    `International Exchange Division`).
    """
    head, tail = (neighbour, company) if before else (company, neighbour)
    # the legal form on a line of its own under the name (`CRESCENT` / `LLP`, `Hoshino Denki` / `Co., Ltd.`)
    form, name = (neighbour, company) if not before else (company, neighbour)
    if legal_form_only(form) and not _has_legal(name) and company_shape(name) and wordlike(name):
        return True
    if _dangling_head_whole_tail(head, tail):
        return True
    ws = [w for w in words(neighbour) if w not in _CONNECTORS]
    if not ws or len(ws) > 3 or len(letters(neighbour)) < 4 or re.search(r"[\d()\[\]]", neighbour):
        return False
    if all(len(letters(w)) < 3 for w in ws):
        return False  # `FA) GE`: scraps of a logo or of kanji, not words of a name
    if (
        generic_name(tail)
        and wordlike(head)
        and not _company_word_in(head)
        and not _has_legal(head)
        and _in_capitals(head) == _in_capitals(tail)
    ):
        return True  # `Leeds Teaching Hospitals` over `NHS Trust`: the second line names no one alone
    # `LTD.` has no vowel yet is no scrap
    bare_company = " ".join(t for t in company.split() if letters(t) not in _LEGAL_LETTERS) or company
    bare_neighbour = strip_legal_forms(neighbour) or neighbour
    if not (wordlike(bare_neighbour) and wordlike(bare_company) and company_shape(f"{head} {tail}")):
        return False
    if not before and _STATE_BODY.search(company) and re.match(r"\s*department\s+of\b", neighbour, re.I):
        return True  # `WASHINGTON STATE` over `DEPARTMENT OF TRANSPORTATION`
    if _UNIT.search(neighbour) or _UNIT_EDGE.search(company):
        return False
    if domain_spells_join(company, neighbour, labels, before=before):
        # the legal suffix ends a name: on the line below it closes it (`BRAXTON` over `PRECISION
        # COMPONENTS, INC.`); a line above may still be its start (`LIVING SKIES` over `PLUMBING & HEATING
        # LTD.` on livingskiesplumbing.ca)
        return not _has_legal(neighbour) if before else not _has_legal(company)
    if completes_with_form(head, tail, labels):
        return True
    if _has_legal(neighbour) or not any(len(letters(w)) >= 4 for w in ws):
        return False  # a whole name of its own; `Hie eh`, scraps of kanji over a company's name
    if _has_legal(company):
        return False
    if _in_capitals(company) != _in_capitals(neighbour):
        # a logo word in its own casing over one company word (`fernwood` / `LABS`) is still one name
        return not before and len(ws) == 1 and ws[0] in COMPANY_WORDS and not _company_word_in(company)
    if words(head)[-1] in _CONNECTORS | {"&"} or head.rstrip().endswith(","):
        return True  # `COLORADO DEPARTMENT OF`, `MINISTRY OF BUSINESS,` go on
    if words(tail)[0] in _LEADS_ON or re.match(r"(?:dell|dall|degli|della|d)['’]", tail.strip(), re.I):
        return True  # `RIVERSIDE PLUMBING` over `& DRAIN`, `SUMMIT TOYOTA` over `OF BOISE`, `des Alpilles`
    if lockup_word(head, tail, labels):
        return True
    if _has_legal(head) or _company_word_in(head):
        return False
    return _company_word_in(tail)


_LEADS_ON = frozenset(
    {
        "&",
        "and",
        "of",
        "+",
        "und",
        "et",
        "de",
        "des",
        "du",
        "di",
        "del",
        "della",
        "degli",
        "da",
        "do",
        "dos",
        "der",
    }
)


def _dangling_head_whole_tail(head: str, tail: str) -> bool:
    """`The Law Offices of` over `GREGORY T. HALVERSON, P.C.`, `ANDERSON, REYES &` over `MONTGOMERY LLP`: a
    first line ending in `of` or `&` is no name alone, and the line under it completes it even when that
    line is a whole name (initials, a legal form)."""
    head_words = words(head)
    if not head_words or head_words[-1] not in ("of", "&", "and") or not wordlike(head):
        return False
    tail_words = [w for w in words(tail) if w not in _CONNECTORS and letters(w) not in _LEGAL_LETTERS]
    long_words = [w for w in re.findall(r"[A-Za-zÀ-ÿ'’-]{3,}", tail) if letters(w) not in _LEGAL_LETTERS]
    return (
        1 <= len(tail_words) <= 5
        and not re.search(r"\d", tail)
        and bool(long_words)
        and wordlike(" ".join(long_words))
        and company_shape(f"{head} {tail}")
    )


def completes_with_form(head: str, tail: str, labels: Iterable[str]) -> bool:
    """`GRUBER & PARTNER` over `Steuerberatung GmbH`: under a brand the domain names, a line of one or two
    words of what the firm does and its legal form, sharing no word with the brand, completes the name."""
    if not _has_legal(tail) or _has_legal(head) or not domain_match(head, labels):
        return False
    described = [w for w in words(tail.replace("&", " ")) if letters(w) not in _LEGAL_LETTERS]
    return (
        1 <= len(described) <= 2
        and not {letters(w) for w in described} & {letters(w) for w in words(head)}
        and not domain_match(strip_legal_forms(tail), labels)
    )


def generic_name(text: str) -> bool:
    """`NHS Foundation Trust`, `Medical Center`: company words and short acronyms only, no name."""
    tokens = [t.strip(".,") for t in text.split() if t.strip(".,").lower() not in _CONNECTORS]
    return (
        bool(tokens)
        and any(t.lower() in COMPANY_WORDS for t in tokens)
        and all(t.lower() in COMPANY_WORDS or (t.isupper() and 2 <= len(t) <= 4) for t in tokens)
    )


def lockup_word(company: str, neighbour: str, labels: Iterable[str], *, below_person: bool = False) -> bool:
    """`STUDIO KESTREL` over `ARCHITECTS`, `KAURI RIDGE` over `ESTATE` on kauriridge.co.nz: one company
    word set like the brand the domain names, on the line under it. Under the person's name a department
    word (`ENGINEERING`) is the person's unit instead."""
    ws = words(neighbour)
    if len(ws) != 1 or _in_capitals(company) != _in_capitals(neighbour) or not domain_match(company, labels):
        return False
    return ws[0] in COMPANY_WORDS and not (below_person and ws[0] in DEPARTMENT_WORDS)


def domain_spells_join(company: str, neighbour: str, labels: Iterable[str], *, before: bool) -> bool:
    """Whether a domain label goes on past the company line's letters into the neighbour's
    (`meridianwealthadv` for `MERIDIAN` over `WEALTH ADVISORS`), or is the whole line above it (`Atlas`
    over `Biotech Inc.` on atlas.com)."""
    if (
        before
        and not letters(company).startswith(letters(neighbour))  # `kakeru` over `Kakeru Labs Inc.`: a logo
        and any(letters(label) == letters(neighbour) for label in labels if len(letters(label)) >= 3)
    ):
        return True
    head, tail = (neighbour, company) if before else (company, neighbour)
    cut = max(len(letters(company)), 3) + 1
    # with or without a leading `The` (`thelangstonhotel`, `curryleafspice`)
    spellings = {letters(f"{h} {tail}")[:cut] for h in (head, re.sub(r"^\s*the\s+", "", head, flags=re.I))}
    return any(letters(label).startswith(spelled) for label in labels for spelled in spellings)


def legal_form_only(text: str) -> bool:
    """`LLP`, `Co., Ltd.`, `GmbH & Co. KG`: nothing but legal forms."""
    tokens = [letters(t) for t in re.split(r"[\s,&]+", text) if letters(t)]
    return bool(tokens) and all(t in _LEGAL_LETTERS for t in tokens)


def _company_word_in(text: str) -> bool:
    return any(w in COMPANY_WORDS for w in words(text))


def has_legal_form(text: str) -> bool:
    """Whether the line holds a legal form (`Ltd.`, `GmbH`, `FZ-LLC`, `Co., Ltd.`)."""
    return _has_legal(text) or any(legal_form_only(part) for part in re.split(r"[\s-]+", text)[1:])


def strip_legal_forms(text: str) -> str:
    """The name without its legal forms: `Sandstorm Digital FZ-LLC` -> `Sandstorm Digital`."""
    return " ".join(
        t
        for t in re.split(r"[\s,]+", text)
        if letters(t) not in _LEGAL_LETTERS
        and not ("-" in t and all(letters(p) in _LEGAL_LETTERS for p in t.split("-") if letters(p)))
    )


def _has_legal(text: str) -> bool:
    if _SPELLED_FORM.search(text):
        return True
    ws = words(text)
    return any(_legal(w, i, len(ws)) for i, w in enumerate(ws))


def _in_capitals(text: str) -> bool:
    return not any(c.islower() for c in text)


_STATE_BODY = re.compile(r"\b(?:state|county|city)\s*$", re.I)
_UNIT = re.compile(
    r"^\s*(?:the\s+)?(?:school|college|faculty)\b|\b(?:department|dept|division|office)\b", re.I
)
# On the company line itself a unit shows at its start or end (`Department of Pediatrics`, `International
# Exchange Division`); inside, `Colorado Department of` is a public body's name going on.
_UNIT_EDGE = re.compile(
    r"^\s*(?:the\s+)?(?:department|dept|office|division|school|college|faculty)\b"
    r"|\b(?:department|dept|office|division)\.?\s*$",
    re.I,
)
