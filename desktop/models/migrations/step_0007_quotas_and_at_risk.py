"""Synced schema step 0007: quotas, at-risk rule settings (desktop/models/quotas.py) and a
customer's lost reason and date (`customer.lost_reason`, `customer.lost_at`) and
its previous tier (`customer.previous_tier`, `customer.tier_changed_at`).

New tables and four nullable columns on `customer`: nothing is rewritten.
Run by the client's revision 0014 and the server's revision 0012.
"""

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString, UTCDateTime

from desktop.models.migrations.step_0006_market_activities import _synced_table

TABLES = ("quota", "at_risk_rule")


def upgrade() -> None:
    _synced_table(
        "quota",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("product_id", AutoString(36), nullable=False),
        sa.Column("level", AutoString(12), nullable=False),
        sa.Column("region_id", AutoString(36), nullable=False),
        sa.Column("rep_user_id", AutoString(36)),
        sa.Column("customer_id", AutoString(36)),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("status", AutoString(12), nullable=False),
        sa.Column("decided_by_user_id", AutoString(36)),
        sa.Column("decided_at", UTCDateTime()),
        indexed=("customer_id", "level", "product_id", "region_id", "rep_user_id", "year"),
    )
    _synced_table(
        "at_risk_rule",
        sa.Column("region_id", AutoString(36), nullable=False),
        sa.Column("code", AutoString(24), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("threshold", sa.Float()),
        indexed=("region_id",),
    )
    op.add_column("customer", sa.Column("lost_reason", AutoString(16), nullable=True))
    op.add_column("customer", sa.Column("lost_at", UTCDateTime(), nullable=True))
    op.add_column("customer", sa.Column("previous_tier", AutoString(2), nullable=True))
    op.add_column("customer", sa.Column("tier_changed_at", UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("customer") as table:
        table.drop_column("tier_changed_at")
        table.drop_column("previous_tier")
        table.drop_column("lost_at")
        table.drop_column("lost_reason")
    for name in reversed(TABLES):
        op.drop_table(name)
