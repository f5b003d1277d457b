"""POST /api/v1/cards/{id}/follow-up: draft the thank-you letter to the person on a card."""

from __future__ import annotations

from fastapi import APIRouter

from ..deps import StoreDep
from ..letter import draft_letter
from ..schemas import CardOut, FollowUpOut, FollowUpRequest

router = APIRouter(prefix="/api/v1", tags=["follow-up"])


@router.post(
    "/cards/{card_id}/follow-up",
    response_model=FollowUpOut,
    summary="Draft the thank-you letter and store its send_by on the card; mark it sent with PATCH "
    '{"follow_up_sent_at": ...}',
)
def follow_up(card_id: str, request: FollowUpRequest, store: StoreDep) -> FollowUpOut:
    contact = CardOut.from_row(store.get(card_id)).contact
    letter = draft_letter(
        contact,
        position=request.position,
        interview=request.interview_date,
        sender_name=request.sender_name,
        notes=request.notes,
    )
    # On the card, not on the device: every device then shows this deadline (CardOut.send_by).
    store.record_follow_up(card_id, interview_at=letter.interview_at, send_by=letter.send_by)
    return FollowUpOut(
        to=letter.to,
        subject=letter.subject,
        body=letter.body,
        mailto=letter.mailto,
        send_by=letter.send_by,
        warnings=letter.warnings,
    )
