"""Pages of the customer list, its count, the choices of its filters, and the export of
every customer a filter selects.

Without search text the list is read in keyset pages in pinyin order (the search document's
`sort_key`, `zhang wei\x00张伟`, then id), as a Chinese reader expects a name list, so the
model can fetch lazily at any depth at the same cost. With search text the pinyin-aware search of
`desktop.store.search` ranks the matches.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import and_, column, func, or_, select, table, text, tuple_

from desktop.domain import customer_export
from desktop.domain.customer_names import display_name
from desktop.domain.local_time import local_day
from desktop.models import Customer
from desktop.models.enums import CustomerKind
from desktop.store import last_calls
from desktop.store.store import Store

PAGE_SIZE = 200
SEARCH_LIMIT = 500
C = Customer.__table__.c
# The search index's document of each live customer (desktop.store.search keeps it).
DOC = table("customer_search_doc", column("customer_id"), column("sort_key"))


@dataclass(frozen=True)
class CustomerFilter:
    """What the user typed and picked above the list."""

    text: str = ""
    kind: str | None = None
    tier: str | None = None
    city: str | None = None
    organisation_id: str | None = None
    lifecycle_stage: str | None = None


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customer list."""

    id: str
    name: str
    kind: str
    tier: str | None
    city: str | None
    lifecycle_stage: str | None
    organisation_name: str | None
    last_visit: date | None
    sort_key: str = ""  # where the row sits in the list's pinyin order

    @property
    def display_name(self) -> str:
        """The name to show (a department with its hospital)."""
        return display_name(self.name, self.kind, self.organisation_name)


_COLUMNS = (C.id, C.name, C.kind, C.tier, C.city, C.lifecycle_stage, C.organisation_id)


def _conditions(flt: CustomerFilter) -> list:
    conds = [C.deleted.is_(False)]
    if flt.kind:
        conds.append(C.kind == flt.kind)
    if flt.tier:
        conds.append(C.tier == flt.tier)
    if flt.city:
        conds.append(C.city == flt.city)
    if flt.lifecycle_stage:
        conds.append(C.lifecycle_stage == flt.lifecycle_stage)
    if flt.organisation_id:
        conds.append(or_(C.organisation_id == flt.organisation_id,
                         C.id == flt.organisation_id))
    return conds


def customer_page(store: Store, flt: CustomerFilter, after: tuple[str, str] | None = None,
                  limit: int = PAGE_SIZE) -> list[CustomerRow]:
    """Up to `limit` customers after the (sort key, id) key `after`, in pinyin order."""
    conds = _conditions(flt)
    if after is not None:
        conds.append(tuple_(DOC.c.sort_key, DOC.c.customer_id) > tuple_(*after))
    joined = DOC.join(Customer.__table__, C.id == DOC.c.customer_id)
    query = (select(*_COLUMNS, DOC.c.sort_key).select_from(joined).where(and_(*conds))
             .order_by(DOC.c.sort_key, DOC.c.customer_id).limit(limit))
    with store.read() as session:
        raw = session.execute(query).all()
        return _decorate(session, raw)


@dataclass(frozen=True)
class Listing:
    """What the list shows first for a filter: the best matches of a search, or the first
    page in pinyin order; `total` matching customers; `more_matches`: a search found more
    than it shows; `complete`: no further page to fetch; `fuzzy`: nothing matched as typed
    and the rows are corrected (typo) or homophone matches; `suggestion`: then what the rep
    probably meant ("did you mean …")."""

    filter: CustomerFilter
    rows: list[CustomerRow]
    total: int
    more_matches: bool
    complete: bool
    fuzzy: bool = False
    suggestion: str | None = None


def first_rows(store: Store, flt: CustomerFilter, page_size: int = PAGE_SIZE) -> Listing:
    """The rows the list shows first for `flt` (see `Listing`)."""
    if flt.text.strip():
        found = search(store, flt, SEARCH_LIMIT + 1)
        rows = found.rows[:SEARCH_LIMIT]
        return Listing(flt, rows, len(rows), len(found.rows) > SEARCH_LIMIT, True,
                       found.fuzzy, found.suggestion)
    rows = customer_page(store, flt, None, page_size)
    return Listing(flt, rows, customer_count(store, flt), False, len(rows) < page_size)


def customer_count(store: Store, flt: CustomerFilter) -> int:
    """How many customers match the filters (search text ignored)."""
    with store.read() as session:
        return session.execute(
            select(func.count()).select_from(Customer.__table__).where(and_(*_conditions(flt)))
        ).scalar_one()


def search_rows(store: Store, flt: CustomerFilter, limit: int = SEARCH_LIMIT) -> list[CustomerRow]:
    """Customers matching the search text (name, pinyin, initials…), best first."""
    return search(store, flt, limit).rows


@dataclass(frozen=True)
class SearchRows:
    """Rows a search found, best first; `fuzzy` and `suggestion` as in `Listing`."""

    rows: list[CustomerRow]
    fuzzy: bool = False
    suggestion: str | None = None


