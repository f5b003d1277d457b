"""Which country a card is from, for numbers printed without `+`: the evidence in order of strength."""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers
from phonenumbers import Leniency, NumberParseException, PhoneNumberFormat, PhoneNumberMatcher

from ocr.fields.words import (
    AU_STATES,
    CA_PROVINCES,
    COUNTRY_LINE_WORDS,
    GENERIC_CCTLDS,
    PLACE_REGIONS,
    US_STATES,
)

_US_ZIP = re.compile(r"\b([A-Z]{2})\.?,?\s+\d{5}(?:-\d{4})?\b")
_CA_POSTAL = re.compile(r"\b([A-Z]{2})\.?,?\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b")
_AU_POSTAL = re.compile(r"\b(NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}\b")
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b")
_JP_POSTAL = re.compile(r"〒|\b\w+-(?:ku|shi|cho|machi|gun|ken)\b", re.I)
_PLACES = sorted(PLACE_REGIONS, key=len, reverse=True)
_PLACE_RE = re.compile(r"(?<![\w.@-])(" + "|".join(re.escape(p) for p in _PLACES) + r")(?![\w@-]|\.\w)", re.I)


def region_of_tld(host: str) -> str | None:
    """`co.jp` -> JP, `co.uk` -> GB; generic and world-used TLDs (`com`, `io`, `co`) say nothing."""
    tld = host.lower().rsplit(".", 1)[-1]
    if tld == "uk":
        return "GB"
    if len(tld) == 2 and tld not in GENERIC_CCTLDS and tld.upper() in phonenumbers.SUPPORTED_REGIONS:
        return tld.upper()
    return None


def region_of_international(text: str) -> str | None:
    """The country of the first valid `+CC` number on the card."""
    for m in PhoneNumberMatcher(text, "ZZ", leniency=Leniency.VALID):
        # `+44 7911...` is valid in GB and GG alike: prefer the country code's main region.
        main = phonenumbers.region_code_for_country_code(m.number.country_code or 0)
        if phonenumbers.is_valid_number_for_region(m.number, main):
            return main
        code = phonenumbers.region_code_for_number(m.number)
        if code and code != "001":
            return code
    return None


def region_of_address(text: str) -> str | None:
    """Country names, big cities and postal-code shapes (US state + ZIP, UK postcode, ...)."""
    cities: list[str] = []
    for m in _PLACE_RE.finditer(text):
        word = m.group(1)
        if word.lower() in ("uk", "wa", "sa") and word != "UK":
            continue  # `WA`, `SA` are states; "uk" must be the capitals
        if word.lower() in COUNTRY_LINE_WORDS:
            return PLACE_REGIONS[word.lower()]
        # A city counts only where an address would put it: before a comma or a number, or alone on a line.
        after = text[m.end() :].split("\n", 1)[0]
        before = text[: m.start()].rsplit("\n", 1)[-1]
        # (`Chennai - 600002`, `Montréal (Québec) H3B 4W8`: a dash or a province in brackets may follow)
        follows = re.match(r"\s*(?:[,\d]|[-–]\s*\d|\(|$)", after)
        if follows and (not before.strip() or re.search(r"(?:[\d,]|\b(?:Metro|Greater))\s*$", before)):
            cities.append(PLACE_REGIONS[word.lower()])
    for m in _CA_POSTAL.finditer(text):
        if m.group(1) in CA_PROVINCES:
            return "CA"
    if _AU_POSTAL.search(text) and any(s in text for s in AU_STATES):
        return "AU"
    for m in _US_ZIP.finditer(text):
        if m.group(1) in US_STATES:
            return "US"
    if _UK_POSTCODE.search(text):
        return "GB"
    if _JP_POSTAL.search(text):
        return "JP"
    return cities[0] if cities else None


def evidence_region(text: str, hosts: Iterable[str]) -> str | None:
    """A `+CC` number > a ccTLD of an email/website > address clues; None when the card says nothing."""
    found = region_of_international(text)
    if found:
        return found
    for host in hosts:
        found = region_of_tld(host)
        if found:
            return found
    return region_of_address(text)


def choose_region(text: str, hosts: Iterable[str], *, region: str | None, default: str) -> str:
    """Explicit `region` > evidence on the card (see `evidence_region`) > `default`."""
    if region:
        return region.upper()
    return evidence_region(text, hosts) or default.upper()


