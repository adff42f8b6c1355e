"""more indexes of the synced models a laptop never reads: dropped from the store

The `(territory_id, id)` index of every synced table but customer, call_plan, complaint and
market_activity, and `visit.rep_user_id`, `visit_product.product_id` and
`customer_metric.product_id` (desktop/store/migrate.py `SKIPPED_INDEXES` and
`TERRITORY_READ`, decision 0042). The server keeps them. The tables are named as they were
at this revision: a synced table added later leaves its territory index out in its own
revision (a test holds every new store to it).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-02
"""
from typing import Sequence, Union

from alembic import op

revision: str = '0020'
down_revision: Union[str, Sequence[str], None] = '0019'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

TERRITORY_UNREAD = (
    "at_risk_rule", "complaint_event", "complaint_route", "customer_metric", "follow_up",
    "frequency_target", "market_activity_cost", "market_activity_event",
    "market_activity_invitee", "market_activity_product", "plan_decision", "plan_item",
    "product", "product_margin", "quota", "region", "survey_question", "survey_response",
    "team_member", "territory", "visit", "visit_attendee", "visit_product", "visit_sample")
DROPPED = (*((f"ix_{t}_territory_id_id", t, ("territory_id", "id")) for t in TERRITORY_UNREAD),
           ("ix_visit_rep_user_id", "visit", ("rep_user_id",)),
           ("ix_visit_product_product_id", "visit_product", ("product_id",)),
           ("ix_customer_metric_product_id", "customer_metric", ("product_id",)))


def upgrade() -> None:
    for name, _table, _columns in DROPPED:
        op.execute(f'DROP INDEX IF EXISTS "{name}"')


def downgrade() -> None:
    for name, table, columns in DROPPED:
        listed = ", ".join(f'"{c}"' for c in columns)
        op.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ({listed})')
