"""Parsing what a person typed into safe search terms, and the FTS5 expressions that find
a term in the index (what is typed is never read as FTS5 syntax)."""

from __future__ import annotations

from dataclasses import dataclass

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
