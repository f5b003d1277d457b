"""read_card: photo bytes -> Extraction. Reads top to bottom as the pipeline does.

decode -> locate (find + warp) -> clean (light, polarity, size) -> orient -> read (Tesseract) -> parse.
A card read with little confidence that shows motion, defocus or soft blur is deconvolved and read
again (`ocr.deblur`); the better reading is kept.

Every stage is a module-level function on plain values, so a side could be handed to a process pool.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

import cv2
import numpy as np

from .clean import TARGET_TEXT_HEIGHT, Cleaned, clean_card, letter_components
from .deblur import STRENGTHS, deconvolve, estimate_blur
from .decode import decode_image
from .diacritics import accent_contact, apply_spellings
from .locate import locate_card
from .models import Contact, Extraction, Line, Word
from .orient import Direction, rotate, text_direction
from .parse import parse_text
from .tesseract import Engine, probe, read_lines

PSM = 3
"""Tesseract's automatic page segmentation: measured best on cards (11 splits lines into fragments)."""

DOUBTFUL_READING = 0.5
"""Mean word confidence (weighted by characters) below which the other way up is tried too: upside-down
text reads at ~0.15–0.4, upright print at 0.85+, blurred, glared or non-Latin cards at 0.55–0.8."""

MISSED_LETTERS = 15
"""Letters outside every line box before the skipped text is read again (a short line is ~15)."""

MAX_WARPED_SKEW = 10.0
"""Degrees of text skew believed on a card that was found and warped flat (its edges are the text's)."""

STRIP_LINES = 4
"""Lines of text in the band read upside down to settle a weak up/down call."""

LINE_PITCH = round(TARGET_TEXT_HEIGHT * 1.8)
"""Rough distance between text lines (px) on the cleaned card, whose letters clean scales to ~22 px."""

WEAK_UPDOWN = 0.5
"""Ascender evidence below this is too thin to trust without asking Tesseract (ink above the x-height
less than ~1.6x the ink below: all-caps and digit-heavy cards)."""


@dataclass(frozen=True, slots=True)
class SideReading:
    """One side of a card, read: its lines, the upright colour card for storage, and warnings;
    `grey` is the cleaned upright card the lines' boxes refer to."""

    lines: tuple[Line, ...]
    card: np.ndarray
    warnings: tuple[str, ...]
    grey: np.ndarray


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = round(timings.get(stage, 0.0) + (time.perf_counter() - start) * 1000, 1)


def read_card(
    data: bytes,
    /,
    *,
    back: bytes | None = None,
    region: str | None = None,
    default_region: str = "US",
    engine: Engine | None = None,
    max_pixels: int = 64_000_000,
    timeout_s: float = 20.0,
    keep_card_image: bool = True,
) -> Extraction:
    """Read one business card photo (and optionally its back) into a validated contact; with
    `keep_card_image`, the flattened card comes back as a JPEG too (`card_jpeg`, ~10 ms to encode)."""
    engine = engine or probe()
    timings = {stage: 0.0 for stage in ("decode", "locate", "clean", "orient", "ocr", "parse")}
    warnings: list[str] = []
    lines: list[Line] = []
    sides: list[tuple[np.ndarray, tuple[Line, ...]]] = []
    card_jpeg: bytes | None = None
    for side, blob in (("front", data), ("back", back)):
        if blob is None:
            continue
        with _timed(timings, "decode"):
            image = decode_image(blob, max_pixels=max_pixels)
        reading = read_side(image, engine=engine, timeout_s=timeout_s, timings=timings)
        lines.extend(reading.lines)
        sides.append((reading.grey, reading.lines))
        warnings.extend(f"{side}: {w}" if back is not None else w for w in reading.warnings)
        if side == "front" and keep_card_image:
            card_jpeg = encode_jpeg(reading.card)
    text = "\n".join(line.text for line in lines)
    with _timed(timings, "parse"):
        parsed = parse_text(text, region=region, default_region=default_region, lines=lines)
    if parsed.rejected_phones:
        with _timed(timings, "ocr"):
            reread = _reread_rejected_numbers(
                sides, parsed.rejected_phones, engine=engine, timeout_s=timeout_s
            )
        if reread:
            with _timed(timings, "parse"):
                again = parse_text(
                    "\n".join(line.text for line in reread),
                    region=region,
                    default_region=default_region,
                    lines=reread,
                )
            if _more_numbers(again.contact, parsed.contact):
                parsed, lines = again, reread
                text = "\n".join(line.text for line in lines)
                sides = _regrouped(sides, lines)
    warnings.extend(parsed.warnings)
    with _timed(timings, "ocr"):
        contact, spellings = accent_contact(parsed.contact, sides, engine=engine, timeout_s=timeout_s)
    if spellings:
        lines = [replace(line, text=apply_spellings(line.text, spellings) or "") for line in lines]
        text = "\n".join(line.text for line in lines)
    return Extraction(
        contact=contact,
        confidence=parsed.confidence,
        text=text,
        lines=tuple(lines),
        warnings=tuple(warnings),
        timings_ms=timings,
        card_jpeg=card_jpeg,
    )


