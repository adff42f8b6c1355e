"""a device id is keyed by its user: the mutation log by (user, device, seq), and field
versions name the user whose device changed them

Before: srv_mutation_log was keyed by (device_id, seq), so another user signing in with a
copied device id got that device's stored results and could take its sequence numbers
(docs/decisions/0015). Field versions from before get the user only where their device id
was used by exactly one user; the rest stay without one and count as another device's.
Create Date: 2026-11-30
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision, down_revision = "0005", "0004"

_COLUMNS = "user_id, device_id, seq, outcome, at"


def _log_table(name: str, key: tuple[str, ...]) -> None:
    op.create_table(
        name,
        sa.Column("user_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("device_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("outcome", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint(*key))


def _replace_log(key: tuple[str, ...]) -> None:
    _log_table("srv_mutation_log_next", key)
    op.execute(f"INSERT INTO srv_mutation_log_next ({_COLUMNS}) "
               f"SELECT {_COLUMNS} FROM srv_mutation_log")
    op.drop_table("srv_mutation_log")
    op.rename_table("srv_mutation_log_next", "srv_mutation_log")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE srv_mutation_log RENAME CONSTRAINT "
                   "srv_mutation_log_next_pkey TO srv_mutation_log_pkey")


def upgrade() -> None:
    _replace_log(("user_id", "device_id", "seq"))
    with op.batch_alter_table("srv_field_version") as batch:
        batch.add_column(sa.Column("user_id", sqlmodel.sql.sqltypes.AutoString(length=36),
                                   nullable=True))
    op.execute(
        "UPDATE srv_field_version SET user_id = (SELECT min(d.user_id) FROM srv_device d "
        "WHERE d.device_id = srv_field_version.device_id) "
        "WHERE device_id IN (SELECT device_id FROM srv_device GROUP BY device_id "
        "HAVING count(*) = 1)")


def downgrade() -> None:
    with op.batch_alter_table("srv_field_version") as batch:
        batch.drop_column("user_id")
    # the old key holds one entry per (device, seq): keep the first user's
    op.execute("DELETE FROM srv_mutation_log WHERE EXISTS (SELECT 1 FROM srv_mutation_log o "
               "WHERE o.device_id = srv_mutation_log.device_id AND o.seq = srv_mutation_log.seq "
               "AND o.user_id < srv_mutation_log.user_id)")
    _replace_log(("device_id", "seq"))
