"""Apply a person's edit (an RFC 7396 merge patch) to a stored contact, re-validating what changed.

Emails go through email_validator (no DNS), phones through phonenumbers (E.164 + national display),
and a new `name` gets its given/family parts again from nameparser unless the patch sets them too.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from nameparser import HumanName

SCALARS = ("name", "given_name", "family_name", "title", "company", "address")
LISTS = ("emails", "phones", "websites")
PHONE_KINDS = ("mobile", "work", "fax", "other")
MAX_TEXT = 500


class ContactInvalid(ValueError):
    """One or more edited fields are not valid; `errors` name them (`loc`, `msg`, `type`)."""

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__("; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors))
        self.errors = errors


def card_region(contact: dict[str, Any], fallback: str) -> str:
    """The region to read national numbers in: the card's first phone's country, else `fallback`."""
    for phone in contact.get("phones") or []:
        try:
            region = phonenumbers.region_code_for_number(phonenumbers.parse(phone["number"]))
        except (phonenumbers.NumberParseException, KeyError, TypeError):
            continue
        if region and region != "ZZ":
            return region
    return fallback


def normalise_phone(value: Any, region: str) -> dict[str, Any]:
    """`"+1 212 736 2000"` or `{"number": ..., "kind": "work"}` -> a contract Phone; ValueError if invalid."""
    if isinstance(value, str):
        value = {"number": value}
    if not isinstance(value, dict) or not isinstance(value.get("number"), str):
        raise ValueError('expected "+1 212 736 2000" or {"number": "...", "kind": "work"}')
    kind = value.get("kind") or "other"
    if kind not in PHONE_KINDS:
        raise ValueError(f"kind must be one of {', '.join(PHONE_KINDS)}")
    try:
        parsed = phonenumbers.parse(value["number"], region)
    except phonenumbers.NumberParseException as e:
        raise ValueError(f"not a phone number: {value['number']!r}") from e
    if not phonenumbers.is_valid_number(parsed):
        raise ValueError(f"not a valid phone number: {value['number']!r}")
    extension = value.get("extension") or parsed.extension or None
    parsed.extension = None
    return {
        "number": phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164),
        "kind": kind,
        "display": phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL),
        "extension": str(extension) if extension else None,
    }


def normalise_email(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("expected a string")
    try:
        return validate_email(value.strip(), check_deliverability=False).normalized
    except EmailNotValidError as e:
        raise ValueError(str(e)) from e


def normalise_website(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("expected a web address")
    url = value.strip()
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or "." not in (parts.hostname or "") or " " in url:
        raise ValueError(f"not a web address: {value!r}")
    return url


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("expected a string or null")
    value = " ".join(value.split())
    if len(value) > MAX_TEXT:
        raise ValueError(f"longer than {MAX_TEXT} characters")
    return value or None


def split_name(name: str | None) -> tuple[str | None, str | None]:
    """Given and family name of `name` by nameparser (honorifics and suffixes left out)."""
    if not name:
        return None, None
    parsed = HumanName(name)
    given = " ".join(p for p in (parsed.first, parsed.middle) if p) or None
    return given, parsed.last or None


def apply_contact_patch(current: dict[str, Any], patch: Any, *, region: str) -> dict[str, Any]:
    """The contact after merge-patching `current` with `patch`; ContactInvalid names every bad field."""
    loc = ["body", "contact"]
    if not isinstance(patch, dict):
        raise ContactInvalid([{"loc": loc, "msg": "expected an object", "type": "type_error"}])
    errors: list[dict[str, Any]] = []
    contact = {**{k: None for k in SCALARS}, **{k: [] for k in LISTS}, **current}
    normalisers = {"emails": normalise_email, "websites": normalise_website}
    for name, value in patch.items():
        if name in SCALARS:
            try:
                contact[name] = _text(value)
            except ValueError as e:
                errors.append({"loc": [*loc, name], "msg": str(e), "type": "value_error"})
        elif name in LISTS:
            if value is None:  # RFC 7396: null removes the member; for a list that is "none"
                contact[name] = []
                continue
            if not isinstance(value, list):
                errors.append({"loc": [*loc, name], "msg": "expected a list or null", "type": "type_error"})
                continue
            cleaned: list[Any] = []
            for i, item in enumerate(value):
                try:
                    cleaned.append(
                        normalise_phone(item, region) if name == "phones" else normalisers[name](item)
                    )
                except ValueError as e:
                    errors.append({"loc": [*loc, name, i], "msg": str(e), "type": "value_error"})
            contact[name] = _unique(cleaned, name)
        else:
            errors.append({"loc": [*loc, name], "msg": "not a contact field", "type": "extra_forbidden"})
    if errors:
        raise ContactInvalid(errors)
    if "name" in patch and "given_name" not in patch and "family_name" not in patch:
        contact["given_name"], contact["family_name"] = split_name(contact["name"])
    return contact


def _unique(values: list[Any], name: str) -> list[Any]:
    seen: set[str] = set()
    out = []
    for value in values:
        key = value["number"] if name == "phones" else value.casefold()
        if key not in seen:
            seen.add(key)
            out.append(value)
    return out
