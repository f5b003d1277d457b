"""Small frozen values passed between the pipeline stages.

They are plain dataclasses (no pydantic, no numpy in fields that cross process boundaries) so a stage's
output can be pickled into a process pool and compared in tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Box = tuple[int, int, int, int]
"""x, y, width, height in pixels of the cleaned card image."""

PhoneKind = Literal["mobile", "work", "fax", "other"]

FIELDS = ("name", "title", "company", "emails", "phones", "websites", "address")
"""The contact fields that carry a confidence, in the order the contract lists them."""


@dataclass(frozen=True, slots=True)
class Word:
    """One word as Tesseract read it; confidence in 0..1."""

    text: str
    confidence: float
    box: Box


@dataclass(frozen=True, slots=True)
class Line:
    """One printed line: its words joined by single spaces, mean word confidence in 0..1."""

    text: str
    confidence: float
    box: Box
    words: tuple[Word, ...] = ()

    @property
    def height(self) -> int:
        return self.box[3]


@dataclass(frozen=True, slots=True)
class Phone:
    """A validated phone number: E.164 `number`, the `display` form as it would be dialled in its country."""

    number: str
    kind: PhoneKind = "other"
    display: str = ""
    extension: str | None = None


@dataclass(frozen=True, slots=True)
class Contact:
    """The fields read from one card. Empty tuples and None mean "not on the card"."""

    name: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    title: str | None = None
    company: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[Phone, ...] = ()
    websites: tuple[str, ...] = ()
    address: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedText:
    """What `parse_text` makes of card text: the contact, a 0..1 confidence per field, and warnings."""

    contact: Contact
    confidence: dict[str, float] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    region: str | None = None
    """The region used for numbers printed without a country code."""
    rejected_phones: tuple[str, ...] = ()
    """Phone-like text that is no valid number (as read: an OCR slip, or not a number at all)."""


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything `read_card` learned from a photo (one side or two)."""

    contact: Contact
    confidence: dict[str, float]
    text: str
    lines: tuple[Line, ...]
    warnings: tuple[str, ...]
    timings_ms: dict[str, float]
    card_jpeg: bytes | None = None
    """The cleaned, straightened front of the card as a small JPEG without EXIF, for storage and review."""
