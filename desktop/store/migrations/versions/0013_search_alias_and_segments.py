"""search index: an alias column (nicknames, bracketed names), filler-free name keys, place
pinyin; a vocabulary table for splitting and correcting queries; index rebuilt

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01
"""
from typing import Sequence, Union

from alembic import op
from sqlalchemy.orm import Session

revision: str = '0013'
down_revision: Union[str, Sequence[str], None] = '0012'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_OLD_COLUMNS = "name, pinyin, initials, keys, org, org_pinyin, place, phone"
_NEW_COLUMNS = "name, pinyin, initials, keys, alias, org, org_pinyin, place, phone"


def _create(columns: str) -> None:
    doc_columns = ", ".join(f"{c} TEXT NOT NULL DEFAULT ''" for c in columns.split(", "))
    op.execute(f"CREATE TABLE customer_search_doc (id INTEGER PRIMARY KEY, "
               f"customer_id TEXT NOT NULL UNIQUE, {doc_columns}, "
               f"sort_key TEXT NOT NULL DEFAULT '')")
    op.execute("CREATE INDEX ix_customer_search_doc_sort "
               "ON customer_search_doc (sort_key, customer_id)")
    op.execute(f"CREATE VIRTUAL TABLE customer_search USING fts5({columns}, "
               "content = 'customer_search_doc', content_rowid = 'id', "
               "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')")


def _drop() -> None:
    op.execute("DROP TABLE IF EXISTS customer_search_vocab")
    op.execute("DROP TABLE IF EXISTS customer_search")
    op.execute("DROP INDEX IF EXISTS ix_customer_search_doc_sort")
    op.execute("DROP TABLE IF EXISTS customer_search_doc")


def upgrade() -> None:
    # The documents are derived data: the tables are made again with the `alias` column
    # (docs/decisions/0023-search-segmentation-and-typos.md) and filled by the current
    # rules in this transaction (revisions 0007 and 0008 leave their rebuild to this one).
    # `customer_search_vocab` lists the index's distinct tokens: a query typed without
    # spaces is split where its pieces are token prefixes, and a typo is corrected
    # against it.
    _drop()
    _create(_NEW_COLUMNS)
    op.execute("CREATE VIRTUAL TABLE customer_search_vocab "
               "USING fts5vocab(customer_search, 'col')")
    from desktop.store.search.index import rebuild_index

    rebuild_index(Session(bind=op.get_bind()))


def downgrade() -> None:
    # Back to the layout of 0001: the same documents without the alias column.
    op.execute("CREATE TEMP TABLE old_search_doc AS SELECT id, customer_id, "
               f"{_OLD_COLUMNS}, sort_key FROM customer_search_doc")
    _drop()
    _create(_OLD_COLUMNS)
    op.execute(f"INSERT INTO customer_search_doc (id, customer_id, {_OLD_COLUMNS}, sort_key) "
               f"SELECT id, customer_id, {_OLD_COLUMNS}, sort_key FROM old_search_doc")
    op.execute("DROP TABLE old_search_doc")
    op.execute("INSERT INTO customer_search (customer_search) VALUES ('rebuild')")
