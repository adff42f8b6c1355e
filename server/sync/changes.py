"""Recording a change of a synced row on the server: its revision, the change log pulls
read, per-field versions for later merges, and the audit trail (who, when, device,
old → new). Every server-side write (push, admin CLI, import, demo seed) goes through here.

The records are written as bulk Core statements (one `INSERT` per table for a whole push,
field versions as one upsert), not as ORM objects: building, tracking and flushing an ORM
object per record cost more server CPU than the rest of a push (docs/decisions/0033).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import BigInteger, bindparam, insert, inspect, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm.attributes import set_attribute, set_committed_value
from sqlmodel import Session

from desktop.models import SYNC_META_FIELDS, SyncedBase, row_values, synced_model, utcnow
from desktop.models.codec import encode_value
from server.core.db import SentTogether
from server.models import AuditEntry, ChangeLog, Conflict, FieldVersion, RevisionCounter
from server.sync.new_rows import insert_new_rows
from server.sync.revisions import next_revisions, take_revisions
from server.sync.row_state import encoded, values_of
from server.sync.scope import log_keys


@dataclass(frozen=True)
class Actor:
    """Who makes a change: a user on a device, or the server's own tools (user None)."""

    user_id: str | None
    device_id: str | None


SERVER_ACTOR = Actor(None, "server")


class ChangeRecords:
    """The change-log entries, field versions and audit entries of changes not yet written,
    as parameter dicts; each knows the slot (the change) whose revision it gets. A field
    changed twice keeps its last version only."""

    def __init__(self):
        self.log: list[tuple[int, dict]] = []
        self.audit: list[tuple[int, dict]] = []
        self.versions: dict[tuple[str, str, str], tuple[int, dict]] = {}

    def add(self, slot: int, *, log: dict, versions: list[dict], audit: list[dict]) -> None:
        self.log.append((slot, log))
        self.audit.extend((slot, entry) for entry in audit)
        for version in versions:
            key = (version["table_name"], version["row_id"], version["field"])
            self.versions.pop(key, None)  # (re-inserted: the dict keeps the order of slots)
            self.versions[key] = (slot, version)

    def pending_version(self, table: str, row_id: str, field: str) -> bool:
        """Whether this batch changed the field already (the change is this device's)."""
        return (table, row_id, field) in self.versions

    def write(self, session: Session | SentTogether, count: int) -> None:
        """Write them all: each takes its revision from the counter, which the same
        transaction has just advanced by the `count` revisions of the batch (slot k gets
        counter - (count - 1 - k)). Numbered by the database, the records can be sent
        together with the statement that takes the revisions (`PendingRevisions.commit`)."""
        for records in (self.log, self.audit, self.versions.values()):
            for slot, params in records:
                params["back"] = count - 1 - slot
        if self.log:
            session.execute(_INSERT_LOG, [p for _, p in self.log])
        if self.versions:
            _upsert_versions(session, [p for _, p in self.versions.values()])
        if self.audit:
            session.execute(_INSERT_AUDIT, [p for _, p in self.audit])


#: The revision of a batch's slot, computed by the database from the counter the
#: transaction has advanced: counter value - `back` (the slots after it).
AT_SLOT = (select(RevisionCounter.value).where(RevisionCounter.id == 1).scalar_subquery()
            - bindparam("back", type_=BigInteger))
_INSERT_LOG = insert(ChangeLog.__table__).values(revision=AT_SLOT).inline()
_INSERT_AUDIT = insert(AuditEntry.__table__).values(revision=AT_SLOT).inline()


def _upsert_versions(session: Session, params: list[dict]) -> None:
    """Insert field versions, replacing those of the same (table, row, field)."""
    session.execute(_version_upsert(session.get_bind().dialect.name), params)


@functools.cache
def _version_upsert(dialect_name: str):
    """The upsert of field versions, built once per dialect (building costs CPU)."""
    table = FieldVersion.__table__
    dialect = postgresql if dialect_name == "postgresql" else sqlite
    statement = dialect.insert(table).values(revision=AT_SLOT).inline()
    return statement.on_conflict_do_update(
        index_elements=[table.c.table_name, table.c.row_id, table.c.field],
        set_={name: statement.excluded[name] for name in ("revision", "device_id", "user_id")})


