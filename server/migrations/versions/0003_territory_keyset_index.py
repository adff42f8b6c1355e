"""(territory_id, id) index on every synced table instead of territory_id alone

A territory's rows in key order: snapshot pages walk it without sorting, and it serves every
lookup the territory_id index served.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""
from typing import Sequence, Union

from alembic import op

revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

TABLES = (
    "visit",
    "visit_attendee",
    "visit_product",
    "visit_sample",
    "follow_up",
    "complaint",
    "complaint_event",
    "customer",
    "customer_metric",
    "region",
    "territory",
    "product",
    "frequency_target",
    "team_member",
    "call_plan",
    "plan_item",
    "plan_decision",
)


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_territory_id_id", table, ["territory_id", "id"])
        op.drop_index(f"ix_{table}_territory_id", table_name=table)


def downgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_territory_id", table, ["territory_id"])
        op.drop_index(f"ix_{table}_territory_id_id", table_name=table)
