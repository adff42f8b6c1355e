"""Keeping the FTS5 index right: the rank order encoded in rowids, per-customer upkeep in
every write transaction (the write hook), and the bulk rebuild."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from contextlib import contextmanager

from sqlmodel import Session

from desktop.store.hooks import register_write_hook
from desktop.store.search.text import (
    _DOC_COLUMNS,
    _SEARCH_COLUMNS,
    _document,
    forget_cached_texts,
)

# Rank order that does not depend on the query, encoded in the document's rowid so that
# FTS5 (which yields matches in rowid order) returns each relevance band best-first and a
# query can stop after `limit` rows: organisations, then departments, then people; tier A
# first; shorter names first; then pinyin order (first 6 letters); then a uniquifier.
_KIND_RANK = {"hospital": 0, "pharmacy": 0, "distributor": 0, "department": 1}
_TIER_RANK = {"A": 0, "B": 1, "C": 2, "D": 3}
_UNIQUE_BITS = 22
_ALPHABET = {ch: i + 1 for i, ch in enumerate("abcdefghijklmnopqrstuvwxyz")}


def _static_rank(kind: str, tier: str | None, name: str, sort_key: str) -> int:
    letters = [_ALPHABET.get(ch, 0) for ch in sort_key.split("\x00")[0].replace(" ", "")[:6]]
    letters += [0] * (6 - len(letters))
    alpha = 0
    for value in letters:
        alpha = alpha * 27 + value  # < 27**6 < 2**29
    rank = _KIND_RANK.get(kind, 2)
    rank = (rank << 3) | _TIER_RANK.get(tier or "", 4)
    rank = (rank << 6) | min(len(name), 63)
    return ((rank << 29) | alpha) << _UNIQUE_BITS


_SORT_KIND_BONUS = {0: 3, 1: 2, 2: 0}


def _kind_bonus(rowid: int) -> int:
    """Score bonus on a tie: organisations 3, departments 2, others 0 (from the rowid)."""
    return _SORT_KIND_BONUS[rowid >> (_UNIQUE_BITS + 29 + 6 + 3)]


# -- keeping the index right --------------------------------------------------------------
def _db(session: Session) -> sqlite3.Connection:
    """The session's own SQLite connection (same transaction), for plain, fast SQL."""
    return session.connection().connection.driver_connection


_CUSTOMER_SQL = ("SELECT id, kind, tier, name, alias, organisation_id, department_id, "
                 "province, city, district, address, phone, mobile FROM customer")
_INSERT_DOC = (f"INSERT INTO customer_search_doc (id, {', '.join(_DOC_COLUMNS)}) "
               f"VALUES (?, {', '.join('?' * len(_DOC_COLUMNS))})")
_FTS_COLUMNS = ", ".join(_SEARCH_COLUMNS)
_FTS_VALUES = ", ".join("?" * len(_SEARCH_COLUMNS))
FTS5_AUTOMERGE = 4  # FTS5's default: merge 4 segments of a level as writes add them
_SET_AUTOMERGE = "INSERT INTO customer_search (customer_search, rank) VALUES ('automerge', ?)"


def _rows(db: sqlite3.Connection, sql: str, params: Sequence = ()) -> list[dict]:
    cur = db.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _names(db: sqlite3.Connection, ids: Iterable[str | None]) -> dict[str, tuple]:
    """(name, alias) of the customers `ids` (organisations and departments)."""
    wanted = sorted({i for i in ids if i})
    out: dict[str, tuple] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        out.update((i, (n, a)) for i, n, a in db.execute(
            f"SELECT id, name, alias FROM customer WHERE id IN ({', '.join('?' * len(chunk))})",
            chunk))
    return out


def _drop(db: sqlite3.Connection, customer_id: str) -> tuple | None:
    """Remove a customer's document from the index; returns the old document."""
    old = db.execute(f"SELECT id, {_FTS_COLUMNS} FROM customer_search_doc "
                     f"WHERE customer_id = ?", (customer_id,)).fetchone()
    if old is not None:
        db.execute(f"INSERT INTO customer_search (customer_search, rowid, {_FTS_COLUMNS}) "
                   f"VALUES ('delete', ?, {_FTS_VALUES})", old)
        db.execute("DELETE FROM customer_search_doc WHERE id = ?", (old[0],))
    return old


