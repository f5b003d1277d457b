"""Synthetic business cards and phone photos of them, with ground truth.

Used by the project's tests and by the benchmark (`python -m bench.run`). Everything is deterministic
given the seed (and the set of fonts installed: every TTF under /usr/share/fonts is a candidate).

    make_truth(rng)            a plausible person/company in one of nine countries
    render_card(truth, rng)    the flat card as a PIL image (~1050x600 at 300 dpi)
    make_photo(seed, tier)     the card scanned ("scan"), photographed ("photo") or badly so ("hard")
    make_set(n_per_tier)       n photos of each tier

The generator aims for variety rather than realism of any single card: countries and their phone formats,
labels and icons, name styles, fonts, layouts, colour schemes, backgrounds, and capture conditions. A
hold-out set made elsewhere judges the pipeline, so nothing here should be tuned to.
"""

from __future__ import annotations

import functools
import io
import math
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from PIL import Image, ImageDraw, ImageFont

__all__ = [
    "TIERS",
    "PrintedLine",
    "SynthPhoto",
    "Truth",
    "make_photo",
    "make_set",
    "make_truth",
    "render_card",
]

TIERS = ("scan", "photo", "hard")


@dataclass(frozen=True)
class PrintedLine:
    """One printed line of a card: its text, what it is, and the icon drawn before it (if any)."""

    text: str
    role: str  # name | title | company | tagline | phone | email | web | address
    icon: str | None = None  # phone | mobile | mail | web | pin


@dataclass(frozen=True)
class Truth:
    """What a careful reader gets from the card."""

    name: str | None
    given_name: str | None
    family_name: str | None
    title: str | None
    company: str | None
    emails: tuple[str, ...]
    phones: dict[str, str]  # E.164 -> kind (mobile | work | fax | other)
    websites: tuple[str, ...]  # as printed
    address: str | None  # the printed address lines joined with ", "
    region: str  # ISO 3166 alpha-2 country of the card
    text: str  # the card's text, one printed line per line (icons and logo marks left out)
    extensions: dict[str, str] = field(default_factory=dict)  # E.164 -> extension digits
    printed: tuple[PrintedLine, ...] = field(default=(), repr=False, compare=False)


@dataclass(frozen=True)
class SynthPhoto:
    data: bytes  # encoded file bytes (JPEG mostly; PNG/WebP for some scans)
    truth: Truth
    tier: str  # "scan" | "photo" | "hard"
    seed: int
    description: str  # the conditions applied, e.g. "dark card, split layout, DejaVuSerif, tilt 30°, EXIF 6"


# --------------------------------------------------------------------------------------------------
# People, companies, places

# fmt: off
# (Word lists: one name per line would make them a screenful each.)
_WESTERN_GIVEN = (
    "James", "Sarah", "Michael", "Emily", "David", "Olivia", "Robert", "Laura", "Thomas", "Hannah",
    "Daniel", "Sophie", "Matthew", "Claire", "Christopher", "Rachel", "Andrew", "Megan", "Benjamin",
    "Charlotte", "Nathan", "Grace", "Lucas", "Julia", "Oliver", "Isabel", "Henry", "Amelia", "Patrick",
    "Nadia", "Marcus", "Ellen", "Victor", "Rebecca", "Simon", "Fiona",
)
_WESTERN_FAMILY = (
    "Smith", "Johnson", "Williams", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thompson",
    "Walker", "Hughes", "Bennett", "Clarke", "Fletcher", "O'Brien", "McAllister", "Whitfield", "Harrington",
    "Lawson", "Carter", "Morgan", "Sullivan", "Reyes", "Novak", "Kowalski",
)
_GERMAN_GIVEN = (
    "Lukas", "Anna", "Jonas", "Lea", "Felix", "Katharina", "Maximilian", "Sabine", "Jürgen", "Stefan",
    "Birgit", "Tobias", "Julia",
)
_GERMAN_FAMILY = (
    "Müller", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter", "Wagner",
    "Krause", "Vogel",
)
_FRENCH_GIVEN = (
    "Camille", "Julien", "Élodie", "Antoine", "Chloé", "Mathieu", "Manon", "Guillaume", "Léa", "Nicolas",
    "Sébastien", "Claire",
)
_FRENCH_FAMILY = (
    "Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Fontaine", "Rousseau",
    "Mercier", "Lambert",
)
_JAPANESE_GIVEN = (
    "Kiichi", "Haruto", "Yuki", "Takeshi", "Aiko", "Satoshi", "Naomi", "Kenji", "Yumiko", "Hiroshi", "Emi",
    "Ryo", "Tomoaki", "Daisuke",
)
_JAPANESE_FAMILY = (
    "Murata", "Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi",
    "Saito", "Higurashi", "Matsumoto", "Inoue",
)
_INDIAN_GIVEN = (
    "Priya", "Rahul", "Ananya", "Vikram", "Aditi", "Arjun", "Kavya", "Rohan", "Sneha", "Siddharth",
    "Lakshmi", "Karthik", "Deepa",
)
_INDIAN_FAMILY = (
    "Patel", "Sharma", "Iyer", "Reddy", "Nair", "Gupta", "Menon", "Krishnan", "Banerjee", "Desai", "Rao",
    "Chatterjee", "Venkataraman",
)
_CHINESE_GIVEN = ("Wei", "Mei Ling", "Jun", "Xiaoming", "Li Na", "Hui", "Jian", "Yan", "Zhiwei", "Mei-Hua")
_CHINESE_FAMILY = (
    "Chen", "Wang", "Li", "Zhang", "Liu", "Lim", "Tan", "Ng", "Wong", "Lee", "Goh", "Teo",
)

_CULTURES = {
    "western": (_WESTERN_GIVEN, _WESTERN_FAMILY),
    "german": (_GERMAN_GIVEN, _GERMAN_FAMILY),
    "french": (_FRENCH_GIVEN, _FRENCH_FAMILY),
    "japanese": (_JAPANESE_GIVEN, _JAPANESE_FAMILY),
    "indian": (_INDIAN_GIVEN, _INDIAN_FAMILY),
    "chinese": (_CHINESE_GIVEN, _CHINESE_FAMILY),
    "western_chinese": (_WESTERN_GIVEN, _CHINESE_FAMILY),  # "Jason Tan", common in Singapore
}
_REGION_CULTURES = {
    "US": ("western", "western", "western", "indian", "chinese"),
    "CA": ("western", "western", "french", "chinese"),
    "GB": ("western", "western", "indian"),
    "DE": ("german", "german", "western"),
    "FR": ("french", "french", "western"),
    "JP": ("japanese", "japanese", "japanese", "western"),
    "SG": ("chinese", "western_chinese", "indian"),
    "AU": ("western", "western", "chinese"),
    "IN": ("indian",),
}
REGIONS = tuple(_REGION_CULTURES)

_TITLES = (
    "CEO",
    "Founder & CEO",
    "Co-Founder",
    "Director",
    "Managing Director",
    "Sales Director",
    "VP of Talent Acquisition",
    "Vice President, Marketing",
    "Assistant Manager",
    "Senior Software Engineer",
    "Software Engineer",
    "Product Manager",
    "Account Executive",
    "Chief Financial Officer",
    "Partner",
    "Senior Consultant",
    "Head of Operations",
    "Marketing Manager",
    "Recruiter",
    "Office Manager",
    "Business Development Manager",
    "Creative Director",
    "Principal Architect",
    "General Manager",
    "Project Manager",
    "Data Scientist",
    "Sales Representative",
    "Technical Lead",
    "Customer Success Manager",
    "HR Business Partner",
    "Research Scientist",
    "Legal Counsel",
)
_FREELANCE_TITLES = ("Photographer", "Graphic Designer", "Independent Consultant", "Illustrator", "Tutor")
_CO_FIRST = (
    "Cobalt", "Lumen", "North", "Silver", "Blue", "Granite", "Cedar", "Kestrel", "Harbor", "Aurora",
    "Meridian", "Vertex", "Bright", "Oak", "Iron", "Coral", "Maple", "Summit", "Pioneer", "Atlas", "Nimbus",
    "Quartz", "Falcon", "Orchid", "Willow", "Sterling", "Crescent", "Horizon", "Beacon",
)
_CO_SECOND = (
    "",
    "",
    "",
    "ridge",
    "vale",
    "wind",
    "field",
    "stone",
    "bridge",
    "point",
    "wave",
    "gate",
    "line",
)
_CO_INDUSTRY = (
    "Capital",
    "Labs",
    "Logistics",
    "Partners",
    "Analytics",
    "Systems",
    "Consulting",
    "Engineering",
    "Design",
    "Foods",
    "Robotics",
    "Health",
    "Realty",
    "Software",
    "Trading",
    "Industries",
    "Media",
    "Ventures",
    "Technologies",
    "Solutions",
    "Group",
    "Studio",
    "Holdings",
    "Networks",
    "Energy",
)
_SUFFIXES = {
    "US": ("Inc.", "LLC", "Corp.", "", ""),
    "CA": ("Inc.", "Ltd.", ""),
    "GB": ("Ltd", "Ltd.", "LLP", "plc", ""),
    "DE": ("GmbH", "AG", "GmbH & Co. KG", ""),
    "FR": ("S.A.S.", "SARL", "SA", ""),
    "JP": ("Co., Ltd.", "K.K.", "Inc.", "Corporation"),
    "SG": ("Pte. Ltd.", "Pte Ltd"),
    "AU": ("Pty Ltd", "Pty. Ltd."),
    "IN": ("Pvt. Ltd.", "Private Limited", "Ltd."),
}
_TLDS = {
    "US": ("com", "com", "io", "co"),
    "CA": ("ca", "com"),
    "GB": ("co.uk", "com"),
    "DE": ("de", "com"),
    "FR": ("fr", "com"),
    "JP": ("co.jp", "jp", "com"),
    "SG": ("com.sg", "sg"),
    "AU": ("com.au",),
    "IN": ("in", "co.in", "com"),
}
_FREEMAIL = ("gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com")
_TAGLINES = ("Engineering the future", "Quality since 1987", "Your partner in growth", "Think bigger.")
_STREETS = (
    "Main", "Oak", "Maple", "Cedar", "Park", "Lake", "Hill", "Market", "Church", "High", "King", "Bridge",
    "Station", "Mill", "Elm",
)
# fmt: on

