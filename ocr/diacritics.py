"""Accents the English model cannot read: `Élodie`, `Lefèvre`, `Jürgen` rather than `Elodie`, `Lefevre`.

Tesseract's English model has `é` and no other accented letter, so `É`, `è`, `ü`, `ö`... come out bare
(or as `é`). Reading every card with French and German too was measured worse (`fra` alone kept 88 of 100
generated photos where `eng` kept 92: it reads `Aiko` as `Aïko`, loses underscores in emails) and each
extra Tesseract start costs ~0.2-0.4 s. So the name's line is re-read with the accent models only when
its ink shows more marks above the letters than the English reading accounts for (an `i` has its dot, `é`
its accent); title and company lines with such marks join that same reading. A re-read word is taken
only when it is the English word with diacritics added.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import replace

import cv2
import numpy as np

from .fields.lines import fold_accents as fold
from .models import Contact, Line, Word
from .tesseract import Engine, accent_languages, read_lines

_WORD = re.compile(r"[^\W\d_]+")

_TWO_MARKS = set("äëïöüÿÄËÏÖÜŸ")
"""Letters with a diaeresis carry two dots."""

_MARKED_PUNCTUATION = set("'’‘\"“”`´^°")
"""Printed marks that sit as high as an accent."""

_MARGIN = 0.4
"""Room above a line's box searched for accents, in line heights (an `É` may stick out of the box)."""


def expected_marks(word: str) -> int:
    """Marks above the letters that the reading `word` accounts for: i/j dots, accents, apostrophes."""
    count = 0
    for char in word:
        if char in "ij":
            count += 1
        elif char in _TWO_MARKS:
            count += 2
        elif char in _MARKED_PUNCTUATION or fold(char) != char:
            count += 1
    return count


def marks_above(grey: np.ndarray, line: Line) -> list[tuple[float, float]]:
    """Small ink marks standing above the letters of `line` (dots, accents, apostrophes) as (x, y) centres.

    The line's letters give its baseline and cap height; a mark is a blob under 0.4 of the cap height
    whose bottom lies in the upper half of the letters or just above them. Hyphens (wide and flat), specks
    of photo grain and the ends of the line above (cut by the band's top edge) are not marks.
    """
    x, y, w, h = line.box
    top = max(0, int(y - _MARGIN * h))
    band = grey[top : y + h, max(0, x) : x + w]
    if band.size == 0:
        return []
    ink = (band < 128).astype(np.uint8)
    count, _, stats, centroids = cv2.connectedComponentsWithStats(ink, connectivity=8)
    uppers = stats[:, cv2.CC_STAT_TOP]
    bottoms = uppers + stats[:, cv2.CC_STAT_HEIGHT]
    is_letter = (stats[:, cv2.CC_STAT_HEIGHT] >= 0.45 * h) & (uppers > 0) & (bottoms > y - top)
    is_letter[0] = False  # the background
    if not is_letter.any():
        return []
    baseline = float(np.median(bottoms[is_letter]))
    cap = min(float(np.percentile(baseline - uppers[is_letter], 90)), 1.2 * h)
    marks = []
    for i in range(1, count):
        _, upper, width, height, area = stats[i]
        bottom = upper + height
        if (
            upper > 0
            and area
            >= max(4.0, 0.012 * cap * cap)  # an accent at 22 px letters is ~4 x 4 px; grain is smaller
            and 0.12 * cap <= height <= 0.4 * cap
            and width <= 0.5 * cap
            and width <= 2.5 * height
            and baseline - 1.4 * cap <= bottom <= baseline - 0.55 * cap
        ):
            cx, cy = centroids[i]
            marks.append((float(cx) + max(0, x), float(cy) + top))
    return marks


BLURRED = 1.3
"""Grey (64-191) pixels per dark (<64) one in a line's box above which its strokes are too soft for an
accent to be told from noise, or read: sharp print ~0.2-0.6, measured 1.6-23 on blurred photos' lines."""


def _blurred(grey: np.ndarray, line: Line) -> bool:
    x, y, w, h = line.box
    band = grey[max(0, y) : y + h, max(0, x) : x + w]
    dark = int((band < 64).sum())
    return int(((band >= 64) & (band < 192)).sum()) > BLURRED * max(1, dark)


def words_with_unread_marks(grey: np.ndarray, line: Line) -> list[Word]:
    """The words of `line` whose ink has more marks above it than the reading accounts for, or whose
    reading already has an accent (the English model's `é` often stands for `è` or `ë`)."""
    if not line.words or _blurred(grey, line):
        return []
    marks = marks_above(grey, line)
    found = []
    for word in line.words:
        left, right = word.box[0], word.box[0] + word.box[2]
        seen = sum(left <= mx <= right for mx, _ in marks)
        if seen > expected_marks(word.text) or fold(word.text) != word.text:
            found.append(word)
    return found