def read_side(
    image: np.ndarray, *, engine: Engine, timeout_s: float, timings: dict[str, float] | None = None
) -> SideReading:
    """Locate, clean, orient and read one decoded side (BGR); a blurred card is deblurred and read again."""
    timings = timings if timings is not None else {}
    with _timed(timings, "locate"):
        located = locate_card(image)
    warped = located.quad is not None
    reading = _clean_and_read(
        located.card, warped=warped, engine=engine, timeout_s=timeout_s, timings=timings
    )
    if reading_confidence(reading.lines) < SHARP_READING:
        reading = _read_deblurred(
            located.card, reading, warped=warped, engine=engine, timeout_s=timeout_s, timings=timings
        )
    grey, lines, rotation = reading.grey, reading.lines, reading.rotation
    with _timed(timings, "ocr"):
        lines = _read_merged_rows(grey, lines, engine=engine, timeout_s=timeout_s)
        lines = lines + _read_missed_text(grey, lines, engine=engine, timeout_s=timeout_s)
    warnings = list(located.warnings) + list(reading.warnings)
    if round(rotation / 90.0) % 4:
        warnings.append(f"turned the card {_turn_words(rotation)} to read it")
    card = rotate(reading.card, rotation)
    return SideReading(lines=lines, card=card, warnings=tuple(warnings), grey=grey)


@dataclass(frozen=True, slots=True)
class _Reading:
    """A card read once: its cleaned upright grey, lines, the turn applied, and the colour card it came from
    (at clean's scale when it was deblurred)."""

    grey: np.ndarray
    lines: tuple[Line, ...]
    rotation: float
    scale: float
    card: np.ndarray
    warnings: tuple[str, ...] = ()


def _clean_and_read(
    card: np.ndarray, *, warped: bool, engine: Engine, timeout_s: float, timings: dict[str, float]
) -> _Reading:
    """Clean the colour card, find which way up its text is and read it."""
    with _timed(timings, "clean"):
        cleaned = clean_card(card)
    return _orient_and_read(cleaned, card, warped=warped, engine=engine, timeout_s=timeout_s, timings=timings)


def _orient_and_read(
    cleaned: Cleaned,
    card: np.ndarray,
    *,
    warped: bool,
    engine: Engine,
    timeout_s: float,
    timings: dict[str, float],
) -> _Reading:
    """Find which way up the cleaned card's text is and read it."""
    with _timed(timings, "orient"):
        direction = text_direction(cleaned.grey)
        if warped:
            direction = _square_to_card(direction)
        grey = rotate(cleaned.grey, direction.rotation)
    with _timed(timings, "ocr"):
        lines, rotation = _read_upright(grey, direction, engine=engine, timeout_s=timeout_s)
    if round((rotation - direction.rotation) / 90.0) % 4:
        grey = rotate(grey, 180.0)
    return _Reading(grey=grey, lines=lines, rotation=rotation, scale=cleaned.scale, card=card)


