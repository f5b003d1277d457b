"""parse_text over the fifth blind hold-out (tests/parse_blind5.py, Faker-made): per-field accuracy, floors.

The table was written by a helper that read neither the parser nor the earlier tables. Scoring reuses the
helpers of tests/test_parse_holdout.py (no region is passed: the parser infers it). Run with `-s` to see
the table and the misses:  pytest tests/test_parse_blind5.py -q -s
"""

from __future__ import annotations

from typing import Any

import pytest

from tests import parse_blind5
from tests.test_parse_blind3 import _as_contract
from tests.test_parse_holdout import assert_card_emails, assert_numbers_valid, assert_rates

US, JP, OTHER = (_as_contract(group) for group in (parse_blind5.US, parse_blind5.JP, parse_blind5.OTHER))
ALL = US + JP + OTHER

FLOORS = {
    "name": 0.98,
    "given_name": 0.98,
    "family_name": 0.98,
    "title": 0.95,
    "company": 0.95,
    "emails": 1.0,
    "phones": 0.96,
    "phone_numbers": 0.99,
    "websites": 1.0,
    "address": 0.97,
    "region": 0.98,
}
"""Floors one to two points under what the parser reaches after the fixes this table prompted: name, given,
family, emails, phone numbers and websites 100%, title and company 96.9%, phones with kinds 97.5% (four
cards where the helper calls a second unlabelled US number work, the parser mobile), address and region 99.2%.

First sight (160 cards, the helper's scoring, no region given): name 96.2%, given 84.0%, family 84.0%, title
80.0%, company 85.0%, phones (number and kind) 95.0%, phone numbers 97.5%, address 71.0%, region 96.8%; emails
and websites 100%. By group: US (64) name 100%, given/family 86.7%, title 92.2%, company 89.1%, phones 93.8%,
address 93.9%; JP (13) 92.3% for given, family, title and company, the rest 100%; other countries (83) name
92.8%, given 80.5%, family 80.3%, title 68.7%, company 80.7%, phones 95.2%, address 50.0%, region 92.5%.
(The very first run, before `b5-enph-01-freelance` got the address that makes it Philippine, read phones
94.4%, address 70.7%, region 96.0%.)"""


def test_expected_numbers_are_valid() -> None:
    assert_numbers_valid(ALL)


def test_blind_size_and_unique_ids() -> None:
    ids = [case[0] for case in ALL]
    assert len(ALL) >= 150 and len(set(ids)) == len(ids)


def test_blind_rates() -> None:
    assert_rates("blind5", {"US": US, "JP": JP, "other countries": OTHER}, FLOORS)


@pytest.mark.parametrize(("case_id", "text", "expected"), ALL, ids=[c[0] for c in ALL])
def test_blind_card_emails(case_id: str, text: str, expected: dict[str, Any]) -> None:
    """Every card gets its emails right."""
    assert_card_emails(text, expected)
