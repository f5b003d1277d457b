"""Card text -> validated contact fields: the public entry point of the parsing stage.

Order matters and reads top to bottom: the self-describing fields (emails, websites, phones) are taken out
of the lines first, which also fixes the region; what is left is sorted into address, name, title and
company, each by its own evidence (see `ocr.fields`). Pure: no I/O, no environment.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ocr.fields.addresses import (
    STREET_AND_DISTRICT,
    address_score,
    ends_address,
    is_country_line,
    join_address,
    lettered_building,
)
from ocr.fields.casing import company_case, title_case
from ocr.fields.companies import (
    caps_emphasis,
    company_score,
    company_shape,
    completes_with_form,
    continues_company,
    domain_match,
    domain_spells_join,
    generic_name,
    has_legal_form,
    legal_form_only,
    lockup_word,
    mend_legal_form,
    org_labels,
    split_title_company,
    strip_legal_forms,
    without_logo_mark,
    wordlike,
)
from ocr.fields.emails import FoundEmail, domain_from_websites, domain_of, find_emails, fix_domain
from ocr.fields.lines import (
    CardLine,
    card_lines,
    clean_line,
    edit_distance,
    garbled,
    is_junk,
    letters,
    one_letter_off,
    words,
)
from ocr.fields.names import (
    best_email_for,
    caps_family,
    email_match,
    family_first,
    given_family,
    job_word_surname,
    name_needing_evidence,
    name_shape,
    romaji,
    smart_case,
    strip_credentials,
    western_given,
)
from ocr.fields.phones import FoundPhone, assign_kinds, find_phones
from ocr.fields.regions import choose_region, evidence_region, rank_fallback, region_of_international
from ocr.fields.titles import UNIT_LINE, continues, occupation_like, title_score
from ocr.fields.websites import FoundWebsite, find_websites
from ocr.fields.words import (
    DEPARTMENT_WORDS,
    EMAIL_LABELS,
    NAME_PARTICLES,
    PHONE_LABELS,
    PLACE_REGIONS,
    WEB_LABELS,
)
from ocr.models import FIELDS, Contact, Line, ParsedText

__all__ = ["infer_region", "parse_text"]

_LABEL_ONLY = EMAIL_LABELS | WEB_LABELS | set(PHONE_LABELS)
# Where a name and a title share a line: `Jane Doe, CFO`, `Jane Doe | Director`, `Jane Doe - CEO`.
_NAME_TITLE_SEP = re.compile(r"\s*[,|·•]\s*|\s+[-–—/]\s+")
# A zero read for the letter O inside a word of letters (`KAT0`, `J0HN`): OCR's commonest slip in names.
_ZERO_IN_WORD = re.compile(r"\b[A-Za-z]+0[A-Za-z0]*\b|\b0[A-Za-z]+\b")


def _zero_to_o(text: str) -> str:
    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        letter = "o" if sum(c.islower() for c in word) > sum(c.isupper() for c in word) else "O"
        return word.replace("0", letter)

    return _ZERO_IN_WORD.sub(fix, text)


@dataclass(frozen=True, slots=True)
class _Person:
    line: int
    name: str
    score: float
    match: float
    family_hint: str | None
    title: str | None


SCRAP_READING = 0.5
"""OCR confidence under which a line is taken for scraps (kanji or a logo read as letters: 0.03-0.42 on
the photos seen) when it comes to where a name stands on the card. Typed text is all sure."""

SMEARED_READING = 0.8
"""OCR confidence under which a name line counts as smeared by blur (`Atho Matsumoto` read at 0.74 beside
`aiko.matsumoto@`): one word may then take the address's spelling across two slips. Typed text is sure."""

_UMLAUT_REGIONS = frozenset({"DE", "AT", "CH"})
"""Where an `ae` in an address beside a bare `a` in the print is an umlaut the English model read bare
(`Schäfer`); elsewhere it is an `e` OCR lost (`Michal` beside `michael@` is Michael)."""

SURER_READING = 0.1
"""OCR confidence by which a name line must beat its person's email line to keep its print against it
(`Deepa Krishnan` beside a blurred `deepa yrishinan@`)."""


def _domain_evidence(card: Sequence[CardLine], printed: Sequence[str], email: FoundEmail) -> list[str]:
    """The lines that may respell `email`'s domain: those without an address read at least as surely as
    it (`Cluegate Foods AG` read off a logo at 0.86 does not turn `eu.bluegate.com`, read at 0.92, into
    `cluegate`; `PwC Consulting` at 0.96 still mends `jp.pwe.com` at 0.74). Typed text is all sure.
    `printed` holds the card's lines as they are read for spellings (legal forms mended)."""
    floor = card[email.line].confidence
    return [
        text for line, text in zip(card, printed, strict=True) if "@" not in text and line.confidence >= floor
    ]


def infer_region(text: str, *, default: str = "US") -> str:
    """The region used for numbers printed without `+`: a `+CC` number on the card, else the ccTLD of an
    email or website, else country/city/postal-code clues, else `default`."""
    card = card_lines(text)
    emails, rest = find_emails(card)
    websites, _ = find_websites(card, rest)
    hosts = [domain_of(e.address) for e in emails] + [_host(w.url) for w in websites]
    return choose_region(text, hosts, region=None, default=default)


def parse_text(
    text: str,
    /,
    *,
    region: str | None = None,
    default_region: str = "US",
    lines: Sequence[Line] | None = None,
) -> ParsedText:
    """Read the contact fields from card text (one printed line per line).

    `lines`, the OCR lines of the same text, add layout (text height) and OCR-confidence evidence.
    `region` (ISO alpha-2) overrides inference for numbers printed without a country code.
    """
    if lines is None:
        text = _columns_in_turn(text)
    card = [_without_scraps_past_gap(line) for line in card_lines(text, lines)]
    warnings: list[str] = []

    emails, rest = find_emails(card)
    # a legal form read with a slip (`Micron tnc.`) is no spelling of the domain (`micron-inc`)
    printed = [mend_legal_form(line.text) for line in card]
    read_domains = [domain_of(e.address) for e in emails]
    emails = [
        FoundEmail(
            fix_domain(e.address, _domain_evidence(card, printed, e), card=printed), e.line, e.repaired
        )
        for e in emails
    ]
    mended = {read: domain_of(e.address) for read, e in zip(read_domains, emails, strict=True)}
    websites, web_rest = find_websites(card, rest, [domain_of(e.address) for e in emails])
    rest.update(web_rest)
    emails, email_rest = domain_from_websites(card, emails, [_host(w.url) for w in websites])
    # the addresses mended there (`kiichi.murata@ )jp.pwe.com`) may still hold a slip a line respells
    emails = [
        FoundEmail(
            fix_domain(e.address, _domain_evidence(card, printed, e), card=printed), e.line, e.repaired
        )
        for e in emails
    ]
    rest.update(email_rest)
    # a line that gave an address here gave no website (`sarah Qquartzbridge.com.au` is no `qquartzbridge`)
    websites = [_mended_like_email(w, mended) for w in websites if w.line not in email_rest]
    hosts = [domain_of(e.address) for e in emails] + [_host(w.url) for w in websites]
    all_text = "\n".join(line.text for line in card)
    known = region.upper() if region else evidence_region(all_text, hosts)
    used_region = known or default_region.upper()
    found_phones, rejected, phone_rest = find_phones(card, rest, used_region)
    trunk_zero = sum(bool(re.match(r"\(?0", r)) for r in rejected) * 2 >= max(1, len(rejected))
    # A country domain or address clue is weaker than the numbers: when it leaves every number invalid
    # (`fleet.gr` on a card of US numbers), their format decides, as it does when nothing names a country.
    hinted_only = (
        known and not region and not found_phones and rejected and not region_of_international(all_text)
    )
    if (not known and trunk_zero) or hinted_only:
        # Nothing on the card names a country and most rejected numbers start with a trunk `0`, which the
        # default region does not use: their format is the remaining evidence, so take the first region
        # where more are valid (`03-3669-4661` on a card whose other text is in Japanese script), trying first
        # the regions whose grouping and address clues fit (`04 44 16 53 76` beside `69009 Lyon` is French).
        for alt in rank_fallback(rejected, "\n".join(line.text for line in card), hosts):
            alt_found, alt_rejected, alt_rest = find_phones(card, rest, alt)
            if len(alt_found) > len(found_phones) and len(alt_rejected) < len(rejected):
                used_region, found_phones, rejected, phone_rest = alt, alt_found, alt_rejected, alt_rest
                break
    warnings += [f"ignored phone-like text '{r}': not a valid number for {used_region}" for r in rejected]
    rest.update(phone_rest)

    # What is left of each line once emails, websites and numbers are out: address, name, title, company.
    left = [
        CardLine(line.index, cleaned, line.confidence, line.height)
        for line in card
        if (cleaned := _leftover(rest.get(line.index, line.text)))
    ]
    tallest = max((line.height for line in card), default=0)
    left = _stacked_name_joined(left, [e.address for e in emails], tallest)
    # `Whitley Grant LLP | 1 Liberty Plaza, New York, NY 10006`: an address sharing a line with other text.
    shared = {line.index: parts for line in left if (parts := _split_address(line.text))}
    # `Kevin Washington _1%8 congress ave`: a name its email spells, joined by OCR to the column beside it
    addresses_read = [e.address for e in emails]
    for line in left:
        if line.index not in shared and (name := _name_before_column(line.text, addresses_read)):
            shared[line.index] = (line.text.split(maxsplit=len(name.split()))[-1], name)
    address_view = [
        _with_text(line, shared[line.index][0]) if line.index in shared else line for line in left
    ]
    address_lines = _address_lines(address_view)
    free = [
        _with_text(line, shared[line.index][1]) if line.index in shared else line
        for line in left
        if line.index not in address_lines or line.index in shared
    ]
    labels = org_labels(hosts)

    # Before clean_line took a leading short word for a speck (`jun Li`): a name when an email spells it.
    uncleaned = {line.index: line.raw for line in card if "@" not in line.raw}
    # On cards from countries that write in CJK script, OCR makes capitals of it (`RARE DS` for a kanji name).
    script_card = used_region in _CJK_REGIONS
    person = _find_person(
        free, [e.address for e in emails], labels, tallest, uncleaned, script_card, used_region == "JP"
    )
    title_lines, title, title_company = _find_title(free, person, labels)
    company_line = title_company or _find_company(free, labels, tallest, person, title_lines)
    if company_line and not title_company:
        company_line = _two_line_company(company_line, free, labels, person, title_lines)
    legal_name = _legal_name(company_line, card, person) if company_line else None
    if company_line and legal_name:
        company_line = _with_text(company_line, legal_name)
    if company_line:
        company_line = _with_text(company_line, mend_legal_form(without_logo_mark(company_line.text, labels)))

    # The person's name settles OCR slips in their address (`Iwhitfield@` for Lena Whitfield).
    addresses = [_subdomain(e.address, websites) for e in emails]
    if person:
        addresses = [
            _join_word(a, card[e.line].text, person.name) for a, e in zip(addresses, emails, strict=True)
        ]
        addresses = [
            _fix_local(a, person.name, read=card[e.line].confidence < 1.0)
            for a, e in zip(addresses, emails, strict=True)
        ]
        # A name read clearly beside an address read less surely keeps its print (`Deepa Krishnan` beside
        # a blurred `deepa yrishinan@`): the address then only completes a cut word.
        sure_print = (
            bool(emails) and card[emails[0].line].confidence + SURER_READING < card[person.line].confidence
        )
        person = _rejoined_tail(person, card[person.line].text, addresses)
        person = _name_from_email(
            person,
            addresses,
            respell=not sure_print,
            umlauts=used_region in _UMLAUT_REGIONS,
            smeared=card[person.line].confidence < SMEARED_READING,
        )
        addresses = best_email_for(person.name, addresses)
    given, family = given_family(person.name, person.family_hint) if person else (None, None)

    contact = Contact(
        name=person.name if person else None,
        given_name=given,
        family_name=family,
        title=title_case(title, single=True) if title else None,
        company=company_case(re.sub(r"\s*[®™]", "", company_line.text).strip(" ,;"))
        if company_line
        else None,
        emails=tuple(addresses),
        phones=tuple(assign_kinds(found_phones)),
        websites=tuple(w.url for w in websites),
        address=_without_prefix(
            join_address([line.text for line in address_view if line.index in address_lines]), legal_name
        ),
    )
    confidence = _confidence(
        contact,
        card,
        emails,
        websites,
        found_phones,
        address_lines,
        person,
        title_lines,
        company_line,
        tallest,
    )
    return ParsedText(contact, confidence, tuple(warnings), used_region, tuple(rejected))


