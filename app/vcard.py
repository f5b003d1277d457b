"""vCard 3.0 of a contact, made with vobject, in the shape the iOS and Android contacts apps import."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

import vobject

from .schemas import ContactOut

# vCard 3.0 TEL types (RFC 2426) as the phones' contacts apps label them.
TEL_TYPES = {
    "mobile": ["CELL", "VOICE"],
    "work": ["WORK", "VOICE"],
    "fax": ["WORK", "FAX"],
    "other": ["VOICE"],
}


def display_name(contact: ContactOut) -> str:
    """FN is mandatory: the name, else the company, else the first email, else "Unknown"."""
    return contact.name or contact.company or (contact.emails[0] if contact.emails else None) or "Unknown"


def contact_vcard(contact: ContactOut, *, note: str | None = None, uid: str | None = None) -> str:
    """One vCard 3.0 (CRLF line ends, folded as the RFC says) for `contact`; `note` goes in NOTE."""
    card = vobject.vCard()
    card.add("fn").value = display_name(contact)
    # N is required by 3.0; a card naming only a company gets an empty N, as Apple's own export does.
    card.add("n").value = vobject.vcard.Name(family=contact.family_name or "", given=contact.given_name or "")
    if contact.company:
        card.add("org").value = [contact.company]
    if contact.title:
        card.add("title").value = contact.title
    for i, email in enumerate(contact.emails):
        line = card.add("email")
        line.value = email
        line.type_param = ["INTERNET", "PREF"] if i == 0 else ["INTERNET"]
    for phone in contact.phones:
        line = card.add("tel")
        # vobject would escape a "," pause as "\,"; " ext. 21" reads right in both phones' apps.
        line.value = phone.number + (f" ext. {phone.extension}" if phone.extension else "")
        line.type_param = TEL_TYPES[phone.kind]
    for url in contact.websites:
        card.add("url").value = url
    if contact.address:
        # One printed line: the street component holds it whole rather than guessing at its parts.
        adr = card.add("adr")
        adr.value = vobject.vcard.Address(street=contact.address)
        adr.type_param = ["WORK"]
    if note:
        card.add("note").value = note
    if uid:
        card.add("uid").value = uid
    text: str = card.serialize()
    return text


def vcard_filename(contact: ContactOut, *, suffix: str = ".vcf") -> tuple[str, str]:
    """(ASCII fallback, UTF-8 original) file names for Content-Disposition."""
    name = contact.name or contact.company or "contact"
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"[^A-Za-z0-9._-]+", "_", ascii_name).strip("._") or "contact"
    return ascii_name[:80] + suffix, name[:80] + suffix


def content_disposition(ascii_name: str, utf8_name: str) -> str:
    """`attachment` with a safe ASCII `filename` and the real name as RFC 5987 `filename*`."""
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(utf8_name, safe='')}"