# city, area codes for fixed lines, postcode pattern (# digit, A letter), state/province
_CITIES = {
    "US": (
        ("New York", ("212", "646"), "NY", "100##"),
        ("San Francisco", ("415",), "CA", "941##"),
        ("Chicago", ("312",), "IL", "606##"),
        ("Boston", ("617",), "MA", "021##"),
        ("Seattle", ("206",), "WA", "981##"),
        ("Austin", ("512",), "TX", "787##"),
    ),
    "CA": (
        ("Toronto", ("416",), "ON", "M5J #A#"),
        ("Vancouver", ("604",), "BC", "V6C #A#"),
        ("Montréal", ("514",), "QC", "H3B #A#"),
        ("Calgary", ("403",), "AB", "T2P #A#"),
    ),
    "GB": (
        ("London", ("20",), "", "EC2V #AA"),
        ("Manchester", ("161",), "", "M1 #AA"),
        ("Edinburgh", ("131",), "", "EH2 #AA"),
        ("Bristol", ("117",), "", "BS1 #AA"),
    ),
    "DE": (
        ("Berlin", ("30",), "", "10###"),
        ("München", ("89",), "", "80###"),
        ("Hamburg", ("40",), "", "20###"),
        ("Frankfurt am Main", ("69",), "", "60###"),
    ),
    "FR": (("Paris", ("1",), "", "750##"), ("Lyon", ("4",), "", "6900#"), ("Bordeaux", ("5",), "", "3300#")),
    "JP": (
        ("Tokyo", ("3",), "", "1##-####"),
        ("Osaka", ("6",), "", "5##-####"),
        ("Nagoya", ("52",), "", "46#-####"),
        ("Yokohama", ("45",), "", "22#-####"),
    ),
    "SG": (("Singapore", ("6",), "", "0#####"),),
    "AU": (
        ("Sydney", ("2",), "NSW", "2000"),
        ("Melbourne", ("3",), "VIC", "3000"),
        ("Brisbane", ("7",), "QLD", "4000"),
    ),
    "IN": (
        ("Bengaluru", ("80",), "Karnataka", "560 0##"),
        ("Mumbai", ("22",), "Maharashtra", "400 0##"),
        ("New Delhi", ("11",), "Delhi", "110 0##"),
    ),
}
_COUNTRY_NAMES = {
    "US": ("USA",),
    "CA": ("Canada",),
    "GB": ("United Kingdom", "UK"),
    "DE": ("Germany", "Deutschland"),
    "FR": ("France",),
    "JP": ("Japan",),
    "SG": ("Singapore",),
    "AU": ("Australia",),
    "IN": ("India",),
}
_MOBILE_PREFIXES = {
    "GB": ("71", "73", "74", "75", "77", "78", "79"),
    "DE": ("151", "160", "170", "171", "176"),
    "FR": ("6", "7"),
    "JP": ("90", "80", "70"),
    "SG": ("8", "9"),
    "AU": ("4",),
    "IN": ("98", "99", "97", "88"),
}
_WORK_LABELS = ("T", "Tel", "Tel.", "Phone", "P", "Office", "Direct", "TEL", "O")
_MOBILE_LABELS = ("M", "Mobile", "Cell", "Mob", "Mob.", "MOBILE", "C")
_FAX_LABELS = ("F", "Fax", "Fax.", "FAX")


def _ascii(text: str) -> str:
    """Lower-case ASCII letters and digits only, for e-mail addresses and domains."""
    text = text.replace("ß", "ss")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def _fill_pattern(rng: random.Random, pattern: str) -> str:
    return "".join(
        str(rng.randrange(10)) if c == "#" else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
        for c in pattern
    )


def _valid_number(rng: random.Random, region: str, kind: str, area: str | None) -> phonenumbers.PhoneNumber:
    """Draw digits until phonenumbers calls them a valid number of the wanted type."""
    cc = phonenumbers.country_code_for_region(region)
    want = PhoneNumberType.MOBILE if kind == "mobile" else PhoneNumberType.FIXED_LINE
    example = phonenumbers.national_significant_number(phonenumbers.example_number_for_type(region, want))
    ok_types = {want, PhoneNumberType.FIXED_LINE_OR_MOBILE}
    for _ in range(2000):
        if kind == "mobile" and region in _MOBILE_PREFIXES:
            prefix = rng.choice(_MOBILE_PREFIXES[region])
        elif area and kind != "mobile":
            prefix = area
        else:  # US/CA mobiles: any area code shape; the checker rejects impossible ones
            prefix = str(rng.randint(201, 989))
        length = len(example) + (rng.randint(0, 3) if region == "DE" and kind != "mobile" else 0)
        digits = prefix + "".join(str(rng.randrange(10)) for _ in range(max(0, length - len(prefix))))
        number = phonenumbers.parse(f"+{cc}{digits}")
        if (
            phonenumbers.is_valid_number_for_region(number, region)
            and phonenumbers.number_type(number) in ok_types
        ):
            return number
    raise RuntimeError(f"could not draw a valid {kind} number for {region}")  # pragma: no cover


def _sibling_number(rng: random.Random, number: phonenumbers.PhoneNumber) -> phonenumbers.PhoneNumber | None:
    """A fax beside the office line: same number, last two digits changed (as on many real cards)."""
    nsn = phonenumbers.national_significant_number(number)
    for _ in range(50):
        cand = phonenumbers.parse(f"+{number.country_code}{nsn[:-2]}{rng.randrange(100):02d}")
        if cand != number and phonenumbers.is_valid_number(cand):
            return cand
    return None


def _format_phone(rng: random.Random, number: phonenumbers.PhoneNumber, region: str) -> str:
    """The number as a card from `region` might print it; every style must read back to the same number."""
    nat = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    cc = f"+{number.country_code}"
    groups = re.split(r"[ -]", intl[len(cc) :].strip())
    styles = [nat, nat, intl, f"{cc} {' '.join(groups)}"]
    if region in ("US", "CA"):
        nsn = phonenumbers.national_significant_number(number)
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        styles += [f"{a}.{b}.{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}", f"1-{a}-{b}-{c}"]
    if region in ("GB", "DE", "FR", "AU"):
        styles.append(f"{cc} (0){' '.join(groups)}")
    if region == "FR":
        styles.append(nat.replace(" ", "."))
    if region == "JP":
        styles += [f"{cc} ({groups[0]}) {' '.join(groups[1:])}", f"{cc}-{'-'.join(groups)}"]
    if region in ("SG", "IN", "JP"):
        styles.append(f"{cc}-{'-'.join(groups)}")
    text = rng.choice(styles)
    try:
        if phonenumbers.parse(text, region) == number:
            return text
    except phonenumbers.NumberParseException:
        pass
    return intl


def _person(rng: random.Random, region: str) -> tuple[str, str, str]:
    """(printed name, given, family) with the name styles seen on real cards."""
    culture = rng.choice(_REGION_CULTURES[region])
    givens, families = _CULTURES[culture]
    given, family = rng.choice(givens), rng.choice(families)
    roll = rng.random()
    if culture in ("western", "french", "german") and roll < 0.15:
        given = f"{given} {rng.choice('ABCDEHJKLMPRSTW')}."  # middle initial
    elif culture in ("western", "french") and roll < 0.25:
        family = f"{family}-{rng.choice(families)}"
    elif culture == "french" and roll < 0.35:
        given = rng.choice(("Jean-Luc", "Marie-Claire", "Jean-Pierre", "Anne-Sophie"))
    if culture == "japanese" and rng.random() < 0.25:  # family name first, in capitals
        family = family.upper()
        return f"{family} {given}", given, family
    name = f"{given} {family}"
    if rng.random() < 0.12:
        return name.upper(), given.upper(), family.upper()
    return name, given, family


def _company(rng: random.Random, region: str) -> tuple[str, str]:
    """(company as printed, domain stem)."""
    first, second = rng.choice(_CO_FIRST), rng.choice(_CO_SECOND)
    core = (first + second) if second else first
    words = [core, rng.choice(_CO_INDUSTRY)]
    if rng.random() < 0.2:
        words = [rng.choice(_CO_FIRST), "&", rng.choice(_CO_FIRST)] if rng.random() < 0.5 else [core]
    suffix = rng.choice(_SUFFIXES[region])
    name = " ".join(words)
    if suffix:
        comma = "," if suffix in ("Inc.", "Ltd.", "LLC") and rng.random() < 0.2 else ""  # "Acme, Inc."
        name += f"{comma} {suffix}"
    stem = _ascii(core if rng.random() < 0.7 else "".join(w for w in words if w != "&"))
    if rng.random() < 0.1:
        stem = "-".join(_ascii(w) for w in words if w != "&")
    return name, stem


