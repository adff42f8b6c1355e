"""Ranking: the relevance bands of a term, its score against a document (in SQL and in
Python, the same scores), and the matches of the query read as typed, scored."""

from __future__ import annotations

import json
import sqlite3

from desktop.store.search.matching import _matches, _Restriction
from desktop.store.search.terms import _any_column, _key_phrase, _phrase, _Term


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
        bands.append((55, "{alias} : " + _phrase(term, prefix=latin)))
    bands.append((40, "{org org_pinyin} : " + _phrase(term, prefix=latin)))
    if term.kind != "digits":
        bands.append((20, "{place} : " + _phrase(term, prefix=latin)))
    return bands


def _term_score(term: _Term) -> tuple[str, list]:
    """SQL scoring one term against a document `d`; the same scores as `_bands`. Document
    texts start and end with a space, so ' x' finds a token starting with x. A whole alias
    scores just below the whole name: in characters 95 (such a token is only ever a whole
    alias), in pinyin or initials 65 (it may be the end of one). A term found only in the
    university's part of a name (同济 of 同济医学院 in …附属协和医院) scores 58, not 60: the
    hospital's own name (…附属同济医院 → 同济医院) is among its aliases."""
    if term.kind == "han":
        key = " " + term.compact
        exact = [key + " "] + ([f" {term.bare.replace(' ', '')} "] if term.bare else [])
        texts = [f" {term.text} "] + ([f" {term.bare} "] if term.bare else [])
        alias_key = exact if len(term.compact) > 1 else ["\x00"]

        def anywhere(column: str, values: list[str]) -> str:
            return "(" + " OR ".join(f"instr(d.{column}, ?)" for _ in values) + ")"

        return (f"CASE WHEN {anywhere('keys', exact)} THEN 100 "
                f"WHEN {anywhere('alias', alias_key)} THEN 95 "
                f"WHEN instr(d.keys, ?) THEN 80 "
                f"WHEN {anywhere('name', texts)} THEN (CASE WHEN instr(d.name, ' 附 属 ') "
                f"AND NOT {anywhere('alias', texts)} THEN 58 ELSE 60 END) "
                f"WHEN {anywhere('alias', texts)} THEN 55 "
                f"WHEN {anywhere('org', texts)} THEN 40 WHEN {anywhere('place', texts)} THEN 20 "
                f"ELSE 10 END",
                [*exact, *alias_key, key, *texts, *texts, *texts, *texts, *texts])
    w = " " + term.text
    return ("CASE WHEN instr(d.keys, ?) THEN 100 WHEN instr(d.keys, ?) THEN 80 "
            "WHEN instr(d.alias, ?) THEN 65 "
            "WHEN instr(d.name, ?) OR instr(d.pinyin, ?) OR instr(d.initials, ?) THEN "
            "(CASE WHEN instr(d.name, ' 附 属 ') AND NOT instr(d.alias, ?) THEN 58 ELSE 60 END) "
            "WHEN instr(d.phone, ?) THEN 55 WHEN instr(d.phone, ?) THEN 50 "
            "WHEN instr(d.alias, ?) THEN 55 "
            "WHEN instr(d.org, ?) OR instr(d.org_pinyin, ?) THEN 40 "
            "WHEN instr(d.place, ?) THEN 20 ELSE 10 END",
            [w + " ", w, w + " ", w, w, w, w, w + " ", w, w, w, w, w])


def _in_university_part(doc: dict) -> bool:
    """Whether the name has a university's part before its own (…附属同济医院): a term found
    in the name but not in its own name (an alias) matched the university's (同济医学院)."""
    return " 附 属 " in doc["name"]


def _python_term_score(doc: dict, term: _Term) -> float:
    """`_term_score` computed in Python on a fetched document."""
    if term.kind == "han":
        key = " " + term.compact
        exact = [key + " "] + ([f" {term.bare.replace(' ', '')} "] if term.bare else [])
        texts = [f" {term.text} "] + ([f" {term.bare} "] if term.bare else [])
        if any(k in doc["keys"] for k in exact):
            return 100
        if len(term.compact) > 1 and any(k in doc["alias"] for k in exact):
            return 95
        if key in doc["keys"]:
            return 80
        if any(t in doc["name"] for t in texts):
            return 58 if _in_university_part(doc) and not any(
                t in doc["alias"] for t in texts) else 60
        for column, score in (("alias", 55), ("org", 40), ("place", 20)):
            if any(t in doc[column] for t in texts):
                return score
        return 10
    w = " " + term.text
    for column, text, score in (("keys", w + " ", 100), ("keys", w, 80), ("alias", w + " ", 65)):
        if text in doc[column]:
            return score
    if w in doc["name"] or w in doc["pinyin"] or w in doc["initials"]:
        return 58 if _in_university_part(doc) and w not in doc["alias"] else 60
    for column, text, score in (("phone", w + " ", 55), ("phone", w, 50), ("alias", w, 55)):
        if text in doc[column]:
            return score
    if w in doc["org"] or w in doc["org_pinyin"]:
        return 40
    return 20 if w in doc["place"] else 10


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


def _whole(db: sqlite3.Connection, terms: list[_Term], r: _Restriction,
           limit: int | None) -> dict[int, float]:
    """(rowid → score) of the query read as typed: each term contiguous in one field."""
    if len(terms) == 1:
        found: dict[int, float] = {}
        bands = _bands(terms[0])
        _banded(db, r, limit, bands[:2], found)  # exact and prefix: cheap `keys` lookups
        if limit is None or len(found) < limit:
            scored = _scored(db, terms, r, SCORED_CAP)
            if len(scored) < SCORED_CAP:  # every match, scored exactly
                found = dict(scored)
            else:
                _banded(db, r, limit, bands[2:], found)
        return found
    return dict(_scored(db, terms, r, MULTI_TERM_CAP))
