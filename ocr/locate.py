"""Locate: find the card in the photo and warp it flat to a rectangle.

Finding works on a ~800 px copy (fast, and desk texture blurs away); the warp reads the full working
image. Candidate outlines come from two independent sources, because each fails where the other works:

- edges (Canny on lightness and on saturation, closed by a dilation): finds white cards on grey desks,
  dark cards on light desks, coloured cards; fails when the outline is broken by glare or clutter;
- segmentation (Otsu on lightness and on saturation, both polarities, and on the colour distance from
  the desk, the frame's border): finds a card whose outline is faint but whose surface differs from the
  desk as a whole, a card with a dark coloured panel too.

Each candidate contour becomes a quadrilateral (polygon approximation of its convex hull, else its
minimum-area rectangle) and is scored by how much of its outline lies on image edges, how well it fills
its contour, its size and its aspect. The winner's sides are refitted to the edge pixels near them, so a
rounded corner or a slightly loose polygon does not leave the text slanted. No convincing quadrilateral
means a scan or a crop: the whole image is the card, and the caller is told so.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import cv2
import numpy as np

FIND_LONG_SIDE = 800
"""Long side of the copy the card is searched in."""

MAX_CARD_LONG_SIDE = 2400
"""The warped card is never bigger than this; text on it is then far above Tesseract's needs."""

MIN_AREA_FRACTION = 0.04
"""Smaller candidates are text blocks or logos, not a card (the brief expects 20–95% of the frame)."""

MAX_AREA_FRACTION = 0.985
"""A candidate covering the whole frame is the frame itself."""

MIN_SCORE = 0.35
"""Below this, no candidate is convincing enough to crop to (measured: true cards score 0.6–1.0)..."""

MIN_SHAPE_SCORE = 0.42
"""...unless its outline alone (the score without the size term) is this good: a small card seen at a
steep angle on a grained desk scores ~0.27 overall but ~0.47 on its outline."""

CARD_ASPECT = (1.2, 2.3)
"""Long side over short side of a business card as photographed (1.4–1.9 flat, more at an angle)."""

MIN_SMALL_FRACTION = 0.04
"""The smallest share of the frame a candidate passing on its outline alone may cover: a card snapped from
standing height covers 5-7% (four of the independent generator's 80 photos, each then read whole: junk from
a cloth desk, nothing on ruled paper). At 0.04 rather than 0.08, the 600 photos of our generator's four
seeds find the same cards."""

MIN_PART_FRACTION = 0.08
"""The smallest share of the frame a weak candidate read in place of the whole photo may cover
(`_clear_part`): a piece of a card, not a whole small one, needs more of the frame to be trusted."""

FLOODED_EDGES = 0.15
"""Share of the picture above which the chroma's edges are colour noise, not outlines: a dim photo
brightened in the phone (0.19-0.34 of it edges, burying the card's outline); 0.10 at most elsewhere, on
the 150 photos of our generator's seed 1, an independent generator's 80 and the real dev photos."""

REFINED_CANDIDATES = 4
"""Only the best few rough outlines are refitted to the edges (the refit is the costly step)."""

MERGED_CANDIDATES = 5
"""Pairs among the best few outlines are also tried joined: a card split into two colour panels, or
cut by a shadow, is found as two rectangles whose union is the card."""

TEXT_CHECK_LONG_SIDE = 1200
"""Long side of the copy letters are counted on, inside and around the found card."""

LETTER_CONTRAST = 40
"""Grey levels ink stands off its ground in the hat transforms (sensor noise stays under ~30)."""

PLAIN_SURROUND_STD = 10.0
"""Grey-level spread of the photo's outer frame below which the surround is plain (a scan bed, paper)."""

MIN_STRAY_INK = 0.003
"""A quad is not the card when more ink lies around it than inside, and at least this share of the image."""

