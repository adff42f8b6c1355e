"""outbox: the base of each field an edit changes, where older than the row's

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06

Adds one column with a default: entries already in the outbox keep every field on their
`base_revision`, exactly as they were written, so unsent changes survive the upgrade.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('outbox', sa.Column('field_bases', sa.JSON(), nullable=False,
                                      server_default='{}'))


def downgrade() -> None:
    # SQLite drops a column in place (3.35+), keeping the table's AUTOINCREMENT sequence.
    op.execute('ALTER TABLE outbox DROP COLUMN field_bases')
