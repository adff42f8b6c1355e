"""when a territory moved (srv_scope_change.at) and which devices took the move in
(srv_scope_ack): the old owner's grace for late edits is bounded

Create Date: 2026-11-30
"""
from datetime import UTC, datetime

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision, down_revision = "0007", "0006"


def upgrade() -> None:
    with op.batch_alter_table("srv_scope_change", schema=None) as batch_op:
        batch_op.add_column(sa.Column("at", sa.DateTime(timezone=True), nullable=True))
    # moves made before this step get their whole grace from now on
    changes = sa.table("srv_scope_change", sa.column("at", sa.DateTime(timezone=True)))
    op.execute(changes.update().values(at=datetime.now(UTC)))
    op.create_table(
        "srv_scope_ack",
        sa.Column("user_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("device_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("revision", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("user_id", "device_id", "revision"),
    )


def downgrade() -> None:
    op.drop_table("srv_scope_ack")
    with op.batch_alter_table("srv_scope_change", schema=None) as batch_op:
        batch_op.drop_column("at")
