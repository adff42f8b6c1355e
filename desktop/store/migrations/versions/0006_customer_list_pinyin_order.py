"""customer list in pinyin order: index on the search document's sort key

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""
from typing import Sequence, Union

from alembic import op

revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_customer_search_doc_sort "
               "ON customer_search_doc (sort_key, customer_id)")


def downgrade() -> None:
    op.execute("DROP INDEX ix_customer_search_doc_sort")
