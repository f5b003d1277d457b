"""The stored card image: a JPEG with no EXIF (no GPS, no camera serial), whatever the pipeline gave us."""

from __future__ import annotations

import io

from PIL import Image

MAX_SIDE = 1600


def clean_card_jpeg(data: bytes) -> bytes:
    """`data` as is when it is a small JPEG without metadata; otherwise re-encoded small and bare."""
    with Image.open(io.BytesIO(data)) as image:
        has_metadata = bool(image.getexif()) or any(k in image.info for k in ("exif", "xmp", "icc_profile"))
        if image.format == "JPEG" and not has_metadata and max(image.size) <= MAX_SIDE:
            return data
        bare = image.convert("RGB")
    bare.thumbnail((MAX_SIDE, MAX_SIDE))
    out = io.BytesIO()
    # A fresh save writes only pixels: Pillow adds no EXIF unless asked.
    bare.save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue()
