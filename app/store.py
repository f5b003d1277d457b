"""CardStore: the repository of scanned cards. Knows SQLAlchemy, not HTTP and not OCR.

Contacts cross this boundary as JSON-ready dicts shaped like the contract's Contact.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import unicodedata
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.orm import Session, sessionmaker, undefer
from sqlalchemy.orm.exc import StaleDataError

from .db import CardKey, CardRow

Contact = dict[str, Any]
FollowUpFilter = Literal["pending", "sent"]
PATCHABLE = frozenset({"contact", "notes", "reviewed", "follow_up_sent_at"})
SCALARS = ("name", "given_name", "family_name", "title", "company", "address")


class StoreError(Exception):
    """Base class of the store's errors."""


class CardNotFound(StoreError):
    def __init__(self, card_id: str) -> None:
        super().__init__(f"No card with id '{card_id}'.")
        self.card_id = card_id


class CardChanged(StoreError):
    """The card changed since the version the caller read (a concurrent edit)."""

    def __init__(self, card_id: str) -> None:
        super().__init__(f"Card '{card_id}' was changed by someone else; fetch it again and retry.")


class InvalidCursor(StoreError):
    def __init__(self) -> None:
        super().__init__("The cursor is not one this service gave out.")


class CannotMerge(StoreError):
    pass


@dataclass(frozen=True)
class NewCard:
    """What a scan produces, ready to store."""

    contact: Contact
    confidence: dict[str, float] = field(default_factory=dict)
    text: str = ""
    warnings: list[str] = field(default_factory=list)
    region: str | None = None
    image: bytes | None = None


@dataclass(frozen=True)
class Page:
    items: list[CardRow]
    next: str | None


def new_id() -> str:
    """An opaque, unguessable id: 128 random bits as hex."""
    return uuid.uuid4().hex


def _now() -> datetime:
    return datetime.now(UTC)