STRAY_OVER_GRAIN, MIN_GRAIN = 5.0, 0.002
"""On a textured surround, ink beside a quad is taken for a card's text only at this many times the ink
density of the photo's border (its grain), counted as at least MIN_GRAIN: beside true cards on wood,
marble and cloth it measured 0.0-1.9 times; beside a purple panel found in place of its white card on
marble, 136 times."""

MAX_CUT_TEXT = 0.02
"""Share of a side's length along which ink lies just inside and just outside it at once, above which the
side cuts through text: a shadow's edge across the card taken for its outline (0.05-0.12 measured). A
card's true sides have a margin inside them: 0.003 or less on the 600 photos of four generator seeds."""

CUT_REACH = (3, 6)
"""Distances (px at TEXT_CHECK_LONG_SIDE) on either side of a quad's side where ink counts as cut by it."""

CUT_SLACK = 6
"""How far (px at TEXT_CHECK_LONG_SIDE) a side is also tried moved inwards: a quad fitted to a drop shadow's
outer edge lies that far outside the card (0.16 of its side "cut" there, none 6 px in)."""

MAX_STRIP_ASPECT, MIN_STRIP_SUPPORT = 6.0, 0.4
"""A long strip (a card cut by a shadow's edge) with this much of its outline on edges may join another."""

FRAME_MARGIN = 0.03
"""A quad whose sides all lie within this share of the image's long side from its border is the frame."""

PART_SCORE, MAX_PART_FRACTION, PART_ASPECT = 0.25, 0.5, (1.0, 2.3)
"""A weak candidate read in place of the whole photo (`_clear_part`): true cards score 0.6-1.0, a split
card's light part on wood ~0.28; scans' band-less parts cover ~0.75 of the image."""

NO_CARD_WARNING = "no card edge found; read the whole image"

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Quad:
    """The card's corners in working-image pixels, clockwise from top-left, and how convincing it is."""

    corners: tuple[Point, Point, Point, Point]
    score: float


@dataclass(frozen=True, slots=True)
class Located:
    """The flattened card (BGR) and what locating it found out."""

    card: np.ndarray
    quad: Quad | None
    warnings: tuple[str, ...] = ()


def locate_card(image: np.ndarray) -> Located:
    """Find the card in `image` (BGR) and return it warped flat; the whole image when no card is found."""
    quad = find_card(image)
    if quad is None or not holds_its_text(image, quad):
        return Located(card=image, quad=None, warnings=(NO_CARD_WARNING,))
    return Located(card=warp_card(image, quad), quad=quad)


def holds_its_text(image: np.ndarray, quad: Quad) -> bool:
    """Whether `quad` holds the text around it. A coloured panel or logo box found in place of a light
    card whose edge is lost (white card, white scan bed or marble) leaves the card's text outside it; a
    card holds its own text. Ink is what stands off its ground by a letter's contrast at a letter's scale
    (black-hat and top-hat), inside the quad and within its longer side of it. On wood, marble or cloth
    their grain reads as ink too, so there the ink beside the quad counts only where it is much denser
    than at the photo's border, which is all surround."""
    height, width = image.shape[:2]
    factor = min(1.0, TEXT_CHECK_LONG_SIDE / max(height, width))
    small = cv2.resize(image, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    grey = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY) if small.ndim == 3 else small
    textured = _surround_spread(grey) > PLAIN_SURROUND_STD
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (15, 15))
    hats = cv2.max(
        cv2.morphologyEx(grey, cv2.MORPH_BLACKHAT, kernel), cv2.morphologyEx(grey, cv2.MORPH_TOPHAT, kernel)
    )
    ink = hats > LETTER_CONTRAST
    if _cut_text(ink, np.array(quad.corners, np.float32) * factor) > MAX_CUT_TEXT:
        return False
    corners = (np.array(quad.corners, np.float32) * factor).round().astype(np.int32)
    inside = np.zeros(grey.shape, np.uint8)
    cv2.fillConvexPoly(inside, corners, 1)
    x, y, qw, qh = cv2.boundingRect(corners)
    near = np.zeros(grey.shape, np.uint8)
    reach = max(qw, qh)  # a tall panel's card extends sideways by more than the panel's width
    near[max(0, y - reach) : y + qh + reach, max(0, x - reach) : x + qw + reach] = 1
    beside = (near > 0) & (inside == 0)
    held = int(np.count_nonzero(ink & (inside > 0)))
    stray = int(np.count_nonzero(ink & beside))
    if textured:
        border = np.ones(grey.shape, bool)
        band = _frame_band(grey.shape)
        border[band:-band, band:-band] = False
        grain = float(ink[border & (inside == 0)].mean()) if (border & (inside == 0)).any() else 0.0
        if stray < STRAY_OVER_GRAIN * max(grain, MIN_GRAIN) * max(1, int(np.count_nonzero(beside))):
            return True
    return not (stray >= MIN_STRAY_INK * ink.size and stray > held)


