"""one survey per customer and call cycle, and one per complaint: partial unique indexes on
survey_response (server only: the client keeps what it took until the server answers),
holding the push rule (server/sync/survey_once.py) when two laptops push at once

A database that already holds two live surveys of one occasion (taken before the rule) keeps
them, and that index is not made; a warning says how many occasions have two.

Create Date: 2026-12-01
"""
import logging

import sqlalchemy as sa
from alembic import op

revision, down_revision = "0016", "0015"
log = logging.getLogger("alembic.runtime.migration")

LIVE = "NOT deleted"
INDEXES = {  # name -> (columns, which rows)
    "ux_survey_response_cycle": (["customer_id", "cycle"],
                                 f"{LIVE} AND occasion = 'call_cycle' AND cycle IS NOT NULL"),
    "ux_survey_response_complaint": (["complaint_id"],
                                     f"{LIVE} AND occasion = 'complaint_closed' "
                                     "AND complaint_id IS NOT NULL"),
}


def _twice(columns: list[str], where: str) -> int:
    """How many occasions already have more than one live survey."""
    keys = ", ".join(columns)
    return op.get_bind().execute(sa.text(
        f"SELECT COUNT(*) FROM (SELECT {keys} FROM survey_response WHERE {where} "
        f"GROUP BY {keys} HAVING COUNT(*) > 1) AS twice")).scalar_one()


def upgrade() -> None:
    for name, (columns, where) in INDEXES.items():
        twice = _twice(columns, where)
        if twice:
            log.warning("%s not made: %d occasion(s) already have two live surveys; the "
                        "server refuses any further one", name, twice)
            continue
        op.create_index(name, "survey_response", columns, unique=True,
                        postgresql_where=sa.text(where), sqlite_where=sa.text(where))


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