def _put(db: sqlite3.Connection, c: dict, doc: tuple) -> None:
    base = _static_rank(c["kind"], c["tier"], c["name"] or "", doc[-1])
    top = db.execute("SELECT max(id) FROM customer_search_doc WHERE id >= ? AND id < ?",
                     (base, base + (1 << _UNIQUE_BITS))).fetchone()[0]
    rowid = base if top is None else top + 1
    db.execute(_INSERT_DOC, (rowid, *doc))
    db.execute(f"INSERT INTO customer_search (rowid, {_FTS_COLUMNS}) VALUES (?, {_FTS_VALUES})",
               (rowid, *doc[1:1 + len(_SEARCH_COLUMNS)]))


_SELECT_DOC = (f"SELECT id, {', '.join(_DOC_COLUMNS)} FROM customer_search_doc "
               f"WHERE customer_id = ?")


def _unchanged(db: sqlite3.Connection, c: dict, doc: tuple) -> bool:
    """Whether the customer's stored document is `doc` already, in the same rank band (a
    pulled or confirmed change of fields the index does not hold, e.g. notes): FTS5 is then
    left alone, since each re-indexing is a deletion and an insertion in its segments."""
    current = db.execute(_SELECT_DOC, (c["id"],)).fetchone()
    return (current is not None and tuple(current[1:]) == doc
            and current[0] >> _UNIQUE_BITS
            == _static_rank(c["kind"], c["tier"], c["name"] or "", doc[-1]) >> _UNIQUE_BITS)


def _index_customers(db: sqlite3.Connection, customers: list[dict], *,
                     follow_dependants: bool = True) -> None:
    names = _names(db, [c[k] for c in customers for k in ("organisation_id", "department_id")])
    for c in customers:
        doc = _document(c, names.get(c["organisation_id"]), names.get(c["department_id"]))
        if _unchanged(db, c, doc):
            continue
        old = _drop(db, c["id"])
        _put(db, c, doc)
        # A renamed (or newly arrived, or re-aliased) organisation or department changes
        # its people's `org` text; rows may arrive from the server child-first.
        if follow_dependants and (old is None or old[1] != doc[1] or old[5] != doc[5]):
            dependants = _rows(db, f"{_CUSTOMER_SQL} WHERE deleted = 0 AND "
                                   f"(organisation_id = ? OR department_id = ?)",
                               (c["id"], c["id"]))
            _index_customers(db, dependants, follow_dependants=False)


def reindex_customer(session: Session, customer_id: str) -> None:
    """Bring one customer's search document (and its dependants' org text) up to date."""
    db = _db(session)
    found = _rows(db, f"{_CUSTOMER_SQL} WHERE id = ? AND deleted = 0", (customer_id,))
    if found:
        _index_customers(db, found)
    else:
        _drop(db, customer_id)


def forget_customers(session: Session, customer_ids: Iterable[str]) -> int:
    """After customers left the store (a territory lost, a row moved away): drop any search
    document still held for them, and re-index the remaining customers whose organisation
    or department was one of them, so that no other document keeps their names or pinyin.
    Call it once the rows are deleted, in the same transaction. Returns documents dropped.

    Run it, and the deletion of the rows, inside `purging_index` so that the index pages
    keep no token of theirs either."""
    db = _db(session)
    ids = sorted(set(customer_ids))
    dropped = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        gone = [row[0] for row in db.execute(
            f"SELECT d.customer_id FROM customer_search_doc d WHERE d.customer_id IN ({marks}) "
            f"AND NOT EXISTS (SELECT 1 FROM customer c WHERE c.id = d.customer_id "
            f"AND c.deleted = 0)", chunk)]
        for customer_id in gone:
            dropped += _drop(db, customer_id) is not None
        dependants = _rows(db, f"{_CUSTOMER_SQL} WHERE deleted = 0 AND "
                               f"(organisation_id IN ({marks}) OR department_id IN ({marks}))",
                           (*chunk, *chunk))
        _index_customers(db, dependants, follow_dependants=False)
    forget_cached_texts()
    return dropped