_COLUMN_GAP = re.compile(r"(?<=\S)\s{4,}(?=\S)")


def _columns_in_turn(text: str) -> str:
    """Two columns typed side by side (a gap of four spaces or more on two lines or more, as a card's text
    copied from a two-column layout comes): the left column's lines, then the right column's, so that a
    name set on two lines (`KESTREL PRECISION` / `MACHINING`) stays together. OCR lines are split at such
    gaps when they are read (`ocr.tesseract.split_at_gaps`); this is for text given as text."""
    rows = text.splitlines()
    gaps = [m for row in rows if (m := _COLUMN_GAP.search(row))]
    if len(gaps) < 2:
        return text
    column = sorted(m.end() for m in gaps)[len(gaps) // 2]
    left, right = [], []
    for row in rows:
        m = _COLUMN_GAP.search(row)
        if m:
            left.append(row[: m.start()])
            right.append(row[m.end() :])
        elif row.strip() and len(row) - len(row.lstrip()) >= column - 4:
            right.append(row.strip())  # a line of the right column alone, indented to it
        else:
            left.append(row)
    return "\n".join([*left, "", *right])


def _host(url: str) -> str:
    return url.removeprefix("https://").split("/", 1)[0]


def _mended_like_email(website: FoundWebsite, mended: dict[str, str]) -> FoundWebsite:
    """The website with the spelling its email's domain was mended to, where it printed the same slip
    (`www.keystonendgedental.com` under `stan@keystonendgedental.com`, mended from the company line)."""
    host = _host(website.url)
    for read, spelled in mended.items():
        if read != spelled and (host == read or host.endswith("." + read)):
            url = website.url.replace(host, host.removesuffix(read) + spelled, 1)
            return FoundWebsite(url, website.line, True)
    return website


def _leftover(text: str) -> str:
    """A line's remaining text, empty when nothing but labels and junk is left (`E:`, `Tel / Fax`)."""
    cleaned = clean_line(text)
    if is_junk(cleaned) or all(w.strip("-") in _LABEL_ONLY for w in words(cleaned)):
        return ""
    return cleaned


_SEGMENT_SEP = re.compile(r"\s+[|•·]\s+")


def _split_address(text: str) -> tuple[str, str] | None:
    """(address part, other part) of a line whose `|`/`•` segments are partly a certain address."""
    segments = _SEGMENT_SEP.split(text)
    if len(segments) < 2:
        return None
    scores = [address_score(seg) for seg in segments]
    # a weaker part beside a certain one goes with it: `Am Eisenwerk 9 · 58507 Lüdenscheid`
    address = [
        seg
        for i, (seg, score) in enumerate(zip(segments, scores, strict=True))
        if score >= 0.7
        or (score >= 0.5 and any(scores[j] >= 0.8 for j in (i - 1, i + 1) if 0 <= j < len(scores)))
    ]
    other = [seg for seg in segments if seg not in address]
    if not address or not other:
        return None
    return ", ".join(address), " | ".join(other)


_GAP = re.compile(r"\s{2,}|\s+~\s+")


def _without_scraps_past_gap(line: CardLine) -> CardLine:
    """`Account Director  7HDY hRIL 79-`, `Hideki ABE ~ HSER`: what OCR made of kanji printed beside the
    Latin text, past a wide gap or a tilde, left off the line (the raw text keeps it)."""
    segments = _GAP.split(line.raw.strip()) if line.raw else []
    if len(segments) < 2 or "@" in line.raw:
        return line
    head, tail = segments[0], " ".join(segments[1:])
    tilde = "~" in line.raw
    if not re.search(r"[A-Za-z]{2}", head) or re.search(r"\d{3}", tail) or not _scrap_tail(tail, tilde):
        return line
    return CardLine(line.index, clean_line(head), line.confidence, line.height, line.raw)


def _scrap_tail(text: str, tilde: bool) -> bool:
    """Scraps of unread script: garbled, or a word no script spells (`7HDY`, `hRIL`: digits glued to
    letters, a capital after a small letter); after a tilde, any word of capitals (`HSER`)."""
    tokens = re.findall(r"[A-Za-z0-9]+", text)
    if not tokens or address_score(text) > 0:
        return False
    odd = [
        t
        for t in tokens
        if (re.search(r"\d", t) and re.search(r"[A-Za-z]", t)) or re.search(r"[a-z][A-Z]", t)
    ]
    return garbled(text) or bool(odd) or (tilde and all(t.isupper() for t in tokens))


def _with_text(line: CardLine, text: str) -> CardLine:
    return CardLine(line.index, text, line.confidence, line.height)


MISREAD_CONFIDENCE, DOUBTFUL_CONFIDENCE = 0.3, 0.5
"""OCR confidence under which a line is taken for script the OCR could not read (a Japanese address read
as `KPA ATA P RARE I I-2 ROP 7 +7 7—-18F`), and under which a third of short scraps says so too."""


def _misread(line: CardLine) -> bool:
    """A line OCR read with little confidence whose words are mostly scraps: not text to keep."""
    if line.confidence >= DOUBTFUL_CONFIDENCE:
        return False
    if line.confidence < MISREAD_CONFIDENCE:
        return True
    tokens = re.findall(r"[A-Za-z]+", line.text)
    short = [t for t in tokens if len(t) <= 2 or not re.search(r"[aeiouy]", t, re.I)]
    return len(tokens) >= 3 and 3 * len(short) >= len(tokens)


def _address_lines(left: list[CardLine]) -> list[int]:
    """Lines that are certainly address, plus weaker ones (`1 Spinningfields`) next to a certain one."""
    scores = {
        line.index: 0.0
        if garbled(line.text)
        or _misread(line)
        or (title_score(line.text) > 0 and not re.search(r"\d", line.text))
        else address_score(line.text)  # `Country Manager, Japan` is a title, not a country line
        for line in left
    }
    order = [line.index for line in left]
    chosen = []
    for line in left:
        # `Kolb Chiropractic Center` above the street: a business named for its building word, not a building
        weak = scores[line.index] < 0.7 and not re.search(r"\d", line.text)
        # `King Fahd Road, Al Olaya District`, `Medical Office Building B`
        on_street = STREET_AND_DISTRICT.search(line.text) or lettered_building(line.text)
        if (
            weak
            and not line.text.rstrip().endswith(",")
            and not on_street
            and company_score(line.text, []) >= 1.5
        ):
            scores[line.index] = 0.0
    for pos, index in enumerate(order):
        score = scores[index]
        neighbours = [scores[order[p]] for p in (pos - 1, pos + 1) if 0 <= p < len(order)]
        if score >= 0.7 or (score >= 0.5 and any(n >= 0.8 for n in neighbours)):
            chosen.append(index)
    text = {line.index: line.text for line in left}
    for pos in range(1, len(order) - 1):
        # `Stow-on-the-Wold`, `Veer Savarkar Marg, Vikhroli (W)`: a locality no word marks as one, printed
        # between the street and the city lines, is part of the address unless it reads as a title or firm
        above, index, below = order[pos - 1 : pos + 2]
        if (
            index not in chosen
            and above in chosen
            and below in chosen
            and min(scores[above], scores[below]) >= 0.8
            and title_score(text[index]) == 0
            and company_score(text[index], []) < 1.5
            and not garbled(text[index])
        ):
            chosen.insert(chosen.index(below), index)
    for pos in range(1, len(chosen)):
        if ends_address(text[chosen[pos - 1]]) and not is_country_line(text[chosen[pos]]):
            return chosen[:pos]  # a second office's address: the first one printed is the contact's
    return chosen


_NAME_CHARS = re.compile(r"^[A-Za-zÀ-ÿĀ-ž.'’-]+$")
_KEEP_TAIL = frozenset({"II", "III", "IV", "Jr", "Jr.", "Sr", "Sr.", "JR", "SR"})


def _tail_junk(token: str, mixed: bool) -> bool:
    """A token after a name that a logo or speck made: marks, digits, a lone or two-letter capital group
    after a mixed-case name (`BD`, `F`), a lower-case word (`panels`, `i`)."""
    if token in _KEEP_TAIL:
        return False
    if not _NAME_CHARS.match(token):
        return True
    bare = token.strip(".")
    if token.islower() and token not in NAME_PARTICLES:
        return True
    return mixed and bare.isupper() and len(bare) <= 2 and not token.endswith(".")


def _trim_name_tail(text: str) -> str:
    """`Arjun Desai 5`, `Li Na Lee | CE |`, `Benjamin Smith GF wy` -> the name without the trailing junk."""
    tokens = text.split()
    core = [t for t in tokens if _NAME_CHARS.match(t)]
    mixed = any(c.islower() for t in core for c in t) and any(t[:1].isupper() for t in core)
    dropped = []
    while len(tokens) > 2 and _tail_junk(tokens[-1], mixed):
        dropped.append(tokens.pop())
    # `Authentic Durban masalas since 1986`: two real words in lower case are a sentence going on, no junk
    if sum(t.islower() and len(t) >= 4 and wordlike(t) for t in dropped) >= 2:
        return text
    return " ".join(tokens)


_SPECK_LEAD = "“”„‘’«»\"'`:;~*"
_SPECK_TRAIL = "“”„‘’«»\"'`:;~*"


def _despeckle(text: str) -> str:
    """`‘Nadia Bennett`, `RACHEL: T.. MORGAN`, `Claire Miller”`, `ARJUN PATEL.`: quote marks, colons and
    doubled dots that specks, glare or a logo's edge stick to a name's words, and a full stop after its
    last word, taken off (apostrophes inside a word, as in O’Brien, stay); `EM!` reads `EMI`."""
    text = re.sub(r"(?<=[A-Za-z]) -(?=[A-Z][a-z])", "-", text)  # `Thomas Miller -Harrington`
    tokens = [t.lstrip(_SPECK_LEAD).rstrip(_SPECK_TRAIL) for t in text.split()]
    # `MICHAEL S, MORGAN`: a comma after a middle initial is its full stop misread
    tokens = [
        t[:-1] + "." if re.fullmatch(r"[A-Z],", t) and 0 < i < len(tokens) - 1 else t
        for i, t in enumerate(tokens)
    ]
    # `EM!`: an exclamation mark in a word of capitals is a capital I misread
    tokens = [re.sub(r"(?<=[A-Z])!", "I", t) if re.fullmatch(r"[A-Z]+![A-Z]*", t) else t for t in tokens]
    tokens = [re.sub(r"\.{2,}", ".", t) for t in tokens if t]
    if tokens and re.fullmatch(r"[A-Za-zÀ-ÿ]{3,}\.", tokens[-1]) and tokens[-1] not in _KEEP_TAIL:
        tokens[-1] = tokens[-1][:-1]
    return " ".join(tokens)


def _placelike(text: str) -> bool:
    """`Vancouver, BC` left of a misread postcode: a comma or a known place is no trimmed name."""
    return "," in text or any(w in PLACE_REGIONS for w in words(text))


def _l_for_capital_i(text: str) -> str:
    """`Siddharth lyer` -> `Siddharth Iyer`: a word starting with a lower-case l among capitalised words
    is a capital I misread (a printed name word starts with a capital)."""
    tokens = text.split()
    if len(tokens) < 2 or not any(t[:1].isupper() for t in tokens):
        return text
    out = []
    for t in tokens:
        if (
            re.fullmatch(r"l[a-zà-ÿ]{2,}", t)
            and t not in NAME_PARTICLES
            and not any(o.islower() for o in tokens if o is not t and o not in NAME_PARTICLES)
        ):
            t = "I" + t[1:]
        out.append(t)
    return " ".join(out)


_DAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?"
    r"|sun(?:day)?)\.?"
)
"""A weekday's name, whole or cut short (`Tue`, `Thurs.`, `Saturday`)."""
_OPENING_HOURS = re.compile(rf"(?i)\b{_DAY}\s*[-–]\s*{_DAY}(?![a-z])|\b\d{{1,2}}(?::\d\d)?\s*[ap]\.?m\b")
"""A weekday range or a time of day (`Tue-Sun`, `5pm`, `9:30 a.m.`): a shop's opening hours."""


