"""Casing of titles and company names printed in capitals (`ASSISTANT MANAGER` -> `Assistant Manager`).

Decision: a title or company line printed entirely in capitals is returned in title case, as a contact app
shows it; acronyms (words of up to three letters, or without vowels: `VP`, `LLC`, `KPMG`) stay in
capitals and legal forms get their usual spelling (`LTD.` -> `Ltd.`, `GMBH` -> `GmbH`). A single capitalised
word (`NORTHBEAM`) is left as printed: it is more likely a brand's own spelling.
"""

from __future__ import annotations

import re

_LOWER = frozenset({"of", "and", "the", "for", "at", "de", "la", "du", "des", "et", "in", "on", "to", "y"})
_CANONICAL = {
    "ltd": "Ltd", "inc": "Inc", "co": "Co", "corp": "Corp", "gmbh": "GmbH", "pte": "Pte", "pvt": "Pvt",
    "pty": "Pty", "mbh": "mbH", "sarl": "SARL", "bhd": "Bhd", "sdn": "Sdn",
}


def caps_to_title(text: str) -> str:
    """Title-case a line printed all in capitals (see the module note); other lines are returned as is."""
    tokens = text.split()
    if sum(any(c.isalpha() for c in t) for t in tokens) < 2 or any(c.islower() for c in text):
        return text
    return " ".join(_word(t, first=i == 0) for i, t in enumerate(tokens))


def _word(token: str, *, first: bool) -> str:
    core = re.sub(r"[^A-Za-zÀ-ÿ]", "", token)
    low = core.lower()
    if low in _CANONICAL:
        return token.replace(core, _CANONICAL[low])
    if low in _LOWER and not first:
        return token.lower()
    if len(core) <= 3 or not re.search(r"[AEIOUYÀ-Ý]", core):
        return token
    return re.sub(r"[A-Za-zÀ-ÿ]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), token)
