"""Store the thank-you letter's interview time and send-by deadline on the card.

Both columns are nullable and added in place: existing cards keep every value and simply have no letter
drafted yet. They hold ISO 8601 text (app.db.IsoDateTime): a time with or without its own offset.

Revision ID: 0002
Revises: 0001
Create Date: 2025-06-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("interview_at", "follow_up_send_by")


def upgrade() -> None:
    # recreate="never": plain ALTER TABLE on every backend. A SQLite table rebuild would DROP `cards`,
    # and with foreign keys on that cascades into `card_keys`.
    with op.batch_alter_table("cards", recreate="never") as batch:
        for name in COLUMNS:
            batch.add_column(sa.Column(name, sa.String(40), nullable=True))


def downgrade() -> None:
    # SQLite >= 3.35 drops a plain column in place; the rest of each card is kept.
    with op.batch_alter_table("cards", recreate="never") as batch:
        for name in reversed(COLUMNS):
            batch.drop_column(name)
