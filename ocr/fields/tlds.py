"""Top-level domains, and the registrable part of a host (`ns.asahi-san.co.jp` -> `asahi-san`)."""

from __future__ import annotations

from typing import Final

from phonenumbers import SUPPORTED_REGIONS

_GENERIC: Final = frozenset(
    {
        "com",
        "net",
        "org",
        "edu",
        "gov",
        "mil",
        "int",
        "biz",
        "info",
        "name",
        "pro",
        "io",
        "ai",
        "co",
        "dev",
        "app",
        "me",
        "tv",
        "design",
        "studio",
        "tech",
        "agency",
        "law",
        "online",
        "site",
        "store",
        "shop",
        "cloud",
        "digital",
        "media",
        "global",
        "group",
        "solutions",
        "consulting",
        "email",
        "company",
        "world",
        "art",
        "xyz",
        "health",
        "finance",
        "capital",
        "partners",
        "ventures",
        "photo",
        "photography",
        "coffee",
        "uk",
        "eu",
        "asia",
        "inc",
        "llc",
        "ltd",
        "team",
        "tokyo",
        "berlin",
        "london",
        "paris",
        "nyc",
    }
)
TLDS: Final = _GENERIC | frozenset(r.lower() for r in SUPPORTED_REGIONS)
COMMON_TLDS: Final = frozenset(
    {
        "com",
        "net",
        "org",
        "edu",
        "gov",
        "io",
        "ai",
        "co",
        "dev",
        "app",
        "biz",
        "info",
        "uk",
        "de",
        "jp",
        "fr",
        "sg",
        "au",
        "ca",
        "in",
        "us",
        "ch",
        "nl",
        "design",
        "studio",
        "tech",
    }
)
# Second-level labels under a country code that are not the organisation (co.jp, com.au, ac.uk, ...).
_SECOND_LEVEL: Final = frozenset(
    # `lg`: Japan's local governments (`pref.osaka.lg.jp`); `govt`: New Zealand's (`mbie.govt.nz`)
    {"co", "com", "ne", "or", "ac", "go", "net", "org", "gov", "edu", "ltd", "plc", "lg", "govt", "nhs"}
)


def registrable_label(host: str) -> str:
    """The label that names the organisation: `jp.pwc.com` -> `pwc`, `micron-inc.co.jp` -> `micron-inc`."""
    labels = host.lower().split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0]