def _fold(value: str) -> str:
    """Lower-case without accents, so "jose" finds "José"."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def search_text(contact: Contact) -> str:
    """The text `q` is matched against: name, company, emails, phone digits (international and national)."""
    parts = [contact.get(k) or "" for k in ("name", "given_name", "family_name", "company")]
    parts += list(contact.get("emails") or [])
    for phone in contact.get("phones") or []:
        parts += [_digits(phone.get("number") or ""), _digits(phone.get("display") or "")]
    return "\n".join(_fold(p) for p in parts if p)


def identity_keys(contact: Contact) -> set[str]:
    """What makes two cards the same person: any shared email or phone number."""
    keys = {f"email:{e.casefold()}" for e in contact.get("emails") or []}
    keys |= {f"tel:{p['number']}" for p in contact.get("phones") or [] if p.get("number")}
    return keys


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def encode_cursor(row: CardRow) -> str:
    raw = json.dumps([row.created_at.isoformat(), row.id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        created, card_id = json.loads(raw)
        return datetime.fromisoformat(created), str(card_id)
    except (ValueError, TypeError, binascii.Error) as e:
        raise InvalidCursor() from e


def merge_contacts(primary: Contact, other: Contact) -> Contact:
    """The primary's values win; the other fills gaps; lists are unioned, the primary's first."""
    merged = dict(primary)
    for name in SCALARS:
        if not merged.get(name):
            merged[name] = other.get(name)
    for name in ("emails", "websites"):
        seen = {v.casefold() for v in primary.get(name) or []}
        merged[name] = list(primary.get(name) or []) + [
            v for v in other.get(name) or [] if v.casefold() not in seen
        ]
    numbers = {p["number"] for p in primary.get("phones") or []}
    merged["phones"] = list(primary.get("phones") or []) + [
        p for p in other.get("phones") or [] if p["number"] not in numbers
    ]
    return merged


class CardStore:
    """Create, read, search, edit, delete and merge cards. Each call is one transaction."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    @staticmethod
    def _load(session: Session, card_id: str, *, with_image: bool = False) -> CardRow:
        options = [undefer(CardRow.image)] if with_image else []
        row = session.get(CardRow, card_id, options=options)
        if row is None:
            raise CardNotFound(card_id)
        return row

    @staticmethod
    def _set_contact(session: Session, row: CardRow, contact: Contact) -> None:
        row.contact = contact
        row.search_text = search_text(contact)
        session.execute(delete(CardKey).where(CardKey.card_id == row.id))
        session.add_all(CardKey(card_id=row.id, key=k) for k in identity_keys(contact))

    @staticmethod
    def _find_duplicate(session: Session, contact: Contact, *, before: CardRow | None = None) -> str | None:
        keys = identity_keys(contact)
        if not keys:
            return None
        query = (
            select(CardRow.id, CardRow.duplicate_of)
            .join(CardKey, CardKey.card_id == CardRow.id)
            .where(CardKey.key.in_(keys))
            .order_by(CardRow.created_at, CardRow.id)
        )
        if before is not None:
            # Only earlier cards: the oldest card of a person is the original, and no cycles can form.
            query = query.where(
                or_(
                    CardRow.created_at < before.created_at,
                    and_(CardRow.created_at == before.created_at, CardRow.id < before.id),
                )
            )
        first = session.execute(query.limit(1)).first()
        if first is None:
            return None
        return first.duplicate_of or first.id

    def find_duplicate(self, contact: Contact) -> str | None:
        """The id of the original card of the person in `contact` (same email or phone), if stored."""
        with self._session() as session:
            return self._find_duplicate(session, contact)

    def create(self, new: NewCard) -> CardRow:
        """Store a scan; a card of someone already stored is marked `duplicate_of` the original."""
        now = _now()
        with self._session() as session:
            row = CardRow(
                id=new_id(),
                created_at=now,
                updated_at=now,
                contact=new.contact,
                extracted=new.contact,
                confidence=new.confidence,
                text=new.text,
                warnings=list(new.warnings),
                region=new.region,
                reviewed=False,
                notes=None,
                follow_up_sent_at=None,
                image=new.image,
                has_image=new.image is not None,
                search_text=search_text(new.contact),
                duplicate_of=self._find_duplicate(session, new.contact),
            )
            session.add(row)
            session.flush()  # the row first: the keys refer to it
            session.add_all(CardKey(card_id=row.id, key=k) for k in identity_keys(new.contact))
        return row

    def get(self, card_id: str) -> CardRow:
        with self._session() as session:
            return self._load(session, card_id)

    def image(self, card_id: str) -> bytes | None:
        """The stored card image, or None when the card was stored without one."""
        with self._session() as session:
            return self._load(session, card_id, with_image=True).image

    def list(
        self,
        *,
        q: str | None = None,
        limit: int = 50,
        cursor: str | None = None,
        follow_up: FollowUpFilter | None = None,
    ) -> Page:
        """Newest first, `limit` at a time; `next` is the cursor of the following page or None."""
        query = select(CardRow).order_by(CardRow.created_at.desc(), CardRow.id.desc())
        if q and q.strip():
            term = _fold(q.strip())
            matches = [CardRow.search_text.like(_like(term), escape="\\")]
            # "212 736-2000" or "(212) 736" should find the number whatever its punctuation.
            if re.fullmatch(r"[\d\s().+\-/]+", term) and len(_digits(term)) >= 3:
                matches.append(CardRow.search_text.like(_like(_digits(term)), escape="\\"))
            query = query.where(or_(*matches))
        if follow_up == "pending":
            query = query.where(CardRow.follow_up_sent_at.is_(None))
        elif follow_up == "sent":
            query = query.where(CardRow.follow_up_sent_at.is_not(None))
        if cursor:
            created, card_id = decode_cursor(cursor)
            query = query.where(
                or_(
                    CardRow.created_at < created,
                    and_(CardRow.created_at == created, CardRow.id < card_id),
                )
            )
        with self._session() as session:
            rows = list(session.scalars(query.limit(limit + 1)))
        has_more = len(rows) > limit
        rows = rows[:limit]
        return Page(rows, encode_cursor(rows[-1]) if has_more and rows else None)

    def all(self) -> Iterable[CardRow]:
        """Every card, oldest first (for exports)."""
        with self._session() as session:
            return list(session.scalars(select(CardRow).order_by(CardRow.created_at, CardRow.id)))

    def update(
        self, card_id: str, changes: dict[str, Any], *, expected_version: int | None = None
    ) -> CardRow:
        """Apply already-validated `changes`; CardChanged when the card is no longer at `expected_version`."""
        unknown = set(changes) - PATCHABLE
        if unknown:
            raise ValueError(f"not patchable: {sorted(unknown)}")
        try:
            # One UPDATE per edit (no autoflush midway), so each edit bumps the version by exactly one.
            with self._session() as session, session.no_autoflush:
                row = self._load(session, card_id)
                if expected_version is not None and row.version != expected_version:
                    raise CardChanged(card_id)
                if "contact" in changes and changes["contact"] != row.contact:
                    old_keys = identity_keys(row.contact)
                    self._set_contact(session, row, changes["contact"])
                    if identity_keys(row.contact) != old_keys:
                        row.duplicate_of = self._find_duplicate(session, row.contact, before=row)
                for name in ("notes", "reviewed", "follow_up_sent_at"):
                    if name in changes:
                        setattr(row, name, changes[name])
                row.updated_at = _now()
        except StaleDataError as e:  # another writer committed between our read and our UPDATE
            raise CardChanged(card_id) from e
        return row

    def record_follow_up(self, card_id: str, *, interview_at: datetime, send_by: datetime) -> CardRow:
        """Store the drafted letter's interview time and deadline (the latest draft wins).

        One atomic UPDATE that bumps the version (the card's answer changes, so must its ETag) without
        checking it: drafting touches no field a person edits, so it never conflicts with an edit.
        """
        with self._session() as session:
            result = session.execute(
                update(CardRow)
                .where(CardRow.id == card_id)
                .values(
                    interview_at=interview_at,
                    follow_up_send_by=send_by,
                    version=CardRow.version + 1,
                    updated_at=_now(),
                )
                .execution_options(synchronize_session=False)
            )
            if not result.rowcount:  # type: ignore[attr-defined]
                raise CardNotFound(card_id)
            return self._load(session, card_id)

    def delete(self, card_id: str) -> None:
        """Remove the card, its image and its keys for good; its duplicates find a new original."""
        with self._session() as session:
            row = self._load(session, card_id)
            self._delete(session, row)

    def _delete(self, session: Session, row: CardRow) -> None:
        # Through the ORM, not a bulk UPDATE, so each changed card gets a new version (ETag).
        orphans = list(session.scalars(select(CardRow).where(CardRow.duplicate_of == row.id)))
        for orphan in orphans:
            orphan.duplicate_of = None
        session.flush()
        session.execute(delete(CardKey).where(CardKey.card_id == row.id))
        session.delete(row)
        session.flush()
        for orphan in orphans:
            orphan.duplicate_of = self._find_duplicate(session, orphan.contact, before=orphan)

    def merge(self, card_id: str, into_id: str) -> CardRow:
        """Fold card `card_id` into `into_id` and delete it. Reviewed values win over unreviewed ones."""
        if card_id == into_id:
            raise CannotMerge("A card cannot be merged into itself.")
        try:
            with self._session() as session:
                dup = self._load(session, card_id, with_image=True)
                kept = self._load(session, into_id, with_image=True)
                # The kept card's values win unless only the duplicate was reviewed by a person.
                primary, other = (dup, kept) if dup.reviewed and not kept.reviewed else (kept, dup)
                contact = merge_contacts(primary.contact, other.contact)
                notes = [n for n in (kept.notes, dup.notes) if n]
                kept.notes = "\n\n".join(dict.fromkeys(notes)) or None
                kept.reviewed = kept.reviewed or dup.reviewed
                kept.follow_up_sent_at = kept.follow_up_sent_at or dup.follow_up_sent_at
                if kept.follow_up_send_by is None:  # the interview and its deadline go together
                    kept.interview_at, kept.follow_up_send_by = dup.interview_at, dup.follow_up_send_by
                if kept.image is None and dup.image is not None:
                    kept.image, kept.has_image = dup.image, True
                if kept.duplicate_of == dup.id:
                    kept.duplicate_of = dup.duplicate_of
                for follower in session.scalars(select(CardRow).where(CardRow.duplicate_of == dup.id)):
                    if follower is not kept:
                        follower.duplicate_of = kept.id
                self._delete(session, dup)
                self._set_contact(session, kept, contact)
                if kept.duplicate_of == kept.id:
                    kept.duplicate_of = None
                kept.updated_at = _now()
                session.flush()
                session.refresh(kept)
        except StaleDataError as e:
            raise CardChanged(into_id) from e
        return kept
