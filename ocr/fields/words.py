"""Vocabularies shared by the field finders: labels, role words, company suffixes, credentials, places.

Kept in one place so adding a word never means hunting through regular expressions.
All entries are lower-case; callers compare lower-cased words with dots and colons stripped.
"""

from __future__ import annotations

from typing import Final

from ocr.models import PhoneKind

PHONE_LABELS: Final[dict[str, PhoneKind]] = {
    # work
    "t": "work", "tel": "work", "tél": "work", "tele": "work", "telephone": "work", "téléphone": "work",
    "telefon": "work", "phone": "work", "ph": "work", "p": "work", "office": "work", "o": "work",
    "off": "work", "direct": "work", "d": "work", "dir": "work", "did": "work", "ddi": "work",
    "main": "work", "work": "work", "w": "work", "b": "work", "bus": "work", "business": "work",
    "landline": "work", "switchboard": "work", "tf": "work", "toll-free": "work",
    # mobile
    "m": "mobile", "mob": "mobile", "mobile": "mobile", "mobil": "mobile", "cell": "mobile",
    "cellular": "mobile", "c": "mobile", "hp": "mobile", "handphone": "mobile", "handy": "mobile",
    "port": "mobile", "portable": "mobile", "gsm": "mobile", "cel": "mobile", "celular": "mobile",
    # fax
    "f": "fax", "fax": "fax", "facsimile": "fax", "telefax": "fax", "téléc": "fax",
    # other
    "h": "other", "home": "other", "res": "other", "residence": "other", "private": "other",
    "privat": "other",
}

EMAIL_LABELS: Final = frozenset({"e", "email", "e-mail", "mail", "mailto", "em"})
WEB_LABELS: Final = frozenset({"w", "web", "website", "www", "url", "site", "internet"})
ADDRESS_LABELS: Final = frozenset({"a", "address", "addr", "adresse", "anschrift", "add", "location"})

# Words that make a line a job title. Single words match whole words; the whole line may have more.
TITLE_WORDS: Final = frozenset({
    "ceo", "cto", "cfo", "coo", "cmo", "cio", "ciso", "cso", "cpo", "cro", "vp", "svp", "evp", "avp",
    "president", "vice", "director", "directrice", "manager", "engineer", "developer", "recruiter",
    "partner", "associate", "consultant", "head", "chief", "officer", "founder", "co-founder",
    "cofounder", "owner", "principal", "analyst", "designer", "specialist", "coordinator", "lead",
    "architect", "attorney", "lawyer", "counsel", "solicitor", "barrister", "executive",
    "representative", "professor", "lecturer", "researcher", "scientist", "accountant",
    "administrator", "advisor", "adviser", "agent", "broker", "editor", "producer", "nurse",
    "physician", "surgeon", "dentist", "therapist", "teacher", "secretary", "treasurer", "chairman",
    "chairwoman", "chairperson", "intern", "assistant", "supervisor", "strategist", "planner",
    "programmer", "technician", "arborist", "realtor", "photographer", "writer", "chef", "pharmacist",
    "veterinarian", "auditor", "controller", "superintendent", "foreman", "stylist", "trainer",
    "coach", "instructor", "detective", "member", "fellow", "dean", "geschäftsführer",
    "geschäftsführerin", "projektleiter", "projektleiterin", "leiter", "leiterin", "berater",
    "beraterin", "vertriebsleiter", "ingenieur", "ingenieurin", "gérant", "gérante", "directeur",
    "chargé", "chargée", "responsable", "ingénieur", "conseiller", "conseillère", "advocate",
    "evangelist", "steward", "curator", "mentor", "clerk", "cashier", "buyer",
    "merchandiser", "estimator", "inspector", "investigator", "paralegal", "notary", "ambassador",
    "commissioner", "governor", "mayor", "senator", "minister", "judge", "psychologist", "doctor",
    "economist", "statistician", "translator", "interpreter", "illustrator", "animator",
    "manageress", "headhunter", "sourcer", "generalist", "practitioner", "scheduler",
    "dispatcher", "receptionist", "concierge", "attendant", "bartender", "barista", "sommelier",
})