def _name_candidates(
    line: CardLine, raw: str | None = None, locals_: Sequence[str] = ()
) -> list[tuple[str, str | None, str | None]]:
    """(name, title on the same line, family hint) readings of a line: whole, reordered from
    `LAST, First`, or split at `,` `|` ` - ` ` / `. `raw` is the line as read, before cleaning;
    `locals_`, the card's emails' local parts."""
    out: list[tuple[str, str | None, str | None]] = []
    if _OPENING_HOURS.search(line.text):
        return out  # `Open Tue-Sun 5pm-11pm`: no name once its hours are trimmed off as a logo's junk
    # `Yusuke OKADA   RHH GA`: a gap of two spaces or more parts the name from what stands beside it
    # (kanji read as junk, a second column)
    segments = [clean_line(part) for part in re.split(r"\s{2,}", raw.strip())] if raw else [line.text]
    first, rest = segments[0], " ".join(segments[1:]).strip()
    # ... unless what stands beside it is a second person (`Dr. Jason Hollis  ·  Dr. Megan Sato-Hollis`)
    if rest and name_shape(strip_credentials(first)) and not _second_person(rest):
        if title_score(rest) > 0 or occupation_like(rest):
            return [(strip_credentials(first), rest, None)]  # `Sho Endo  Systems Engineer`
        line = _with_text(line, first)
    line = _with_text(line, _l_for_capital_i(_zero_to_o(_despeckle(line.text))))
    whole = strip_credentials(line.text)
    trimmed = _trim_name_tail(whole)
    if trimmed != whole and name_shape(trimmed) and not _placelike(trimmed):
        out.append((trimmed, None, None))  # `Mathieu Girard BD`: a logo's letters after the name
    if (reordered := family_first(whole)) and name_shape(whole) and not title_score(reordered[1]):
        family, given = reordered
        if not _comma_a_speck(family, given, locals_):
            return [(f"{given} {family}", None, letters(family))]
        whole = f"{family} {given}"
    if name_shape(whole):
        out.append((whole, None, None))
    parts = [p for p in _NAME_TITLE_SEP.split(line.text) if p]
    if len(parts) >= 2:
        head = strip_credentials(parts[0])
        after = parts[1:]
        # `Vanessa P. Okoro, Esq. — Attorney at Law`: post-nominals after the name are not the title's
        while len(after) > 1 and strip_credentials(f"{parts[0]}, {after[0]}") == head:
            after = after[1:]
        tail = ", ".join(after)
        if name_shape(head) and (title_score(tail) > 0 or occupation_like(tail) or _bare_department(tail)):
            out.append((head, tail, None))  # `Ikeda Mariko, Public Relations`: the department is the role
    return out


def _comma_a_speck(family: str, given: str, locals_: Sequence[str]) -> bool:
    """`Ellen, Lawson` beside `ellen@`: a speck read as a comma, not a name printed family first. Said
    when the word before it is a given name, not set in capitals as a family name put first is, and
    starts an email's local part that holds none of the words after it (`yamada.taro@` keeps `Yamada,
    Taro` family first)."""
    head = letters(family)
    rest = [letters(w) for w in given.split() if len(letters(w)) >= 2]
    return (
        not family.isupper()
        and len(head) >= 3
        # a given name before the comma, none after it: `Lawson, Ellen` beside `lawson.e@` stays turned
        and western_given(family)
        and not western_given(given)
        and any(low.startswith(head) and not any(w in low for w in rest) for low in map(letters, locals_))
    )


STACKED_SIZE = 0.8
"""Share of the card's tallest line a name set a word to a line stands at, in big type alone."""

_STACKED_WORD = re.compile(r"[A-ZÀ-Þ][A-Za-zÀ-ÿĀ-ž'’-]+|[A-Z]\.")
"""A word of a name set one word to a line: capitalised, or an initial."""


