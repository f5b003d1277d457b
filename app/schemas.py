"""Pydantic models of the public contract (../shared/CONTRACT.md), separate from the pipeline's dataclasses.

Internal values (`ocr.models`) never leak as they are: every answer is built through these models.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ocr import models as ocr_models

# Thank-you etiquette: within a day of the interview (app/letter.py applies it to the interview time).
SEND_WITHIN = timedelta(hours=24)
PhoneKindName = Literal["mobile", "work", "fax", "other"]


class PhoneOut(BaseModel):
    number: str = Field(description="E.164, e.g. +12127362000")
    kind: PhoneKindName = "other"
    display: str = Field(description="As dialled in its own country, e.g. (212) 736-2000")
    extension: str | None = None


class ContactOut(BaseModel):
    name: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    title: str | None = None
    company: str | None = None
    emails: list[str] = Field(default_factory=list)
    phones: list[PhoneOut] = Field(default_factory=list)
    websites: list[str] = Field(default_factory=list)
    address: str | None = None

    @classmethod
    def from_contact(cls, contact: ocr_models.Contact) -> ContactOut:
        return cls(
            name=contact.name,
            given_name=contact.given_name,
            family_name=contact.family_name,
            title=contact.title,
            company=contact.company,
            emails=list(contact.emails),
            phones=[
                PhoneOut(number=p.number, kind=p.kind, display=p.display, extension=p.extension)
                for p in contact.phones
            ],
            websites=list(contact.websites),
            address=contact.address,
        )


class LineOut(BaseModel):
    text: str
    confidence: float
    box: tuple[int, int, int, int] = Field(description="x, y, width, height on the cleaned card image")


class ExtractionOut(BaseModel):
    contact: ContactOut
    confidence: dict[str, float]
    text: str = Field(description="All OCR text, one line per printed line")
    lines: list[LineOut]
    warnings: list[str]
    timings_ms: dict[str, float]

    @classmethod
    def from_extraction(cls, extraction: ocr_models.Extraction) -> ExtractionOut:
        return cls(
            contact=ContactOut.from_contact(extraction.contact),
            confidence=extraction.confidence,
            text=extraction.text,
            lines=[
                LineOut(text=line.text, confidence=round(line.confidence, 3), box=line.box)
                for line in extraction.lines
            ],
            warnings=list(extraction.warnings),
            timings_ms=extraction.timings_ms,
        )


class ParseRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(max_length=20_000, description="Card text, one printed line per line")
    region: str | None = Field(
        default=None, pattern=r"^[A-Za-z]{2}$", description="ISO 3166 alpha-2; overrides inference"
    )


class ParseOut(BaseModel):
    contact: ContactOut
    confidence: dict[str, float]
    warnings: list[str]
    region: str | None = Field(default=None, description="Region used for numbers without a country code")

    @classmethod
    def from_parsed(cls, parsed: ocr_models.ParsedText) -> ParseOut:
        return cls(
            contact=ContactOut.from_contact(parsed.contact),
            confidence=parsed.confidence,
            warnings=list(parsed.warnings),
            region=parsed.region,
        )


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    errors: list[dict[str, Any]] | None = None


# --- Stored cards (issue 3) -----------------------------------------------------------------------------


class CardOut(BaseModel):
    """A stored card: the reviewed `contact`, and the contact as `extracted` by OCR."""

    id: str = Field(description="Opaque id (128 random bits, hex)")
    created_at: datetime
    updated_at: datetime
    contact: ContactOut
    extracted: ContactOut = Field(description="The contact as OCR read it, before any edit")
    confidence: dict[str, float]
    text: str
    warnings: list[str] = Field(default_factory=list)
    reviewed: bool
    notes: str | None = None
    duplicate_of: str | None = Field(default=None, description="The earlier card of the same person")
    follow_up_sent_at: datetime | None = None
    send_by: datetime = Field(
        description=(
            "When the thank-you letter is due. Once a letter was drafted (POST .../follow-up): the stored "
            "`send_by` of the latest draft, 24 h after the interview, without an offset when the interview "
            "time had none (a wall-clock time: read it as local time). Before any draft: created_at + 24 h, "
            "since a card is typically snapped on the interview day."
        )
    )
    interview_at: datetime | None = Field(
        default=None,
        description="The interview time of the latest drafted letter (a bare date counts as 17:00); "
        "null while no letter was drafted, i.e. while `send_by` is only the scan-day estimate",
    )
    has_image: bool = False

    @classmethod
    def from_row(cls, row: Any) -> CardOut:
        """From an `app.db.CardRow` (typed loosely so this module does not import the database layer)."""
        return cls(
            id=row.id,
            created_at=row.created_at,
            updated_at=row.updated_at,
            contact=ContactOut.model_validate(row.contact),
            extracted=ContactOut.model_validate(row.extracted),
            confidence=row.confidence,
            text=row.text,
            warnings=row.warnings,
            reviewed=row.reviewed,
            notes=row.notes,
            duplicate_of=row.duplicate_of,
            follow_up_sent_at=row.follow_up_sent_at,
            send_by=row.follow_up_send_by or row.created_at + SEND_WITHIN,
            interview_at=row.interview_at,
            has_image=row.has_image,
        )


class CardList(BaseModel):
    items: list[CardOut]
    next: str | None = Field(description="Pass as `cursor` for the next page; null on the last page")


class CardPatch(BaseModel):
    """A JSON merge patch (RFC 7396): members left out stay as they are, `null` clears."""

    model_config = ConfigDict(extra="forbid")

    contact: dict[str, Any] | None = Field(
        default=None,
        description='Contact fields to change; phones as "+1 212 736 2000" or {"number": ..., "kind": ...}',
    )
    notes: str | None = Field(default=None, max_length=20_000)
    reviewed: bool | None = None
    follow_up_sent_at: datetime | None = Field(
        default=None, description="When the thank-you was sent; a time without offset is taken as UTC"
    )


class MergeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    into: str = Field(description="The id of the card to keep")


class FollowUpRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    position: str = Field(min_length=1, max_length=200, description="The role interviewed for")
    interview_date: datetime | date = Field(
        description="A date (the interview is taken to end at 17:00 that day) or a datetime"
    )
    sender_name: str = Field(min_length=1, max_length=200)
    notes: str | None = Field(
        default=None,
        max_length=500,
        description="A topic you discussed, e.g. 'the move to a new data platform'; mentioned in the letter",
    )

    @field_validator("interview_date", mode="before")
    @classmethod
    def _date_or_datetime(cls, value: Any) -> Any:
        # Union coercion would turn "2025-03-04" into midnight; a bare date means "some time that day".
        if isinstance(value, str) and len(value.strip()) == 10:
            return date.fromisoformat(value.strip())
        return value

    @field_validator("position", "sender_name", "notes")
    @classmethod
    def _one_line(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = " ".join(value.split())
        if not value:
            raise ValueError("must not be blank")
        return value


class FollowUpOut(BaseModel):
    to: str | None = Field(description="The card's first email, or null")
    subject: str
    body: str
    mailto: str = Field(description="mailto: link with subject and body, percent-encoded")
    send_by: datetime = Field(
        description="24 hours after the interview; without an offset when the interview time had none"
    )
    warnings: list[str] = Field(default_factory=list)
