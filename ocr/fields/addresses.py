"""Postal addresses: which lines belong to one, and how to join them into a single line."""

from __future__ import annotations

import re

from ocr.fields.lines import words
from ocr.fields.words import (
    ADDRESS_LABELS,
    AU_STATES,
    CA_PROVINCES,
    COUNTRY_LINE_WORDS,
    PLACE_REGIONS,
    STREET_WORDS,
    UNIT_WORDS,
    US_STATES,
    WESTERN_GIVEN_NAMES,
)

_LABEL = re.compile(
    r"^\s*(?:" + "|".join(sorted(ADDRESS_LABELS, key=len, reverse=True)) + r")\s*[:.]\s*", re.I
)
_STREET_NUMBER = re.compile(r"^\s*\d+[A-Za-z]?(?:[-/]\d+)*[,]?\s+\S")  # `350 Fifth`, `2-6-1 Marunouchi`
# The number follows the street (`Hauptstraße 5`): `Engineering 2004` is no `…ring` street.
_STREET_SUFFIX = re.compile(
    r"[\w-](?:(?:straße|strasse|weg|platz|allee|gasse|damm|ring|kai|ufer|gracht|straat|laan|kade|plein|singel"
    r"|dreef|steeg|pad|baan|hof|markt|gatan|vägen|väg|gränd|torget|gade|vej|stræde|torv|gata|gate|veien|vegen"
    r"|tie|katu|kuja)\b|str\.)(?=[\s,]*\d)",  # `Zdenka-Wähner-Allee 8`, `Floortjedreef 1`, `Bredgade 25F`
    re.I,
)
# `Av. Paulista, 1578`, `Calle Mayor 12`, `Via Roma 5`: the street word first, the number after.
_STREET_PREFIX = re.compile(
    r"^(?:av\.|avda\.|avenida|rua|calle|c/|paseo|via|viale|piazza|carrer|rambla|praça|largo|no\.|vial|glorieta"
    r"|rue|chemin|quai|impasse|allée|boulevard|bd|cours|(?:route|place)\s+(?:de|du|des|d['’])|ul\.|al\.|pl\.|os\."
    r"|cais|travessa"
    r"|camino|carretera|ronda|travesía|pasaje|callejón|strada|corso|vicolo|contrada|travessa|rodovia|alameda"
    r"|estrada|ladeira|vila|viela|quadra|trecho|setor|vereda|vale|esplanada)\s+\w.*(?:\d|\bs/n\b)",
    re.I,
)
# `Kamgras 1258`, `Quadrado Rua 60 114`, `Camiño Montiño, 940`: a street named first, its number last; weak
# alone (many lines end in a number), an address line when a certain one is next to it.
_NAME_THEN_NUMBER = re.compile(
    r"^[A-ZÀ-Þ][\w'’.-]+(?:\s+[\w'’.-]+){0,4},?\s+\d{1,5}[A-Za-z]?(?:\s?[-/]?\s?\d{1,4})?$"
)
# Lines that end in a number and are no street: `Since 2009`, `NMLS ID 1123456`, `Trunkline loc. 210`.
_NUMBERED_NOT_STREET = frozenset(
    {"since", "est", "established", "founded", "id", "nmls", "dre", "lic", "license", "licence", "reg",
     "loc", "ext", "trunkline", "no", "nr", "number", "tax", "vat", "gst", "abn", "acn", "cin", "iso"}
)  # fmt: skip
US_TERRITORIES = frozenset({"PR", "VI", "GU", "AS", "MP", "PW", "FM", "MH", "AA", "AE", "AP"})
"""USPS codes beside the states' (Puerto Rico, the Virgin Islands, Guam..., military post offices)."""
_STATE_CODES = (US_STATES | US_TERRITORIES, CA_PROVINCES, AU_STATES)
"""The codes the first three postal patterns accept, in their order (US, CA, AU)."""
US_STATE_NAMES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
    "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
    "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
    "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
    "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia",
)  # fmt: skip
_POSTAL = [
    re.compile(r"\b(?P<st>[A-Z]{2})\.?,?\s+\d{5}(?:-\d{4})?\b"),  # US state + ZIP
    re.compile(r"\b(?P<st>[A-Z]{2})\.?,?\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b"),  # CA province + postal code
    re.compile(r"\b(?P<st>NSW|VIC|QLD|WA|SA|TAS|ACT|NT),?\s+\d{4}\b"),  # AU state + postcode
    re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b"),  # UK postcode
    re.compile(r"(?:^|[\s,])\d{5}\s+[A-ZÀ-Þ][\w-]+"),  # DE/FR `10115 Berlin`
    re.compile(
        r"〒|\b\d{3}-\d{4}\b|^\s*[TF=]\s?\d{3}-\d{4}(?:\s*$|\b.*,)|\b\w+-(?:ku|shi|cho|machi|gun|ken)\b", re.I
    ),  # JP
    re.compile(r"\b\w+-(?:ro|gil|gu|dong)\b", re.I),  # KR road addresses `Teheran-ro, Gangnam-gu`
    re.compile(r"\b\d{3}\s\d{2}\s+[A-ZÅÄÖ][a-zåäö]+"),  # SE `118 46 Stockholm`
    re.compile(r"\b[A-Z][a-z]+,?\s*(?:[-–]\s*)?(?:\d{6}|\d{3}\s\d{3})\b"),  # SG/IN `Chennai - 600002`
    re.compile(r"\b\d{4}\s?[A-Z]{2},?\s+[A-Z][a-z]+"),  # NL `1016 BR Amsterdam`
    re.compile(r"\b\d{5}-?\d{3}\b.*/\s*[A-Z]{2}\b|\b\d{5}-\d{3}\b"),  # BR CEP `01310-200`, `... / SP`
    # ES `León, 39890`, IT `85057, Tramutola (PZ)`
    re.compile(r"\b[A-ZÀ-Þ][\w-]+,\s+\d{5}\b|\b\d{5},\s+[A-ZÀ-Þ][\w-]+"),
    re.compile(r"\b(?:" + "|".join(US_STATE_NAMES) + r")\.?,?\s+\d{5}(?:-\d{4})?\b"),  # `Connecticut 06103`
    re.compile(r"\b[ABCEGHJ-NPRSTVXY]\d[A-Z]\s\d[A-Z]\d\b"),  # CA postal code alone `(Québec) H3B 4W8`
    re.compile(r"(?:^|,\s*)\d{4}\s+[A-ZÀ-Þ][a-zà-ÿ]{2,}"),  # AT/CH/BE/DK/NO `8001 Zürich`
    re.compile(r"\bP\.?\s?O\.?\s+Box\b|#\d+-\d+", re.I),  # PO Box, SG unit `#21-01`
    re.compile(r"\bC\.\s?P\.?\s+\d{4,5}\b"),  # MX/ES/AR código postal `C.P. 06600`
    re.compile(r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}\b"),  # IE Eircode `P43 FX82`
    re.compile(
        r"\b(?:CH|D|A|F|B|L|I|NL)-\d{4,5}\s+[A-ZÀ-Þ]"
    ),  # a country letter before the code `CH-1227 Carouge`
    re.compile(r"(?:^|,\s*)\d{2}-\d{3}\s+[A-ZÀ-ÞĀ-ž][a-zà-ÿĀ-ž]"),  # PL `02-674 Warszawa`
    re.compile(r"(?:^|,\s*)\d{4}-\d{3}\s+[A-ZÀ-Þ][a-zà-ÿ]"),  # PT `4050-510 Porto`
    # NZ/ZA/PH town then postcode, after a comma: `Grey Lynn, Auckland 1011`, `V&A Waterfront, Cape Town 8001`
    re.compile(
        r",\s*(?!(?:Since|Est|Established|Founded|Estd)\b)[A-Z][a-z]{2,}(?:\s[A-Z][a-z]+)?,?\s+\d{4}$"
    ),
]
# Business parks and industrial estates named on a line of their own above the street.
_ESTATE = re.compile(
    r"^(?:ZA|ZI|ZAC|Parc|Zone|Zona|Pol[íi]gono?|Quartier|Parque|Industriepark|Gewerbepark|Technologiepark)\b"
)
_LOCALITY_STREETS = ("road", "street", "avenue", "lane", "drive", "highway", "boulevard", "rd", "st", "ave")
STREET_AND_DISTRICT = re.compile(r"\b\w+\s+(?:" + "|".join(_LOCALITY_STREETS) + r")\b,", re.I)
"""`Outer Ring Road, Marathahalli`, `King Fahd Road, Al Olaya District`: a street, then its district."""
_BR_TOWN_STATE = re.compile(
    r"\S\s+[-–/]\s+(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)$"
)
_BUILDINGS = frozenset(
    {"building", "bldg", "bld", "tower", "centre", "center", "plaza", "mansion", "tower,", "place", "square",
     "house", "chambers"}
)  # fmt: skip


