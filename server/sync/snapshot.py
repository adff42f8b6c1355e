"""Bulk snapshot for a first sync or a gained territory: current, non-deleted rows in
scope, table by table, in keyset pages.

Reference tables and an admin's snapshot page by id. Territory-scoped tables page one
territory after the other, each by id, along the (territory_id, id) index: no page sorts
and no page skips over other territories' rows, however many territories the server holds.
The page cursor (`after`, `next_after`) is opaque to clients: `<territory id> <row id>`
for territory paging, the row id otherwise. A cursor of the other form (a download begun
under an earlier server version) starts the table over; storing a row twice is harmless.

A page is laid out as rows (a list of values per row, the default) or, when the client asks
with `layout=columns`, as columns (a list of values per column: docs/decisions/0028)."""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlmodel import Session

from desktop.models import synced_model
from desktop.models.codec import (
    SQLITE_DATETIMES,
    WIRE_DATETIMES,
    storage_temporal_column_to_sqlite,
    storage_temporal_column_to_wire,
    storage_temporal_to_wire,
    temporal_text_length,
)
from server.sync import stored_rows
from server.sync.revisions import current_revision
from server.sync.scope import REFERENCE_TABLES, Scope

# Reference data first, then customers, then their history.
SNAPSHOT_TABLES = (
    "region", "territory", "product", "frequency_target", "team_member", "product_margin",
    "quota", "at_risk_rule", "complaint_route", "survey_question",
    "customer", "customer_metric", "call_plan", "plan_item", "plan_decision",
    "visit", "visit_attendee", "visit_product", "visit_sample", "follow_up",
    "complaint", "complaint_event", "market_activity", "market_activity_product",
    "market_activity_invitee", "market_activity_cost", "market_activity_event",
    "survey_response",
)
MAX_PAGE = 5000
LAYOUTS = ("rows", "columns")  # how a page lays out its values; rows unless asked
# The forms of a columnar page's dates and times: the wire's unless asked (decision 0043).
DATETIME_FORMS = (WIRE_DATETIMES, SQLITE_DATETIMES)


def snapshot_tables(territory_id: str | None) -> list[str]:
    if territory_id is None:
        return list(SNAPSHOT_TABLES)
    return [t for t in SNAPSHOT_TABLES if t not in REFERENCE_TABLES]


def _where(scope: Scope, table: str, territory_id: str | None, *, live: bool = True):
    """The table's model and the conditions of its rows in scope: the live ones, or with
    `live=False` the tombstones too."""
    model = synced_model(table)
    conditions = [model.deleted == False] if live else []  # noqa: E712
    if table in REFERENCE_TABLES:
        if not scope.is_admin:
            region_column = {"region": model.id}.get(table, getattr(model, "region_id", None))
            if region_column is not None:
                conditions.append(or_(region_column.is_(None),
                                      region_column == scope.region_id))
        return model, conditions
    if territory_id is not None:
        conditions.append(model.territory_id == territory_id)
    elif scope.territory_ids is not None:
        conditions.append(model.territory_id.in_(sorted(scope.territory_ids)))
    return model, conditions


def start(session: Session, *, scope: Scope, territory_id: str | None) -> dict:
    """The snapshot's revision, its tables in order, and each table's rows in scope for the
    client's progress. The counts include tombstones, so they are an upper bound of what the
    pages hold: counted along the `(territory_id, id)` index without reading a row, where
    counting only live rows read every row in scope (0.65 of the 0.82 s the 1× first sync
    waited for its start)."""
    revision = current_revision(session)
    tables = [t for t in snapshot_tables(territory_id) if scope.reads_table(t)]
    counts = {}
    for table in tables:
        model, conditions = _where(scope, table, territory_id, live=False)
        counts[table] = session.execute(
            select(func.count()).select_from(model).where(*conditions)).scalar_one()
    return {"revision": revision, "tables": tables, "counts": counts}


def rows_page(session: Session, *, scope: Scope, table: str, after: str | None, limit: int,
              territory_id: str | None, layout: str = "rows",
              datetimes: str = WIRE_DATETIMES) -> dict:
    """A page of `table`'s rows after the cursor `after`. In the `columns` layout, dates and
    times travel as SQLite stores them when asked (`datetimes=sqlite`: a SQLite server's text
    as it is, without a slice per value on either side; the page says so)."""
    model = synced_model(table)
    columns = list(model.__table__.columns)
    territories = _paged_territories(scope, table, territory_id)
    if territories is None:  # by id alone
        _model, conditions = _where(scope, table, territory_id)
        after_id = after if after and " " not in after else None
        if after_id:
            conditions.append(model.id > after_id)
        rows, codes = _fetch(session, model, conditions, limit)
        next_after = rows[-1][0] if len(rows) == limit else None
    else:
        territory, after_id = after.split(" ", 1) if after and " " in after else ("", "")
        rows, position = [], columns.index(model.__table__.c.territory_id)
        codes = None
        for current in (t for t in territories if t >= territory):  # all of them in scope
            keyset = [model.deleted == False, model.territory_id == current]  # noqa: E712
            if current == territory and after_id:
                keyset.append(model.id > after_id)
            fetched, codes = _fetch(session, model, keyset, limit - len(rows))
            rows += fetched
            if len(rows) == limit:
                break
        next_after = f"{rows[-1][position]} {rows[-1][0]}" if len(rows) == limit else None
    names = [c.name for c in columns]
    _selected, temporal = stored_rows.selection(model)
    processors = stored_rows.processors(model, session.get_bind().dialect, codes) if rows else []
    if layout == "columns":
        values = [list(column) for column in zip(*rows, strict=True)] if rows else [[] for _ in names]
        sqlite_form = datetimes == SQLITE_DATETIMES
        for i in temporal:
            values[i] = storage_temporal_column_to_sqlite(
                values[i], temporal_text_length(columns[i].type)
            ) if sqlite_form else storage_temporal_column_to_wire(values[i])
        for i, processor in processors:
            values[i] = list(map(processor, values[i]))
        page = {"table": table, "layout": "columns", "columns": names, "values": values,
                "count": len(rows), "next_after": next_after}
        if sqlite_form:
            page["datetimes"] = SQLITE_DATETIMES
        return page
    rows = [list(row) for row in rows]
    for row in rows:
        for i in temporal:
            row[i] = storage_temporal_to_wire(row[i])
        for i, processor in processors:
            row[i] = processor(row[i])
    return {"table": table, "columns": names, "rows": rows, "next_after": next_after}


def _paged_territories(scope: Scope, table: str, territory_id: str | None) -> list[str] | None:
    """The territories a table's pages walk in order, or None to page by id alone."""
    if table in REFERENCE_TABLES:
        return None
    if territory_id is not None:
        return [territory_id]
    return None if scope.territory_ids is None else sorted(scope.territory_ids)


def _fetch(session: Session, model, conditions: list, limit: int) -> tuple[list, tuple]:
    """Rows as stored (date and time columns as their stored text), in id order
    (`stored_rows`)."""
    selected, _temporal = stored_rows.selection(model)
    return stored_rows.fetch(session, select(*selected).where(*conditions)
                             .order_by(model.id).limit(limit))
