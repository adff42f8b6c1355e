"""refresh tokens belong to a family (one per sign-in): a used token keeps working for its
device until a newer one of its family is used; coming back after that ends the family

srv_refresh_token.family_id, superseded_at, revoked_at (docs/decisions/0016, "A lost
refresh answer"). A token from before has no known relatives: it becomes a family of its
own (its hash), and one that was used already counts as superseded, so that what the old
60-second rule had retired stays retired.
Create Date: 2026-12-01
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision, down_revision = "0008", "0007"


def upgrade() -> None:
    with op.batch_alter_table("srv_refresh_token", schema=None) as batch_op:
        batch_op.add_column(sa.Column("family_id", sqlmodel.sql.sqltypes.AutoString(length=64),
                                      nullable=True))
        batch_op.add_column(sa.Column("superseded_at", sa.DateTime(timezone=True),
                                      nullable=True))
        batch_op.add_column(sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True))
    tokens = sa.table("srv_refresh_token",
                      sa.column("token_hash", sa.String()), sa.column("family_id", sa.String()),
                      sa.column("used_at", sa.DateTime(timezone=True)),
                      sa.column("superseded_at", sa.DateTime(timezone=True)))
    op.execute(tokens.update().values(family_id=tokens.c.token_hash))
    op.execute(tokens.update().where(tokens.c.used_at.is_not(None))
               .values(superseded_at=tokens.c.used_at))
    with op.batch_alter_table("srv_refresh_token", schema=None) as batch_op:
        batch_op.alter_column("family_id", existing_type=sqlmodel.sql.sqltypes.AutoString(
            length=64), nullable=False)
        batch_op.create_index(batch_op.f("ix_srv_refresh_token_family_id"), ["family_id"],
                              unique=False)


def downgrade() -> None:
    # the old rule retires a used token 60 seconds after its use: revoked ones count as used
    op.execute("UPDATE srv_refresh_token SET used_at = revoked_at "
               "WHERE revoked_at IS NOT NULL AND used_at IS NULL")
    with op.batch_alter_table("srv_refresh_token", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_srv_refresh_token_family_id"))
        batch_op.drop_column("revoked_at")
        batch_op.drop_column("superseded_at")
        batch_op.drop_column("family_id")
