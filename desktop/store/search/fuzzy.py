"""Typos and homophones: when nothing matches as typed, the ways to correct the query, the
matches of the closest corrections, and the "did you mean" suggestion."""

from __future__ import annotations

import itertools
import sqlite3

from desktop.store.search import segment
from desktop.store.search.matching import _Restriction
from desktop.store.search.parts import _in_parts, _needs_parts, _readings
from desktop.store.search.ranking import _whole
from desktop.store.search.terms import _any_column, _Term

# Fuzzy matches (a corrected typo, a homophone) score a tenth of what they would as typed.
FUZZY_FACTOR = 0.1


def _term_matches(db: sqlite3.Connection, term: _Term) -> bool:
    if db.execute("SELECT 1 FROM customer_search WHERE customer_search MATCH ? LIMIT 1",
                  (_any_column(term),)).fetchone():
        return True
    return any(db.execute("SELECT 1 FROM customer_search WHERE customer_search MATCH ? "
                          "LIMIT 1", (" AND ".join(p.expression() for p in parts),)).fetchone()
               for parts in _readings(db, term))


def _corrections(db: sqlite3.Connection,
                 terms: list[_Term]) -> list[list[list[tuple[_Term, _Term]]]]:
    """Ways to correct the query, (as typed, corrected) for each term, in groups of equal
    edit distance, closest first. A term nothing matches is corrected, a Latin one by edit
    distance (its few closest spellings), a Chinese one by its pinyin; at most 8 ways."""
    choices: list[list[tuple[_Term, int]]] = []
    for term in terms:
        fixes = [(term, 0)]
        if term.kind != "digits" and not _term_matches(db, term):
            if term.kind == "han":
                fixes = [(_Term("latin", segment.han_as_pinyin(term.compact)), 0)]
            else:
                fixes = [(_Term("latin", c), d)
                         for c, d in segment.latin_corrections(db, term.text)]
        choices.append(fixes or [(term, 0)])
    ways = [(sum(d for _, d in combo), list(zip(terms, (f for f, _ in combo), strict=True)))
            for combo in itertools.islice(itertools.product(*choices), 8)]
    ways = sorted(((d, way) for d, way in ways if any(t != f for t, f in way)),
                  key=lambda w: w[0])
    return [[way for _, way in group]
            for _, group in itertools.groupby(ways, key=lambda w: w[0])]


def _suggestion(db: sqlite3.Connection, query: str, pairs: list[tuple[_Term, _Term]],
                best: int | None) -> str | None:
    """What the rep probably meant: the query with each corrected term replaced (a Chinese
    term by the characters of the best match that read like it)."""
    words = []
    name = org = ""
    if best is not None:
        name, org = db.execute("SELECT name, org FROM customer_search_doc WHERE id = ?",
                               (best,)).fetchone()
    for typed, fixed in pairs:
        if typed == fixed:
            words.append(typed.compact)
        elif typed.kind == "han":
            found = (segment.homophone_in(name.replace(" ", ""), typed.compact)
                     or segment.homophone_in(org.replace(" ", ""), typed.compact))
            if found is None:
                return None
            words.append(found)
        else:
            words.append(fixed.text)
    suggestion = " ".join(words)
    return suggestion if suggestion != " ".join(t.compact for t, _ in pairs) else None


def _corrected(db: sqlite3.Connection, terms: list[_Term], r: _Restriction, limit: int | None
               ) -> tuple[dict[int, float], dict[int, list[tuple[_Term, _Term]]]]:
    """(rowid → score) of the query corrected, for a query nothing matched as typed: every
    way of correcting it (at most 4), merged, the closest ways that find something; and the
    way each match came from (the best match's way is the suggestion)."""
    found: dict[int, float] = {}
    way_of: dict[int, list[tuple[_Term, _Term]]] = {}
    for group in _corrections(db, terms):
        for pairs in group:  # the closest corrections that find something, merged
            fixed = [f for _, f in pairs]
            corrected = _whole(db, fixed, r, limit)
            if _needs_parts(corrected, fixed):
                _in_parts(db, fixed, r, corrected)
            for rowid, score in corrected.items():
                if score * FUZZY_FACTOR > found.get(rowid, 0):
                    found[rowid] = score * FUZZY_FACTOR
                    way_of[rowid] = pairs
        if found:
            break
    return found, way_of
