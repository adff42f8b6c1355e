"""search index rebuilt once: what deletions of customers left in its pages goes

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""
from typing import Sequence, Union

revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # FTS5 records a deletion as a marker in a new segment and keeps the deleted tokens in
    # the older ones until they happen to be merged: the pinyin of customers of a territory
    # lost long ago was still in `customer_search_data` (issue 15). Rows leaving the store
    # are now purged for good (`forget_customers`); the rebuild drops what earlier
    # deletions left behind.
    # Revision 0013 changed the index's layout and rebuilds it with the current rules,
    # which write that layout: the rebuild this revision did is done there.
    pass


def downgrade() -> None:
    pass
