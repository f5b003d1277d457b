"""read_card end to end on cards generated in test_image_stages: the contact comes out of a photo."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw
from test_image_stages import CardText, _font, photograph, render_card

from ocr import ImageTooLarge, UndecodableImage, UnsupportedImage, read_card
from ocr.models import Extraction, Line, Word
from ocr.pipeline import _read_merged_rows, _read_missed_text, _squashed
from ocr.tesseract import probe

CARD = CardText()
STAGES = ("decode", "locate", "clean", "ocr", "parse")


def _assert_contact(extraction: Extraction) -> None:
    contact = extraction.contact
    assert contact.emails[:1] == (CARD.email,), extraction.text
    assert {phone.number for phone in contact.phones} >= {"+12127362000", "+19175550142"}, extraction.text
    assert contact.name == CARD.name, extraction.text


@pytest.mark.parametrize(
    "photo_options",
    [
        pytest.param({"background": "wood", "tilt_deg": 8}, id="tilted-on-wood"),
        pytest.param({"background": "cloth", "tilt_deg": -15, "perspective": 0.1}, id="angled-on-cloth"),
        pytest.param({"background": "plain", "quarter_turns": 1}, id="sideways-no-exif"),
        pytest.param({"background": "wood", "quarter_turns": 2}, id="upside-down-no-exif"),
        pytest.param(
            {"background": "plain", "exif_orientation": 8, "quarter_turns": 3}, id="sideways-with-exif"
        ),
        pytest.param({"background": "dark", "fill": 0.25}, id="small-in-frame"),
    ],
)
def test_a_photo_gives_the_contact(photo_options: dict) -> None:
    extraction = read_card(photograph(render_card(), seed=7, **photo_options))
    _assert_contact(extraction)
    assert set(STAGES) <= set(extraction.timings_ms)
    assert extraction.card_jpeg and extraction.card_jpeg[:2] == b"\xff\xd8"
    card = Image.open(io.BytesIO(extraction.card_jpeg))
    assert card.width > card.height  # stored upright, landscape
    assert not card.getexif()


@pytest.mark.parametrize("quarter_turns", [0, 2])
def test_an_all_caps_card_is_read_the_right_way_up(quarter_turns: int) -> None:
    """Capitals and digits give little ascender evidence, so up/down is settled by reading a band of
    the card upside down in the same Tesseract call as the card itself."""
    text = CardText(name="PRIYA PATEL", title="VP OF TALENT", company="COBALT RIDGE CAPITAL", address="")
    photo = photograph(render_card(text), background="plain", quarter_turns=quarter_turns, seed=9)
    contact = read_card(photo).contact
    assert contact.emails[:1] == (CARD.email,)
    assert {phone.number for phone in contact.phones} >= {"+12127362000", "+19175550142"}


def test_a_dark_card_gives_the_contact() -> None:
    card = render_card(background=(25, 35, 70), ink=(245, 240, 225))
    _assert_contact(read_card(photograph(card, background="wood", seed=11)))


def test_a_scan_is_read_whole_and_says_so() -> None:
    buffer = io.BytesIO()
    render_card().save(buffer, "PNG")
    extraction = read_card(buffer.getvalue())
    _assert_contact(extraction)
    assert any("no card edge" in warning for warning in extraction.warnings)


def test_the_back_is_read_too() -> None:
    back = render_card(CardText(name="", title="", company="", email="priya@patel.dev", phone="", mobile=""))
    buffer = io.BytesIO()
    back.save(buffer, "PNG")
    extraction = read_card(photograph(render_card(), seed=2), back=buffer.getvalue())
    assert "priya@patel.dev" in extraction.text
    assert CARD.email in extraction.text


def test_bad_uploads_raise_input_errors() -> None:
    with pytest.raises(UnsupportedImage):
        read_card(b"not an image")
    with pytest.raises(UndecodableImage):
        read_card(photograph(render_card())[:5000])
    with pytest.raises(ImageTooLarge):
        read_card(photograph(render_card()), max_pixels=1_000_000)


def test_a_line_tesseract_merged_across_rows_is_read_again_row_by_row() -> None:
    """`psm 3` sometimes takes a big line and the smaller lines beside it in the next column for one
    line whose words span all rows (`IRONGATE MEDIA LTD. | fax +44 101 569 2990`, the mobile lost).
    Such a line is re-read as sparse text and its rows replace it; other lines stay as they were."""
    image = Image.new("L", (1000, 260), 255)
    draw = ImageDraw.Draw(image)
    draw.text((40, 60), "IRONGATE MEDIA", fill=0, font=_font(34, True))
    for row, text in enumerate(["Cell +44 7557 884506", "Fax +44 161 569 2999"]):
        draw.text((520, 40 + 40 * row), text, fill=0, font=_font(26))
    draw.text((40, 200), "4th Floor, 13 Elm Street", fill=0, font=_font(22))
    grey = np.asarray(image)
    # What Tesseract returned for such a card: one line, its number words as tall as both rows.
    merged = Line(
        "IRONGATE MEDIA fax +44 101 569 2990",
        0.6,
        (40, 40, 900, 80),
        (
            Word("IRONGATE", 0.9, (40, 60, 230, 34)),
            Word("+44", 0.5, (580, 40, 50, 80)),
            Word("2990", 0.5, (820, 40, 60, 80)),
        ),
    )
    below = Line("4th Floor, 13 Elm Street", 0.95, (40, 200, 330, 26))
    assert _squashed(merged.words[1]) and not _squashed(merged.words[0])

    lines = _read_merged_rows(grey, (merged, below), engine=probe(), timeout_s=20)
    texts = [line.text for line in lines]
    assert any("7557 884506" in t for t in texts), texts
    assert any("161 569 2999" in t for t in texts), texts
    assert texts[-1] == below.text and merged not in lines
    assert _read_merged_rows(grey, (below,), engine=probe(), timeout_s=20) == (below,)


def test_text_the_page_layout_skipped_is_read_again_alone() -> None:
    """Letters outside every line box are re-read as sparse text, with the lines already read painted out:
    the skipped lines come back (in card coordinates), the read ones do not come back twice."""
    image = Image.new("L", (1000, 420), 255)
    draw = ImageDraw.Draw(image)
    draw.text((40, 40), "Naomasa Murota", fill=0, font=_font(34))
    draw.text((40, 300), "TEL. 03-5545-3801", fill=0, font=_font(28))
    draw.text((40, 350), "FAX. 03-5545-3802", fill=0, font=_font(28))
    grey = np.asarray(image)
    read = Line("Naomasa Murota", 0.95, (36, 40, 330, 46))

    added = _read_missed_text(grey, (read,), engine=probe(), timeout_s=20)
    texts = [line.text for line in added]
    assert any("03-5545-3801" in t for t in texts) and any("03-5545-3802" in t for t in texts), texts
    assert not any("Murota" in t for t in texts)
    assert all(line.box[1] >= 280 for line in added)  # boxes on the card, not on the crop


def test_two_threads_never_deconvolve_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A deconvolution holds ~100 MB; the service's two OCR threads take turns at it rather than double a
    worker's peak. Every reading is made to look blurred, and the deconvolution records how many run at
    once."""
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    from ocr import deblur, pipeline

    running, most = [0], [0]
    lock = threading.Lock()

    def slow_deconvolve(image: np.ndarray, blur: deblur.Blur, strength: float | None = None) -> np.ndarray:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.2)
        with lock:
            running[0] -= 1
        return image

    monkeypatch.setattr(pipeline, "reading_confidence", lambda lines: 0.0)
    monkeypatch.setattr(pipeline, "estimate_blur", lambda grey: [deblur.Blur("gaussian", 0.0, radius=1.5)])
    monkeypatch.setattr(pipeline, "deconvolve", slow_deconvolve)
    photo = _decode_bgr(photograph(render_card(), background="plain", seed=4))
    with ThreadPoolExecutor(2) as pool:
        futures = [pool.submit(pipeline.read_side, photo, engine=probe(), timeout_s=20) for _ in range(2)]
        for future in futures:
            future.result()  # a thread's error fails the test instead of leaving it unseen
    assert most[0] == 1