def _email_local(rng: random.Random, given: str, family: str) -> str:
    g, f = _ascii(given.split()[0] if " " in given and given.endswith(".") else given), _ascii(family)
    return rng.choice((f"{g}.{f}", f"{g[0]}{f}", g, f"{g[0]}.{f}", f"{g}{f[0]}", f"{g}_{f}", f"{g}.{f}"))


def _address(rng: random.Random, region: str, city: tuple) -> list[str]:
    """1-3 printed lines in the country's style."""
    name, _areas, state, pattern = city
    post = _fill_pattern(rng, pattern)
    num = rng.randint(1, 480)
    street = rng.choice(_STREETS)
    country = rng.choice(_COUNTRY_NAMES[region])
    if region in ("US", "CA"):
        kind = rng.choice(("Street", "Avenue", "Blvd", "St.", "Ave."))
        unit = rng.choice(("", f", Suite {rng.randint(100, 2400)}", f", Floor {rng.randint(2, 40)}"))
        lines = [f"{num} {street} {kind}{unit}", f"{name}, {state} {post}"]
    elif region == "GB":
        lines = [
            f"{rng.choice(('', f'{rng.randint(2, 9)}th Floor, '))}{num} {street} "
            f"{rng.choice(('Street', 'Road', 'Lane'))}",
            f"{name} {post}",
        ]
    elif region == "DE":
        road = rng.choice(("straße", "strasse", "weg", "allee", "platz"))
        lines = [f"{street}{road} {rng.randint(1, 140)}", f"{post} {name}"]
    elif region == "FR":
        lines = [
            f"{rng.randint(1, 120)} {rng.choice(('rue', 'avenue', 'boulevard'))} "
            f"{rng.choice(('de la Paix', 'Victor Hugo', 'Saint-Honoré', 'des Lilas'))}",
            f"{post} {name}",
        ]
    elif region == "JP":
        ward = rng.choice(("Chiyoda-ku", "Minato-ku", "Chuo-ku", "Shibuya-ku", "Naka-ku", "Kita-ku"))
        lines = [
            f"{rng.choice(('Marunouchi Park Building, ', 'Sumitomo Bldg. 5F, ', ''))}"
            f"{rng.randint(1, 9)}-{rng.randint(1, 20)}-{rng.randint(1, 30)} "
            f"{rng.choice(('Marunouchi', 'Nihonbashi', 'Akasaka', 'Sakae'))}, {ward}",
            f"{name} {post}",
        ]
    elif region == "SG":
        lines = [
            f"{rng.randint(1, 80)} {rng.choice(('Raffles Place', 'Robinson Road', 'Anson Road'))}, "
            f"#{rng.randint(2, 40):02d}-{rng.randint(1, 12):02d}",
            f"{name} {post}",
        ]
        country = ""
    elif region == "AU":
        lines = [
            f"Level {rng.randint(2, 40)}, {num} {street} {rng.choice(('Street', 'Place'))}",
            f"{name} {state} {post}",
        ]
    else:  # IN
        lines = [
            f"{rng.randint(2, 9)}th Floor, "
            f"{rng.choice(('Prestige Tower', 'Embassy Plaza', 'Maker Chambers'))}",
            f"{rng.choice(('MG Road', 'Nariman Point', 'Connaught Place'))}, {name}, {state} {post}",
        ]
    if country and rng.random() < 0.5:
        lines.append(country)
    if len(lines) > 1 and rng.random() < 0.2:
        lines = [", ".join(lines)]  # all on one line
    return lines


def _labelled(rng: random.Random, label: str | None, text: str, sep: str) -> str:
    return f"{label}{sep}{text}" if label else text


# Japanese script printed beside the Latin text on cards from Japan (the real cards this service reads most
# often). OCR with English data cannot read it: it comes out as scraps that must not become the name,
# title or company. Drawn from the rng for every Japanese card, printed only where a CJK font is installed
# (Debian's fonts-ipafont-gothic), so the rest of a card never depends on the machine's fonts.
# fmt: off
_KANJI_FAMILY = (
    "村田", "田中", "鈴木", "高橋", "渡辺", "伊藤", "山本", "中村", "小林", "斎藤", "日暮", "松本",
    "井上", "佐藤", "吉田", "山田", "佐々木", "木村", "林", "清水", "森", "池田", "橋本", "竹内",
    "室田",
)
_KANJI_GIVEN = (
    "喜一", "陽翔", "由紀", "健", "愛子", "聡", "直美", "健二", "由美子", "博", "恵美", "亮",
    "智明", "大輔", "康夫", "直正", "誠", "翔太", "美咲", "大樹",
)
_KANA_STEMS = (
    "ミクロン", "アサヒ", "サクラ", "ヤマト", "テクノ", "グローバル", "フジ", "ミライ", "ニッセイ",
    "トウヨウ", "ソリューションズ", "システムズ", "エンジニアリング", "ホールディングス",
)
_JP_FORMS = (
    "株式会社{}", "{}株式会社", "有限会社{}", "{}合同会社",
)
_JP_TITLES = (
    "代表取締役", "代表取締役社長", "取締役", "部長", "課長", "営業部　部長", "主任",
    "マネージャー", "営業部", "技術部　課長", "シニアコンサルタント",
)
_JP_PLACES = (
    "東京都千代田区丸の内", "東京都港区赤坂", "東京都中央区日本橋", "東京都渋谷区渋谷",
    "大阪府大阪市北区梅田", "愛知県名古屋市中区栄", "神奈川県横浜市西区みなとみらい",
    "福岡県福岡市博多区博多駅前",
)
# fmt: on
_JP_BUILDINGS = ("ビル", "タワー", "センタービル", "第一ビル")

CJK_FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
    "/usr/share/fonts/opentype/ipafont-mincho/ipam.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
)


