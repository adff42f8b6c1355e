"""the server's epoch (srv_epoch): a random id, new when the database was restored from a
backup, so that clients notice a server that went back in time

Create Date: 2026-12-01
"""
import secrets
from datetime import UTC, datetime

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision, down_revision = "0009", "0008"


def upgrade() -> None:
    epoch = op.create_table(
        "srv_epoch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("epoch", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("revision", sa.BigInteger(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    counter = sa.table("srv_revision_counter", sa.column("id", sa.Integer()),
                       sa.column("value", sa.BigInteger()))
    current = op.get_bind().execute(
        sa.select(counter.c.value).where(counter.c.id == 1)).scalar() or 0
    op.bulk_insert(epoch, [{"id": 1, "epoch": secrets.token_hex(16), "revision": current,
                            "started_at": datetime.now(UTC)}])


def downgrade() -> None:
    op.drop_table("srv_epoch")
