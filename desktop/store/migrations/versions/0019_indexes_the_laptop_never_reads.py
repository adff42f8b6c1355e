"""indexes of the synced models a laptop never reads: dropped from the store

Each synced table's `revision` index and `visit.customer_id` (desktop/store/migrate.py
`SKIPPED_INDEXES`, decision 0041). The server keeps them. The tables are named as they were
at this revision: a synced table added later leaves its `revision` index out in its own
revision (a test holds every new store to it).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-02
"""
from typing import Sequence, Union

from alembic import op

revision: str = '0019'
down_revision: Union[str, Sequence[str], None] = '0018'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

SYNCED_TABLES = (
    "at_risk_rule", "call_plan", "complaint", "complaint_event", "complaint_route",
    "customer", "customer_metric", "follow_up", "frequency_target", "market_activity",
    "market_activity_cost", "market_activity_event", "market_activity_invitee",
    "market_activity_product", "plan_decision", "plan_item", "product", "product_margin",
    "quota", "region", "survey_question", "survey_response", "team_member", "territory",
    "visit", "visit_attendee", "visit_product", "visit_sample")
DROPPED = (*((f"ix_{t}_revision", t, "revision") for t in SYNCED_TABLES),
           ("ix_visit_customer_id", "visit", "customer_id"))


def upgrade() -> None:
    for name, _table, _column in DROPPED:
        op.execute(f'DROP INDEX IF EXISTS "{name}"')


def downgrade() -> None:
    for name, table, column in DROPPED:
        op.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ("{column}")')
