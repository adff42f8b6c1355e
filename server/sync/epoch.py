"""The server's epoch and the check of what a client saw the server confirm.

A database restored from a backup goes back in time: revisions after the backup are gone,
and the server hands them out again to new changes. A client notices through the epoch
(new after `rounds-server restored-from-backup`), through a cursor above the server's
revision, or, when IT ran no command and the server has since moved past the client's
cursor, by asking `verify_rows` whether the server still holds changes it once confirmed
(docs/decisions/0021).
"""

from __future__ import annotations

import functools
import logging
import secrets

from sqlalchemy import bindparam, select, text
from sqlmodel import Session

from desktop.models import SYNCED_MODELS, utcnow
from server.models import ChangeLog, ServerEpoch
from server.sync.revisions import lock_revisions
from server.sync.scope import SCOPE_COLUMNS, Scope

log = logging.getLogger(__name__)

MAX_VERIFY = 500  # rows a verify request may ask about


def current_epoch(session: Session) -> str:
    """The epoch clients see in pull and snapshot answers."""
    row = session.get(ServerEpoch, 1)
    return row.epoch if row is not None else ""


_REVISION_AND_EPOCH = text("SELECT c.value, e.epoch FROM srv_revision_counter c "
                           "LEFT JOIN srv_epoch e ON e.id = 1 WHERE c.id = 1")


def revision_and_epoch(session: Session) -> tuple[int, str]:
    """The committed revision (`current_revision`) and the epoch, in one query (every
    verify and pull page asks for both)."""
    revision, epoch = session.connection().execute(_REVISION_AND_EPOCH).one()
    return int(revision), epoch or ""


def start_new_epoch(session: Session) -> ServerEpoch:
    """Begin a new epoch at the current revision (the caller commits). For a database just
    restored from a backup: every client then re-sends what the server lost and downloads
    everything afresh."""
    revision = lock_revisions(session)
    row = session.get(ServerEpoch, 1) or ServerEpoch(id=1)
    row.epoch = secrets.token_hex(16)
    row.revision = revision
    row.started_at = utcnow()
    session.add(row)
    log.warning("new server epoch %s at revision %s (restored from a backup)", row.epoch,
                revision)
    return row


# (built once: building a statement costs more CPU than running it)
_LOGGED = select(ChangeLog.revision, ChangeLog.table_name, ChangeLog.row_id).where(
    ChangeLog.revision.in_(bindparam("revisions", expanding=True)))


def verify_rows(session: Session, *, scope: Scope, items: list[dict]) -> list[dict]:
    """For each (table, row_id, revision) a client saw the server confirm or send: the
    server's current revision of the row and whether its change log still records that row
    at that revision (`holds`). A row that does not exist and a row the caller may not see
    are answered alike: revision None, holds False."""
    connection = session.connection()  # (plain statements: Core, not the ORM, runs them)
    by_table: dict[str, set[str]] = {}
    for item in items:
        if item["table"] in SYNCED_MODELS:
            by_table.setdefault(item["table"], set()).add(item["row_id"])
    current: dict[tuple[str, str], int] = {}
    for table, ids in by_table.items():
        names, query = _scope_query(table)  # (plain values: only read)
        id_list = sorted(ids)
        for start in range(0, len(id_list), 900):
            for row in connection.execute(query, {"ids": id_list[start:start + 900]}):
                values = dict(zip(names, row, strict=True))
                if scope.can_read(table, values):
                    current[(table, values["id"])] = int(values["revision"])
    revisions = sorted({int(i["revision"]) for i in items
                        if (i["table"], i["row_id"]) in current})
    logged: dict[int, tuple[str, str]] = {}
    for start in range(0, len(revisions), 900):
        for logged_at, table, row_id in connection.execute(
                _LOGGED, {"revisions": revisions[start:start + 900]}):  # (unpacked: cheaper
            logged[int(logged_at)] = (table, row_id)  # than a row's attributes)
    answers = []
    for item in items:
        key = (item["table"], item["row_id"])
        revision = current.get(key)
        holds = (revision is not None and revision >= int(item["revision"])
                 and logged.get(int(item["revision"])) == key)
        answers.append({"table": item["table"], "row_id": item["row_id"],
                        "revision": revision, "holds": holds})
    return answers


@functools.cache
def _scope_query(table: str):
    """(column names, the statement reading a row's revision and the columns that decide
    who sees it (`SCOPE_COLUMNS`) by id: `ids`), built once. A row's other columns would
    be read, converted and dropped."""
    columns = SYNCED_MODELS[table].__table__.columns
    chosen = [columns[name] for name in ("revision", *SCOPE_COLUMNS) if name in columns]
    return [c.name for c in chosen], select(*chosen).where(
        columns.id.in_(bindparam("ids", expanding=True)))


def verify_answer(session: Session, *, scope: Scope, items: list[dict]) -> dict:
    """The body of POST /sync/verify."""
    revision, epoch = revision_and_epoch(session)
    return {"epoch": epoch, "server_revision": revision,
            "territory_ids": None if scope.territory_ids is None
            else sorted(scope.territory_ids),
            "rows": verify_rows(session, scope=scope, items=items)}
