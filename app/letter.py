"""The thank-you letter after an interview: subject, body, a ready-to-send mailto: link, and a deadline.

Rules (documented in docs/curl-session.md too):
- Greeting: "Dear Dr. Patel," only when the card itself prints an honorific; otherwise the full name
  ("Dear Priya Patel,") since guessing Mr/Ms would invent a fact; no name at all -> "Dear Hiring Team,".
- send_by: etiquette says within 24 hours of the interview. A datetime gives exactly +24 h (keeping its
  offset, or none if it had none). A bare date is taken as an interview ending at 17:00 that day, so the
  letter is due by 17:00 the next day, as a local time without offset: we do not know the sender's zone.
- Drafting stores the interview time and send_by on the card (app/api/follow_up.py) exactly like that,
  so every device shows the same deadline; a time without offset reads as the viewer's local time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined
from nameparser import HumanName

from .schemas import SEND_WITHIN, ContactOut

INTERVIEW_ENDS = time(17, 0)
HONORIFICS = {
    "dr": "Dr.",
    "prof": "Prof.",
    "professor": "Professor",
    "mr": "Mr.",
    "mrs": "Mrs.",
    "ms": "Ms.",
    "miss": "Miss",
    "mx": "Mx.",
}

_templates = Environment(
    loader=PackageLoader("app", "templates"),
    undefined=StrictUndefined,
    autoescape=False,  # plain text for an email body, not HTML
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=False,
)
# "... at Acme Inc." must not end in "Inc..": a sentence gets its full stop only when it lacks one.
_templates.filters["full_stop"] = lambda sentence: (
    sentence if sentence.rstrip().endswith((".", "!", "?")) else sentence.rstrip() + "."
)


@dataclass(frozen=True)
class Letter:
    to: str | None
    subject: str
    body: str
    mailto: str
    send_by: datetime
    interview_at: datetime
    warnings: list[str] = field(default_factory=list)


def greeting(contact: ContactOut) -> str:
    """The salutation, using only what the card says (see the module docstring)."""
    if not contact.name:
        return "Dear Hiring Team,"
    parsed = HumanName(contact.name)
    honorific = HONORIFICS.get(parsed.title.lower().rstrip(".")) if parsed.title else None
    family = contact.family_name or parsed.last
    if honorific and family:
        return f"Dear {honorific} {family},"
    full = " ".join(p for p in (contact.given_name, contact.family_name) if p) or contact.name
    return f"Dear {full},"


def interview_time(interview: date | datetime) -> datetime:
    """The interview as a datetime: a bare date means an interview ending at 17:00 that day (no offset)."""
    if isinstance(interview, datetime):
        return interview
    return datetime.combine(interview, INTERVIEW_ENDS)


def send_by(interview: date | datetime) -> datetime:
    """24 hours after the interview; a bare date means an interview ending at 17:00 that day."""
    return interview_time(interview) + SEND_WITHIN


def mailto(to: str | None, subject: str, body: str) -> str:
    """A mailto: URI (RFC 6068): spaces as %20, line breaks as %0D%0A, so mail apps show it as written."""
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    address = quote(to, safe="@") if to else ""
    return f"mailto:{address}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


def draft_letter(
    contact: ContactOut,
    *,
    position: str,
    interview: date | datetime,
    sender_name: str,
    notes: str | None = None,
) -> Letter:
    """Draft the thank-you letter to the person on `contact`; nothing is invented beyond the inputs."""
    warnings = []
    to = contact.emails[0] if contact.emails else None
    if to is None:
        warnings.append("The card has no email address: add the recipient in your mail app.")
    if not contact.name:
        warnings.append("The card names no person: the letter is addressed to the hiring team.")
    day = interview.date() if isinstance(interview, datetime) else interview
    values = {
        "greeting": greeting(contact),
        "position": position,
        "company": contact.company,
        "interview_day": f"{day:%A}, {day:%B} {day.day}",
        "notes": notes,
        "sender_name": sender_name,
    }
    subject = _templates.get_template("follow_up_subject.txt.j2").render(values).strip()
    body = _templates.get_template("follow_up_body.txt.j2").render(values).strip() + "\n"
    return Letter(
        to, subject, body, mailto(to, subject, body), send_by(interview), interview_time(interview), warnings
    )
