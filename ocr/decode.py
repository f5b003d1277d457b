"""Decode: file bytes -> upright BGR pixels, cheaply and safely.

Pillow (with pillow-heif for HEIC/HEIF) reads every format we accept and applies the EXIF orientation.
Big JPEGs are opened with `Image.draft()`, which lets libjpeg decode at 1/2, 1/4 or 1/8 scale: a 12 MP
photo then costs a fraction of a full decode, and the pipeline never needs more than ~3 MP.
"""

from __future__ import annotations

import io
import warnings

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

WORKING_LONG_SIDE = 2400
"""Longest side we decode to: enough for 20–40 px text on a card filling a third of the frame."""


def sniff_format(data: bytes) -> str | None:
    """The Pillow format name of `data`, or None when it is not an image Pillow knows."""
    try:
        with Image.open(io.BytesIO(data)) as im:
            return im.format
    except (UnidentifiedImageError, OSError, ValueError):
        return None


def decode_image(
    data: bytes, /, *, max_pixels: int = 64_000_000, long_side: int = WORKING_LONG_SIDE
) -> np.ndarray:
    """Decode `data` to an upright 8-bit BGR array whose long side is at most about `long_side`.

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
            im.draft("RGB", (int(width / scale), int(height / scale)))
        try:
            with warnings.catch_warnings():
                # Our own pixel limit above is the guard; Pillow's bomb warning would only be noise.
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                im.load()
                upright = ImageOps.exif_transpose(im)
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as e:
            raise UndecodableImage(f"The image could not be decoded: {e}") from e
        rgb = upright.convert("RGB")
    if max(rgb.size) > long_side * 1.05:
        factor = long_side / max(rgb.size)
        rgb = rgb.resize((round(rgb.width * factor), round(rgb.height * factor)), Image.Resampling.BOX)
    array = np.asarray(rgb)
    return np.ascontiguousarray(array[:, :, ::-1])