@functools.cache
def _set_revision(table: str):
    """UPDATE <table> SET revision = its slot's WHERE id (rows and conflict records)."""
    target = Conflict.__table__ if table == Conflict.__tablename__ else synced_model(table).__table__
    return update(target).where(target.c.id == bindparam("stamped_id")).values(revision=AT_SLOT)


class PendingRevisions:
    """Revisions handed out at commit (push): each change gets a slot, the objects that
    take its revision (the row, conflict records) and its records (`records`).

    `commit` writes the rows first (they carry their previous revision, a new row 0, which
    no other transaction can see) and then, on PostgreSQL in one round trip, takes the
    batch's revisions from the counter (its lock is held from here to the commit), stamps
    the rows and conflict records, writes the records and the push's stored answers, and
    commits. The database numbers them from the counter, so nothing
    waits on Python while the lock is held and revisions still commit in order (decision
    0038).

    Rows new in the batch (`created`) are kept out of the session: they are inserted with
    their final values by one INSERT per table (`_insert_created`, `new_rows`), what the
    session's flush would store, without its per-object bookkeeping (adding, identity map,
    history, the objects made persistent), which nothing after a push reads. Rules that
    look at what the push has staged find them with `created_in_push` beside
    `session.new`."""

    def __init__(self, session: Session | None = None):
        self.slots: list[list] = []
        self.records = ChangeRecords()
        self.created: dict[tuple[str, str], SyncedBase] = {}
        if session is not None:  # (the push's session: `created_in_push`)
            session.info[_CREATED_IN_PUSH] = self.created

    def is_created(self, table: str, row: SyncedBase) -> bool:
        """Whether `row` is new in this batch (inserted at commit, not by the session)."""
        return self.created.get((table, row.id)) is row

    def new_slot(self) -> int:
        self.slots.append([])
        return len(self.slots) - 1

    def add(self, slot: int, obj) -> None:
        self.slots[slot].append(obj)

    def commit(self, session: Session, also: Callable[[SentTogether, Callable[[int], dict]], None],
               *, commit: bool = True) -> int | None:
        """Write everything (see the class) and commit if `commit`. `also(trip, at_slot)`
        writes more in the same round trip; `at_slot(slot)` gives the parameters numbering
        a statement built with `AT_SLOT`. Returns the first revision (None: no changes)."""
        count = len(self.slots)
        trip = SentTogether(session)
        if not trip.together:  # (SQLite: its write lock covers the push; numbered first)
            return self._numbered_then_written(session, trip, also, commit)
        self._insert_created(session, trip)  # the rows and conflict records, before the
        # revision lock
        first = take_revisions(trip, count) if count else None
        stamps: dict[str, list[dict]] = {}
        for slot, objects in enumerate(self.slots):
            for obj in objects:
                stamps.setdefault(obj.__tablename__, []).append(
                    {"stamped_id": obj.id, "back": count - 1 - slot})
        for table, params in stamps.items():
            trip.execute(_set_revision(table), params)
        self.records.write(trip, count)
        also(trip, lambda slot: {"back": count - 1 - slot})
        trip.send(commit=commit)
        if first is None:
            return None
        first = first()
        for slot, objects in enumerate(self.slots):  # (as if loaded so: nothing to write)
            for obj in objects:
                set_committed_value(obj, "revision", first + slot)
        return first

    def _numbered_then_written(self, session, trip, also, commit: bool) -> int | None:
        """`commit` where statements run one at a time: the revisions first, then the rows
        with theirs (no second write of each row), the records, the answers."""
        count = len(self.slots)
        with session.no_autoflush:  # (an autoflush here would write each row twice)
            first = next_revisions(session, count) if count else None
        for slot, objects in enumerate(self.slots):
            for obj in objects:
                set_attribute(obj, "revision", first + slot)
        self._insert_created(session, trip)
        self.records.write(trip, count)
        also(trip, lambda slot: {"back": count - 1 - slot})
        trip.send(commit=commit)
        return first

    def _insert_created(self, session: Session, trip: SentTogether) -> None:
        """Flush the session, then INSERT the batch's new rows as they are now (after any
        later change in the batch), a None left to the column's default as the flush does
        (`new_rows`)."""
        session.flush()
        session.info.pop(_CREATED_IN_PUSH, None)
        by_table: dict[str, list[dict]] = {}
        for (table, _), row in self.created.items():
            if inspect(row).transient:  # (one the session holds, it has written)
                by_table.setdefault(table, []).append(values_of(row))
        for table, rows in by_table.items():
            insert_new_rows(session, trip, table, rows)


