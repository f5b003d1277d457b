"""Stored cards: create from a photo, list/search, read, edit (merge patch + ETag), delete, merge, export.

Routes stay thin: persistence is in app/store.py, edit validation in app/contact_edit.py, formats in
app/vcard.py and app/export.py.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import anyio.to_thread
from fastapi import APIRouter, Depends, File, Form, Header, Query, Request, Response, UploadFile
from fastapi.responses import JSONResponse

from ocr import Extraction

from ..contact_edit import ContactInvalid, apply_contact_patch, card_region
from ..db import CardRow
from ..deps import EngineDep, RunnerDep, SettingsDep, StoreDep
from ..export import cards_csv, cards_vcf
from ..images import clean_card_jpeg
from ..problems import ApiError, problem_response
from ..schemas import CardList, CardOut, CardPatch, ContactOut, MergeRequest
from ..store import CannotMerge, CardChanged, CardNotFound, InvalidCursor, NewCard, StoreError
from ..vcard import contact_vcard, content_disposition, vcard_filename
from .extract import checked_region, extract_upload

router = APIRouter(prefix="/api/v1", tags=["cards"])

STORE_PROBLEMS: dict[type[StoreError], tuple[int, str]] = {
    CardNotFound: (404, "card-not-found"),
    CardChanged: (412, "precondition-failed"),
    InvalidCursor: (422, "invalid-request"),
    CannotMerge: (409, "cannot-merge"),
}


async def store_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """The store's errors as problem+json (installed by app/main.py)."""
    status, slug = next(
        (problem for kind, problem in STORE_PROBLEMS.items() if isinstance(exc, kind)), (500, "store-error")
    )
    return problem_response(status, str(exc), slug=slug)


def etag(row: CardRow) -> str:
    return f'"{row.version}"'


def _answer(row: CardRow, response: Response) -> CardOut:
    response.headers["ETag"] = etag(row)
    return CardOut.from_row(row)


def _check_if_match(if_match: str | None, row: CardRow) -> None:
    """412 unless `If-Match` (when sent) names the card's current ETag: no silent lost updates."""
    if if_match is None:
        return
    tags = {t.strip().removeprefix("W/") for t in if_match.split(",")}
    if "*" not in tags and etag(row) not in tags:
        raise ApiError(
            412,
            "The card changed since you read it; fetch it again and re-apply your edit.",
            slug="precondition-failed",
            headers={"ETag": etag(row)},
        )


def _json_body(content_type: Annotated[str | None, Header()] = None) -> None:
    """415 for a body that is not JSON (application/json or application/merge-patch+json)."""
    media = (content_type or "").split(";")[0].strip().lower()
    if media not in ("application/json", "application/merge-patch+json"):
        raise ApiError(
            415,
            "Send the patch as application/merge-patch+json (or application/json).",
            slug="unsupported-media-type",
        )


def _changes(row: CardRow, patch: CardPatch, default_region: str) -> dict[str, Any]:
    """The store changes for a merge patch; 422 naming each invalid field."""
    given = patch.model_fields_set
    changes: dict[str, Any] = {}
    if "contact" in given:
        if patch.contact is None:
            error = {"loc": ["body", "contact"], "msg": "must be an object", "type": "type_error"}
            raise ApiError(
                422,
                "The contact cannot be removed; send the fields to clear as null.",
                slug="invalid-request",
                errors=[error],
            )
        region = row.region or card_region(row.contact, default_region)
        try:
            changes["contact"] = apply_contact_patch(row.contact, patch.contact, region=region)
        except ContactInvalid as e:
            raise ApiError(422, f"Invalid contact: {e}", slug="invalid-request", errors=e.errors) from e
    if "notes" in given:
        changes["notes"] = (patch.notes.strip() or None) if patch.notes else None
    if "reviewed" in given:
        changes["reviewed"] = bool(patch.reviewed)  # null (RFC 7396 "remove") means not reviewed
    if "follow_up_sent_at" in given:
        changes["follow_up_sent_at"] = patch.follow_up_sent_at
    return changes


def _new_card(extraction: Extraction, region: str | None, keep_image: bool) -> NewCard:
    image = extraction.card_jpeg if keep_image else None
    return NewCard(
        contact=ContactOut.from_contact(extraction.contact).model_dump(mode="json"),
        confidence=dict(extraction.confidence),
        text=extraction.text,
        warnings=list(extraction.warnings),
        region=region,
        image=clean_card_jpeg(image) if image else None,
    )


