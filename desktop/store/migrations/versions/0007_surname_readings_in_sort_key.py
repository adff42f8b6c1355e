"""people sort under the reading of their surname (曾 zeng, 单 shan): search index rebuilt

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""
from typing import Sequence, Union

revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # The sort keys and search documents are derived data: rebuilt with the current rules
    # (desktop/store/search/text.py, SURNAME_READINGS), in the migration's transaction.
    # Revision 0013 changed the index's layout and rebuilds it with the current rules,
    # which write that layout: the rebuild this revision did is done there.
    pass


def downgrade() -> None:
    """Nothing to undo: an older version's index rules read the same tables."""
