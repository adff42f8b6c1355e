"""A synced row's column values as a plain dict, read from the row's loaded state.

`desktop.models.row_values` asks each column through SQLAlchemy's attribute descriptor; a
push reads the values of every row it touches several times (the row before and after, its
answer, the rows it names), ~40 descriptor calls a customer. A loaded or new row holds
every column's value in its instance dict already, where the descriptor would find it; a
row with a value not loaded there (expired, deferred) is read through the descriptors as
before, which loads it.

`encoded` is `encode_values` knowing the table: only dates and datetimes change from their
Python form to the wire's, and only columns of those types hold them, so the other values
are copied as they are instead of each being asked its type.
"""

from __future__ import annotations

import functools

from sqlalchemy import bindparam, select

from desktop.models import row_values, synced_model
from desktop.models.codec import encode_value, is_temporal


@functools.cache
def _column_names(model: type) -> tuple[str, ...]:
    return tuple(c.name for c in model.__table__.columns)


def values_of(row) -> dict:
    """`row_values(row)`: {column: value}, the same values in the same order."""
    held = row.__dict__
    try:
        return {name: held[name] for name in _column_names(type(row))}
    except KeyError:  # (a value not loaded: SQLAlchemy loads it)
        return row_values(row)


def unsaved_row(model: type, values: dict):
    """A new row of `model` holding `values` (checked, and every column's: `default_values`
    updated), for a push that inserts it itself (`changes.PendingRevisions`): made as
    SQLAlchemy makes a loaded row, its values put where its attributes read them.
    `desktop.models.base.new_row` sets each through SQLAlchemy's setter, which also notes
    it for the session's flush, ~40 calls a customer that nothing reads here."""
    row = model._sa_class_manager.new_instance()
    row.__dict__.update(values)
    return row


@functools.cache
def rows_query(table: str):
    """(column names, the statement reading the current values of rows of `table` by id:
    `ids`) as plain columns, built once (building a statement costs more CPU than running
    it): for values that are only read and sent, never written back."""
    columns = synced_model(table).__table__.columns
    return [c.name for c in columns], select(*columns).where(
        columns.id.in_(bindparam("ids", expanding=True)))


@functools.cache
def _temporal_columns(table: str) -> tuple[str, ...]:
    return tuple(c.name for c in synced_model(table).__table__.columns if is_temporal(c))


def encoded(table: str, values: dict) -> dict:
    """`encode_values(values)` for values (all or some columns) of a row of `table`."""
    out = dict(values)
    for name in _temporal_columns(table):
        value = out.get(name)
        if value is not None:
            out[name] = encode_value(value)
    return out