def _decode_bgr(data: bytes) -> np.ndarray:
    import cv2

    return cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)


def _reread_as(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """Make the second, one-line reading of any crop come back as `text`."""
    from ocr import pipeline

    def read_lines(image: np.ndarray, *, psm: int = 3, **_: object) -> tuple[Line, ...]:
        assert psm == 7
        return (Line(text, 0.8, (10, 10, 300, 30), (Word(text, 0.8, (10, 10, 300, 30)),)),)

    monkeypatch.setattr(pipeline, "read_lines", read_lines)


def test_a_line_whose_number_lost_a_digit_is_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """r_24 upside down read `FAX. 03-5545-380`: the line alone, read again, gives the number whole."""
    from ocr import pipeline
    from ocr.parse import parse_text

    lines = (
        Line("Naomasa Murota", 0.9, (40, 40, 300, 30)),
        Line("TEL. 03-5545-3801 FAX. 03-5545-380", 0.8, (40, 120, 500, 24)),
    )
    grey = np.full((300, 700), 255, np.uint8)
    parsed = parse_text("\n".join(line.text for line in lines), lines=lines, region="JP")
    assert parsed.rejected_phones == ("03-5545-380",)
    _reread_as(monkeypatch, "TEL. 03-5545-3801 FAX. 03-5545-3802")
    reread = pipeline._reread_rejected_numbers(
        [(grey, lines)], parsed.rejected_phones, engine=None, timeout_s=5
    )
    assert [line.text for line in reread] == ["Naomasa Murota", "TEL. 03-5545-3801 FAX. 03-5545-3802"]
    again = parse_text("\n".join(line.text for line in reread), lines=reread, region="JP")
    assert pipeline._more_numbers(again.contact, parsed.contact)
    # a second reading that changes digits is not taken: it makes up valid numbers as often as not
    _reread_as(monkeypatch, "TEL. 03-5545-3801 FAX. 03-5546-3802")
    assert (
        pipeline._reread_rejected_numbers([(grey, lines)], parsed.rejected_phones, engine=None, timeout_s=5)
        == []
    )
