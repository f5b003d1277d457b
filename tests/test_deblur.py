"""Deblur: the blur a card's spectrum shows is found and undone, and a shaken photo reads again."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw
from test_image_stages import CardText, _font, photograph, render_card

from ocr import read_card
from ocr.deblur import Blur, deconvolve, estimate_blur, kernel

LINES = (
    "Harriet Okonkwo-Blake",
    "Director of Field Operations",
    "Tel +1 415 555 0199  Fax +1 415 555 0100",
    "harriet.okonkwo@quillfeather.example",
    "2250 Mission Street, Suite 400",
    "San Francisco, CA 94110",
)


def _text_page() -> np.ndarray:
    """A page of card-like text at clean's working size (capitals ~22 px)."""
    image = Image.new("L", (900, 560), 255)
    draw = ImageDraw.Draw(image)
    for row, text in enumerate(LINES * 2):
        draw.text((30, 20 + 44 * row), text, fill=20, font=_font(26, bold=row == 0))
    return np.asarray(image)


def _blurred(page: np.ndarray, blur: Blur, noise: float = 2.0) -> np.ndarray:
    blurred = cv2.filter2D(page.astype(np.float32), -1, kernel(blur), borderType=cv2.BORDER_REFLECT)
    rng = np.random.default_rng(3)
    return np.clip(blurred + rng.normal(0, noise, blurred.shape), 0, 255).astype(np.uint8)


def test_sharp_text_shows_no_blur() -> None:
    assert estimate_blur(_text_page()) == []


@pytest.mark.parametrize("length, degrees", [(9, 0), (12, 35), (16, 120)])
def test_a_line_blur_is_measured(length: float, degrees: float) -> None:
    radians = np.deg2rad(degrees)
    shake = Blur("motion", -1.0, dx=length * np.cos(radians), dy=length * np.sin(radians))
    found = [b for b in estimate_blur(_blurred(_text_page(), shake)) if b.kind == "motion"]
    assert found, "no line blur proposed"
    # the dip's sign is ambiguous (a line blurs both ways): compare the undirected line
    best = min(found, key=lambda b: abs(np.hypot(b.dx, b.dy) - length))
    assert abs(np.hypot(best.dx, best.dy) - length) <= 1.5
    angle = np.degrees(np.arctan2(best.dy, best.dx)) % 180
    assert min(abs(angle - degrees % 180), 180 - abs(angle - degrees % 180)) <= 8


@pytest.mark.parametrize("length, degrees, noise", [(10, 100, 16), (14, 0, 16), (18, 100, 12)])
def test_a_line_blur_under_heavy_noise_is_measured_from_its_first_spectral_zeros(
    length: float, degrees: float, noise: float
) -> None:
    """Low light: grain fills the spectrum's zeros and the cepstrum's dip sinks under the noise (it proposes
    nothing here); the spectrum's profile along the shake still dips at its first zero."""
    radians = np.deg2rad(degrees)
    shake = Blur("motion", -1.0, dx=length * np.cos(radians), dy=length * np.sin(radians))
    found = [b for b in estimate_blur(_blurred(_text_page(), shake, noise)) if b.kind == "motion"]
    assert found, "no line blur proposed"
    best = min(found, key=lambda b: abs(np.hypot(b.dx, b.dy) - length))
    assert abs(np.hypot(best.dx, best.dy) - length) <= 1.5
    angle = np.degrees(np.arctan2(best.dy, best.dx)) % 180
    assert min(abs(angle - degrees % 180), 180 - abs(angle - degrees % 180)) <= 8


@pytest.mark.parametrize("radius", [4, 6, 8])
def test_a_defocus_blur_is_measured(radius: float) -> None:
    found = [b for b in estimate_blur(_blurred(_text_page(), Blur("defocus", -1.0, radius=radius)))]
    defocus = [b for b in found if b.kind == "defocus"]
    assert defocus and abs(defocus[0].radius - radius) <= 1.0, found


@pytest.mark.parametrize("sigma", [1.8, 2.5, 3.2])
def test_a_soft_blur_is_measured_from_the_edges(sigma: float) -> None:
    """A Gaussian leaves no dip in the cepstrum; the letters' edge slope gives its sigma."""
    found = estimate_blur(_blurred(_text_page(), Blur("gaussian", 0.0, radius=sigma)))
    soft = [b for b in found if b.kind == "gaussian"]
    assert soft and abs(soft[0].radius - sigma) <= 0.8, found
    assert not any(b.kind == "motion" for b in found)
    # what the edges measure is undone with the Gaussian's own kernel
    assert abs(float(kernel(soft[0]).sum()) - 1.0) < 1e-4


@pytest.mark.parametrize("length", [5, 7, 12])
def test_a_shake_kernel_is_as_long_as_the_shake(length: int) -> None:
    """A shake of L px smears each point over L pixels, whose spectrum is zero at period L: the dip the
    cepstrum measures. The kernel must put its zero there too (drawn pixel to pixel, it covered L + 1)."""
    row = kernel(Blur("motion", -1.0, dx=float(length), dy=0.0)).sum(axis=0)
    spectrum = np.abs(np.fft.rfft(row, 4096))
    at_zero = spectrum[round(4096 / length)]
    assert at_zero < 0.02 * spectrum[0], (length, at_zero)
    assert float(row.sum()) == pytest.approx(1.0, abs=1e-4)


def test_deconvolving_brings_the_text_back() -> None:
    page = _text_page()
    shake = Blur("motion", -1.0, dx=11.0, dy=4.0)
    blurred = _blurred(page, shake)
    restored = deconvolve(blurred, shake)
    error = lambda image: float(np.abs(image.astype(np.float32) - page).mean())  # noqa: E731
    assert restored.shape == blurred.shape and restored.dtype == np.uint8
    assert error(restored) < 0.85 * error(blurred)
    colour = deconvolve(cv2.merge([blurred] * 3), shake)
    assert colour.shape == (*blurred.shape, 3)


def test_a_shaken_photo_is_read_after_deblurring() -> None:
    """Motion blur of ~40% of the letters' height: read as it is, this photo gives no email and a wrong
    phone number (measured); undone, the whole contact."""
    card = np.asarray(render_card())
    shake = Blur("motion", -1.0, dx=9.0, dy=2.0)
    smeared = cv2.filter2D(card, -1, kernel(shake), borderType=cv2.BORDER_REFLECT)
    photo = photograph(Image.fromarray(smeared), background="plain", fill=0.5, size=(1600, 1200), seed=5)
    extraction = read_card(photo)
    assert any("undoing a motion blur" in w for w in extraction.warnings), extraction.warnings
    contact = extraction.contact
    assert contact.emails[:1] == (CardText.email,), extraction.text
    assert {phone.number for phone in contact.phones} == {"+12127362000", "+19175550142"}, extraction.text
    assert contact.name == CardText.name
