"""Orient: which way is up on the cleaned card, without Tesseract's OSD (the wheel has no osd data).

Two cheap measurements on the letters (connected components) of the cleaned card:

1. Direction of the text lines (a "docstrum"): letters' nearest neighbours sit beside them on the same
   line, so the angles from each letter to its nearest neighbours peak at the line direction. That gives
   the skew and tells sideways cards (lines vertical) from landscape ones, for any card shape.
2. Up or down: in Latin print far more ink rises above the x-height (capitals, digits, b d f h k l t)
   than falls below the baseline (g j p q y). Each line's ink profile is compared above and below its
   densest band.

The pipeline verifies a weak up/down call with Tesseract's confidence; the common upright case costs
only the measurement (a few ms).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from .clean import letter_components, line_angle

MIN_SKEW = 1.5
"""Residual skews (degrees, after quarter turns) below this are left alone."""


@dataclass(frozen=True, slots=True)
class Direction:
    """How to turn the card upright: `rotation` degrees counter-clockwise, and how sure we are."""

    rotation: float
    updown_confidence: float
    """0 when no evidence for up vs down, ~1 when the ascender/descender contrast is strong."""
    letters: int = 0

    @property
    def quarter_turns(self) -> int:
        """The rotation rounded to counter-clockwise quarter turns (0..3), as for numpy's rot90."""
        return round(self.rotation / 90.0) % 4


def text_direction(grey: np.ndarray) -> Direction:
    """Measure the rotation that makes the text on `grey` (dark on light) horizontal and upright."""
    stats = letter_components(grey)
    if len(stats) < 10:
        return Direction(rotation=0.0, updown_confidence=0.0, letters=len(stats))
    # Rotating counter-clockwise by the line angle lays the lines flat (image y points down). A line
    # direction is only known modulo 180 degrees (179.5 is -0.5): take the smaller turn, in [-90, 90),
    # and let the ascenders decide up from down, rather than turning a nearly level card over.
    rotation = (line_angle(stats) + 90.0) % 180.0 - 90.0
    flat = rotate(grey, rotation)
    evidence = _ascender_evidence(flat)
    if evidence < 0:
        rotation = _wrap(rotation + 180.0)
    return Direction(rotation=rotation, updown_confidence=min(1.0, abs(evidence)), letters=len(stats))


def rotate(image: np.ndarray, degrees: float) -> np.ndarray:
    """Rotate counter-clockwise by `degrees`, keeping every pixel; quarter turns are exact and free."""
    turns = round(degrees / 90.0)
    residual = degrees - 90.0 * turns
    out = np.ascontiguousarray(np.rot90(image, turns % 4)) if turns % 4 else image
    # Tesseract reads lines skewed by a degree or two as well as straight ones, and every rotation
    # blurs a little; the docstrum's angle is itself only good to about a degree.
    if abs(residual) < MIN_SKEW:
        return out
    height, width = out.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), residual, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = int(height * sin + width * cos), int(height * cos + width * sin)
    matrix[0, 2] += new_w / 2 - width / 2
    matrix[1, 2] += new_h / 2 - height / 2
    border = (255, 255, 255) if out.ndim == 3 else 255
    return cv2.warpAffine(
        out,
        matrix,
        (new_w, new_h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=border,
    )


def _wrap(degrees: float) -> float:
    """Into (-180, 180]."""
    wrapped = (degrees + 180.0) % 360.0 - 180.0
    return 180.0 if wrapped == -180.0 else wrapped


def _ascender_evidence(flat: np.ndarray) -> float:
    """Positive when the horizontal text on `flat` is upright, negative when upside down (log ratio)."""
    _, ink = cv2.threshold(flat, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    stats = letter_components(flat)
    if len(stats) < 10:
        return 0.0
    typical = float(np.median(stats[:, 3]))
    # Merge letters into lines with a flat kernel: wide enough to bridge letter and word gaps, one row
    # high so neighbouring lines never merge.
    kernel = np.ones((1, max(3, int(1.2 * typical))), np.uint8)
    lines = cv2.dilate(ink, kernel)
    count, _, boxes, _ = cv2.connectedComponentsWithStats(lines, connectivity=8)
    above = below = 0.0
    for x, y, w, h, _ in boxes[1:count]:
        if not (0.7 * typical <= h <= 2.6 * typical and w >= 4 * typical):
            continue
        profile = np.count_nonzero(ink[y : y + h, x : x + w], axis=1).astype(np.float32)
        peak = float(profile.max())
        if peak <= 0:
            continue
        dense = np.nonzero(profile >= 0.5 * peak)[0]
        top, bottom = int(dense[0]), int(dense[-1])
        above += float(profile[:top].sum())
        below += float(profile[bottom + 1 :].sum())
    if above + below < 50:
        return 0.0
    return float(np.log((above + 1.0) / (below + 1.0)))
