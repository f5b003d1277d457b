"""decode_image: formats, EXIF orientation, limits and the errors a bad upload gets."""

from __future__ import annotations

import io

import numpy as np
import pillow_heif
import pytest
from PIL import Image

from ocr.decode import decode_image
from ocr.errors import ImageTooLarge, UndecodableImage, UnsupportedImage


def _picture(width: int = 300, height: int = 200) -> Image.Image:
    """Left half red, right half blue, so orientation and channel order can be checked."""
    pixels = np.zeros((height, width, 3), np.uint8)
    pixels[:, : width // 2] = (220, 30, 30)
    pixels[:, width // 2 :] = (30, 30, 220)
    return Image.fromarray(pixels)


def _encode(image: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def _is_red(bgr: np.ndarray) -> bool:
    return bool(bgr[2] > 150 and bgr[0] < 100)


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "TIFF"])
def test_common_formats_decode_to_bgr(fmt: str) -> None:
    image = decode_image(_encode(_picture(), fmt))
    assert image.shape == (200, 300, 3)
    assert image.dtype == np.uint8
    assert _is_red(image[100, 20])
    assert not _is_red(image[100, 280])


def test_heic_decodes() -> None:
    heif = pillow_heif.from_pillow(_picture())
    buffer = io.BytesIO()
    heif.save(buffer, quality=90)
    image = decode_image(buffer.getvalue())
    assert image.shape == (200, 300, 3)
    assert _is_red(image[100, 20])


@pytest.mark.parametrize("mode", ["L", "P", "RGBA", "CMYK"])
def test_other_colour_modes_decode_to_bgr(mode: str) -> None:
    fmt = "JPEG" if mode in ("L", "CMYK") else "PNG"
    image = decode_image(_encode(_picture().convert(mode), fmt))
    assert image.shape == (200, 300, 3)
    left, right = image[100, 20].astype(int), image[100, 280].astype(int)
    if mode == "L":  # red and blue are different greys
        assert abs(left[0] - right[0]) > 20
    else:
        assert _is_red(image[100, 20]) and not _is_red(image[100, 280])


def test_exif_orientation_is_applied() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: rotate 90° clockwise to display
    image = decode_image(_encode(_picture(), "JPEG", exif=exif))
    assert image.shape == (300, 200, 3)
    # the red left half ends up on top after a clockwise turn
    assert _is_red(image[20, 100])
    assert not _is_red(image[280, 100])


@pytest.mark.parametrize(
    ("size", "decoded"),
    [((4032, 3024), (1512, 2016, 3)), ((4000, 3000), (1500, 2000, 3)), ((3000, 4000), (2000, 1500, 3))],
)
def test_big_jpeg_is_decoded_at_reduced_size(size: tuple[int, int], decoded: tuple[int, int, int]) -> None:
    # An exact halving to the working size must be taken too, not fall back to a full-size decode.
    assert decode_image(_encode(_picture(*size), "JPEG")).shape == decoded


def test_truncated_jpeg_is_undecodable() -> None:
    data = _encode(_picture(), "JPEG")
    with pytest.raises(UndecodableImage):
        decode_image(data[: len(data) // 3])


def test_text_is_unsupported() -> None:
    with pytest.raises(UnsupportedImage):
        decode_image(b"Name: Priya Patel\nEmail: ppatel@example.com\n")


def test_empty_upload_is_unsupported() -> None:
    with pytest.raises(UnsupportedImage):
        decode_image(b"")


def test_over_the_pixel_limit_is_too_large() -> None:
    data = _encode(_picture(1000, 1000), "PNG")
    with pytest.raises(ImageTooLarge):
        decode_image(data, max_pixels=500_000)
