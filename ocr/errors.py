"""The pipeline's error tree. Each class knows the HTTP status a web front end should answer with.

The web layer has exactly one handler, for `CardCaptureError`; it turns any of these into problem+json.
"""

from __future__ import annotations


class CardCaptureError(Exception):
    """Base class of every error the pipeline raises on purpose."""

    status: int = 500
    title: str = "Card capture failed"
    slug: str = "card-capture-failed"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class InputError(CardCaptureError):
    """The upload is at fault; the client can fix it."""

    status = 422
    title = "Unreadable input"
    slug = "unreadable-input"


class UnsupportedImage(InputError):
    """Not an image, or an image format we do not read."""

    status = 415
    title = "Unsupported media type"
    slug = "unsupported-media-type"


class UndecodableImage(InputError):
    """It claims to be an image but cannot be decoded (truncated, corrupt)."""

    status = 422
    title = "Image could not be decoded"
    slug = "undecodable-image"


class ImageTooLarge(InputError):
    """Over the byte or pixel limit."""

    status = 413
    title = "Image too large"
    slug = "image-too-large"


class OcrError(CardCaptureError):
    """Tesseract is missing, crashed or answered nonsense. Not the client's fault."""

    status = 500
    title = "OCR engine failed"
    slug = "ocr-failed"


class OcrUnavailable(OcrError):
    """Tesseract cannot be started (not installed, not executable, no language data)."""

    status = 503
    title = "OCR engine unavailable"
    slug = "ocr-unavailable"


class OcrTimeout(OcrError):
    """Tesseract did not finish in time; the request was abandoned instead of hanging."""

    status = 503
    title = "OCR timed out"
    slug = "ocr-timeout"