# Tried, in order, when a card gives no region and its numbers are not valid for the default one
# (`03-3669-4661` on a card whose only other text is Japanese script).
FALLBACK_REGIONS = (
    "JP",
    "GB",
    "DE",
    "FR",
    "AU",
    "IN",
    "SG",
    "CA",
    "US",
    "CN",
    "KR",
    "HK",
    "TW",
    "NL",
    "CH",
    "IT",
    "ES",
    "PH",
    "MY",
    "TH",
    "NZ",
    "IE",
    "ZA",
    "BR",
    "MX",
    "AE",
    "BE",
    "AT",
    "SE",
    "PT",
)


# Weak address evidence, used only to order FALLBACK_REGIONS: street words and postcode shapes by country.
_HINTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        re.compile(r"\b(?:rue|boulevard|bd|allée|quai|chemin|impasse|cedex|place de|avenue d[eu])\b", re.I),
        ("FR",),
    ),
    (re.compile(r"\w(?:straße|strasse|str\.|weg|platz|allee|gasse|damm)\b", re.I), ("DE",)),
    (re.compile(r"\b(?:via|piazza|corso|viale)\s+[A-Z]", re.I), ("IT",)),
    (re.compile(r"\b(?:calle|avenida|plaza|paseo)\s+", re.I), ("ES",)),
    (re.compile(r"(?:^|[\s,])\d{5}\s+[A-ZÀ-Þ][a-zà-ÿ]"), ("FR", "DE", "IT", "ES")),
    (re.compile(r"\b\d{3}\s?\d{3}\b(?!\s*\d)"), ("IN",)),
    (re.compile(r"\b(?:NSW|VIC|QLD|TAS|ACT)\s+\d{4}\b"), ("AU",)),
    (_JP_POSTAL, ("JP",)),
    (re.compile(r"\b\d{3}-\d{4}\b"), ("JP",)),
    # A company's legal form names the country it is registered in (`Bluefin Design SARL`)
    (re.compile(r"\b(?:SARL|S\.?A\.?S\.?|EURL|SNC)(?!\w)"), ("FR",)),
    (re.compile(r"\b(?:GmbH|UG|e\.\s?K\.)(?!\w)"), ("DE", "AT", "CH")),
    (re.compile(r"\b(?:K\.\s?K\.|KK|G\.\s?K\.|Kabushiki Kaisha|Godo Kaisha)(?!\w)"), ("JP",)),
    (re.compile(r"\bPty\.?\s+Ltd\b", re.I), ("AU",)),
    (re.compile(r"\bPte\.?\s+Ltd\b", re.I), ("SG",)),
    (re.compile(r"\b(?:Pvt\.?\s+Ltd|Private Limited)\b", re.I), ("IN",)),
    (re.compile(r"\b(?:S\.p\.A|S\.r\.l)\.?(?!\w)", re.I), ("IT",)),
    (re.compile(r"\b(?:B\.V|N\.V)\.?(?!\w)"), ("NL", "BE")),
    (re.compile(r"\bplc\b", re.I), ("GB",)),
)


def _groups(raw: str) -> tuple[int, ...]:
    return tuple(len(g) for g in re.findall(r"\d+", raw))


def rank_fallback(rejected: Iterable[str], text: str, hosts: Iterable[str] = ()) -> list[str]:
    """FALLBACK_REGIONS ordered by the evidence a number printed without `+` carries: in how many regions
    it is valid, whether its digit grouping is the one that region prints (`04 44 16 53 76` is French,
    `0444-16-5376` would be Japanese), street words, postcodes and cities on the card, and a country
    domain too often used elsewhere to settle the region alone (`raurica.it`)."""
    numbers = list(rejected)
    hints: dict[str, float] = {}
    for host in hosts:
        tld = host.lower().rsplit(".", 1)[-1].upper()
        if tld in FALLBACK_REGIONS:
            hints[tld] = hints.get(tld, 0.0) + 1.0
    for pattern, regions in _HINTS:
        if pattern.search(text):
            for r in regions:
                hints[r] = hints.get(r, 0.0) + 1.0 / len(regions)
    for m in re.finditer(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'-]+", text):
        for word in re.split(r"[\s,]+", m.group(0)):
            place = PLACE_REGIONS.get(word.lower())
            if place and word[:1].isupper() and word.lower() not in ("uk", "wa", "sa"):
                hints[place] = hints.get(place, 0.0) + 0.5

    def score(region: str) -> float:
        total = min(hints.get(region, 0.0), 2.0) * 0.75
        for raw in numbers:
            try:
                number = phonenumbers.parse(raw, region)
            except NumberParseException:
                continue
            if phonenumbers.is_valid_number_for_region(number, region):
                total += 1.0
                if _groups(raw) == _groups(phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)):
                    total += 1.0
        return total

    return sorted(FALLBACK_REGIONS, key=lambda r: (-score(r), FALLBACK_REGIONS.index(r)))
