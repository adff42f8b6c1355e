"""A push's revisions on PostgreSQL: everything written before the revision lock, numbered
in one statement under it.

The revision counter's lock orders commits by revision (revisions.py); every push takes it,
so pushes follow one another while they hold it, and the server's throughput is one over
the time it is held. Measured at 500 reps (decision 0029), a push held it for ~7 statements
(the ORM's flush of rows, change log, field versions, audit, outcomes) and a mean 26 ms of
wall clock for 3.4 ms of CPU: each round trip waits for the GIL and the scheduler again.

So a push on PostgreSQL writes everything first with *provisional* revisions (`PROVISIONAL`
+ its slot: negative, so below every cursor and every base revision, and never committed),
and then one statement takes the counter lock, allocates the batch's revisions, inserts
the change-log entries (keyed by revision, so they wait for the real number) and rewrites
every provisional revision of this transaction: rows, field versions, audit entries,
conflicts and the stored outcomes' `revision` and `row.revision`. The lock is held for that
statement and the commit: two round trips, however many rows the push wrote. The statement
counts what it stamped; a count that differs from what the push staged aborts the push.
SQLite keeps `PendingRevisions.assign` (its write lock is held for the whole push anyway).
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import bindparam, inspect, text
from sqlalchemy.dialects.postgresql import ARRAY, BIGINT, BOOLEAN, TEXT
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session

from desktop.models import SyncedBase
from server.models import AuditEntry, ChangeLog, Conflict, FieldVersion

PROVISIONAL = -(2 ** 30)  # slot k's provisional revision is PROVISIONAL + k (fits INTEGER)


def _real(column: str) -> str:
    return f"c.first + ({column} - {PROVISIONAL})"


def provisional(slots: list[list]) -> None:
    """Give every staged object its slot's provisional revision (a later slot wins, as
    with real revisions)."""
    for offset, objects in enumerate(slots):
        for obj in objects:
            obj.revision = PROVISIONAL + offset


def stamp_and_lock(session: Session, slots: list[list], conflicts: list[Conflict],
                   actor, seqs: list[int]) -> int:
    """Take the revision lock, number the slots and rewrite this push's provisional
    revisions (see the module's doc); returns the first revision. `provisional(slots)`,
    the outcomes and the mutation log (stored with provisional revisions) come first."""
    logs = [obj for objects in slots for obj in objects if isinstance(obj, ChangeLog)]
    for entry in logs:
        if not inspect(entry).pending:  # flushed already: it would keep its provisional number
            raise RuntimeError("stamping revisions: a change-log entry was written early")
        session.expunge(entry)  # inserted by the statement, with its real revision
    session.flush()
    rows: dict[str, set[str]] = defaultdict(set)
    versions: set[tuple[str, str, str]] = set()
    audits: set[int] = set()
    for objects in slots:
        for obj in objects:
            if isinstance(obj, SyncedBase):
                rows[obj.__tablename__].add(obj.id)
            elif isinstance(obj, FieldVersion):
                versions.add((obj.table_name, obj.row_id, obj.field))
            elif isinstance(obj, AuditEntry):
                audits.add(obj.id)
    params: dict = {"n": len(slots), "user": actor.user_id, "device": actor.device_id,
                    "seqs": list(seqs)}
    arrays = {"seqs": BIGINT}
    ctes, counts = [], []

    def cte(name: str, sql: str) -> None:
        ctes.append(f"{name} AS ({sql} RETURNING 1)")
        counts.append(f"(SELECT count(*) FROM {name})")

    columns = ("table_name", "row_id", "territory_id", "prev_territory_id", "region_id")
    for column in columns:
        params[f"log_{column}"] = [getattr(e, column) for e in logs]
        arrays[f"log_{column}"] = TEXT
    params["log_ref"], arrays["log_ref"] = [bool(e.ref) for e in logs], BOOLEAN
    params["log_rev"], arrays["log_rev"] = [e.revision for e in logs], BIGINT
    cte("log", "INSERT INTO srv_change_log (revision, " + ", ".join(columns) + ", ref) "
        f"SELECT {_real('l.rev')}, " + ", ".join(f"l.{c}" for c in columns) + ", l.ref "
        "FROM c, unnest(:log_rev, " + ", ".join(f":log_{c}" for c in columns)
        + ", :log_ref) AS l(rev, " + ", ".join(columns) + ", ref)")
    for number, (table, ids) in enumerate(sorted(rows.items())):
        params[f"ids{number}"], arrays[f"ids{number}"] = sorted(ids), TEXT
        cte(f"r{number}", f'UPDATE "{table}" t SET revision = {_real("t.revision")} FROM c '
            f"WHERE t.id = ANY(:ids{number}) AND t.revision < 0")
    ordered = sorted(versions)
    for index, name in enumerate(("fv_t", "fv_r", "fv_f")):
        params[name], arrays[name] = [key[index] for key in ordered], TEXT
    cte("fv", f"UPDATE srv_field_version t SET revision = {_real('t.revision')} "
        "FROM c, unnest(:fv_t, :fv_r, :fv_f) AS k(t, r, f) WHERE t.table_name = k.t "
        "AND t.row_id = k.r AND t.field = k.f AND t.revision < 0")
    params["audits"], arrays["audits"] = sorted(audits), BIGINT
    cte("au", f"UPDATE srv_audit_log t SET revision = {_real('t.revision')} FROM c "
        "WHERE t.id = ANY(:audits) AND t.revision < 0")
    params["conflicts"], arrays["conflicts"] = [c.id for c in conflicts], TEXT
    cte("cf", f"UPDATE srv_conflict t SET revision = {_real('t.revision')} FROM c "
        "WHERE t.id = ANY(:conflicts) AND t.revision < 0")
    rev1, rev2 = "(o1->>'revision')::bigint", "(o2->'row'->>'revision')::bigint"
    cte("ml", "UPDATE srv_mutation_log t SET outcome = s.outcome::json FROM ("
        f"SELECT m.seq, CASE WHEN jsonb_typeof(o2->'row') = 'object' AND {rev2} < 0 "
        f"THEN jsonb_set(o2, '{{row,revision}}', to_jsonb({_real(rev2)})) ELSE o2 END "
        "AS outcome FROM srv_mutation_log m CROSS JOIN c "
        "CROSS JOIN LATERAL (SELECT m.outcome::jsonb AS o1) x "
        "CROSS JOIN LATERAL (SELECT CASE WHEN jsonb_typeof(o1->'revision') = 'number' "
        f"AND {rev1} < 0 THEN jsonb_set(o1, '{{revision}}', to_jsonb({_real(rev1)})) "
        "ELSE o1 END AS o2) y "
        "WHERE m.user_id = :user AND m.device_id = :device AND m.seq = ANY(:seqs)) s "
        "WHERE t.user_id = :user AND t.device_id = :device AND t.seq = s.seq")
    sql = ("WITH c AS (UPDATE srv_revision_counter SET value = value + :n WHERE id = 1 "
           "RETURNING value - :n + 1 AS first), " + ", ".join(ctes)
           + " SELECT c.first, " + ", ".join(counts) + " FROM c")
    statement = text(sql).bindparams(*(bindparam(name, type_=ARRAY(kind))
                                       for name, kind in arrays.items()))
    first, *done = session.execute(statement, params).one()
    expected = [len(logs), *(len(ids) for _, ids in sorted(rows.items())), len(versions),
                len(audits), len(conflicts), len(seqs)]
    if list(done) != expected:
        raise RuntimeError(f"stamping revisions: wrote {done}, expected {expected}")
    for objects in slots:  # the session's objects now hold what the database holds
        for obj in objects:
            if not isinstance(obj, ChangeLog) and obj.revision is not None and obj.revision < 0:
                set_committed_value(obj, "revision", first + obj.revision - PROVISIONAL)
    for conflict in conflicts:
        set_committed_value(conflict, "revision", first + conflict.revision - PROVISIONAL)
    for entry in logs:
        entry.revision = first + entry.revision - PROVISIONAL
    return int(first)