@functools.lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The first installed font that draws Japanese script, or None."""
    return next((path for path in CJK_FONT_CANDIDATES if Path(path).exists()), None)


def _japanese_lines(rng: random.Random, person: bool, company: bool) -> dict[str, PrintedLine]:
    """Japanese-script lines a bilingual card from Japan carries, keyed by the Latin role they go with."""
    out = {}
    if person:
        out["name"] = PrintedLine(f"{rng.choice(_KANJI_FAMILY)} {rng.choice(_KANJI_GIVEN)}", "name_jp")
        if rng.random() < 0.6:
            out["title"] = PrintedLine(rng.choice(_JP_TITLES), "title_jp")
    if company:
        out["company"] = PrintedLine(rng.choice(_JP_FORMS).format(rng.choice(_KANA_STEMS)), "company_jp")
    if rng.random() < 0.7:
        postal = f"〒{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}"
        block = f"{rng.randint(1, 9)}-{rng.randint(1, 20)}-{rng.randint(1, 30)}"
        building = f"{rng.choice(_KANA_STEMS)}{rng.choice(_JP_BUILDINGS)} {rng.randint(2, 30)}F"
        out["address"] = PrintedLine(f"{postal} {rng.choice(_JP_PLACES)}{block} {building}", "address_jp")
    return out


def _add_japanese(lines: list[PrintedLine], japanese: dict[str, PrintedLine], rng: random.Random) -> None:
    """Put each Japanese line next to its Latin counterpart: above it mostly, as bilingual cards print."""
    for role, jp_line in japanese.items():
        at = [i for i, line in enumerate(lines) if line.role == role]
        if not at:
            lines.insert(len(lines) if role == "address" else 0, jp_line)
        else:
            lines.insert(at[-1] + 1 if rng.random() < 0.3 else at[0], jp_line)  # below or above the Latin


def make_truth(rng: random.Random) -> Truth:
    """A plausible card: a person (or only a company) in one of nine countries, with what a reader gets."""
    region = rng.choice(REGIONS)
    city = rng.choice(_CITIES[region])
    kind = rng.choices(("person", "company_only", "freemail"), weights=(80, 10, 10))[0]
    name = given = family = title = company = None
    stem = ""
    if kind != "company_only":
        name, given, family = _person(rng, region)
        title = rng.choice(_FREELANCE_TITLES if kind == "freemail" else _TITLES)
        if (kind == "freemail" and rng.random() < 0.3) or (kind == "person" and rng.random() < 0.08):
            title = None
    if kind != "freemail":
        company, stem = _company(rng, region)
        if rng.random() < 0.1:
            company = company.upper()
    tld = rng.choice(_TLDS[region])
    domain = f"{stem}.{tld}" if stem else ""
    if kind == "person" and rng.random() < 0.08:
        domain = f"{rng.choice(('jp', 'eu', 'us', 'mail'))}.{domain}"  # e.g. kiichi.murata@jp.pwc.com
    if kind == "company_only":
        emails = (f"{rng.choice(('info', 'contact', 'hello', 'sales', 'office'))}@{domain}",)
    elif kind == "freemail":
        local = _email_local(rng, given, family) + rng.choice(("", "", str(rng.randint(1, 99))))
        emails = (f"{local}@{rng.choice(_FREEMAIL)}",)
    else:
        emails = (f"{_email_local(rng, given, family)}@{domain}",)

    # Phones: the kinds a card carries, then numbers, then how they are printed.
    if kind == "freemail":
        kinds = ["mobile"]
    elif kind == "company_only":
        kinds = ["work"] + (["fax"] if rng.random() < 0.5 else [])
    else:
        kinds = rng.choice(
            (
                ["work"],
                ["mobile"],
                ["work", "mobile"],
                ["work", "fax"],
                ["work", "mobile", "fax"],
                ["work", "mobile"],
                ["mobile", "work"],
            )
        )
    area = rng.choice(city[1])
    numbers: list[tuple[str, phonenumbers.PhoneNumber]] = []
    for k in kinds:
        number = None
        if k == "fax" and numbers and numbers[0][0] == "work":
            number = _sibling_number(rng, numbers[0][1])
        number = number or _valid_number(rng, region, k, area)
        if all(number != n for _, n in numbers):
            numbers.append((k, number))

    label_mode = rng.choices(("label", "icon", "none"), weights=(65, 15, 20))[0]
    if label_mode == "none" and len(numbers) > 1:
        label_mode = "label"  # two unlabelled numbers would leave even a careful reader guessing
    sep = rng.choice((": ", " ", "  ", " | ", ". ", ": "))
    work_label, mobile_label, fax_label = (
        rng.choice(_WORK_LABELS),
        rng.choice(_MOBILE_LABELS),
        rng.choice(_FAX_LABELS),
    )
    if sep == ". " and any(lbl.endswith(".") for lbl in (work_label, mobile_label, fax_label)):
        sep = ": "

    phones: dict[str, str] = {}
    extensions: dict[str, str] = {}
    phone_items: list[tuple[str, str | None]] = []  # (printed text, icon)
    for k, number in numbers:
        e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        printed = _format_phone(rng, number, region)
        if k == "work" and region in ("US", "CA", "GB", "AU", "IN") and rng.random() < 0.12:
            ext = str(rng.randint(10, 4999))
            printed += rng.choice((f" ext. {ext}", f" x{ext}", f" Ext {ext}", f" ext {ext}"))
            extensions[e164] = ext
        if label_mode == "label" or k == "fax":
            label = {"work": work_label, "mobile": mobile_label, "fax": fax_label}[k]
            phone_items.append((_labelled(rng, label, printed, sep), None))
            phones[e164] = k
        elif label_mode == "icon":  # a handset or a mobile-phone glyph tells the kind to a reader
            phones[e164] = k
            phone_items.append((printed, "mobile" if k == "mobile" else "phone"))
        else:
            # Without a word or glyph to say so, only the number itself tells mobile from fixed line.
            ntype = phonenumbers.number_type(number)
            phones[e164] = "mobile" if ntype == PhoneNumberType.MOBILE else "work"
            phone_items.append((printed, None))
    # Sometimes two numbers share a line ("T 212.736.2000 | F 212.736.2001").
    if len(phone_items) >= 2 and label_mode == "label" and rng.random() < 0.3:
        joiner = rng.choice(("  |  ", "   ", "  ·  ", "  /  "))
        phone_items[:2] = [(phone_items[0][0] + joiner + phone_items[1][0], None)]

    lines: list[PrintedLine] = []
    if name:
        lines.append(PrintedLine(name, "name"))
    if title:
        lines.append(PrintedLine(title, "title"))
    if company:
        lines.append(PrintedLine(company, "company"))
        if rng.random() < 0.1:
            lines.append(PrintedLine(rng.choice(_TAGLINES), "tagline"))
    lines += [PrintedLine(text, "phone", icon) for text, icon in phone_items]
    email_label = rng.choice((None, None, "E", "Email", "E-mail", "Mail")) if label_mode == "label" else None
    for email in emails:
        icon = "mail" if label_mode == "icon" else None
        lines.append(PrintedLine(_labelled(rng, email_label, email, sep), "email", icon))
    websites: tuple[str, ...] = ()
    if domain and kind != "freemail" and rng.random() < 0.6:
        base = (
            domain.split(".", 1)[1]
            if domain.count(".") >= 2 and domain.split(".")[0] in ("jp", "eu", "us", "mail")
            else domain
        )
        websites = (rng.choice((f"www.{base}", f"www.{base}", base, f"https://{base}")),)
    elif kind == "freemail" and rng.random() < 0.3:
        websites = (f"www.{_ascii((given or '') + (family or ''))}{rng.choice(('photo', 'design', ''))}.com",)
    for site in websites:
        web_label = rng.choice((None, None, "W", "Web")) if label_mode == "label" else None
        lines.append(
            PrintedLine(_labelled(rng, web_label, site, sep), "web", "web" if label_mode == "icon" else None)
        )
    address = None
    if (kind != "freemail" or rng.random() < 0.3) and rng.random() < 0.88:
        addr_lines = _address(rng, region, city)
        address = ", ".join(addr_lines)
        for i, text in enumerate(addr_lines):
            lines.append(PrintedLine(text, "address", "pin" if label_mode == "icon" and i == 0 else None))
    if region == "JP" and rng.random() < 0.7:
        japanese = _japanese_lines(rng, person=bool(name), company=bool(company))
        if cjk_font():
            _add_japanese(lines, japanese, rng)
    return Truth(
        name=name,
        given_name=given,
        family_name=family,
        title=title,
        company=company,
        emails=emails,
        phones=phones,
        websites=websites,
        address=address,
        region=region,
        text="\n".join(line.text for line in lines),
        extensions=extensions,
        printed=tuple(lines),
    )


# --------------------------------------------------------------------------------------------------
# The flat card

_CARD_MM = {"US": (88.9, 50.8), "CA": (88.9, 50.8), "JP": (91.0, 55.0)}  # elsewhere ISO 7810 ID-1-ish 85x55


def _card_px(region: str, dpi: float) -> tuple[int, int]:
    w, h = _CARD_MM.get(region, (85.0, 55.0))
    return round(w / 25.4 * dpi), round(h / 25.4 * dpi)


@functools.lru_cache(maxsize=1)
def _font_families() -> dict[str, dict[str, str]]:
    """family -> {"regular"|"bold"|"italic": path} for every TTF under /usr/share/fonts."""
    families: dict[str, dict[str, str]] = {}
    for path in sorted(Path("/usr/share/fonts").rglob("*.[tT][tT][fF]")):
        stem = path.stem
        if "Math" in stem or "ExtraLight" in stem or "Symbol" in stem or str(path) in CJK_FONT_CANDIDATES:
            continue
        if stem.lower().startswith(("ipa", "fonts-japanese", "notosanscjk", "notoserifcjk")):
            continue  # Japanese fonts draw only the Japanese lines: the Latin pool stays the same everywhere
        family, _, style = stem.partition("-")
        style = style.lower()
        key = (
            "bold"
            if style == "bold"
            else "regular"
            if style in ("", "regular", "book", "roman")
            else "italic"
            if style in ("italic", "oblique")
            else None
        )
        if key:
            families.setdefault(family, {})[key] = str(path)
    return {f: s for f, s in families.items() if "regular" in s}


@functools.lru_cache(maxsize=1)
def _default_missing_glyph() -> bytes:
    return bytes(ImageFont.load_default(size=40).getmask("\uffff"))


@functools.lru_cache(maxsize=4096)
def _default_font_draws(text: str) -> bool:
    """Whether Pillow's bundled font has a glyph for every letter of `text` (it has no accented ones, and
    drew `Chloé` as `Chlo` and a box, while the truth said `Chloé`)."""
    font = ImageFont.load_default(size=40)
    missing = _default_missing_glyph()
    return all(ch.isascii() or bytes(font.getmask(ch)) != missing for ch in set(text) if not ch.isspace())


@functools.lru_cache(maxsize=1)
def _fallback_font() -> str | None:
    """A font with the accented letters, for lines Pillow's own font cannot draw."""
    families = _font_families()
    for family in ("DejaVuSans", "LiberationSans"):
        if family in families:
            return families[family]["regular"]
    return None


@functools.lru_cache(maxsize=512)
def _font(path: str | None, size: int) -> ImageFont.FreeTypeFont:
    if path is None:
        return ImageFont.load_default(size=size)  # Pillow's bundled scalable font: present everywhere
    return ImageFont.truetype(path, size)


@dataclass
class _Style:
    family: str
    paths: dict[str, str | None]
    bg: tuple[int, int, int]
    fg: tuple[int, int, int]
    accent: tuple[int, int, int]
    on_accent: tuple[int, int, int]
    sizes: dict[str, float]
    tracking: dict[str, float]
    spacing: float
    dark: bool


def _luma(c: tuple[int, int, int]) -> float:
    return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]


def _hsv(h: float, s: float, v: float) -> tuple[int, int, int]:
    import colorsys

    r, g, b = colorsys.hsv_to_rgb(h, s, v)
    return round(r * 255), round(g * 255), round(b * 255)


