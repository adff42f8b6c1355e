"""Querying: the public search functions (`search`, `search_customers`, `search_ids`,
`matching_customer_ids`) and how they put the pieces together: the terms (terms.py), the
filters (matching.py), the matches as typed, ranked (ranking.py), read in parts (parts.py),
and corrected when nothing matched as typed (fuzzy.py)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace

from sqlmodel import Session

from desktop.store.search.fuzzy import FUZZY_FACTOR, _corrected, _suggestion
from desktop.store.search.index import _db, _kind_bonus
from desktop.store.search.matching import _filters, _restriction
from desktop.store.search.parts import _in_parts, _needs_parts
from desktop.store.search.ranking import _whole
from desktop.store.search.terms import parse_query


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One customer found by `search_customers`; `score` is higher for better matches."""

    customer_id: str
    name: str
    kind: str
    organisation_name: str | None
    department_name: str | None
    city: str | None
    tier: str | None
    score: float
    fuzzy: bool = False  # found by a corrected typo or a homophone, not as typed


@dataclass(frozen=True, slots=True)
class _Outcome:
    ranked: list[tuple[int, float]]
    fuzzy: bool = False  # nothing matched as typed: these are corrected or homophone matches
    suggestion: str | None = None  # "did you mean"


def _ranked(db: sqlite3.Connection, query: str, limit: int | None,
            filters: dict) -> list[tuple[int, float]]:
    """(document rowid, score) of matching customers, best first."""
    return _outcome(db, query, limit, filters).ranked


def _outcome(db: sqlite3.Connection, query: str, limit: int | None, filters: dict) -> _Outcome:
    terms = parse_query(query)
    if not terms:
        where, params = _filters(**filters)
        sql = ("SELECT d.id, 0 FROM customer_search_doc d "
               + ("JOIN customer c ON c.id = d.customer_id WHERE " + where if where else "")
               + " ORDER BY d.id" + ("" if limit is None else f" LIMIT {int(limit)}"))
        return _Outcome(db.execute(sql, params).fetchall())
    r = _restriction(db, filters)
    typed = [replace(t, bare="") for t in terms]  # filler characters as typed, first
    found = _whole(db, typed, r, limit)
    if _needs_parts(found, typed):
        if typed != terms:  # with and without the filler characters
            for rowid, score in _whole(db, terms, r, limit).items():
                found[rowid] = max(score, found.get(rowid, 0))
        _in_parts(db, terms, r, found)
    fuzzy, suggestion = False, None
    if not found:  # nothing matched as typed: the closest corrections that find something
        found, way_of = _corrected(db, terms, r, limit)
        fuzzy = bool(found)
    ranked = sorted(((r, s + _kind_bonus(r) * (FUZZY_FACTOR if fuzzy else 1))
                     for r, s in found.items()), key=lambda x: (-x[1], x[0]))
    if fuzzy:
        suggestion = _suggestion(db, query, way_of[ranked[0][0]], ranked[0][0])
    return _Outcome(ranked if limit is None else ranked[:limit], fuzzy, suggestion)


@dataclass(frozen=True, slots=True)
class SearchResult:
    """What a search found: the hits best first; `fuzzy` when nothing matched as typed and
    the hits are corrected (typo) or homophone matches; `suggestion`, what the rep
    probably meant ("did you mean"), then."""

    hits: list[SearchHit]
    fuzzy: bool = False
    suggestion: str | None = None


def search(session: Session, query: str, *, limit: int = 50, kinds=None, tier=None,
           city=None, organisation_id=None, lifecycle_stage=None) -> SearchResult:
    """The best `limit` customers for what was typed in the search box, best first, and a
    "did you mean" when nothing matched as typed (see `search_customers`)."""
    db = _db(session)
    outcome = _outcome(db, query, limit, dict(
        kinds=kinds, tier=tier, city=city, organisation_id=organisation_id,
        lifecycle_stage=lifecycle_stage))
    if not outcome.ranked:
        return SearchResult([])
    rowids = [rowid for rowid, _ in outcome.ranked]
    details = {row[0]: row[1:] for row in db.execute(
        f"SELECT d.id, c.id, c.name, c.kind, o.name, dep.name, c.city, c.tier "
        f"FROM customer_search_doc d JOIN customer c ON c.id = d.customer_id "
        f"LEFT JOIN customer o ON o.id = c.organisation_id "
        f"LEFT JOIN customer dep ON dep.id = c.department_id "
        f"WHERE d.id IN ({', '.join('?' * len(rowids))}) AND c.deleted = 0", rowids)}
    hits = [SearchHit(*details[rowid], float(score), outcome.fuzzy)
            for rowid, score in outcome.ranked if rowid in details]
    return SearchResult(hits, outcome.fuzzy, outcome.suggestion)


def search_customers(session: Session, query: str, *, limit: int = 50, kinds=None,
                     tier=None, city=None, organisation_id=None,
                     lifecycle_stage=None) -> list[SearchHit]:
    """The best `limit` customers for what was typed in the search box, best first.

    What is typed may run a city, a name, an alias or a campus together, with or without
    spaces, in characters, pinyin or initials (`武汉协和`, `wuhanxiehe`, `whxh`), leave out
    filler characters (`武汉中心医院`) or hold a typo (`xeihe`, `同剂`): see
    docs/decisions/0023. An empty query lists customers by the filters alone
    (organisations first, then tier A first, then by pinyin of the name). Filters take one
    value or a list of values; `organisation_id` keeps the customers of that organisation
    or department (not the organisation itself). Deleted customers never appear.
    """
    return search(session, query, limit=limit, kinds=kinds, tier=tier, city=city,
                  organisation_id=organisation_id, lifecycle_stage=lifecycle_stage).hits


@dataclass(frozen=True, slots=True)
class RankedIds:
    """Ids of the customers a search found, best first, with `fuzzy` and `suggestion` as
    in `SearchResult` (for callers that read the rows themselves: the customers view)."""

    ids: list[str]
    fuzzy: bool = False
    suggestion: str | None = None


def search_ids(session: Session, query: str, *, limit: int | None = 50,
               **filters) -> RankedIds:
    """`search` without the hits' details: the customers' ids, best first."""
    db = _db(session)
    outcome = _outcome(db, query, limit, filters)
    by_rowid = dict(db.execute(
        "SELECT id, customer_id FROM customer_search_doc WHERE id IN (SELECT value FROM "
        "json_each(?))", (json.dumps([r for r, _ in outcome.ranked]),)))
    return RankedIds([by_rowid[rowid] for rowid, _ in outcome.ranked if rowid in by_rowid],
                     outcome.fuzzy, outcome.suggestion)


def matching_customer_ids(session: Session, query: str, *, limit: int | None = None,
                          **filters) -> list[str]:
    """Ids of every matching customer, best first (for a lazily fetched list model).
    Takes the same filters as `search_customers`."""
    db = _db(session)
    ranked = _ranked(db, query, limit, filters)
    by_rowid = dict(db.execute(
        "SELECT id, customer_id FROM customer_search_doc "
        "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps([r for r, _ in ranked]),)))
    return [by_rowid[rowid] for rowid, _ in ranked if rowid in by_rowid]
