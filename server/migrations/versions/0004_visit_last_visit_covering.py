"""visit last-visit index covers status and deleted too

The latest submitted call per customer (Today's overdue customers, plan suggestions) is
read from the index alone instead of looking up every visit row.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""
from typing import Sequence, Union

from alembic import op

revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.drop_index("ix_visit_customer_started", table_name="visit")
    op.create_index("ix_visit_customer_started", "visit",
                    ["customer_id", "started_at", "status", "deleted"])


def downgrade() -> None:
    op.drop_index("ix_visit_customer_started", table_name="visit")
    op.create_index("ix_visit_customer_started", "visit", ["customer_id", "started_at"])