@router.post("/cards", status_code=201, response_model=CardOut, summary="Read a card photo and store it")
async def create_card(
    image: Annotated[UploadFile, File(description="Photo of the card's front")],
    settings: SettingsDep,
    runner: RunnerDep,
    engine: EngineDep,
    store: StoreDep,
    response: Response,
    back: Annotated[UploadFile | None, File(description="Optional photo of the back")] = None,
    region: Annotated[str | None, Form(description="ISO 3166 alpha-2; overrides inference")] = None,
) -> CardOut:
    extraction = await extract_upload(
        image,
        back,
        region,
        settings=settings,
        runner=runner,
        engine=engine,
        keep_card_image=settings.keep_images,
    )
    new = _new_card(extraction, checked_region(region), settings.keep_images)
    row = await anyio.to_thread.run_sync(store.create, new)
    response.headers["Location"] = f"/api/v1/cards/{row.id}"
    return _answer(row, response)


@router.get("/cards", response_model=CardList, summary="Cards, newest first; search and page")
def list_cards(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=200, description="Name, company, email or phone")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
    follow_up: Annotated[Literal["pending", "sent"] | None, Query()] = None,
) -> CardList:
    page = store.list(q=q, limit=limit, cursor=cursor, follow_up=follow_up)
    return CardList(items=[CardOut.from_row(r) for r in page.items], next=page.next)


# Declared before /cards/{card_id} so "export" is never taken for an id.
@router.get("/cards/export", summary="Every card as CSV or vCards", response_class=Response)
def export_cards(store: StoreDep, format: Literal["csv", "vcf"] = "csv") -> Response:
    cards = [CardOut.from_row(r) for r in store.all()]
    if format == "csv":
        body, media_type = cards_csv(cards), "text/csv; charset=utf-8"
    else:
        body, media_type = cards_vcf(cards), "text/vcard; charset=utf-8"
    disposition = f'attachment; filename="cardcapture-contacts.{format}"'
    return Response(body, media_type=media_type, headers={"Content-Disposition": disposition})


@router.get("/cards/{card_id}", response_model=CardOut, summary="One card, with its ETag")
def get_card(card_id: str, store: StoreDep, response: Response) -> CardOut:
    return _answer(store.get(card_id), response)


@router.patch(
    "/cards/{card_id}",
    response_model=CardOut,
    dependencies=[Depends(_json_body)],
    summary="Edit a card (JSON merge patch); send If-Match with the ETag to avoid overwriting others",
)
def patch_card(
    card_id: str,
    patch: CardPatch,
    store: StoreDep,
    settings: SettingsDep,
    response: Response,
    if_match: Annotated[str | None, Header()] = None,
) -> CardOut:
    row = store.get(card_id)
    _check_if_match(if_match, row)
    # expected_version also catches a writer that slips in between our read and our write.
    row = store.update(card_id, _changes(row, patch, settings.default_region), expected_version=row.version)
    return _answer(row, response)


@router.delete("/cards/{card_id}", status_code=204, summary="Erase a card and its image for good")
def delete_card(card_id: str, store: StoreDep) -> Response:
    store.delete(card_id)
    return Response(status_code=204)


@router.post("/cards/{card_id}/merge", response_model=CardOut, summary="Merge this card into another")
def merge_card(card_id: str, body: MergeRequest, store: StoreDep, response: Response) -> CardOut:
    return _answer(store.merge(card_id, body.into), response)


@router.get("/cards/{card_id}/image", response_class=Response, summary="The cleaned card JPEG, no EXIF")
def card_image(card_id: str, store: StoreDep) -> Response:
    data = store.image(card_id)
    if data is None:
        raise ApiError(404, "This card was stored without its image.", slug="no-image")
    return Response(data, media_type="image/jpeg", headers={"Cache-Control": "private, no-cache"})


@router.get("/cards/{card_id}/vcard", response_class=Response, summary="The card as a vCard 3.0")
def card_vcard(card_id: str, store: StoreDep) -> Response:
    card = CardOut.from_row(store.get(card_id))
    disposition = content_disposition(*vcard_filename(card.contact))
    return Response(
        contact_vcard(card.contact, note=card.notes, uid=card.id),
        media_type="text/vcard; charset=utf-8",
        headers={"Content-Disposition": disposition},
    )