def _pick_style(rng: random.Random) -> _Style:
    families = _font_families()
    names = [*sorted(families), "Pillow"]
    family = rng.choice(names)
    paths: dict[str, str | None] = dict(families.get(family, {})) or {"regular": None}
    paths.setdefault("bold", None if family == "Pillow" else paths["regular"])
    scheme = rng.choices(("white", "cream", "pastel", "dark"), weights=(40, 15, 20, 25))[0]
    dark = scheme == "dark"
    if dark:
        bg = rng.choice(((20, 30, 62), (18, 18, 20), (16, 52, 38), (40, 42, 48), (70, 18, 30)))
        fg = rng.choice(((245, 245, 245), (236, 232, 220), (212, 175, 85)))
        accent = rng.choice(((212, 175, 85), (120, 190, 230), (240, 240, 240), (230, 120, 80)))
    else:
        bg = {"white": (250, 250, 250), "cream": (246, 241, 226)}.get(
            scheme, _hsv(rng.random(), rng.uniform(0.08, 0.22), rng.uniform(0.92, 0.99))
        )
        fg = rng.choice(((20, 20, 20), (45, 45, 50), (25, 35, 70), (60, 40, 30)))
        accent = _hsv(rng.random(), rng.uniform(0.55, 0.9), rng.uniform(0.35, 0.7))
    on_accent = (250, 250, 250) if _luma(accent) < 150 else (20, 20, 20)
    body = rng.uniform(24, 34) if rng.random() > 0.15 else rng.uniform(20, 24)  # px at 300 dpi
    sizes = {
        "name": body * rng.uniform(1.3, 2.2),
        "title": body * rng.uniform(0.95, 1.2),
        "company": body * rng.uniform(1.05, 1.8),
        "tagline": body * 0.9,
        "phone": body,
        "email": body,
        "web": body,
        "address": body * rng.uniform(0.85, 1.0),
    }
    tracking = {role: 0.0 for role in sizes}
    if rng.random() < 0.2:  # letter-spaced company or title
        tracking[rng.choice(("company", "title"))] = rng.uniform(0.08, 0.25)
    if rng.random() < 0.1:
        tracking["address"] = tracking["phone"] = rng.uniform(0.04, 0.1)
    return _Style(family, paths, bg, fg, accent, on_accent, sizes, tracking, rng.uniform(1.15, 1.45), dark)


def _draw_icon(draw: ImageDraw.ImageDraw, kind: str, x: float, baseline: float, size: float, color) -> None:
    """Small glyph shapes drawn with primitives, like the icons on many modern cards."""
    s = size
    x0, y0, x1, y1 = x, baseline - s, x + s, baseline
    w = max(1, round(s / 9))
    if kind == "phone":  # a handset: thick arc with two ear pieces
        draw.arc((x0, y0, x1 + s * 0.3, y1 + s * 0.3), 120, 240, fill=color, width=max(2, round(s / 4)))
        draw.rounded_rectangle((x0 + s * 0.25, y0, x0 + s * 0.55, y0 + s * 0.3), radius=s / 10, fill=color)
        draw.rounded_rectangle((x0 + s * 0.25, y1 - s * 0.3, x0 + s * 0.55, y1), radius=s / 10, fill=color)
    elif kind == "mobile":
        draw.rounded_rectangle((x0 + s * 0.2, y0, x1 - s * 0.2, y1), radius=s / 8, outline=color, width=w)
        draw.line((x0 + s * 0.42, y1 - s * 0.15, x1 - s * 0.42, y1 - s * 0.15), fill=color, width=w)
    elif kind == "mail":
        draw.rectangle((x0, y0 + s * 0.15, x1, y1 - s * 0.1), outline=color, width=w)
        draw.line((x0, y0 + s * 0.15, (x0 + x1) / 2, y0 + s * 0.55, x1, y0 + s * 0.15), fill=color, width=w)
    elif kind == "web":
        draw.ellipse((x0, y0, x1, y1), outline=color, width=w)
        draw.ellipse((x0 + s * 0.28, y0, x1 - s * 0.28, y1), outline=color, width=w)
        draw.line((x0, (y0 + y1) / 2, x1, (y0 + y1) / 2), fill=color, width=w)
    elif kind == "pin":
        draw.ellipse((x0 + s * 0.15, y0, x1 - s * 0.15, y0 + s * 0.7), fill=color)
        draw.polygon(
            ((x0 + s * 0.22, y0 + s * 0.5), (x1 - s * 0.22, y0 + s * 0.5), ((x0 + x1) / 2, y1)), fill=color
        )


def _draw_logo(draw, box, company: str | None, style: _Style, rng: random.Random, fill, ink) -> str:
    """A mark with the company's initials (left out of the truth text: it is a graphic)."""
    x0, y0, x1, y1 = box
    side = min(x1 - x0, y1 - y0)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    b = (cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2)
    shape = rng.choice(("circle", "square", "rounded", "diamond", "bars"))
    if shape == "circle":
        draw.ellipse(b, fill=fill)
    elif shape == "square":
        draw.rectangle(b, fill=fill)
    elif shape == "rounded":
        draw.rounded_rectangle(b, radius=side / 5, fill=fill)
    elif shape == "diamond":
        draw.polygon(((cx, b[1]), (b[2], cy), (cx, b[3]), (b[0], cy)), fill=fill)
    else:
        for i in range(3):
            bx = b[0] + i * side / 3
            draw.rectangle(
                (bx + side * 0.04, b[1] + side * (0.5 - i * 0.2), bx + side / 3 - side * 0.04, b[3]),
                fill=fill,
            )
        return "bars logo"
    words = [
        w
        for w in re.findall(r"[A-Za-z]+", company or "X")
        if w.lower() not in ("inc", "llc", "ltd", "co", "gmbh")
    ]
    initials = "".join(w[0] for w in words[:2]).upper() or "X"
    font = _font(style.paths.get("bold"), max(8, round(side * 0.42)))
    draw.text((cx, cy), initials, font=font, fill=ink, anchor="mm")
    return f"{shape} logo"


def _printed_lines(truth: Truth) -> list[PrintedLine]:
    """The printed lines, rebuilt from the fields when the truth came without them."""
    if truth.printed:
        return list(truth.printed)
    out = []
    for text in truth.text.splitlines():
        role = (
            "name"
            if text == truth.name
            else "title"
            if text == truth.title
            else "company"
            if text == truth.company
            else "email"
            if "@" in text
            else "phone"
            if sum(c.isdigit() for c in text) >= 7
            else "address"
        )
        out.append(PrintedLine(text, role))
    return out


_LAYOUTS = ("left", "left", "centred", "right", "split", "band_top", "band_side", "two_col")


def _plan(
    layout: str,
    truth: Truth,
    blocks: dict,
    style: _Style,
    rng: random.Random,
    width: int,
    height: int,
    k: float,
):
    """Text regions and decorations of one layout, drawn only once the text is known to fit.

    Returns (regions, decorations, colour overrides); a region is (box, align, top blocks, bottom blocks),
    a decoration a function of the ImageDraw returning a description or None.
    """
    m = round(width * rng.uniform(0.055, 0.09))
    text_box = (m, m, width - m, height - m)
    regions: list = []
    decorations: list = []
    colors: dict = {"name": style.accent} if rng.random() < 0.35 else {}

    def logo(box, fill, ink):  # the company's initials, or the person's on a card without a company
        return lambda draw: _draw_logo(draw, box, truth.company or truth.name, style, rng, fill, ink)

    def rect(box, fill):
        return lambda draw: draw.rectangle(box, fill=fill)

    if layout in ("left", "right", "centred", "band_side"):
        align = {"left": "left", "right": "right", "centred": "center", "band_side": "left"}[layout]
        if layout == "band_side":
            band = round(width * rng.uniform(0.03, 0.07))
            left = rng.random() < 0.5
            decorations.append(
                rect((0, 0, band, height) if left else (width - band, 0, width, height), style.accent)
            )
            text_box = (m + band * left, m, width - m - band * (not left), height - m)
        if layout != "centred" and rng.random() < 0.4:  # a logo in the opposite top corner
            ls = round(height * rng.uniform(0.16, 0.24))
            lx = text_box[2] - ls if align == "left" else text_box[0]
            decorations.append(logo((lx, m, lx + ls, m + ls), style.accent, style.on_accent))
            # Narrow the whole box rather than only its top rows: simpler, and still a common look.
            text_box = (
                text_box[0] + (0 if align == "left" else ls * 1.15),
                text_box[1],
                text_box[2] - (ls * 1.15 if align == "left" else 0),
                text_box[3],
            )
        first = [blocks["id"], blocks["co"]] if rng.random() < 0.5 else [blocks["co"], blocks["id"]]
        regions.append((text_box, align, first, [blocks["contact"], blocks["addr"]]))
    elif layout == "split":  # a coloured panel with the logo, text beside it
        pw = round(width * rng.uniform(0.28, 0.36))
        left = rng.random() < 0.5
        panel = (0, 0, pw, height) if left else (width - pw, 0, width, height)
        decorations.append(rect(panel, style.accent))
        ls = round(min(pw * 0.6, height * 0.35))
        px = (panel[0] + panel[2]) / 2
        co_in_panel = bool(blocks["co"]) and rng.random() < 0.4
        ly = height / 2 - ls / 2 - (ls * 0.35 if co_in_panel else 0)
        decorations.append(logo((px - ls / 2, ly, px + ls / 2, ly + ls), style.on_accent, style.accent))
        if co_in_panel:
            regions.append(
                (
                    (panel[0] + m * 0.5, ly + ls + m * 0.4, panel[2] - m * 0.5, height - m * 0.5),
                    "center",
                    [blocks["co"]],
                    [],
                )
            )
            colors.update(company=style.on_accent, tagline=style.on_accent)
        box = (pw + m, m, width - m, height - m) if left else (m, m, width - pw - m, height - m)
        regions.append(
            (
                box,
                "left",
                [blocks["id"]] + ([] if co_in_panel else [blocks["co"]]),
                [blocks["contact"], blocks["addr"]],
            )
        )
    elif layout == "band_top":  # a colour band across the top carrying the company name
        bh = round(height * rng.uniform(0.2, 0.28))
        decorations.append(rect((0, 0, width, bh), style.accent))
        align = rng.choice(("left", "center"))
        if blocks["co"]:
            regions.append(((m, bh * 0.12, width - m, bh * 0.92), align, [blocks["co"]], []))
            colors.update(company=style.on_accent, tagline=style.on_accent)
        else:
            decorations.append(logo((m, bh * 0.15, m + bh * 0.7, bh * 0.85), style.on_accent, style.accent))
        regions.append(
            (
                (m, bh + m * 0.7, width - m, height - m),
                align,
                [blocks["id"]],
                [blocks["contact"], blocks["addr"]],
            )
        )
    else:  # two_col: identity on the left, contact details on the right
        split = width * rng.uniform(0.42, 0.52)
        regions.append(
            ((m, m, split - m * 0.5, height - m), "left", [blocks["id"]], [blocks["co"], blocks["addr"]])
        )
        regions.append(
            (
                (split + m * 0.5, m, width - m, height - m),
                rng.choice(("left", "right")),
                [],
                [blocks["contact"]],
            )
        )
        if rng.random() < 0.5:
            line = (split, m * 1.5, split, height - m * 1.5)
            decorations.append(lambda draw: draw.line(line, fill=style.accent, width=max(1, round(2 * k))))
    return regions, decorations, colors


