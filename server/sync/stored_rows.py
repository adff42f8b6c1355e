"""Synced rows read as the database stores them, for answers that only send them: the
driver's own rows, date and time columns as their stored text (not parsed by SQLAlchemy
and formatted again), the other columns converted only where SQLAlchemy would convert them
for this dialect (SQLite's booleans, JSON text), a column at a time. The snapshot's pages
(decision 0043) and the pull's rows are read so; each date or time is then sliced into the
wire's text (`storage_temporal_to_wire`), the same text `encode_value` makes of the value
SQLAlchemy would have read.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import String, bindparam, select, type_coerce
from sqlmodel import Session

from desktop.models import synced_model
from desktop.models.codec import is_temporal, storage_temporal_to_wire


@cache
def selection(model) -> tuple[list, list[int]]:
    """The columns a read selects, and the positions of its date and time columns. Those are
    read as stored text, not parsed by SQLAlchemy: the wire wants text again, and parsing and
    formatting every timestamp was much of a snapshot page's cost."""
    columns = list(model.__table__.columns)
    temporal = [i for i, c in enumerate(columns) if is_temporal(c)]
    return [type_coerce(c, String).label(c.name) if i in temporal else c
            for i, c in enumerate(columns)], temporal


def fetch(session: Session, statement) -> tuple[list, tuple]:
    """(the driver's rows of `statement`, each column's type code), executed by Core, not
    the ORM."""
    result = session.connection().execute(statement)
    return _fetched(result)


def _fetched(result) -> tuple[list, tuple]:
    try:
        return result.cursor.fetchall(), tuple(d[1] for d in result.cursor.description)
    finally:
        result.close()


def processors(model, dialect, codes: tuple) -> list[tuple[int, object]]:
    """[(position, stored value -> Python)] of the selected columns that SQLAlchemy converts
    for this dialect (SQLite's booleans and JSON text), applied a column at a time. `codes`:
    the driver's type code of each column (PostgreSQL's processors depend on it: a float8
    needs none; SQLite's are None)."""
    selected, _temporal = selection(model)
    return _dialect_processors(model, dialect.name, dialect, tuple(selected), codes)


@cache
def _dialect_processors(_model, _name: str, dialect, selected: tuple, codes: tuple) -> list:
    found = []
    for i, expression in enumerate(selected):
        processor = expression.type.dialect_impl(dialect).result_processor(dialect, codes[i])
        if processor is not None:
            found.append((i, processor))
    return found


@cache
def _by_id(table: str):
    """The rows of `table` by id (`ids`), as stored; built once (building costs CPU)."""
    model = synced_model(table)
    selected, _temporal = selection(model)
    return [c.name for c in model.__table__.columns], select(*selected).where(
        model.__table__.c.id.in_(bindparam("ids", expanding=True)))


def wire_rows(session: Session, table: str, ids: list[str]) -> list[dict]:
    """The current rows of `table` with these ids as wire values ({column: value}): what
    `encode_values` makes of the rows SQLAlchemy reads, read as stored."""
    model = synced_model(table)
    names, statement = _by_id(table)
    rows, codes = _fetched(session.connection().execute(statement, {"ids": ids}))
    if not rows:
        return []
    _selected, temporal = selection(model)
    converted = processors(model, session.get_bind().dialect, codes)
    out = []
    for row in rows:
        row = list(row)
        for i in temporal:
            row[i] = storage_temporal_to_wire(row[i])
        for i, process in converted:
            row[i] = process(row[i])
        out.append(dict(zip(names, row, strict=True)))
    return out