# Departments and fields: they fill out a title ("Head of Data Engineering") but never make one alone.
DEPARTMENT_WORDS: Final = frozenset({
    "tax", "sales", "marketing", "talent", "acquisition", "recruiting", "operations", "ux", "ui",
    "finance", "financial", "engineering", "data", "product", "products", "business", "development",
    "hr", "human", "resources", "people", "it", "legal", "strategy", "research", "economics",
    "accounting", "program", "programme", "project", "projet", "technical", "software", "hardware",
    "customer", "success", "support", "service", "services", "account", "accounts", "brand",
    "employer", "communications", "public", "relations", "pr", "content", "digital", "growth",
    "partnerships", "procurement", "supply", "chain", "quality", "security", "information",
    "technology", "commercial", "commerciale", "investor", "risk", "compliance", "design",
    "creative", "art", "medical", "clinical", "science", "sciences", "education", "learning",
    "facilities", "property", "real", "estate", "event", "events", "office", "export", "import",
    "international", "corporate", "treasury", "audit", "analytics", "innovation", "transformation",
    "platform", "infrastructure", "cloud", "devops", "mobile", "web", "frontend", "backend",
    "full-stack", "solutions", "systems", "network", "field", "training", "payroll",
    "benefits", "administration", "independent", "freelance", "certified", "licensed", "registered",
    "section", "department", "division", "team", "group", "unit", "branch", "store", "plant",
    "general", "sales,", "east", "west", "north", "south", "emea", "apac", "americas", "asia",
    "europe", "pacific", "latam", "us", "uk", "japan", "private", "wealth", "client",
    "clients", "portfolio", "fund", "investment", "investments", "equity", "credit", "banking",
    "lending", "mortgage", "loan", "insurance", "claims", "underwriting", "leasing", "trade",
    "editorial", "news", "video", "audio", "photo", "visual", "graphic", "interior", "landscape",
    "industrial", "mechanical", "electrical", "civil", "chemical", "process", "manufacturing",
    "production", "logistics", "transport", "fleet", "warehouse", "purchasing", "buying", "retail",
    "hospitality", "food", "beverage", "kitchen", "front", "desk", "reception", "guest", "relations,",
})

# Words that are title-ish only as part of a longer title ("Senior Engineer"), never a title alone.
TITLE_MODIFIERS: Final = frozenset({
    "senior", "sr", "junior", "jr", "staff", "global", "regional", "national", "general", "deputy",
    "executive", "managing", "associate", "assistant", "acting", "interim", "chief", "of", "and",
    "&", "the", "for", "at", "law", "de", "la", "du", "des", "et", "i", "ii", "iii", "iv",
})

# Legal forms: a line containing one is a company whatever else it holds.
LEGAL_SUFFIXES: Final = frozenset({
    "inc", "incorporated", "llc", "l.l.c", "ltd", "limited", "gmbh", "ag", "corp", "corporation",
    "co", "k.k", "kk", "kaisha", "s.a", "sa", "sas", "sarl", "s.a.r.l", "bv", "b.v", "nv", "n.v",
    "pty", "plc", "llp", "lp", "l.p", "p.c", "pc", "pllc", "pte", "pvt", "oy", "ab", "as", "a/s",
    "spa", "s.p.a", "srl", "s.r.l", "kg", "ohg", "ug", "e.v", "se", "gbr", "mbh", "sdn", "bhd",
    "s.l", "sl", "s.a.s", "co.,ltd", "kabushiki",
})

# Softer company words: count only as the last word or next to other name words, never in a title.
COMPANY_WORDS: Final = frozenset({
    "group", "holdings", "partners", "capital", "labs", "lab", "technologies", "technology", "tech",
    "solutions", "consulting", "studio", "studios", "systems", "software", "bank", "university",
    "institute", "agency", "associates", "ventures", "media", "design", "company", "industries",
    "international", "enterprises", "services", "service", "logistics", "realty", "foundation",
    "council", "events", "accounting", "analytics", "robotics", "biotech", "pharma", "hospitality",
    "manufacturing", "supply", "trading", "creative", "digital", "networks", "clinic", "hospital",
    "college", "school", "academy", "society", "association", "restaurant", "cafe", "coffee",
    "bakery", "hotel", "motors", "auto", "dental", "law", "legal", "insurance", "investments",
    "advisors", "advisory", "architects", "engineering", "construction", "builders", "properties",
    "energy", "foods", "freight", "marine", "aviation", "airlines", "telecom", "communications",
    "health", "healthcare", "medical", "pharmaceuticals", "laboratories", "partnership", "firm",
    "sangyo", "shoji", "conseil", "logistik", "verlag", "werke", "bau", "photography", "films",
    "productions", "records", "publishing", "press", "plumbing", "heating", "electric", "fdn",
})

