"""Turning a customer into search text: folding, one token per Chinese character, pinyin
syllable runs and initials (pypinyin), phone suffixes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

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
# Surnames read differently from the character's everyday reading, which pypinyin gives
# (it has no surname mode: mozillazg/python-pinyin#120). A person's name sorts under its
# surname reading (曾伟 under Z, 单志刚 under S); search finds both readings. Compound surnames
# (尉迟, 万俟, 长孙, 单于) come right from pypinyin's phrase dictionary.
SURNAME_READINGS = {
    "卜": "bu", "单": "shan", "都": "du", "繁": "po", "盖": "ge", "句": "gou", "阚": "kan",
    "乐": "yue", "六": "lu", "缪": "miao", "乜": "nie", "朴": "piao", "秘": "bi", "薄": "bo",
    "区": "ou", "仇": "qiu", "覃": "qin", "召": "shao", "折": "she", "隗": "wei", "解": "xie",
    "郇": "xun", "员": "yun", "曾": "zeng", "查": "zha", "翟": "zhai", "藏": "zang",
    "种": "chong", "重": "chong",
}
_SEARCH_COLUMNS = ("name", "pinyin", "initials", "keys", "alias", "org", "org_pinyin", "place",
                   "phone")
# Characters a rep leaves out of a name (武汉中心医院 for 武汉市中心医院, 厦门中医院 for
# 厦门市中医院, 武汉第一医院): indexed names keep them, the whole-name keys also come without
# them, and the query matches with and without them.
FILLERS = frozenset("省市区县第镇乡")
_FILLER_RE = re.compile(f"[{''.join(sorted(FILLERS))}]")
# Bracketed parts of a name: 武汉市第一医院（武汉市中西医结合医院）, 同仁堂药店（王府井店）.
_BRACKETED = re.compile(r"[（(【\[]([^）)】\]]*)[）)】\]]")
_ALIAS_SEPARATORS = re.compile(r"[;；\n]+")
_DOC_COLUMNS = ("customer_id", *_SEARCH_COLUMNS, "sort_key")


@cache
def _pypinyin():
    """pypinyin and its phrase dictionary, imported on first use: loading them takes about
    0.2 s, which opening the app does not need (nothing is indexed at start-up). The
    dictionaries are loaded in slices (`pinyin_data`), so the GUI thread keeps running."""
    from desktop.store.search import pinyin_data

    pinyin_data.preload()
    import pypinyin
    from pypinyin.phrases_dict import phrases_dict

    return pypinyin, phrases_dict


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
    return tuple(_pypinyin()[0].lazy_pinyin(piece))


def _has_phrase(text: str) -> bool:
    """Whether pypinyin's phrase dictionary knows a word inside `text` (short texts)."""
    phrases = _pypinyin()[1]
    return any(text[i:j] in phrases for i in range(len(text))
               for j in range(i + 2, len(text) + 1))


@lru_cache(maxsize=30_000)
def _char_reading(char: str) -> str:
    return _pypinyin()[0].lazy_pinyin(char)[0]


@lru_cache(maxsize=20_000)
def _readings(char: str) -> tuple[str, ...]:
    """Every toneless reading of one character (曾 → ceng, zeng)."""
    pypinyin = _pypinyin()[0]
    return tuple(dict.fromkeys(
        pypinyin.pinyin(char, style=pypinyin.Style.NORMAL, heteronym=True)[0]))


def _spellings(name: str, person: bool) -> list[tuple[str, ...]]:
    """Syllable lists under which a name may be typed, the one it sorts by first: the
    phrase-aware reading (for a person whose surname reads differently, that reading of the
    surname first); for people also every reading of the surname; and 'u' for 'v' (lv / lu
    for 吕)."""
    base = _syllables(_fold(name))
    spellings = [base]
    first = _fold(name.strip()[:1])
    if person and base and _HAN_CHAR.match(first or " "):
        surname = SURNAME_READINGS.get(first)
        if surname and base[0] == _char_reading(first):  # not already read as a phrase
            spellings.insert(0, (surname, *base[1:]))
        spellings += [(r, *base[1:]) for r in _readings(first) if r != base[0]]
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
    """Place text: province, city, district, address one character per token; city and
    district in pinyin and initials as whole words, with and without a filler (武汉市:
    wuhanshi whs wuhan wh)."""
    words: list[str] = []
    for place in (city, district):  # not the province: its words are in most documents
        folded = "".join(_PIECE.findall(_fold(place)))
        for variant in dict.fromkeys((folded, without_fillers(folded))):
            if variant:
                syllables = _syllables(variant)
                words += ["".join(syllables), "".join(s[0] for s in syllables)]
    return " ".join(filter(None, [
        _spaced(province), _spaced(city), _spaced(district), _spaced(address),
        *dict.fromkeys(words)]))


