"""vCard 3.0: every field round-trips through vobject.readOne; file names are safe."""

from __future__ import annotations

import vobject

from app.schemas import ContactOut, PhoneOut
from app.vcard import contact_vcard, content_disposition, vcard_filename

FULL = ContactOut(
    name="Priya Patel",
    given_name="Priya",
    family_name="Patel",
    title="VP of Talent Acquisition",
    company="Cobalt Ridge Capital, Inc.",
    emails=["ppatel@cobaltridge.com", "priya@example.org"],
    phones=[
        PhoneOut(number="+12127362000", kind="work", display="(212) 736-2000", extension="21"),
        PhoneOut(number="+12125550100", kind="mobile", display="(212) 555-0100"),
        PhoneOut(number="+12127362001", kind="fax", display="(212) 736-2001"),
        PhoneOut(number="+442079460958", kind="other", display="020 7946 0958"),
    ],
    websites=["https://cobaltridge.com"],
    address="350 Fifth Avenue, Floor 21, New York, NY 10118",
)


def test_every_field_round_trips() -> None:
    text = contact_vcard(FULL, note="Met at the fair; wants the deck.", uid="abc123")
    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n") and text.endswith("END:VCARD\r\n")
    card = vobject.readOne(text)
    assert card.version.value == "3.0"
    assert card.fn.value == "Priya Patel"
    assert (card.n.value.family, card.n.value.given) == ("Patel", "Priya")
    assert card.org.value == ["Cobalt Ridge Capital, Inc."]
    assert card.title.value == "VP of Talent Acquisition"
    assert [e.value for e in card.contents["email"]] == FULL.emails
    assert card.contents["email"][0].type_paramlist == ["INTERNET", "PREF"]
    tels = {t.value: t.type_paramlist for t in card.contents["tel"]}
    assert tels == {
        "+12127362000 ext. 21": ["WORK", "VOICE"],
        "+12125550100": ["CELL", "VOICE"],
        "+12127362001": ["WORK", "FAX"],
        "+442079460958": ["VOICE"],
    }
    assert card.url.value == "https://cobaltridge.com"
    assert card.adr.value.street == FULL.address
    assert card.note.value == "Met at the fair; wants the deck."
    assert card.uid.value == "abc123"


def test_non_ascii_and_missing_fields() -> None:
    card = vobject.readOne(
        contact_vcard(ContactOut(name="José Núñez", given_name="José", family_name="Núñez"))
    )
    assert card.fn.value == "José Núñez" and card.n.value.family == "Núñez"
    assert "email" not in card.contents and "tel" not in card.contents and "org" not in card.contents


def test_a_card_without_a_person_still_has_fn_and_n() -> None:
    card = vobject.readOne(contact_vcard(ContactOut(company="Acme Corp")))
    assert card.fn.value == "Acme Corp" and card.org.value == ["Acme Corp"]
    assert "n" in card.contents
    assert vobject.readOne(contact_vcard(ContactOut())).fn.value == "Unknown"


def test_long_lines_are_folded_and_read_back() -> None:
    note = "x" * 300
    text = contact_vcard(FULL, note=note)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert vobject.readOne(text).note.value == note


def test_filenames_are_safe() -> None:
    assert vcard_filename(ContactOut(name="José Núñez")) == ("Jose_Nunez.vcf", "José Núñez.vcf")
    assert vcard_filename(ContactOut(name='../"evil"\r\nname'))[0] == "evil_name.vcf"
    assert vcard_filename(ContactOut(name="王小明"))[0] == "contact.vcf"
    assert vcard_filename(ContactOut())[0] == "contact.vcf"
    header = content_disposition("Jose_Nunez.vcf", "José Núñez.vcf")
    assert (
        header == "attachment; filename=\"Jose_Nunez.vcf\"; filename*=UTF-8''Jos%C3%A9%20N%C3%BA%C3%B1ez.vcf"
    )
