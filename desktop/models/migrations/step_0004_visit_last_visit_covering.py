"""Synced schema step 0004: the visit last-visit index covers status and deleted too.

The latest submitted call per customer (Today's overdue customers, plan suggestions) is read
from the index alone instead of looking up every visit row. Run by the client's revision 0005
and the server's revision 0004.
"""

from alembic import op


def upgrade() -> None:
    op.drop_index("ix_visit_customer_started", table_name="visit")
    op.create_index("ix_visit_customer_started", "visit",
                    ["customer_id", "started_at", "status", "deleted"])


def downgrade() -> None:
    op.drop_index("ix_visit_customer_started", table_name="visit")
    op.create_index("ix_visit_customer_started", "visit", ["customer_id", "started_at"])
