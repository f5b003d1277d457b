"""The app factory: settings, lifespan (probe Tesseract once), problem handlers, routers."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial

import anyio.to_thread
from fastapi import FastAPI

from ocr.errors import OcrUnavailable
from ocr.tesseract import probe

from .api import cards, extract, follow_up, health, pages
from .config import Settings, get_settings
from .db import init_database
from .ocr_runner import OcrRunner
from .problems import install_problem_handlers
from .security import SecurityHeadersMiddleware
from .store import CardStore, StoreError

log = logging.getLogger("cardcapture")


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the service; tests pass their own `settings`."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            app.state.engine = probe(settings.tesseract_cmd)
            log.info("OCR engine: %s (%s)", app.state.engine.version, app.state.engine.cmd)
        except OcrUnavailable as e:
            # Keep serving (stored cards, the page); /readyz says 503 and /extract answers a clear 503.
            app.state.engine = None
            log.error("%s", e.detail)
        # Migrations run before the first request; a database we cannot reach stops start-up loudly.
        database = init_database(settings)
        app.state.store = CardStore(database.sessions)
        app.state.database_check = partial(anyio.to_thread.run_sync, database.ping)
        try:
            yield
        finally:
            database.dispose()

    app = FastAPI(
        title="cardcapture",
        version="0.1.0",
        summary="Snap a business card, get a validated contact.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = None
    app.state.ocr_runner = OcrRunner(settings.ocr_workers)
    install_problem_handlers(app)
    app.add_exception_handler(StoreError, cards.store_error_handler)
    app.include_router(health.router)
    app.include_router(extract.router)
    app.include_router(cards.router)
    app.include_router(follow_up.router)
    # The mobile web app (issue 4): its page routes, /static, and security headers.
    app.add_middleware(SecurityHeadersMiddleware)
    app.include_router(pages.router)
    app.mount("/static", pages.static_files(), name="static")
    return app


app = create_app()
