"""Accents the English model cannot read, restored from a second reading of the name's line."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw
from test_image_stages import CardText, _font, render_card

from ocr import read_card
from ocr.diacritics import apply_spellings, expected_marks, marks_above, words_with_unread_marks
from ocr.models import Line
from ocr.tesseract import accent_languages, probe, read_lines


def _accents_installed() -> bool:
    languages = accent_languages(probe())
    return languages is not None and "fra" in languages.codes


needs_french = pytest.mark.skipif(
    not _accents_installed(), reason="no French model (Debian's tesseract-ocr-fra; .ci/run installs it)"
)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _line_image(text: str, size: int = 40) -> np.ndarray:
    image = Image.new("L", (40 + size * len(text), size * 3), 255)
    ImageDraw.Draw(image).text((20, size), text, fill=0, font=_font(size))
    return np.asarray(image)


def _read_one_line(grey: np.ndarray) -> Line:
    lines = read_lines(grey, engine=probe(), psm=7)
    assert len(lines) == 1, lines
    return lines[0]


def test_expected_marks_count_dots_accents_and_apostrophes() -> None:
    assert expected_marks("Laurent") == 0
    assert expected_marks("Aiko") == 1
    assert expected_marks("Léa") == 1
    assert expected_marks("Müller") == 2
    assert expected_marks("O'Brien") == 2


def test_spellings_keep_the_casing_of_the_field() -> None:
    spellings = {"elodie": "Élodie", "lefevre": "Lefèvre"}
    assert apply_spellings("ELODIE LEFEVRE", spellings) == "ÉLODIE LEFÈVRE"
    assert apply_spellings("Elodie Lefevre-Martin", spellings) == "Élodie Lefèvre-Martin"
    assert apply_spellings("Elodies Lefevres", spellings) == "Elodies Lefevres"  # whole words only


def test_an_accent_is_a_mark_the_english_reading_does_not_explain() -> None:
    accented = _line_image("Élodie Lefèvre")
    line = _read_one_line(accented)
    assert "".join(w.text for w in line.words).isascii() or "é" in line.text  # eng has no È or É
    assert len(marks_above(accented, line)) >= 3  # the i's dot, É's and è's accents
    assert words_with_unread_marks(accented, line)

    bare = _read_one_line(_line_image("Elodie Lefevre"))
    assert words_with_unread_marks(_line_image("Elodie Lefevre"), bare) == []


@needs_french
def test_a_card_keeps_the_accents_of_its_name() -> None:
    card = render_card(
        CardText(
            name="Élodie Lefèvre",
            title="Directrice Générale",
            company="Lumière Conseil SARL",
            email="elodie.lefevre@lumiere-conseil.fr",
            phone="01 42 68 53 00",
            mobile="06 12 34 56 78",
            website="www.lumiere-conseil.fr",
            address="12 rue de la Paix, 75002 Paris",
        )
    )
    extraction = read_card(_png(card))
    contact = extraction.contact
    assert contact.name == "Élodie Lefèvre"
    assert (contact.given_name, contact.family_name) == ("Élodie", "Lefèvre")
    assert contact.emails == ("elodie.lefevre@lumiere-conseil.fr",)
    assert "Élodie Lefèvre" in extraction.text


@needs_french
def test_a_hyphenated_family_name_keeps_its_accents() -> None:
    """Tesseract reads `LEFEVRE-LAMBERT` as one word; its parts are the name's words."""
    card = render_card(
        CardText(
            name="Guillaume Lefèvre-Lambert",
            title="Customer Success Manager",
            company="Harbor & Aurora S.A.S.",
            email="g.lefevrelambert@harboraurora.com",
            phone="04 90 19 28 32",
            address="72 rue des Lilas, 69005 Lyon",
        )
    )
    assert read_card(_png(card)).contact.name == "Guillaume Lefèvre-Lambert"


def test_a_card_without_accents_is_not_given_any() -> None:
    contact = read_card(_png(render_card(CardText(name="Aiko Nakamura")))).contact
    assert contact.name == "Aiko Nakamura"
