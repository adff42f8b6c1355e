"""sync_confirmation: changes the server confirmed, kept to send again if it loses them

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

Only adds a table: the outbox and every synced row are left as they are.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401


revision: str = '0010'
down_revision: Union[str, Sequence[str], None] = '0009'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('sync_confirmation',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('op', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('base_revision', sa.Integer(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('confirmed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('seq')
    )
    with op.batch_alter_table('sync_confirmation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_confirmation_revision'), ['revision'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_sync_confirmation_confirmed_at'),
                              ['confirmed_at'], unique=False)


def downgrade() -> None:
    op.drop_table('sync_confirmation')
