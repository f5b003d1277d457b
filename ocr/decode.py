"""Decode: file bytes -> upright BGR pixels, cheaply and safely.

Pillow (with pillow-heif for HEIC/HEIF) reads every format we accept and applies the EXIF orientation.
Big JPEGs are opened with `Image.draft()`, which lets libjpeg decode at 1/2, 1/4 or 1/8 scale: a 12 MP
(4032x3024) photo decodes at 1/2 (2016x1512) in a quarter of the time. Images whose long side is still
above `MAX_LONG_SIDE` after that are shrunk with OpenCV's area filter (faster than Pillow's).

Why these sizes: a card filling 20% of a 12 MP frame is ~1000 px wide at 1/2 scale, which puts 7 pt
print at ~20 px cap height, inside Tesseract's comfortable range. Decoding bigger only costs time.
"""

from __future__ import annotations

import io
import warnings

import cv2
import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from .errors import ImageTooLarge, UndecodableImage, UnsupportedImage

try:  # pillow-heif registers HEIC/HEIF with Pillow; optional so the library still works without it.
    import pillow_heif

    pillow_heif.register_heif_opener()
except ImportError:  # pragma: no cover - pillow-heif is a declared dependency
    pass

ACCEPTED_FORMATS = frozenset({"JPEG", "MPO", "PNG", "WEBP", "HEIF", "TIFF", "BMP"})
"""Pillow format names we accept (MPO is what some phones call a JPEG with a depth map)."""

WORKING_LONG_SIDE = 2000
"""The smallest long side we ask libjpeg's reduced decode for (draft() never goes below it)."""

MAX_LONG_SIDE = 3200
"""Images still longer than this after decoding are shrunk to it."""


def sniff_format(data: bytes) -> str | None:
    """The Pillow format name of `data`, or None when it is not an image Pillow knows."""
    try:
        with Image.open(io.BytesIO(data)) as im:
            return im.format
    except (UnidentifiedImageError, OSError, ValueError):
        return None


def decode_image(
    data: bytes,
    /,
    *,
    max_pixels: int = 64_000_000,
    long_side: int = WORKING_LONG_SIDE,
    max_long_side: int = MAX_LONG_SIDE,
) -> np.ndarray:
    """Decode `data` to an upright 8-bit BGR array.

    JPEGs are reduced by 1/2^k while the long side stays >= `long_side`; anything still longer than
    `max_long_side` is shrunk to it.

    Raises UnsupportedImage (not an image / a format we do not read), ImageTooLarge (over `max_pixels`
    before any reduction) or UndecodableImage (truncated or corrupt).
    """
    if not data:
        raise UnsupportedImage("The upload is empty.")
    try:
        im = Image.open(io.BytesIO(data))
    except UnidentifiedImageError as e:
        raise UnsupportedImage("The upload is not an image in a format we read.") from e
    except (OSError, ValueError) as e:
        raise UndecodableImage(f"The image could not be opened: {e}") from e
    with im:
        if im.format not in ACCEPTED_FORMATS:
            raise UnsupportedImage(
                f"{im.format} images are not supported; send JPEG, PNG, WebP, HEIC or TIFF."
            )
        width, height = im.size
        if width * height > max_pixels:
            raise ImageTooLarge(
                f"The image has {width * height / 1e6:.0f} MP; the limit is {max_pixels / 1e6:.0f} MP."
            )
        if width < 32 or height < 32:
            raise UndecodableImage(f"The image is only {width}x{height} pixels.")
        scale = max(width, height) / long_side
        if im.format in ("JPEG", "MPO") and scale >= 2:
            # draft() picks the largest 1/2^k reduction that is still >= the requested size.
            # Integer floor keeps the request at or under `long_side`, so an exact halving (4000 -> 2000)
            # is still taken; a request one pixel over it would force a full-size decode.
            longest = max(width, height)
            im.draft("RGB", (width * long_side // longest, height * long_side // longest))
        try:
            with warnings.catch_warnings():
                # Our own pixel limit above is the guard; Pillow's bomb warning would only be noise.
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                im.load()
                bgr = _to_bgr(im)
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as e:
            raise UndecodableImage(f"The image could not be decoded: {e}") from e
    height, width = bgr.shape[:2]
    if max(height, width) > max_long_side:
        factor = max_long_side / max(height, width)
        size = (round(width * factor), round(height * factor))
        bgr = cv2.resize(bgr, size, interpolation=cv2.INTER_AREA)
    return bgr


def _to_bgr(im: Image.Image) -> np.ndarray:
    """The loaded image turned upright, as a (read-only) BGR array; `im` is closed.

    Holds few copies of the pixels at once: a 9 MP photo is 36 MB inside Pillow (4 bytes a pixel) and
    27 MB as BGR, and the obvious chain (transpose to a copy, convert, asarray, cvtColor) peaked at
    ~140 MB above the process, more than any other step of a read. Here the turn is done in place and
    Pillow's own encoder writes the bytes in BGR order, which numpy then wraps without a copy.
    """
    ImageOps.exif_transpose(im, in_place=True)
    if im.mode != "RGB":
        converted = im.convert("RGB")
        im.close()
        im = converted
    width, height = im.size
    raw = im.tobytes("raw", "BGR")
    im.close()
    return np.frombuffer(raw, dtype=np.uint8).reshape(height, width, 3)