def _cut_text(ink: np.ndarray, corners: np.ndarray) -> float:
    """The largest share of a side of the quad `corners` along which `ink` lies on both sides of it.

    A card's outline runs around its text, a margin away; a shadow's edge across the card, taken for a
    side, runs through the text lines it crosses (`+65 6384 43` read where the card says `4395`).
    """
    height, width = ink.shape
    centre = corners.mean(axis=0)
    worst = 0.0
    for i in range(4):
        start, end = corners[i], corners[(i + 1) % 4]
        length = float(np.linalg.norm(end - start))
        if length < 2:
            continue
        # The corners themselves are left out: two sides meet there, and a rounded corner bends away.
        along = start + np.linspace(0.05, 0.95, int(length))[:, None] * (end - start)
        inward = np.array([start[1] - end[1], end[0] - start[0]]) / length
        if inward @ (centre - start) < 0:
            inward = -inward
        cut = 1.0
        # A side a few pixels outside the card (on its drop shadow) has the card's edge just inside it, a
        # line of "ink" all along; the same side moved in by CUT_SLACK lies on the card's margin instead.
        for slack in (0, CUT_SLACK):
            sides = []
            for sign in (1, -1):
                hit = np.zeros(len(along), bool)
                for reach in CUT_REACH:
                    points = np.rint(along + (sign * reach + slack) * inward).astype(np.int32)
                    inside = (
                        (points[:, 0] >= 0)
                        & (points[:, 0] < width)
                        & (points[:, 1] >= 0)
                        & (points[:, 1] < height)
                    )
                    hit[inside] |= ink[points[inside, 1], points[inside, 0]]
                sides.append(hit)
            cut = min(cut, float((sides[0] & sides[1]).mean()))
        worst = max(worst, cut)
    return worst


def _frame_band(shape: tuple[int, ...]) -> int:
    """Width of the photo's outer frame that is all surround: 3% of its short side."""
    return max(2, round(0.03 * min(shape[:2])))


def _surround_spread(grey: np.ndarray) -> float:
    """Grey-level spread of the image's outer frame (3% of its short side): low on a scan bed or paper."""
    band = _frame_band(grey.shape)
    frame = np.concatenate(
        [grey[:band].ravel(), grey[-band:].ravel(), grey[:, :band].ravel(), grey[:, -band:].ravel()]
    )
    return float(frame.std())


