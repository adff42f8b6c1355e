"""Querying: parsing what a person typed into safe terms, relevance bands, filters, and the
public search functions."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from sqlmodel import Session

from desktop.store.search.index import _db, _kind_bonus
from desktop.store.search.text import (
    _HAN_CHAR,
    _PHONE_PUNCT,
    _PIECE,
    MAX_TERM_CHARS,
    MAX_TERMS,
    _fold,
)


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


# -- querying -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Term:
    kind: str  # "han", "latin" or "digits"
    text: str  # folded; han terms spaced one character per token


def parse_query(query: str) -> list[_Term]:
    """Search terms of what a person typed. Anything that is not a Chinese character, a
    letter or a digit separates terms, so FTS5 syntax typed by users is never interpreted."""
    folded = _fold(query or "")
    if not folded.strip():
        return []
    compact = _PHONE_PUNCT.sub("", folded)
    if compact.isdigit() and compact.isascii():
        return [_Term("digits", compact[:MAX_TERM_CHARS])]
    terms: list[_Term] = []
    for piece in _PIECE.findall(folded)[:MAX_TERMS]:
        piece = piece[:MAX_TERM_CHARS]
        if _HAN_CHAR.match(piece):
            terms.append(_Term("han", " ".join(piece)))
        else:
            terms.append(_Term("digits" if piece.isdigit() else "latin", piece))
    return list(dict.fromkeys(terms))


def _phrase(term: _Term, *, prefix: bool) -> str:
    return '"' + term.text.replace('"', '""') + '"' + ("*" if prefix else "")


def _key_phrase(term: _Term, *, prefix: bool) -> str:
    """The term as one whole-name key token (Chinese unspaced: keys are not spaced)."""
    return '"' + term.text.replace(" ", "") + '"' + ("*" if prefix else "")


def _bands(term: _Term) -> list[tuple[int, str]]:
    """Relevance bands of one term, best first: (score, FTS5 expression)."""
    latin = term.kind != "han"
    bands = [(100, "{keys} : " + _key_phrase(term, prefix=False)),
             (80, "{keys} : " + _key_phrase(term, prefix=True))]
    if term.kind == "digits":
        bands += [(60, "{name} : " + _phrase(term, prefix=True)),
                  (55, "{phone} : " + _phrase(term, prefix=False)),
                  (50, "{phone} : " + _phrase(term, prefix=True))]
    else:
        bands.append((60, "{name pinyin initials} : " + _phrase(term, prefix=latin)))
    bands.append((40, "{org org_pinyin} : " + _phrase(term, prefix=latin)))
    if term.kind != "digits":
        bands.append((20, "{place} : " + _phrase(term, prefix=latin)))
    return bands


# Which columns a term may match at all (one column filter, so the FTS5 index is walked
# once per term).
_TERM_COLUMNS = {
    "han": "{name org place}",
    "latin": "{keys name pinyin initials org org_pinyin place}",
    "digits": "{keys name org phone}",
}


def _any_column(term: _Term) -> str:
    return f"{_TERM_COLUMNS[term.kind]} : " + _phrase(term, prefix=term.kind != "han")


def _term_score(term: _Term) -> tuple[str, list]:
    """SQL scoring one term against a document `d`; the same scores as `_bands`. Document
    texts start and end with a space, so ' x' finds a token starting with x."""
    if term.kind == "han":
        key = " " + term.text.replace(" ", "")
        return ("CASE WHEN instr(d.keys, ?) THEN 100 WHEN instr(d.keys, ?) THEN 80 "
                "WHEN instr(d.name, ?) THEN 60 WHEN instr(d.org, ?) THEN 40 "
                "WHEN instr(d.place, ?) THEN 20 ELSE 10 END",
                [key + " ", key, term.text, term.text, term.text])
    w = " " + term.text
    return ("CASE WHEN instr(d.keys, ?) THEN 100 WHEN instr(d.keys, ?) THEN 80 "
            "WHEN instr(d.name, ?) OR instr(d.pinyin, ?) OR instr(d.initials, ?) THEN 60 "
            "WHEN instr(d.phone, ?) THEN 55 WHEN instr(d.phone, ?) THEN 50 "
            "WHEN instr(d.org, ?) OR instr(d.org_pinyin, ?) THEN 40 "
            "WHEN instr(d.place, ?) THEN 20 ELSE 10 END",
            [w + " ", w, w, w, w, w + " ", w, w, w, w])


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


# Queries matching at most this many customers are scored completely; broader single-term
# queries walk the relevance bands instead, and broader multi-term queries score the first
# MULTI_TERM_CAP matches in rank order.
SCORED_CAP = 500
MULTI_TERM_CAP = 1000


def _scored(db, terms: list[_Term], r: _Restriction, cap: int) -> list[tuple]:
    """(rowid, score) of the first `cap` matches of all terms in rank order, scored."""
    rowids = _matches(db, " AND ".join(_any_column(t) for t in terms), r, cap)
    if not rowids:
        return []
    scores = [_term_score(t) for t in terms]
    sql = (f"SELECT d.id, {' + '.join(s for s, _ in scores)} FROM customer_search_doc d "
           f"WHERE d.id IN (SELECT value FROM json_each(?))")
    return db.execute(sql, [*(p for _, ps in scores for p in ps), json.dumps(rowids)]).fetchall()


def _banded(db, r: _Restriction, limit: int | None, bands: list[tuple[int, str]],
            found: dict[int, float]) -> None:
    """Add matches band by band, best band first, until `limit` are found. Each band comes
    back in rank order, so a band stops after the rows that can still be shown."""
    for score, expr in bands:
        if limit is not None and len(found) >= limit:
            return
        for rowid in _matches(db, expr, r, None if limit is None else limit + len(found)):
            found.setdefault(rowid, score)


def _ranked(db: sqlite3.Connection, query: str, limit: int | None,
            filters: dict) -> list[tuple[int, float]]:
    """(document rowid, score) of matching customers, best first."""
    terms = parse_query(query)
    if not terms:
        where, params = _filters(**filters)
        sql = ("SELECT d.id, 0 FROM customer_search_doc d "
               + ("JOIN customer c ON c.id = d.customer_id WHERE " + where if where else "")
               + " ORDER BY d.id" + ("" if limit is None else f" LIMIT {int(limit)}"))
        return db.execute(sql, params).fetchall()
    r = _restriction(db, filters)
    if len(terms) == 1:
        found: dict[int, float] = {}
        bands = _bands(terms[0])
        _banded(db, r, limit, bands[:2], found)  # exact and prefix: cheap `keys` lookups
        if limit is None or len(found) < limit:
            scored = _scored(db, terms, r, SCORED_CAP)
            if len(scored) < SCORED_CAP:
                for rowid, score in scored:
                    found[rowid] = max(score, found.get(rowid, 0))
            else:
                _banded(db, r, limit, bands[2:], found)
        ranked = list(found.items())
    else:
        ranked = _scored(db, terms, r, MULTI_TERM_CAP)
    ranked = sorted(((r, s + _kind_bonus(r)) for r, s in ranked), key=lambda x: (-x[1], x[0]))
    return ranked if limit is None else ranked[:limit]


def search_customers(session: Session, query: str, *, limit: int = 50, kinds=None,
                     tier=None, city=None, organisation_id=None,
                     lifecycle_stage=None) -> list[SearchHit]:
    """The best `limit` customers for what was typed in the search box, best first.

    An empty query lists customers by the filters alone (organisations first, then tier A
    first, then by pinyin of the name). Filters take one value or a list of values;
    `organisation_id` keeps the customers of that organisation or department (not the
    organisation itself). Deleted customers never appear.
    """
    db = _db(session)
    ranked = _ranked(db, query, limit, dict(
        kinds=kinds, tier=tier, city=city, organisation_id=organisation_id,
        lifecycle_stage=lifecycle_stage))
    if not ranked:
        return []
    rowids = [rowid for rowid, _ in ranked]
    details = {row[0]: row[1:] for row in db.execute(
        f"SELECT d.id, c.id, c.name, c.kind, o.name, dep.name, c.city, c.tier "
        f"FROM customer_search_doc d JOIN customer c ON c.id = d.customer_id "
        f"LEFT JOIN customer o ON o.id = c.organisation_id "
        f"LEFT JOIN customer dep ON dep.id = c.department_id "
        f"WHERE d.id IN ({', '.join('?' * len(rowids))}) AND c.deleted = 0", rowids)}
    return [SearchHit(*details[rowid], float(score)) for rowid, score in ranked
            if rowid in details]


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

