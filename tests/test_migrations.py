"""Alembic migrations upgrade a database that already holds cards, without losing any, on both backends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from fastapi.testclient import TestClient

from app.config import Settings
from app.db import alembic_config, make_engine, upgrade
from app.main import create_app

CREATED = datetime(2025, 3, 4, 9, 30, tzinfo=UTC)
CONTACT = {
    "name": "Priya Patel",
    "given_name": "Priya",
    "family_name": "Patel",
    "title": None,
    "company": "Cobalt Ridge Capital",
    "emails": ["ppatel@cobaltridge.com"],
    "phones": [],
    "websites": [],
    "address": None,
}


def _migrate(engine: sa.Engine, revision: str, *, down: bool = False) -> None:
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def _revision(engine: sa.Engine) -> str:
    with engine.connect() as connection:
        return str(connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one())


def _columns(engine: sa.Engine) -> set[str]:
    return {c["name"] for c in sa.inspect(engine).get_columns("cards")}


def _database_at_0001_with_a_card(url: str) -> sa.Engine:
    """A database as revision 0001 left it, holding one card with its identity key (written as 0001 did)."""
    engine = make_engine(url)
    _migrate(engine, "0001")
    metadata = sa.MetaData()
    cards = sa.Table("cards", metadata, autoload_with=engine)
    keys = sa.Table("card_keys", metadata, autoload_with=engine)
    naive_utc = CREATED.replace(tzinfo=None) if engine.dialect.name == "sqlite" else CREATED
    with engine.begin() as connection:
        connection.execute(
            cards.insert().values(
                id="a" * 32,
                created_at=naive_utc,
                updated_at=naive_utc,
                version=1,
                contact=CONTACT,
                extracted=CONTACT,
                confidence={"name": 0.9},
                text="Priya Patel",
                warnings=[],
                region="US",
                reviewed=True,
                notes="met at the fair",
                duplicate_of=None,
                follow_up_sent_at=None,
                search_text="priya patel",
                image=b"jpeg",
                has_image=True,
            )
        )
        connection.execute(keys.insert().values(card_id="a" * 32, key="email:ppatel@cobaltridge.com"))
    return engine


def test_upgrade_from_0001_keeps_the_cards(tmp_path: Path, database_url: str) -> None:
    engine = _database_at_0001_with_a_card(database_url)
    try:
        assert _revision(engine) == "0001" and "follow_up_send_by" not in _columns(engine)
        upgrade(engine)  # what the service runs at start-up
        assert _revision(engine) == "0002"
        assert {"interview_at", "follow_up_send_by"} <= _columns(engine)
    finally:
        engine.dispose()

    settings = Settings(data_dir=tmp_path / "data", database_url=database_url, ocr_workers=2)
    with TestClient(create_app(settings)) as client:
        card = client.get(f"/api/v1/cards/{'a' * 32}").json()
        assert card["contact"] == CONTACT and card["notes"] == "met at the fair" and card["reviewed"] is True
        assert datetime.fromisoformat(card["created_at"]) == CREATED
        # No letter drafted yet: the deadline is a day after the scan.
        assert datetime.fromisoformat(card["send_by"]) == CREATED + timedelta(hours=24)
        assert card["interview_at"] is None and card["has_image"]
        assert client.get(f"/api/v1/cards/{'a' * 32}/image").content == b"jpeg"
        # Its identity key survived too: the same person scanned again is a duplicate of it.
        assert client.app.state.store.find_duplicate(CONTACT) == "a" * 32  # type: ignore[attr-defined]
        drafted = client.post(
            f"/api/v1/cards/{'a' * 32}/follow-up",
            json={"position": "Analyst", "interview_date": "2025-03-04", "sender_name": "Sam"},
        )
        assert drafted.status_code == 200, drafted.text
        assert client.get(f"/api/v1/cards/{'a' * 32}").json()["send_by"] == "2025-03-05T17:00:00"


def test_downgrade_to_0001_keeps_the_cards(database_url: str) -> None:
    engine = _database_at_0001_with_a_card(database_url)
    try:
        upgrade(engine)
        with engine.begin() as connection:
            connection.execute(sa.text("UPDATE cards SET follow_up_send_by = '2025-03-05T17:00:00'"))
        _migrate(engine, "0001", down=True)
        assert _revision(engine) == "0001"
        assert not {"interview_at", "follow_up_send_by"} & _columns(engine)
        with engine.connect() as connection:
            notes = connection.execute(sa.text("SELECT notes FROM cards")).scalars().all()
            assert notes == ["met at the fair"]
            assert connection.execute(sa.text("SELECT count(*) FROM card_keys")).scalar_one() == 1
        upgrade(engine)  # and back up again
        assert _revision(engine) == "0002"
    finally:
        engine.dispose()
