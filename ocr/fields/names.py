"""Person names: does a line look like one, how to case it, does an email agree, given vs family.

Decision: `name` drops honorifics (Dr., Ms.) and post-nominal credentials (PhD, MBA, CPA, PE, AIA, ...), as
a contact app stores those apart from the name; generational suffixes (Jr., III) stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from nameparser import HumanName

from ocr.fields.lines import fold_accents, words
from ocr.fields.words import (
    COMPANY_WORDS,
    COUNTRY_LINE_WORDS,
    CREDENTIAL_KEEP_IN_NAME,
    CREDENTIALS,
    HONORIFICS,
    JAPANESE_FAMILY_NAMES,
    LEGAL_SUFFIXES,
    NAME_PARTICLES,
    TITLE_WORDS,
    WESTERN_GIVEN_NAMES,
)

# Place words that never end a person's name (unlike `Park`, `Hall` or `Hill`, which are surnames too).
_PLACE_WORDS = frozenset(
    {
        "street",
        "avenue",
        "ave",
        "road",
        "boulevard",
        "blvd",
        "building",
        "bldg",
        "suite",
        "floor",
        "plaza",
        "centre",
        "center",
        "tower",
        "parkway",
        "highway",
        "square",
        "box",
        "unit",
        "room",
    }
)
_NAME_WORD = re.compile(
    r"^(?:[A-ZĀ-ž][a-zà-ÿĀ-ž]*\.?|[A-ZĀ-ž][a-zà-ÿĀ-ž]+(?:['’-][A-Za-zà-ÿĀ-ž]+)+"
    r"|(?:[A-Z]['’][A-ZĀ-ž][a-zà-ÿĀ-ž]+|[A-ZĀ-ž][a-z]{1,2}[A-ZĀ-ž][a-zà-ÿĀ-ž]+)(?:-[A-ZĀ-ž][a-zà-ÿĀ-ž]+)?"
    r"|[A-ZÀ-ÞĀ-ž][A-ZÀ-ÞĀ-ž'’-]+|[A-ZÀ-ÞĀ-ž][a-zß-ÿĀ-ž]+)$"
)  # `[A-Z][a-z]{1,2}[A-Z]...`: McDonald, MacLeod, DeLuca, LaToya, DiMaggio, VanDyke; and double-barrelled
# (O'Brien-Thompson, McAllister-Reyes)
# Company words that are also common surnames (`Charlotte Church`): they do not stop a name.
_SURNAMES_TOO = frozenset({"church", "trust", "union", "inn", "grill", "homes"})
# Department nouns no one bears as a surname (`Marketing Division`); `Field`, `North`, `Brand` are names too.
_UNIT_NOUNS = frozenset(
    {
        "division",
        "department",
        "dept",
        "section",
        "marketing",
        "sales",
        "accounting",
        "procurement",
        "purchasing",
        "operations",
        "logistics",
        "engineering",
        "administration",
        "finance",
        "compliance",
        "treasury",
        "payroll",
        "research",
        "development",
        "resources",
    }
)
_NOT_NAME_WORDS = (
    TITLE_WORDS | COMPANY_WORDS | LEGAL_SUFFIXES | _PLACE_WORDS | COUNTRY_LINE_WORDS | _UNIT_NOUNS
) - _SURNAMES_TOO
# `GARCIA, Maria` / `Doe, Jane A.`: family name, comma, given name(s), as on lists and some cards.
_FAMILY_FIRST = re.compile(r"^([A-ZÀ-Þ][A-Za-zà-ÿ'’-]+),\s+([A-ZÀ-Þ][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ]*\.?)?)$")
# OCR confusables folded together before comparing a name with an email local part.
_FOLD = str.maketrans({"i": "l", "1": "l", "0": "o", "|": "l"})


_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})  # `JAMES EARL WATKINS JR.`: not a name word
_DOTLESS_CREDENTIALS = frozenset(c.replace(".", "") for c in CREDENTIALS)


def _credential(word: str) -> bool:
    """`phd`, `ph.d`, `d.c`, `m.b.a`: a post-nominal however it is dotted; `fnp-c`, `fnp-bc`: one with its
    board-certified suffix."""
    if word in CREDENTIALS or word.replace(".", "") in _DOTLESS_CREDENTIALS:
        return True
    return bool(re.fullmatch(r"[a-z]{2,6}-b?c", word)) and word.rsplit("-", 1)[0] in CREDENTIALS


# `prof. PP`, `prof. UW`: Poland's professor of a named university, after the name
_PROFESSOR_OF = re.compile(r"prof\.\s*[A-ZŁŚŻ]{2,5}")


def _designation(part: str, head: str) -> bool:
    """`Roger Pruitt, LUTCF` / `Priya Raman, Au.D.`: after a name printed in mixed case, one word in capitals
    or a dotted abbreviation that is no role is a designation, even one missing from the vocabulary."""
    printed = part.strip()
    token = printed.replace(".", "")
    # `Au.D.`, `Ed.D.`, `D.Min.`: a dotted abbreviation in any case
    dotted = bool(re.fullmatch(r"(?:[A-Z][a-z]{0,3}\.){2,3}|[A-Z][a-z]{0,3}\.[A-Z][a-z]{0,3}", printed))
    return (
        len(head.split()) >= 2
        and any(c.islower() for c in head)
        and token.isalpha()
        and (token.isupper() or dotted)
        and 2 <= len(token) <= 6
        and token.lower() not in TITLE_WORDS
        and token.lower() not in CREDENTIAL_KEEP_IN_NAME
    )


def strip_credentials(text: str) -> str:
    """`Dr. Priya Patel, PhD` -> `Priya Patel`; `JORDAN LEE, AIA` -> `JORDAN LEE`; `John Smith Jr.` kept."""
    parts = [p.strip() for p in text.split(",")]
    while len(parts) > 1 and (
        all(_credential(w) for w in words(parts[-1]))
        or _designation(parts[-1], parts[0])
        or _PROFESSOR_OF.fullmatch(parts[-1])
    ):
        parts.pop()
    tokens = ", ".join(parts).split()
    while len(tokens) > 1 and (
        (tokens[0].lower().strip(".") in HONORIFICS and (tokens[0].endswith(".") or len(tokens) > 2))
        # `Eng. Khalid Al Mansoori`: only dotted, for Eng is also a given name (`Eng Wei Tan`)
        or (tokens[0].lower() in _DOTTED_HONORIFICS and len(tokens) > 2)
        or (tokens[0] in _PRINTED_HONORIFICS and len(tokens) > 2)
    ):
        tokens.pop(0)
    mixed_case = any(c.islower() for c in " ".join(tokens[:2]))
    while len(tokens) > 2:
        printed = tokens[-1].strip(".,®™*")  # `PREC*`: a footnote mark
        w = printed.lower()
        # `MBBS`, `PhD`, `Ph.D`, `MSc`: capitals, or a capital after the first letter, or dotted
        styled = printed.isupper() or bool(re.search(r"^[A-Z].*(?:[A-Z]|\.)", printed))
        if (
            (_credential(w) and w not in CREDENTIAL_KEEP_IN_NAME and styled)
            or (mixed_case and _credential_shaped(printed))
            or (re.fullmatch(r"\([A-Za-z .&]+\)", tokens[-1]) and len(tokens) > 3)
        ):
            tokens.pop()
        else:
            break
    return " ".join(tokens).strip(" ,")


_DOTTED_HONORIFICS = frozenset({"eng.", "hab."})  # Poland's habilitated doctor: `dr hab. inż.`
# Honorifics known only in their printed case, being words or syllables of names otherwise: Austria's
# Diplom-Ingenieur `DI` (not `Di Marco`), France's lawyer `Me` (Maître), `(FH)` after `Mag.`.
_PRINTED_HONORIFICS = frozenset({"DI", "Me", "(FH)", "DDr."})


def _credential_shaped(token: str) -> bool:
    """A post-nominal missing from the vocabulary, after a name in mixed case: three capitals or more in
    mixed case (`FAusIMM`, `CPEng`, `FIEAust`) or a degree's prefix (`DipArch`, `Pr.Eng`); not a name with
    an inner capital (`MacLeod`, `DeAngelo`, `McDonald`). A word in capitals alone may be a family name
    (`Mei Ling TAN`): only the vocabulary strips those."""
    letters_only = token.replace(".", "")
    if not letters_only.isalpha() or len(letters_only) < 2 or not token[0].isupper():
        return False
    capitals = sum(c.isupper() for c in letters_only)
    return (not token.isupper() and capitals >= 3) or bool(re.match(r"(?:Dip|Grad|Cert|Pr\.)[A-Z]", token))


def _particle_as_family(tokens: Sequence[str], i: int) -> bool:
    """Whether the particle-like word at `i` is the family name: a particle leads into one, so a
    capitalised one that ends the name is the name itself (`Yan Le`, `Minh Do`, Vietnamese names)."""
    return 0 < i == len(tokens) - 1 and tokens[i][:1].isupper()


def name_shape(text: str, *, vocabulary: bool = True) -> bool:
    """2-4 capitalised words (plus particles and initials), no digits, no role, company or street words
    (unless not `vocabulary`: `Efren Carpenter` when an email shows the person is called so)."""
    if re.search(r"[\d@/|:;()]", text):
        return False
    tokens = text.replace(",", " ").split()
    core = [
        t
        for i, t in enumerate(tokens)
        if (t.lower() not in NAME_PARTICLES or _particle_as_family(tokens, i))
        and t.lower().strip(".") not in _GENERATIONS
    ]
    if not 2 <= len(core) <= 4 or len(tokens) > 6:
        return False
    if tokens[0].lower() in NAME_PARTICLES and not tokens[0][0].isupper():
        return False
    if tokens[0].lower() == "the" or tokens[-1].lower().strip(",") in ("co.", "co"):
        return False  # `The Willowbrook Inn`, `Spice Co.`: a business, never a person
    vocab = _NOT_NAME_WORDS if vocabulary else frozenset()
    long_words = 0
    for t in core:
        bare = t.strip(".,").lower()
        if (bare in vocab and not (len(bare) <= 2 and t.endswith("."))) or not _NAME_WORD.match(t.strip(",")):
            return False
        long_words += len(bare) >= 3
    return long_words >= 1 and sum(len(t) for t in core) >= 5


_ROLE_MAILBOXES = frozenset(
    {"info", "sales", "contact", "office", "hello", "admin", "support", "volunteer", "volunteers", "team",
     "mail", "enquiries", "inquiries", "service", "help", "jobs", "careers", "hr", "press", "media",
     "marketing", "billing", "accounts", "reception", "booking", "bookings", "orders", "events", "dispatch",
     "reservations", "frontdesk", "concierge", "parts", "admissions", "recruiting", "talent"}
)  # fmt: skip


def job_word_surname(text: str, locals_: Iterable[str]) -> bool:
    """`Efren Carpenter`, `Jane Baker`: name-shaped but for one job word, the last, and an email's local
    part spells the other words (`efren77@`), so the job word is the surname, not a title."""
    if not name_shape(text, vocabulary=False):
        return False
    tokens = text.split()
    jobs = [t for t in tokens if t.lower().strip(".,") in TITLE_WORDS]
    others = [t for t in tokens if t not in jobs]
    if len(jobs) != 1 or tokens[-1] not in jobs or not others:
        return False
    if any(t.lower().strip(".,") in _NOT_NAME_WORDS for t in others):
        return False
    person = " ".join(others)
    return any(
        re.sub(r"[^a-z]", "", local.lower()) not in _ROLE_MAILBOXES and email_match(local, person)[0] >= 0.7
        for local in locals_
    )


def smart_case(name: str) -> str:
    """Title-case words printed in capitals, keeping Mc/O' prefixes, hyphens and lower-case particles."""
    out = []
    tokens = name.split()
    for i, token in enumerate(tokens):
        if not (token.isupper() and len(token.strip(".")) > 1) or token.strip(".,") in {"II", "III", "IV"}:
            out.append(token)
            continue
        low = token.lower()
        if i and low in NAME_PARTICLES and not _particle_as_family(tokens, i):
            out.append(low)
            continue
        word = re.sub(r"(^|[-'’])([a-zà-ÿ])", lambda m: m.group(1) + m.group(2).upper(), low)
        word = (
            re.sub(r"^(Ma?c)([a-z])", lambda m: m.group(1) + m.group(2).upper(), word)
            if low.startswith("mc")
            else word
        )
        out.append(word)
    return " ".join(out)