# Post-nominal credentials and honorific prefixes: dropped from `name` (see ocr.fields.names).
CREDENTIALS: Final = frozenset({
    "phd", "ph.d", "mba", "cpa", "pe", "p.e", "md", "m.d", "jd", "j.d", "esq", "cfa", "pmp", "rn",
    "dds", "dmd", "msc", "m.sc", "bsc", "b.sc", "ma", "m.a", "ba", "b.a", "ms", "m.s", "bs", "cissp",
    "fca", "aca", "acca", "cima", "peng", "p.eng", "aia", "leed", "ap", "shrm-cp", "shrm-scp", "phr",
    "sphr", "cfp", "chfa", "mph", "dvm", "od", "do", "np", "pa-c", "lcsw", "llm", "ll.m", "mfa",
    "meng", "m.eng", "beng", "b.eng", "frcs", "mrcp", "facs", "cqf", "frm", "cia", "cisa", "ea",
    "dipl.-ing", "dipl-ing", "jr", "sr", "ii", "iii", "iv", "obe", "mbe", "cbe", "qc", "kc",
})
HONORIFICS: Final = frozenset({
    "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame", "herr", "frau", "mme", "mlle", "m",
})
CREDENTIAL_KEEP_IN_NAME: Final = frozenset({"jr", "sr", "ii", "iii", "iv"})

NAME_PARTICLES: Final = frozenset({
    "van", "der", "den", "de", "la", "le", "du", "des", "von", "zu", "di", "da", "del", "della",
    "dos", "das", "do", "bin", "binti", "al", "el", "ter", "ten", "y", "st",
})

FREE_MAIL_DOMAINS: Final = frozenset({
    "gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "live", "msn", "icloud", "me",
    "mac", "aol", "proton", "protonmail", "pm", "gmx", "web", "t-online", "freenet", "qq", "163",
    "126", "naver", "daum", "hanmail", "mail", "yandex", "zoho", "fastmail", "hey", "tutanota",
    "orange", "wanadoo", "free", "laposte", "sfr", "btinternet", "sky", "virginmedia", "comcast",
    "verizon", "att", "sbcglobal", "rediffmail", "bigpond", "optusnet", "shaw", "rogers",
    "sympatico", "nifty", "ocn", "docomo", "ezweb", "softbank", "libero", "bluewin",
})

# Top-level domains that are used world-wide, so they say nothing about the country.
GENERIC_CCTLDS: Final = frozenset({
    "io", "co", "ai", "me", "tv", "ly", "fm", "am", "to", "gg", "cc", "ws", "sh", "so", "vc", "la",
    "is", "it", "eu", "asia", "app", "dev",
})

# Street words (as whole words or word endings) that mark a street line.
STREET_WORDS: Final = frozenset({
    "street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive",
    "dr", "way", "place", "pl", "court", "ct", "square", "sq", "parkway", "pkwy", "highway", "hwy",
    "terrace", "crescent", "close", "row", "circle", "cir", "plaza", "trail", "walk", "wharf",
    "quay", "broadway", "rue", "allée", "chemin", "quai", "via", "calle", "straße", "strasse",
    "str", "weg", "platz", "allee", "gasse", "ring", "damm", "ufer", "chome", "dori", "dōri",
    "marg", "nagar", "point", "view", "hill", "gardens", "mews", "esplanade", "promenade",
})
UNIT_WORDS: Final = frozenset({
    "suite", "ste", "floor", "fl", "level", "lvl", "unit", "building", "bldg", "tower", "room",
    "rm", "po", "p.o", "box", "apt", "stock", "etage", "étage", "bureau", "block", "blk", "centre",
    "center", "house", "park", "plaza", "court", "wing", "annex", "hall", "campus", "mansion",
    "heights", "bld",
})