_DEBLURRING = threading.BoundedSemaphore(1)
"""One deconvolution (and the cleaning of its result) at a time per process: undoing a 40 px shake on a
small card read at 1.6x holds ~100 MB of transforms (130 MB above the process at its peak, measured), and
two at once on a service's two OCR threads took a worker past 400 MB. Only that step waits: Tesseract's
readings of the deblurred cards run side by side, and cards that need no deblurring never wait."""

SHARP_READING = 0.85
"""Mean word confidence from which a reading is taken as sharp: no blur is looked for. Sharp print reads
at 0.85+; blurred cards at 0.2-0.7."""

RINGING_SPECKS = 3.5
"""A deconvolved card with this many times the blurred card's letter components is ringing, not sharp."""


def _read_deblurred(
    card: np.ndarray,
    reading: _Reading,
    *,
    warped: bool,
    engine: Engine,
    timeout_s: float,
    timings: dict[str, float],
) -> _Reading:
    """The best of `reading` and readings of the card deconvolved with each blur its spectrum shows, at
    each of the deblur's strengths.

    The card is scaled as clean scaled it first, so the blur is measured in pixels of the text size
    Tesseract reads. A wrong kernel makes text worse, so a deblurred reading must out-score the blurred
    one (`reading_score`) to be taken.
    """
    with _timed(timings, "clean"):
        if reading.scale != 1.0:
            interpolation = cv2.INTER_AREA if reading.scale < 1 else cv2.INTER_CUBIC
            card = cv2.resize(card, None, fx=reading.scale, fy=reading.scale, interpolation=interpolation)
        blurs = estimate_blur(cv2.cvtColor(card, cv2.COLOR_BGR2GRAY) if card.ndim == 3 else card)
    best, best_score = reading, reading_score(reading.lines)
    specks = len(letter_components(reading.grey)) if blurs else 0
    for blur, strength in itertools.product(blurs, STRENGTHS):
        with _timed(timings, "clean"), _DEBLURRING:
            sharpened = deconvolve(card, blur, strength)
            cleaned = clean_card(sharpened, lift_glare=False, text_height=TARGET_TEXT_HEIGHT)
            # A kernel longer or wider than the blur, or undone too strongly, rings: the card fills with
            # specks, which Tesseract reads as screens of junk for seconds (1891 components against 103).
            # The right kernel sharpens letters that blur had merged into words: up to ~3x as many.
            if len(letter_components(cleaned.grey)) > RINGING_SPECKS * max(specks, 30):
                continue
        found = _orient_and_read(
            cleaned, sharpened, warped=warped, engine=engine, timeout_s=timeout_s, timings=timings
        )
        if reading_score(found.lines) > best_score:
            best = replace(found, warnings=(f"read after undoing a {blur.describe()}",))
            best_score = reading_score(found.lines)
    return best


def _read_upright(
    grey: np.ndarray, direction: Direction, *, engine: Engine, timeout_s: float
) -> tuple[tuple[Line, ...], float]:
    """Read `grey` (already turned by `direction`) the right way up.

    When the ascender measurement was weak (all-caps cards, few lines), a band of the card is read
    upside down in the same Tesseract call as the card, and compared with the card's reading of that
    band; only a card found upside down is read again. A reading that still comes out doubtful is tried
    upside down as a last resort. Returns the lines and the total rotation applied to the original card.
    """
    rotation = direction.rotation
    if direction.updown_confidence < WEAK_UPDOWN:
        lines, flipped_better = _read_with_flipped_strip(grey, engine=engine, timeout_s=timeout_s)
        if flipped_better:
            grey = rotate(grey, 180.0)
            rotation = _wrap(rotation + 180.0)
            lines = read_lines(grey, engine=engine, psm=PSM, timeout_s=timeout_s)
    else:
        lines = read_lines(grey, engine=engine, psm=PSM, timeout_s=timeout_s)
    if reading_confidence(lines) >= DOUBTFUL_READING:
        return lines, rotation
    flipped = read_lines(rotate(grey, 180.0), engine=engine, psm=PSM, timeout_s=timeout_s)
    if reading_score(flipped) > reading_score(lines):
        return flipped, _wrap(rotation + 180.0)
    return lines, rotation


