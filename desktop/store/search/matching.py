"""Matching: the filters (kind, tier, city, organisation, lifecycle stage) and the rows of the
FTS5 index that match an expression and pass them."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


def _values(value) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _filters(kinds=None, tier=None, city=None, organisation_id=None,
             lifecycle_stage=None) -> tuple[str, list]:
    """SQL condition on the customer `c` (empty when there is no filter)."""
    sql, params = [], []
    for column, value in (("kind", kinds), ("tier", tier), ("city", city),
                          ("lifecycle_stage", lifecycle_stage)):
        values = _values(value)
        if values is not None:
            sql.append(f"c.{column} IN ({', '.join('?' * len(values))})")
            params += values
    if organisation_id is not None:
        sql.append("(c.organisation_id = ? OR c.department_id = ?)")
        params += [organisation_id, organisation_id]
    return " AND ".join(sql), params


# A filter passed by at most this many customers is applied as a list of their rows (cheap
# to test per match); a broader one by joining the customer (matches stop early anyway).
SELECTIVE_FILTER = 5000


@dataclass(frozen=True, slots=True)
class _Restriction:
    """How matches are filtered: by a set of allowed rows (selective filters: tested in
    Python as matches stream by), or by joining the customer in SQL (broad filters)."""

    allowed: frozenset[int] | None = None
    from_sql: str = "FROM customer_search"
    where_sql: str = ""
    params: tuple = ()


def _restriction(db: sqlite3.Connection, filters: dict) -> _Restriction:
    where, params = _filters(**filters)
    if not where:
        return _Restriction()
    passing = db.execute(
        f"SELECT d.id FROM customer c JOIN customer_search_doc d ON d.customer_id = c.id "
        f"WHERE {where} LIMIT {SELECTIVE_FILTER + 1}", params).fetchall()
    if len(passing) <= SELECTIVE_FILTER:
        return _Restriction(allowed=frozenset(row[0] for row in passing))
    return _Restriction(
        None, "FROM customer_search JOIN customer_search_doc fd "
        "ON fd.id = customer_search.rowid JOIN customer c ON c.id = fd.customer_id",
        f" AND {where}", tuple(params))


def _matches(db, expr: str, r: _Restriction, want: int | None) -> list[int]:
    """Rowids matching an FTS5 expression and the filters, in rank order, at most `want`."""
    if r.allowed is not None:
        if not r.allowed:
            return []
        out = []
        cur = db.execute("SELECT rowid FROM customer_search WHERE customer_search MATCH ? "
                         "ORDER BY rowid", (expr,))
        for (rowid,) in cur:
            if rowid in r.allowed:
                out.append(rowid)
                if want is not None and len(out) >= want:
                    break
        return out
    sql = (f"SELECT customer_search.rowid {r.from_sql} WHERE customer_search MATCH ?"
           f"{r.where_sql} ORDER BY customer_search.rowid"
           + ("" if want is None else f" LIMIT {want}"))
    return [row[0] for row in db.execute(sql, [expr, *r.params])]