def _stacked_name_joined(left: list[CardLine], addresses: Sequence[str], tallest: int) -> list[CardLine]:
    """`Andrew` over `Kowalski`, `MUHAMMAD` / `FAIZAL` / `RAHMAN`, `Grace J.` over `DeLuca`: a name set one
    word to a line, in type as big as a name's, joined into one line (at the first line's place).

    Two or three lines in a row, each a word or two no vocabulary knows, that are a name only together;
    taken when an email spells the name, or when they are the card's biggest type, alike in size."""
    out: list[CardLine] = []
    i = 0
    while i < len(left):
        joined = None
        for size in (3, 2):
            run = left[i : i + size]
            if len(run) == size and _stacked_name(run, addresses, tallest, left):
                joined = run
                break
        if joined is None:
            out.append(left[i])
            i += 1
            continue
        first = joined[0]
        out.append(
            CardLine(
                first.index,
                " ".join(line.text for line in joined),
                min(line.confidence for line in joined),
                max(line.height for line in joined),
                " ".join(line.raw or line.text for line in joined),
            )
        )
        i += len(joined)  # the other lines are in the joined one (each index still names its card line)
    return out


def _stacked_name(
    run: list[CardLine], addresses: Sequence[str], tallest: int, others: Sequence[CardLine] = ()
) -> bool:
    """Whether `run` (consecutive lines) is one name set a word to a line (see `_stacked_name_joined`);
    `others`, the card's lines, for a name printed whole elsewhere."""
    if any(b.index != a.index + 1 for a, b in itertools.pairwise(run)):
        return False
    tokens = [line.text.split() for line in run]
    if any(not 1 <= len(t) <= 2 for t in tokens) or not all(
        _STACKED_WORD.fullmatch(w) for t in tokens for w in t
    ):
        return False
    # each line but the last is a fragment: one word, or a word and an initial (`Grace J.`)
    if any(len(t) == 2 and not re.fullmatch(r"[A-Z]\.", t[1]) for t in tokens[:-1]) or len(tokens[-1]) != 1:
        return False
    text = " ".join(line.text for line in run)
    if not name_shape(text) or any(title_score(line.text) or company_score(line.text, []) for line in run):
        return False
    heights = [line.height for line in run]
    # alike, and about the biggest type (a line box holds descenders: `Jurong Holdings` stands 61 px
    # beside `MUHAMMAD` at 54)
    biggest = tallest > 0 and min(heights) >= STACKED_SIZE * tallest and max(heights) <= 1.25 * min(heights)
    if len(run) == 3 and not biggest:
        # `Andrew` / `Kowalski` / `Northwind` beside `andrew.kowalski@`: a third word joins only when the
        # address holds it too, or all three are set alike in the card's biggest type
        third = letters(run[-1].text)
        return any(third in letters(a.rpartition("@")[0]) for a in addresses) and _stacked_name(
            run[:2], addresses, tallest, others
        )
    if any(email_match(a.rpartition("@")[0], text)[0] >= 0.5 for a in addresses):
        return True
    # big type alone: a logo set a word to a line (`Juniper` / `Ridge`) is no person beside a name of its own
    return biggest and not any(name_shape(strip_credentials(line.text)) for line in others)


def _second_person(text: str) -> bool:
    """`Dr. Megan Sato-Hollis` beside another name: name-shaped in real words of three letters or more, not
    the scraps kanji leave (`RHH GA`, `RAH Hi`)."""
    name = strip_credentials(text)
    return name_shape(name) and wordlike(name) and all(len(w) >= 3 for w in re.findall(r"[A-Za-z]+", name))


def _find_person(
    free: list[CardLine],
    emails: list[str],
    labels: list[str],
    tallest: int,
    uncleaned: dict[int, str] | None = None,
    script_card: bool = False,
    japanese: bool = False,
) -> _Person | None:
    """The best name-shaped line, by agreement with an email, a title next to it, and text size.
    `uncleaned` (line index -> text before `clean_line`) gives lines whose shape needs an email's word
    a second reading; on a `script_card` (Japanese, Chinese, Korean) a word no one could pronounce
    (`RARE DS`: OCR's reading of kanji) is a name only when an email spells it, and on a `japanese` one
    so is a name that is not romanised Japanese (`Bitte Rat`, `Traditional Japanese Crafts`)."""
    best: _Person | None = None
    locals_ = [address.rpartition("@")[0] for address in emails]
    titled = {line.index for line in free if title_score(line.text) > 0}
    # Lines OCR read as scraps (kanji, a logo's shapes: under half sure) neither push a name down the card
    # nor stand between it and its title (`@®`, `at RRM PHAAt` over KENJI WATANABE; `ERAS` under it).
    read = [line for line in free if line.confidence >= SCRAP_READING]
    positions: dict[int, int] = {}
    neighbours: dict[int, list[int]] = {}
    for at, line in enumerate(free):
        positions[line.index] = sum(other.index < line.index for other in read)
        near = [free[p].index for p in (at - 1, at + 1) if 0 <= p < len(free)]
        near += [other.index for other in read if other.index < line.index][-1:]
        near += [other.index for other in read if other.index > line.index][:1]
        neighbours[line.index] = near
    for line in free:
        after_scraps = _name_after_scraps(line.text, emails)
        candidates = (
            [(after_scraps, None, None)]
            if after_scraps
            else _name_candidates(line, (uncleaned or {}).get(line.index), locals_)
        )
        if not candidates and (spelled := _email_spelled_name(line.text, emails)):
            candidates = [(spelled, None, None)]
        if not candidates and job_word_surname(line.text, locals_):
            candidates = [(line.text, None, None)]
        unusual = None
        if not candidates:
            as_read = (line.text, (uncleaned or {}).get(line.index, line.text))
            # `priya natarajan, aia`: a name set in lower case keeps its credentials after a comma
            texts = as_read + tuple(strip_credentials(t) for t in as_read)
            unusual = next(filter(None, (name_needing_evidence(_despeckle(t)) for t in texts)), None)
        if not candidates and not unusual:
            # `Jalisa Lowery CFA, Health Service`, `Temeka Mckay | Gun Smith`: a name before a separator and
            # a role the vocabulary lacks; a name only when an email or the domain spells it
            head = strip_credentials(_NAME_TITLE_SEP.split(line.text)[0])
            unusual = head if head != line.text and name_shape(head) else None
        if unusual:
            candidates = [(unusual, None, None)]
        for raw_name, same_line_title, printed_hint in candidates:
            name = smart_case(raw_name)
            match, hint = 0.0, None
            for address in emails:
                m, h = email_match(address.rpartition("@")[0], name)
                if m > match:
                    match, hint = m, h
            if unusual and not (match >= 0.5 or domain_match(raw_name, labels)):
                continue  # an oddly cased or short line is a name only when an email or domain spells it
            if (
                script_card
                and match < 0.5
                and (
                    _unpronounceable(raw_name)
                    or (japanese and not romaji(raw_name) and not western_given(raw_name))
                )
            ):
                continue  # on a Japanese card without an email's word, a name is romanised Japanese
            hint = printed_hint or hint
            pos = positions[line.index]
            score = 1.0 + 3.0 * match
            score += 0.8 if same_line_title or any(i in titled for i in neighbours[line.index]) else 0.0
            score += 1.0 if tallest and line.height >= 0.9 * tallest else 0.0
            if (
                domain_match(raw_name, labels)
                and match < 0.7
                and not _names_a_business(raw_name, free)
                # the domain is another line's, a company named for the family (`KURODA ELECTRIC WORKS
                # CO., LTD.` over `KURODA Shinichi`), or a freelancer's own name (`Jordan Whitley` on
                # jordanwhitley.design)
                and not western_given(raw_name)
                and not any(
                    other.index != line.index and company_score(other.text, labels) >= 5 for other in free
                )
            ):
                score -= 2.0  # `Tidewater Marine` on a tidewater.com card is the company
            score -= 0.1 * pos
            if score >= 0.8 and (best is None or score > best.score):
                # the word printed in capitals beats the address's order (`kimura.aya@` for Aya KIMURA)
                hint = printed_hint or caps_family(raw_name) or hint
                best = _Person(line.index, name, score, match, hint, same_line_title)
    return best


def _names_a_business(name: str, free: list[CardLine]) -> bool:
    """`AVA LIN` beside `Ava Lin Photography`: another line is the name plus business words, so the
    domain (avalinphoto.com) is the business named after the person, and this line is the person."""
    low = " ".join(name.lower().split())
    return any(
        line.text.lower().startswith(low + " ") and len(line.text.split()) > len(low.split()) for line in free
    )


_CJK_REGIONS = frozenset({"JP", "CN", "TW", "HK", "KR", "MO"})


def _unpronounceable(name: str) -> bool:
    """A word of two or more letters that is not `wordlike` (no vowel, a letter three times running);
    initials aside."""
    long_words = re.findall(r"[A-Za-z]{2,}(?!\.)", name)
    return bool(long_words) and not wordlike(" ".join(long_words))


