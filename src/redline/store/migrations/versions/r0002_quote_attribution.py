"""Quotes keep their attribution class (speech, belief, intention, evidence, topic); older rows are speech.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("quotes", sa.Column("attribution", sa.String(16), nullable=False, server_default="speech"))


def downgrade() -> None:
    with op.batch_alter_table("quotes") as batch:
        batch.drop_column("attribution")