def strip_label(text: str) -> str:
    return _LABEL.sub("", text, count=1)


def address_score(text: str) -> float:
    """0 = not an address line; 1 = certainly one (street + number, postal code, country...)."""
    text = strip_label(text)
    if "@" in text or not text.strip():
        return 0.0
    ws = words(text)
    digits = bool(re.search(r"\d", text))
    for i, pattern in enumerate(_POSTAL):
        m = pattern.search(text)
        if m and (i >= 3 or m.group("st") in _STATE_CODES[i]):
            return 1.0
    if (_STREET_SUFFIX.search(text) or _STREET_PREFIX.match(text)) and (digits or "s/n" in text):
        return 1.0
    if _STREET_NUMBER.match(text) and len(ws) <= 10:
        return 0.9 if any(w in STREET_WORDS or w in UNIT_WORDS for w in ws[1:]) else 0.6
    if digits and any(w in UNIT_WORDS for w in ws) and len(ws) <= 8:
        return 0.8
    if any(w in STREET_WORDS for w in ws[1:]) and digits:
        return 0.8
    if STREET_AND_DISTRICT.search(text) and len(ws) <= 6:
        return 0.5  # `Outer Ring Road, Marathahalli`: a street and its district, between address lines
    lowered = text.lower().strip(" ,.")
    if lowered in COUNTRY_LINE_WORDS or any(lowered.endswith(", " + c) for c in COUNTRY_LINE_WORDS):
        return 1.0
    if _NAME_THEN_NUMBER.match(text.strip()) and not any(w in _NUMBERED_NOT_STREET for w in ws):
        return 0.5
    if _ESTATE.match(text.strip()) and len(ws) <= 7:
        return 0.5  # `ZA des Grands Champs`, `Polígon Industrial Can Roqueta` over the street
    if lettered_building(text):
        return 0.5  # `Medical Office Building B` over the street
    if ws and ws[-1] in _BUILDINGS:
        # `Marunouchi Park Building,`: the comma says the address goes on; without it, only beside one
        return 0.7 if text.rstrip().endswith(",") else 0.5
    if 1 <= len(ws) <= 3 and any(w in PLACE_REGIONS for w in ws) and "," in text:
        return 0.6
    if _BR_TOWN_STATE.search(text) and len(ws) <= 8:
        return 0.6  # `Itaim Bibi - São Paulo - SP` above the CEP
    if _town_and_state(text.strip()):
        return 0.8
    return 0.0


