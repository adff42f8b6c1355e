"""The single write path: every change to a synced row goes through a `Writer`, obtained from
`Store.write()` (or its one-shot helpers `create`, `update`, `delete`).

In one SQLite transaction the writer validates the row, stores it, records the outbox entry
the sync will push, and runs the write hooks (the customer search index). A crash at any
point leaves either all of that or none of it. Rows the sync pulls from the server go
through `apply_remote` (or the bulk methods of `BulkLoad`), which run the same hooks but
record no outbox entry.
"""

from __future__ import annotations

from typing import TypeVar

from sqlmodel import Session, select

from desktop.models import (
    SYNC_META_FIELDS,
    Complaint,
    ComplaintEvent,
    SyncedBase,
    new_id,
    row_values,
    utcnow,
)
from desktop.models.codec import encode_values
from desktop.models.validation import validate_row
from desktop.store.bulk_load import BulkLoad
from desktop.store.hooks import run_write_hooks
from desktop.store.local_tables import OutboxEntry

T = TypeVar("T", bound=SyncedBase)


class RowNotFound(LookupError):
    """The row does not exist locally, or was deleted."""

    def __init__(self, table: str, row_id: str):
        super().__init__(f"{table} {row_id} does not exist or was deleted")
        self.table, self.row_id = table, row_id


class Writer(BulkLoad):
    """Writes inside one open transaction; obtained from `Store.write()`."""

    def __init__(self, session: Session):
        self.session = session

    # -- local changes (recorded in the outbox) -------------------------------------------
    def create(self, model: type[T], values: dict | None = None, *, priority: int = 0,
               **fields) -> T:
        data = {**(values or {}), **fields}
        data.setdefault("id", new_id())
        row = model(**data)
        now = utcnow()
        row.created_at = row.updated_at = now
        row.revision = 0
        row.deleted = False
        validate_row(model.__tablename__, row_values(row))
        self.session.add(row)
        self.session.flush()
        changes = {k: v for k, v in row_values(row).items()
                   if k not in SYNC_META_FIELDS and k != "deleted"}
        self._record(model.__tablename__, row.id, "create", changes, 0, priority)
        self._after_write(model.__tablename__, row)
        return row

    def update(self, model: type[T], row_id: str, changes: dict | None = None, *,
               priority: int = 0, **fields) -> T:
        data = {**(changes or {}), **fields}
        forbidden = sorted(set(data) & (SYNC_META_FIELDS | {"deleted"}))
        if forbidden:
            raise ValueError(f"cannot change {', '.join(forbidden)} directly")
        row = self.get(model, row_id)
        changed = {k: v for k, v in data.items() if getattr(row, k) != v}
        if not changed:
            return row
        changed.update(_tier_history(model.__tablename__, row, changed))
        candidate = {**row_values(row), **changed}
        validate_row(model.__tablename__, candidate)
        for key, value in changed.items():
            setattr(row, key, value)
        row.updated_at = utcnow()
        self.session.add(row)
        self.session.flush()
        self._record(model.__tablename__, row.id, "update", changed, row.revision, priority,
                     field_bases=self._older_bases(model.__tablename__, row.id, changed,
                                                   row.revision))
        self._after_write(model.__tablename__, row)
        return row

    def delete(self, model: type[T], row_id: str, *, priority: int = 0) -> None:
        """Mark the row deleted (a tombstone that syncs); it disappears from every view."""
        row = self.get(model, row_id)
        row.deleted = True
        row.updated_at = utcnow()
        self.session.add(row)
        self.session.flush()
        self._record(model.__tablename__, row.id, "delete", {"deleted": True}, row.revision,
                     priority)
        self._after_write(model.__tablename__, row)

    def get(self, model: type[T], row_id: str) -> T:
        row = self.session.get(model, row_id)
        if row is None or row.deleted:
            raise RowNotFound(model.__tablename__, row_id)
        return row

    # -- rows from the server (no outbox entry) -------------------------------------------
    def apply_remote(self, model: type[T], values: dict) -> T:
        """Insert or overwrite a row with the server's values (decoded Python values)."""
        row = self.session.get(model, values["id"])
        if row is None:
            row = model(**values)
        else:
            for key, value in values.items():
                setattr(row, key, value)
        self.session.add(row)
        self.session.flush()
        self._after_write(model.__tablename__, row)
        return row

    def remove_local(self, model: type[T], row_id: str) -> None:
        """Drop a row that left this user's scope (no tombstone, nothing to push)."""
        row = self.session.get(model, row_id)
        if row is not None:
            row.deleted = True
            self._after_write(model.__tablename__, row)
            self.session.delete(row)
            self.session.flush()

    # -- internals ------------------------------------------------------------------------
    def _record(self, table: str, row_id: str, op: str, changes: dict, base_revision: int,
                priority: int, *, field_bases: dict[str, int] | None = None) -> None:
        priority = max(priority, self._urgent_priority(table, row_id))
        entry = OutboxEntry(table_name=table, row_id=row_id, op=op,
                            changes=encode_values(changes), base_revision=base_revision,
                            field_bases=field_bases or {}, priority=priority)
        self.session.add(entry)

    def _older_bases(self, table: str, row_id: str, fields: dict, revision: int
                     ) -> dict[str, int]:
        """The fields of `fields` the user last saw, as the server had them, before the
        row's `revision`, with that revision: a field with a pending edit (unsent or in
        flight) has shown the user's own value since that edit's base, whatever later pulls
        brought (they are rebased under it). The other fields were seen at `revision`."""
        seen: dict[str, int] = {}
        for entry in self.session.exec(select(OutboxEntry).where(
                OutboxEntry.table_name == table, OutboxEntry.row_id == row_id)
                .order_by(OutboxEntry.seq)):
            for name in entry.changes:  # the first pending edit of a field holds its base
                seen.setdefault(name, entry.field_bases.get(name, entry.base_revision))
        return {name: seen[name] for name in fields
                if name in seen and seen[name] < revision}

    def _urgent_priority(self, table: str, row_id: str) -> int:
        """Suspected adverse reactions and their workflow events reach pharmacovigilance
        first: their outbox entries are pushed before everything else, whoever wrote them."""
        if table == "complaint_event":
            event = self.session.get(ComplaintEvent, row_id)
            row_id, table = (event.complaint_id if event else ""), "complaint"
        if table == "complaint":
            complaint = self.session.get(Complaint, row_id)
            if complaint is not None and complaint.kind == "adverse_reaction":
                return 1
        return 0

    def _after_write(self, table: str, row: SyncedBase) -> None:
        run_write_hooks(self.session, table, row)


def _tier_history(table: str, row: SyncedBase, changed: dict) -> dict:
    """A customer's tier change keeps the tier it had and when it changed."""
    if table != "customer" or "tier" not in changed or row.tier is None:
        return {}
    return {"previous_tier": row.tier, "tier_changed_at": utcnow()}
