"""The thank-you letter: greeting rules, send_by, mailto encoding, and the endpoint on both backends."""

from __future__ import annotations

from datetime import UTC, date, datetime
from urllib.parse import unquote

import pytest
from fastapi.testclient import TestClient

from app.letter import draft_letter, greeting, mailto, send_by
from app.schemas import ContactOut
from app.store import CardStore, NewCard

PRIYA = ContactOut(
    name="Priya Patel",
    given_name="Priya",
    family_name="Patel",
    company="Cobalt Ridge Capital",
    title="VP of Talent Acquisition",
    emails=["ppatel@cobaltridge.com"],
)


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        (PRIYA, "Dear Priya Patel,"),
        (ContactOut(name="Dr. Priya Patel", given_name="Priya", family_name="Patel"), "Dear Dr. Patel,"),
        (ContactOut(name="Ms Ann Lee"), "Dear Ms. Lee,"),
        (ContactOut(name="Cher"), "Dear Cher,"),
        (ContactOut(company="Acme"), "Dear Hiring Team,"),
    ],
)
def test_greeting_uses_only_what_the_card_says(contact: ContactOut, expected: str) -> None:
    assert greeting(contact) == expected


def test_send_by_is_24_hours_after_the_interview() -> None:
    assert send_by(date(2025, 3, 4)) == datetime(2025, 3, 5, 17, 0)
    assert send_by(datetime(2025, 3, 4, 10, 30, tzinfo=UTC)) == datetime(2025, 3, 5, 10, 30, tzinfo=UTC)


def test_the_letter() -> None:
    letter = draft_letter(
        PRIYA,
        position="Data Analyst",
        interview=date(2025, 3, 4),
        sender_name="Sam Rivera",
        notes="the new analytics platform.",
    )
    assert letter.to == "ppatel@cobaltridge.com" and letter.warnings == []
    assert (letter.interview_at, letter.send_by) == (datetime(2025, 3, 4, 17, 0), datetime(2025, 3, 5, 17, 0))
    assert letter.subject == "Thank you for the Data Analyst interview at Cobalt Ridge Capital"
    body = letter.body
    assert body.startswith("Dear Priya Patel,\n\nThank you for taking the time")
    assert "Tuesday, March 4" in body and "Data Analyst position at Cobalt Ridge Capital" in body
    assert "our conversation about the new analytics platform." in body
    assert "remain very interested" in body
    assert body.endswith("Best regards,\nSam Rivera\n")
    assert "\n\n\n" not in body
    assert " Ms" not in body and " Mr" not in body  # no invented honorific


def test_a_card_without_email_or_name_still_gets_a_letter() -> None:
    letter = draft_letter(ContactOut(), position="Engineer", interview=date(2025, 3, 4), sender_name="Sam")
    assert letter.to is None and len(letter.warnings) == 2
    assert letter.body.startswith("Dear Hiring Team,")
    assert " at " not in letter.subject and "None" not in letter.body
    assert letter.mailto.startswith("mailto:?subject=")


def test_mailto_is_percent_encoded() -> None:
    link = mailto("a.b+c@x.com", "Thank you & more", "Line one\nLine two")
    assert link == "mailto:a.b%2Bc@x.com?subject=Thank%20you%20%26%20more&body=Line%20one%0D%0ALine%20two"
    assert "+" not in link.split("?", 1)[1]


def test_follow_up_endpoint(db_client: TestClient) -> None:
    store: CardStore = db_client.app.state.store  # type: ignore[attr-defined]
    card_id = store.create(NewCard(PRIYA.model_dump(mode="json"))).id
    response = db_client.post(
        f"/api/v1/cards/{card_id}/follow-up",
        json={
            "position": "Data Analyst",
            "interview_date": "2025-03-04",
            "sender_name": "Sam Rivera",
        },
    )
    assert response.status_code == 200, response.text
    letter = response.json()
    assert letter["to"] == "ppatel@cobaltridge.com"
    assert letter["send_by"] == "2025-03-05T17:00:00"
    assert letter["mailto"].startswith("mailto:ppatel@cobaltridge.com?subject=Thank%20you%20for")
    assert unquote(letter["mailto"].split("&body=", 1)[1]) == letter["body"].replace("\n", "\r\n")
    # Stored on the card: every device reading it (one card or the list) sees the same deadline.
    card = db_client.get(f"/api/v1/cards/{card_id}")
    assert card.json()["send_by"] == "2025-03-05T17:00:00"  # wall-clock: no zone was given
    assert card.json()["interview_at"] == "2025-03-04T17:00:00"
    assert card.headers["etag"] == '"2"'  # the card's answer changed, so did its ETag
    assert db_client.get("/api/v1/cards").json()["items"][0]["send_by"] == "2025-03-05T17:00:00"
    timed = db_client.post(
        f"/api/v1/cards/{card_id}/follow-up",
        json={
            "position": "Data Analyst",
            "interview_date": "2025-03-04T10:00:00+01:00",
            "sender_name": "Sam",
        },
    ).json()
    assert timed["send_by"] == "2025-03-05T10:00:00+01:00"
    card = db_client.get(f"/api/v1/cards/{card_id}").json()  # the latest draft wins
    assert card["send_by"] == "2025-03-05T10:00:00+01:00"
    assert card["interview_at"] == "2025-03-04T10:00:00+01:00"
    # Marking it sent is a PATCH; the list filter then sees it.
    db_client.patch(f"/api/v1/cards/{card_id}", json={"follow_up_sent_at": "2025-03-04T18:00:00Z"})
    assert db_client.get("/api/v1/cards", params={"follow_up": "sent"}).json()["items"][0]["id"] == card_id


def test_follow_up_input_errors(db_client: TestClient) -> None:
    store: CardStore = db_client.app.state.store  # type: ignore[attr-defined]
    card_id = store.create(NewCard(ContactOut(name="Ann Lee").model_dump(mode="json"))).id
    url = f"/api/v1/cards/{card_id}/follow-up"
    ok = {"position": "Engineer", "interview_date": "2025-03-04", "sender_name": "Sam"}
    no_email = db_client.post(url, json=ok).json()
    assert no_email["to"] is None and no_email["warnings"]
    assert db_client.post(url, json={**ok, "interview_date": "last week"}).status_code == 422
    assert db_client.get(f"/api/v1/cards/{card_id}").json()["send_by"] == "2025-03-05T17:00:00"
    assert db_client.post(url, json={**ok, "sender_name": "  "}).status_code == 422
    assert db_client.post(url, json={k: v for k, v in ok.items() if k != "position"}).status_code == 422
    assert db_client.post("/api/v1/cards/missing/follow-up", json=ok).status_code == 404
