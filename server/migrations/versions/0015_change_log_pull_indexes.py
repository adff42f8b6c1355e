"""change-log indexes for pulls: entries that moved away from a territory, and reference
entries, each by revision, so that a pull reads its own territories' entries instead of
every entry since its cursor (docs/decisions/0029)

Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision, down_revision = "0015", "0014"


def upgrade() -> None:
    moved = sa.text("prev_territory_id IS NOT NULL")
    op.create_index("ix_srv_change_log_prev_territory_rev", "srv_change_log",
                    ["prev_territory_id", "revision"], postgresql_where=moved,
                    sqlite_where=moved)
    reference = sa.text("ref")
    op.create_index("ix_srv_change_log_ref_rev", "srv_change_log", ["revision"],
                    postgresql_where=reference, sqlite_where=reference)


def downgrade() -> None:
    op.drop_index("ix_srv_change_log_ref_rev", table_name="srv_change_log")
    op.drop_index("ix_srv_change_log_prev_territory_rev", table_name="srv_change_log")
