"""Deblur: undo camera shake and defocus on a card Tesseract cannot read as it is.

Tesseract's models do not read text blurred by a third of its height (a hand moving during the shot, or a
lens focused on the table behind the card), yet the blur itself is simple: the photo is the sharp card
convolved with a short line (motion) or a disk (defocus). Both leave a mark on the card's spectrum that
the *cepstrum* (the inverse transform of the log spectrum) turns into a dip:

- a line of length L at angle a gives dips at +-L along a (and often at L/2 as well),
- a disk of radius r gives a ring of dips at radius ~2r.

Under heavy grain (low light) the noise fills the spectrum's zeros and the line's cepstrum dip sinks
into it; the spectrum's profile along the shake still dips at its first zero, well below its profile
along other directions, and a line is proposed from that instead.

A Gaussian blur (soft focus, a smeared lens, a generator's blur) has no zeros in its spectrum; it shows in
the letters' edges instead: their steepest slope over their contrast is 1 / (sigma * sqrt(2 pi)).

`estimate_blur` reads these off the averaged spectrum of the card's text tiles and proposes a few
kernels; `deconvolve` undoes one with a Wiener filter. Which proposal (if any) is right is left to
Tesseract's confidence in the result: a wrong kernel makes text worse, never better, so a reading of
the deblurred card is kept only when Tesseract trusts it more than the blurred one.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

TILE = 128
"""Side of the square tiles whose spectra are averaged: long enough for blur up to ~40 px."""

INKED_TILE = 0.04
"""Standard deviation (0..1 grey) a tile needs to count: empty paper has no blur to measure."""

MIN_TILES = 6
"""Fewer inked tiles than this give a spectrum too noisy to read a blur off."""

MOTION_DIP = -0.05
"""Cepstrum depth at the deepest point (3..45 px from the centre) from which a line blur is proposed.
Sharp generated cards measured -0.01 to -0.09, but their dips lie within 4 px (stroke widths); shaken
ones at 5+ px measured -0.08 to -0.2."""

MIN_MOTION = 5.0
"""Shorter line blurs (in px at clean's text size) are no worse than a sharp phone photo."""

PROFILE_ANGLES = tuple(range(0, 180, 4))
"""Directions (degrees, y down) along which the log spectrum's profile is looked at for a shake's zeros."""

PROFILE_BAND = 20
"""Half-width (bins) of the band across each direction that its profile averages."""

FIRST_ZERO_BINS = (4, 25)
"""Where a shake's first spectral zero can lie (TILE / L bins): lines of 5-32 px, each also proposed at
twice its length for a dip that is the second zero (up to 64 px; longer shakes than TILE / 2 are past
reading anyway). Nearer the centre lie the text lines' own rows (a dip at 3 bins on most sharp cards)."""

DIRECTIONAL_DIP = -1.0
"""Depth (natural log) below the mean over directions from which a profile's dip is a shake's zero: shaken
cards of seeds 1 and 31 measured -1.1 to -3.3 (7-35 px shakes, noise up to sigma 4), every other card
-0.9 or shallower."""

DEFOCUS_DIP = -0.006
"""Depth of the deepest ring (mean over the ring) from which a disk blur is proposed: defocused cards
measured -0.008 to -0.03, sharp ones -0.0002 to -0.004."""

MIN_RING = 6
"""Rings nearer the centre than this (a disk of radius < 3 px at clean's text size) are no worse than a
sharp phone photo, and sharp cards' stroke widths put dips there too."""

SOFT_EDGES = 0.27
"""Steepest edge slope over local contrast (1/px) under which a card with no line blur is taken as softly
blurred: sharp photos and scans measured 0.32-0.47, and the same cards under a Gaussian blur of
sigma ~2 px at clean's text size 0.12-0.29 (motion blur keeps 0.29-0.36: its edges stay sharp across it)."""

SHARP_EDGE_SIGMA = 0.85
"""The blur (px) the steepest edges of a sharp card show (slope 0.42-0.52): print, optics, demosaicing and
scaling, which no deconvolution should undo."""

EDGE_SIGMA_GAIN = 1.3
"""The steepest edges of a blurred card are steeper than its blur (noise adds to their slope): measured on
text blurred by sigma 1.8-3.2 px, the edges gave 0.77-0.86 of it."""

NOISE_TO_SIGNAL = 0.03
"""Wiener regularisation: the noise power relative to the signal's. Lower sharpens more and rings more."""

STRENGTHS = (NOISE_TO_SIGNAL, 0.01)
"""The regularisations each proposed kernel is undone with: the noise of a phone photo is not known
beforehand, and on seed 1 and 31's shaken cards the stronger one read best on about half of them
(`+65 9879 9448` where the standard one gave `9445`), ringing on the rest; Tesseract picks."""

_RADII = np.arange(0, TILE // 2 + 1)


@dataclass(frozen=True, slots=True)
class Blur:
    """A blur kernel: a line (`kind="motion"`, `dx`, `dy` its extent in px), a disk (`kind="defocus"`,
    `radius` in px) or a Gaussian (`kind="gaussian"`, `radius` its sigma), with the depth of the dip it
    was read from (more negative = surer; a cepstrum's, or for a line found by `_directional_motion` the
    spectrum profile's, on its own scale; 0 for a Gaussian, which has none)."""

    kind: str
    depth: float
    dx: float = 0.0
    dy: float = 0.0
    radius: float = 0.0

    def describe(self) -> str:
        if self.kind == "motion":
            return f"motion blur {np.hypot(self.dx, self.dy):.0f} px"
        if self.kind == "gaussian":
            return f"soft blur, sigma {self.radius:.1f} px"
        return f"defocus blur, radius {self.radius:.0f} px"


def estimate_blur(grey: np.ndarray) -> list[Blur]:
    """Kernels that may have blurred `grey` (a card at clean's text size), likeliest first; [] when sharp."""
    log_power = _log_power(grey)
    if log_power is None:
        return []
    proposals = _line_or_disk(_cepstrum(log_power))
    if not any(blur.kind == "motion" for blur in proposals):
        proposals = _directional_motion(log_power) + proposals
    # Soft edges get a Gaussian proposal even beside a disk: under noise, a Gaussian's spectrum sinks into
    # the noise floor with a knee that the cepstrum can take for a defocus ring. Tesseract picks.
    if all(blur.kind == "defocus" for blur in proposals):
        slope = edge_slope(grey)
        if 0 < slope < SOFT_EDGES:
            edges = 1.0 / (np.sqrt(2 * np.pi) * slope)
            sigma = EDGE_SIGMA_GAIN * float(np.sqrt(max(edges**2 - SHARP_EDGE_SIGMA**2, 0.25)))
            proposals.append(Blur("gaussian", 0.0, radius=sigma))
    return proposals


def edge_slope(grey: np.ndarray) -> float:
    """The steepest edges' slope over their local contrast (1/px): the 99th percentile where the contrast
    within a letter-sized window is clear. ~1 / (2.5 sigma) for edges blurred by a Gaussian of sigma."""
    image = grey.astype(np.float32)
    gx = cv2.Sobel(image, cv2.CV_32F, 1, 0, ksize=3) / 8.0
    gy = cv2.Sobel(image, cv2.CV_32F, 0, 1, ksize=3) / 8.0
    window = np.ones((15, 15), np.uint8)
    contrast = cv2.dilate(image, window) - cv2.erode(image, window)
    clear = contrast > 40
    if int(clear.sum()) < 500:
        return 0.0
    return float(np.percentile(np.hypot(gx, gy)[clear] / contrast[clear], 99))


def _line_or_disk(cepstrum: np.ndarray) -> list[Blur]:
    """The line and disk blurs whose dips the cepstrum shows, deepest first."""
    proposals: list[Blur] = []
    yy, xx = np.mgrid[0:TILE, 0:TILE] - TILE // 2
    distance = np.hypot(xx, yy)
    window = np.where((distance >= 3) & (distance <= 45), cepstrum, 0.0)
    row, col = np.unravel_index(int(np.argmin(window)), window.shape)
    depth = float(window[row, col])
    dx, dy = _dip_centre(window, int(row), int(col))
    if depth < MOTION_DIP and np.hypot(dx, dy) >= MIN_MOTION:
        proposals.append(Blur("motion", depth, dx=dx, dy=dy))
        # The dip of a long line often shows at half its length only.
        proposals.append(Blur("motion", depth, dx=2 * dx, dy=2 * dy))
    rounded = np.rint(distance).astype(np.int32)
    ring_means = np.bincount(rounded.ravel(), cepstrum.ravel()) / np.maximum(np.bincount(rounded.ravel()), 1)
    ring = int(np.argmin(ring_means[MIN_RING:46])) + MIN_RING
    if ring_means[ring] < DEFOCUS_DIP:
        proposals.append(
            Blur("defocus", float(ring_means[ring]), radius=_parabola_min(ring_means, ring) / 2.0)
        )
    return sorted(proposals, key=lambda blur: blur.depth)


def _dip_centre(window: np.ndarray, row: int, col: int) -> tuple[float, float]:
    """The dip's offset from the centre to a fraction of a pixel: the depth-weighted centroid of its 3x3."""
    patch = -np.minimum(window[row - 1 : row + 2, col - 1 : col + 2], 0.0)
    weights = patch.sum()
    offsets = np.arange(-1, 2, dtype=np.float64)
    fy = float((patch.sum(axis=1) * offsets).sum() / weights) if weights > 0 else 0.0
    fx = float((patch.sum(axis=0) * offsets).sum() / weights) if weights > 0 else 0.0
    return col - TILE // 2 + fx, row - TILE // 2 + fy


def _parabola_min(values: np.ndarray, index: int) -> float:
    """Where the parabola through `values` at index-1, index, index+1 is lowest."""
    left, mid, right = values[index - 1], values[index], values[index + 1]
    curve = left - 2 * mid + right
    return index + (0.5 * (left - right) / curve if curve > 0 else 0.0)


def _log_power(grey: np.ndarray) -> np.ndarray | None:
    """The log of the mean power spectrum of the inked tiles, unshifted; None with too few."""
    image = grey.astype(np.float32) / 255.0
    height, width = image.shape
    window = np.outer(np.hanning(TILE), np.hanning(TILE)).astype(np.float32)
    power = np.zeros((TILE, TILE), np.float64)
    tiles = 0
    for y in range(0, height - TILE + 1, TILE // 2):
        for x in range(0, width - TILE + 1, TILE // 2):
            tile = image[y : y + TILE, x : x + TILE]
            mean, std = cv2.meanStdDev(tile)
            if float(std[0, 0]) < INKED_TILE:
                continue
            # OpenCV's single-precision transform: twice as fast as numpy's double one over a card's ~300
            # tiles, and the cepstrum moves by ~1e-7, far below any dip that is read off it.
            spectrum = cv2.dft((tile - float(mean[0, 0])) * window, flags=cv2.DFT_COMPLEX_OUTPUT)
            power += cv2.magnitude(spectrum[..., 0], spectrum[..., 1]) ** 2
            tiles += 1
    if tiles < MIN_TILES:
        return None
    return np.log(power / tiles + 1e-12)


def _cepstrum(log_power: np.ndarray) -> np.ndarray:
    """The centred real cepstrum of a log power spectrum."""
    return np.fft.fftshift(np.real(np.fft.ifft2(log_power)))


def _directional_motion(log_power: np.ndarray) -> list[Blur]:
    """A line blur read off the spectrum's first zeros, where the cepstrum's dip is lost in noise.

    A shake of L px along direction d multiplies the spectrum by a sinc whose zeros are lines across d,
    TILE / L bins apart. Averaged across d, the log spectrum's profile along d dips at the first of them
    (or the second: the first can sink under the text's own fall-off), well below its profile along other
    directions. Proposed at both readings of its length; Tesseract picks.
    """
    centred = np.fft.fftshift(log_power).astype(np.float32)
    middle = TILE // 2
    profiles = []
    for degrees in PROFILE_ANGLES:
        # Turned so that the direction (cos a, sin a) (y down) runs along +x from the centre.
        turn = cv2.getRotationMatrix2D((middle, middle), float(degrees), 1.0)
        turned = cv2.warpAffine(
            centred, turn, (TILE, TILE), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT
        )
        profiles.append(turned[middle - PROFILE_BAND : middle + PROFILE_BAND + 1, middle:].mean(axis=0))
    # Below the mean over directions: the text's fall-off with frequency is the same every way.
    relief = np.array(profiles) - np.mean(profiles, axis=0)
    first, last = FIRST_ZERO_BINS
    window = relief[:, first : last + 1]
    row, col = np.unravel_index(int(np.argmin(window)), window.shape)
    if float(window[row, col]) >= DIRECTIONAL_DIP:
        return []
    # the refined zero stays within half a bin of the lowest one: at the window's edge the parabola
    # would reach for a dip outside it (the text lines' own, at 3 bins)
    lowest = int(col) + first
    zero = float(np.clip(_parabola_min(relief[row], lowest), lowest - 0.5, lowest + 0.5))
    radians = np.deg2rad(PROFILE_ANGLES[row])
    depth = float(window[row, col])
    return [
        Blur("motion", depth, dx=length * float(np.cos(radians)), dy=length * float(np.sin(radians)))
        for length in (TILE / zero, 2 * TILE / zero)
    ]


def kernel(blur: Blur) -> np.ndarray:
    """The blur's point spread function, normalised to sum 1, on a small odd-sized canvas."""
    if blur.kind == "gaussian":
        half = int(np.ceil(3 * blur.radius))
        line = cv2.getGaussianKernel(2 * half + 1, blur.radius).astype(np.float32)
        return line @ line.T
    extent = blur.radius if blur.kind == "defocus" else np.hypot(blur.dx, blur.dy) / 2
    half = int(np.ceil(extent)) + 2
    canvas = np.zeros((2 * half + 1, 2 * half + 1), np.float32)
    if blur.kind == "defocus":
        # Drawn at 8x sub-pixel precision (shift=3) so small disks keep their true radius.
        cv2.circle(canvas, (half * 8, half * 8), round(blur.radius * 8), 1.0, -1, cv2.LINE_AA, shift=3)
    else:
        _splat_segment(canvas, half, blur.dx, blur.dy)
    return canvas / max(float(canvas.sum()), 1e-6)


def _splat_segment(canvas: np.ndarray, centre: int, dx: float, dy: float) -> None:
    """Add a segment of extent (dx, dy) centred on (centre, centre) to `canvas`, as points every 1/8 px
    spread bilinearly over their four pixels.

    A line of L px drawn pixel to pixel covers L + 1 pixels (both end pixels whole), and its spectrum's
    first zero, the one the cepstrum measured at L, falls at L + 1: 14% too long for a 7 px shake,
    enough to turn a sharpened 8 into a 3. Points along the exact extent keep the zero where it was read.
    """
    steps = max(2, int(np.ceil(np.hypot(dx, dy) * 8)) + 1)
    along = np.linspace(-0.5, 0.5, steps)
    xs, ys = centre + along * dx, centre + along * dy
    x0, y0 = np.floor(xs).astype(np.int32), np.floor(ys).astype(np.int32)
    fx, fy = (xs - x0).astype(np.float32), (ys - y0).astype(np.float32)
    for ox, oy, weight in (
        (0, 0, (1 - fx) * (1 - fy)),
        (1, 0, fx * (1 - fy)),
        (0, 1, (1 - fx) * fy),
        (1, 1, fx * fy),
    ):
        np.add.at(canvas, (y0 + oy, x0 + ox), weight)


def deconvolve(image: np.ndarray, blur: Blur, noise_to_signal: float | None = None) -> np.ndarray:
    """`image` (grey or BGR, uint8) with `blur` undone by a Wiener filter; same shape and type."""
    noise_to_signal = NOISE_TO_SIGNAL if noise_to_signal is None else noise_to_signal
    psf = kernel(blur)
    pad = psf.shape[0] * 2
    channels = cv2.split(image) if image.ndim == 3 else [image]
    out = []
    transfer = None
    for channel in channels:
        padded = cv2.copyMakeBorder(channel, pad, pad, pad, pad, cv2.BORDER_REFLECT).astype(np.float32)
        if transfer is None:
            shape = padded.shape
            full = np.zeros(shape, np.float32)
            k = psf.shape[0]
            full[:k, :k] = psf
            full = np.roll(full, (-(k // 2), -(k // 2)), (0, 1))
            otf = np.fft.rfft2(full)
            # Scaled so that flat areas keep their level: plain Wiener darkens paper by 1 / (1 + nsr).
            transfer = np.conj(otf) * (1.0 + noise_to_signal) / (np.abs(otf) ** 2 + noise_to_signal)
        restored = np.fft.irfft2(np.fft.rfft2(padded) * transfer, s=padded.shape)
        out.append(np.clip(restored[pad:-pad, pad:-pad], 0, 255).astype(np.uint8))
    return cv2.merge(out) if image.ndim == 3 else out[0]
