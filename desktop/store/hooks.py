"""Write hooks: how modules that keep derived data (the customer search index) follow every
change of a synced row.

A hook runs inside the write transaction after a row changed, locally or from the server:
`hook(session, table name, row)`. A hook registered with a bulk `rebuild` may be skipped by
bulk loads, which call `rebuild(session)` once instead (`run_rebuilds`). A rebuild given in
three parts (`split`: read its inputs in the transaction, compute on any thread, store in a
later transaction) can run its middle on a thread while a download goes on
(`BackgroundRebuild`). A hook that names the columns it derives from (`fields`) is not run
for a row stored again with the same values in them (`run_write_hooks_many`): a pulled
change of a customer's notes leaves its search document as it is.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from types import SimpleNamespace

from sqlmodel import Session

from desktop.models import SyncedBase

WriteHook = Callable[[Session, str, SyncedBase], None]
# The same hook for many rows of one table at once, given as column values.
ManyHook = Callable[[Session, str, list[dict]], None]
Rebuild = Callable[[Session], object]
# (read inputs in a transaction, compute from them on any thread, store the result)
SplitRebuild = tuple[Callable[[Session], object], Callable[[object], object],
                     Callable[[Session, object], object]]

_WRITE_HOOKS: list[WriteHook] = []
# A hook's bulk counterpart, and the tables it derives from (None: any).
_REBUILDS: dict[WriteHook, tuple[Rebuild, frozenset[str] | None]] = {}
_SPLIT: dict[WriteHook, SplitRebuild] = {}
_MANY: dict[WriteHook, ManyHook] = {}
# The columns of its `tables` a hook derives from (those it declared).
_FIELDS: dict[WriteHook, tuple[frozenset[str], tuple[str, ...]]] = {}
# (row, columns) -> whether the row's stored copy held the same values in those columns
SameAsStored = Callable[[dict, tuple[str, ...]], bool]


def register_write_hook(hook: WriteHook | None = None, *, rebuild: Rebuild | None = None,
                        tables: Iterable[str] | None = None, split: SplitRebuild | None = None,
                        many: ManyHook | None = None, fields: Iterable[str] | None = None):
    """Register a write hook (usable as a bare decorator). With `rebuild`, bulk loads may
    skip the per-row hook and call `rebuild(session)` once instead: as soon as every one of
    `tables` (the tables the hook derives from) is loaded, or at the end of the load. `split`
    is the same rebuild in three parts, the middle one free of the database. `many` does
    what the hook does for many stored rows of a table at once (a pulled page's). `fields`,
    with `tables`: the columns of those tables that the hook derives from, and only those
    (a row of them rewritten with the same values there leaves what it keeps as it is)."""
    def add(h: WriteHook) -> WriteHook:
        if h not in _WRITE_HOOKS:
            _WRITE_HOOKS.append(h)
        if rebuild is not None:
            _REBUILDS[h] = (rebuild, frozenset(tables) if tables is not None else None)
        if split is not None:
            _SPLIT[h] = split
        if many is not None:
            _MANY[h] = many
        if fields is not None and tables is not None:
            _FIELDS[h] = (frozenset(tables), tuple(fields))
        return h

    return add if hook is None else add(hook)


def run_write_hooks(session: Session, table: str, row) -> None:
    """Every registered hook, for one changed row."""
    for hook in _WRITE_HOOKS:
        hook(session, table, row)


def run_write_hooks_many(session: Session, table: str, rows: list[dict],
                         same: SameAsStored | None = None) -> None:
    """Every registered hook, for rows given as column values (all of them stored already):
    its `many` form with them all, else, for each row, the hook with a read-only attribute
    view of it (building a model instance per row cost more than storing it). With `same`,
    a hook that declared its `fields` is given only the rows whose stored copy differed in
    them (or did not exist)."""
    for hook in _WRITE_HOOKS:
        given = rows
        watched = _FIELDS.get(hook)
        if same is not None and watched is not None and table in watched[0]:
            given = [row for row in rows if not same(row, watched[1])]
            if not given:
                continue
        if hook in _MANY:
            _MANY[hook](session, table, given)
            continue
        for values in given:
            hook(session, table, SimpleNamespace(**values))


def per_row_hooks() -> list[WriteHook]:
    """The registered hooks a bulk load must still run for every row (no bulk rebuild)."""
    return [h for h in _WRITE_HOOKS if h not in _REBUILDS]


def hooks_deferrable() -> bool:
    """Whether every registered hook has a bulk rebuild (see `Writer.store_wire_rows`)."""
    return all(h in _REBUILDS for h in _WRITE_HOOKS)


def run_rebuilds(session: Session, loaded_table: str | None,
                 background: list[BackgroundRebuild] | None = None) -> None:
    """After a bulk load of `loaded_table`, the rebuilds of hooks that derive from it; at the
    end of a bulk load (None), those of hooks that did not name their tables. With a
    `background` list, a split rebuild is started there instead (to be stored later)."""
    for hook in _WRITE_HOOKS:
        if hook not in _REBUILDS:
            continue
        rebuild, tables = _REBUILDS[hook]
        due = tables is None if loaded_table is None else loaded_table in (tables or ())
        if due and background is not None and hook in _SPLIT:
            background.append(BackgroundRebuild(hook, session))
        elif due:
            rebuild(session)


def hook_name(hook: WriteHook) -> str:
    return f"{hook.__module__}.{hook.__qualname__}"


def run_rebuild_named(session: Session, name: str) -> None:
    """The bulk rebuild of the hook called `name` (`hook_name`), if it still exists."""
    for hook, (rebuild, _tables) in _REBUILDS.items():
        if hook_name(hook) == name:
            rebuild(session)


class BackgroundRebuild:
    """A split rebuild: its inputs read in the caller's transaction, its result computed on
    a thread of its own, and stored by `store` in a later transaction. If its inputs read
    again then differ (a row changed meanwhile, e.g. a local edit whose hook already ran), or
    computing failed, `store` runs the whole rebuild instead."""

    def __init__(self, hook: WriteHook, session: Session):
        self.hook, self.name = hook, hook_name(hook)
        read, compute, self._store = _SPLIT[hook]
        self._read = read
        self._inputs = read(session)
        self._result: object = None
        self._failed = False
        self._thread = threading.Thread(target=self._compute, args=(compute,),
                                        name=f"rebuild {self.name}", daemon=True)
        self._thread.start()

    def _compute(self, compute: Callable[[object], object]) -> None:
        try:
            self._result = compute(self._inputs)
        except Exception:  # noqa: BLE001 - `store` then rebuilds in full, raising there
            self._failed = True

    def done(self) -> bool:
        return not self._thread.is_alive()

    def store(self, session: Session) -> None:
        """Store the result (waiting for it) in `session`'s transaction."""
        self._thread.join()
        if not self._failed and self._read(session) == self._inputs:
            self._store(session, self._result)
        else:
            _REBUILDS[self.hook][0](session)


# The hooks the store always has: the customer search index and the customers' latest calls
# (they import this module to register themselves, so they come last).
from desktop.store import last_calls as _last_calls  # noqa: E402,F401
from desktop.store import search as _search  # noqa: E402,F401
