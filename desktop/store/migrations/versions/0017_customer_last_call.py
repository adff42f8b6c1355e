"""customer_last_call: the latest submitted call of each customer, kept for Today

A local table derived from the visits (desktop/store/last_calls.py; not synced), filled here
from the visits the store already has.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01
"""
from typing import Sequence, Union

from alembic import op

from desktop.store import last_calls

revision: str = '0017'
down_revision: Union[str, Sequence[str], None] = '0016'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute(last_calls.CREATE)
    last_calls.rebuild_in(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    op.execute(f"DROP TABLE IF EXISTS {last_calls.TABLE}")
