"""Clean: the flattened colour card -> evenly lit greyscale, dark text on white, at Tesseract's text size.

Three steps, each cheap:

1. Light and shadow are evened out by dividing by a background estimate (a median filter much wider than
   a letter, computed on a small copy): a shadow or a light gradient divides away, the text stays.
2. Light text on dark or coloured areas is flipped to dark on light *locally*: where strokes are brighter
   than their surroundings, the region is inverted. Half-dark cards (a black panel with white text beside
   a white panel with black text) come out uniform. Coloured ink is taken from the channel where it is
   darkest (min of B, G, R) on light areas, and brightest (max) on dark areas, so orange or red text
   keeps its contrast instead of turning mid-grey.
3. The card is scaled so letters are about `TARGET_TEXT_HEIGHT` px tall, measured from connected
   components (Tesseract's LSTM is happiest with capitals of ~20–40 px).

No binarisation: Tesseract's own Otsu on a clean greyscale keeps thin strokes that adaptive thresholding
breaks (measured on the generated set).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

TARGET_TEXT_HEIGHT = 22.0
"""Median letter height (px) the card is scaled to: small print's capitals land at ~24–30 px."""

MIN_SCALE, MAX_SCALE = 0.3, 3.0
"""Never shrink or enlarge beyond these: estimates outside them are noise, not text."""

SHRINK_BELOW = 0.7
"""Scales above this (and up to 1.08) are left alone: shrinking a little only thins strokes."""

MAX_CLEAN_PIXELS = 4_000_000
"""Tesseract's time grows with the page; a card never needs more than this."""

MAX_LETTERS = 700
"""Enough letters for a stable angle histogram; more only costs time (the pairwise step is quadratic)."""

DIM_CHANNEL = (30.0, 70.0)
"""Paper levels of the darkest colour channel between which dark text is measured more and more in the
grey than in that channel: below ~30 (a saturated green or red panel) its noise, relative to the
paper, swamps the print. Kept low: warm paper under warm light has a dim blue channel too, and there
the darkest channel still gives coloured ink more contrast than the grey."""

ANGLE_SAMPLE = 200
"""Letters the text height's line direction is measured from: it needs only the nearest axis and the
tilt to a few degrees (the pairwise step is quadratic)."""

POCKET_FRACTION = 4
"""Polarity pockets narrower than the card's short side over this are taken for misreadings, not panels."""

SETTLED_SHARE = 0.25
"""Pockets are settled only on cards whose strokes are this clearly one polarity (under this share of the
other): on two-tone cards the other polarity is a real panel, not a misreading."""

LIGHT_ROOM = (25.0, 60.0)
"""Headroom (255 minus the ground's lightest channel) between which light text is measured more and more
in the darkest channel than in the lightest: under ~25 (an orange, yellow or light-green panel) the
lightest channel's text and ground differ by less than its noise."""

PAPER_DEPTH_CAP = 0.5
"""The most ink depth the local stretch takes for paper grain or noise. A window of big bold print is half
ink, and its median is ink: subtracted as the paper's, it left a light streak along the middle of the
strokes (`JOUNSON`, `Roussea` on clean scans). Grain, noise and glare keep the median far below this;
the dense strokes of kanji do not always, and a cap of 0.3 cost three of the real photos' forty variants."""

