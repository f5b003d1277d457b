"""Persistence plumbing: the tables, the engine, sessions and Alembic migrations run at start-up.

Nothing here knows about OCR or HTTP. The store (`app/store.py`) is the only user of the tables.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Dialect,
    Engine,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    create_engine,
    event,
    make_url,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, deferred, mapped_column, sessionmaker
from sqlalchemy.types import TypeDecorator

from .config import Settings

log = logging.getLogger("cardcapture")

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Any constant will do: it only has to be the same for every replica migrating the same database.
_PG_MIGRATION_LOCK = 0x0CA4DCA9


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores naive text; we put the UTC back)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        # SQLite compares datetimes as text: one naive UTC format keeps ordering and cursors right.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class IsoDateTime(TypeDecorator[datetime]):
    """A datetime kept exactly as given, as ISO 8601 text: with its own offset, or with none.

    For times only the user's clock knows: "17:00 the day after the interview" has no zone we could
    convert it with, so it stays a wall-clock time and reads the same on every device.
    """

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else value.isoformat()

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class Base(DeclarativeBase):
    pass


class CardRow(Base):
    """One scanned card. `contact` is the reviewed contact; `extracted` stays as OCR read it."""

    __tablename__ = "cards"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    # Bumped on every UPDATE (SQLAlchemy's version counter): the ETag, and a guard against lost updates.
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    contact: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    extracted: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    confidence: Mapped[dict[str, float]] = mapped_column(JSON, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    warnings: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    region: Mapped[str | None] = mapped_column(String(2))
    reviewed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    duplicate_of: Mapped[str | None] = mapped_column(
        String(32), ForeignKey("cards.id", ondelete="SET NULL"), index=True
    )
    follow_up_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Set when a thank-you letter is drafted (the latest draft wins); see app/letter.py for the rules.
    interview_at: Mapped[datetime | None] = mapped_column(IsoDateTime())
    follow_up_send_by: Mapped[datetime | None] = mapped_column(IsoDateTime())
    # Lower-cased, accent-free name/company/emails/phone digits: what `q` searches.
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # In the database, not on disk, so every replica serves it; deferred so lists never load it.
    image: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    has_image: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's declarative convention
    __table_args__ = (Index("ix_cards_created_at_id", "created_at", "id"),)


class CardKey(Base):
    """An identity of the person on a card ("email:..." or "tel:+1..."), for finding duplicates."""

    __tablename__ = "card_keys"

    card_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("cards.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(320), primary_key=True, index=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers and one writer work at once; busy_timeout waits out a writer instead of failing.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets WAL and foreign keys on every connection."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(url: str) -> Config:
    """Alembic configured from the package itself, so it works after `pip install .` from any folder."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration, in one transaction."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            # Replicas starting together: one migrates, the others wait, then find nothing to do.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@dataclass
class Database:
    """The engine and its session factory, made once per process."""

    engine: Engine
    sessions: sessionmaker[Any]

    def ping(self) -> None:
        """Raise unless the database answers `SELECT 1`."""
        with self.engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    def dispose(self) -> None:
        self.engine.dispose()


def init_database(settings: Settings, *, migrate: bool = True) -> Database:
    """Create the data folder, connect, and run the migrations (the service does this at start-up)."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.resolved_database_url)
    if migrate:
        upgrade(engine)
    log.info("database: %s", engine.url.render_as_string(hide_password=True))
    return Database(engine, sessionmaker(engine, expire_on_commit=False))
