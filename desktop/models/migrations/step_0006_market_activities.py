"""Synced schema step 0006: market activities (desktop/models/market.py) and a call report's
link to the activity it belongs to (`visit.market_activity_id`).

New tables only, plus one nullable column and its index on `visit`: nothing is rewritten.
Run by the client's revision 0012 and the server's revision 0011.
"""

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString, UTCDateTime

TABLES = ("market_activity", "market_activity_product", "market_activity_invitee",
          "market_activity_cost", "market_activity_event", "product_margin")


def _synced_table(name: str, *columns: sa.Column, indexed: tuple[str, ...]) -> None:
    """A synced table as `SyncedBase` and `@synced` make it (see step 0001 and 0003)."""
    op.create_table(
        name,
        sa.Column("id", AutoString(36), nullable=False),
        sa.Column("territory_id", AutoString(36)),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        *columns,
        sa.PrimaryKeyConstraint("id"),
    )
    for column in sorted(("revision", *indexed)):
        op.create_index(op.f(f"ix_{name}_{column}"), name, [column])
    op.create_index(f"ix_{name}_territory_id_id", name, ["territory_id", "id"])


def upgrade() -> None:
    _synced_table(
        "market_activity",
        sa.Column("kind", AutoString(24), nullable=False),
        sa.Column("title", AutoString(200), nullable=False),
        sa.Column("place", AutoString(200)),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date()),
        sa.Column("owner_user_id", AutoString(36), nullable=False),
        sa.Column("status", AutoString(12), nullable=False),
        sa.Column("activity_revision", sa.Integer(), nullable=False),
        sa.Column("expected_attendance", sa.Integer()),
        sa.Column("segment", AutoString(200)),
        sa.Column("notes", AutoString()),
        sa.Column("submitted_at", UTCDateTime()),
        sa.Column("decided_at", UTCDateTime()),
        sa.Column("decided_by_user_id", AutoString(36)),
        sa.Column("manager_comment", AutoString()),
        sa.Column("held_at", UTCDateTime()),
        sa.Column("evaluation_months", sa.Integer(), nullable=False),
        sa.Column("evaluation_due", sa.Date()),
        sa.Column("awareness_before", sa.Float()),
        sa.Column("awareness_after", sa.Float()),
        sa.Column("verdict", AutoString(16)),
        sa.Column("verdict_reasons", AutoString()),
        sa.Column("evaluation_comment", AutoString()),
        sa.Column("evaluated_at", UTCDateTime()),
        sa.Column("evaluated_by_user_id", AutoString(36)),
        indexed=("kind", "owner_user_id", "starts_on", "status"),
    )
    _synced_table(
        "market_activity_product",
        sa.Column("activity_id", AutoString(36), nullable=False),
        sa.Column("product_id", AutoString(36), nullable=False),
        indexed=("activity_id", "product_id"),
    )
    _synced_table(
        "market_activity_invitee",
        sa.Column("activity_id", AutoString(36), nullable=False),
        sa.Column("customer_id", AutoString(36), nullable=False),
        sa.Column("status", AutoString(12), nullable=False),
        sa.Column("walk_in", sa.Boolean(), nullable=False),
        sa.Column("checked_in_at", UTCDateTime()),
        sa.Column("note", AutoString()),
        indexed=("activity_id", "customer_id"),
    )
    _synced_table(
        "market_activity_cost",
        sa.Column("activity_id", AutoString(36), nullable=False),
        sa.Column("category", AutoString(16), nullable=False),
        sa.Column("budget_amount", sa.Float()),
        sa.Column("actual_amount", sa.Float()),
        sa.Column("note", AutoString()),
        indexed=("activity_id",),
    )
    _synced_table(
        "market_activity_event",
        sa.Column("activity_id", AutoString(36), nullable=False),
        sa.Column("action", AutoString(12), nullable=False),
        sa.Column("actor_user_id", AutoString(36)),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("comment", AutoString()),
        sa.Column("activity_revision", sa.Integer(), nullable=False),
        indexed=("activity_id",),
    )
    _synced_table(
        "product_margin",
        sa.Column("product_id", AutoString(36), nullable=False),
        sa.Column("region_id", AutoString(36)),
        sa.Column("margin_rate", sa.Float(), nullable=False),
        indexed=("product_id", "region_id"),
    )
    op.add_column("visit", sa.Column("market_activity_id", AutoString(36), nullable=True))
    op.create_index(op.f("ix_visit_market_activity_id"), "visit", ["market_activity_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_visit_market_activity_id"), table_name="visit")
    with op.batch_alter_table("visit") as table:
        table.drop_column("market_activity_id")
    for name in reversed(TABLES):
        op.drop_table(name)
