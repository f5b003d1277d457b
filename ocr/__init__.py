"""cardcapture's OCR pipeline: business-card photo or text in, validated contact out.

No web framework, no environment, no database: usable as a library and from the CLI.
"""

from .errors import (
    CardCaptureError,
    ImageTooLarge,
    InputError,
    OcrError,
    OcrTimeout,
    OcrUnavailable,
    UndecodableImage,
    UnsupportedImage,
)
from .models import Contact, Extraction, Line, ParsedText, Phone, Word
from .parse import parse_text
from .pipeline import read_card
from .tesseract import Engine, probe

__all__ = [
    "CardCaptureError",
    "Contact",
    "Engine",
    "Extraction",
    "ImageTooLarge",
    "InputError",
    "Line",
    "OcrError",
    "OcrTimeout",
    "OcrUnavailable",
    "ParsedText",
    "Phone",
    "UndecodableImage",
    "UnsupportedImage",
    "Word",
    "parse_text",
    "probe",
    "read_card",
]