def _find_title(
    free: list[CardLine], person: _Person | None, labels: list[str]
) -> tuple[list[int], str | None, CardLine | None]:
    """The title line nearest the name (a second line joins when it continues the first), and the company
    when it shares the title's line (`Partner, Acme Legal LLP`)."""
    if person and person.title:
        return [person.line], person.title, None
    candidates: list[tuple[CardLine, float, CardLine | None]] = []
    for line in free:
        if person and line.index == person.line:
            continue
        if _OFFICE_LABEL.match(line.text):
            continue  # `Head Office` over the address names a place, not a role
        if (core := _title_core(line.text)) != line.text and title_score(core) > 0:
            candidates.append((_with_text(line, core), title_score(core), None))
            continue
        split = split_title_company(line.text, labels)
        # `Account Executive, Mid-Market` on a card whose domain another line spells (`Brightwave`): the
        # tail qualifies the role; the company is that other line
        if (
            split
            and company_score(split[1], []) < 3
            and not domain_match(split[1], labels)
            and any(domain_match(other.text, labels) for other in free if other.index != line.index)
        ):
            split = None
        if split and (title_score(split[0]) > 0 or occupation_like(split[0])):
            title_part = CardLine(line.index, split[0], line.confidence, line.height)
            company_part = CardLine(line.index, split[1], line.confidence, line.height)
            candidates.append((title_part, title_score(split[0]), company_part))
        elif (score := title_score(line.text)) > 0:
            candidates.append((line, score, None))
    if not candidates and person:
        # `Sales` or `Parts & Service` alone under the name on a dealer's card: the department is the role
        below = next((other for other in free if other.index > person.line), None)
        if below is not None and below.index == person.line + 1 and _bare_department(below.text):
            return [below.index], below.text.strip(" ,;"), None
        # A job the vocabulary lacks (`Baggage Handler`, `Hotelier`), right under the name or over it,
        # named like one and not like the company
        above = next((other for other in reversed(free) if other.index < person.line), None)
        for beside in (below, above):
            if (
                beside is not None
                and abs(beside.index - person.line) == 1
                and occupation_like(beside.text)
                and company_score(beside.text, labels) < 1.5
            ):
                return [beside.index], beside.text.strip(" ,;"), None
    if not candidates:
        return [], None, None
    anchor = person.line if person else -1
    # Nearest the name, then likeliest; between equals, the one under the name, where titles are printed
    # (`Commercial Banking` under the bank's name above, `Senior Account Manager, ...` below the person).
    line, _, company = min(
        candidates,
        key=lambda c: (abs(c[0].index - anchor) if person else c[0].index, -c[1], c[0].index < anchor),
    )
    chosen, text = [line.index], line.text
    prev = next((other for other in reversed(free) if other.index < line.index), None)
    if (
        company is None
        and prev is not None
        and prev.index == line.index - 1
        and (not person or prev.index != person.line)
        and title_score(prev.text) > 0
        and continues(prev.text, text)
    ):
        # `Executive Officer,` / `Co-Founder &` over the title nearest the name: one title on two lines
        chosen.insert(0, prev.index)
        text = f"{prev.text.rstrip()} {text.lstrip()}"
    nxt = next((other for other in free if other.index > line.index), None)
    if (
        company is None
        and nxt is not None
        and (not person or nxt.index != person.line)
        and (continues(text, nxt.text) or _unit_cut_short(text, nxt))
        and not re.search(r"\d|@", nxt.text)
        and company_score(nxt.text, []) < 3
    ):
        chosen.append(nxt.index)
        text = f"{text.rstrip()} {nxt.text.lstrip()}"
    return chosen, text.strip(" ,;"), company


def _unit_cut_short(title: str, below: CardLine) -> bool:
    """`Director of Clinical` over `Operations`: a title naming what it heads (`... of ...`), whose last line
    is followed on the next line by one department word, was set on two lines."""
    ws = words(below.text)
    return (
        bool(re.search(r"\bof\s+\w+$", title, re.I))
        and len(ws) == 1
        and ws[0] in DEPARTMENT_WORDS
        and below.text.strip()[:1].isupper()
    )


_OFFICE_LABEL = re.compile(r"^\s*(?:head|branch|main|regional|sales|registered)\s+office\s*:?\s*$", re.I)
# A licence printed after the title on its line: `Branch Manager | NMLS #772190`, `Realtor | DRE# 0123`.
_LICENCE_TAIL = re.compile(
    r"\s*[|·•,]\s*(?:[A-Z]{2}\s+)?(?:NMLS|DRE|BRE|CalBRE|Lic|License|Licence|Reg|ID)\b.*$", re.I
)


def _title_core(text: str) -> str:
    """The title without a licence, designations or a translation printed after it on its line
    (`Realtor® | ABR, SRS`, `Product Manager | Gestionnaire de produit`)."""
    text = _LICENCE_TAIL.sub("", text)
    head, bar, tail = text.rpartition("|")
    if (
        bar
        and head.strip()
        and all(
            re.fullmatch(r"[A-Z][A-Z0-9®]{1,5}", part.strip()) and not title_score(part)
            for part in tail.split(",")
        )
    ):
        return head.strip()
    first, bar, second = text.partition("|")
    if bar and title_score(first) > 0 and title_score(second) == 0 and _translated_title(second):
        return first.strip()  # `Policy Analyst | Analyste des politiques`: the English title, first
    return text


def _translated_title(text: str) -> bool:
    """`Analyste des politiques`, `Gestionnaire de produit`: the title in French or Spanish beside the
    English one on a bilingual card (a Romance article, or a job word's ending)."""
    ws = words(text)
    return 2 <= len(ws) <= 6 and (
        any(w in {"de", "des", "du", "la", "le", "del"} for w in ws)
        or any(re.search(r"(?:eur|euse|iste|trice|aire|ador|adora)$", w) for w in ws)
    )


def _bare_department(text: str) -> bool:
    """One or two department words and nothing else (`Sales`, `Sales & Leasing`), not a unit's name."""
    ws = words(text.replace("&", " "))
    units = {"department", "dept", "division", "div", "section", "group", "office", "unit", "team", "branch"}
    return 1 <= len(ws) <= 2 and all(w in DEPARTMENT_WORDS and w not in units for w in ws)


def _scrap(text: str) -> bool:
    """OCR's rendering of script it cannot read: garbled, or short words no language spells."""
    if re.search(r"[\d@]", text):
        return False
    return garbled(text) or (not wordlike(text) and all(len(w) <= 4 for w in words(text)))


def _top_company(text: str) -> bool:
    """Could the top line be the company: shaped like one and holding a real word of four letters or more."""
    return company_shape(text) and not garbled(text) and any(len(letters(w)) >= 4 for w in words(text))


def _find_company(
    free: list[CardLine], labels: list[str], tallest: int, person: _Person | None, title_lines: list[int]
) -> CardLine | None:
    best, best_score = None, 1.4
    caps_card = all(not any(c.islower() for c in line.text) for line in free)
    # Scraps of Japanese script on the card (`ARAB RR`, `wh ERR AB HE`): its top line may be one too.
    scraps = any(_scrap(line.text) for line in free)
    for pos, line in enumerate(free):
        if (person and line.index == person.line) or line.index in title_lines:
            continue
        score = company_score(line.text, labels)
        if title_score(line.text) > 0:
            score -= 1.5
        if UNIT_LINE.match(line.text):
            score -= 2.0  # `College of Engineering` under `University of Texas`: a unit of the company
        top = pos == 0 and not scraps and (not person or line.index < person.line) and _top_company(line.text)
        if name_shape(strip_credentials(line.text)) and not score and not (top and person):
            score -= 1.0  # a second name-shaped line; above the person, `Oak Hill Counseling` is the business
        if tallest and line.height >= 0.9 * tallest and not re.search(r"\d", line.text):
            score += 1.0
        if top:
            # The top line above the person is where a card prints its company, in its biggest type.
            score += 1.4 if wordlike(line.text) else 1.0
            score += 0.5 if caps_emphasis(line.text) and not caps_card else 0.0
        score -= 0.02 * pos
        if score >= best_score:
            best, best_score = line, score
    return best


# A comma ends the name's segment unless a legal form follows it (`Aceros del Norte, S.A. de C.V.`).
_SEGMENT_BREAK = re.compile(
    r"\s+[-–—|·•]\s+|,\s+(?!(?:[A-Z]\.\s*){2}|inc\b|ltd\b|llc\b|pllc\b|llp\b|p\.?c\.)", re.I
)


def _legal_name(company: CardLine, card: list[CardLine], person: _Person | None) -> str | None:
    """The firm's full legal name where the card prints it apart from its logo: `Sandstorm Digital FZ-LLC`
    under `SANDSTORM DIGITAL`, `Heyday Health GmbH - Torstraße 109 ...` under `heyday`, `Whitcombe Hale
    LLP, 6 Park Place` under `Whitcombe Hale` / `SOLICITORS`. The start of a line (or of its part before a
    dash, bar or comma), with a legal form, whose other words and the company's begin alike."""
    if has_legal_form(company.text):
        return None
    own = letters(company.text)
    for line in card:
        if line.index == company.index or (person and line.index == person.line):
            continue
        head = _SEGMENT_BREAK.split(line.text.strip(), maxsplit=1)[0].strip()
        if "@" in head or not has_legal_form(head) or not company_shape(head):
            continue
        name = letters(strip_legal_forms(head))
        if len(name) >= 3 and (own.startswith(name) or name.startswith(own)):
            return head
    return None


def _without_prefix(address: str | None, prefix: str | None) -> str | None:
    """The address without the firm's name printed before it on the same line."""
    if not address or not prefix or not address.startswith(prefix):
        return address
    return address[len(prefix) :].lstrip(" ,-–—|·•") or None


