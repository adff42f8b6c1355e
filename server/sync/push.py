"""Push: apply a batch of a device's mutations in order, each judged on its own (merged
per field, checked against the server rules), with every outcome stored under
(user, device_id, seq) in the same transaction so that a replay changes nothing and answers the
same.

Rows a mutation reads are locked (`FOR UPDATE` on PostgreSQL; SQLite's write lock covers
all), so concurrent pushes cannot lose each other's updates. Nothing is written until the
whole batch has been judged; then its rows are written and the batch takes its revisions
from the counter, stamps its rows, writes its records and stored answers and commits, on
PostgreSQL as one message the database runs back to back (`PendingRevisions.commit`,
decision 0038). The revision lock is held only while the database runs them, and
revisions still commit in order.
"""

from __future__ import annotations

from sqlalchemy import bindparam, or_
from sqlalchemy.orm.attributes import set_attribute
from sqlmodel import Session, select

from desktop.models import SYNC_META_FIELDS, SYNCED_MODELS, ComplaintRoute, synced_model
from desktop.models.base import default_values
from desktop.models.codec import encode_value
from desktop.models.validation import unknown_fields
from server.core.wire import text_problem
from server.models import Conflict, FieldVersion
from server.sync.changes import Actor, PendingRevisions, save_row
from server.sync.devices import lock_device, log_outcomes, same_device, stored_outcomes
from server.sync.new_rows import defaulted_columns
from server.sync.push_outcomes import Applied, Outcome, Rejected, response_body, stamp
from server.sync.references import (
    check_references,
    parent_territory,
    prefetch,
    settled_territory,
)
from server.sync.revisions import current_revision
from server.sync.row_state import encoded, unsaved_row, values_of
from server.sync.rules import Rejection, check_mutation
from server.sync.scope import REFERENCE_TABLES, Scope
from server.sync.territory_moves import conflict_owner, with_grace
from server.sync.values import check_names, decode_changes

# Field versions of rows, as plain columns (no ORM objects: only read, never written back;
# built once: building a statement costs CPU).
_VERSIONS = select(FieldVersion.row_id, FieldVersion.field, FieldVersion.revision,
                   FieldVersion.device_id, FieldVersion.user_id).where(
    FieldVersion.table_name == bindparam("table"),
    FieldVersion.row_id.in_(bindparam("rows", expanding=True)),
    FieldVersion.field.in_(bindparam("fields", expanding=True)))


class Batch:
    """The rows one push has read or created (locked, cached) and its pending revisions."""

    def __init__(self, session: Session):
        self.session = session
        self.pending = PendingRevisions(session)
        self.rows: dict[tuple[str, str], object] = {}
        self.row_slot: dict[tuple[str, str], int] = {}  # latest pending change of a row
        # (table, row id) -> {field: its version}, read for the whole batch (prefetch)
        self.versions: dict[tuple[str, str], dict] = {}
        self.lock = session.get_bind().dialect.name == "postgresql"

    def get(self, table: str, row_id: str):
        key = (table, row_id)
        if key not in self.rows:
            self.rows[key] = self.session.get(synced_model(table), row_id,
                                              with_for_update=self.lock or None)
        return self.rows[key]

    def created(self, table: str, row) -> None:
        self.rows[(table, row.id)] = row
        self.versions[(table, row.id)] = {}  # a new row has none stored (an update later
        # in the batch need not ask)

    def field_versions(self, table: str, row_id: str, fields: list[str]) -> dict:
        """{field: FieldVersion} stored for these fields of a row (prefetched for the
        rows of the batch; read here for any other)."""
        known = self.versions.get((table, row_id))
        if known is None:
            return {fv.field: fv for fv in self.session.execute(_VERSIONS, {
                "table": table, "rows": [row_id], "fields": fields})}
        return {name: known[name] for name in fields if name in known}

    def route_handler(self, kind: str, region_id: str | None) -> str | None:
        """The handler the company's rule names for complaints of `kind` in the region (its
        own rule first, else the company-wide one)."""
        routes = self.session.exec(select(ComplaintRoute).where(
            ComplaintRoute.kind == kind, ComplaintRoute.deleted == False,  # noqa: E712
            or_(ComplaintRoute.region_id == region_id, ComplaintRoute.region_id.is_(None)))
        ).all()
        routes = sorted(routes, key=lambda r: (r.region_id is None, r.id))
        return routes[0].handler_user_id if routes else None


