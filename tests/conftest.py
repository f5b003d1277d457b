"""Shared fixtures: an app per test on a fresh data folder, on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app

POSTGRES_URL = os.environ.get("CARDCAPTURE_TEST_DATABASE_URL")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings for an app on SQLite in a temporary data folder."""
    return Settings(data_dir=tmp_path / "data", ocr_workers=2)


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    """A client of a fresh app; the lifespan (Tesseract probe, migrations) runs on enter."""
    with TestClient(create_app(settings)) as test_client:
        yield test_client


# --- Database backends (issue 3): every DB test runs on SQLite, and on PostgreSQL when configured. ---

BACKENDS = [
    "sqlite",
    pytest.param(
        "postgres",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(not POSTGRES_URL, reason="CARDCAPTURE_TEST_DATABASE_URL is not set"),
        ],
    ),
]


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to an empty database: a fresh SQLite file, or a PostgreSQL schema made for this test only."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'data' / 'cards.db'}"
        return
    import uuid

    import sqlalchemy as sa

    assert POSTGRES_URL is not None
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin_url = Settings(database_url=POSTGRES_URL).resolved_database_url
    admin = sa.create_engine(admin_url, poolclass=sa.NullPool)
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in POSTGRES_URL else "?"
    try:
        # Every connection of the app under test lands in the new schema (libpq `options`).
        yield f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def db_settings(tmp_path: Path, database_url: str) -> Settings:
    """Settings for an app on the parametrized database backend."""
    return Settings(data_dir=tmp_path / "data", database_url=database_url, ocr_workers=2)


@pytest.fixture
def db_client(db_settings: Settings) -> Iterator[TestClient]:
    """A client of a fresh app on each database backend."""
    with TestClient(create_app(db_settings)) as test_client:
        yield test_client


@pytest.fixture
def store(db_settings: Settings) -> Iterator[object]:
    """A CardStore on a freshly migrated database of each backend."""
    from app.db import init_database
    from app.store import CardStore

    database = init_database(db_settings)
    try:
        yield CardStore(database.sessions)
    finally:
        database.dispose()
