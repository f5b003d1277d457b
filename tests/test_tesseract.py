"""The Tesseract wrapper: probing, typed failures, and how words become lines."""

from __future__ import annotations

import numpy as np
import pytest

from ocr.errors import OcrTimeout, OcrUnavailable
from ocr.models import Word
from ocr.tesseract import probe, read_lines, split_at_gaps


def _words(*spans: tuple[str, int, int]) -> list[Word]:
    return [Word(text, 0.9, (x, 100, w, 30)) for text, x, w in spans]


def test_a_line_with_ordinary_spaces_stays_whole() -> None:
    words = _words(("Tel", 0, 50), ("+1", 70, 30), ("212", 110, 50), ("736", 170, 50))
    assert [[w.text for w in part] for part in split_at_gaps(words)] == [["Tel", "+1", "212", "736"]]


def test_text_beside_a_logo_or_second_column_is_split_off() -> None:
    words = _words(("Deepa", 0, 90), ("Reddy", 100, 90), ("<p", 700, 30))
    parts = split_at_gaps(list(reversed(words)))  # order of input does not matter
    assert [[w.text for w in part] for part in parts] == [["Deepa", "Reddy"], ["<p"]]


def test_probe_refuses_a_missing_binary(tmp_path) -> None:
    with pytest.raises(OcrUnavailable):
        probe(str(tmp_path / "no-tesseract"))


def test_timeout_is_typed() -> None:
    page = np.full((1200, 1600), 255, np.uint8)
    page[100:1100:40, 100:1500] = 0  # many thin lines: enough work to outlast a tiny timeout
    with pytest.raises(OcrTimeout):
        read_lines(page, engine=probe(), timeout_s=0.001)
