"""Synced schema step 0003: a (territory_id, id) index on every synced table instead of
territory_id alone.

A territory's rows in key order: snapshot pages walk it without sorting, and it serves every
lookup the territory_id index served. Run by the client's revision 0004 and the server's
revision 0003.
"""

from alembic import op

from desktop.models.migrations.step_0001_synced_tables import TABLES


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_territory_id_id", table, ["territory_id", "id"])
        op.drop_index(f"ix_{table}_territory_id", table_name=table)


def downgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_territory_id", table, ["territory_id"])
        op.drop_index(f"ix_{table}_territory_id_id", table_name=table)
