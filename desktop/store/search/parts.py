"""A term typed without spaces read as several parts (武汉协和 as 武汉 + 协和, whxh as
wh + xh): its readings, where each part sits in a document, and the score of a reading
(docs/decisions/0023)."""

from __future__ import annotations

import itertools
import json
import sqlite3
from dataclasses import dataclass

from desktop.store.search import segment
from desktop.store.search.matching import _matches, _Restriction
from desktop.store.search.ranking import _python_term_score
from desktop.store.search.terms import _any_column, _Term
from desktop.store.search.text import without_fillers

# Scores of a term read as several parts: all in the name or an alias; there and the whole
# city or district word (whxh: wh is 武汉); some there and some in other fields
# (organisation, place); none there. Below a term matched as typed in the name
# (60) or an alias (55), above one matched as typed in the organisation (40) or place (20)
# only when a part is in the name.
SPLIT_IN_NAME, SPLIT_NAME_AND_CITY, SPLIT_MIXED, SPLIT_ELSEWHERE = 50, 45, 35, 15
# The parts of a term are tried when the term as typed finds fewer than this many customers
# by their name (a broad term needs no second reading), at most SPLIT_CAP matches each.
SPLIT_BELOW = 20
SPLIT_CAP = 150
# A less likely reading of a term (the second way to split it) scores this much less for
# each step down: below the likeliest reading even when its parts sit in better fields.
READING_PENALTY = 16
# Fuzzy matches (a corrected typo, a homophone) score a tenth of what they would as typed.
_DOC_TEXTS = "name, pinyin, initials, keys, alias, org, org_pinyin, place, phone"


@dataclass(frozen=True, slots=True)
class _Part:
    """One part of a term read in parts: Chinese characters (with and without fillers) or
    the start of a pinyin token."""

    kind: str  # "han" or "latin"
    text: str  # han: unspaced
    bare: str = ""

    def expression(self) -> str:
        if self.kind == "latin":
            return '{name pinyin initials keys alias org org_pinyin place} : "' \
                + self.text + '"*'
        # A lone character matches names only, not any address that happens to have it.
        columns = "{name alias org}" if len(self.text) == 1 else "{name alias org place}"
        phrases = [" ".join(self.text)] + ([" ".join(self.bare)] if self.bare else [])
        return f"{columns} : (" + " OR ".join(f'"{p}"' for p in phrases) + ")"

    def where(self, doc: dict) -> float:
        """Where this part is in a document: 2 name or alias, 1.5 a whole city or district
        word (wuhan, wh), 1 elsewhere, 0 nowhere."""
        if self.kind == "latin":
            w = " " + self.text
            if w in doc["pinyin"] or w in doc["initials"] or w in doc["alias"] \
                    or w in doc["keys"]:
                return 2
            if w + " " in doc["place"]:
                return 1.5
            return 1 if w in doc["org_pinyin"] or w in doc["place"] else 0
        phrases = [f" {' '.join(self.text)} "] + ([f" {' '.join(self.bare)} "]
                                                   if self.bare else [])
        if any(p in doc["name"] or p in doc["alias"] for p in phrases):
            return 2
        return 1 if any(p in doc["org"] or p in doc["place"] for p in phrases) else 0


def _part(kind: str, text: str) -> _Part:
    bare = without_fillers(text) if kind == "han" else ""
    return _Part(kind, text, bare if bare and bare != text else "")


def _readings(db: sqlite3.Connection, term: _Term) -> list[tuple[_Part, ...]]:
    if term.kind == "han":
        return [tuple(_part("han", w) for w in words)
                for words in segment.han_splits(term.compact)]
    if term.kind == "latin":
        return [tuple(_part("latin", p) for p in parts)
                for parts in segment.latin_splits(db, term.text)]
    return []


def _docs(db: sqlite3.Connection, rowids: list[int]) -> dict[int, dict]:
    names = ["id", *_DOC_TEXTS.split(", ")]
    return {row[0]: dict(zip(names, row, strict=True)) for row in db.execute(
        f"SELECT id, {_DOC_TEXTS} FROM customer_search_doc "
        f"WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(rowids),))}


def _split_score(doc: dict, parts: tuple[_Part, ...], rank: int) -> float:
    """The score of a term read as `parts`, the `rank`-th reading of it (0: the likeliest):
    fewer parts and likelier readings are closer to what was meant."""
    places = [p.where(doc) for p in parts]
    if not all(places):
        return 0
    if all(w == 2 for w in places):
        score = SPLIT_IN_NAME
    elif all(w >= 1.5 for w in places):  # the name's words and the city's
        score = SPLIT_NAME_AND_CITY
    else:
        score = SPLIT_MIXED if 2 in places else SPLIT_ELSEWHERE
    return score - (len(parts) - 2) - READING_PENALTY * rank


def _in_parts(db: sqlite3.Connection, terms: list[_Term], r: _Restriction,
              found: dict[int, float]) -> None:
    """Add the matches of the terms read in parts (each term as typed or in parts, in
    every combination: at most 6)."""
    readings: list[list[tuple[int, tuple[_Part, ...] | None]]] = []
    for term in terms:  # None: the term as typed
        readings.append([(0, None), *enumerate(_readings(db, term))])
    combos = list(itertools.islice(
        (c for c in itertools.product(*readings) if any(x is not None for _, x in c)), 6))
    for combo in combos:
        expr = " AND ".join(
            _any_column(t) if parts is None else " AND ".join(p.expression() for p in parts)
            for t, (_, parts) in zip(terms, combo, strict=True))
        rowids = _matches(db, expr, r, SPLIT_CAP)
        if not rowids:
            continue
        for rowid, doc in _docs(db, rowids).items():
            total = 0.0
            for t, (rank, parts) in zip(terms, combo, strict=True):
                score = (_python_term_score(doc, t) if parts is None
                         else _split_score(doc, parts, rank))
                if not score:
                    break
                total += score
            else:
                found[rowid] = max(total, found.get(rowid, 0))


def _needs_parts(found: dict[int, float], terms: list[_Term]) -> bool:
    """Whether to read the terms in parts too: not when what was typed is the start of a
    name (or an exact name), nor when many names hold it."""
    if all(t.kind == "digits" for t in terms):
        return False
    n = len(terms)
    best = sorted(found.values(), reverse=True)[:3]
    if best and (best[0] >= 100 + 60 * (n - 1) or len(best) == 3 and best[2] >= 80 * n):
        return False  # an exact name (other terms in it too), or names begun as typed
    return sum(1 for score in found.values() if score >= 60 * len(terms)) < SPLIT_BELOW
