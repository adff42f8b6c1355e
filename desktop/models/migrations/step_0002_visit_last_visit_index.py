"""Synced schema step 0002: visit index on (customer_id, started_at) for last-visit queries.

Run by the client's revision 0003 and the server's revision 0002.
"""

from alembic import op


def upgrade() -> None:
    op.create_index("ix_visit_customer_started", "visit", ["customer_id", "started_at"])


def downgrade() -> None:
    op.drop_index("ix_visit_customer_started", table_name="visit")
