"""visit index on (customer_id, started_at) for last-visit queries

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""
from typing import Sequence, Union

from alembic import op

revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index("ix_visit_customer_started", "visit", ["customer_id", "started_at"])


def downgrade() -> None:
    op.drop_index("ix_visit_customer_started", table_name="visit")