def _tokens(name: str) -> list[str]:
    """The name's words in lower-case ASCII letters, accents folded (`Éric` -> `eric`, as in addresses)."""
    folded = (re.sub(r"[^a-z]", "", fold_accents(t).lower()) for t in name.split())
    return [t for t in folded if t]


def email_match(local: str, name: str, *, fold: bool = True) -> tuple[float, str | None]:
    """How well an email local part fits a name (0..1) and which name token it shows to be the family.

    Compares with OCR confusables folded (`Iwhitfield` ~ `lwhitfield`). Patterns: given.family, g.family,
    gfamily, familyg, givenfamily, given, family, and a 3+ letter prefix of a name token (`muro`).
    """
    table = _FOLD if fold else {}
    names = [t.translate(table) for t in _tokens(name)]
    original = _tokens(name)
    # Trailing digits (`srichter15`) go before folding, which would read their 1 as an l.
    parts = [re.sub(r"\d+$", "", p).translate(table) for p in re.split(r"[._-]+", local.lower()) if p]
    parts = [p for p in parts if p]
    if not names or not parts:
        return 0.0, None

    def family(i: int) -> str:
        return original[i]

    def split_concat(part: str) -> tuple[float, str | None]:
        for i, tok in enumerate(names):
            others = [n for j, n in enumerate(names) if j != i]
            initials = "".join(n[0] for n in others)
            if part in (tok, ""):
                continue
            spelled_given = "".join(n for n in others if len(n) > 1)  # `rachelharrington`: no middle initial
            if part.endswith(tok) and (
                part[: -len(tok)] in ("".join(others), spelled_given, initials, initials[:1])
            ):
                return 1.0, family(i)
            if part.startswith(tok) and part[len(tok) :] in (initials[:1], initials, initials[-1:]):
                # `ashleyb` (given + family initial, common in the US) and `yamadat` (family + given
                # initial) look alike: a strong match, but no evidence of which word is the family;
                # a middle initial is often left out (`maximilianr` for Maximilian H. Richter)
                return 0.9, None
            if len(others) >= 2 and part == "".join(others) + tok[0]:
                return 0.9, family(i)  # `meilingc`: the given names run together, then the initial
        return 0.0, None

    if len(parts) >= 2:
        a, b = parts[0], parts[-1]
        ia = [i for i, n in enumerate(names) if n == a]
        ib = [i for i, n in enumerate(names) if n == b]
        if ib and ia and len(names) == 2 and a != b:
            # `cohen.bernard` for Bernard Cohen and `bernard.cohen` alike: last.first is common enough
            # that two whole names say nothing of which is the family
            return 1.0, None
        if ib and (
            ia
            or any(n.startswith(a) for n in names)
            or a == "".join(n for j, n in enumerate(names) if j != ib[0])
        ):
            return 1.0, family(ib[0])
        if ia and any(n.startswith(b) for j, n in enumerate(names) if j != ia[0]) and len(b) <= 2:
            # `anand.k` (given.f) and `tanaka.h` (family.g) look alike: a strong match, but no family hint
            return 0.9, None
        if ia or ib:
            return 0.7, None
    part = parts[0]
    score, fam = split_concat(part)
    if score:
        return score, fam
    if part in names:
        return 0.7, None
    if len(part) >= 3 and any(n.startswith(part) for n in names):
        return 0.5, None
    return 0.0, None


