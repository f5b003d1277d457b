"""parse_text over the ninth blind hold-out (tests/parse_blind9.py): Japanese bilingual cards and
English-language cards from the UK, Ireland, Australia, New Zealand, Singapore, Hong Kong, India, the
Philippines, continental Europe, the UAE and South Africa, as Tesseract's English model reads phone photos of
them. Per-field accuracy, floors.

The table was written by hand by a helper that read neither the parser nor the earlier tables. Scoring reuses
the helpers of tests/test_parse_holdout.py (no region is passed: the parser infers it). Run with `-s` to see
the table and the misses:  pytest tests/test_parse_blind9.py -q -s
"""

from __future__ import annotations

from typing import Any

import pytest

from tests import parse_blind9
from tests.test_parse_blind3 import _as_contract
from tests.test_parse_holdout import assert_card_emails, assert_numbers_valid, assert_rates

JP, INTL = (_as_contract(group) for group in (parse_blind9.JP, parse_blind9.INTL))
ALL = JP + INTL

FLOORS = {
    "name": 0.99,
    "given_name": 0.99,
    "family_name": 0.97,
    "title": 0.98,
    "company": 0.92,
    "emails": 1.0,
    "phones": 0.99,
    "phone_numbers": 0.98,
    "websites": 1.0,
    "address": 0.93,
    "region": 1.0,
}
"""Floors one to two points under first sight (before any parser change this table prompts).

First sight (110 cards: 50 JP, 60 international; the helper's scoring, no region given): name 90.0%, given
91.6%, family 91.7%, title 97.3%, company 82.7%, emails 100%, phones (number and kind) 98.2%, phone numbers
99.1%, websites 100%, address 87.2%, region 100%. JP: name 94.0%, title 94.0%, company 90.0%, address 98.0%;
international: name 86.7%, title 100%, company 76.7%, address 78.3%.

After the fixes it prompted: name 100%, title 98.2%, company 92.7%, address 93.6% (post-nominals outside
the vocabulary, kanji scraps past a gap, the legal name printed apart from the logo, Eircodes, NZ
postcodes); phones 100% (`4480 / 81`, `O Keitai 070-...`).

Raised in session 10, a point or two under the rates after that session's fixes (which this table's
misses prompted among others): name 100%, title 99.1%, company 93.6%, phones 100%, address 94.5%."""


def test_expected_numbers_are_valid() -> None:
    assert_numbers_valid(ALL)


def test_blind_size_and_unique_ids() -> None:
    ids = [case[0] for case in ALL]
    assert len(ALL) >= 100 and len(set(ids)) == len(ids)


def test_blind_rates() -> None:
    assert_rates("blind9", {"JP": JP, "international": INTL}, FLOORS)


@pytest.mark.parametrize(
    ("case_id", "text", "expected"),
    ALL,
    ids=[c[0] for c in ALL],
)
def test_blind_card_emails(case_id: str, text: str, expected: dict[str, Any]) -> None:
    """Every card gets its emails right."""
    assert_card_emails(text, expected)
