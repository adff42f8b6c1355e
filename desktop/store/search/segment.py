"""Reading a query typed without spaces as several parts, and correcting typos.

A rep types `武汉协和`, `wuhanxiehe` or `whxh` for 华中科技大学同济医学院附属协和医院 in 武汉:
the city and the name run together. Each part may match a different field of the customer.

- A Chinese term is cut into words by jieba (its dictionary knows place and hospital words:
  武汉 | 协和, 同济 | 光谷, 武汉 | 中心医院).
- A Latin term is parsed into units (full pinyin syllables, else single letters: initials),
  and the units are grouped into parts wherever each part is the start of a token of the
  index (`customer_search_vocab`): wuhan | xiehe, wh | xh, wuhan | x while typing.
- A term nothing matches is corrected: pinyin by edit distance (rapidfuzz, optimal string
  alignment: a swap of two letters is one edit) against the index's tokens, a Chinese term
  by its pinyin (a homophone: 同剂 for 同济).

See docs/decisions/0023-search-segmentation-and-typos.md.
"""

from __future__ import annotations

import logging
import sqlite3
from functools import cache, lru_cache

from desktop.store.search.text import _syllables

MAX_UNITS = 16
MAX_PARTS = 4
MAX_READINGS = 3
# Syllables pypinyin knows that a rep never types as one (interjections): left out so that
# `n`, `m` in a query stay initials.
_ODD_SYLLABLES = frozenset({"n", "ng", "m", "hm", "hng", "ê", "r", "yo", "lo", "io"})


@cache
def syllables() -> frozenset[str]:
    """Every toneless pinyin syllable (from pypinyin's character dictionary)."""
    from desktop.store.search.text import _pypinyin

    pypinyin = _pypinyin()[0]  # the dictionaries, loaded in slices
    from pypinyin.pinyin_dict import pinyin_dict
    from pypinyin.style import convert

    Style = pypinyin.Style

    found = {convert(reading, Style.NORMAL, strict=False)
             for value in pinyin_dict.values() for reading in value.split(",")}
    return frozenset(s for s in found if s.isascii() and s.isalpha()) - _ODD_SYLLABLES


@cache
def _jieba():
    """jieba, initialised on first use (its dictionary takes ~0.5 s to load)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


@lru_cache(maxsize=2_000)
def han_words(term: str) -> tuple[str, ...]:
    """A Chinese term cut into words: 武汉协和 → 武汉, 协和 (jieba, dictionary only). A term
    jieba knows whole (北京中医医院 is a hospital of its dictionary) is cut into the longest
    shorter words it holds (北京, 中医医院): a rep's 北京中医医院 may be any of several."""
    jieba = _jieba()
    words = tuple(w for w in jieba.lcut(term, HMM=False) if w.strip())
    if len(words) != 1 or len(term) < 4:
        return words
    inner: dict[int, str] = {}
    for word, start, end in jieba.tokenize(term, mode="search", HMM=False):
        if end - start < len(term) and len(word) > len(inner.get(start, "")):
            inner[start] = word
    out, i = [], 0
    while i < len(term):
        word = inner.get(i, term[i])
        out.append(word)
        i += len(word)
    return tuple(out)


