"""Liveness and readiness probes."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from ocr.errors import OcrUnavailable
from ocr.tesseract import probe

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="200 while the process lives")
async def healthz() -> dict[str, str]:
    # Deliberately touches nothing: it must answer even while every OCR worker is busy.
    return {"status": "ok"}


@router.get("/readyz", summary="200 when Tesseract and the database answer, else 503")
async def readyz(request: Request) -> JSONResponse:
    checks: dict[str, Any] = {}
    ready = True
    try:
        engine = probe(request.app.state.settings.tesseract_cmd)
        request.app.state.engine = engine
        checks["tesseract"] = {"ok": True, "version": engine.version}
    except OcrUnavailable as e:
        ready = False
        checks["tesseract"] = {"ok": False, "detail": e.detail}
    db_check = getattr(request.app.state, "database_check", None)
    if db_check is not None:
        try:
            await db_check()
            checks["database"] = {"ok": True}
        except Exception as e:  # any driver error means "not ready"; say which
            ready = False
            checks["database"] = {"ok": False, "detail": type(e).__name__}
    checks["ocr_workers"] = {
        "size": request.app.state.ocr_runner.workers,
        "busy": request.app.state.ocr_runner.busy,
    }
    status = 200 if ready else 503
    return JSONResponse({"status": "ready" if ready else "not ready", "checks": checks}, status_code=status)
