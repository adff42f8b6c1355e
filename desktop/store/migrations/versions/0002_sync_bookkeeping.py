"""sync bookkeeping: conflicts and rejections kept for the user

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

Only adds tables: the outbox and every synced row are left as they are, so unsent local
changes survive the upgrade.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401


revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('sync_conflict',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('my_value', sa.JSON(), nullable=True),
    sa.Column('server_value', sa.JSON(), nullable=True),
    sa.Column('winner', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_row_id'), ['row_id'], unique=False)

    op.create_table('sync_rejection',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('op', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('server_row', sa.JSON(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('seq')
    )
    with op.batch_alter_table('sync_rejection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_rejection_row_id'), ['row_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_rejection', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_rejection_row_id'))
    op.drop_table('sync_rejection')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflict_row_id'))
    op.drop_table('sync_conflict')