def find_card(image: np.ndarray) -> Quad | None:
    """The most card-like quadrilateral in `image` (BGR), or None when nothing is convincing."""
    height, width = image.shape[:2]
    factor = min(1.0, FIND_LONG_SIDE / max(height, width))
    small = cv2.resize(image, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (5, 5), 0)
    lab = cv2.cvtColor(small, cv2.COLOR_BGR2Lab)
    lightness = _stretch(lab[:, :, 0])
    # Chroma (distance from grey in Lab), not HSV saturation: saturation divides by brightness and
    # turns a dark desk's sensor noise into a field of edges.
    a, b = lab[:, :, 1].astype(np.float32) - 128.0, lab[:, :, 2].astype(np.float32) - 128.0
    saturation = np.clip(cv2.magnitude(a, b) * 3.0, 0, 255).astype(np.uint8)
    edges = _edges(lightness)
    chroma_edges = _edges(saturation)
    if np.count_nonzero(chroma_edges) < FLOODED_EDGES * chroma_edges.size:
        edges |= chroma_edges
    unlike_desk = _distance_from_desk(lab)
    # Support is checked against slightly thickened edges: a side may be a pixel or two off the outline.
    support_map = cv2.dilate(edges, np.ones((7, 7), np.uint8))
    ys, xs = np.nonzero(edges)
    edge_points = np.stack([xs, ys], axis=1).astype(np.float32)

    area = float(small.shape[0] * small.shape[1])
    rough: list[tuple[float, np.ndarray, np.ndarray]] = []
    for contour in _candidate_contours(edges, lightness, saturation, unlike_desk, area):
        corners = _quadrilateral(contour)
        rough.append((_score(corners, contour, support_map, area), corners, contour))
    rough.sort(key=lambda item: -item[0])
    # A mask's polygon is often a few pixels off the card (a shadow, a touching object); refitting its
    # sides to the edges lets the true outline score as what it is. Only the leading few need it.
    scored: list[tuple[float, np.ndarray]] = []
    for score, corners, contour in rough[:REFINED_CANDIDATES]:
        refined = _refine(corners, edge_points, edges.shape)
        refined_score = _score(refined, contour, support_map, area)
        scored.append((refined_score, refined) if refined_score > score else (score, corners))
    scored.extend((score, corners) for score, corners, _ in rough[REFINED_CANDIDATES:])
    scored = [item for item in scored if item[0] > 0]
    # A shadow's edge across the card cuts it into two long strips, each too long to be a card; kept
    # (by how well their outline lies on edges) only to be joined with the other piece.
    strips = [
        (_edge_support(corners, support_map), corners)
        for _, corners, _ in rough
        if 3.2 < _aspect(corners) <= MAX_STRIP_ASPECT and cv2.contourArea(corners) >= MIN_AREA_FRACTION * area
    ]
    strips = [item for item in strips if item[0] >= MIN_STRIP_SUPPORT]
    scored.extend(_merged_pairs(scored + strips, edge_points, support_map, area))
    best = max((item for item in scored if not _hugs_frame(item[1], small.shape)), key=_first, default=None)
    if best is None:
        return None
    if not _convincing(best[0], best[1], area):
        textured = _surround_spread(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)) > PLAIN_SURROUND_STD
        if not (textured and _clear_part(best[0], best[1], area)):
            return None
    score, corners = best
    corners = corners / factor
    ordered = tuple((float(x), float(y)) for x, y in corners)
    return Quad(corners=(ordered[0], ordered[1], ordered[2], ordered[3]), score=round(score, 3))