def _read_missed_text(
    grey: np.ndarray, lines: tuple[Line, ...], *, engine: Engine, timeout_s: float
) -> tuple[Line, ...]:
    """Read again, as one block, the text Tesseract's page layout skipped.

    `--psm 3` now and then drops a whole block (seen on real cards: the address and phone lines under
    a logo). Letters whose centre lies in no line box are counted; when a good share was skipped,
    their bounding box, with the lines already read well painted out, is read with `--psm 11` (sparse
    text: finds what layout analysis skipped) and the lines that lie outside the first pass's boxes are
    added, boxes in card coordinates.
    """
    letters = letter_components(grey)
    if len(letters) < 10:
        return ()
    centres_x = letters[:, 0] + letters[:, 2] / 2
    centres_y = letters[:, 1] + letters[:, 3] / 2
    covered = np.zeros(len(letters), bool)
    for line in lines:
        x, y, w, h = line.box
        pad = h // 2
        covered |= (
            (centres_x >= x - pad)
            & (centres_x <= x + w + pad)
            & (centres_y >= y - pad)
            & (centres_y <= y + h + pad)
        )
    missed = letters[~covered]
    if len(missed) < MISSED_LETTERS or len(missed) < 0.15 * len(letters):
        return ()
    size = int(np.median(missed[:, 3]))
    x0 = max(0, int(missed[:, 0].min()) - 2 * size)
    y0 = max(0, int(missed[:, 1].min()) - 2 * size)
    x1 = min(grey.shape[1], int((missed[:, 0] + missed[:, 2]).max()) + 2 * size)
    y1 = min(grey.shape[0], int((missed[:, 1] + missed[:, 3]).max()) + 2 * size)
    # Lines read with confidence are painted out first: they need no second reading, and left in they
    # crowd the layout (r_24's phone line read `03-3545` beside them, `03-5545` without).
    canvas = grey.copy()
    for line in lines:
        if line.confidence >= 0.5:
            x, y, w, h = line.box
            canvas[y : y + h, x : x + w] = 255
    found = read_lines(canvas[y0:y1, x0:x1], engine=engine, psm=11, timeout_s=timeout_s)
    added = []
    for line in found:
        box = (line.box[0] + x0, line.box[1] + y0, line.box[2], line.box[3])
        # words already read by the first pass come back here too: keep only what lies in no line box
        if line.confidence >= 0.5 and not any(_contains(old.box, box) for old in lines):
            added.append(replace(line, box=box, words=()))
    return tuple(added)


SQUASHED_WORD = 0.6
"""A word's width below this share of what its letters need at its box's height (~0.55 of the height each)
means the box spans several rows of text: Tesseract joined lines across columns into one."""


def _squashed(word: Word) -> bool:
    letters = len(word.text)
    return letters >= 3 and word.box[2] < SQUASHED_WORD * 0.55 * letters * word.box[3]


REREAD_SCALE = 1.5
"""A line holding a number that fails validation is read again alone, this much bigger."""


