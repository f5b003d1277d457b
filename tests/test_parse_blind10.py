"""parse_text over the tenth blind hold-out (tests/parse_blind10.py): US business cards as Tesseract's
English model reads flatbed scans, and continental European cards in the local language (Germany, Austria,
Switzerland, France, Belgium, Spain, Italy, Portugal, the Netherlands, Poland) as it reads phone photos of
them. Per-field accuracy, floors.

The table was written by hand by a helper that read neither the parser nor the earlier tables. Scoring reuses
the helpers of tests/test_parse_holdout.py (no region is passed: the parser infers it). Run with `-s` to see
the table and the misses:  pytest tests/test_parse_blind10.py -q -s
"""

from __future__ import annotations

from typing import Any

import pytest

from tests import parse_blind10
from tests.test_parse_blind3 import _as_contract
from tests.test_parse_holdout import assert_card_emails, assert_numbers_valid, assert_rates

US, EU = (_as_contract(group) for group in (parse_blind10.US, parse_blind10.EU))
ALL = US + EU

FLOORS = {
    "name": 0.98,
    "given_name": 0.97,
    "family_name": 0.97,
    "title": 0.98,
    "company": 0.95,
    "emails": 1.0,
    "phones": 1.0,
    "phone_numbers": 1.0,
    "websites": 1.0,
    "address": 0.97,
    "region": 1.0,
}
"""Floors one to two points under first sight (before any parser change this table prompts).

First sight (114 cards: 62 US, 52 European; the helper's scoring, no region given): name 89.5%, given and
family 92.3%, title 86.8%, company 75.9%, address 83.3%; emails, phones, phone numbers, websites and region
100%. US: name 100%, title 96.8%, company 82.0%, address 96.8%. Europe: name 76.9%, title 75.0%, company
68.6%, address 67.3% (titles in the local languages, `Sp. z o.o.`, `ul.` streets, `Me`/`Dra.`).

After the fixes it prompted: name 97.4%, title 98.2%, company 89.3%, address 98.2% (European titles and
honorifics, Polish letters, European street lines and postcodes, casing of legal forms and particles).

Raised in session 10, a point or two under the rates after that session's fixes (which this table's
misses prompted among others): name 100%, title 99.1%, company 97.3%, phones 100%, address 98.2%."""


def test_expected_numbers_are_valid() -> None:
    assert_numbers_valid(ALL)


def test_blind_size_and_unique_ids() -> None:
    ids = [case[0] for case in ALL]
    assert len(ALL) >= 100 and len(set(ids)) == len(ids)


def test_blind_rates() -> None:
    assert_rates("blind10", {"US": US, "EU": EU}, FLOORS)


@pytest.mark.parametrize(
    ("case_id", "text", "expected"),
    ALL,
    ids=[c[0] for c in ALL],
)
def test_blind_card_emails(case_id: str, text: str, expected: dict[str, Any]) -> None:
    """Every card gets its emails right."""
    assert_card_emails(text, expected)