_TOWN_STATE = re.compile(
    r"^(?P<town>[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|of|de|la))*(?:\s+[A-Z][a-z]+)?),\s*"
    r"(?P<st>[A-Z]{2}|" + "|".join(US_STATE_NAMES) + r")\.?$"
)


def lettered_building(text: str) -> bool:
    """`Medical Office Building B`, `Tower C`: a building told from its neighbours by a letter, as no
    business names itself."""
    ws = words(strip_label(text))
    return len(ws) >= 2 and ws[-2] in _BUILDINGS and re.fullmatch(r"[a-z]", ws[-1]) is not None


def _town_and_state(text: str) -> bool:
    """`Clearwater, FL`, `Denver, Colorado`: a card that prints only its town (a tradesman, a planner).
    Not `Jane Doe, MD` or `Ana Ruiz, PA`: after two words or more, a code that is also a credential (MD,
    PA, MA, MS, ND, DC, PE, ME) names the person's degree; and a two-word town starting with a given
    name is a person. A one-word `Baltimore, MD` or `Charlotte, NC` is a town."""
    m = _TOWN_STATE.match(text)
    code = m.group("st") if m else ""
    if not m or (len(code) == 2 and code not in _US_CA_CODES):
        return False
    town = m.group("town").split()
    return not (len(town) >= 2 and (code in _CREDENTIAL_CODES or town[0].lower() in WESTERN_GIVEN_NAMES))


_US_CA_CODES = _STATE_CODES[0] | _STATE_CODES[1]

_CREDENTIAL_CODES = frozenset({"MD", "PA", "MA", "MS", "ND", "DC", "PE", "ME"})
"""State and province codes that are also degrees after a name (M.D., P.A., M.A., M.S. ...); not CA,
whose towns (`Los Angeles, CA`) far outnumber Canada's chartered accountants."""


def ends_address(text: str) -> bool:
    """Does the line close a western address (`New York, NY 10118`, `London EC1N 8AN`)? What follows,
    unless a country, starts another address (a second office)."""
    text = strip_label(text)
    for i, pattern in enumerate(_POSTAL[:4]):
        m = pattern.search(text)
        if m and (i == 3 or m.group("st") in _STATE_CODES[i]):
            return True
    return False


def is_country_line(text: str) -> bool:
    return text.lower().strip(" ,.") in COUNTRY_LINE_WORDS


# `New York: 1 World Trade Center`, `Head Office: 2-6-1 Marunouchi`: which office, before its street.
_OFFICE_LABEL = re.compile(r"^[A-Z][A-Za-z .'’-]{1,30}:\s*(?=\d)")


def join_address(parts: list[str]) -> str | None:
    """`['350 Fifth Avenue,', 'New York, NY 10118']` -> `350 Fifth Avenue, New York, NY 10118`."""
    parts = [_OFFICE_LABEL.sub("", strip_label(p)) for p in parts]
    parts = [re.sub(r"\s+[·•|]\s+", ", ", p) for p in parts]  # `Am Sandtorkai 50 · 20457 Hamburg`
    parts = [re.sub(r"^\s*[TF=]\s?(?=\d{3}-\d{4}\b)", "", p) for p in parts]  # `T060-0042`: 〒 read as T
    parts = [re.sub(r"(?<=\s)\|(?=\d)", "1", p) for p in parts]  # `Suite |650`: a 1 read as a bar
    cleaned = [re.sub(r"\s*,\s*", ", ", re.sub(r"\s+", " ", p)).strip(" ,;-|") for p in parts]
    cleaned = [c for c in cleaned if c]
    return ", ".join(cleaned) or None
