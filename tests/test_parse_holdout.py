"""parse_text over the independent hold-out (tests/parse_holdout.py): per-field accuracy with floors.

Run with `-s` to see the table and the misses:  pytest tests/test_parse_holdout.py -q -s
"""

from __future__ import annotations

import re
from typing import Any

import phonenumbers
import pytest

from ocr.models import ParsedText
from ocr.parse import parse_text
from tests.parse_holdout import ALL, SLIPS

FIELDS = (
    "name",
    "given_name",
    "family_name",
    "title",
    "company",
    "emails",
    "phones",
    "phone_numbers",
    "websites",
    "address",
    "region",
)

FLOORS = {
    "name": 0.95,
    "given_name": 0.95,
    "family_name": 0.95,
    "title": 0.95,
    "company": 0.95,
    "emails": 1.0,
    "phones": 1.0,
    "phone_numbers": 1.0,
    "websites": 0.95,
    "address": 0.9,
    "region": 1.0,
}
"""What the parser reaches over the whole hold-out (OCR slips included)."""

CLEAN_FLOORS = {"emails": 1.0, "phones": 1.0, "name": 0.95, "title": 0.95, "company": 0.95}
"""The targets over the clean cards (everything but SLIPS)."""


def _tokens(text: str | None) -> list[str]:
    return sorted(re.findall(r"[a-z0-9]+", (text or "").casefold()))


def _address_matches(got: str | None, want: str | None) -> bool:
    """Loose: the same words in any order and punctuation, at most two extra words read."""
    if want is None or got is None:
        return got == want
    want_t, got_t = _tokens(want), _tokens(got)
    missing = [t for t in want_t if t not in got_t]
    return not missing and len(got_t) - len(want_t) <= 2


def field_ok(parsed: ParsedText, expected: dict[str, Any], key: str) -> bool | None:
    """Whether one field matches; None when the case does not check it."""
    c = parsed.contact
    if key == "phone_numbers":
        if "phones" not in expected:
            return None
        return {p.number for p in c.phones} == set(expected["phones"])
    if key not in expected:
        return None
    want = expected[key]
    if key == "phones":
        return {p.number: p.kind for p in c.phones} == want
    if key in ("emails", "websites"):
        return list(getattr(c, key)) == want
    if key == "address":
        return _address_matches(c.address, want)
    if key == "region":
        return parsed.region == want
    got = getattr(c, key)
    if expected.get("_fold_case") and isinstance(got, str) and isinstance(want, str):
        # a table that keeps capitals as printed (`Kenji TANAKA`): the parser's casing is its own decision
        return got.casefold() == want.casefold()
    return bool(got == want)


def _describe(parsed: ParsedText, key: str) -> str:
    c = parsed.contact
    if key in ("phones", "phone_numbers"):
        return str({p.number: p.kind for p in c.phones})
    if key == "region":
        return str(parsed.region)
    return repr(getattr(c, key))


def evaluate(cases: list[Any]) -> tuple[dict[str, float], dict[str, int], list[str]]:
    hits = dict.fromkeys(FIELDS, 0)
    totals = dict.fromkeys(FIELDS, 0)
    misses: list[str] = []
    for case_id, text, expected in cases:
        parsed = parse_text(text, region=expected.get("_region_arg"))
        for key in FIELDS:
            ok = field_ok(parsed, expected, key)
            if ok is None:
                continue
            totals[key] += 1
            hits[key] += ok
            if not ok and key != "phone_numbers":
                want = expected.get(key)
                misses.append(f"{case_id:42} {key:12} got {_describe(parsed, key)}  want {want!r}")
    rates = {k: hits[k] / totals[k] if totals[k] else 1.0 for k in FIELDS}
    return rates, totals, misses


def _table(title: str, rates: dict[str, float], totals: dict[str, int]) -> str:
    rows = [f"{title}", f"  {'field':14}{'rate':>8}{'cases':>7}"]
    rows += [f"  {k:14}{rates[k]:>8.1%}{totals[k]:>7}" for k in FIELDS]
    return "\n".join(rows)


def assert_numbers_valid(cases: list[Any]) -> None:
    """Every number a table expects is one `phonenumbers` calls valid (a typo would score as a miss)."""
    for case_id, _, expected in cases:
        for number in expected.get("phones", {}):
            assert phonenumbers.is_valid_number(phonenumbers.parse(number)), (case_id, number)


def assert_card_emails(text: str, expected: dict[str, Any]) -> None:
    """One card of a blind table gets its emails right."""
    parsed = parse_text(text)
    assert field_ok(parsed, expected, "emails") is not False, (
        _describe(parsed, "emails"),
        expected.get("emails"),
    )


def assert_rates(label: str, groups: dict[str, list[Any]], floors: dict[str, float]) -> None:
    """Print a blind table's rates (all cards, then each group) and misses; assert the floors."""
    cases = [case for group in groups.values() for case in group]
    rates, totals, misses = evaluate(cases)
    print()
    print(_table(f"{label}, all {len(cases)} cards", rates, totals))
    for title, group in groups.items():
        part_rates, part_totals, _ = evaluate(group)
        print(_table(f"{label}, {title} {len(group)} cards", part_rates, part_totals))
    print("misses:\n  " + "\n  ".join(misses) if misses else "misses: none")
    low = {k: f"{rates[k]:.1%}" for k in FIELDS if rates[k] < floors[k]}
    assert not low, low


def test_expected_numbers_are_valid() -> None:
    for case_id, _, expected in ALL:
        for number in expected.get("phones", {}):
            assert phonenumbers.is_valid_number(phonenumbers.parse(number)), (case_id, number)


def test_holdout_size_and_unique_ids() -> None:
    ids = [case[0] for case in ALL]
    assert len(ids) >= 120 and len(set(ids)) == len(ids)


def test_holdout_rates() -> None:
    rates, totals, misses = evaluate(ALL)
    clean = [c for c in ALL if c not in SLIPS]
    clean_rates, clean_totals, _ = evaluate(clean)
    print()
    print(_table(f"hold-out, all {len(ALL)} cards", rates, totals))
    print(_table(f"hold-out, clean {len(clean)} cards", clean_rates, clean_totals))
    print("misses:\n  " + "\n  ".join(misses) if misses else "misses: none")
    low = {k: f"{rates[k]:.1%}" for k, floor in FLOORS.items() if rates[k] < floor}
    low_clean = {k: f"{clean_rates[k]:.1%}" for k, floor in CLEAN_FLOORS.items() if clean_rates[k] < floor}
    assert not low, low
    assert not low_clean, low_clean


@pytest.mark.parametrize(("case_id", "text", "expected"), ALL, ids=[c[0] for c in ALL])
def test_holdout_card_emails_and_phones(case_id: str, text: str, expected: dict[str, Any]) -> None:
    """Emails and phones are the fields a user cannot live with wrong: each card must get them right."""
    parsed = parse_text(text, region=expected.get("_region_arg"))
    for key in ("emails", "phones"):
        assert field_ok(parsed, expected, key) is not False, (key, _describe(parsed, key), expected.get(key))
