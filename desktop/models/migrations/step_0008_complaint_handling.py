"""Synced schema step 0008: complaint handling and pharmacovigilance.

On `complaint`: who assigned it and when, the handler's answer (`answered_at`, `answered_by_user_id`),
the call report it was flagged in (`visit_id`), the patient's age and sex of a suspected
adverse reaction, and the pharmacovigilance desk's receipt and report to the authority
(`pv_received_at`, `pv_received_by_user_id`, `pv_reported_by_user_id`, `pv_reference`).
A new table `complaint_route`: the company's rule sending complaints of a kind to a handler.

Nullable columns and a new table: nothing is rewritten.
Run by the client's revision 0015 and the server's revision 0013.
"""

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString, UTCDateTime

from desktop.models.migrations.step_0006_market_activities import _synced_table

COLUMNS = (
    ("assigned_at", UTCDateTime),
    ("assigned_by_user_id", lambda: AutoString(36)),
    ("answered_at", UTCDateTime),
    ("answered_by_user_id", lambda: AutoString(36)),
    ("visit_id", lambda: AutoString(36)),
    ("patient_age", sa.Integer),
    ("patient_sex", lambda: AutoString(12)),
    ("pv_received_at", UTCDateTime),
    ("pv_received_by_user_id", lambda: AutoString(36)),
    ("pv_reported_by_user_id", lambda: AutoString(36)),
    ("pv_reference", lambda: AutoString(60)),
)
INDEXED = ("assigned_to_user_id", "visit_id")


def upgrade() -> None:
    for name, kind in COLUMNS:
        op.add_column("complaint", sa.Column(name, kind(), nullable=True))
    for name in INDEXED:
        op.create_index(op.f(f"ix_complaint_{name}"), "complaint", [name])
    _synced_table(
        "complaint_route",
        sa.Column("kind", AutoString(24), nullable=False),
        sa.Column("handler_user_id", AutoString(36), nullable=False),
        sa.Column("region_id", AutoString(36)),
        indexed=("region_id",),
    )


def downgrade() -> None:
    op.drop_table("complaint_route")
    for name in INDEXED:
        op.drop_index(op.f(f"ix_complaint_{name}"), table_name="complaint")
    with op.batch_alter_table("complaint") as table:
        for name, _kind in reversed(COLUMNS):
            table.drop_column(name)