def without_fillers(text: str) -> str:
    """`text` without the filler characters (市, 省, 区, 县, 第…) a rep may leave out."""
    return _FILLER_RE.sub("", text)


_PLACE_FILLER_RE = re.compile("[省市区县镇乡]")


def filler_variants(text: str) -> tuple[str, ...]:
    """`text`, without the fillers of places (市, 区…: 深圳第二人民医院), and without any
    filler (深圳二人民医院)."""
    return tuple(dict.fromkeys((text, _PLACE_FILLER_RE.sub("", text), without_fillers(text))))


def name_parts(name: str | None) -> tuple[str, list[str]]:
    """The name outside brackets, and the bracketed names (official aliases, campuses):
    ('武汉市第一医院', ['武汉市中西医结合医院'])."""
    name = name or ""
    core = _BRACKETED.sub("", name).strip()
    return (core or name), [p.strip() for p in _BRACKETED.findall(name) if p.strip()]


def own_name(name: str | None) -> str | None:
    """The hospital's own name after its university's (华中科技大学同济医学院附属同济医院 →
    同济医院): what reps call it; None when the name has no such part."""
    core = name_parts(name)[0]
    if "附属" not in core:
        return None
    tail = core.rsplit("附属", 1)[1]
    return tail if len(tail) >= 2 and tail != core else None


def aliases_of(name: str | None, alias: str | None) -> list[str]:
    """Other names of a customer: bracketed parts of its name, its own name after its
    university's (同济医院), and its `alias` field (`;`-separated nicknames: 北医三院)."""
    found = [*name_parts(name)[1], own_name(name) or "", *_ALIAS_SEPARATORS.split(alias or "")]
    return list(dict.fromkeys(a.strip() for a in found if a.strip()))


def _keys(name: str, spellings: list[tuple[str, ...]]) -> str:
    """Whole-name keys, one token each: the name itself, each full pinyin, each initials;
    the same for the name outside brackets, with and without filler characters
    (武汉中心医院, wuhanzhongxinyiyuan, whzxyy for 武汉市中心医院)."""
    keys = {"".join(_PIECE.findall(_fold(name)))}
    keys.update(k for sp in spellings for k in ("".join(sp), "".join(s[0] for s in sp)))
    _variant_keys(name_parts(name)[0], keys)
    return " ".join(sorted(k for k in keys if k))


def _variant_keys(text: str, keys: set[str] | dict[str, None]) -> None:
    """Add `text` whole, in pinyin and in initials, with and without filler characters."""
    folded = "".join(_PIECE.findall(_fold(text)))
    for variant in filler_variants(folded):
        if variant and variant not in keys:
            syllables = _syllables(variant)
            for key in (variant, "".join(syllables), "".join(s[0] for s in syllables)):
                if isinstance(keys, dict):
                    keys[key] = None
                else:
                    keys.add(key)


@lru_cache(maxsize=20_000)
def _alias_text(aliases: tuple[str, ...]) -> str:
    """The alias column: each alias one character per token, its pinyin and initials as
    syllable runs, and whole (characters, pinyin, initials; with and without fillers): a
    whole alias of characters is a token nothing else makes (characters are spaced)."""
    parts: list[str] = []
    whole: dict[str, None] = {}
    for alias in aliases:
        parts += [_spaced(alias), *_runs([_syllables(_fold(alias))])]
        _variant_keys(alias, whole)
    return " ".join(p for p in (*parts, *whole) if p)


def _document(c: dict, org: tuple | None, dept: tuple | None) -> tuple:
    """The search document of one customer: customer_search_doc's columns after `id`.
    `org` and `dept` are (name, alias) of its organisation and department."""
    name = c["name"] or ""
    spellings = _spellings(name, c["kind"] in PERSON_KINDS)
    pinyin_runs, initial_runs = _runs(spellings)
    org_names = [n for pair in (org, dept) if pair for n in aliases_of(None, pair[1])
                 + [pair[0]] if n]
    aliases = tuple(aliases_of(name, c.get("alias")))
    texts = (
        _spaced(name),
        pinyin_runs,
        initial_runs,
        _keys(name, spellings),
        _alias_text(aliases),
        " ".join(filter(None, [_spaced(n) for n in org_names])),
        " ".join(filter(None, [_org_runs(n) for n in org_names])),
        _place(c["province"], c["city"], c["district"], c["address"]),
        _phone_suffixes(c["phone"], c["mobile"]),
    )
    # Spaces around every text let ranking find a token start with one instr() call.
    return (c["id"], *(f" {text} " for text in texts), " ".join(spellings[0]) + "\x00" + name)


def forget_cached_texts() -> None:
    """Empty the in-memory caches of names and places turned into search text (after
    customers left the store: their names are not kept in this process either)."""
    for cached in (_fold, _spaced, _syllables, _han_syllables, _org_runs, _place, _alias_text):
        cached.cache_clear()
