"""Company names: legal suffixes, company words, agreement with the email/website domain, size."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ocr.fields.lines import letters, words
from ocr.fields.tlds import registrable_label
from ocr.fields.words import COMPANY_WORDS, FREE_MAIL_DOMAINS, LEGAL_SUFFIXES


def org_labels(hosts: Iterable[str]) -> list[str]:
    """Organisation labels of the card's email/website hosts, free-mail providers left out."""
    out = []
    for host in hosts:
        label = registrable_label(host)
        if label not in FREE_MAIL_DOMAINS and label not in out:
            out.append(label)
    return out


def domain_match(text: str, labels: Iterable[str]) -> bool:
    """`Cobalt Ridge Capital` ~ `cobaltridge`, `Micron Inc.` ~ `micron-inc`: letters compared without
    spaces, case or hyphens; either may contain the other (4+ letters)."""
    squashed = letters(text.replace("&", " and "))
    for label in labels:
        key = label.replace("-", "")
        if (len(key) >= 3 and key in squashed) or (len(squashed) >= 4 and squashed in key):
            return True
        initials = "".join(w[0] for w in words(text) if w[0].isalpha())
        if len(key) >= 3 and letters(text).startswith(key):
            return True
        if len(key) >= 3 and key == initials:
            return True
    return False


# Two-letter legal forms (`AB`, `AG`, `SA`) are also plain words and OCR noise: only as the last word.
def _legal(word: str, position: int, count: int) -> bool:
    if word not in LEGAL_SUFFIXES or position == 0:
        return False
    return len(word.replace(".", "")) > 2 or position == count - 1


def company_score(text: str, labels: Iterable[str]) -> float:
    """Evidence that a line is the company: legal suffix 3, domain match 2.5, company word 1.5."""
    if "@" in text or re.search(r"\d{3,}", text):
        return 0.0
    ws = words(text)
    score = 0.0
    if any(_legal(w, i, len(ws)) for i, w in enumerate(ws)) or any(
        w.replace(".", "").replace(",", "") in {"coltd", "kk"} for w in ws
    ):
        score += 3.0
    if domain_match(text, labels):
        score += 2.5
    if any(w in COMPANY_WORDS for w in ws):
        score += 1.5
    if re.search(r"\w\s*&\s*\w", text) and len(ws) <= 6:
        score += 0.5
    return score


def split_title_company(text: str) -> tuple[str, str] | None:
    """`Partner, Acme Legal LLP` / `Director at Acme Inc.` -> (title, company) when the tail has a legal
    suffix or a company word; the caller checks that the head is a title."""
    m = re.match(r"^(.+?)(?:\s*[,|]\s*|\s+at\s+|\s+[-–—@]\s+)(.+)$", text)
    if not m or company_score(m.group(2), []) < 1.5:
        return None
    return m.group(1).strip(), m.group(2).strip()
