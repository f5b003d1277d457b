"""Cards and their identity keys (emails, phone numbers) for finding duplicates.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.db import UTCDateTime

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cards",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("contact", sa.JSON(), nullable=False),
        sa.Column("extracted", sa.JSON(), nullable=False),
        sa.Column("confidence", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("region", sa.String(2)),
        sa.Column("reviewed", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text()),
        sa.Column("duplicate_of", sa.String(32), sa.ForeignKey("cards.id", ondelete="SET NULL")),
        sa.Column("follow_up_sent_at", UTCDateTime()),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("image", sa.LargeBinary()),
        sa.Column("has_image", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_cards_created_at_id", "cards", ["created_at", "id"])
    op.create_index("ix_cards_duplicate_of", "cards", ["duplicate_of"])
    op.create_table(
        "card_keys",
        sa.Column("card_id", sa.String(32), sa.ForeignKey("cards.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("key", sa.String(320), primary_key=True),
    )
    op.create_index("ix_card_keys_key", "card_keys", ["key"])


def downgrade() -> None:
    op.drop_table("card_keys")
    op.drop_table("cards")