def _two_line_company(
    company: CardLine, free: list[CardLine], labels: list[str], person: _Person | None, title_lines: list[int]
) -> CardLine:
    """The company line joined with the line just below or above it when that line is the rest of a name
    set on two lines (`SUMMIT RIDGE` / `REALTY`); both must lie above the person's name (or, on a card
    with no person, among its first lines) unless the domain spells the joined name or one line is a
    legal form alone (`Co., Ltd.`), and the other line must be neither the name nor a title."""
    limit = person.line if person else 3
    taken = set(title_lines) | ({person.line} if person else set())
    if stacked := _stacked_company(company, free, labels, taken):
        return stacked
    above = next((line for line in free if line.index == company.index - 1), None)
    if (
        person
        and above is not None
        and above.index == person.line
        and words(company.text)[0] != "the"
        and generic_name(company.text)
        and above.text.isupper() == company.text.isupper()
        and domain_match(above.text, labels)
    ):
        # `SOFIA MARCHETTI` over `PHOTOGRAPHY` on sofiamarchetti.com: a freelancer's business is their name
        text = f"{above.text} {company.text}"
        return CardLine(above.index, text, min(above.confidence, company.confidence), above.height)
    for other in free:
        before = other.index == company.index - 1
        if not (before or other.index == company.index + 1):
            continue
        if other.index in taken or title_score(other.text) > 0:
            continue
        # under the person only on the domain's word (`RIVERBEND` / `PHYSICAL THERAPY` on riverbendpt.com)
        # or a legal form alone on the line under it (`HALVERSON & PIKE` / `LLP`)
        if (
            max(other.index, company.index) >= limit
            and not domain_spells_join(company.text, other.text, labels, before=before)
            and not legal_form_only(company.text if before else other.text)
            and not (not before and lockup_word(company.text, other.text, labels, below_person=True))
            and not (not before and completes_with_form(company.text, other.text, labels))
        ):
            continue
        if continues_company(company.text, other.text, labels, before=before):
            head, tail = (other, company) if before else (company, other)
            text = f"{head.text} {tail.text}"
            if head.text.isupper() != tail.text.isupper():
                # a logo's own casing on one line (`fernwood` over `LABS`): the joined name in one style
                text = f"{title_case(head.text, single=True)} {title_case(tail.text, single=True)}"
            return CardLine(head.index, text, min(head.confidence, tail.confidence), head.height)
    return company


_OPEN_FORMS = frozenset({"pty", "pvt", "private"})
"""A legal form's first word, which a line's end may part from the rest (`CORAL SEA LEGAL PTY` / `LTD`)."""

STACK_REACH = 3
"""Lines above or below the company line that a company set a word or two to a line may take."""


def _stacked_company(
    company: CardLine, free: list[CardLine], labels: list[str], taken: set[int]
) -> CardLine | None:
    """A company set a word or two to a line, as a logo panel too narrow for it does: `Oakmont` /
    `Capital` / `Partners LLP` on oakmont.us, `KOOKABURRA` / `SURVEYING` / `PTY LTD`, or with its legal
    form parted (`CORAL SEA LEGAL PTY` / `LTD`). A run of lines through the company line is one name when
    the domain spells its first line and, reaching below the company line, it ends in a legal form; no
    line of it is the person's, a title, a number or over three words. The longest such run, or None."""
    by_index = {line.index: line for line in free}
    keys = {label.replace("-", "") for label in labels if len(label.replace("-", "")) >= 4}

    def stacked(line: CardLine | None) -> bool:
        return line is company or (
            line is not None
            and line.index not in taken
            and title_score(line.text) == 0
            and not re.search(r"[\d@]", line.text)
            and len(words(line.text)) <= 3
            and (wordlike(line.text) or legal_form_only(line.text))
        )

    best: list[CardLine] = []
    for start in range(company.index - STACK_REACH, company.index + 1):
        for end in range(company.index + STACK_REACH, company.index - 1, -1):
            run = [by_index.get(i) for i in range(start, end + 1)]
            lines = [line for line in run if line is not None]
            if len(lines) < 2 or len(lines) <= len(best) or not all(stacked(line) for line in run):
                continue
            first = letters(lines[0].text)
            if not (len(first) >= 4 and any(key.startswith(first) or first.startswith(key) for key in keys)):
                continue
            if end > company.index and (has_legal_form(company.text) or not has_legal_form(lines[-1].text)):
                continue  # a legal form ends the name: past it lies something else (`Chartered Accountants`)
            seen = [{w for w in map(letters, words(line.text)) if len(w) >= 3} for line in lines]
            if sum(map(len, seen)) != len(set().union(*seen)):
                continue  # a logo repeating the name (`kakeru` over `Kakeru Labs Inc.`) is no part of it
            best = lines
    below = by_index.get(company.index + 1)
    if (
        not best
        and stacked(below)
        and below is not None
        and legal_form_only(below.text)
        and words(company.text)[-1:] in ([form] for form in _OPEN_FORMS)
    ):
        best = [company, below]
    if not best:
        return None
    capitals = {line.text.isupper() for line in best}
    # a logo's own casing on some lines (`Oakmont` over `CAPITAL`): the joined name in one style
    text = " ".join(line.text if len(capitals) == 1 else title_case(line.text, single=True) for line in best)
    return CardLine(best[0].index, text, min(line.confidence for line in best), best[0].height)


def _local_variants(local: str) -> Iterable[str]:
    """Readings of a local part that undo one OCR slip: I/1 for l, 0 for o, an extra or doubled l/I/1
    (`Ilchen`, `ll.chatterjee`), a glued email label (`E.claire.brown`)."""
    if re.search(r"l\d+$", local):
        yield re.sub(r"l(?=\d+$)", "1", local)  # `kowalskil1`: an l among the trailing digits is a 1
    yield local.replace("I", "l").replace("1", "l")
    yield local.replace("I", "i")
    if "0" in local:
        yield local.replace("0", "o")  # `s.ra0@` for Sneha Rao: taken only when the name spells it
    for i, ch in enumerate(local):
        if ch in "Il1":
            if not _doubled_inside_word(local, i):  # `mcallister`: a double l inside a word is spelled so
                yield local[:i] + local[i + 1 :]
            yield local[:i] + ("i" if ch == "l" else "l") + local[i + 1 :]
    for label in ("e.", "e:", "e-", "e", "email", "mail"):
        if local.lower().startswith(label) and len(local) > len(label) + 2:
            yield local[len(label) :]


def _doubled_inside_word(text: str, i: int) -> bool:
    """Whether text[i] is one of a doubled letter with letters on both sides of the pair."""
    start = i - 1 if i > 0 and text[i - 1] == text[i] else i
    if start + 1 >= len(text) or text[start + 1] != text[start]:
        return False
    return start > 0 and start + 2 < len(text) and text[start - 1].isalpha() and text[start + 2].isalpha()


def _fix_local(address: str, name: str, *, read: bool = True) -> str:
    """`Iwhitfield@` -> `lwhitfield@`, `Ilchen@` -> `lchen@`, `E.claire.brown@` -> `claire.brown@`,
    `Llim25@` -> `l.lim25@` when the corrected local part spells the person's name; on a line OCR `read`
    (not typed text, where `philip.jones@` for Phillip Jones is how it is spelled), a letter lost too."""
    local, _, domain = address.rpartition("@")
    if re.fullmatch(r"[a-z0-9._-]*L[a-z][a-z0-9._-]*", local):
        # One capital L in a lower-case address is `l.` read as one letter (`racheLharrington`), even
        # when the run-together reading spells the name too; before an l it is that l read twice
        # (`chloe.Llaurent`).
        fixed = local.replace("L", "") if "Ll" in local else local.replace("L", "l.")
        if email_match(fixed, name, fold=False)[0] >= 0.9:
            return f"{fixed}@{domain}"
    if local[:1] in "_-" and email_match(local[1:].lower(), name, fold=False)[0] >= 0.9:
        return f"{local[1:]}@{domain}"  # `_hiroshi.fujiwara@`: a rule or icon before it read as a `_`
    if email_match(local.lower(), name, fold=False)[0] >= 0.9:
        return address
    if re.search(r"[a-z]l\d+$", local) and email_match(local.lower(), name, fold=False)[0] < 0.7:
        # `rebeccal7@` for Rebecca W. Anderson: an l before the trailing digits is a 1 when the letters
        # left spell a name word (the given name alone matches at 0.7)
        fixed = re.sub(r"l(?=\d+$)", "1", local)
        if email_match(fixed.lower(), name, fold=False)[0] >= 0.7:
            return f"{fixed.lower()}@{domain}"
    for variant in _local_variants(local):
        if variant.strip("._-") and email_match(variant.lower(), name, fold=False)[0] >= 0.9:
            return f"{variant.strip('._-').lower()}@{domain}"
    if not read:
        return address
    # `Kichi.murata@` for Kiichi Murata: a letter of a name word lost between its neighbours
    pieces = re.split(r"([._-])", local.lower())
    words = _name_words(name)
    for i, piece in enumerate(pieces):
        for word in words:
            if len(word) == len(piece) + 1 >= 2 and any(
                word[:k] + word[k + 1 :] == piece for k in range(len(word))
            ):
                fixed = "".join([*pieces[:i], word, *pieces[i + 1 :]])
                # a whole address of one name word (`patick@` for Patrick Kowalski) matches at 0.7
                if email_match(fixed, name, fold=False)[0] >= (0.7 if len(pieces) == 1 else 0.9):
                    return f"{fixed}@{domain}"
    return address


def _name_words(text: str) -> set[str]:
    """The words of `text` as letters and digits only (`Mei Ling Li` -> mei, ling, li)."""
    return {letters(w) for w in text.split()}


def _join_word(address: str, line: str, name: str) -> str:
    """`sneha sharma@...` -> `sneha.sharma@...`: a word before the local part, split off where OCR lost a
    dot or an underscore, joins it again when only together they spell the person's name. Which was lost
    cannot be read; the dot is the commoner separator by far, so it is the guess. A local part that starts
    with its separator (`_wilson`) or a word split in two (`ame lia.taylor`) joins with none."""
    local, _, domain = address.rpartition("@")
    if email_match(local.lower(), name, fold=False)[0] >= 0.9:
        return address
    # `stefan, vogel @`: the dot read as a comma (or semicolon), a space or none after it
    m = re.search(
        r"(?<![\w.@])([A-Za-z][A-Za-z0-9]*)(?:\s*[,;]\s*|\s+)" + re.escape(local) + r"\s*@", line, re.I
    )
    if not m or m.group(1).lower() in _LABEL_ONLY:
        return address
    tokens = _name_words(name)
    if len(name.split()) >= 2 and tokens <= _name_words(line[: m.end(1)]):
        return address  # `Riku Aizawa  riku@`: the whole name printed before it, in another column
    word = m.group(1).lower()
    # `pavrick johnson@` beside Patrick Johnson: the word split off has a letter misread in place too
    word = next((t for t in sorted(tokens) if len(t) >= 4 and one_letter_off(word, t)), word)
    # `thomas _wilson@`: the separator survived on the second part; `ame lia.taylor@`: a word split in two
    dotted, plain = f"{word}.{local}", f"{word}{local}"
    if local[0] in "._-":
        tries: tuple[str, ...] = (plain,)
    elif word not in tokens and re.split(r"[._-]", plain)[0] in tokens:
        tries = (plain, dotted)
    else:
        tries = (dotted, plain)
    for joined in tries:
        if email_match(joined, name, fold=False)[0] >= 0.9:
            return f"{joined}@{domain}"
    return address


