"""CardStore on SQLite and PostgreSQL: create, search, page, versions, delete, duplicates, merge."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
import sqlalchemy as sa

from app.config import Settings
from app.db import init_database
from app.store import (
    CannotMerge,
    CardChanged,
    CardNotFound,
    CardStore,
    InvalidCursor,
    NewCard,
    merge_contacts,
)


def contact(
    name: str | None = "Priya Patel",
    *,
    emails: tuple[str, ...] = (),
    phones: tuple[str, ...] = (),
    company: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    given, _, family = (name or "").partition(" ")
    return {
        "name": name,
        "given_name": given or None,
        "family_name": family or None,
        "title": None,
        "company": company,
        "emails": list(emails),
        "phones": [{"number": n, "kind": "work", "display": n, "extension": None} for n in phones],
        "websites": [],
        "address": None,
        **extra,
    }


def test_create_and_get(store: CardStore) -> None:
    row = store.create(
        NewCard(
            contact("Priya Patel", emails=("p@x.com",)), {"name": 0.9}, "Priya Patel", image=b"\xff\xd8jpeg"
        )
    )
    assert len(row.id) == 32 and row.version == 1 and row.has_image
    got = store.get(row.id)
    assert got.contact["name"] == "Priya Patel" and got.extracted == got.contact
    assert got.created_at.tzinfo is not None and got.confidence == {"name": 0.9}
    assert store.image(row.id) == b"\xff\xd8jpeg"
    with pytest.raises(CardNotFound):
        store.get("nope")


def test_survives_a_restart(db_settings: Settings) -> None:
    first = init_database(db_settings)
    card_id = CardStore(first.sessions).create(NewCard(contact("Ann Lee"))).id
    first.dispose()
    second = init_database(db_settings)  # migrations again: nothing to do, nothing lost
    try:
        assert CardStore(second.sessions).get(card_id).contact["name"] == "Ann Lee"
    finally:
        second.dispose()


def test_sqlite_uses_wal(settings: Settings) -> None:
    database = init_database(settings)
    try:
        with database.engine.connect() as connection:
            assert connection.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
        assert (settings.data_dir / "cardcapture.db").exists()
    finally:
        database.dispose()


def test_search_by_name_company_email_and_phone_digits(store: CardStore) -> None:
    a = store.create(
        NewCard(
            contact("José Núñez", company="Cobalt Ridge", emails=("jn@cobalt.com",), phones=("+12127362000",))
        )
    )
    b = store.create(NewCard(contact("Ann Lee", company="Lumen Vale", emails=("ann@lumen.co",))))
    ids = lambda q: [r.id for r in store.list(q=q).items]  # noqa: E731
    assert ids("jose") == [a.id]
    assert ids("COBALT") == [a.id]
    assert ids("ann@lumen") == [b.id]
    assert ids("(212) 736-2000") == [a.id]
    assert ids("736 2000") == [a.id]
    assert ids("%") == [] and ids("_") == []
    assert ids("") == [b.id, a.id]


def test_pages_newest_first_with_cursor(store: CardStore) -> None:
    made = [store.create(NewCard(contact(f"Person {i}"))).id for i in range(5)]
    seen: list[str] = []
    cursor = None
    for _ in range(5):
        page = store.list(limit=2, cursor=cursor)
        seen += [r.id for r in page.items]
        cursor = page.next
        if cursor is None:
            break
    assert seen == made[::-1]
    with pytest.raises(InvalidCursor):
        store.list(cursor="not-a-cursor")


def test_follow_up_filter(store: CardStore) -> None:
    a = store.create(NewCard(contact("Ann Lee")))
    b = store.create(NewCard(contact("Bo Chen")))
    store.update(a.id, {"follow_up_sent_at": datetime(2025, 3, 5, 9, 0, tzinfo=UTC)})
    assert [r.id for r in store.list(follow_up="sent").items] == [a.id]
    assert [r.id for r in store.list(follow_up="pending").items] == [b.id]
    assert store.get(a.id).follow_up_sent_at == datetime(2025, 3, 5, 9, 0, tzinfo=UTC)


def test_update_bumps_the_version_and_refuses_a_stale_one(store: CardStore) -> None:
    row = store.create(NewCard(contact("Ann Lee")))
    updated = store.update(row.id, {"notes": "met at the fair", "reviewed": True}, expected_version=1)
    assert updated.version == 2 and updated.notes == "met at the fair" and updated.reviewed
    assert updated.updated_at >= row.updated_at
    with pytest.raises(CardChanged):
        store.update(row.id, {"notes": "lost update"}, expected_version=1)
    assert store.get(row.id).notes == "met at the fair"
    edited = store.update(row.id, {"contact": {**row.contact, "emails": ["a@b.co"]}, "notes": "n"})
    assert edited.version == 3  # one edit, one version, however many columns and keys it touched


def test_record_follow_up_stores_the_deadline_as_given(store: CardStore) -> None:
    row = store.create(NewCard(contact("Ann Lee")))
    assert row.interview_at is None and row.follow_up_send_by is None
    # A wall-clock time (no offset) stays one: it is not taken for UTC.
    floating = store.record_follow_up(
        row.id, interview_at=datetime(2025, 3, 4, 17, 0), send_by=datetime(2025, 3, 5, 17, 0)
    )
    assert floating.follow_up_send_by == datetime(2025, 3, 5, 17, 0) and floating.version == 2
    assert floating.follow_up_send_by.tzinfo is None and floating.updated_at >= row.updated_at
    plus_one = timezone(timedelta(hours=1))
    store.record_follow_up(
        row.id,
        interview_at=datetime(2025, 3, 4, 10, 0, tzinfo=plus_one),
        send_by=datetime(2025, 3, 5, 10, 0, tzinfo=plus_one),
    )
    again = store.get(row.id)
    assert again.version == 3  # the latest draft wins, and the ETag moves with it
    assert again.interview_at == datetime(2025, 3, 4, 10, 0, tzinfo=plus_one)
    assert again.follow_up_send_by is not None and again.follow_up_send_by.utcoffset() == timedelta(hours=1)
    assert [r.follow_up_send_by for r in store.list().items] == [again.follow_up_send_by]
    with pytest.raises(CardNotFound):
        store.record_follow_up("missing", interview_at=datetime(2025, 3, 4), send_by=datetime(2025, 3, 5))


def test_duplicates_by_email_or_phone(store: CardStore) -> None:
    first = store.create(NewCard(contact("Priya Patel", emails=("PP@cobalt.com",))))
    again = store.create(NewCard(contact("P. Patel", emails=("pp@cobalt.com",))))
    by_phone = store.create(NewCard(contact("Priya", phones=("+12127362000",))))
    phone_again = store.create(NewCard(contact(None, phones=("+12127362000",))))
    other = store.create(NewCard(contact("Someone Else", emails=("else@x.com",))))
    assert first.duplicate_of is None and again.duplicate_of == first.id
    assert by_phone.duplicate_of is None and phone_again.duplicate_of == by_phone.id
    assert other.duplicate_of is None
    assert store.find_duplicate(contact("X", emails=("pp@cobalt.com",))) == first.id
    # Editing the email away makes the card its own person again.
    store.update(again.id, {"contact": contact("P. Patel", emails=("other@cobalt.com",))})
    assert store.get(again.id).duplicate_of is None


def test_delete_is_for_good_and_relinks_duplicates(store: CardStore) -> None:
    first = store.create(NewCard(contact("Ann Lee", emails=("ann@x.com",)), image=b"jpeg"))
    second = store.create(NewCard(contact("Ann Lee", emails=("ann@x.com",))))
    third = store.create(NewCard(contact("Ann Lee", emails=("ann@x.com",))))
    store.delete(first.id)
    with pytest.raises(CardNotFound):
        store.get(first.id)
    with pytest.raises(CardNotFound):
        store.image(first.id)
    assert store.get(second.id).duplicate_of is None
    assert store.get(third.id).duplicate_of == second.id
    with pytest.raises(CardNotFound):
        store.delete(first.id)


def test_merge_keeps_reviewed_values_and_deletes_the_duplicate(store: CardStore) -> None:
    kept = store.create(NewCard(contact("Priya Patel", emails=("pp@cobalt.com",), company="Cobalt")))
    dup = store.create(
        NewCard(
            contact(
                "Priya Patell",
                emails=("pp@cobalt.com", "priya@home.com"),
                phones=("+12127362000",),
                title="VP",
            ),
            image=b"img",
        )
    )
    store.update(
        dup.id,
        {"notes": "second card", "reviewed": True, "contact": {**dup.contact, "name": "Priya Patel-Rao"}},
    )
    store.record_follow_up(dup.id, interview_at=datetime(2025, 3, 4, 17), send_by=datetime(2025, 3, 5, 17))
    merged = store.merge(dup.id, kept.id)
    assert merged.id == kept.id and merged.reviewed
    # The kept card had no letter drafted: it takes the duplicate's interview and deadline.
    assert merged.interview_at == datetime(2025, 3, 4, 17)
    assert merged.follow_up_send_by == datetime(2025, 3, 5, 17)
    assert merged.contact["name"] == "Priya Patel-Rao"  # the reviewed card's value wins
    assert merged.contact["company"] == "Cobalt"  # gaps filled from the other
    assert merged.contact["emails"] == ["pp@cobalt.com", "priya@home.com"]
    assert [p["number"] for p in merged.contact["phones"]] == ["+12127362000"]
    assert merged.notes == "second card" and merged.has_image and store.image(kept.id) == b"img"
    with pytest.raises(CardNotFound):
        store.get(dup.id)
    with pytest.raises(CannotMerge):
        store.merge(kept.id, kept.id)
    with pytest.raises(CardNotFound):
        store.merge(kept.id, "missing")


def test_merge_contacts_prefers_primary() -> None:
    primary = contact("A B", emails=("a@x.com",), company=None)
    other = contact("C D", emails=("A@x.com", "c@x.com"), company="Acme")
    merged = merge_contacts(primary, other)
    assert merged["name"] == "A B" and merged["company"] == "Acme"
    assert merged["emails"] == ["a@x.com", "c@x.com"]