def push_batch(session: Session, *, scope: Scope, actor: Actor, mutations: list[dict],
               commit: bool = False) -> dict:
    """Apply `mutations` (dicts with seq, table, row_id, op, base_revision, changes, and
    optionally field_bases) in order, and commit if `commit` (else the caller does).
    Returns the response body of POST /sync/push."""
    lock_device(session, actor)
    seqs = [m["seq"] for m in mutations]
    answered = stored_outcomes(session, actor, seqs)
    batch = Batch(session)
    fresh: dict[int, Outcome] = {}
    with session.no_autoflush:
        prefetch(batch, [m for m in mutations if m["seq"] not in answered])
        prefetch_versions(batch, [m for m in mutations if m["seq"] not in answered])
        for mutation in mutations:
            seq = mutation["seq"]
            if seq in answered or seq in fresh:
                continue
            try:
                fresh[seq] = apply_mutation(batch, scope, actor, mutation)
            except Rejection as rejection:
                fresh[seq] = rejected(batch, scope, mutation, rejection)
    # The rows are written, then the batch's revisions taken and everything numbered by
    # the database, stored and committed: on PostgreSQL in one round trip, so the revision
    # lock is held only while the database works (decision 0038). The stored answers get
    # their revisions from the database too; the caller's answer once they are known.
    stored = {seq: response_body(outcome) for seq, outcome in fresh.items()}
    slots = {seq: outcome.slot for seq, outcome in fresh.items() if outcome.slot is not None}
    newest = current_revision(session) if not batch.pending.slots else None
    first = batch.pending.commit(session, lambda trip, at_slot: log_outcomes(
        trip, actor, stored, {seq: at_slot(slot) for seq, slot in slots.items()}),
        commit=commit)
    for seq, outcome in fresh.items():
        stamp(outcome, first)
        answered[seq] = response_body(outcome)
    last = first + len(batch.pending.slots) - 1 if first is not None else newest
    return {"results": [answered[seq] for seq in seqs], "server_revision": last}


def prefetch_versions(batch: Batch, mutations: list[dict]) -> None:
    """Read the field versions an update of the batch may merge against, one query per
    table (after `prefetch` locked the rows: a push that changed them has committed)."""
    wanted: dict[str, tuple[set[str], set[str]]] = {}
    for mutation in mutations:
        table, row_id = mutation["table"], mutation["row_id"]
        if mutation["op"] != "update" or batch.rows.get((table, row_id)) is None:
            continue
        rows, fields = wanted.setdefault(table, (set(), set()))
        rows.add(row_id)
        fields.update(name for name in (mutation.get("changes") or {})
                      if isinstance(name, str) and text_problem(name) is None)
    for table, (rows, fields) in wanted.items():
        ids = sorted(rows)
        for row_id in ids:
            batch.versions[(table, row_id)] = {}
        for start in range(0, len(ids), 500):
            for fv in batch.session.execute(_VERSIONS, {
                    "table": table, "rows": ids[start:start + 500], "fields": sorted(fields)}):
                batch.versions[(table, fv.row_id)][fv.field] = fv


def rejected(batch: Batch, scope: Scope, mutation: dict, rejection: Rejection) -> Rejected:
    """The answer to a refused mutation, with the server's row if the caller may see it."""
    table, row_id = mutation["table"], mutation["row_id"]
    row = visible_row(batch, scope, table, row_id)
    slot = batch.row_slot.get((table, row_id)) if row is not None else None
    return Rejected(mutation["seq"], rejection.code, rejection.reason, row, slot)


def visible_row(batch: Batch, scope: Scope, table: str, row_id: str) -> dict | None:
    """The server's current row, encoded, if it exists and the caller may see it."""
    if table not in SYNCED_MODELS:
        return None
    row = batch.get(table, row_id)
    if row is None:
        return None
    values = values_of(row)
    return encoded(table, values) if scope.can_read(table, values) else None


def _decoded_changes(table: str, mutation: dict) -> dict:
    if table not in SYNCED_MODELS:
        raise Rejection("unknown_table", f"This server has no table {table!r}; the client may "
                        "be newer than the server.")
    changes = dict(mutation.get("changes") or {})
    check_names(table, changes)
    if changes.get("id", mutation["row_id"]) != mutation["row_id"]:
        raise Rejection("bad_value", "The id in the changes differs from the row id.")
    changes.pop("id", None)
    unknown = unknown_fields(table, changes)
    if unknown:
        raise Rejection("unknown_field", f"{table} has no field(s) {', '.join(unknown)}.")
    server_owned = sorted(set(changes) & (SYNC_META_FIELDS - {"id"}))
    if server_owned:
        raise Rejection("bad_value", f"{', '.join(server_owned)} are set by the server only.")
    if mutation["op"] != "delete" and "deleted" in changes:
        raise Rejection("bad_value", "Send a delete to remove a record; an update cannot set "
                        "'deleted'.")
    return decode_changes(table, changes)


