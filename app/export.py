"""Contacts out of the service: CSV a spreadsheet user understands, and vCards. Shared by the API and CLI."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from .schemas import CardOut, ContactOut
from .vcard import contact_vcard

CSV_COLUMNS = [
    "Name",
    "Given name",
    "Family name",
    "Title",
    "Company",
    "Email",
    "Other emails",
    "Mobile phone",
    "Work phone",
    "Fax",
    "Other phones",
    "Website",
    "Address",
]
CARD_COLUMNS = ["Notes", "Reviewed", "Duplicate of", "Follow-up sent", "Created"]


def _safe(cell: str) -> str:
    """Defuse spreadsheet formulas (CSV injection) without mangling "+1 212..." phone numbers."""
    if cell[:1] in ("=", "@", "\t", "\r") or (cell[:1] in ("+", "-") and not cell[1:2].isdigit()):
        return "'" + cell
    return cell


def _contact_cells(contact: ContactOut) -> list[str]:
    phones: dict[str, list[str]] = {"mobile": [], "work": [], "fax": [], "other": []}
    for phone in contact.phones:
        phones[phone.kind].append(phone.number + (f" ext. {phone.extension}" if phone.extension else ""))
    emails = contact.emails
    return [
        contact.name or "",
        contact.given_name or "",
        contact.family_name or "",
        contact.title or "",
        contact.company or "",
        emails[0] if emails else "",
        "; ".join(emails[1:]),
        "; ".join(phones["mobile"]),
        "; ".join(phones["work"]),
        "; ".join(phones["fax"]),
        "; ".join(phones["other"]),
        "; ".join(contact.websites),
        contact.address or "",
    ]


def _write(header: list[str], rows: Iterable[list[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow([_safe(str(cell)) for cell in row])
    return buffer.getvalue()


def contacts_csv(rows: Iterable[tuple[str, ContactOut]], *, first_column: str = "File") -> str:
    """CSV of contacts with a header row; one row per (key, contact)."""
    return _write([first_column, *CSV_COLUMNS], ([key, *_contact_cells(c)] for key, c in rows))


def cards_csv(cards: Iterable[CardOut]) -> str:
    """CSV of stored cards: the reviewed contact plus notes and status columns."""
    return _write(
        ["Card ID", *CSV_COLUMNS, *CARD_COLUMNS],
        (
            [
                card.id,
                *_contact_cells(card.contact),
                card.notes or "",
                "yes" if card.reviewed else "no",
                card.duplicate_of or "",
                card.follow_up_sent_at.isoformat() if card.follow_up_sent_at else "",
                card.created_at.isoformat(),
            ]
            for card in cards
        ),
    )


def cards_vcf(cards: Iterable[CardOut]) -> str:
    """All cards as one .vcf file (vCards one after another, which every contacts app imports)."""
    return "".join(contact_vcard(card.contact, note=card.notes, uid=card.id) for card in cards)
