"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-26

The synced tables are synced schema step 0001 (desktop/models/migrations, the server's
revision 0001 runs it too); this revision adds the store's own tables: the outbox, the sync
state and the customer search index.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401 - column types used by generated migrations

from desktop.models.migrations import step_0001_synced_tables as step

# revision identifiers, used by Alembic.
revision: str = '0001'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    step.upgrade()
    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('op', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('base_revision', sa.Integer(), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('seq'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_row_id'), ['row_id'], unique=False)

    op.create_table('sync_state',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )

    # Customer search index, kept by desktop.store.search on every customer write (see
    # docs/decisions/0002-search.md). `customer_search_doc` holds one derived document per
    # live customer: Chinese text spaced one character per token, pinyin and initials as
    # syllable-run suffixes (prefix queries find "xiehe", "bjxh"), phone digits as suffixes
    # (prefix queries find any fragment), `keys` the whole name, its pinyin and initials
    # (exact and prefix matches). The rowid encodes the query-independent rank order.
    # `customer_search` is the FTS5 index over it (external content): text stored once.
    op.execute(
        "CREATE TABLE customer_search_doc ("
        "id INTEGER PRIMARY KEY, customer_id TEXT NOT NULL UNIQUE, "
        "name TEXT NOT NULL DEFAULT '', pinyin TEXT NOT NULL DEFAULT '', "
        "initials TEXT NOT NULL DEFAULT '', keys TEXT NOT NULL DEFAULT '', "
        "org TEXT NOT NULL DEFAULT '', org_pinyin TEXT NOT NULL DEFAULT '', "
        "place TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
        "sort_key TEXT NOT NULL DEFAULT '')"
    )
    op.execute(
        "CREATE VIRTUAL TABLE customer_search USING fts5("
        "name, pinyin, initials, keys, org, org_pinyin, place, phone, "
        "content = 'customer_search_doc', content_rowid = 'id', "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.execute("DROP TABLE IF EXISTS customer_search")
    op.execute("DROP TABLE IF EXISTS customer_search_doc")
    op.drop_table('sync_state')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_row_id'))

    op.drop_table('outbox')
    step.downgrade()