def _subdomain(address: str, websites: Sequence[FoundWebsite]) -> str:
    """`aiko@mail-brightridge.com` beside the website `brightridge.com`: the hyphen is a dot misread."""
    local, _, domain = address.rpartition("@")
    head, sep, rest = domain.partition("-")
    hosts = {_host(w.url).removeprefix("www.") for w in websites}
    if sep and rest in hosts and domain not in hosts and head.isalpha():
        return f"{local}@{head}.{rest}"
    return address


def _spellings_in(squashed: str, low: str) -> Iterator[str]:
    """Pieces of an email's letters one OCR slip from the word `low` (two for words of 7+ letters)."""
    limit = 2 if len(low) >= 7 else 1
    for size in range(max(3, len(low) - limit), len(low) + limit + 1):
        for start in range(len(squashed) - size + 1):
            piece = squashed[start : start + size]
            if piece == low or edit_distance(low, piece) > limit:
                continue
            if len(low) == 3 and len(piece) != 3:
                continue  # a short word only by a letter misread, never one added or lost
            yield piece


def _name_after_scraps(text: str, emails: Sequence[str]) -> str | None:
    """`PRAS AEB Taro Matsumoto`, `ip 7X We Ken Suzuki`: a romanised name printed after the same name in
    kanji, which OCR read as scraps; the last two or three words, when the person's email spells each of
    them (whole or by its initial) and most words before them are scraps the email does not spell: digits
    or marks, one or two small letters, or capitals before a name in title case."""
    tokens = text.split()
    for size in (2, 3):
        head, tail = tokens[:-size], tokens[-size:]
        name = " ".join(tail)
        if (
            not head
            or not all(re.fullmatch(r"[A-Z][a-z]+|[A-Z]{2,}", t) for t in tail)
            or title_score(name) > 0
            or company_score(name, []) > 0
        ):
            continue
        titled = all(t[1:].islower() for t in tail)
        scraps = sum(_scrap_before_name(t, titled) for t in head)
        if scraps * 2 < len(head):
            continue
        for address in emails:
            local = re.sub(r"[^a-z]", "", address.rpartition("@")[0].lower())
            # each word whole or by its initial (`mori-t@`), or one word alone (`suzuki@`)
            spelled = (
                all(
                    w.lower() in local or local.startswith(w[0].lower()) or local.endswith(w[0].lower())
                    for w in tail
                )
                and email_match(address.rpartition("@")[0], name)[0] >= 0.9
            )
            alone = any(len(w) >= 3 and w.lower() == local for w in tail)
            spelled_before = any(len(w) >= 2 and w in local for w in (letters(t) for t in head))
            if (spelled or alone) and not spelled_before:
                return name
    return None


def _name_before_column(text: str, emails: Sequence[str]) -> str | None:
    """`Kevin Washington _1%8 congress ave`: a name joined by OCR to what stands beside it in another column
    (an address, a number); the first two or three words, when the person's email spells every one of them
    whole and the word after them is a number (`1408`, or `_1%8` with a speck before it), as no word of a
    name is. A separator (`Kevin Washington | CFO`) is left to the name and title readings."""
    tokens = text.split()
    for size in (3, 2):
        name_words, after = tokens[:size], tokens[size:]
        if (
            not after
            or not re.match(r"[^A-Za-z0-9\s|]?\d", after[0])
            or not all(re.fullmatch(r"[A-Z][a-z]+|[A-Z]{2,}", t) for t in name_words)
        ):
            continue
        name = " ".join(name_words)
        for address in emails:
            local = address.rpartition("@")[0].lower()
            parts = [p for p in re.split(r"[^a-z]+", local) if p]
            if sorted(parts) == sorted(w.lower() for w in name_words):
                return name
    return None


def _scrap_before_name(token: str, titled: bool) -> bool:
    """Whether a word before a name (in title case when `titled`, else capitals) is OCR's reading of
    script: digits or marks, a word of one or two letters, or one not in the name's casing (`PRAS` before
    `Taro Matsumoto`, `Res` or `aE` before `SATO YUKO`); an initial and a particle (`de`, `van`) are the
    name's own."""
    if re.fullmatch(r"[A-Z]\.?", token) or token.lower() in NAME_PARTICLES:
        return False
    if not token.isalpha() or len(token) <= 2:
        return True
    return not (token.istitle() if titled else token.isupper())


def _email_spelled_name(text: str, emails: Sequence[str]) -> str | None:
    """`YASUO SAuJI` with `saji@...`: a line of two or three letter-only words that the person's email
    spells (most of its local part), with exactly one OCR slip (`SAuJlI`: lower-case scraps inside one
    word of capitals count as one); the name as the email spells it, in the printed casing.

    Catches names whose slip (a stray lower-case letter inside capitals) keeps them from looking like a
    name at all, so the email's evidence must carry them.
    """
    tokens = text.split()
    if not 2 <= len(tokens) <= 3 or not all(re.fullmatch(r"[A-Za-z]{2,}", t) for t in tokens):
        return None
    unit_words = {"department", "dept", "division", "div", "section", "team"}
    if title_score(text) > 0 or company_score(text, []) > 0 or any(w in unit_words for w in words(text)):
        return None  # `Sales Dept` on a salesdep@ address is a department, not a person
    capitals = sum(ch.isupper() for ch in text) > sum(ch.islower() for ch in text)
    for address in emails:
        local = address.rpartition("@")[0].lower()
        squashed = re.sub(r"[^a-z]", "", local)
        parts = [p for p in re.split(r"[^a-z]+", local) if p]
        spelled, found, repaired = [], 0, 0
        for token in tokens:
            low = token.lower()
            # `akshmi Patel` with `lakshmi@`: a word whose first letter or two were lost is the part it ends
            whole = next((p for p in parts if p != low and p.endswith(low) and len(p) - len(low) <= 2), None)
            if len(low) >= 4 and whole and not token[0].isupper():
                found, repaired = found + len(whole), repaired + 1
                spelled.append(whole)
                continue
            # `SAuJlI` with `saji@`: lower-case letters inside a word of capitals are pieces of a capital
            # misread, not letters of the name; its capitals alone are the word (one slip, however many)
            capitals_only = "".join(ch for ch in token if ch.isupper()).lower()
            if (
                low not in squashed
                and token[0].isupper()
                and token[-1].isupper()
                and len(capitals_only) >= 3
                and capitals_only != low
                and capitals_only in squashed
            ):
                found, repaired = found + len(capitals_only), repaired + 1
                spelled.append(capitals_only)
                continue
            # the closest spelling: a letter misread (same length) before one added or lost
            pieces = sorted(_spellings_in(squashed, low), key=lambda p: (abs(len(p) - len(low)), -len(p)))
            piece = pieces[0] if pieces and len(low) >= 3 else None
            if low in squashed:
                found += len(low)
            elif piece is not None:
                found, repaired, low = found + len(piece), repaired + 1, piece
            elif not token[0].isupper():
                break  # a word the address does not spell must at least look like a name word
            spelled.append(low)
        else:
            if repaired == 1 and found >= 0.6 * len(squashed):
                return " ".join(w.upper() if capitals else w.capitalize() for w in spelled)
    return None


def _cased_like(piece: str, token: str) -> str:
    """`mcallister` cased as the printed `McAlister`: the printed letters up to the first slip keep their
    case (`McAl` + `lister`)."""
    same = 0
    while same < min(len(piece), len(token)) and piece[same] == token[same].lower():
        same += 1
    return (token[:same] + piece[same:]) if same else piece.capitalize()