@contextmanager
def purging_index(session: Session):
    """Customers deleted inside this block (with `forget_customers`) leave no token in the
    index's pages. FTS5 records a deletion as a marker in a newer segment and keeps the
    deleted tokens in the older ones until segments happen to merge (the pinyin of customers
    of a territory lost long ago was still in `customer_search_data`); every re-indexing (a
    save, a pulled row, a row that came in the snapshot and again in the pull) leaves such an
    older version. So the block ends with `optimize`, which merges the index into one
    segment and lets go of every deleted token: ~1.7 s at 50,000 customers, for an event as
    rare as a territory moving away. FTS5's `secure-delete` would purge at each deletion but
    not the older versions, and it made every re-indexed customer cost ~2 ms (an incremental
    sync of 20 changed customers, +40 ms)."""
    yield
    _db(session).execute("INSERT INTO customer_search (customer_search) VALUES ('optimize')")


def rebuild_index(session: Session) -> int:
    """Rebuild the whole index from the customer table (bulk); returns documents indexed."""
    return _store_documents(session, _documents(_read_customers(session)))


def _read_customers(session: Session) -> tuple[list[dict], dict[str, tuple]]:
    """What the index is built from: the live customers, and (name, alias) of every id."""
    db = _db(session)
    customers = _rows(db, f"{_CUSTOMER_SQL} WHERE deleted = 0")
    names = {i: (n, a) for i, n, a in db.execute("SELECT id, name, alias FROM customer")}
    return customers, names


def _documents(read: tuple[list[dict], dict[str, tuple]]) -> list[tuple]:
    """Each customer's document with its rowid, in rank order. Needs no database (a bulk
    load computes them on a thread while later tables download: hooks.BackgroundRebuild)."""
    customers, names = read
    ranked = []
    for c in customers:
        doc = _document(c, names.get(c["organisation_id"]), names.get(c["department_id"]))
        ranked.append((_static_rank(c["kind"], c["tier"], c["name"] or "", doc[-1]), doc))
    ranked.sort(key=lambda pair: (pair[0], pair[1][-1]))
    rows, previous = [], -1
    for base, doc in ranked:
        previous = max(base, previous + 1)
        rows.append((previous, *doc))
    return rows


def _store_documents(session: Session, rows: list[tuple]) -> int:
    """Replace the whole index by `rows` (from `_documents`); returns documents indexed."""
    db = _db(session)
    db.execute("INSERT INTO customer_search (customer_search) VALUES ('delete-all')")
    db.execute("DELETE FROM customer_search_doc")
    db.executemany(_INSERT_DOC, rows)
    # No merging of segments while the index is built: 'optimize' merges them all once
    # below (merging along the way cost ~0.2 s of a 1x first sync's ~0.8 s rebuild). The
    # setting is kept in the index's config table: FTS5's default is put back at once.
    db.execute(_SET_AUTOMERGE, (0,))
    db.execute("INSERT INTO customer_search (customer_search) VALUES ('rebuild')")
    db.execute(_SET_AUTOMERGE, (FTS5_AUTOMERGE,))
    # One merged segment per token: phrase queries on common characters get ~2x faster.
    db.execute("INSERT INTO customer_search (customer_search) VALUES ('optimize')")
    return len(rows)


_INDEXED = ("id", "kind", "tier", "name", "alias", "organisation_id", "department_id",
            "province", "city", "district", "address", "phone", "mobile")


def _on_write_many(session: Session, table: str, rows: list[dict]) -> None:
    """`_on_write` for many stored rows (a pulled page's): the organisations' and
    departments' names read once for them all."""
    if table != "customer":
        return
    db = _db(session)
    live = []
    for row in rows:
        if row["deleted"]:
            _drop(db, row["id"])
        else:
            live.append({k: row[k] for k in _INDEXED})
    if live:
        _index_customers(db, live)


@register_write_hook(rebuild=rebuild_index, tables=("customer",),
                     split=(_read_customers, _documents, _store_documents),
                     many=_on_write_many, fields=(*_INDEXED, "deleted"))
def _on_write(session: Session, table: str, row) -> None:
    """Write hook: runs in the write transaction for every local or pulled row."""
    if table != "customer":
        return
    db = _db(session)
    if row.deleted:
        _drop(db, row.id)
        return
    _index_customers(db, [{k: getattr(row, k) for k in _INDEXED}])


