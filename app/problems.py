"""RFC 9457 problem+json answers: every error the service gives goes through `problem_response`."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ocr.errors import CardCaptureError

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_BASE = "https://github.com/cardcapture/cardcapture/blob/main/README.md#problem-"

log = logging.getLogger("cardcapture")

TITLES = {"invalid-request": "Invalid request"}
"""Titles of our documented problem types, so every 422 for an invalid request reads the same."""


class ApiError(Exception):
    """An error raised by the web layer itself (not found, conflict, precondition failed...)."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        slug: str | None = None,
        errors: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.slug = slug
        self.errors = errors
        self.headers = headers


def problem_response(
    status: int,
    detail: str | None,
    *,
    title: str | None = None,
    slug: str | None = None,
    errors: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """A problem+json response; `slug` names a documented problem type, otherwise `about:blank`."""
    body: dict[str, Any] = {
        "type": PROBLEM_BASE + slug if slug else "about:blank",
        "title": title or TITLES.get(slug or "") or HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
    }
    if errors is not None:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


def install_problem_handlers(app: FastAPI) -> None:
    """Route every error, ours and the framework's, to problem+json; never a stack trace to the client."""

    @app.exception_handler(CardCaptureError)
    async def _card_capture_error(request: Request, exc: CardCaptureError) -> JSONResponse:
        if exc.status >= 500:
            log.warning("%s %s failed: %s", request.method, request.url.path, exc.detail)
        headers = {"Retry-After": "5"} if exc.status == 503 else None
        return problem_response(exc.status, exc.detail, title=exc.title, slug=exc.slug, headers=headers)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return problem_response(exc.status, exc.detail, slug=exc.slug, errors=exc.errors, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(err.get("loc", ())), "msg": err.get("msg", ""), "type": err.get("type", "")}
            for err in exc.errors()
        ]
        return problem_response(
            422,
            "The request is not valid; see errors.",
            title="Invalid request",
            slug="invalid-request",
            errors=errors,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return problem_response(exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(500, "An unexpected error occurred; it has been logged.")
