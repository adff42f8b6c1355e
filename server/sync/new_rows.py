"""Inserting the rows a push creates (`changes.PendingRevisions`) as Core statements.

What is stored is what an ORM INSERT of the same values stores: a None is left to the
column's default, except in a column whose type stores None as a value of its own (JSON
`null`), and a None in a column without any default is a NULL. The ORM's bulk INSERT spent
more CPU preparing each row's parameters (its attribute and key bookkeeping) than the
database spent inserting it.

A column's plain default (a constant) is put in the row's parameters here, so the rows of a
table all carry every column and go as one statement, bound by the driver from text compiled
once (`SentTogether`, on SQLite at once). A None in a column whose default is computed (a
function, the database's own) is left out of that row's INSERT, which SQLAlchemy then runs
as the ORM did, computing the default.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from sqlalchemy import insert
from sqlmodel import Session

from desktop.models import synced_model
from server.core.db import SentTogether


@dataclass(frozen=True)
class _Plan:
    statement: object
    constant: dict[str, object]  # column: its constant default, given for a None
    computed: frozenset[str]  # columns whose None is left to a computed default


@functools.cache
def _plan(table: str) -> _Plan:
    columns = synced_model(table).__table__.columns
    constant, computed = {}, set()
    for column in columns:
        if column.type.should_evaluate_none:  # (None is a value: JSON null)
            continue
        if column.default is not None and column.default.is_scalar:
            constant[column.key] = column.default.arg
        elif column.default is not None or column.server_default is not None:
            computed.add(column.key)
    return _Plan(insert(synced_model(table).__table__), constant, frozenset(computed))


@functools.cache
def defaulted_columns(table: str) -> frozenset[str]:
    """The columns of `table` whose None an INSERT replaces with a default."""
    plan = _plan(table)
    return frozenset(plan.constant) | plan.computed


def insert_new_rows(session: Session, trip: SentTogether, table: str, rows: list[dict]) -> None:
    """INSERT `rows` ({column: value}, every column of `table`) now: on SQLite through
    `trip`, which runs a statement at once; on PostgreSQL (where `trip` sends at the commit)
    through the session."""
    plan = _plan(table)
    whole, partial = [], []
    for values in rows:
        params = dict(values)
        for name, value in values.items():
            if value is None:
                if name in plan.constant:
                    params[name] = plan.constant[name]
                elif name in plan.computed:
                    del params[name]
        (whole if len(params) == len(values) else partial).append(params)
    if whole:
        if trip.together:
            session.execute(plan.statement, whole)
        else:
            trip.execute(plan.statement, whole)
    for params in partial:  # (its default computed by SQLAlchemy or the database)
        session.execute(plan.statement, params)
