"""The /api/v1/cards endpoints on SQLite and PostgreSQL.

Cards come from a rendered photo through the real pipeline where the scan itself is under test (asserted
loosely: the OCR is others' work in progress), and straight from the store everywhere else.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from typing import Any

import pytest
import vobject
from fastapi.testclient import TestClient
from PIL import Image, ImageDraw, ImageFont

from app.config import Settings
from app.main import create_app
from app.store import CardStore, NewCard

CARD_LINES = [
    "Priya Patel",
    "VP of Talent Acquisition",
    "Cobalt Ridge Capital",
    "ppatel@cobaltridge.com",
    "+1 212 736 2000",
]


def card_photo(lines: list[str] = CARD_LINES, *, exif: bool = False) -> bytes:
    image = Image.new("RGB", (1400, 800), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=40)
    for i, line in enumerate(lines):
        draw.text((80, 80 + i * 110), line, fill="black", font=font)
    out = io.BytesIO()
    if exif:
        tags = Image.Exif()
        tags[0x010F] = "PhoneMaker"  # Make
        tags[0x0131] = "secret-software"
        image.save(out, "JPEG", exif=tags)
    else:
        image.save(out, "JPEG")
    return out.getvalue()


def contact(name: str | None = "Priya Patel", **fields: Any) -> dict[str, Any]:
    given, _, family = (name or "").partition(" ")
    base: dict[str, Any] = {
        "name": name,
        "given_name": given or None,
        "family_name": family or None,
        "title": None,
        "company": None,
        "emails": [],
        "phones": [],
        "websites": [],
        "address": None,
    }
    return {**base, **fields}


def add_card(client: TestClient, person: dict[str, Any] | None = None, *, image: bytes | None = None) -> str:
    store: CardStore = client.app.state.store  # type: ignore[attr-defined]
    return store.create(NewCard(person or contact(), {"name": 0.9}, "OCR text", image=image)).id


def scan(client: TestClient, photo: bytes | None = None) -> Any:
    response = client.post(
        "/api/v1/cards", files={"image": ("card.jpg", photo or card_photo(), "image/jpeg")}
    )
    if response.status_code == 503:
        pytest.skip("no OCR engine here")
    return response


# --- create / read ---------------------------------------------------------------------------------------


def test_post_card_scans_stores_and_locates(db_client: TestClient) -> None:
    response = scan(db_client, card_photo(exif=True))
    assert response.status_code == 201, response.text
    card = response.json()
    assert response.headers["location"] == f"/api/v1/cards/{card['id']}"
    assert response.headers["etag"]
    assert card["text"].strip() and card["has_image"] and card["reviewed"] is False
    assert card["contact"] == card["extracted"] and card["duplicate_of"] is None
    assert set(card) >= {
        "id",
        "created_at",
        "updated_at",
        "contact",
        "confidence",
        "text",
        "reviewed",
        "notes",
        "duplicate_of",
        "follow_up_sent_at",
        "send_by",
    }
    got = db_client.get(response.headers["location"])
    assert got.status_code == 200 and got.json() == card

    image = db_client.get(f"/api/v1/cards/{card['id']}/image")
    assert image.status_code == 200 and image.headers["content-type"] == "image/jpeg"
    with Image.open(io.BytesIO(image.content)) as stored:
        assert stored.format == "JPEG" and not stored.getexif() and "exif" not in stored.info


def test_scanning_the_same_person_again_is_a_duplicate(db_client: TestClient) -> None:
    first = scan(db_client).json()
    if not first["contact"]["emails"] and not first["contact"]["phones"]:
        pytest.skip("the OCR read neither email nor phone from the rendered card")
    second = scan(db_client).json()
    assert second["duplicate_of"] == first["id"]


def test_images_not_kept_when_turned_off(tmp_path: Any, database_url: str) -> None:
    settings = Settings(data_dir=tmp_path / "data", database_url=database_url, keep_images=False)
    with TestClient(create_app(settings)) as client:
        card = scan(client).json()
        assert card["has_image"] is False
        assert client.get(f"/api/v1/cards/{card['id']}/image").status_code == 404


def test_ids_are_opaque_and_unknown_ids_404(db_client: TestClient) -> None:
    card_id = add_card(db_client)
    assert len(card_id) == 32 and not card_id.isdigit()
    response = db_client.get("/api/v1/cards/0123456789abcdef0123456789abcdef")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["status"] == 404


def test_survives_a_restart(db_settings: Settings) -> None:
    with TestClient(create_app(db_settings)) as client:
        card_id = add_card(client)
        client.patch(f"/api/v1/cards/{card_id}", json={"notes": "keep me"})
    with TestClient(create_app(db_settings)) as client:
        assert client.get(f"/api/v1/cards/{card_id}").json()["notes"] == "keep me"


def test_readyz_checks_the_database(db_client: TestClient) -> None:
    checks = db_client.get("/readyz").json()["checks"]
    assert checks["database"] == {"ok": True}


# --- list / search / page ---------------------------------------------------------------------------------


def test_list_search_and_pages(db_client: TestClient) -> None:
    a = add_card(db_client, contact("Ann Lee", company="Lumen Vale", emails=["ann@lumenvale.co"]))
    b = add_card(
        db_client,
        contact(
            "Bo Chen",
            phones=[
                {"number": "+12127362000", "kind": "work", "display": "(212) 736-2000", "extension": None}
            ],
        ),
    )
    c = add_card(db_client, contact("Cy Diaz", company="Cobalt Ridge"))

    def ids(**params: Any) -> list[str]:
        response = db_client.get("/api/v1/cards", params=params)
        assert response.status_code == 200, response.text
        return [card["id"] for card in response.json()["items"]]

    assert ids() == [c, b, a]
    assert ids(q="lumen") == [a]
    assert ids(q="ann@") == [a]
    assert ids(q="212-736") == [b]
    assert ids(q="cobalt") == [c]
    assert ids(q="nobody") == []

    first = db_client.get("/api/v1/cards", params={"limit": 2}).json()
    assert [x["id"] for x in first["items"]] == [c, b] and first["next"]
    second = db_client.get("/api/v1/cards", params={"limit": 2, "cursor": first["next"]}).json()
    assert [x["id"] for x in second["items"]] == [a] and second["next"] is None

    assert db_client.get("/api/v1/cards", params={"cursor": "garbage!"}).status_code == 422
    assert db_client.get("/api/v1/cards", params={"limit": 0}).status_code == 422


def test_send_by_before_any_letter_is_a_day_after_the_scan(db_client: TestClient) -> None:
    card = db_client.get(f"/api/v1/cards/{add_card(db_client)}").json()
    created = datetime.fromisoformat(card["created_at"])
    assert datetime.fromisoformat(card["send_by"]) == created + timedelta(hours=24)
    assert card["interview_at"] is None
    assert db_client.get("/api/v1/cards").json()["items"][0]["send_by"] == card["send_by"]


def test_follow_up_filter(db_client: TestClient) -> None:
    a = add_card(db_client)
    b = add_card(db_client)
    db_client.patch(f"/api/v1/cards/{a}", json={"follow_up_sent_at": "2025-03-05T09:00:00Z"})
    sent = db_client.get("/api/v1/cards", params={"follow_up": "sent"}).json()["items"]
    pending = db_client.get("/api/v1/cards", params={"follow_up": "pending"}).json()["items"]
    assert [x["id"] for x in sent] == [a] and [x["id"] for x in pending] == [b]
    assert sent[0]["follow_up_sent_at"].startswith("2025-03-05T09:00:00")
    assert db_client.get("/api/v1/cards", params={"follow_up": "maybe"}).status_code == 422


# --- PATCH -----------------------------------------------------------------------------------------------


def test_patch_is_a_merge_patch_with_validation(db_client: TestClient) -> None:
    card_id = add_card(db_client, contact("Priya Patel", company="Cobalt", emails=["p@cobalt.com"]))
    response = db_client.patch(
        f"/api/v1/cards/{card_id}",
        content=(
            b'{"contact": {"name": "Dr. Anna Maria Lopez", "title": null, '
            b'"phones": [{"number": "(212) 736-2000", "kind": "work"}, "+44 20 7946 0958"], '
            b'"emails": ["Anna@Cobalt.COM"]}, "reviewed": true, "notes": "met at the fair"}'
        ),
        headers={"Content-Type": "application/merge-patch+json"},
    )
    assert response.status_code == 200, response.text
    card = response.json()
    person = card["contact"]
    assert person["name"] == "Dr. Anna Maria Lopez"
    assert (person["given_name"], person["family_name"]) == ("Anna Maria", "Lopez")
    assert person["company"] == "Cobalt"  # untouched member stays
    assert person["emails"] == ["Anna@cobalt.com"]
    assert person["phones"] == [
        {"number": "+12127362000", "kind": "work", "display": "(212) 736-2000", "extension": None},
        {"number": "+442079460958", "kind": "other", "display": "020 7946 0958", "extension": None},
    ]
    assert card["reviewed"] is True and card["notes"] == "met at the fair"
    assert card["extracted"]["name"] == "Priya Patel"  # the OCR's version is kept apart
    # Setting given/family explicitly wins over the parser.
    again = db_client.patch(
        f"/api/v1/cards/{card_id}",
        json={"contact": {"name": "Li Wei", "given_name": "Wei", "family_name": "Li"}},
    )
    assert (again.json()["contact"]["given_name"], again.json()["contact"]["family_name"]) == ("Wei", "Li")


def test_patch_names_the_invalid_fields(db_client: TestClient) -> None:
    card_id = add_card(db_client)
    response = db_client.patch(
        f"/api/v1/cards/{card_id}",
        json={"contact": {"emails": ["ok@example.com", "not-an-email"], "phones": ["12"], "colour": "red"}},
    )
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    locs = [e["loc"] for e in response.json()["errors"]]
    assert ["body", "contact", "emails", 1] in locs
    assert ["body", "contact", "phones", 0] in locs
    assert ["body", "contact", "colour"] in locs
    assert db_client.get(f"/api/v1/cards/{card_id}").json()["contact"]["emails"] == []  # nothing applied
    bad_kind = db_client.patch(
        f"/api/v1/cards/{card_id}",
        json={"contact": {"phones": [{"number": "+12127362000", "kind": "pager"}]}},
    )
    assert bad_kind.status_code == 422
    assert db_client.patch(f"/api/v1/cards/{card_id}", json={"id": "x"}).status_code == 422
    assert db_client.patch(f"/api/v1/cards/{card_id}", json={"contact": None}).status_code == 422
    assert db_client.patch("/api/v1/cards/missing", json={"notes": "x"}).status_code == 404
    as_text = db_client.patch(
        f"/api/v1/cards/{card_id}", content=b"{}", headers={"Content-Type": "text/plain"}
    )
    assert as_text.status_code == 415


def test_patch_national_numbers_use_the_cards_region(db_client: TestClient) -> None:
    uk = {"number": "+442079460958", "kind": "work", "display": "020 7946 0958", "extension": None}
    card_id = add_card(db_client, contact("Tom Hill", phones=[uk]))
    response = db_client.patch(
        f"/api/v1/cards/{card_id}", json={"contact": {"phones": [uk, "020 7946 0000"]}}
    )
    assert response.status_code == 200, response.text
    assert response.json()["contact"]["phones"][1]["number"] == "+442079460000"


def test_etag_and_if_match_stop_lost_updates(db_client: TestClient) -> None:
    card_id = add_card(db_client)
    url = f"/api/v1/cards/{card_id}"
    tag = db_client.get(url).headers["etag"]
    phone = db_client.patch(url, json={"notes": "from the phone"}, headers={"If-Match": tag})
    assert phone.status_code == 200 and phone.headers["etag"] != tag
    laptop = db_client.patch(url, json={"notes": "from the laptop"}, headers={"If-Match": tag})
    assert laptop.status_code == 412
    assert laptop.headers["content-type"].startswith("application/problem+json")
    assert db_client.get(url).json()["notes"] == "from the phone"
    retry = db_client.patch(
        url, json={"notes": "from the laptop"}, headers={"If-Match": phone.headers["etag"]}
    )
    assert retry.status_code == 200
    assert db_client.patch(url, json={"reviewed": True}, headers={"If-Match": "*"}).status_code == 200


def test_null_clears_in_a_merge_patch(db_client: TestClient) -> None:
    card_id = add_card(db_client, contact("Ann Lee", emails=["a@x.com"]))
    url = f"/api/v1/cards/{card_id}"
    db_client.patch(url, json={"notes": "n", "reviewed": True})
    card = db_client.patch(
        url, json={"notes": None, "reviewed": None, "contact": {"emails": None, "name": None}}
    ).json()
    assert card["notes"] is None and card["reviewed"] is False
    assert card["contact"]["emails"] == [] and card["contact"]["name"] is None
    assert card["contact"]["given_name"] is None


# --- DELETE and merge ------------------------------------------------------------------------------------


def test_delete_erases_card_and_image(db_client: TestClient) -> None:
    card_id = add_card(db_client, image=card_photo())
    assert db_client.get(f"/api/v1/cards/{card_id}/image").status_code == 200
    assert db_client.delete(f"/api/v1/cards/{card_id}").status_code == 204
    assert db_client.get(f"/api/v1/cards/{card_id}").status_code == 404
    assert db_client.get(f"/api/v1/cards/{card_id}/image").status_code == 404
    assert db_client.delete(f"/api/v1/cards/{card_id}").status_code == 404


def test_duplicate_and_merge(db_client: TestClient) -> None:
    first = add_card(db_client, contact("Priya Patel", company="Cobalt Ridge", emails=["pp@cobalt.com"]))
    second = add_card(db_client, contact("Priya Patel", title="VP", emails=["pp@cobalt.com", "p@home.net"]))
    assert db_client.get(f"/api/v1/cards/{second}").json()["duplicate_of"] == first
    db_client.patch(f"/api/v1/cards/{second}", json={"reviewed": True, "contact": {"title": "VP of Talent"}})
    response = db_client.post(f"/api/v1/cards/{second}/merge", json={"into": first})
    assert response.status_code == 200, response.text
    kept = response.json()
    assert kept["id"] == first and kept["reviewed"] is True
    assert kept["contact"]["title"] == "VP of Talent" and kept["contact"]["company"] == "Cobalt Ridge"
    assert kept["contact"]["emails"] == ["pp@cobalt.com", "p@home.net"]
    assert db_client.get(f"/api/v1/cards/{second}").status_code == 404
    assert db_client.post(f"/api/v1/cards/{first}/merge", json={"into": first}).status_code == 409
    assert db_client.post(f"/api/v1/cards/{first}/merge", json={"into": second}).status_code == 404


# --- vCard and export ------------------------------------------------------------------------------------


def test_vcard_download(db_client: TestClient) -> None:
    card_id = add_card(db_client, contact("José Núñez", company="Cobalt", emails=["jn@cobalt.com"]))
    response = db_client.get(f"/api/v1/cards/{card_id}/vcard")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/vcard; charset=utf-8"
    disposition = response.headers["content-disposition"]
    assert 'filename="Jose_Nunez.vcf"' in disposition
    assert "filename*=UTF-8''Jos%C3%A9%20N%C3%BA%C3%B1ez.vcf" in disposition
    card = vobject.readOne(response.text)
    assert card.fn.value == "José Núñez" and card.email.value == "jn@cobalt.com"


def test_export_csv_and_vcf(db_client: TestClient) -> None:
    add_card(
        db_client,
        contact(
            "Ann Lee",
            emails=["ann@x.com"],
            phones=[
                {"number": "+12127362000", "kind": "mobile", "display": "(212) 736-2000", "extension": None}
            ],
        ),
    )
    add_card(db_client, contact("=HYPERLINK(evil)", company="Acme"))
    response = db_client.get("/api/v1/cards/export", params={"format": "csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["Name"] for r in rows] == ["Ann Lee", "'=HYPERLINK(evil)"]
    assert rows[0]["Mobile phone"] == "+12127362000" and rows[0]["Email"] == "ann@x.com"
    vcf = db_client.get("/api/v1/cards/export", params={"format": "vcf"})
    assert vcf.headers["content-type"] == "text/vcard; charset=utf-8"
    assert [c.fn.value for c in vobject.readComponents(vcf.text)] == ["Ann Lee", "=HYPERLINK(evil)"]
    assert db_client.get("/api/v1/cards/export", params={"format": "pdf"}).status_code == 422


def test_export_of_no_cards_is_just_a_header(db_client: TestClient) -> None:
    response = db_client.get("/api/v1/cards/export")
    assert response.status_code == 200 and response.text.splitlines()[0].startswith("Card ID,Name")


# --- CLI: export and db upgrade --------------------------------------------------------------------------


def test_cli_db_upgrade_and_export(
    db_settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from app import cli
    from app.config import get_settings

    monkeypatch.setenv("CARDCAPTURE_DATABASE_URL", db_settings.database_url or "")
    monkeypatch.setenv("CARDCAPTURE_DATA_DIR", str(db_settings.data_dir))
    get_settings.cache_clear()
    try:
        assert cli.main(["db", "upgrade"]) == 0
        assert "up to date" in capsys.readouterr().out
        with TestClient(create_app(db_settings)) as client:
            add_card(client, contact("Ann Lee", emails=["ann@x.com"]))
        out = tmp_path / "cards.csv"
        assert cli.main(["export", "--format", "csv", "--output", str(out)]) == 0
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
        assert [r["Email"] for r in rows] == ["ann@x.com"]
        capsys.readouterr()
        assert cli.main(["export", "--format", "vcf"]) == 0
        assert vobject.readOne(capsys.readouterr().out).fn.value == "Ann Lee"
    finally:
        get_settings.cache_clear()
