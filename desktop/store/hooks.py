"""Write hooks: how modules that keep derived data (the customer search index) follow every
change of a synced row.

A hook runs inside the write transaction after a row changed, locally or from the server:
`hook(session, table name, row)`. A hook registered with a bulk `rebuild` may be skipped by
bulk loads, which call `rebuild(session)` once instead (`run_rebuilds`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from types import SimpleNamespace

from sqlmodel import Session

from desktop.models import SyncedBase

WriteHook = Callable[[Session, str, SyncedBase], None]
Rebuild = Callable[[Session], object]

_WRITE_HOOKS: list[WriteHook] = []
# A hook's bulk counterpart, and the tables it derives from (None: any).
_REBUILDS: dict[WriteHook, tuple[Rebuild, frozenset[str] | None]] = {}


def register_write_hook(hook: WriteHook | None = None, *, rebuild: Rebuild | None = None,
                        tables: Iterable[str] | None = None):
    """Register a write hook (usable as a bare decorator). With `rebuild`, bulk loads may
    skip the per-row hook and call `rebuild(session)` once instead: as soon as every one of
    `tables` (the tables the hook derives from) is loaded, or at the end of the load."""
    def add(h: WriteHook) -> WriteHook:
        if h not in _WRITE_HOOKS:
            _WRITE_HOOKS.append(h)
        if rebuild is not None:
            _REBUILDS[h] = (rebuild, frozenset(tables) if tables is not None else None)
        return h

    return add if hook is None else add(hook)


def run_write_hooks(session: Session, table: str, row) -> None:
    """Every registered hook, for one changed row."""
    for hook in _WRITE_HOOKS:
        hook(session, table, row)


def run_write_hooks_many(session: Session, table: str, rows: list[dict]) -> None:
    """Every registered hook, for rows given as column values: each hook gets a read-only
    attribute view of the row (building a model instance per row cost more than storing it)."""
    if not _WRITE_HOOKS:
        return
    for values in rows:
        run_write_hooks(session, table, SimpleNamespace(**values))


def per_row_hooks() -> list[WriteHook]:
    """The registered hooks a bulk load must still run for every row (no bulk rebuild)."""
    return [h for h in _WRITE_HOOKS if h not in _REBUILDS]


def hooks_deferrable() -> bool:
    """Whether every registered hook has a bulk rebuild (see `Writer.store_wire_rows`)."""
    return all(h in _REBUILDS for h in _WRITE_HOOKS)


def run_rebuilds(session: Session, loaded_table: str | None) -> None:
    """After a bulk load of `loaded_table`, the rebuilds of hooks that derive from it; at the
    end of a bulk load (None), those of hooks that did not name their tables."""
    for hook in _WRITE_HOOKS:
        if hook not in _REBUILDS:
            continue
        rebuild, tables = _REBUILDS[hook]
        due = tables is None if loaded_table is None else loaded_table in (tables or ())
        if due:
            rebuild(session)


# The hooks the store always has: the customer search index and the customers' latest calls
# (they import this module to register themselves, so they come last).
from desktop.store import last_calls as _last_calls  # noqa: E402,F401
from desktop.store import search as _search  # noqa: E402,F401
