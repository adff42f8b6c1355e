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

from desktop.store.search.index import (
    forget_customers,
    purging_index,
    rebuild_index,
    reindex_customer,
)
from desktop.store.search.query import (
    RankedIds,
    SearchHit,
    SearchResult,
    matching_customer_ids,
    search,
    search_customers,
    search_ids,
)
from desktop.store.search.terms import parse_query

__all__ = ["RankedIds", "SearchHit", "SearchResult", "forget_customers", "purging_index",
           "matching_customer_ids", "parse_query", "rebuild_index", "reindex_customer",
           "search", "search_customers", "search_ids"]
