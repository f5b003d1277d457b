"""parse_text over the sixth blind hold-out (tests/parse_blind6.py, Mimesis-made): per-field accuracy, floors.

The table was written by a helper that read neither the parser nor the earlier tables. Scoring reuses the
helpers of tests/test_parse_holdout.py (no region is passed: the parser infers it). Run with `-s` to see
the table and the misses:  pytest tests/test_parse_blind6.py -q -s
"""

from __future__ import annotations

from typing import Any

import pytest

from tests import parse_blind6
from tests.test_parse_blind3 import _as_contract
from tests.test_parse_holdout import assert_card_emails, assert_numbers_valid, assert_rates

US, JP, OTHER = (_as_contract(group) for group in (parse_blind6.US, parse_blind6.JP, parse_blind6.OTHER))
ALL = US + JP + OTHER

FLOORS = {
    "name": 0.95,
    "given_name": 0.92,
    "family_name": 0.92,
    "title": 0.87,
    "company": 0.91,
    "emails": 1.0,
    "phones": 0.97,
    "phone_numbers": 0.97,
    "websites": 0.98,
    "address": 0.95,
    "region": 0.96,
}
"""Floors one to two points under what the parser reaches after the fixes this table prompted: name 96.7%,
given 93.7%, family 94.3%, title 89.3%, company 93.3%, emails 100%, phones 99.3%, websites 99.3%, address
96.5%, region 99.1%. Left: job titles no vocabulary or agent-noun shape names (`Motor Racing`, `Jewellery`),
a Dutch town read as garbled, one Spanish card whose numbers lack `+34` and whose domain is unrelated (region
US), all-caps brand names kept in capitals (`HAGEMEYER`).

First sight (150 cards, the helper's scoring, no region given, before any parser change): name 89.3%, given
86.0%, family 86.4%, title 48.7%, company 90.0%, emails 100%, phones (number and kind) 98.7%, phone numbers
98.7%, websites 94.0%, address 90.9%, region 98.2%. By group: US (60) name 86.7%, given/family 80.7%, title
48.3%, company 93.3%, phones 98.3%, websites 96.7%, address 98.2%, region 98.0%; JP (14) title and websites
85.7%, the rest 100%; other countries (76) name 89.5%, given 87.7%, family 88.6%, title 42.1%, company
85.5%, phones 98.7%, websites 93.4%, address 83.6%, region 98.1%. Emails were right on every card. (The very
first run read address 90.2% / other countries 82.2%: the noise on `b6-cn-02-stack-family-caps-noisy` had
dropped the inner period of "P.R. China", which changes the words of the address; the generator now drops
only a period that ends a word, and only that card changed.)"""


def test_expected_numbers_are_valid() -> None:
    assert_numbers_valid(ALL)


def test_blind_size_and_unique_ids() -> None:
    ids = [case[0] for case in ALL]
    assert len(ALL) >= 150 and len(set(ids)) == len(ids)


def test_blind_rates() -> None:
    assert_rates("blind6", {"US": US, "JP": JP, "other countries": OTHER}, FLOORS)


@pytest.mark.parametrize(("case_id", "text", "expected"), ALL, ids=[c[0] for c in ALL])
def test_blind_card_emails(case_id: str, text: str, expected: dict[str, Any]) -> None:
    """Every card gets its emails right."""
    assert_card_emails(text, expected)
