"""The Tesseract wrapper: probing, typed failures, and how words become lines."""

from __future__ import annotations

import numpy as np
import pytest

from ocr.errors import OcrError, OcrTimeout, OcrUnavailable
from ocr.models import Word
from ocr.tesseract import _WARM, Engine, accent_languages, probe, read_lines, split_at_gaps, split_off_marks


def _words(*spans: tuple[str, int, int]) -> list[Word]:
    return [Word(text, 0.9, (x, 100, w, 30)) for text, x, w in spans]


def test_a_line_with_ordinary_spaces_stays_whole() -> None:
    words = _words(("Tel", 0, 50), ("+1", 70, 30), ("212", 110, 50), ("736", 170, 50))
    assert [[w.text for w in part] for part in split_at_gaps(words)] == [["Tel", "+1", "212", "736"]]


def test_text_beside_a_logo_or_second_column_is_split_off() -> None:
    words = _words(("Deepa", 0, 90), ("Reddy", 100, 90), ("<p", 700, 30))
    parts = split_at_gaps(list(reversed(words)))  # order of input does not matter
    assert [[w.text for w in part] for part in parts] == [["Deepa", "Reddy"], ["<p"]]


def _tall(text: str, x: int, width: int, height: int) -> Word:
    return Word(text, 0.9, (x, 100, width, height))


def test_a_logo_mark_read_before_a_company_name_is_a_line_of_its_own() -> None:
    """`AY Bramble Interiors LLP` as Tesseract read a card from an independently made generator: the mark is
    72 px tall beside words of 30."""
    words = [_tall("AY", 0, 60, 72), _tall("Bramble", 80, 140, 30), _tall("Interiors", 230, 160, 30)]
    words.append(_tall("LLP", 400, 60, 29))
    assert [[w.text for w in part] for part in split_off_marks(words)] == [
        ["AY"],
        ["Bramble", "Interiors", "LLP"],
    ]


def test_a_line_of_words_of_one_size_keeps_its_first_and_last_words() -> None:
    words = [_tall("JO", 0, 60, 60), _tall("LEE", 80, 90, 60), _tall("Director", 200, 160, 30)]
    assert len(split_off_marks(words)) == 1  # a big two-letter given name beside its family name
    words = [_tall("Dr.", 0, 50, 32), _tall("Ann", 60, 60, 30), _tall("Lee", 130, 60, 31)]
    assert len(split_off_marks(words)) == 1


def test_probe_refuses_a_missing_binary(tmp_path) -> None:
    with pytest.raises(OcrUnavailable):
        probe(str(tmp_path / "no-tesseract"))


def test_timeout_is_typed() -> None:
    page = np.full((1200, 1600), 255, np.uint8)
    page[100:1100:40, 100:1500] = 0  # many thin lines: enough work to outlast a tiny timeout
    with pytest.raises(OcrTimeout):
        read_lines(page, engine=probe(), timeout_s=0.001)


def _line_image(text: str = "Priya Patel 212 736 2000") -> np.ndarray:
    from PIL import Image, ImageDraw
    from test_image_stages import _font

    image = Image.new("L", (900, 90), 255)
    ImageDraw.Draw(image).text((20, 20), text, fill=0, font=_font(36))
    return np.asarray(image)


def test_a_read_uses_a_process_started_before_it_and_starts_the_next() -> None:
    """Tesseract's start (~45 ms, model loading) happens while the previous call or the card's cleaning
    runs: each call takes a waiting process and leaves another one waiting."""
    engine = probe()
    first = read_lines(_line_image(), engine=engine, psm=7)
    argv = next(a for a, folder in _WARM._idle if a[6] == "7" and folder == engine.tessdata)
    waiting = _WARM.waiting(argv, engine.tessdata)
    assert len(waiting) == 1
    second = read_lines(_line_image(), engine=engine, psm=7)
    assert [line.text for line in first] == [line.text for line in second] == ["Priya Patel 212 736 2000"]
    after = _WARM.waiting(argv, engine.tessdata)
    assert len(after) == 1 and after != waiting  # the waiting one was used and replaced


def test_the_accent_models_are_kept_warm_once_used() -> None:
    """Starting Tesseract with the French and German models costs ~150 ms of loading: after a card has
    needed them, a process with them loaded waits for the next such card."""
    engine = probe()
    languages = accent_languages(engine)
    if languages is None:
        pytest.skip("no accent models on this machine")
    read_lines(_line_image("Élodie Lefèvre"), engine=engine, psm=4, languages=languages)
    argv = next(a for a, _ in _WARM._idle if languages.codes in a and a[6] == "4")
    assert len(_WARM.waiting(argv, engine.tessdata)) == 1


def test_a_tesseract_failure_is_typed(tmp_path) -> None:
    """A language folder without the model: Tesseract exits non-zero, which becomes an OcrError."""
    broken = Engine(cmd=probe().cmd, tessdata=str(tmp_path), version="test")
    with pytest.raises(OcrError, match="Tesseract failed"):
        read_lines(_line_image(), engine=broken)
    gone = Engine(cmd=str(tmp_path / "no-tesseract"), tessdata=None, version="test")
    with pytest.raises(OcrUnavailable):
        read_lines(_line_image(), engine=gone)