def apply_mutation(batch: Batch, scope: Scope, actor: Actor, mutation: dict) -> Applied:
    """Judge one mutation (a refusal raises Rejection); changes are staged in the session,
    revisions come later."""
    session = batch.session
    table, row_id, op = mutation["table"], mutation["row_id"], mutation["op"]
    changes = _decoded_changes(table, mutation)
    model = synced_model(table)
    row = batch.get(table, row_id)
    old = values_of(row) if row is not None else None
    own_scope = scope
    scope = with_grace(session, scope, actor, table=table, row=row,
                       base_revision=mutation.get("base_revision") or 0,
                       territories={(old or {}).get("territory_id"), changes.get("territory_id"),
                                    parent_territory(batch.get, table, {**(old or {}),
                                                                        **changes})})
    if old is not None and not scope.can_read(table, old) and not scope.is_admin:
        raise Rejection("forbidden", "This record belongs to a territory outside yours.")

    def staged(row, changed: bool = True) -> Applied:
        key = (table, row.id)
        if changed:
            batch.row_slot[key] = len(batch.pending.slots) - 1
        return Applied(mutation["seq"], encoded(table, values_of(row)), row.revision,
                       slot=batch.row_slot.get(key))

    if op == "delete":
        if row is None:
            raise Rejection("not_found", "This record does not exist on the server; there is "
                            "nothing to delete.")
        if row.deleted:
            return staged(row, changed=False)
        check_mutation(batch.get, scope, table, "delete", old, {**old, "deleted": True},
                       session=session)
        row.deleted = True
        save_row(session, actor, table, row, old, pending=batch.pending)
        return staged(row)

    if row is not None and row.deleted:
        raise Rejection("deleted", "This record was deleted on the server; your change was "
                        "not applied.")
    if row is None:
        if op == "update":
            raise Rejection("not_found", "This record does not exist on the server (its "
                            "creation may have been rejected); create it again.")
        new = _new_row_values(batch, scope, model, row_id, changes)
        check_references(batch.get, scope, table, None, new)
        new.update(settled_territory(batch.get, table, new))
        check_mutation(batch.get, scope, table, "create", None, new, routes=batch.route_handler,
                       session=session)
        row = unsaved_row(model, new)  # (checked above: no pydantic model, ~4× the CPU)
        save_row(session, actor, table, row, None, pending=batch.pending)
        batch.created(table, row)
        return staged(row)

    taken, conflicts = merge_fields(batch, table, old, changes,
                                    mutation.get("base_revision") or 0, actor,
                                    field_bases=mutation.get("field_bases") or {})
    check_references(batch.get, scope, table, old, {**old, **taken})
    taken.update(settled_territory(batch.get, table, {**old, **taken}))
    new = {**old, **taken}
    check_mutation(batch.get, scope, table, "update", old, new, routes=batch.route_handler,
                   session=session)
    changed = any(old[k] != v for k, v in taken.items())
    if changed:
        for key, value in taken.items():
            set_attribute(row, key, value)
        save_row(session, actor, table, row, old, pending=batch.pending)
    outcome = staged(row, changed)
    loser = conflict_owner(batch.get, own_scope, actor, new.get("territory_id"))
    for name, (yours, theirs) in conflicts.items():
        conflict = Conflict(table_name=table, row_id=row_id, field=name,
                            your_value=encode_value(yours), server_value=encode_value(theirs),
                            device_id=actor.device_id, user_id=loser,
                            revision=row.revision)
        session.add(conflict)
        outcome.conflicts.append(conflict)
        if outcome.slot is not None:  # (it takes the change's revision)
            batch.pending.add(outcome.slot, conflict)
    return outcome


def merge_fields(batch: Batch, table: str, old: dict, changes: dict, base_revision: int,
                 actor: Actor, *, field_bases: dict[str, int] | None = None
                 ) -> tuple[dict, dict]:
    """Split `changes` into fields taken and conflicts {field: (yours, server's)}.

    A field is taken when it has not changed on the server since its base (its entry in
    `field_bases`, else `base_revision`), or its last change came from the same device;
    otherwise, if the values differ, the server's value wins (first to reach the server)
    and the client's is kept as a conflict. A field's base is never later than
    `base_revision`: the client saw no field of the row after the row's revision."""
    field_bases = field_bases or {}
    differing = [k for k, v in changes.items() if old.get(k) != v]
    versions = batch.field_versions(table, old["id"], differing) if differing else {}
    pending = batch.pending.records
    taken, conflicts = {}, {}
    for name, value in changes.items():
        version = versions.get(name)
        base = min(field_bases.get(name, base_revision), base_revision)
        # (a field changed earlier in this very push was changed by this device)
        if (name in differing and version is not None and version.revision > base
                and not same_device(version, actor)
                and not pending.pending_version(table, old["id"], name)):
            conflicts[name] = (value, old.get(name))
        else:
            taken[name] = value
    return taken, conflicts


def _new_row_values(batch: Batch, scope: Scope, model, row_id: str, changes: dict) -> dict:
    """The values of a new row: its table's defaults, then the changes. A None sent for a
    column that has a default keeps the default, which the INSERT would store in its place
    (`new_rows`): the push answers with the row as stored, and the pusher, which takes the
    answer's row, holds what everyone else pulls."""
    values = default_values(model)
    defaulted = defaulted_columns(model.__tablename__)
    values.update((name, value) for name, value in changes.items()
                  if value is not None or name not in defaulted or values.get(name) is None)
    values.update(id=row_id, deleted=False, revision=0)
    table = model.__tablename__
    if table not in REFERENCE_TABLES and values.get("territory_id") is None:
        values["territory_id"] = _inherited_territory(batch, scope, table, values)
    return values


def _inherited_territory(batch: Batch, scope: Scope, table: str, values: dict) -> str | None:
    inherited = parent_territory(batch.get, table, values)
    if inherited is not None:
        return inherited
    if scope.territory_ids is not None and len(scope.territory_ids) == 1:
        return next(iter(scope.territory_ids))
    return None