def given_family(name: str, family_hint: str | None = None) -> tuple[str | None, str | None]:
    """Given and family names via nameparser, overruled by evidence of which token is the family: an email
    local part (`t.higurashi`), Japanese style, the one word printed in capitals (`HIGURASHI Tomoaki`), or
    a common Japanese family name printed first (`Murata Kiichi`)."""
    human = HumanName(name)
    given, family = human.first or None, human.last or None
    tokens = [re.sub(r"[^a-z]", "", t.lower()) for t in name.split()]
    if not family_hint and len(tokens) == 2 and romaji(name):
        first, second = tokens
        if first in JAPANESE_FAMILY_NAMES and second not in JAPANESE_FAMILY_NAMES:
            family_hint = first  # `Murata Kiichi`: the family name printed first, without capitals
    if family_hint and len(family_hint) > 1:  # `torres.angela.m`: an initial is no family name
        hint = family_hint
        tokens = name.split()
        match = [t for t in tokens if re.sub(r"[^a-z]", "", t.lower()) == hint]
        if match and (family is None or hint not in re.sub(r"[^a-z ]", "", family.lower()).split()):
            family = match[0]
            rest = [t for t in tokens if t is not match[0]]
            given = " ".join(rest) or None
    return given, family


def caps_family(printed: str) -> str | None:
    """In `HIGURASHI Tomoaki` the capitals mark the family name (a Japanese card convention)."""
    tokens = printed.split()
    caps = [t for t in tokens if t.isupper() and len(t) > 2]
    if len(tokens) == 2 and len(caps) == 1:
        return re.sub(r"[^a-z]", "", caps[0].lower())
    return None