def search(store: Store, flt: CustomerFilter, limit: int = SEARCH_LIMIT) -> SearchRows:
    """The customers view's search: what `rounds find` prints and the list shows."""
    from desktop.store import search as engine

    if not hasattr(engine, "search_ids"):  # search engine not installed yet
        return SearchRows(_name_contains(store, flt, limit))
    with store.read() as session:
        found = engine.search_ids(
            session, flt.text, limit=limit, kinds=[flt.kind] if flt.kind else None,
            tier=flt.tier, city=flt.city, organisation_id=flt.organisation_id,
            lifecycle_stage=flt.lifecycle_stage)
        if not found.ids:
            return SearchRows([], found.fuzzy, found.suggestion)
        return SearchRows(_rows_in_order(session, found.ids), found.fuzzy, found.suggestion)


# One statement for a search's rows in rank order, with organisation names and last visits:
# the view reads up to 500 on each keystroke (an IN list of 500 bound parameters, compiled
# by SQLAlchemy each time, cost more than the search).
# The last visit is the customer's latest call as the store keeps it (desktop/store/last_calls:
# submitted, not deleted; a draft is no call), as Today and the plan suggestions count it.
_ROWS_IN_ORDER = (
    "SELECT c.id, c.name, c.kind, c.tier, c.city, c.lifecycle_stage, o.name AS org_name, "
    "l.started_at AS last_visit FROM json_each(:ids) AS j JOIN customer c ON c.id = j.value "
    "LEFT JOIN customer o ON o.id = c.organisation_id "
    "LEFT JOIN {last_calls} l ON l.customer_id = c.id WHERE c.deleted = 0 ORDER BY j.key")


@functools.cache
def _rows_in_order_query(relation: str):
    """The statement for one source of last calls (the kept table or its scan), built once:
    a search runs it on each keystroke."""
    return text(_ROWS_IN_ORDER.format(last_calls=relation))


def _rows_in_order(session, ids: list[str]) -> list[CustomerRow]:
    query = _rows_in_order_query(last_calls.relation(session))
    return [CustomerRow(r.id, r.name, r.kind, r.tier, r.city, r.lifecycle_stage, r.org_name,
                        _as_date(r.last_visit))
            for r in session.execute(query, {"ids": json.dumps(ids)})]


def _name_contains(store: Store, flt: CustomerFilter, limit: int) -> list[CustomerRow]:
    conds = _conditions(flt) + [C.name.contains(flt.text.strip())]
    with store.read() as session:
        raw = session.execute(select(*_COLUMNS).where(and_(*conds)).order_by(C.name)
                              .limit(limit)).all()
        return _decorate(session, raw)


def _decorate(session, raw) -> list[CustomerRow]:
    """Add organisation names and last visit dates for one page of rows."""
    if not raw:
        return []
    org_ids = {r.organisation_id for r in raw if r.organisation_id}
    names = {}
    if org_ids:
        names = dict(session.execute(select(C.id, C.name).where(C.id.in_(org_ids))).all())
    last = last_calls.latest_calls_of(session, [r.id for r in raw])  # as the store keeps it
    # (a row without the column: a miss through getattr costs ~20 µs a row, 10 ms a search)
    keyed = "sort_key" in raw[0]._fields
    return [CustomerRow(r.id, r.name, r.kind, r.tier, r.city, r.lifecycle_stage,
                        names.get(r.organisation_id), _as_date(last.get(r.id)),
                        (r.sort_key or "") if keyed else "") for r in raw]


def _as_date(value) -> date | None:
    """The rep's day of a stored moment (text: func.max loses the type in SQLite)."""
    return None if value is None else local_day(value)


def city_choices(store: Store) -> list[str]:
    """Cities that occur in the customer archive, sorted."""
    with store.read() as session:
        return [c for (c,) in session.execute(
            select(C.city).where(C.city.is_not(None), C.deleted.is_(False))
            .distinct().order_by(C.city)).all() if c]


def organisation_choices(store: Store, kinds=(CustomerKind.HOSPITAL,)) -> list[tuple[str, str]]:
    """(id, name) of hospitals (or other organisation kinds), sorted by name; a name two
    cities share (第一人民医院) is told apart by its city ("第一人民医院 · 保定")."""
    with store.read() as session:
        rows = session.execute(
            select(C.id, C.name, C.city).where(C.kind.in_([str(k) for k in kinds]),
                                               C.deleted.is_(False))
            .order_by(C.name, C.city)).all()
    shared = {n for n, count in Counter(n for _i, n, _c in rows).items() if count > 1}
    return [(i, f"{n} · {c}" if n in shared and c else n) for i, n, c in rows]


def export_customers(store: Store, flt: CustomerFilter, path: Path | str, language: str) -> int:
    """Every customer the list holds for `flt` (all the matches of a search, not only the
    best ones it shows) to an .xlsx at `path`, headers in `language`
    (`desktop.domain.customer_export`); returns how many."""
    with store.read() as session:
        query = customer_export.export_query(*_conditions(flt), *_matches(session, flt))
        return customer_export.write_customers(
            path, customer_export.customer_rows(session, query), language)


def _matches(session, flt: CustomerFilter) -> list:
    """The search text as a condition on the customer's id (none without text)."""
    if not flt.text.strip():
        return []
    from desktop.store import search

    ids = search.matching_customer_ids(
        session, flt.text, kinds=[flt.kind] if flt.kind else None, tier=flt.tier,
        city=flt.city, organisation_id=flt.organisation_id,
        lifecycle_stage=flt.lifecycle_stage)
    matched = select(column("value")).select_from(func.json_each(json.dumps(ids)))
    return [C.id.in_(matched.scalar_subquery())]