def _aligned_spelling(tokens: list[str], parts: list[str], *, smeared: bool = False) -> str | None:
    """`NANYA KRISHNAS` with `ananya.krishnan@`: as many address parts as name words, each a slip or two
    from its word (in order, or family first), spell the name; None when they do not line up."""
    if not 2 <= len(tokens) == len(parts) or not all(p.isalpha() for p in parts):
        return None
    if not all(re.fullmatch(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*", t) for t in tokens):
        return None
    bare = [re.sub(r"[-'’]", "", t) for t in tokens]  # `Cennett-Johnson` ~ `bennettjohnson`
    for order in (parts, parts[::-1]):
        pairs = list(zip(bare, order, strict=True))
        close = all(edit_distance(t.lower(), p) <= (2 if len(p) >= 7 else 1) for t, p in pairs)
        # `Atho Matsumoto` with `aiko.matsumoto@`, on a line read `smeared`: the other words spelled exactly,
        # one word of the same length and first letter may be off by up to half its letters (blur smears two
        # of four); read clearly, `Mary` beside `matt.smith@` is Mary
        off = [(t.lower(), p) for t, p in pairs if t.lower() != p]
        close = close or (
            smeared
            and len(off) == 1
            and len(off[0][0]) == len(off[0][1]) >= 4
            and off[0][0][0] == off[0][1][0]
            and edit_distance(*off[0]) <= len(off[0][1]) // 2
        )
        close = close and not any(t.lower().startswith(p) and t.lower() != p for t, p in pairs)
        if close and all(len(p) >= 3 for p in order) and any(t.lower() != p for t, p in pairs):
            return " ".join(_respelled(t, p) for t, p in zip(tokens, order, strict=True))
    return None


def _respelled(token: str, spelling: str) -> str:
    """`spelling` in the printed token's case, with its hyphens and apostrophes back where they were
    when only letters were misread (`Cennett-Johnson`, `bennettjohnson` -> `Bennett-Johnson`)."""
    letters_only = re.sub(r"[-'’]", "", token)
    if len(letters_only) == len(spelling) and letters_only != token:
        chars = iter(spelling)
        spelling = "".join(ch if ch in "-'’" else next(chars) for ch in token)
        return (
            spelling.upper()
            if token.isupper()
            else re.sub(r"(^|[-'’])([a-z])", lambda m: m.group(1) + m.group(2).upper(), spelling)
        )
    return spelling.upper() if token.isupper() else _cased_like(spelling, token)


def _rejoined_tail(person: _Person, printed: str, addresses: Sequence[str]) -> _Person:
    """`Kiichi Mi urata` beside `kiichi.murata@`: the last word of a name split by a gap, its lower-case
    tail dropped as a speck, is whole again when, joined, it is the address's part but for one slip."""
    tokens, words = person.name.split(), printed.split()
    if not addresses or len(tokens) < 2 or tokens[-1] not in words:
        return person
    after = len(words) - words[::-1].index(tokens[-1])
    if after >= len(words) or not re.fullmatch(r"[a-z]{3,}", words[after]):
        return person
    joined = (tokens[-1] + words[after]).lower()
    local = addresses[0].rpartition("@")[0].lower()
    for part in re.split(r"[._-]+", re.sub(r"\d+$", "", local)):
        if len(part) >= 5 and part[0] == joined[0] and edit_distance(part, joined) <= 1:
            spelled = part.upper() if tokens[-1].isupper() else part.capitalize()
            return _Person(
                person.line, " ".join([*tokens[:-1], spelled]), person.score, 1.0, None, person.title
            )
    return person


def _name_from_email(
    person: _Person,
    addresses: Sequence[str],
    *,
    respell: bool = True,
    umlauts: bool = False,
    smeared: bool = False,
) -> _Person:
    """`Lakshmi Desal` with `lakshmi.desai@` -> `Lakshmi Desai`: a name word one OCR slip away from the
    spelling in the person's own address (two for long words) takes that spelling, in the printed casing;
    without `respell`, the address only completes a word cut short (`Kiichi M`, `Yan Le`)."""
    if not addresses:
        return person
    local = addresses[0].rpartition("@")[0].lower()
    squashed = re.sub(r"[^a-z]", "", local)
    tokens = person.name.split()
    best, best_match = person.name, email_match(local, person.name, fold=False)[0]
    if best_match >= 0.9:
        return person
    parts = [re.sub(r"\d+$", "", p) for p in re.split(r"[._-]+", local) if p]
    if respell and (aligned := _aligned_spelling(tokens, parts, smeared=smeared)):
        aligned = _umlauts_back(tokens, aligned) if umlauts else aligned
        return _Person(person.line, aligned, person.score, 1.0, person.family_hint, person.title)
    if len(tokens) >= 2 and re.fullmatch(r"[A-Z][a-z]{0,2}|[A-Z]{2,3}", tokens[-1]):
        # `Kiichi M` with `kiichi.murata@`, `Yan Le` with `ylee@`: the rest of the last word lost (faint,
        # cut by the frame); the address's last part, or what follows its initials, spells it whole
        cut = tokens[-1].lower()
        wholes = [*parts[1:], *(squashed[k:] for k in (1, 2))]
        whole = next((p for p in wholes if len(p) >= 3 and len(p) > len(cut) and p.startswith(cut)), None)
        if whole:
            spelled = whole.upper() if all(t.isupper() for t in tokens) else whole.capitalize()
            candidate = " ".join([*tokens[:-1], spelled])
            if email_match(local, candidate, fold=False)[0] >= 0.9:
                # a capitals hint read off `KIICHI M` is no hint: the cut word was in capitals too
                return _Person(person.line, candidate, person.score, 1.0, None, person.title)
    for i, token in enumerate(tokens if respell else ()):
        bare = re.sub(r"[-'’]", "", token)  # `Walker-Crown` beside `cwalkerbrown@` is spelled as one word
        if not re.fullmatch(r"[A-Za-z]{3,}", bare) or bare.lower() in squashed:
            continue
        low = bare.lower()
        # `hkowalsk@`, `petroe@`: the address spells the word cut short, the print is whole; only a letter
        # misread in place (`Walker-Crown` beside `cwalkerbrown@`) is respelled then
        cut_short = len(bare) >= 6 and bare[:5].lower() in squashed
        # `SSHMI` for `lakshmi@`: the word's start lost to blur or a logo beside it, its last four letters
        # or more whole; only a whole part of the address, two letters longer or more, may stand in for it
        # (`Gupta` beside a misread `teupta@` for rgupta@ is no lost start)
        lost_start = [p for p in parts if len(p) >= len(low) + 2 and len(low) >= 5 and p.endswith(low[1:])]
        for piece in [*_spellings_in(squashed, low), *lost_start]:
            if cut_short and not one_letter_off(piece, low):
                continue
            if bare != token:
                spelled = _respelled(token, piece)
            else:
                spelled = piece.upper() if token.isupper() else _cased_like(piece, token)
            candidate = " ".join([*tokens[:i], spelled, *tokens[i + 1 :]])
            score = email_match(local, candidate, fold=False)[0]
            # a piece that is a whole part of the address (`marcus@` for `Iarcus`) needs less agreement
            needed = 0.7 if piece in parts and len(piece) >= 5 else 0.9
            if score >= needed and score > best_match:
                best, best_match = candidate, score
    if respell and best_match < 0.9:
        # `Vlei Ling Tan` with `mtan@`: an M read as two strokes; only the address's initials can tell
        for i, token in enumerate(tokens):
            m = _SPLIT_M.match(token)
            if m:
                candidate = " ".join([*tokens[:i], "M" + token[m.end() :], *tokens[i + 1 :]])
                if (score := email_match(local, candidate, fold=False)[0]) >= 0.9:
                    best, best_match = candidate, score
                    break
    if best == person.name:
        return person
    best = _umlauts_back(tokens, best) if umlauts else best
    return _Person(person.line, best, person.score, best_match, person.family_hint, person.title)


_UMLAUTS = {"a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü"}


def _umlauts_back(printed: Sequence[str], respelled: str) -> str:
    """`Katrin Schäfer`, not `Schaefer`, for the printed `Katrin Schafer` beside `schaefer@`: where the
    address's spelling only adds an `e` after an a, o or u of a printed word, the word had an umlaut that
    the English model read bare (German addresses write ä as ae); the accent pass reads such words again
    only while they keep their printed letters."""
    words = respelled.split()
    if len(words) != len(printed):
        return respelled
    for i, (token, word) in enumerate(zip(printed, words, strict=True)):
        low = token.lower()
        for j, ch in enumerate(low):
            if ch in "aou" and low[: j + 1] + "e" + low[j + 1 :] == word.lower():
                words[i] = token[:j] + _UMLAUTS[token[j]] + token[j + 1 :]
                break
    return " ".join(words)


_SPLIT_M = re.compile(r"(?:Vl|VI|IVI|lVl|\|V\|)(?=[a-z])")
"""A capital M that OCR split into strokes at the start of a word (`Vlei`, `IVIark`)."""


def _ocr(card: list[CardLine], indexes: Sequence[int]) -> float:
    """Scale a field's confidence by the OCR confidence of its source lines (typed text counts as 1)."""
    confs = [line.confidence for line in card if line.index in indexes]
    return 0.4 + 0.6 * (min(confs) if confs else 1.0)


def _mean(values: Iterable[float]) -> float:
    items = list(values)
    return sum(items) / len(items) if items else 0.0


def _confidence(
    contact: Contact,
    card: list[CardLine],
    emails: list[FoundEmail],
    websites: list[FoundWebsite],
    phones: list[FoundPhone],
    address_lines: list[int],
    person: _Person | None,
    title_lines: list[int],
    company_line: CardLine | None,
    tallest: int,
) -> dict[str, float]:
    out = dict.fromkeys(FIELDS, 0.0)
    if person:
        line = next(line for line in card if line.index == person.line)
        base = 0.45 + 0.4 * person.match + (0.1 if title_lines else 0.0)
        base += 0.1 if tallest and line.height >= 0.9 * tallest else 0.0
        out["name"] = min(0.98, base) * _ocr(card, [person.line])
    if contact.title:
        out["title"] = min(0.95, 0.45 + 0.5 * title_score(contact.title)) * _ocr(card, title_lines)
    if company_line:
        strength = company_score(company_line.text, org_labels(domain_of(e) for e in contact.emails))
        out["company"] = min(0.95, 0.4 + 0.12 * strength) * _ocr(card, [company_line.index])
    if emails:
        out["emails"] = _mean((0.75 if e.repaired else 0.95) * _ocr(card, [e.line]) for e in emails)
    if websites:
        out["websites"] = _mean((0.7 if w.repaired else 0.9) * _ocr(card, [w.line]) for w in websites)
    if phones:
        out["phones"] = _mean(
            (0.9 if p.label else 0.8) * (0.85 if p.repaired else 1.0) * _ocr(card, [p.line]) for p in phones
        )
    if contact.address:
        out["address"] = 0.85 * _ocr(card, address_lines)
    return {k: round(v, 3) for k, v in out.items()}
