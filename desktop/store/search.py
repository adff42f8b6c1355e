"""Customer search: one box that finds customers by name, organisation, department, place,
phone and pinyin (full or initials), over an SQLite FTS5 index kept right on every write.

Index design (docs/decisions/0002-search.md): each live customer has one derived document
in `customer_search_doc`, indexed by the FTS5 table `customer_search` (external content).

- Chinese text is spaced one character per token, and queried as a phrase: works for
  two-character names, which a trigram tokenizer cannot find.
- Pinyin (pypinyin, phrase-aware; every reading of a person's surname, so 曾 is found as
  zeng and ceng) is indexed as the suffix runs of its syllables, full and initials:
  北京协和医院 → beijingxieheyiyuan, jingxieheyiyuan, xieheyiyuan… and bjxhyy, jxhyy,
  xhyy…; a prefix query then finds `xiehe`, `zhangw`, `bjxh` and `xh`.
- Phone digits are indexed as suffixes, so a prefix query finds any fragment.

Ranking is computed in SQL from the document: exact name > name prefix > name contains >
organisation/department > place, organisations before their departments and people on a
tie, then tier A first, then shorter names and pinyin order.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from pypinyin import Style, lazy_pinyin, pinyin
from pypinyin.phrases_dict import phrases_dict as PHRASES
from sqlmodel import Session

from desktop.store.store import register_write_hook

PERSON_KINDS = frozenset({"doctor", "pharmacy_contact", "patient"})
ORGANISATION_KINDS = frozenset({"hospital", "pharmacy", "distributor"})
MAX_TERMS = 8
MAX_TERM_CHARS = 40
MAX_SYLLABLES = 24  # suffix runs start within the first 24 syllables of a long name
MIN_PHONE_SUFFIX = 3

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_HAN_CHAR = re.compile(f"[{_HAN}]")
# A piece of text: one run of Chinese characters, or one run of Latin letters and digits.
_PIECE = re.compile(f"[{_HAN}]+|[0-9a-z]+")
_ALL_HAN_OR_ASCII = re.compile(f"[{_HAN}\x00-\x7f]*")
_NON_DIGIT = re.compile(r"[^0-9]")
_PHONE_PUNCT = re.compile(r"[\s\-+()（）]")
_SEARCH_COLUMNS = ("name", "pinyin", "initials", "keys", "org", "org_pinyin", "place", "phone")
_DOC_COLUMNS = ("customer_id", *_SEARCH_COLUMNS, "sort_key")


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


# -- turning text into index tokens -------------------------------------------------------
@lru_cache(maxsize=100_000)
def _fold(text: str | None) -> str:
    """NFKC (full-width → half-width), lower case, diacritics dropped outside Chinese."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii() or _ALL_HAN_OR_ASCII.fullmatch(text):
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


@lru_cache(maxsize=100_000)
def _spaced(text: str | None) -> str:
    """Chinese characters one per token, Latin words and numbers as tokens: '北 京 301 医 院'."""
    tokens: list[str] = []
    for piece in _PIECE.findall(_fold(text)):
        tokens.extend(piece) if _HAN_CHAR.match(piece) else tokens.append(piece)
    return " ".join(tokens)


@lru_cache(maxsize=200_000)
def _syllables(text: str) -> tuple[str, ...]:
    """Pinyin syllables of folded text (phrase-aware); Latin words and numbers kept as is."""
    out: list[str] = []
    for piece in _PIECE.findall(text):
        out.extend(_han_syllables(piece) if _HAN_CHAR.match(piece) else (piece,))
    return tuple(out[:MAX_SYLLABLES * 2])


@lru_cache(maxsize=200_000)
def _han_syllables(piece: str) -> tuple[str, ...]:
    if len(piece) <= 4 and not _has_phrase(piece):
        return tuple(_char_reading(ch) for ch in piece)  # = lazy_pinyin, ~20x faster
    return tuple(lazy_pinyin(piece))


def _has_phrase(text: str) -> bool:
    """Whether pypinyin's phrase dictionary knows a word inside `text` (short texts)."""
    return any(text[i:j] in PHRASES for i in range(len(text))
               for j in range(i + 2, len(text) + 1))


@lru_cache(maxsize=30_000)
def _char_reading(char: str) -> str:
    return lazy_pinyin(char)[0]


@lru_cache(maxsize=20_000)
def _readings(char: str) -> tuple[str, ...]:
    """Every toneless reading of one character (曾 → ceng, zeng)."""
    return tuple(dict.fromkeys(pinyin(char, style=Style.NORMAL, heteronym=True)[0]))


def _spellings(name: str, person: bool) -> list[tuple[str, ...]]:
    """Syllable lists under which a name may be typed: the phrase-aware reading; for people
    also every reading of the surname; and 'u' for 'v' (lv / lu for 吕)."""
    base = _syllables(_fold(name))
    spellings = [base]
    if person and base and _HAN_CHAR.match(name.strip()[:1] or " "):
        spellings += [(r, *base[1:]) for r in _readings(name.strip()[0]) if r != base[0]]
    spellings += [tuple(s.replace("v", "u") for s in sp) for sp in spellings
                  if any("v" in s for s in sp)]
    return list(dict.fromkeys(spellings))


def _runs(spellings: Iterable[tuple[str, ...]]) -> tuple[str, str]:
    """Suffix runs of full pinyin and of initials: ('xieheyiyuan heyiyuan …', 'xhyy hyy …')."""
    full: dict[str, None] = {}
    initials: dict[str, None] = {}
    for syllables in spellings:
        heads = [s[0] for s in syllables]
        for i in range(min(len(syllables), MAX_SYLLABLES)):
            full["".join(syllables[i:])] = None
            initials["".join(heads[i:])] = None
    return " ".join(full), " ".join(initials)


