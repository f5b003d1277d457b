"""parse_text over the third blind hold-out (tests/parse_blind3.py): per-field accuracy with floors.

The table was written by a helper that read neither the parser nor the earlier tables. Scoring reuses the
helpers of tests/test_parse_holdout.py (no region is passed: the parser infers it). Run with `-s` to see
the table and the misses:  pytest tests/test_parse_blind3.py -q -s
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests import parse_blind3
from tests.test_parse_holdout import assert_card_emails, assert_numbers_valid, assert_rates


def _as_contract(cases: list[Any]) -> list[Any]:
    """The table lists websites as printed (`www.acme.com`, `http://...`); the contract gives them as
    `https://host` (the parser's decision, which the earlier tables share)."""
    out = []
    for case_id, text, expected in cases:
        if "websites" in expected:
            sites = ["https://" + re.sub(r"^https?://", "", w) for w in expected["websites"]]
            expected = {**expected, "websites": sites}
        out.append((case_id, text, expected))
    return out


US, JP, INTL = (_as_contract(group) for group in (parse_blind3.US, parse_blind3.JP, parse_blind3.INTL))
ALL = US + JP + INTL

FLOORS = {
    "name": 0.97,
    "given_name": 0.97,
    "family_name": 0.97,
    "title": 0.96,
    "company": 0.98,
    "emails": 1.0,
    "phones": 0.99,
    "phone_numbers": 0.99,
    "websites": 1.0,
    "address": 0.95,
    "region": 0.99,
}
"""Floors a little under what the parser reaches after the fixes this table prompted.

First sight (127 cards, the helper's measurement with the region given): name 94.5%, given 98.3%, family
97.4%, title 96.0%, company 98.4%, address 89.5%; emails, phones, kinds and websites 100%. Without the region
given, one Indian card (no +91, a .com address) was read as German. After the fixes: name, given, family,
emails, phones, websites, address and region 100%, company 99.2% (`District II` under a state department),
title 97.6% (`REALTOR®` kept as the registered mark; two cards with two role lines)."""


def test_expected_numbers_are_valid() -> None:
    assert_numbers_valid(ALL)


def test_blind_size_and_unique_ids() -> None:
    ids = [case[0] for case in ALL]
    assert len(ALL) >= 120 and len(set(ids)) == len(ids)


def test_blind_rates() -> None:
    assert_rates("blind3", {"US": US, "JP": JP, "international": INTL}, FLOORS)


@pytest.mark.parametrize(("case_id", "text", "expected"), ALL, ids=[c[0] for c in ALL])
def test_blind_card_emails(case_id: str, text: str, expected: dict[str, Any]) -> None:
    """Every card gets its emails right."""
    assert_card_emails(text, expected)
