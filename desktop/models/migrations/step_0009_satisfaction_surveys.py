"""Synced schema step 0009: satisfaction surveys (desktop/models/surveys.py): the company's
questions (`survey_question`, reference rows by region) and the surveys customers answered
(`survey_response`, in the customer's territory).

New tables only: nothing is rewritten.
Run by the client's revision 0016 and the server's revision 0014.
"""

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString, UTCDateTime

from desktop.models.migrations.step_0006_market_activities import _synced_table


def upgrade() -> None:
    _synced_table(
        "survey_question",
        sa.Column("text", AutoString(200), nullable=False),
        sa.Column("kind", AutoString(8), nullable=False),
        sa.Column("asked", AutoString(20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("region_id", AutoString(36)),
        indexed=("region_id",),
    )
    _synced_table(
        "survey_response",
        sa.Column("customer_id", AutoString(36), nullable=False),
        sa.Column("occasion", AutoString(20), nullable=False),
        sa.Column("complaint_id", AutoString(36)),
        sa.Column("cycle", AutoString(7)),
        sa.Column("taken_at", UTCDateTime(), nullable=False),
        sa.Column("taken_by_user_id", AutoString(36)),
        sa.Column("answers", sa.JSON(), nullable=False),
        indexed=("customer_id", "occasion", "complaint_id", "taken_at"),
    )


def downgrade() -> None:
    op.drop_table("survey_response")
    op.drop_table("survey_question")
