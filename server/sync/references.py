"""References in pushed rows: every column that names another synced row must name one that
exists and that the pusher may see, and a row's territory follows from the row it belongs to
(its parent), not from what the client says.

The reference columns are found from the synced models themselves (desktop/models): a
column `<table>_id` points at `<table>`, `..._user_id` at `team_member` (the users as the
team sees them), and the few columns whose name says something else are listed in
`NAMED_TARGETS`. tests/server/sync/test_references.py fails when a new `..._id` column
points nowhere known.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from sqlalchemy import bindparam
from sqlmodel import select

from desktop.models import SYNCED_MODELS
from server.core.wire import text_problem
from server.sync.row_state import values_of
from server.sync.rules import Rejection, check_table
from server.sync.scope import Scope

USER_TABLE = "team_member"
# Columns whose name is not the table they point at.
NAMED_TARGETS = {"organisation_id": "customer", "department_id": "customer",
                 "plan_id": "call_plan", "corrects_visit_id": "visit",
                 "activity_id": "market_activity"}
# JSON columns holding a list of row ids: (table, column) -> the table they point at.
LIST_TARGETS = {("plan_item", "product_ids"): "product"}
# A row without a territory of its own takes its parent's: the first of these it names.
PARENT_KEYS = (("visit_id", "visit"), ("plan_id", "call_plan"),
               ("complaint_id", "complaint"), ("activity_id", "market_activity"),
               ("customer_id", "customer"))
# Tables whose rows are their own parent's children; the others (customers, call plans,
# reference rows) carry the territory the client chose, checked against its scope.
CHILD_TABLES = frozenset({"visit", "visit_attendee", "visit_product", "visit_sample",
                          "follow_up", "customer_metric", "plan_item", "plan_decision",
                          "complaint", "complaint_event", "market_activity_product",
                          "market_activity_invitee", "market_activity_cost",
                          "market_activity_event", "survey_response"})

# Where a row lies: judged by the scope rules (server/sync/rules.py check_scope).
PLACE_COLUMNS = frozenset({"territory_id", "region_id"})

Lookup = Callable[[str, str], object]  # (table, row id) -> the current row or None


def target_table(column: str) -> str | None:
    """The table a column named `column` points at, or None if it is no reference."""
    if column in NAMED_TARGETS:
        return NAMED_TARGETS[column]
    if column.endswith("_user_id"):
        return USER_TABLE
    if column.endswith("_id") and column[:-3] in SYNCED_MODELS:
        return column[:-3]
    return None


def list_target(table: str, column: str) -> str | None:
    return LIST_TARGETS.get((table, column))


REFERENCES: dict[str, dict[str, str]] = {
    table: {c.name: target for c in model.__table__.columns
            if c.name != "id" and (target := target_table(c.name))}
    for table, model in SYNCED_MODELS.items()
}


def _unknown(column: str, what: str) -> Rejection:
    # The same words whether the row does not exist or lies outside the caller's scope, so
    # that a refusal tells nothing about rows the caller may not see.
    return Rejection("bad_reference", f"{column} names a {what} that does not exist or that "
                     "you may not see; choose one from your own records.")


def _visible(lookup: Lookup, scope: Scope, table: str, row_id: str) -> dict | None:
    row = lookup(table, row_id)
    if row is None or row.deleted:
        return None
    values = values_of(row)
    return values if scope.can_read(table, values) else None


def _changed_references(table: str, old: dict | None, new: dict):
    """(column, target table, id) of every reference the change sets (all, for a new row)."""
    for column, target in REFERENCES.get(table, {}).items():
        value = new.get(column)
        if not value or (old is not None and old.get(column) == value):
            continue
        if column == "territory_id" and value == new.get("id"):
            continue  # a territory row is its own territory
        yield column, target, value
    for (list_table, column), target in LIST_TARGETS.items():
        if list_table != table:
            continue
        before = set((old or {}).get(column) or ())
        for value in new.get(column) or ():
            if value not in before:
                yield column, target, value


def check_references(lookup: Lookup, scope: Scope, table: str, old: dict | None,
                     new: dict) -> None:
    """Refuse the change if a reference it sets names a row that does not exist (or is
    deleted) or that the caller may not see. A user may always name themselves. Where a
    row says it lies (its territory, a reference row's region) is checked against the
    caller's scope by `rules.check_scope`, with its own words; here only for an admin,
    whose scope is everything, that it exists. (A table the caller's role does not write
    is refused first, whatever it names.)"""
    check_table(scope, table)
    for column, target, value in _changed_references(table, old, new):
        if column in PLACE_COLUMNS and not scope.is_admin:
            continue
        if target == USER_TABLE and value == scope.user_id:
            continue
        if not isinstance(value, str) or _visible(lookup, scope, target, value) is None:
            raise _unknown(column, target.replace("_", " "))


def parent_territory(lookup: Lookup, table: str, values: dict) -> str | None:
    """The territory of the row this one belongs to (None: no parent, or not found)."""
    if table not in CHILD_TABLES:
        return None
    for key, parent_table in PARENT_KEYS:
        parent_id = values.get(key)
        if parent_id and isinstance(parent_id, str):
            parent = lookup(parent_table, parent_id)
            if parent is not None and parent.territory_id:
                return parent.territory_id
    return None


def settled_territory(lookup: Lookup, table: str, values: dict) -> dict:
    """{"territory_id": the parent's} when a child row says another territory, else {}."""
    territory = parent_territory(lookup, table, values)
    if territory is not None and values.get("territory_id") != territory:
        return {"territory_id": territory}
    return {}


def prefetch(batch, mutations: list[dict]) -> None:
    """Read the rows a batch's mutations change and name, one query per table instead of
    one per row (`batch.rows` is the push's cache of locked rows, see server/sync/push.py
    Batch). Rows only a create names are mostly not there: their ids are looked up first
    as plain values, and only those found are read as rows (the ORM's query costs more
    than the database's answer when there is nothing to load)."""
    wanted: dict[str, set[str]] = {}
    created: dict[str, set[str]] = {}
    for mutation in mutations:
        table, changes = mutation.get("table"), mutation.get("changes")
        row_id = mutation.get("row_id")
        if table in SYNCED_MODELS and isinstance(row_id, str) and text_problem(row_id) is None:
            named = created if mutation.get("op") == "create" else wanted
            named.setdefault(table, set()).add(row_id)
        if table not in REFERENCES or not isinstance(changes, dict):
            continue
        for column, target in REFERENCES[table].items():
            value = changes.get(column)
            # text no database can hold (a NUL, a lone surrogate) is refused with its
            # mutation later; here it must not break the batch's one query
            if isinstance(value, str) and value and column not in PLACE_COLUMNS \
                    and text_problem(value) is None:
                wanted.setdefault(target, set()).add(value)
    for target, ids in created.items():
        ids = sorted(i for i in ids - wanted.get(target, set()) if (target, i) not in batch.rows)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            present = set(batch.session.connection().execute(
                _ids_present(target), {"ids": chunk}).scalars())
            for row_id in chunk:
                if row_id in present:  # (read as a row below, locked where rows are)
                    wanted.setdefault(target, set()).add(row_id)
                else:
                    batch.rows[(target, row_id)] = None
    for target, ids in wanted.items():
        ids = sorted(i for i in ids if (target, i) not in batch.rows)
        query = _rows_by_id(target, batch.lock)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found = {row.id: row for row in batch.session.scalars(query, {"ids": chunk})}
            for row_id in chunk:
                batch.rows[(target, row_id)] = found.get(row_id)


@functools.cache
def _rows_by_id(table: str, lock: bool):
    """Rows of `table` by id (locked when `lock`), built once (building costs CPU)."""
    model = SYNCED_MODELS[table]
    query = select(model).where(model.id.in_(bindparam("ids", expanding=True)))
    return query.with_for_update() if lock else query


@functools.cache
def _ids_present(table: str):
    """The ids of `table` among `ids` (plain values), built once."""
    column = SYNCED_MODELS[table].__table__.c.id
    return select(column).where(column.in_(bindparam("ids", expanding=True)))