def warp_card(image: np.ndarray, quad: Quad, *, max_long_side: int = MAX_CARD_LONG_SIDE) -> np.ndarray:
    """Warp the quad's inside to an upright rectangle whose aspect follows the quad's side lengths."""
    tl, tr, br, bl = (np.array(p, np.float32) for p in quad.corners)
    width = float(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = float(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    scale = min(1.0, max_long_side / max(width, height))
    out_w, out_h = max(8, round(width * scale)), max(8, round(height * scale))
    # Map the card's outline half a percent outside the output, so no strip of desk survives the warp.
    mx, my = out_w * 0.005, out_h * 0.005
    target = np.array(
        [[-mx, -my], [out_w - 1 + mx, -my], [out_w - 1 + mx, out_h - 1 + my], [-mx, out_h - 1 + my]],
        np.float32,
    )
    matrix = cv2.getPerspectiveTransform(np.array([tl, tr, br, bl], np.float32), target)
    return cv2.warpPerspective(
        image, matrix, (out_w, out_h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )


def _first(item: tuple[float, np.ndarray]) -> float:
    return item[0]


def _size_term(fraction: float) -> float:
    """Larger wins among good outlines: a coloured panel or logo box inside the card is a rectangle too,
    and cropping too much loses text while cropping too little only costs resolution."""
    return float(fraction**0.35)


def _convincing(score: float, corners: np.ndarray, area: float) -> bool:
    """Whether the best candidate is a card: a good score, or a good outline on a small card."""
    if score >= MIN_SCORE:
        return True
    fraction = cv2.contourArea(corners) / area
    # Only a business card's shape: a shadow's edge or a panel cuts pieces of other proportions.
    return (
        fraction >= MIN_SMALL_FRACTION
        and CARD_ASPECT[0] <= _aspect(corners) <= CARD_ASPECT[1]
        and score / _size_term(fraction) >= MIN_SHAPE_SCORE
    )


def _hugs_frame(corners: np.ndarray, shape: tuple[int, ...]) -> bool:
    """Whether every side of the quad runs along the image's border: the frame itself (vignetting and a
    dark desk's grain give its outline edges), not a card. A card that truly fills the frame leaves nothing
    to crop, so the whole image is read instead at no loss; a dark card on a dark desk lost to the frame's
    outline (0.95 of it, scoring 0.46 against the card's 0.39) is found again."""
    height, width = shape[:2]
    margin = FRAME_MARGIN * max(height, width)
    tl, tr, br, bl = corners
    return bool(
        max(tl[0], bl[0]) < margin
        and min(tr[0], br[0]) > width - margin
        and max(tl[1], tr[1]) < margin
        and min(bl[1], br[1]) > height - margin
    )


def _clear_part(score: float, corners: np.ndarray, area: float) -> bool:
    """Whether a candidate too weak to be the card is still worth reading instead of the whole photo.

    A split card whose dark panel matches the desk (a brown panel on wood) is found as its light part
    only: squarer than a card, with part of its outline on no edge. Read whole, such a photo is mostly
    grained desk, which Tesseract reads as screens of junk for ~10 s, while the light part holds the
    card's lines. Only on a textured desk and for a part under half the frame: on a scan (the image is the
    card) a part is a card minus its coloured band, and cropping to it loses the band's text.
    """
    fraction = cv2.contourArea(corners) / area
    return (
        score >= PART_SCORE
        and MIN_PART_FRACTION <= fraction <= MAX_PART_FRACTION
        and PART_ASPECT[0] <= _aspect(corners) <= PART_ASPECT[1]
    )


def _aspect(corners: np.ndarray) -> float:
    """Long over short side, each the sum of two opposite sides."""
    sides = np.linalg.norm(corners - np.roll(corners, -1, axis=0), axis=1)
    pairs = sorted((sides[0] + sides[2], sides[1] + sides[3]))
    return float(pairs[1] / max(pairs[0], 1e-6))


def _merged_pairs(
    scored: list[tuple[float, np.ndarray]], edge_points: np.ndarray, support_map: np.ndarray, area: float
) -> list[tuple[float, np.ndarray]]:
    """Score the quadrilaterals around pairs of the best candidates that touch (share a side)."""
    leading = sorted(scored, key=_first, reverse=True)[:MERGED_CANDIDATES]
    merged = []
    for (_, a), (_, b) in itertools.combinations(leading, 2):
        union = np.concatenate([a, b]).reshape(-1, 1, 2).astype(np.float32)
        hull = cv2.convexHull(union)
        hull_area = cv2.contourArea(hull)
        # Touching pieces fill their joint hull; two separate objects leave a gap in it.
        area_a, area_b = cv2.contourArea(a), cv2.contourArea(b)
        if hull_area <= 0 or (area_a + area_b) / hull_area < 0.85 or hull_area < 1.15 * max(area_a, area_b):
            continue
        corners = _refine(_quadrilateral(hull), edge_points, support_map.shape)
        score = _score(corners, hull, support_map, area)
        if score > 0:
            merged.append((score, corners))
    return merged


def _stretch(channel: np.ndarray) -> np.ndarray:
    """Stretch the 1st..99th percentile to the full range: in a dim photo a dark card on a dark desk
    differs by ~15 grey levels, below any sensible edge threshold until stretched."""
    low, high = np.percentile(channel[::4, ::4], (1, 99))
    if high - low < 1:
        return channel
    scaled = (channel.astype(np.float32) - low) * (255.0 / (high - low))
    return np.clip(scaled, 0, 255).astype(np.uint8)


def _edges(channel: np.ndarray) -> np.ndarray:
    """Canny with thresholds that follow the picture's contrast, within fixed bounds.

    Fixed thresholds miss a white card on a white desk (a 10-grey-level step); thresholds from the
    gradient percentiles alone would flood a wood grain with edges. The median of strong gradients,
    clamped, works for both.
    """
    gx = cv2.Sobel(channel, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(channel, cv2.CV_32F, 0, 1, ksize=3)
    magnitude = cv2.magnitude(gx, gy)
    high = float(np.clip(np.percentile(magnitude[::2, ::2], 97) * 0.5, 40.0, 200.0))
    return cv2.Canny(channel, high * 0.4, high, L2gradient=True)


def _distance_from_desk(lab: np.ndarray) -> np.ndarray:
    """How far each pixel's colour (Lab) lies from the desk's, taken as the median of the frame's
    border: a card with a dark coloured panel (`CRESCENT LLP` on purple over brown cloth) differs from
    the desk as a whole, though its panel matches the desk in lightness or in chroma alone."""
    band = _frame_band(lab.shape)
    border = np.concatenate(
        [
            lab[:band].reshape(-1, 3),
            lab[-band:].reshape(-1, 3),
            lab[:, :band].reshape(-1, 3),
            lab[:, -band:].reshape(-1, 3),
        ]
    )
    desk = np.median(border[::4], axis=0)
    # City-block distance in uint8 (each channel's absdiff, summed with saturation): the Euclidean one
    # splits by Otsu alike and costs six times as much (15 ms against 2.5 on an 800 px copy).
    channels = [cv2.absdiff(lab[:, :, i], float(desk[i])) for i in range(3)]  # type: ignore[call-overload]
    return cv2.add(cv2.add(channels[0], channels[1]), channels[2])


def _candidate_contours(
    edges: np.ndarray, lightness: np.ndarray, saturation: np.ndarray, unlike_desk: np.ndarray, area: float
) -> list[np.ndarray]:
    """Contours that might be the card's outline, from edges and from segmentations of lightness, chroma
    and colour distance from the desk."""
    closed = cv2.dilate(edges, np.ones((3, 3), np.uint8), iterations=2)
    masks = [closed]
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (7, 7))
    wide = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (15, 15))
    for channel in (lightness, saturation, unlike_desk):
        _, mask = cv2.threshold(channel, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        # far from the desk's colour is the card; the other side of that split is only the desk
        for polarity in (mask,) if channel is unlike_desk else (mask, 255 - mask):
            # Opening cuts thin bridges to desk clutter (wider ones, a pen, on the colour mask, which
            # holds every object unlike the desk); closing fills the card's text.
            cleaned = cv2.morphologyEx(polarity, cv2.MORPH_OPEN, wide if channel is unlike_desk else kernel)
            cleaned = cv2.morphologyEx(cleaned, cv2.MORPH_CLOSE, kernel, iterations=2)
            masks.append(cleaned)
    contours: list[np.ndarray] = []
    for index, mask in enumerate(masks):
        # RETR_LIST on the edge map also yields the inner side of the outline's ring, which is the card
        # without whatever touches it from outside.
        mode = cv2.RETR_LIST if index == 0 else cv2.RETR_EXTERNAL
        found, _ = cv2.findContours(mask, mode, cv2.CHAIN_APPROX_SIMPLE)
        contours.extend(c for c in found if cv2.contourArea(c) >= MIN_AREA_FRACTION * area * 0.8)
    return contours


def _quadrilateral(contour: np.ndarray) -> np.ndarray:
    """Four corners (clockwise from top-left) approximating the contour's convex hull."""
    hull = cv2.convexHull(contour)
    perimeter = cv2.arcLength(hull, True)
    for epsilon in (0.015, 0.025, 0.04, 0.06):
        approx = cv2.approxPolyDP(hull, epsilon * perimeter, True)
        if len(approx) == 4:
            return _order(approx.reshape(4, 2).astype(np.float32))
        if len(approx) < 4:
            break
    box = cv2.boxPoints(cv2.minAreaRect(hull))
    return _order(box.astype(np.float32))


def _order(points: np.ndarray) -> np.ndarray:
    """Order four points clockwise starting at the one nearest the top-left."""
    centre = points.mean(axis=0)
    angles = np.arctan2(points[:, 1] - centre[1], points[:, 0] - centre[0])
    clockwise = points[np.argsort(angles)]  # image y points down, so increasing angle is clockwise
    start = int(np.argmin(clockwise.sum(axis=1)))
    return np.roll(clockwise, -start, axis=0)


def _score(corners: np.ndarray, contour: np.ndarray, support_map: np.ndarray, area: float) -> float:
    """0 for impossible quads, else roughly 0..1: outline on edges x rectangularity x size x aspect."""
    quad_area = cv2.contourArea(corners)
    fraction = quad_area / area
    if not MIN_AREA_FRACTION <= fraction <= MAX_AREA_FRACTION:
        return 0.0
    if not cv2.isContourConvex(corners.reshape(-1, 1, 2)):
        return 0.0
    for i in range(4):
        a = corners[i - 1] - corners[i]
        b = corners[(i + 1) % 4] - corners[i]
        cosine = float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b) + 1e-6))
        # A card seen at ~40° off the vertical still has corners within 90 ± 40°.
        if abs(cosine) > np.cos(np.deg2rad(50)):
            return 0.0
    aspect = _aspect(corners)
    if aspect > 3.2:
        return 0.0
    # Business cards are 1.4–1.9:1 (up to ~2.3 seen at an angle); square and long cards exist, so they
    # are only discounted.
    aspect_term = 1.0 if CARD_ASPECT[0] <= aspect <= CARD_ASPECT[1] else 0.75
    fill = min(1.0, cv2.contourArea(contour) / max(quad_area, 1e-6))
    support = _edge_support(corners, support_map)
    return support * (0.4 + 0.6 * fill) * aspect_term * _size_term(fraction)


