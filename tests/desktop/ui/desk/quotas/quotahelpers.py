"""Names of the desk tests' region, and the outbox entries of a table."""

from __future__ import annotations

from sqlmodel import select

from desktop.store.local_tables import OutboxEntry

REGION, MANAGER, REP, REP2 = "r1", "mgr", "rep1", "rep2"
YEAR = 2026


def outbox(store, table: str) -> list[OutboxEntry]:
    with store.read() as s:
        return list(s.exec(select(OutboxEntry).where(OutboxEntry.table_name == table)))