#: session.info key of the rows the push in progress has created ({(table, id): row})
_CREATED_IN_PUSH = "rounds.created_in_push"


def created_in_push(session: Session) -> dict[tuple[str, str], SyncedBase]:
    """The rows the push in progress has created so far, {(table, id): row}: they are not
    in the session (`PendingRevisions`), and not written before the push commits."""
    return session.info.get(_CREATED_IN_PUSH, {})


def save_row(session: Session, actor: Actor, table: str, row: SyncedBase,
             old: dict | None, *, pending: PendingRevisions | None = None,
             ) -> tuple[int | None, dict]:
    """Give `row` (already holding its new values) a new revision and record the change.
    `old` is the row's values before (None for a new row). Returns (revision, changed
    fields with their old values). With `pending`, the revision is assigned and the records
    written by `pending.commit`, and None is returned (the slot is `pending.slots[-1]`)."""
    if pending is not None:
        # (the row keeps its revision, a new row 0, until `pending.commit` numbers it)
        slot, revision, records = pending.new_slot(), None, pending.records
    else:
        with session.no_autoflush:  # the row's new values are written once, below
            revision = next_revisions(session)
        slot, records = 0, ChangeRecords()
    now = utcnow()
    # SQLAlchemy's own setter: SQLModel's setattr also runs pydantic's, ~4× the CPU, for
    # nothing a synced row needs (its values are read back from the instance: values_of)
    if revision is not None:
        set_attribute(row, "revision", revision)
    set_attribute(row, "updated_at", now)
    if old is None:
        set_attribute(row, "created_at", now)
    if pending is not None and old is None:
        pending.created[(table, row.id)] = row  # (inserted by `pending.commit`)
    elif pending is None or not pending.is_created(table, row):
        session.add(row)
    new = values_of(row)
    fields = [k for k in new if k not in SYNC_META_FIELDS]
    if old is None:  # a new row: every field that holds a value was set now
        changed = {k: None for k in fields if new[k] is not None}
    else:
        changed = {k: old.get(k) for k in fields if old.get(k) != new[k]}
    territory_id, region_id, ref = log_keys(table, new)
    prev_territory = None
    if old is not None and not ref and old.get("territory_id") != new.get("territory_id"):
        prev_territory = old.get("territory_id")
    records.add(slot, log={"table_name": table, "row_id": row.id,
                           "territory_id": territory_id, "prev_territory_id": prev_territory,
                           "region_id": region_id, "ref": ref},
                versions=[{"table_name": table, "row_id": row.id, "field": name,
                           "device_id": actor.device_id,
                           "user_id": actor.user_id} for name in changed],
                audit=_audit(actor, table, row.id, old, new, changed, now))
    if pending is not None:
        pending.add(slot, row)
    else:
        records.write(session, 1)  # (slot 0 of 1: the counter's value, `revision`)
    return revision, changed


def _audit(actor, table, row_id, old, new, changed, now) -> list[dict]:
    def entry(action, field=None, old_value=None, new_value=None) -> dict:
        return {"at": now, "user_id": actor.user_id, "device_id": actor.device_id,
                "action": action, "table_name": table, "row_id": row_id, "field": field,
                "old_value": old_value, "new_value": new_value}

    if old is None:
        return [entry("create", new_value=encoded(table, {k: new[k] for k in changed}))]
    action = "delete" if new.get("deleted") and not old.get("deleted") else "update"
    return [entry(action, name, encode_value(before), encode_value(new[name]))
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
