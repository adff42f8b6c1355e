"""sessions end when a password is reset or an account deactivated

srv_user.session_generation (carried by access tokens) and
srv_refresh_token.user_generation: a reset or a deactivation raises the user's generation and
every token issued before stops working.
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision, down_revision = "0006", "0005"


def upgrade() -> None:
    with op.batch_alter_table("srv_user") as batch_op:
        batch_op.add_column(sa.Column("session_generation", sa.Integer(), nullable=False,
                                      server_default="0"))
    with op.batch_alter_table("srv_refresh_token") as batch_op:
        batch_op.add_column(sa.Column("user_generation", sa.Integer(), nullable=False,
                                      server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("srv_refresh_token") as batch_op:
        batch_op.drop_column("user_generation")
    with op.batch_alter_table("srv_user") as batch_op:
        batch_op.drop_column("session_generation")