def _render(truth: Truth, rng: random.Random, dpi: float) -> tuple[Image.Image, str, float]:
    """(card image, description, body text size in px)."""
    width, height = _card_px(truth.region, dpi)
    k = dpi / 300.0
    style = _pick_style(rng)
    img = Image.new("RGB", (width, height), style.bg)
    desc = ["dark card" if style.dark else "light card"]
    _card_texture(img, rng, style, desc)
    draw = ImageDraw.Draw(img)
    lines = _printed_lines(truth)
    blocks = {
        "id": [ln for ln in lines if ln.role in ("name", "title", "name_jp", "title_jp")],
        "co": [ln for ln in lines if ln.role in ("company", "tagline", "company_jp")],
        "contact": [ln for ln in lines if ln.role in ("phone", "email", "web")],
        "addr": [ln for ln in lines if ln.role in ("address", "address_jp")],
    }
    # Text shrinks to fit, but not below ~70%: a layout that needs more falls back to a roomier one,
    # as a designer would (tiny body text is unreadable on real cards too).
    choice = rng.choice(_LAYOUTS)
    placed = None
    for layout, scales in ((choice, (1.0, 0.9, 0.8, 0.7)), ("left", (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4))):
        regions, decorations, colors = _plan(layout, truth, blocks, style, rng, width, height, k)
        for scale in scales:
            placed = _place(regions, style, k * scale)
            if placed is not None:
                break
        if placed is not None:
            break
    if placed is None:  # pragma: no cover - the generated amounts of text always fit at 40%
        placed, scale = _place(regions, style, k * 0.4, force=True), 0.4
    desc.append(f"{layout} layout")
    for decorate in decorations:
        if (what := decorate(draw)) is not None:
            desc.append(what)
    desc.append(style.family)
    if any(line.role.endswith("_jp") for line in lines):
        desc.append("Japanese script")
    body_px = style.sizes["phone"] * k * scale
    icon_color = style.fg if style.dark else style.accent
    name_rule = rng.random() < 0.15
    for line, x, baseline, font, fake_bold, track, icon_size in placed:
        color = colors.get(line.role.removesuffix("_jp"), style.fg)
        if line.icon:
            _draw_icon(draw, line.icon, x, baseline, icon_size, icon_color)
            x += icon_size * 1.6
        _draw_text(draw, (x, baseline), line.text, font, color, track, fake_bold)
        if name_rule and line.role == "name":
            y = baseline + font.size * 0.3
            draw.line(
                (x, y, x + _text_width(line.text, font, track), y),
                fill=style.accent,
                width=max(1, round(2 * k)),
            )
    return img, ", ".join(desc), body_px


def _text_width(text: str, font, tracking_px: float) -> float:
    return font.getlength(text) + tracking_px * max(0, len(text) - 1)


def _draw_text(draw, xy, text, font, fill, tracking_px: float, fake_bold: int) -> None:
    if not tracking_px:
        draw.text(xy, text, font=font, fill=fill, anchor="ls", stroke_width=fake_bold, stroke_fill=fill)
        return
    x, y = xy
    for ch in text:
        draw.text((x, y), ch, font=font, fill=fill, anchor="ls", stroke_width=fake_bold, stroke_fill=fill)
        x += font.getlength(ch) + tracking_px


def _place(regions, style: _Style, k: float, force: bool = False):
    """Positions for every line at text scale `k`, or None when something does not fit."""
    out = []
    for (x0, y0, x1, y1), align, top, bottom in regions:

        def stack(blocks, x0=x0, x1=x1):
            rows = []
            for block in blocks:
                if not block:
                    continue
                if rows:
                    rows.append(None)  # a gap between blocks
                for line in block:
                    role = line.role.removesuffix("_jp")  # Japanese lines take their Latin twin's size
                    bold = role in ("name", "company")
                    path = (
                        cjk_font()
                        if line.role.endswith("_jp")
                        else style.paths.get("bold" if bold else "regular")
                    )
                    if path is None and not _default_font_draws(line.text):
                        path = _fallback_font()  # as a layout engine would: Pillow's font has no `é`
                    size = max(8, round(style.sizes[role] * k * (0.85 if role == "address" else 1.0)))
                    for _ in range(6):  # a long line (a big name, a spaced-out company) shrinks on its own
                        font = _font(path, size)
                        track = 0.0 if line.role.endswith("_jp") else style.tracking[role] * size
                        icon = size * 0.8 if line.icon else 0.0
                        width = _text_width(line.text, font, track) + (icon * 1.6 if icon else 0)
                        if width <= x1 - x0 or size <= max(8, style.sizes["phone"] * k):
                            break
                        size = max(8, int(size * (x1 - x0) / width * 0.98))
                    fake_bold = 1 if bold and path is None and size > 20 else 0
                    rows.append((line, font, fake_bold, track, icon, width, size))
            return rows

        top_rows, bottom_rows = stack(top), stack(bottom)

        def height(rows):
            return sum(r[6] * style.spacing if r else style.sizes["phone"] * k * 0.5 for r in rows)

        if not force and any(r and r[5] > x1 - x0 for r in top_rows + bottom_rows):
            return None
        h_top, h_bottom = height(top_rows), height(bottom_rows)
        if (
            not force
            and h_top + h_bottom + (style.sizes["phone"] * k * 0.6 if top_rows and bottom_rows else 0)
            > y1 - y0
        ):
            return None
        if not bottom_rows:  # a region with one stack: centre it vertically
            y = y0 + (y1 - y0 - h_top) / 2
            groups = [(top_rows, y)]
        elif not top_rows:
            groups = [(bottom_rows, y1 - h_bottom)]
        else:
            groups = [(top_rows, y0), (bottom_rows, y1 - h_bottom)]
        for rows, y in groups:
            for r in rows:
                if r is None:
                    y += style.sizes["phone"] * k * 0.5
                    continue
                line, font, fake_bold, track, icon, width, size = r
                y += size * style.spacing
                baseline = y - size * (style.spacing - 1) - size * 0.22
                x = x0 if align == "left" else x1 - width if align == "right" else (x0 + x1 - width) / 2
                out.append((line, x, baseline, font, fake_bold, track, icon))
    return out


