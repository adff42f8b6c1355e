"""Bringing a local store to the newest schema at start-up (Alembic).

Alembic itself is imported only when a migration has to run: a store already at the newest
revision is recognised by reading its `alembic_version` row (importing Alembic cost ~0.15 s
of every start). Revisions are numbered files (`0004_….py`), one after the other, so the
newest is the highest number; a test holds this against Alembic's own view.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # `head_revision` is read before the database layer loads (quick_open)
    from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")
SEARCH_TABLE_PREFIX = "customer_search"
DERIVED_TABLES = frozenset({"customer_last_call"})  # desktop/store/last_calls.py


def alembic_config(url: str = "sqlite://"):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def target_metadata() -> list:
    """The store's schema as the code declares it: the synced tables and the local ones."""
    from sqlmodel import SQLModel

    import desktop.store.local_tables  # noqa: F401 - registers the local tables
    from desktop.models import SYNCED_MODELS  # noqa: F401 - loads (registers) the synced tables
    from desktop.models.base import LocalBase

    return [SQLModel.metadata, LocalBase.metadata]


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Whether autogenerate (and the drift test) compare `obj` with the metadata: everything
    but the customer search index, which is declared in SQL, not in models (an FTS5 table,
    the shadow tables SQLite makes for it, and its document table; desktop/store/search),
    the other derived tables declared in SQL (`DERIVED_TABLES`), and the synced models'
    indexes a store leaves out (`skipped_index`)."""
    table = name if type_ == "table" else obj.table.name
    if type_ == "index" and skipped_index(name, table):
        return False
    return not table.startswith(SEARCH_TABLE_PREFIX) and table not in DERIVED_TABLES


# Indexes of the synced models (shared with the server) that a laptop never reads, left out
# of the store. Since revision 0019 (decision 0041): each synced table's `revision`, by which
# the server pages its change log while a laptop only compares the revision of a row it
# reads by id (a restore's recovery scans for revision 0 once), and `visit.customer_id`, the
# first column of `ix_visit_customer_started`, which serves the same lookups. Since revision
# 0020 (decision 0042): the `(territory_id, id)` index of every synced table but those in
# `TERRITORY_READ` (the server pages snapshots along it; on a laptop only dropping a lost
# territory looked rows up by it, once, where a scan of the table does), `visit.rep_user_id`
# and `visit_product.product_id` (no query of the app reads by them), and
# `customer_metric.product_id` (the planner took it over `customer_id` for a customer's
# figures of one product, reading a tenth of the table instead of a few rows). Their upkeep
# cost every write and their builds a first sync's index time; the statements every test
# runs on a store were planned without them (decision 0042).
SKIPPED_INDEXES = frozenset({"ix_visit_customer_id", "ix_visit_rep_user_id",
                             "ix_visit_product_product_id", "ix_customer_metric_product_id"})
# Synced tables whose `(territory_id, id)` index the screens' queries read (a manager's
# territories: customers, plans, complaints, activities).
TERRITORY_READ = frozenset({"customer", "call_plan", "complaint", "market_activity"})


def skipped_index(name: str, table: str) -> bool:
    """Whether the store leaves out the index `name` of `table` (see SKIPPED_INDEXES)."""
    from desktop.models import SYNCED_MODELS

    if name in SKIPPED_INDEXES:
        return True
    if table not in SYNCED_MODELS:
        return False
    return name == f"ix_{table}_revision" or (
        name == f"ix_{table}_territory_id_id" and table not in TERRITORY_READ)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply every pending migration (all in one transaction per call)."""
    if revision == "head" and current_revision(engine) == head_revision():
        return
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    """The store's schema revision (None for a new, empty file)."""
    from sqlalchemy import text

    with engine.connect() as connection:
        exists = connection.execute(text(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        )).first()
        if exists is None:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


@cache
def head_revision() -> str:
    """The newest revision this app version knows."""
    numbers = [m.group(1) for p in (MIGRATIONS_DIR / "versions").iterdir()
               if (m := _REVISION_FILE.match(p.name))]
    return max(numbers)