BACKGROUND_LONG_SIDE = 320
"""The background is estimated on a copy this long; its median window spans ~7% of the card."""


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The cleaned greyscale card, the factor it was scaled by (1.0 when left alone) and the letter
    height found before."""

    grey: np.ndarray
    scale: float
    text_height: float
    inverted_share: float
    """Share of the card that was flipped from light-on-dark: 0 for a white card, ~1 for a dark one."""


def clean_card(card: np.ndarray, *, lift_glare: bool = True, text_height: float | None = None) -> Cleaned:
    """Flatten the light, make text dark on white and scale it to Tesseract's size (see module doc);
    `lift_glare=False` leaves text under a glare spot as faint as it is (see `flatten`); `text_height`,
    when known (a card clean has scaled already), spares `denoise` measuring it."""
    flat, inverted_share = flatten(denoise(card, text_height), lift_glare=lift_glare)
    text_height = estimate_text_height(flat)
    height, width = flat.shape[:2]
    scale = _scale_for(text_height, height, width)
    # Shrink only clearly oversized text (thin strokes suffer), enlarge anything below the target.
    # (Measuring on a small preview and shrinking before flattening was tried: most cards are scaled
    # up or left alone, so the preview cost more than it saved.)
    if scale > 1.08 or scale < SHRINK_BELOW:
        interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
        flat = cv2.resize(flat, None, fx=scale, fy=scale, interpolation=interpolation)
    else:
        scale = 1.0
    return Cleaned(grey=flat, scale=scale, text_height=text_height, inverted_share=inverted_share)


def _scale_for(text_height: float, height: int, width: int) -> float:
    """The factor that brings `text_height` to the target, within bounds and the pixel budget."""
    scale = 1.0
    if text_height > 0:
        scale = float(np.clip(TARGET_TEXT_HEIGHT / text_height, MIN_SCALE, MAX_SCALE))
    return min(scale, (MAX_CLEAN_PIXELS / (height * width)) ** 0.5)


def noise_level(card: np.ndarray) -> float:
    """Sensor noise sigma (grey levels), from the residue of a 3x3 median on a sample of the card.

    Text edges are a small share of the pixels, so the median absolute residue is mostly noise.
    """
    grey = cv2.cvtColor(card, cv2.COLOR_BGR2GRAY) if card.ndim == 3 else card
    residue = cv2.absdiff(grey, cv2.medianBlur(grey, 3))
    return 1.4826 * float(np.median(residue[::3, ::3])) * 1.5


def denoise(card: np.ndarray, text_height: float | None = None) -> np.ndarray:
    """Smooth a noisy (low-light) card just enough that the division by its background does not turn
    noise into specks; a clean card is returned untouched. Gaussian rather than non-local means: 20x
    faster, and letters at working size (10+ px) survive a sigma of 1-1.5 px.

    On a big card, noise blotches a few pixels wide pass for letters and outnumber them: a dim 9 MP photo
    whose letters stand 42 px tall measured 9 px text among 2000 specks, was scaled up 2.4x and read
    sideways. The text's size, measured on a half-size copy (whose averaging erases the blotches), says
    how much blur the letters bear: `DENOISE_PER_HEIGHT` of their height. A `text_height` already known
    is taken as it is (a deconvolved card, at clean's scale: measuring it held ~25 MB more at the
    service's peak, inside the deblur lock)."""
    sigma = noise_level(card)
    if sigma < 3.0:
        return card
    blur = min(1.6, 0.5 + sigma / 10.0)
    if text_height is None:
        half = cv2.resize(card, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
        text_height = 2.0 * estimate_text_height(
            flatten(cv2.GaussianBlur(half, (0, 0), 1.0), lift_glare=False)[0]
        )
    return cv2.GaussianBlur(card, (0, 0), max(blur, min(MAX_DENOISE, DENOISE_PER_HEIGHT * text_height)))


MAX_DENOISE, DENOISE_PER_HEIGHT = 3.0, 0.05
"""The most blur a noisy card gets, and its share of the letters' height: at 0.06, the dots of `ü` on a
dim card faded from the accent pass's reading; at 0.04 the blotches still outnumbered a card's letters."""


def flatten(card: np.ndarray, *, lift_glare: bool = True) -> tuple[np.ndarray, float]:
    """Evenly lit greyscale with dark text on white everywhere, and the share that was inverted.

    With `lift_glare`, faint text under a glare spot may be stretched up to `GLARE_GAIN` times harder
    than elsewhere (`glare_veil`). A deconvolved card is flattened without: its ringing and amplified
    noise would be stretched with the text (two shaken cards of seed 31 lost a letter to it).

    Every map that steers the result (paper levels, where text is light, the local stretch) is measured
    on a small copy; the full-size float arithmetic is then done a strip of rows at a time, so a read
    holds one full-size float map (the ink depth) instead of up to seven (an 8 MP card's is 31 MB).
    """
    if card.ndim == 3:
        blue, green, red = cv2.split(card)
        darkest = cv2.min(cv2.min(blue, green), red)
        lightest = cv2.max(cv2.max(blue, green), red)
        grey = cv2.cvtColor(card, cv2.COLOR_BGR2GRAY)
        del blue, green, red
    else:
        darkest = lightest = grey = card
    height, width = grey.shape
    factor = min(1.0, BACKGROUND_LONG_SIDE / max(height, width))
    size = (max(1, round(width * factor)), max(1, round(height * factor)))

    def paper(channel: np.ndarray) -> np.ndarray:
        return cv2.medianBlur(cv2.resize(channel, size, interpolation=cv2.INTER_AREA), 21)

    def background(channel: np.ndarray, small: np.ndarray | None = None) -> np.ndarray:
        # Full size in whole grey levels (a byte a pixel); a dim ground's ratio turns on them.
        small = paper(channel) if small is None else small
        return cv2.resize(small, (width, height), interpolation=cv2.INTER_LINEAR)

    light_on_dark = _light_text_weight(grey, size)
    dark_paper = paper(darkest)
    dark_bg = background(darkest, dark_paper)
    # On saturated paper (a green panel) the darkest channel is nearly black: dividing by it turns
    # sensor noise into speckle. There the grey, whose paper level is well above zero, is used.
    maps = _InkMaps(dark_bg, background(grey) if int(dark_bg.min()) < DIM_CHANNEL[1] else None)
    if light_on_dark.max() > 0:
        maps.light_bg = background(lightest)
        # White text on a bright colour (an orange or yellow panel): the ground's lightest channel is
        # nearly white too, so the division turns its noise into speckle. There the darkest channel,
        # where the colour is deep and the text still white, gives the contrast.
        maps.bright_ground = 255 - int(maps.light_bg.max()) < LIGHT_ROOM[1]
        maps.light_weight = _Rows(light_on_dark, width, height)
    # The stretch below is measured on the whole card's ink depth, so that one map is kept whole.
    depth = np.empty((height, width), np.float32)
    for top in range(0, height, STRIP_ROWS):
        rows = slice(top, min(height, top + STRIP_ROWS))
        depth[rows] = maps.ink_depth(darkest[rows], lightest[rows], grey[rows], rows)
    veil = glare_veil(dark_paper, (size[0] * 2, size[1] * 2)) if lift_glare else None
    floor, gain = (_Rows(m, width, height) for m in _local_stretch(depth, size, veil))
    flat = np.empty((height, width), np.uint8)
    for top in range(0, height, STRIP_ROWS):
        rows = slice(top, min(height, top + STRIP_ROWS))
        # 255 - clip((depth - floor) * gain * 255, 0, 255)
        strip = depth[rows] - floor.rows(rows)
        strip *= gain.rows(rows)
        strip *= 255.0
        np.clip(strip, 0.0, 255.0, out=strip)
        np.subtract(255.0, strip, out=strip)
        flat[rows] = strip
    return flat, float(light_on_dark.mean())


STRIP_ROWS = 128
"""Rows of the card worked on at a time in `flatten`: small enough that its float maps stay in cache."""


class _Rows:
    """A small float map upsampled to the card's size a strip of rows at a time, as cv2.resize
    (INTER_LINEAR) would upsample it whole: widened once (cheap: it is only a few hundred rows), then
    each row is interpolated between the two nearest widened rows."""

    def __init__(self, small: np.ndarray, width: int, height: int) -> None:
        self._wide = cv2.resize(small, (width, small.shape[0]), interpolation=cv2.INTER_LINEAR)
        source = (np.arange(height) + 0.5) * (small.shape[0] / height) - 0.5
        below = np.floor(source)
        self._fraction = (source - below).astype(np.float32)[:, None]
        self._below = np.clip(below.astype(np.intp), 0, small.shape[0] - 1)
        self._above = np.clip(below.astype(np.intp) + 1, 0, small.shape[0] - 1)

    def rows(self, rows: slice) -> np.ndarray:
        """The upsampled map's `rows` (a new float32 array)."""
        below = self._wide[self._below[rows]]
        step = self._wide[self._above[rows]]
        step -= below
        step *= self._fraction[rows]
        below += step
        return below


@dataclass(slots=True)
class _InkMaps:
    """What turns a strip of the card's channels into ink depth (0 paper .. 1 full ink), whichever way
    round its text is printed: the paper level of its darkest channel, of its grey (on dim paper), of
    its lightest channel and where the text is light (on cards with light text)."""

    dark_bg: np.ndarray
    grey_bg: np.ndarray | None = None
    light_bg: np.ndarray | None = None
    light_weight: _Rows | None = None
    bright_ground: bool = False

    def ink_depth(
        self, darkest: np.ndarray, lightest: np.ndarray, grey: np.ndarray, rows: slice
    ) -> np.ndarray:
        """Ink depth (float32) of one strip of rows."""
        dark_bg = self.dark_bg[rows].astype(np.float32)
        # Dark text: its depth below the paper, relative to the paper (so a shadow divides away).
        ratio = darkest.astype(np.float32)
        cv2.divide(ratio, np.maximum(dark_bg, 1.0), dst=ratio)
        if self.grey_bg is not None:
            grey_ratio = grey.astype(np.float32)
            cv2.divide(grey_ratio, np.maximum(self.grey_bg[rows], 1).astype(np.float32), dst=grey_ratio)
            low, high = DIM_CHANNEL
            trust = np.clip((dark_bg - low) / (high - low), 0.0, 1.0)
            # trust * ratio + (1 - trust) * grey_ratio
            ratio -= grey_ratio
            ratio *= trust
            ratio += grey_ratio
        if self.light_bg is not None and self.light_weight is not None:
            room = np.subtract(255.0, self.light_bg[rows], dtype=np.float32)
            inverted = np.subtract(255.0, lightest, dtype=np.float32)
            cv2.divide(inverted, np.maximum(room, 1.0), dst=inverted)
            if self.bright_ground:
                via_darkest = np.subtract(255.0, darkest, dtype=np.float32)
                cv2.divide(via_darkest, np.maximum(np.subtract(255.0, dark_bg), 1.0), dst=via_darkest)
                low, high = LIGHT_ROOM
                trust = np.clip((room - low) / (high - low), 0.0, 1.0, out=room)
                # trust * inverted + (1 - trust) * via_darkest
                inverted -= via_darkest
                inverted *= trust
                inverted += via_darkest
            # weight * inverted + (1 - weight) * ratio
            inverted -= ratio
            inverted *= self.light_weight.rows(rows)
            ratio += inverted
        np.clip(ratio, 0.0, 1.0, out=ratio)
        return np.subtract(1.0, ratio, out=ratio)


GLARE_PAPER_PERCENTILE = 75.0
"""The card's own paper level, which glare is measured against: most of a card is lit, not glared."""

GLARE_ROOM = 1.5
"""A spot counts as glared when its paper has this many times less room below white than the card's.
Most light gradients stay under it; a card lit much brighter at one end does not, and there paper grain
may be stretched as faint text (seed 1's photo 47 lost the `KG` of its company to it)."""

GLARE_GAIN = 3.0
"""At most this many times the usual stretch under glare."""


def glare_veil(paper: np.ndarray, size: tuple[int, int]) -> np.ndarray | None:
    """How veiled each spot of the card is (1 = not at all; up to `GLARE_GAIN`), at `size`, from its
    small paper-level map; None when no spot is.

    Glare adds white light to paper and ink alike: where it lifts the paper from level P to B, it
    leaves text (255 - B) / (255 - P) of its contrast, and the division by the paper takes no more of
    it back. That ratio is the veil: how much harder the local stretch may push text there.
    """
    flat = paper.ravel()
    rank = round(GLARE_PAPER_PERCENTILE / 100 * (flat.size - 1))
    level = float(np.partition(flat, rank)[rank])
    # Glared where 255 - paper < (255 - level) / GLARE_ROOM; most cards have no such spot.
    if int(paper.max()) <= 255 - (255 - level) / GLARE_ROOM:
        return None
    room = np.maximum(255.0 - paper.astype(np.float32), 1.0)
    veil = np.clip((255.0 - level) / room, 1.0, GLARE_GAIN)
    veil[veil < GLARE_ROOM] = 1.0
    veil = cv2.GaussianBlur(veil, (0, 0), 2.0)
    return cv2.resize(veil, size, interpolation=cv2.INTER_LINEAR)


def _local_stretch(
    ink_depth: np.ndarray, size: tuple[int, int], veil: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Floor and gain maps, at twice the background's `size`, that map the paper to white and faint text
    (under glare, grey on grey, washed out) to ~85% black: depth' = (depth - floor) * gain.

    Measured on a copy of the ink depth at that size: the floor is the local median depth (paper grain
    and noise: text is the minority of any window), the peak a max filter over about a letter. Only
    where the peak clearly stands out is there text worth stretching; elsewhere the gain is 1, so paper
    grain does not turn into specks. Subtracting the floor keeps low-light noise from being stretched
    along with the text. Gain capped at 4x, times the `veil` (`glare_veil`) where glare thinned the text.
    """
    mid = cv2.resize(ink_depth, (size[0] * 2, size[1] * 2), interpolation=cv2.INTER_AREA)
    peak = cv2.dilate(mid, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (9, 9)))
    peak = cv2.GaussianBlur(peak, (0, 0), 3.0)
    median = cv2.medianBlur(np.clip(mid * 255.0, 0, 255).astype(np.uint8), 21).astype(np.float32) / 255.0
    floor = np.minimum(cv2.GaussianBlur(median, (0, 0), 2.0), PAPER_DEPTH_CAP)
    # Under glare the text's peak is thinned by the veil: it is judged as it would stand without it.
    unveiled = peak if veil is None else peak * veil
    stands_out = unveiled > 2.5 * floor + 0.06
    gain = np.where(stands_out, 0.85 / np.maximum(peak - floor, 1e-3), 1.0).astype(np.float32)
    return floor, cv2.GaussianBlur(np.clip(gain, 1.0, 4.0 if veil is None else 4.0 * veil), (0, 0), 2.0)


def _light_text_weight(grey: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """A 0..1 map (at twice `size`) of where the card is light text on a darker ground.

    Where there are strokes, their sign decides (brighter than the surroundings -> invert). Where there
    are none, the ground's brightness does: inverting a dark, empty area keeps its noise from being
    amplified by the division that follows.
    """
    mid = cv2.resize(grey, (size[0] * 2, size[1] * 2), interpolation=cv2.INTER_AREA)
    local = cv2.medianBlur(mid, 21)
    deviation = mid.astype(np.float32) - local.astype(np.float32)
    # Strokes: 25 grey levels off the ground, or a fifth of a dim ground's level in low light.
    threshold = np.maximum(8.0, np.minimum(25.0, 0.2 * local.astype(np.float32)))
    brighter = (deviation > threshold).astype(np.float32)
    darker = (deviation < -threshold).astype(np.float32)
    window = (max(3, size[0] // 6) | 1, max(3, size[1] // 6) | 1)
    brighter = cv2.blur(brighter, window)
    darker = cv2.blur(darker, window)
    strokes = (brighter + darker) > 0.01
    light_text = brighter > 1.3 * darker
    dark_ground = cv2.blur(local, window) < 90
    flip = np.where(strokes, light_text, dark_ground).astype(np.uint8)
    # A blurred or glared word can read as dark strokes on a card whose text is mostly light (or the
    # reverse): such pockets, smaller than a panel, take the polarity of most of the card's text, since
    # half-flipped text cancels out.
    light_share = float(light_text[strokes].mean()) if strokes.any() else 0.0
    if SETTLED_SHARE < light_share < 1.0 - SETTLED_SHARE:
        return cv2.GaussianBlur(flip.astype(np.float32), (0, 0), 2.0)  # a two-tone card: both are real
    # At a quarter of the size (a card-sized kernel at full size costs ~30 ms); closing only adds to the
    # map and opening only takes away, so the full-size map is combined with the coarse result.
    height, width = flip.shape
    coarse = cv2.resize(flip, (max(1, width // 4), max(1, height // 4)), interpolation=cv2.INTER_NEAREST)
    side = max(3, (min(coarse.shape) // POCKET_FRACTION) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (side, side))
    closing = light_share >= 0.5
    coarse = cv2.morphologyEx(coarse, cv2.MORPH_CLOSE if closing else cv2.MORPH_OPEN, kernel)
    settled = cv2.resize(coarse, (width, height), interpolation=cv2.INTER_NEAREST)
    settled = np.maximum(flip, settled) if closing else np.minimum(flip, settled)
    return cv2.GaussianBlur(settled.astype(np.float32), (0, 0), 2.0)


def letter_components(grey: np.ndarray) -> np.ndarray:
    """Stats rows (x, y, w, h, area) of the letter-like components of a dark-on-light image."""
    # Otsu alone splits paper noise when there is little ink; text is always well below mid-grey here.
    otsu, _ = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    _, ink = cv2.threshold(grey, min(otsu, 160), 255, cv2.THRESH_BINARY_INV)
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    stats = stats[1:count]
    if len(stats) == 0:
        return stats
    w, h, area = stats[:, 2], stats[:, 3], stats[:, 4]
    longest = np.maximum(w, h)
    fill = area / np.maximum(w * h, 1)
    limit = max(grey.shape) / 5
    # Letters: not specks, not rules or borders (long and thin, or huge), not solid blocks.
    keep = (longest >= 5) & (longest <= limit) & (area >= 10) & (fill > 0.08) & (fill < 0.95)
    keep &= np.maximum(w, h) <= 6 * np.minimum(w, h)
    return stats[keep]


def estimate_text_height(grey: np.ndarray) -> float:
    """Median letter height (px) across the text lines, weighted by each letter's ink; 0 when unsure.

    Heights are measured across the lines' direction (from `line_angle`), so a sideways card measures
    the same as an upright one, and letters that blur has merged into word blobs still measure as one
    line of text, not as the word's length (which would shrink a blurred card and lose its small print).
    """
    stats = letter_components(grey)
    if len(stats) < 8:
        return 0.0
    heights = _across_lines(stats, line_angle(stats, max_letters=ANGLE_SAMPLE))
    # Weighted by the square root of the ink: a dust of noise specks cannot outvote the letters, and
    # a big bold name does not outvote the small print either.
    order = np.argsort(heights)
    cumulative = np.cumsum(np.sqrt(stats[order, 4].astype(np.float64)))
    return float(heights[order][np.searchsorted(cumulative, cumulative[-1] / 2)])


def _across_lines(stats: np.ndarray, angle: float) -> np.ndarray:
    """Each component's extent across text lines running at `angle` degrees, from its upright box.

    A w x h box around a W x H shape turned by phi has w = W cos + H sin and h = W sin + H cos; solved
    for H. Near 45 degrees that is ill-conditioned, so there the longer side of the box is used.
    """
    w, h = stats[:, 2].astype(np.float64), stats[:, 3].astype(np.float64)
    phi = np.deg2rad((angle + 45.0) % 90.0 - 45.0)  # the lines' tilt from the nearest image axis
    if (angle + 45.0) % 180.0 >= 90.0:  # lines closer to vertical: heights lie along x
        w, h = h, w
    cos, sin = abs(np.cos(phi)), abs(np.sin(phi))
    if cos * cos - sin * sin < 0.5:
        return np.maximum(w, h)
    across = (h * cos - w * sin) / (cos * cos - sin * sin)
    return np.clip(across, 0.3 * np.maximum(w, h), np.maximum(w, h))


def line_angle(stats: np.ndarray, *, max_letters: int = MAX_LETTERS) -> float:
    """The dominant direction (degrees in [0, 180), image coordinates) from letters to their neighbours."""
    size = np.maximum(stats[:, 2], stats[:, 3]).astype(np.float32)
    # The ink-weighted median, as in estimate_text_height: a dust of specks (noise inside a logo)
    # outnumbers the letters but must not set the size the letters are picked by.
    order = np.argsort(size)
    cumulative = np.cumsum(np.sqrt(stats[order, 4].astype(np.float64)))
    typical = float(size[order][np.searchsorted(cumulative, cumulative[-1] / 2)])
    # Body-text letters only: a logo or a big name would add neighbours at other spacings.
    body = stats[(size > 0.5 * typical) & (size < 2.0 * typical)]
    if len(body) > max_letters:
        body = body[np.linspace(0, len(body) - 1, max_letters).astype(int)]
    centres = body[:, :2] + body[:, 2:4] / 2.0
    diff = centres[None, :, :] - centres[:, None, :]
    dist = np.hypot(diff[..., 0], diff[..., 1])
    np.fill_diagonal(dist, np.inf)
    k = min(2, len(body) - 1)
    nearest = np.argsort(dist, axis=1)[:, :k]
    rows = np.repeat(np.arange(len(body)), k)
    cols = nearest.ravel()
    close = dist[rows, cols] < 2.5 * typical
    vectors = diff[rows[close], cols[close]]
    if len(vectors) == 0:
        return 0.0
    angles = np.degrees(np.arctan2(vectors[:, 1], vectors[:, 0])) % 180.0
    histogram, _ = np.histogram(angles, bins=180, range=(0.0, 180.0))
    # Circular smoothing over ±3°, so a skew between two bins does not split its peak.
    padded = np.concatenate([histogram[-3:], histogram, histogram[:3]]).astype(np.float32)
    smooth = np.convolve(padded, np.ones(7, np.float32), mode="valid")
    peak = int(np.argmax(smooth))
    # Refine to sub-degree with the mean of the angles near the peak (circular around 0/180).
    offsets = (angles - peak + 90.0) % 180.0 - 90.0
    near = np.abs(offsets) <= 3.0
    return float(peak + 0.5 + offsets[near].mean()) if near.any() else peak + 0.5
