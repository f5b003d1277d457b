"""FastAPI dependencies, declared once as `Annotated` aliases and used by the routes."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from ocr.tesseract import Engine

from .config import Settings
from .ocr_runner import OcrRunner
from .store import CardStore


def get_settings_dep(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_runner(request: Request) -> OcrRunner:
    runner: OcrRunner = request.app.state.ocr_runner
    return runner


def get_engine(request: Request) -> Engine:
    """The Tesseract probed at start-up; probing again here turns a missing engine into a clear 503."""
    engine: Engine | None = request.app.state.engine
    if engine is None:
        from ocr.tesseract import probe

        engine = probe(request.app.state.settings.tesseract_cmd)
        request.app.state.engine = engine
    return engine


def get_store(request: Request) -> CardStore:
    """The card store opened by the lifespan (app/main.py)."""
    store: CardStore = request.app.state.store
    return store


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
RunnerDep = Annotated[OcrRunner, Depends(get_runner)]
EngineDep = Annotated[Engine, Depends(get_engine)]
StoreDep = Annotated[CardStore, Depends(get_store)]