@lru_cache(maxsize=2_000)
def latin_units(term: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """A Latin term as units: full syllables where it parses as pinyin (wu han xie he),
    single letters (initials) elsewhere (w h x h); the fewest units, syllables preferred.
    Also which units are lone letters."""
    known = syllables()
    n = len(term)
    # best[i]: (cost, units, letters) of term[i:]; a syllable costs 1, a lone letter 1.5
    best: list[tuple[float, tuple[str, ...], tuple[bool, ...]]] = [(0.0, (), ())] * (n + 1)
    for i in range(n - 1, -1, -1):
        options = []
        for j in range(i + 1, min(n, i + 6) + 1):
            piece = term[i:j]
            if piece in known:
                options.append((1 + best[j][0], (piece, *best[j][1]), (False, *best[j][2])))
        options.append((1.5 + best[i + 1][0], (term[i], *best[i + 1][1]),
                        (True, *best[i + 1][2])))
        if term[i:i + 2] in ("zh", "ch", "sh"):  # an initial of two letters
            options.append((1.5 + best[i + 2][0], (term[i:i + 2], *best[i + 2][1]),
                            (True, *best[i + 2][2])))
        best[i] = min(options, key=lambda o: (o[0], len(o[1])))
    units = best[0][1][:MAX_UNITS]
    # one letter is an initial, even a vowel that is a syllable too (xa: 西安)
    flags = best[0][2][:MAX_UNITS]
    return units, tuple(flag or len(u) == 1 for u, flag in zip(units, flags, strict=True))


def _vocab_has_prefix(db: sqlite3.Connection, prefix: str, memo: dict) -> bool:
    if prefix not in memo:
        memo[prefix] = db.execute(
            "SELECT 1 FROM customer_search_vocab WHERE term >= ? AND term < ? LIMIT 1",
            (prefix, prefix + "\uffff")).fetchone() is not None
    return memo[prefix]


def _is_place_word(db: sqlite3.Connection, word: str, memo: dict) -> bool:
    """Whether `word` is a whole city or district word of the index (xian for 西安)."""
    key = ("place", word)
    if key not in memo:
        memo[key] = db.execute("SELECT 1 FROM customer_search_vocab WHERE term = ? AND "
                               "col = 'place' LIMIT 1", (word,)).fetchone() is not None
    return memo[key]


def latin_splits(db: sqlite3.Connection, term: str) -> list[tuple[str, ...]]:
    """Ways to read a Latin term as 2 to 4 parts, each the start of some indexed token, best
    first: fewest parts, then fewest one-unit parts (a syllable begun at the end does not
    count), then the longest first part. At most MAX_READINGS. Only the last part may be
    a single syllable or letter."""
    units, letters = latin_units(term)
    n = len(units)
    if n < 2:
        return []
    memo: dict = {}
    full = not any(letters[:-1])  # full pinyin, its last syllable maybe begun

    def ok(i: int, j: int) -> bool:
        # A part is initials or full syllables (`ton|ji` is no reading of `tonji`); only
        # the last may end in letters of a syllable begun (wuhan|xieh).
        kinds = set(letters[i:j] if j < n else letters[i:max(j - 1, i + 1)])
        if len(kinds) != 1:
            return False
        text = "".join(units[i:j])
        if kinds == {True} and any(v in text[:-1] for v in "aeiouv"):
            return False  # `ton` in `tonji` is no run of initials (xa 西安, xye 湘雅二 are)
        return _vocab_has_prefix(db, text, memo)

    found: list[tuple[tuple, tuple[str, ...]]] = []

    def place(i: int, j: int) -> bool:
        return _is_place_word(db, "".join(units[i:j]), memo)

    def walk(i: int, parts: list[tuple[int, int]]) -> None:
        if len(found) >= 64:
            return
        if i == n:
            if len(parts) >= 2:
                singles = sum(1 for a, b in parts if b - a == 1
                              and not (full and b == n) and not place(a, b))
                texts = tuple("".join(units[a:b]) for a, b in parts)
                # a city or district first is the likeliest reading (武汉|协和)
                found.append(((len(parts), singles, not place(*parts[0]), -len(texts[0])),
                              texts))
            return
        if len(parts) == MAX_PARTS:
            return
        for j in range(n, i, -1):
            # Only the last part may be one unit (a syllable or initial being typed), or a
            # whole city or district (xian|xijing): wu|han, xie|he, z|w are no readings.
            if (j - i >= 2 or j == n or place(i, j)) and ok(i, j):
                walk(j, [*parts, (i, j)])

    walk(0, [])
    found.sort(key=lambda f: f[0])
    if not found:
        return []
    fewest = found[0][0][0]
    return [texts for key, texts in found if key[0] == fewest][:MAX_READINGS]


def han_splits(term: str) -> list[tuple[str, ...]]:
    """A Chinese term read as its words (one reading), when jieba cuts it in two or more."""
    words = han_words(term)
    if len(words) < 2 or any(len(w) == 1 for w in words[:-1]):
        return []  # only the last word may be one character (being typed: 武汉|协)
    return [words[:MAX_PARTS - 1] + ("".join(words[MAX_PARTS - 1:]),)
            if len(words) > MAX_PARTS else words]


# -- typos ------------------------------------------------------------------------------------
def _max_edits(term: str) -> int:
    return 1 if len(term) <= 5 else 2


def latin_corrections(db: sqlite3.Connection, term: str,
                      most: int = 4) -> list[tuple[str, int]]:
    """The closest starts of indexed tokens to a Latin term nothing matches (`xeihe` →
    xiehe, `tonji` → tongji) and their edit distances, closest first, at most `most`. Candidates share the term's
    first letter and its second or third; ties go to the spelling more customers have."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    if len(term) < 3 or not term.isalpha():
        return []
    size = len(term)
    counts: dict[str, int] = {}
    for head in dict.fromkeys((term[:2], term[0] + term[2])):
        for token, docs in db.execute(
                "SELECT term, doc FROM customer_search_vocab WHERE term >= ? AND term < ?",
                (head, head + "\uffff")):
            if not token.isascii():
                continue
            for length in (size - 1, size, size + 1):
                if len(token) >= length:
                    counts[token[:length]] = counts.get(token[:length], 0) + docs
    if not counts:
        return []
    limit = _max_edits(term)
    close = process.extract(term, list(counts), scorer=OSA.distance, score_cutoff=limit,
                            limit=None)
    close.sort(key=lambda c: (c[1], -counts[c[0]], abs(len(c[0]) - size), c[0]))
    return [(c[0], int(c[1])) for c in close[:most]]


def han_as_pinyin(term: str) -> str:
    """A Chinese term's pinyin, to find homophones (同剂 → tongji)."""
    return "".join(_syllables(term))


def homophone_in(text: str, term: str) -> str | None:
    """The characters of `text` that read like `term` (同济 in a name, for 同剂)."""
    wanted, size = han_as_pinyin(term), len(term)
    for i in range(max(len(text) - size + 1, 0)):
        window = text[i:i + size]
        if window != term and "".join(_syllables(window)) == wanted:
            return window
    return None
