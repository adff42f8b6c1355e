"""visit index on (customer_id, started_at) for last-visit queries

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""
from typing import Sequence, Union

from alembic import op

revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index("ix_visit_customer_started", "visit", ["customer_id", "started_at"])


def downgrade() -> None:
    op.drop_index("ix_visit_customer_started", table_name="visit")
