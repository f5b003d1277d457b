"""POST /api/v1/extract (photo -> contact, nothing stored) and POST /api/v1/parse (text -> contact)."""

from __future__ import annotations

from typing import Annotated

import phonenumbers
from fastapi import APIRouter, File, Form, UploadFile

from ocr import Extraction, parse_text, read_card
from ocr.errors import ImageTooLarge, UnsupportedImage
from ocr.tesseract import Engine

from ..config import Settings
from ..deps import EngineDep, RunnerDep, SettingsDep
from ..ocr_runner import OcrRunner
from ..problems import ApiError
from ..schemas import ExtractionOut, ParseOut, ParseRequest

router = APIRouter(prefix="/api/v1", tags=["extract"])

KNOWN_REGIONS = frozenset(phonenumbers.SUPPORTED_REGIONS)
CHUNK = 1 << 20


async def read_upload(upload: UploadFile, *, limit: int, field: str) -> bytes:
    """Read an uploaded file into memory, refusing it (413) as soon as it passes `limit` bytes."""
    content_type = (upload.content_type or "").lower()
    if content_type and not (
        content_type.startswith("image/") or content_type in ("application/octet-stream", "")
    ):
        raise UnsupportedImage(f"The '{field}' part is {content_type}, not an image.")
    chunks: list[bytes] = []
    size = 0
    while chunk := await upload.read(CHUNK):
        size += len(chunk)
        if size > limit:
            raise ImageTooLarge(f"The '{field}' file is over the {limit // (1024 * 1024)} MB limit.")
        chunks.append(chunk)
    return b"".join(chunks)


def checked_region(region: str | None) -> str | None:
    """Upper-case a region code, refusing (422) one that phonenumbers does not know."""
    if region is None or not region.strip():
        return None
    code = region.strip().upper()
    if code not in KNOWN_REGIONS:
        raise ApiError(
            422,
            f"'{region}' is not an ISO 3166 alpha-2 region code we know.",
            slug="invalid-request",
            errors=[{"loc": ["body", "region"], "msg": "unknown region", "type": "value_error"}],
        )
    return code


async def extract_upload(
    image: UploadFile,
    back: UploadFile | None,
    region: str | None,
    *,
    settings: Settings,
    runner: OcrRunner,
    engine: Engine,
    keep_card_image: bool = False,
) -> Extraction:
    """The shared body of /extract and POST /cards: read the parts, run the pipeline in the OCR pool;
    `keep_card_image` when the flattened card will be stored."""
    code = checked_region(region)
    front = await read_upload(image, limit=settings.max_upload_bytes, field="image")
    back_bytes = None
    if back is not None and (back.filename or back.size):
        back_bytes = await read_upload(back, limit=settings.max_upload_bytes, field="back")
        back_bytes = back_bytes or None
    return await runner.run(
        read_card,
        front,
        back=back_bytes,
        region=code,
        default_region=settings.default_region,
        engine=engine,
        max_pixels=settings.max_pixels,
        timeout_s=settings.ocr_timeout_s,
        keep_card_image=keep_card_image,
    )


@router.post("/extract", response_model=ExtractionOut, summary="Read a card photo; nothing is stored")
async def extract(
    image: Annotated[UploadFile, File(description="Photo of the card's front")],
    settings: SettingsDep,
    runner: RunnerDep,
    engine: EngineDep,
    back: Annotated[UploadFile | None, File(description="Optional photo of the back")] = None,
    region: Annotated[str | None, Form(description="ISO 3166 alpha-2; overrides inference")] = None,
) -> ExtractionOut:
    extraction = await extract_upload(image, back, region, settings=settings, runner=runner, engine=engine)
    return ExtractionOut.from_extraction(extraction)


@router.post("/parse", response_model=ParseOut, summary="Parse card text into a contact")
def parse(request: ParseRequest, settings: SettingsDep) -> ParseOut:
    # Parsing is a few milliseconds of pure Python: a sync route (run in Starlette's thread pool) is enough.
    parsed = parse_text(
        request.text, region=checked_region(request.region), default_region=settings.default_region
    )
    return ParseOut.from_parsed(parsed)