def _phone_suffixes(*numbers: str | None) -> str:
    out: dict[str, None] = {}
    for number in numbers:
        digits = _NON_DIGIT.sub("", number) if number else ""
        for i in range(max(len(digits) - MIN_PHONE_SUFFIX + 1, 1)):
            if digits[i:]:
                out[digits[i:]] = None
    return " ".join(out)


@lru_cache(maxsize=20_000)
def _org_runs(name: str | None) -> str:
    return " ".join(_runs([_syllables(_fold(name))])) if name else ""


@lru_cache(maxsize=20_000)
def _place(province: str | None, city: str | None, district: str | None,
           address: str | None) -> str:
    """Place text: province, city, district, address one character per token, and the
    city's pinyin and initials as whole words (beijing, bj)."""
    city_syllables = _syllables(_fold(city))
    return " ".join(filter(None, [
        _spaced(province), _spaced(city), _spaced(district), _spaced(address),
        "".join(city_syllables), "".join(s[0] for s in city_syllables)]))


def _keys(name: str, spellings: list[tuple[str, ...]]) -> str:
    """Whole-name keys, one token each: the name itself, each full pinyin, each initials."""
    keys = {"".join(_PIECE.findall(_fold(name)))}
    keys.update(k for sp in spellings for k in ("".join(sp), "".join(s[0] for s in sp)))
    return " ".join(sorted(k for k in keys if k))


def _document(c: dict, org_name: str | None, dept_name: str | None) -> tuple:
    """The search document of one customer: customer_search_doc's columns after `id`."""
    name = c["name"] or ""
    spellings = _spellings(name, c["kind"] in PERSON_KINDS)
    pinyin_runs, initial_runs = _runs(spellings)
    texts = (
        _spaced(name),
        pinyin_runs,
        initial_runs,
        _keys(name, spellings),
        " ".join(filter(None, [_spaced(org_name), _spaced(dept_name)])),
        " ".join(filter(None, [_org_runs(org_name), _org_runs(dept_name)])),
        _place(c["province"], c["city"], c["district"], c["address"]),
        _phone_suffixes(c["phone"], c["mobile"]),
    )
    # Spaces around every text let ranking find a token start with one instr() call.
    return (c["id"], *(f" {text} " for text in texts), " ".join(spellings[0]) + "\x00" + name)


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


_CUSTOMER_SQL = ("SELECT id, kind, tier, name, organisation_id, department_id, province, "
                 "city, district, address, phone, mobile FROM customer")
_INSERT_DOC = (f"INSERT INTO customer_search_doc (id, {', '.join(_DOC_COLUMNS)}) "
               f"VALUES (?, {', '.join('?' * len(_DOC_COLUMNS))})")
_FTS_COLUMNS = ", ".join(_SEARCH_COLUMNS)
_FTS_VALUES = ", ".join("?" * len(_SEARCH_COLUMNS))


def _rows(db: sqlite3.Connection, sql: str, params: Sequence = ()) -> list[dict]:
    cur = db.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _names(db: sqlite3.Connection, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = sorted({i for i in ids if i})
    out: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        out.update(db.execute(
            f"SELECT id, name FROM customer WHERE id IN ({', '.join('?' * len(chunk))})",
            chunk).fetchall())
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


def _index_customers(db: sqlite3.Connection, customers: list[dict], *,
                     follow_dependants: bool = True) -> None:
    names = _names(db, [c[k] for c in customers for k in ("organisation_id", "department_id")])
    for c in customers:
        old = _drop(db, c["id"])
        doc = _document(c, names.get(c["organisation_id"]), names.get(c["department_id"]))
        _put(db, c, doc)
        # A renamed (or newly arrived) organisation or department changes its people's
        # `org` text; rows may arrive from the server child-first.
        if follow_dependants and (old is None or old[1] != doc[1]):
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


def rebuild_index(session: Session) -> int:
    """Rebuild the whole index from the customer table (bulk); returns documents indexed."""
    db = _db(session)
    customers = _rows(db, f"{_CUSTOMER_SQL} WHERE deleted = 0")
    names = dict(db.execute("SELECT id, name FROM customer").fetchall())
    ranked = []
    for c in customers:
        doc = _document(c, names.get(c["organisation_id"]), names.get(c["department_id"]))
        ranked.append((_static_rank(c["kind"], c["tier"], c["name"] or "", doc[-1]), doc))
    ranked.sort(key=lambda pair: (pair[0], pair[1][-1]))
    rows, previous = [], -1
    for base, doc in ranked:
        previous = max(base, previous + 1)
        rows.append((previous, *doc))
    db.execute("INSERT INTO customer_search (customer_search) VALUES ('delete-all')")
    db.execute("DELETE FROM customer_search_doc")
    db.executemany(_INSERT_DOC, rows)
    db.execute("INSERT INTO customer_search (customer_search) VALUES ('rebuild')")
    # One merged segment per token: phrase queries on common characters get ~2x faster.
    db.execute("INSERT INTO customer_search (customer_search) VALUES ('optimize')")
    return len(rows)


@register_write_hook
def _on_write(session: Session, table: str, row) -> None:
    """Write hook: runs in the write transaction for every local or pulled row."""
    if table != "customer":
        return
    db = _db(session)
    if row.deleted:
        _drop(db, row.id)
        return
    _index_customers(db, [{k: getattr(row, k) for k in (
        "id", "kind", "tier", "name", "organisation_id", "department_id", "province", "city",
        "district", "address", "phone", "mobile")}])


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