US_STATES: Final = frozenset(
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
        "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
        "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
        "WI", "WY", "DC", "PR",
    ]
)
CA_PROVINCES: Final = frozenset(
    ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"]
)
AU_STATES: Final = frozenset(["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"])

# Country names and strong place clues -> ISO region. Matched as whole words, case-insensitive.
PLACE_REGIONS: Final[dict[str, str]] = {
    "japan": "JP", "nippon": "JP", "tokyo": "JP", "osaka": "JP", "nagoya": "JP", "yokohama": "JP",
    "kyoto": "JP", "fukuoka": "JP", "sapporo": "JP", "kobe": "JP", "chiyoda-ku": "JP",
    "minato-ku": "JP", "chuo-ku": "JP", "shibuya-ku": "JP", "shinjuku-ku": "JP",
    "germany": "DE", "deutschland": "DE", "berlin": "DE", "münchen": "DE", "munich": "DE",
    "hamburg": "DE", "frankfurt": "DE", "köln": "DE", "stuttgart": "DE", "düsseldorf": "DE",
    "united kingdom": "GB", "uk": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "great britain": "GB", "london": "GB", "manchester": "GB", "edinburgh": "GB", "glasgow": "GB",
    "birmingham": "GB", "singapore": "SG", "australia": "AU", "sydney": "AU", "melbourne": "AU",
    "brisbane": "AU", "perth": "AU", "canberra": "AU", "adelaide": "AU", "canada": "CA",
    "toronto": "CA", "vancouver": "CA", "montreal": "CA", "montréal": "CA", "ottawa": "CA",
    "calgary": "CA", "québec": "CA", "india": "IN", "mumbai": "IN", "bengaluru": "IN",
    "bangalore": "IN", "new delhi": "IN", "delhi": "IN", "chennai": "IN", "hyderabad": "IN",
    "pune": "IN", "kolkata": "IN", "gurgaon": "IN", "gurugram": "IN", "noida": "IN",
    "france": "FR", "paris": "FR", "lyon": "FR", "marseille": "FR", "toulouse": "FR", "cedex": "FR",
    "usa": "US", "u.s.a": "US", "united states": "US", "hong kong": "HK", "china": "CN",
    "shanghai": "CN", "beijing": "CN", "taiwan": "TW", "taipei": "TW", "korea": "KR", "seoul": "KR",
    "netherlands": "NL", "amsterdam": "NL", "switzerland": "CH", "zürich": "CH", "zurich": "CH",
    "geneva": "CH", "austria": "AT", "wien": "AT", "vienna": "AT", "spain": "ES", "españa": "ES",
    "madrid": "ES", "barcelona": "ES", "italy": "IT", "italia": "IT", "milano": "IT", "rome": "IT",
    "ireland": "IE", "dublin": "IE", "new zealand": "NZ", "auckland": "NZ", "malaysia": "MY",
    "kuala lumpur": "MY", "thailand": "TH", "bangkok": "TH", "philippines": "PH", "manila": "PH",
    "indonesia": "ID", "jakarta": "ID", "vietnam": "VN", "brazil": "BR", "brasil": "BR",
    "mexico": "MX", "méxico": "MX", "sweden": "SE", "stockholm": "SE", "norway": "NO", "oslo": "NO",
    "denmark": "DK", "copenhagen": "DK", "finland": "FI", "helsinki": "FI", "belgium": "BE",
    "brussels": "BE", "uae": "AE", "dubai": "AE", "israel": "IL", "tel aviv": "IL",
    "south africa": "ZA", "johannesburg": "ZA", "cape town": "ZA",
}
# Places that make a line an address line but are also common words or names: address use only.
COUNTRY_LINE_WORDS: Final = frozenset({
    "japan", "germany", "deutschland", "united kingdom", "uk", "england", "scotland", "singapore",
    "australia", "canada", "india", "france", "usa", "u.s.a", "united states", "hong kong", "china",
    "netherlands", "switzerland", "austria", "spain", "italy", "ireland", "new zealand", "malaysia",
    "belgium", "sweden", "norway", "denmark", "finland", "taiwan", "korea", "brazil", "mexico",
})
