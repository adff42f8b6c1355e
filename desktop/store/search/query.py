"""Querying: parsing what a person typed into safe terms, relevance bands, filters, and the
public search functions."""

from __future__ import annotations

import itertools
import json
import sqlite3
from dataclasses import dataclass, replace

from sqlmodel import Session

from desktop.store.search import segment
from desktop.store.search.index import _db, _kind_bonus
from desktop.store.search.text import (
    _HAN_CHAR,
    _PHONE_PUNCT,
    _PIECE,
    MAX_TERM_CHARS,
    MAX_TERMS,
    _fold,
    without_fillers,
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
    fuzzy: bool = False  # found by a corrected typo or a homophone, not as typed


# -- querying -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Term:
    kind: str  # "han", "latin" or "digits"
    text: str  # folded; han terms spaced one character per token
    bare: str = ""  # han: the text without filler characters (市, 区, 第…), when it differs

    @property
    def compact(self) -> str:
        return self.text.replace(" ", "")


def _han_term(chars: str) -> _Term:
    bare = without_fillers(chars)
    return _Term("han", " ".join(chars), " ".join(bare) if bare and bare != chars else "")


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
            terms.append(_han_term(piece))
        else:
            terms.append(_Term("digits" if piece.isdigit() else "latin", piece))
    return list(dict.fromkeys(terms))


def _phrase(term: _Term, *, prefix: bool) -> str:
    phrase = '"' + term.text.replace('"', '""') + '"' + ("*" if prefix else "")
    if term.bare:  # with or without the filler characters
        return f'({phrase} OR "{term.bare}")'
    return phrase


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
        bands.append((55, "{alias} : " + _phrase(term, prefix=latin)))
    bands.append((40, "{org org_pinyin} : " + _phrase(term, prefix=latin)))
    if term.kind != "digits":
        bands.append((20, "{place} : " + _phrase(term, prefix=latin)))
    return bands


# Which columns a term may match at all (one column filter, so the FTS5 index is walked
# once per term).
_TERM_COLUMNS = {
    "han": "{name alias org place}",
    "latin": "{keys name pinyin initials alias org org_pinyin place}",
    "digits": "{keys name org phone}",
}


def _any_column(term: _Term) -> str:
    expr = f"{_TERM_COLUMNS[term.kind]} : " + _phrase(term, prefix=term.kind != "han")
    if term.kind == "han" and len(term.compact) > 1:
        # A whole name or alias without its fillers is a key: 武汉中心医院 for 武汉市中心医院,
        # and 武汉第一医院 read without its fillers (武汉一医院) for 武汉市第一医院.
        keys = [term.compact] + ([term.bare.replace(" ", "")] if term.bare else [])
        expr = (f"(({expr}) OR {{keys alias}} : ("
                + " OR ".join(f'"{k}"' for k in keys) + "))")
    return expr


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


# -- a term typed without spaces, read as parts (docs/decisions/0023) -------------------------
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
FUZZY_FACTOR = 0.1
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


# -- typos and homophones ---------------------------------------------------------------------
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
    # Nothing matched as typed: every way of correcting it (at most 4), merged; the
    # suggestion is the way the best match came from.
    way_of: dict[int, list[tuple[_Term, _Term]]] = {}
    for group in (_corrections(db, terms) if not found else []):
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
            fuzzy = True
            break
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
