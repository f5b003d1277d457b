"""The mobile web app: one server-rendered shell at `/`, `/contacts` and `/cards/{id}`.

The shell holds every screen; /static/app.js shows the one the URL names and talks to the JSON API
(the same contract other clients use), so the page needs no API of its own.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
STATIC_DIR = WEB_DIR / "static"
templates = Jinja2Templates(directory=WEB_DIR / "templates")

router = APIRouter(include_in_schema=False)


@lru_cache
def asset_version() -> str:
    """A short hash of the static files, appended to their URLs so a new release is never served stale."""
    digest = hashlib.sha256()
    for path in sorted(STATIC_DIR.rglob("*")):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def _shell(request: Request, view: str) -> HTMLResponse:
    return templates.TemplateResponse(
        request,
        "index.html",
        {"view": view, "v": asset_version()},
        headers={"Cache-Control": "no-cache"},
    )


@router.api_route("/", methods=["GET", "HEAD"], response_class=HTMLResponse)
def scan_page(request: Request) -> HTMLResponse:
    return _shell(request, "scan")


@router.api_route("/contacts", methods=["GET", "HEAD"], response_class=HTMLResponse)
def contacts_page(request: Request) -> HTMLResponse:
    return _shell(request, "contacts")


@router.get("/cards/{card_id}", response_class=HTMLResponse)
def card_page(request: Request, card_id: str) -> HTMLResponse:
    return _shell(request, "card")


@router.get("/manifest.webmanifest")
def manifest() -> FileResponse:
    # Served from the root so its scope covers the whole app.
    return FileResponse(
        STATIC_DIR / "manifest.webmanifest",
        media_type="application/manifest+json",
        headers={"Cache-Control": "no-cache"},
    )


@router.get("/favicon.ico")
def favicon() -> FileResponse:
    return FileResponse(STATIC_DIR / "icons" / "icon-192.png", media_type="image/png")


def static_files() -> StaticFiles:
    """The /static mount (CSS, JS, icons)."""
    return StaticFiles(directory=STATIC_DIR)