def _edge_support(corners: np.ndarray, support_map: np.ndarray) -> float:
    """How much more the quad's outline lies on edges than lines parallel to it a few pixels away.

    The contrast matters: on a busy desk (wood grain, fabric, noise) any line crosses many edges; only
    the card's outline is covered all along while its parallels are not. Sides on the image border
    count 0 (a photo's border is no evidence of a card).
    """
    height, width = support_map.shape
    centre = corners.mean(axis=0)
    offset = max(6.0, 0.012 * float(np.hypot(height, width)))
    on = beside = 0.0
    total = 0
    for i in range(4):
        start, end = corners[i], corners[(i + 1) % 4]
        side = end - start
        count = max(2, int(np.linalg.norm(side) / 2))
        normal = np.array([-side[1], side[0]], np.float32) / (np.linalg.norm(side) + 1e-6)
        if normal @ (centre - start) < 0:
            normal = -normal  # point it into the quad
        # Skip the last 8% at each end: rounded corners leave no edge exactly at the quad's corner.
        t = np.linspace(0.08, 0.92, count)
        points = start[None, :] * (1 - t)[:, None] + end[None, :] * t[:, None]
        total += count
        on += _hits(points, support_map)
        beside += 0.5 * (
            _hits(points + offset * normal, support_map) + _hits(points - offset * normal, support_map)
        )
    return max(0.0, on - beside) / max(total, 1)