def best_email_for(name: str | None, emails: Iterable[str]) -> list[str]:
    """Emails with the person's own address first (stable otherwise)."""
    ordered = list(emails)
    if not name:
        return ordered
    return sorted(ordered, key=lambda e: -email_match(e.rpartition("@")[0], name)[0])


def family_first(text: str) -> tuple[str, str] | None:
    """`GARCIA, Maria` -> (`GARCIA`, `Maria`): the family name, then the given name(s) after a comma; None
    when the part after the comma is a credential, a role or other vocabulary (`Jane Doe, CFO`)."""
    m = _FAMILY_FIRST.match(text.strip())
    if not m:
        return None
    family, given = m.group(1), m.group(2)
    for token in given.split():
        bare = token.lower().strip(".")
        if bare in CREDENTIALS or bare in HONORIFICS or bare in _NOT_NAME_WORDS:
            return None
    if family.lower() in _NOT_NAME_WORDS or family.lower() in CREDENTIALS:
        return None
    return family, given


_LETTER_WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:['’-][A-Za-zÀ-ÿ]+)?")


def name_needing_evidence(text: str) -> str | None:
    """A line shaped like a name in every way but its letters' case or length, cased as a name:
    `sophie turner` (design-led cards set names in lower case), `jun Li` (a capital read small),
    `Li Na Ng` (no word of three letters). Only the shape is checked here: the caller wants other
    evidence (an email or domain that spells it), as such lines are often something else."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 3 or not all(_LETTER_WORD.fullmatch(t) for t in tokens):
        return None
    lowered = [t.lower() for t in tokens]
    if any(t in _NOT_NAME_WORDS or t in NAME_PARTICLES for t in lowered) or sum(map(len, tokens)) < 5:
        return None
    if any(t[1:] != t[1:].lower() and not t.isupper() for t in tokens):
        return None  # `iPhone`, `eBay`: a capital inside a word is a brand, not a name
    return " ".join(
        t if t[0].isupper() else re.sub(r"(^|[-'’])([a-zà-ÿ])", lambda m: m.group(1) + m.group(2).upper(), t)
        for t in tokens
    )


# Romanised Japanese: syllables of an optional consonant (or sh/ch/ts, a glide y), then vowels; a syllabic
# n or m (before b/p/m); the first of a doubled consonant (Hattori, Ippei); h lengthening a vowel (Ohno).
_ROMAJI = re.compile(
    r"(?:(?:sh|ch|ts|[kgsztdnhbpmrwyfjv])?y?[aeiou]+|n|m(?=[bpm])|(?<=[aeiou])h(?![aeiou])|([kstpgdbc])(?=\1))+",
    re.I,
)


def western_given(name: str) -> bool:
    """Whether the name starts with a common Western given name (`Emily Carter`, `Hans Mueller`)."""
    first = name.split()[0].strip(".,").lower() if name.split() else ""
    return first in WESTERN_GIVEN_NAMES


def romaji(name: str) -> bool:
    """Whether every word of two or more letters (initials aside) reads as romanised Japanese:
    `SATO Kenji`, `Tomoaki Higurashi`; not `Bitte Rat`, which is OCR's reading of a kanji name."""
    return all(_ROMAJI.fullmatch(w) for w in re.findall(r"[A-Za-z]{2,}(?!\.)", name))
