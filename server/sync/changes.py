"""Recording a change of a synced row on the server: its revision, the change log pulls
read, per-field versions for later merges, and the audit trail (who, when, device,
old → new). Every server-side write (push, admin CLI, import, demo seed) goes through here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import insert
from sqlmodel import Session, select

from desktop.models import SYNC_META_FIELDS, SyncedBase, row_values, synced_model, utcnow
from desktop.models.codec import encode_value, encode_values
from server.models import AuditEntry, ChangeLog, FieldVersion
from server.sync.revisions import next_revisions
from server.sync.scope import log_keys


@dataclass(frozen=True)
class Actor:
    """Who makes a change: a user on a device, or the server's own tools (user None)."""

    user_id: str | None
    device_id: str | None


SERVER_ACTOR = Actor(None, "server")


class PendingRevisions:
    """Revisions handed out just before commit (push): each change gets a slot of objects
    to stamp; `assign` takes the revision lock and numbers them, so the lock is held only
    for the final writes and the commit."""

    def __init__(self):
        self.slots: list[list] = []

    def new_slot(self) -> int:
        self.slots.append([])
        return len(self.slots) - 1

    def add(self, slot: int, obj) -> None:
        self.slots[slot].append(obj)

    def assign(self, session: Session) -> int | None:
        """Number every slot (in order); returns the first revision (None: no changes)."""
        if not self.slots:
            return None
        with session.no_autoflush:  # staged objects have no revision yet
            first = next_revisions(session, len(self.slots))
        for offset, objects in enumerate(self.slots):
            for obj in objects:
                obj.revision = first + offset
        return first


def save_row(session: Session, actor: Actor, table: str, row: SyncedBase,
             old: dict | None, *, pending: PendingRevisions | None = None,
             ) -> tuple[int | None, dict]:
    """Give `row` (already holding its new values) a new revision and record the change.
    `old` is the row's values before (None for a new row). Returns (revision, changed
    fields with their old values). With `pending`, the revision is assigned later by
    `pending.assign` and None is returned (the slot is `pending.slots[-1]`)."""
    slot = None
    if pending is not None:
        slot = pending.new_slot()
        revision = None
    else:
        with session.no_autoflush:  # the row's new values are written once, below
            revision = next_revisions(session)
    now = utcnow()
    row.revision = revision
    row.updated_at = now
    if old is None:
        row.created_at = now
    session.add(row)
    new = row_values(row)
    fields = [k for k in new if k not in SYNC_META_FIELDS]
    if old is None:  # a new row: every field that holds a value was set now
        changed = {k: None for k in fields if new[k] is not None}
    else:
        changed = {k: old.get(k) for k in fields if old.get(k) != new[k]}
    territory_id, region_id, ref = log_keys(table, new)
    prev_territory = None
    if old is not None and not ref and old.get("territory_id") != new.get("territory_id"):
        prev_territory = old.get("territory_id")
    created = [ChangeLog(revision=revision, table_name=table, row_id=row.id,
                         territory_id=territory_id, prev_territory_id=prev_territory,
                         region_id=region_id, ref=ref)]
    created += _record_field_versions(session, actor, table, row.id, changed, revision,
                                      new_row=old is None)
    created += _audit(actor, table, row.id, old, new, changed, revision)
    session.add_all(created)
    if slot is not None:
        for obj in (row, *created):
            pending.add(slot, obj)
    return revision, changed


def _record_field_versions(session, actor, table, row_id, changed, revision, *,
                           new_row) -> list:
    """Field-version objects to store (new ones and updated existing ones)."""
    if not changed:
        return []
    # Versions staged earlier in this transaction and not yet flushed (a push that changes
    # a row twice) are found here, not by the query.
    staged = session.info.setdefault("staged_field_versions", {})
    existing = {}
    if not new_row:
        with session.no_autoflush:
            existing = {fv.field: fv for fv in session.exec(
                select(FieldVersion).where(FieldVersion.table_name == table,
                                           FieldVersion.row_id == row_id,
                                           FieldVersion.field.in_(list(changed))))}
    out = []
    for name in changed:
        fv = staged.get((table, row_id, name)) or existing.get(name)
        if fv is None:
            fv = FieldVersion(table_name=table, row_id=row_id, field=name)
            staged[(table, row_id, name)] = fv
        fv.revision, fv.device_id, fv.user_id = revision, actor.device_id, actor.user_id
        out.append(fv)
    return out


def _audit(actor, table, row_id, old, new, changed, revision) -> list[AuditEntry]:
    if old is None:
        return [AuditEntry(user_id=actor.user_id, device_id=actor.device_id, action="create",
                           table_name=table, row_id=row_id,
                           new_value=encode_values({k: new[k] for k in changed}),
                           revision=revision)]
    action = "delete" if new.get("deleted") and not old.get("deleted") else "update"
    return [AuditEntry(user_id=actor.user_id, device_id=actor.device_id, action=action,
                       table_name=table, row_id=row_id, field=name,
                       old_value=encode_value(before), new_value=encode_value(new[name]),
                       revision=revision)
            for name, before in changed.items()]


def bulk_create_rows(session: Session, actor: Actor, table: str, rows: list[dict],
                     *, action: str = "import") -> int:
    """Insert many new rows at once (import, demo seed): one revision each, one change-log
    entry each, and one audit entry for the batch. Returns the last revision."""
    if not rows:
        return 0
    model = synced_model(table)
    first = next_revisions(session, len(rows))
    now = utcnow()
    columns = model.__table__.columns
    prepared, log = [], []
    for offset, values in enumerate(rows):
        row = model(**values)  # fills defaults (and ids) exactly as a client would
        data = row_values(row)
        data.update(revision=first + offset, created_at=now, updated_at=now)
        prepared.append({c.name: data[c.name] for c in columns})
        territory_id, region_id, ref = log_keys(table, data)
        log.append({"revision": first + offset, "table_name": table, "row_id": data["id"],
                    "territory_id": territory_id, "prev_territory_id": None,
                    "region_id": region_id, "ref": ref})
    session.execute(insert(model.__table__), prepared)
    session.execute(insert(ChangeLog.__table__), log)
    session.add(AuditEntry(user_id=actor.user_id, device_id=actor.device_id, action=action,
                           table_name=table, new_value={"rows": len(rows)},
                           revision=first + len(rows) - 1))
    return first + len(rows) - 1
