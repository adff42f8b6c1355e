"""Synced schema step 0010: a follow-up's link to the market activity that wrote it
(`follow_up.market_activity_id`, desktop/domain/activity_reminders.py), indexed to find an
activity's reminders.

A nullable column: nothing is rewritten; follow-ups written before it have no link.
Run by the client's revision 0018 and the server's revision 0019.
"""

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString


def upgrade() -> None:
    op.add_column("follow_up", sa.Column("market_activity_id", AutoString(36), nullable=True))
    op.create_index(op.f("ix_follow_up_market_activity_id"), "follow_up",
                    ["market_activity_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_follow_up_market_activity_id"), table_name="follow_up")
    with op.batch_alter_table("follow_up") as table:
        table.drop_column("market_activity_id")
