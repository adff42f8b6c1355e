"""Columns every synced row carries, and the registries of table models.

Synced rows use client-generatable UUID keys so that a rep can create records offline.
`revision` is the server revision that last changed the row (0 = never confirmed by the
server); it is assigned by the server only, never by a client clock.
"""

from __future__ import annotations

import functools
import uuid
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy import Index
from sqlalchemy.orm import registry
from sqlalchemy.orm.attributes import set_attribute
from sqlmodel import Field, SQLModel


def new_id() -> str:
    """A new row key (UUID4 text), safe to generate on any client offline."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Current time, timezone-aware UTC. Every stored timestamp is aware UTC (SQLModel's
    UTCDateTime refuses naive values)."""
    return datetime.now(UTC)


T = TypeVar("T", bound=SQLModel)

# Fields a client never sends as a change: the server owns them.
SYNC_META_FIELDS = frozenset({"id", "revision", "created_at", "updated_at"})


class SyncedBase(SQLModel):
    """Columns shared by every synced table."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    territory_id: str | None = Field(default=None, max_length=36)  # indexed with id, below
    revision: int = Field(default=0, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    deleted: bool = Field(default=False)


# Client-local tables (outbox, cursor, conflicts…) live in their own metadata so that the
# server's migrations never see them; server-only tables do the same on the server side.
local_registry = registry()


class LocalBase(SQLModel, registry=local_registry):
    """Base of tables that exist only in the client's local store."""


SYNCED_MODELS: dict[str, type[SyncedBase]] = {}


def synced(cls: type[SyncedBase]) -> type[SyncedBase]:
    """Class decorator: register a table model as synced, in declaration order, and give it
    the (territory_id, id) index: a territory's rows in key order, which the server's snapshot
    pages walk and dropping a lost territory looks up."""
    table = cls.__table__
    Index(f"ix_{table.name}_territory_id_id", table.c.territory_id, table.c.id)
    SYNCED_MODELS[cls.__tablename__] = cls
    return cls


def synced_model(table_name: str) -> type[SyncedBase]:
    """The synced model for a table name; KeyError names the unknown table."""
    if table_name not in SYNCED_MODELS:  # the table classes load on first use (0030)
        from desktop.models import _load_all
        _load_all()
    try:
        return SYNCED_MODELS[table_name]
    except KeyError:
        raise KeyError(f"unknown synced table: {table_name!r}") from None


def row_values(row: SQLModel) -> dict:
    """A row's column values as a plain dict (dates left as Python objects)."""
    return {c.name: getattr(row, c.name) for c in row.__table__.columns}


def default_values(model: type[SQLModel]) -> dict:
    """The column values of a new row of `model` that is given none: `row_values(model())`,
    each default factory called afresh, without validating a pydantic model (~70 µs a row,
    the most of a created row's cost in a push)."""
    template, factories = _defaults(model)
    return template | {name: factory() for name, factory in factories}


@functools.cache
def _defaults(model: type[SQLModel]) -> tuple[dict, tuple]:
    factories = tuple((name, info.default_factory) for name, info in model.model_fields.items()
                      if info.default_factory is not None and name in model.__table__.columns)
    return row_values(model()), factories


def new_row(model: type[T], values: dict) -> T:
    """A new (transient) row holding `values`, built as SQLAlchemy builds a loaded row: no
    pydantic validation (the caller has validated `values`, e.g. `default_values` updated
    with checked changes)."""
    row = model._sa_class_manager.new_instance()
    for name, value in values.items():
        set_attribute(row, name, value)
    return row
