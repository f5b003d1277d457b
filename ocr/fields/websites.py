"""Websites: `https://...`, `www.x.com`, bare `x.com` tokens; normalised to `https://host[/path]`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ocr.fields.lines import CardLine
from ocr.fields.tlds import COMMON_TLDS, TLDS

_SCHEME = re.compile(r"\bhttps?\s*:\s*/\s*/\s*(\S+)", re.I)
# `www cobaltridge com`, `www,cobaltridge.com`: OCR read the dots as spaces or commas.
_WWW = re.compile(
    r"(?<![\w.@-])www\s*[.,\s]\s*([A-Za-z0-9-]+(?:\s*[.,\s]\s*[A-Za-z0-9-]+){1,3})(/\S*)?", re.I
)
_SPACED_TLD = re.compile(r"\s+([A-Za-z]{2,3}(?:\.[A-Za-z]{2,3})?)\b(?![@.\w])")
"""A host's last label(s) after a space (`. au`, `. com.au`), read on from the end of a URL."""
_BARE = re.compile(
    r"(?<![\w.@/-])((?:[A-Za-z0-9][A-Za-z0-9-]*\.)+([A-Za-z]{2,12}))(/[^\s|,;]*)?(?![\w@.-]*@)"
)


@dataclass(frozen=True, slots=True)
class FoundWebsite:
    url: str
    line: int
    repaired: bool


def _www_host(body: str) -> tuple[str, bool]:
    """Join `cobaltridge com` back into `cobaltridge.com`; stop at the first word that is not a label."""
    parts = re.split(r"(\s*[.,\s]\s*)", body)
    host, repaired = parts[0], False
    for i in range(1, len(parts) - 1, 2):
        sep, label = parts[i], parts[i + 1]
        if sep.strip() == "." or label.lower() in TLDS:
            repaired |= sep.strip() != "."
            host = f"{host}.{label}"
            if sep.strip() != "." and label.lower() not in {"co", "com", "ne", "or", "ac", "net", "org"}:
                break
        else:
            break
    return host, repaired


def _url(host: str, path: str | None, *, any_tld: bool = False) -> str | None:
    """`https://host[/path]`, or None when `host` is no host name. The TLD must be a known one unless
    `any_tld` (the text said it is a web address: `www.`, `https://`, or the card's email domain), as
    there are over a thousand (`.travel`, `.cards`, `.yokohama`)."""
    host = re.sub(r",(?=[a-z]{2,3}$)", ".", host.strip(".-").lower())  # `asahi-san.co,jp`
    labels = host.split(".")
    known = labels[-1] in TLDS or (any_tld and re.fullmatch(r"[a-z]{2,24}", labels[-1]) is not None)
    if len(labels) < 2 or not known or not all(labels):
        return None
    path = (path or "").rstrip("/.,;:)")
    return f"https://{host}{path}"


def find_websites(
    lines: Iterable[CardLine], texts: dict[int, str], email_domains: Iterable[str] = ()
) -> tuple[list[FoundWebsite], dict[int, str]]:
    """Websites in card order (no duplicates) and per line the text left once they are removed.

    `texts` gives each line's text with email addresses already removed, so an email's domain is never
    taken for a website; `email_domains` vouch for a bare host with an uncommon TLD (`fence.page`).
    """
    vouched = {d.lower() for d in email_domains}
    found: list[FoundWebsite] = []
    residual: dict[int, str] = {}
    for line in lines:
        text = texts.get(line.index, line.text)
        rest = text
        hits: list[tuple[str | None, bool, str]] = []
        for m in _SCHEME.finditer(text):
            host, _, path = m.group(1).partition("/")
            raw = m.group(0)
            tail = _SPACED_TLD.match(text, m.end()) if not path and host.endswith(".") else None
            if tail and tail.group(1).split(".")[0].lower() in TLDS:
                # `https://quartz.com. au`: OCR read a space after the last dot.
                host, raw = host + tail.group(1), raw + tail.group(0)
            hits.append((_url(host, "/" + path if path else None, any_tld=True), False, raw))
            rest = rest.replace(raw, " ")
        for m in _WWW.finditer(rest):
            host, repaired = _www_host(m.group(1))
            hits.append((_url("www." + host, m.group(2), any_tld=not repaired), repaired, m.group(0)))
        rest = _WWW.sub(" ", rest)
        for m in _BARE.finditer(rest):
            host, tld = m.group(1), m.group(2).lower()
            if host.lower().removeprefix("www.") in vouched:
                hits.append((_url(host, m.group(3), any_tld=True), False, m.group(0)))
                continue
            # `Mary.Li` or `Co.Ltd` are not hosts: a bare token needs a common TLD or a lower-case host.
            if tld not in TLDS or (tld not in COMMON_TLDS and not host.islower()):
                continue
            if len(host.split(".")[0]) < 2:
                continue
            hits.append((_url(host, m.group(3)), False, m.group(0)))
        if not hits and (url := _www_of_email_domain(text, vouched)):
            hits.append((url, True, text))
        for url, repaired, raw in hits:
            if url is None:
                continue
            rest = rest.replace(raw, " ")
            if url not in {f.url for f in found}:
                found.append(FoundWebsite(url, line.index, repaired))
        if hits:
            residual[line.index] = rest
    return found, residual


def _www_of_email_domain(text: str, domains: set[str]) -> str | None:
    """`www-ste! rling. fr` beside `...@sterling.fr`: a line of `www` and, letter for letter, the email's
    domain, its dots lost or misread, is that domain's website."""
    squashed = re.sub(r"[^a-z0-9]", "", text.lower())
    if not squashed.startswith("www"):
        return None
    for domain in sorted(domains):
        if squashed[3:] == re.sub(r"[^a-z0-9]", "", domain):
            return f"https://www.{domain}"
    return None