def _hits(points: np.ndarray, support_map: np.ndarray) -> int:
    """How many of `points` fall on a nonzero pixel of `support_map` (points off the image never do)."""
    height, width = support_map.shape
    xs = np.round(points[:, 0]).astype(int)
    ys = np.round(points[:, 1]).astype(int)
    inside = (xs >= 2) & (xs < width - 2) & (ys >= 2) & (ys < height - 2)
    return int(np.count_nonzero(support_map[ys[inside], xs[inside]]))


def _refine(corners: np.ndarray, points: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Refit each side to the edge pixels (`points`, x/y rows) near it; corners become the intersections.

    Each side is found by a small Hough vote (angles within ±10° of the rough side, offsets within a
    band around it): the card's edge is one straight line and wins over text or texture next to it,
    which a least-squares fit would average in. Falls back to the given corners when a side has too
    few edge pixels or a corner would move far.
    """
    if len(points) == 0:
        return corners
    diagonal = float(np.hypot(shape[0], shape[1]))
    band = max(4.0, 0.02 * diagonal)
    lines = []
    for i in range(4):
        start, end = corners[i], corners[(i + 1) % 4]
        line = _strongest_line(points, start, end, band)
        if line is None:
            return corners
        lines.append(line)
    refined = []
    for i in range(4):
        (p1, d1), (p2, d2) = lines[i - 1], lines[i]
        matrix = np.array([[d1[0], -d2[0]], [d1[1], -d2[1]]])
        if abs(np.linalg.det(matrix)) < 1e-6:
            return corners
        t, _ = np.linalg.solve(matrix, p2 - p1)
        refined.append(p1 + t * d1)
    result = np.array(refined, np.float32)
    if np.max(np.linalg.norm(result - corners, axis=1)) > 0.05 * diagonal:
        return corners
    return result


def _strongest_line(
    points: np.ndarray, start: np.ndarray, end: np.ndarray, band: float
) -> tuple[np.ndarray, np.ndarray] | None:
    """The straight line (a point on it, its unit direction) best supported by edge points near the
    segment start-end, or None when too few points support any line."""
    direction = end - start
    length = float(np.linalg.norm(direction))
    if length < 8:
        return None
    direction = direction / length
    normal = np.array([-direction[1], direction[0]], np.float32)
    rel = points - start
    along = rel @ direction
    across = rel @ normal
    near = (np.abs(across) < band) & (along > 0.05 * length) & (along < 0.95 * length)
    local = rel[near]
    if len(local) < 0.3 * length:
        return None
    # Vote all tilts at once: one row of 1-px offset bins per tilt.
    tilts = np.deg2rad(np.arange(-10.0, 10.01, 0.5))
    turned_all = normal[None, :] * np.cos(tilts)[:, None] - direction[None, :] * np.sin(tilts)[:, None]
    bins = int(2 * band) + 3
    cells = np.floor(local @ turned_all.T + band + 1).astype(np.int64)  # (points, tilts)
    valid = (cells >= 0) & (cells < bins)
    index = (np.arange(len(tilts))[None, :] * bins + cells)[valid]
    votes = np.bincount(index, minlength=len(tilts) * bins)
    best_cell = int(np.argmax(votes))
    best_votes = int(votes[best_cell])
    if best_votes < 0.25 * length:
        return None
    best = (float(tilts[best_cell // bins]), best_cell % bins - band - 1 + 0.5)
    tilt, offset = best
    turned = normal * np.cos(tilt) - direction * np.sin(tilt)
    inliers = local[np.abs(local @ turned - offset) < 1.5] + start
    vx, vy, x0, y0 = cv2.fitLine(inliers.astype(np.float32), cv2.DIST_L2, 0, 0.01, 0.01).ravel()
    return np.array([x0, y0]), np.array([vx, vy])