def _reread_rejected_numbers(
    sides: list[tuple[np.ndarray, tuple[Line, ...]]],
    rejected: tuple[str, ...],
    *,
    engine: Engine,
    timeout_s: float,
) -> list[Line]:
    """Every side's lines, those holding phone-like text that is no valid number read again, or [] when
    none was.

    Tesseract now and then drops or changes a digit of a number it reads well elsewhere: r_24 turned
    upside down read `FAX. 03-5545-380`, the last `2` of a line it had read whole the right way up. The
    number's validity says which lines are worth a second look: each is read alone (`--psm 7`), scaled up
    and with room on either side for a dropped digit. Only a digit dropped or added is mended so (the
    digits compared; any other change shows in the contact, which the caller compares): a
    second reading that changes digits makes up a valid number as often as it finds the printed one
    (`97724509` from `9771450` for 97714589, on a defocused card). The caller keeps the reading only if
    it gives more valid numbers.
    """
    out: list[Line] = []
    changed = False
    for grey, lines in sides:
        for line in lines:
            if not any(text in line.text for text in rejected):
                out.append(line)
                continue
            x, y, w, h = line.box
            x0, y0 = max(0, x - h), max(0, y - h // 2)
            x1, y1 = min(grey.shape[1], x + w + 2 * h), min(grey.shape[0], y + h + h // 2)
            crop = cv2.resize(
                grey[y0:y1, x0:x1], None, fx=REREAD_SCALE, fy=REREAD_SCALE, interpolation=cv2.INTER_CUBIC
            )
            found = read_lines(crop, engine=engine, psm=7, timeout_s=timeout_s)
            if len(found) != 1 or not _one_digit_apart(_digits(line.text), _digits(found[0].text)):
                out.append(line)
                continue
            words = tuple(replace(word, box=_unscaled(word.box, x0, y0)) for word in found[0].words)
            out.append(replace(found[0], box=_unscaled(found[0].box, x0, y0), words=words))
            changed = True
    return out if changed else []


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _one_digit_apart(before: str, after: str) -> bool:
    """Whether `after` is `before` with one digit added or taken out, the others as they were."""
    short, long = sorted((before, after), key=len)
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _unscaled(box: tuple[int, int, int, int], dx: int, dy: int) -> tuple[int, int, int, int]:
    """A box in a crop read at REREAD_SCALE, in the card's pixels."""
    x, y, w, h = (round(v / REREAD_SCALE) for v in box)
    return x + dx, y + dy, w, h


def _more_numbers(again: Contact, before: Contact) -> bool:
    """Whether a second reading found valid numbers the first did not, and lost nothing else."""
    numbers, old = {p.number for p in again.phones}, {p.number for p in before.phones}
    return numbers > old and replace(again, phones=before.phones) == before


def _regrouped(
    sides: list[tuple[np.ndarray, tuple[Line, ...]]], lines: list[Line]
) -> list[tuple[np.ndarray, tuple[Line, ...]]]:
    """`sides` with their lines replaced, in order, by `lines` (as many as before)."""
    out, start = [], 0
    for grey, old in sides:
        out.append((grey, tuple(lines[start : start + len(old)])))
        start += len(old)
    return out


def _read_merged_rows(
    grey: np.ndarray, lines: tuple[Line, ...], *, engine: Engine, timeout_s: float
) -> tuple[Line, ...]:
    """Read again, as sparse text, lines whose words each span several rows.

    `--psm 3` now and then takes a big line in one column and the two or three smaller lines beside it
    in the next for one line (seen on two-column cards: `IRONGATE MEDIA LTD. | fax +44 101 569 2990`, the
    mobile number above the fax lost). Such words are much narrower than their height says. The
    merged line's box is read with `--psm 11`, whose lines replace it; lines that fall inside another
    line's box (the edge of the line below) are not taken.
    """
    merged = [line for line in lines if sum(_squashed(w) for w in line.words) >= 2]
    if not merged:
        return lines
    others = [line for line in lines if line not in merged]
    out: list[Line] = []
    for line in lines:
        if line not in merged:
            out.append(line)
            continue
        x, y, w, h = line.box
        pad = max(4, h // 8)
        x0, y0 = max(0, x - pad), max(0, y - pad)
        x1, y1 = min(grey.shape[1], x + w + pad), min(grey.shape[0], y + h + pad)
        for found in read_lines(grey[y0:y1, x0:x1], engine=engine, psm=11, timeout_s=timeout_s):
            box = (found.box[0] + x0, found.box[1] + y0, found.box[2], found.box[3])
            if not any(_contains(other.box, box) for other in others):
                words = tuple(replace(word, box=_shifted(word.box, x0, y0)) for word in found.words)
                out.append(replace(found, box=box, words=words))
    return tuple(out)


def _shifted(box: tuple[int, int, int, int], dx: int, dy: int) -> tuple[int, int, int, int]:
    return (box[0] + dx, box[1] + dy, box[2], box[3])


def _contains(outer: tuple[int, int, int, int], inner: tuple[int, int, int, int]) -> bool:
    """Whether the centre of box `inner` lies in box `outer` (x, y, w, h)."""
    cx, cy = inner[0] + inner[2] / 2, inner[1] + inner[3] / 2
    return outer[0] <= cx <= outer[0] + outer[2] and outer[1] <= cy <= outer[1] + outer[3]


def _read_with_flipped_strip(
    grey: np.ndarray, *, engine: Engine, timeout_s: float
) -> tuple[tuple[Line, ...], bool]:
    """Read the card, and below it (in the same Tesseract call: one process start, not two) its
    densest band of text upside down. Returns the card's lines and whether the band read with more
    confidence upside down than it did the way up it is, i.e. whether the card is upside down."""
    height, width = grey.shape
    ink = grey < 128
    rows = ink.sum(axis=1).astype(np.float32)
    band = min(height, max(40, min(height // 3, STRIP_LINES * LINE_PITCH)))
    totals = np.convolve(rows, np.ones(band, np.float32), mode="valid")
    top = int(np.argmax(totals)) if len(totals) else 0
    columns = np.nonzero(ink[top : top + band].any(axis=0))[0]
    left, right = (int(columns[0]), int(columns[-1]) + 1) if len(columns) else (0, width)
    strip = np.full((band, width), 255, np.uint8)
    strip[:, left:right] = rotate(grey[top : top + band, left:right], 180.0)
    gap = np.full((max(40, band // 2), width), 255, np.uint8)
    found = read_lines(np.vstack([grey, gap, strip]), engine=engine, psm=PSM, timeout_s=timeout_s)
    split = height + gap.shape[0] / 2
    lines = tuple(line for line in found if line.box[1] + line.box[3] / 2 < split)
    flipped = tuple(line for line in found if line.box[1] + line.box[3] / 2 >= split)
    upright = tuple(line for line in lines if top <= line.box[1] + line.box[3] / 2 < top + band)
    return lines, reading_score(flipped) > reading_score(upright)


def _square_to_card(direction: Direction) -> Direction:
    """A warped card's text runs along its edges: a skew the letters suggest beyond MAX_WARPED_SKEW is
    a misreading of them (specks, a logo), so the turn is rounded to the nearest quarter."""
    quarter = 90.0 * round(direction.rotation / 90.0)
    if abs(direction.rotation - quarter) <= MAX_WARPED_SKEW:
        return direction
    return replace(direction, rotation=_wrap(quarter))


def _wrap(degrees: float) -> float:
    """Into (-180, 180]."""
    wrapped = (degrees + 180.0) % 360.0 - 180.0
    return 180.0 if wrapped == -180.0 else wrapped


def reading_confidence(lines: tuple[Line, ...]) -> float:
    """Mean word confidence weighted by the word's letters and digits (0 when nothing was read)."""
    total = weight = 0.0
    for line in lines:
        for word in line.words:
            chars = sum(ch.isalnum() for ch in word.text)
            total += word.confidence * chars
            weight += chars
    return total / weight if weight else 0.0


def reading_score(lines: tuple[Line, ...]) -> float:
    """How much confident text a reading holds: characters times their confidence, squared to favour
    readings that are sure over readings that are long (upside-down text reads as plenty of junk)."""
    return sum(
        word.confidence**2 * sum(ch.isalnum() for ch in word.text) for line in lines for word in line.words
    )


def _turn_words(rotation: float) -> str:
    turns = round(rotation / 90.0) % 4
    return {0: "", 1: "a quarter turn left", 2: "upside down", 3: "a quarter turn right"}[turns]


def encode_jpeg(card: np.ndarray, long_side: int = 1200) -> bytes:
    """The card as a small JPEG; OpenCV writes no EXIF, so nothing of the phone's metadata survives."""
    h, w = card.shape[:2]
    factor = min(1.0, long_side / max(h, w))
    if factor < 1.0:
        card = cv2.resize(card, (round(w * factor), round(h * factor)), interpolation=cv2.INTER_AREA)
    ok, buf = cv2.imencode(".jpg", card, [cv2.IMWRITE_JPEG_QUALITY, 85])
    return buf.tobytes() if ok else b""