def accented_spellings(
    sides: Iterable[tuple[np.ndarray, Sequence[Line]]],
    wanted: Iterable[str],
    *,
    engine: Engine,
    timeout_s: float,
    also: Iterable[str] = (),
) -> dict[str, str]:
    """Re-read, with the accent models, the lines holding any of the `wanted` words that show unread
    marks (and, in the same call, lines of the `also` words that do); return {word as folded and
    lower-cased: word with its accents} for the words confirmed."""
    languages = accent_languages(engine)
    wanted_keys = {key for text in wanted for key in _keys(text)}
    also_keys = {key for text in also for key in _keys(text)}
    if languages is None or not wanted_keys:
        return {}
    spellings: dict[str, str] = {}
    for grey, lines in sides:
        crops, suspects, needed = [], [], False
        for line in lines:
            marked = words_with_unread_marks(grey, line)
            words = [w for w in marked if _keys(w.text) & (wanted_keys | also_keys)]
            if words:
                crops.append(_line_crop(grey, line))
                suspects.append(words)
                needed |= any(_keys(w.text) & wanted_keys for w in words)
        if not needed:
            continue
        stacked, bands = _stack(crops)
        # psm 4 (one column of lines of different sizes): psm 6 misreads `É` beside smaller lines
        found = read_lines(stacked, engine=engine, psm=4, timeout_s=timeout_s, languages=languages)
        for (upper, lower), words in zip(bands, suspects, strict=True):
            reread = [
                token
                for line in found
                if upper <= line.box[1] + line.box[3] / 2 < lower
                for token in _WORD.findall(unicodedata.normalize("NFC", line.text))
            ]
            for word in words:
                for bare in _WORD.findall(word.text):
                    match = _same_letters(bare, reread)
                    if match is not None:
                        spellings[fold(bare).lower()] = match
    return spellings


def _keys(text: str) -> set[str]:
    """The words of `text`, folded and lower-cased: a Tesseract word `LEFEVRE-LAMBERT` holds two."""
    return {fold(word).lower() for word in _WORD.findall(text)}


def _same_letters(bare: str, reread: list[str]) -> str | None:
    """The re-read token that is `bare` with diacritics added or changed (case aside), if one is."""
    key = fold(bare).lower()
    for token in reread:
        if len(token) == len(bare) and fold(token).lower() == key and fold(token) != token:
            return token
    return None


def apply_spellings(text: str | None, spellings: dict[str, str]) -> str | None:
    """`text` with each word found in `spellings` given its accents, keeping `text`'s own casing."""
    if not text or not spellings:
        return text

    def accent(match: re.Match[str]) -> str:
        word = match.group(0)
        spelled = spellings.get(fold(word).lower())
        if spelled is None or len(spelled) != len(word):
            return word
        return "".join(s.upper() if c.isupper() else s.lower() for c, s in zip(word, spelled, strict=True))

    return _WORD.sub(accent, text)


def accent_contact(
    contact: Contact,
    sides: Iterable[tuple[np.ndarray, Sequence[Line]]],
    *,
    engine: Engine,
    timeout_s: float,
) -> tuple[Contact, dict[str, str]]:
    """The contact with the accents of its name restored where the ink shows them, and those of its title
    and company when the name's line is re-read anyway (each re-reading costs a Tesseract start, and noise
    in a blurred photo can pass for a mark); also returns the spellings found, to correct the card's text
    the same way."""
    others = [f for f in (contact.title, contact.company) if f]
    spellings = accented_spellings(
        sides, [contact.name] if contact.name else [], engine=engine, timeout_s=timeout_s, also=others
    )
    if not spellings:
        return contact, {}
    accented = replace(
        contact,
        name=apply_spellings(contact.name, spellings),
        given_name=apply_spellings(contact.given_name, spellings),
        family_name=apply_spellings(contact.family_name, spellings),
        title=apply_spellings(contact.title, spellings),
        company=apply_spellings(contact.company, spellings),
    )
    return accented, spellings


def _line_crop(grey: np.ndarray, line: Line) -> np.ndarray:
    x, y, w, h = line.box
    top, bottom = max(0, int(y - _MARGIN * h)), min(grey.shape[0], y + h + h // 3)
    left, right = max(0, x - h // 2), min(grey.shape[1], x + w + h // 2)
    return grey[top:bottom, left:right]


def _stack(crops: list[np.ndarray]) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """The crops one under the other on white, with a gap between; and each crop's (top, bottom) rows."""
    width = max(c.shape[1] for c in crops) + 40
    rows, bands, y = [], [], 0
    for crop in crops:
        gap = max(20, crop.shape[0] // 2)
        padded = np.full((crop.shape[0] + gap, width), 255, np.uint8)
        padded[gap // 2 : gap // 2 + crop.shape[0], 20 : 20 + crop.shape[1]] = crop
        rows.append(padded)
        bands.append((y, y + padded.shape[0]))
        y += padded.shape[0]
    return np.vstack(rows), bands