def _card_texture(img: Image.Image, rng: random.Random, style: _Style, desc: list[str]) -> None:
    """A faint paper grain or pattern on some cards, applied before the text."""
    roll = rng.random()
    if roll > 0.35:
        return
    nrng = np.random.default_rng(rng.getrandbits(32))
    w, h = img.size
    arr = np.asarray(img, dtype=np.float32)
    if roll < 0.15:
        grain = cv2.resize(nrng.standard_normal((h // 3 + 1, w // 3 + 1)).astype(np.float32), (w, h))
        arr += grain[..., None] * rng.uniform(2, 5)
        desc.append("paper grain")
    elif roll < 0.25:
        yy, xx = np.mgrid[0:h, 0:w]
        period = rng.uniform(8, 20) * w / 1050
        pattern = (np.sin((xx + yy) * 2 * np.pi / period) > 0.6).astype(np.float32)
        arr += (pattern * (8 if style.dark else -8))[..., None]
        desc.append("line pattern")
    else:
        blobs = cv2.resize(
            nrng.standard_normal((6, 10)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC
        )
        arr += blobs[..., None] * rng.uniform(2, 4)
        desc.append("mottled texture")
    img.paste(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)))


def render_card(truth: Truth, rng: random.Random, *, dpi: float = 300) -> Image.Image:
    """The flat card (~1050x600 px at 300 dpi) with a layout, font and colours drawn from `rng`."""
    return _render(truth, rng, dpi)[0]


# --------------------------------------------------------------------------------------------------
# Photos

BACKGROUNDS = ("wood", "fabric", "grey desk", "marble", "dark desk")
_FRAMES = ((4032, 3024), (3264, 2448), (2560, 1920), (2048, 1536), (1600, 1200), (4000, 3000))


def _smooth(nrng: np.random.Generator, h: int, w: int, cells: tuple[int, int]) -> np.ndarray:
    small = nrng.standard_normal(cells).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def _fbm(nrng: np.random.Generator, h: int, w: int, base: int = 3, octaves: int = 4) -> np.ndarray:
    out = np.zeros((h, w), np.float32)
    for i in range(octaves):
        c = base * 2**i
        out += _smooth(nrng, h, w, (max(2, c * h // max(h, w)), max(2, c * w // max(h, w)))) / 2**i
    return out


def _background(nrng: np.random.Generator, rng: random.Random, w: int, h: int, kind: str) -> np.ndarray:
    """A procedural surface, float32 RGB 0..255 (made at a quarter of the frame's size by the caller)."""
    sw, sh = w, h
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    ang = rng.uniform(0, math.pi)
    u = xx * math.cos(ang) + yy * math.sin(ang)
    v = -xx * math.sin(ang) + yy * math.cos(ang)
    if kind == "wood":  # planks: dense grain lines along one axis, gently wavy, with long streaks
        along, across = (sw, sh) if rng.random() < 0.6 else (sh, sw)
        ya = np.mgrid[0:across, 0:along][0].astype(np.float32)
        warp = _smooth(nrng, across, along, (3, 2)) * 4 + _smooth(nrng, across, along, (12, 4)) * 0.8
        rings = (np.sin(ya / rng.uniform(1.6, 3.2) + warp) + 1) / 2
        streaks = _smooth(nrng, across, along, (max(2, across // 2), 6))
        plank = np.floor(ya / (across / rng.randint(2, 5)))  # boards of slightly different tone
        tone = 1 + 0.06 * np.sin(plank * 12.9898)
        t = np.clip(0.35 * rings + 0.25 * streaks + 0.45, 0, 1) * tone
        if along == sh:
            t = t.T
        light = np.array(rng.choice(((190, 140, 90), (215, 180, 130), (150, 100, 60))), np.float32)
        img = light * (0.6 + 0.4 * t[..., None])
    elif kind == "fabric":
        period = rng.uniform(2.0, 3.5)
        weave = np.sin(u * 2 * np.pi / period) * np.sin(v * 2 * np.pi / period)
        base = np.array(
            rng.choice(((60, 80, 130), (120, 120, 125), (170, 150, 120), (130, 50, 50), (60, 100, 70))),
            np.float32,
        )
        img = base * (1 + 0.12 * weave[..., None] + 0.06 * _fbm(nrng, sh, sw, 4, 3)[..., None])
    elif kind == "marble":
        veins = np.abs(np.sin(u / rng.uniform(25, 60) + 2.5 * _fbm(nrng, sh, sw, 3, 5)))
        t = 1 - np.exp(-veins * rng.uniform(5, 12))  # 0 on a vein's centre line
        cloud = _fbm(nrng, sh, sw, 2, 3)
        img = np.array((228, 226, 222), np.float32) * (0.8 + 0.2 * t + 0.03 * cloud)[..., None]
    elif kind == "dark desk":
        level = rng.uniform(25, 55)
        img = np.full((sh, sw, 3), level, np.float32) * (1 + 0.15 * _fbm(nrng, sh, sw, 3, 4)[..., None])
    else:  # grey desk
        level = rng.uniform(95, 175)
        tint = np.array((1.0, rng.uniform(0.97, 1.03), rng.uniform(0.95, 1.05)), np.float32)
        img = level * tint * (1 + 0.08 * _fbm(nrng, sh, sw, 3, 4)[..., None])
    return np.ascontiguousarray(img, dtype=np.float32)  # cv2 drawing needs a plain C-ordered array


def _clutter(canvas: np.ndarray, rng: random.Random) -> list[str]:
    """Other things on the desk, drawn before the card (so under or beside it): more edges to confuse."""
    h, w = canvas.shape[:2]
    what = []
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(("paper", "paper", "pen", "phone", "coin", "card"))
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        ang = rng.uniform(0, 180)
        if kind in ("paper", "phone", "card"):
            size = {"paper": (0.45, 0.63), "phone": (0.12, 0.25), "card": (0.22, 0.13)}[kind]
            s = min(w, h) * rng.uniform(0.8, 1.3)
            box = cv2.boxPoints(((cx, cy), (size[0] * s, size[1] * s), ang)).astype(np.int32)
            color = {"paper": (235, 235, 230), "phone": (25, 25, 30), "card": (240, 238, 230)}[kind]
            cv2.fillConvexPoly(canvas, box, color, lineType=cv2.LINE_AA)
            if kind in ("paper", "card"):  # a few grey text-like bars
                for i in range(rng.randint(3, 9)):
                    t = (i + 1) / 11
                    a = box[0] + (box[1] - box[0]) * 0.1 + (box[3] - box[0]) * t
                    b = a + (box[1] - box[0]) * rng.uniform(0.3, 0.8)
                    cv2.line(
                        canvas,
                        tuple(map(int, a)),
                        tuple(map(int, b)),
                        (110, 110, 110),
                        max(1, int(min(w, h) * 0.004)),
                        cv2.LINE_AA,
                    )
        elif kind == "pen":
            length = min(w, h) * rng.uniform(0.4, 0.7)
            dx, dy = math.cos(math.radians(ang)) * length / 2, math.sin(math.radians(ang)) * length / 2
            color = rng.choice(((20, 20, 120), (20, 20, 20), (180, 30, 30)))
            cv2.line(
                canvas,
                (int(cx - dx), int(cy - dy)),
                (int(cx + dx), int(cy + dy)),
                color,
                max(4, int(min(w, h) * 0.015)),
                cv2.LINE_AA,
            )
        else:
            cv2.circle(
                canvas,
                (int(cx), int(cy)),
                int(min(w, h) * rng.uniform(0.03, 0.06)),
                (170, 150, 90),
                -1,
                cv2.LINE_AA,
            )
        what.append(kind)
    return what


def _pose(
    rng: random.Random,
    w: int,
    h: int,
    aspect: float,
    coverage: float,
    roll: float,
    tilt: float,
) -> np.ndarray:
    """Corners (TL, TR, BR, BL) of a card of `aspect` (h/w) seen by a pinhole camera, placed in a w x h frame.

    The card is tilted about a random in-plane axis, turned by `roll`, projected, then scaled to cover
    `coverage` of the frame (less when it would not fit) and moved to a random place inside it.
    """
    pts = np.array(
        [[-0.5, -aspect / 2, 0], [0.5, -aspect / 2, 0], [0.5, aspect / 2, 0], [-0.5, aspect / 2, 0]]
    )
    axis_angle = rng.uniform(0, 2 * math.pi)
    axis = np.array([math.cos(axis_angle), math.sin(axis_angle), 0.0])
    t = math.radians(tilt)
    kx = np.array([[0, -axis[2], axis[1]], [axis[2], 0, -axis[0]], [-axis[1], axis[0], 0]])
    r_tilt = np.eye(3) + math.sin(t) * kx + (1 - math.cos(t)) * kx @ kx  # Rodrigues
    r = math.radians(roll)
    r_roll = np.array([[math.cos(r), -math.sin(r), 0], [math.sin(r), math.cos(r), 0], [0, 0, 1]])
    cam = pts @ (r_roll @ r_tilt).T + np.array([0, 0, rng.uniform(1.3, 2.0)])
    quad = cam[:, :2] / cam[:, 2:3]
    area = 0.5 * abs(np.dot(quad[:, 0], np.roll(quad[:, 1], 1)) - np.dot(quad[:, 1], np.roll(quad[:, 0], 1)))
    quad = (quad - quad.mean(axis=0)) * math.sqrt(coverage * w * h / area)
    span = quad.max(axis=0) - quad.min(axis=0)
    fit = min(1.0, 0.96 * w / span[0], 0.96 * h / span[1])
    quad *= fit
    lo, hi = quad.min(axis=0), quad.max(axis=0)
    cx = rng.uniform(-lo[0] + 0.02 * w, w - hi[0] - 0.02 * w) if w - hi[0] + lo[0] > 0.04 * w else w / 2
    cy = rng.uniform(-lo[1] + 0.02 * h, h - hi[1] - 0.02 * h) if h - hi[1] + lo[1] > 0.04 * h else h / 2
    return (quad + np.array([cx, cy])).astype(np.float32)


def _quad_area(q: np.ndarray) -> float:
    return 0.5 * abs(float(np.dot(q[:, 0], np.roll(q[:, 1], 1)) - np.dot(q[:, 1], np.roll(q[:, 0], 1))))


def _encode_scan(rng: random.Random, img: Image.Image) -> tuple[bytes, str]:
    buf = io.BytesIO()
    fmt = rng.choices(("PNG", "JPEG", "WEBP"), weights=(40, 45, 15))[0]
    if fmt == "PNG":
        img.save(buf, "PNG", compress_level=3)
        return buf.getvalue(), "PNG"
    q = rng.randint(90, 98)
    img.save(buf, fmt, quality=q)
    return buf.getvalue(), f"{fmt} q{q}"


def _make_scan(rng: random.Random, truth: Truth) -> tuple[bytes, str]:
    dpi = rng.choice((300, 300, 400, 600))
    card, desc, _ = _render(truth, rng, dpi)
    parts = [desc, f"{dpi} dpi"]
    roll = rng.random()
    if roll < 0.3:  # the scanner's white bed around the card
        pad = round(rng.uniform(0.02, 0.08) * card.width)
        framed = Image.new("RGB", (card.width + 2 * pad, card.height + 2 * pad), (252, 252, 252))
        framed.paste(card, (pad, pad))
        card = framed
        parts.append(f"white border {pad}px")
    elif roll < 0.5:  # cropped a little tight (margins stay clear of text)
        c = round(rng.uniform(0.005, 0.02) * card.width)
        card = card.crop((c, c, card.width - c, card.height - c))
        parts.append(f"cropped {c}px")
    data, fmt = _encode_scan(rng, card)
    return data, ", ".join([*parts, fmt, f"{card.width}x{card.height}"])


def _make_camera(rng: random.Random, truth: Truth, tier: str) -> tuple[bytes, str]:
    """The card on a surface, seen by a phone camera; pixels are 8-bit from compositing on, for speed."""
    nrng = np.random.default_rng(rng.getrandbits(64))
    parts: list[str] = []
    hard: list[str] = []
    if tier == "hard":
        options = ["low light", "shadow", "glare", "blur", "steep", "rotated", "small", "clutter"]
        hard = rng.sample(options, rng.choice((1, 2, 2)))
    fw, fh = rng.choice(_FRAMES)
    if rng.random() < 0.3:
        fw, fh = fh, fw  # portrait frame
    coverage = rng.uniform(0.2, 0.3) if "small" in hard else rng.uniform(0.3, 0.95)
    roll = rng.uniform(-25, 25)
    tilt = rng.uniform(35, 45) if "steep" in hard else rng.uniform(0, 15)
    base_w, base_h = _card_px(truth.region, 300)
    quad = _pose(rng, fw, fh, base_h / base_w, coverage, roll, tilt)
    # Render at about the size the card takes in the frame, so text is as sharp as a camera would see it.
    edge = float(np.linalg.norm(quad[1] - quad[0]) + np.linalg.norm(quad[2] - quad[3])) / 2
    dpi = float(np.clip(edge / base_w * 300, 150, 1200))
    card, desc, body_px = _render(truth, rng, dpi)
    parts.append(desc)
    cw, ch = card.size
    matrix = cv2.getPerspectiveTransform(np.float32([[0, 0], [cw, 0], [cw, ch], [0, ch]]), quad)

    # The surface, clutter and the card's drop shadow at a quarter size (all soft), then scaled up.
    bg_kind = rng.choice(BACKGROUNDS)
    sw, sh = fw // 4, fh // 4
    surface = _background(nrng, rng, sw, sh, bg_kind)
    parts.append(f"{bg_kind} background")
    if "clutter" in hard:
        parts.append("clutter: " + "+".join(_clutter(surface, rng)))
    small = np.zeros((sh, sw), np.float32)
    off = np.array([rng.uniform(-1, 1), rng.uniform(0.2, 1)]) * edge * rng.uniform(0.005, 0.02)
    cv2.fillConvexPoly(small, ((quad + off) / 4).astype(np.int32), 1.0, lineType=cv2.LINE_AA)
    small = cv2.GaussianBlur(small, (0, 0), max(1.0, edge / 4 * rng.uniform(0.01, 0.03)))
    surface *= (1 - rng.uniform(0.25, 0.5) * small)[..., None]
    surface += nrng.standard_normal((sh, sw, 1), np.float32) * rng.uniform(2, 6)  # the surface's own grain
    surface = cv2.resize(np.clip(surface, 0, 255).astype(np.uint8), (fw, fh), interpolation=cv2.INTER_LINEAR)

    warped = cv2.warpPerspective(np.asarray(card), matrix, (fw, fh), flags=cv2.INTER_LINEAR)
    alpha = cv2.warpPerspective(np.ones((ch, cw), np.float32), matrix, (fw, fh), flags=cv2.INTER_LINEAR)
    img = cv2.blendLinear(warped, surface, alpha, 1 - alpha)
    del surface, warped
    parts.append(f"{_quad_area(quad) / (fw * fh):.0%} of frame, roll {roll:.0f}°, tilt {tilt:.0f}°")

    # Light: a gradient across the frame, a vignette and a colour cast, computed small and scaled up.
    gy, gx = np.mgrid[0:64, 0:64].astype(np.float32) / 63 - 0.5
    ga = rng.uniform(0, 2 * math.pi)
    light = (
        1
        + rng.uniform(0.05, 0.3) * (gx * math.cos(ga) + gy * math.sin(ga))
        - rng.uniform(0.05, 0.35) * (gx**2 + gy**2)
    )
    if "shadow" in hard:  # a hand or phone shadow across part of the card, with a soft edge
        c = quad.mean(axis=0) / [fw, fh] - 0.5
        sa = rng.uniform(0, 2 * math.pi)
        d = (gx - c[0]) * math.cos(sa) + (gy - c[1]) * math.sin(sa) - rng.uniform(-0.05, 0.1)
        light *= 1 - rng.uniform(0.45, 0.65) / (1 + np.exp(-d * 60))
        parts.append("shadow across the card")
    if "low light" in hard:
        light *= rng.uniform(0.32, 0.5)
        parts.append("low light")
    cast = np.array((1 + rng.uniform(-0.04, 0.08), 1.0, 1 - rng.uniform(-0.04, 0.08)), np.float32)
    light3 = cv2.resize(
        (light[..., None] * cast).astype(np.float32), (fw, fh), interpolation=cv2.INTER_LINEAR
    )
    img = cv2.multiply(img, light3, dtype=cv2.CV_8U)
    del light3
    if "glare" in hard:  # a specular blob on a glossy card
        centre = quad.mean(axis=0) + (quad[rng.randrange(4)] - quad.mean(axis=0)) * rng.uniform(0, 0.6)
        radius = edge * rng.uniform(0.12, 0.25)
        gs = np.zeros((sh, sw), np.float32)
        axes = (int(radius / 4), int(radius / 4 * rng.uniform(0.4, 0.9)))
        cv2.ellipse(gs, (int(centre[0] / 4), int(centre[1] / 4)), axes, rng.uniform(0, 180), 0, 360, 1.0, -1)
        gs = cv2.GaussianBlur(gs, (0, 0), max(1.0, radius / 4 * 0.35))
        glare = cv2.resize(gs / max(float(gs.max()), 1e-6), (fw, fh)) * alpha * rng.uniform(0.75, 0.93)
        img = cv2.blendLinear(np.full_like(img, 255), img, glare, 1 - glare)
        parts.append("glare")

    font_px = body_px * edge / cw  # body text height in the frame: blur is scaled to what matters
    if "blur" in hard:
        if rng.random() < 0.5:
            length = max(3, int(font_px * rng.uniform(0.3, 0.55)))
            kernel = np.zeros((length, length), np.float32)
            kernel[length // 2, :] = 1
            rot = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), rng.uniform(0, 180), 1)
            kernel = cv2.warpAffine(kernel, rot, (length, length))
            img = cv2.filter2D(img, -1, kernel / kernel.sum())
            parts.append(f"motion blur {length}px")
        else:
            radius = max(1, int(font_px * rng.uniform(0.12, 0.22)))
            disk = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * radius + 1, 2 * radius + 1)).astype(
                np.float32
            )
            img = cv2.filter2D(img, -1, disk / disk.sum())
            parts.append(f"defocus r{radius}px")
    else:
        sigma = rng.uniform(0.3, 1.0) * max(1.0, font_px / 40)
        img = cv2.GaussianBlur(img, (0, 0), sigma)
        parts.append(f"blur σ{sigma:.1f}")
    noise_sigma = rng.uniform(7, 12) if "low light" in hard else rng.uniform(1.5, 4)
    cv2.setRNGSeed(rng.getrandbits(31))
    noise = np.empty((fh, fw, 3), np.int16)  # independent per channel, like a sensor's
    cv2.randn(noise, (0, 0, 0), (noise_sigma,) * 3)
    img = cv2.add(img, noise, dtype=cv2.CV_8U)
    parts.append(f"noise σ{noise_sigma:.1f}")

    exif_tag = None
    if "rotated" in hard:
        k = rng.choice((1, 2, 3))
        img = np.ascontiguousarray(np.rot90(img, k))
        parts.append(f"turned {90 * k}° without EXIF")
    elif tier == "photo" and rng.random() < 0.2:
        # Stored pixels turned so that a viewer applying the tag shows the upright scene.
        exif_tag, k = rng.choice(((6, 1), (3, 2), (8, 3)))
        img = np.ascontiguousarray(np.rot90(img, k))
        parts.append(f"EXIF {exif_tag}")
    quality = rng.randint(60, 90) if tier == "hard" else rng.randint(70, 95)
    buf = io.BytesIO()
    image = Image.fromarray(img)
    if exif_tag:
        exif = Image.Exif()
        exif[0x0112] = exif_tag
        image.save(buf, "JPEG", quality=quality, exif=exif)
    else:
        image.save(buf, "JPEG", quality=quality)
    # The size as the scene was framed (before any turn): what a viewer honouring EXIF shows.
    parts.append(f"JPEG q{quality}, {fw}x{fh} ({fw * fh / 1e6:.1f} MP)")
    return buf.getvalue(), ", ".join(parts)


def make_photo(seed: int, tier: str) -> SynthPhoto:
    """One card captured under `tier` conditions; the same (seed, tier) always gives the same bytes."""
    if tier not in TIERS:
        raise ValueError(f"tier must be one of {TIERS}, not {tier!r}")
    rng = random.Random(f"cardcapture-synth:{tier}:{seed}")
    truth = make_truth(rng)
    data, description = _make_scan(rng, truth) if tier == "scan" else _make_camera(rng, truth, tier)
    return SynthPhoto(data=data, truth=truth, tier=tier, seed=seed, description=description)


def make_set(n_per_tier: int, seed: int = 0) -> list[SynthPhoto]:
    """`n_per_tier` photos of each tier, tier by tier; different `seed`s give disjoint sets."""
    return [make_photo(seed * 1_000_000 + i, tier) for tier in TIERS for i in range(n_per_tier)]
