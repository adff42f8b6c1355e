"""Search relevance on a realistic hospital list (issue 17): does what a rep types find the
hospital meant? About 2,000 hospitals shaped like a real list (bench/search_names.py) and
~450 queries of the kinds reps type — a city and the name run together in characters,
pinyin or initials, a district and the name, a campus, fillers left out, an alias, a pinyin
typo, a homophone, pinyin being typed — each with the one hospital it should find.

The search is the customers view's own (`desktop.domain.customer_list.search`). Emits the
top-1 and top-5 hit rates and the mean reciprocal rank (rank beyond 50: 0), per query kind
and overall; `ROUNDS_BENCH_VERBOSE=1` prints every miss on standard error.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

RANK_LIMIT = 50


def _store_with(names, folder: Path):
    from desktop.models import Customer
    from desktop.store.store import Store

    store = Store.open(folder / "relevance.sqlite3")
    ids = []
    with store.write(durable=False) as w:
        for h in names.hospitals:
            ids.append(w.create(Customer, kind="hospital", name=h.name, city=h.city,
                                province=h.province, district=h.district, alias=h.alias,
                                tier=h.tier).id)
        # people of the big hospitals: their organisation text matches the same words
        for i, h in enumerate(names.hospitals):
            if h.tier == "A" and "（" not in h.name:
                for person in ("王磊", "李静"):
                    w.create(Customer, kind="doctor", name=person, city=h.city,
                             organisation_id=ids[i])
    return store, ids


def evaluate(emit) -> dict[str, dict[str, float]]:
    from bench.search_names import build
    from desktop.domain.customer_list import CustomerFilter, search

    names = build()
    verbose = bool(os.environ.get("ROUNDS_BENCH_VERBOSE"))
    with tempfile.TemporaryDirectory() as folder:
        store, ids = _store_with(names, Path(folder))
        try:
            ranks: dict[str, list[int | None]] = defaultdict(list)
            started = time.perf_counter()
            for kind, query, target in names.queries:
                rows = search(store, CustomerFilter(text=query), RANK_LIMIT).rows
                found = [r.id for r in rows]
                rank = found.index(ids[target]) + 1 if ids[target] in found else None
                ranks[kind].append(rank)
                if verbose and rank != 1:
                    print(f"miss {kind}: {query!r} -> want {names.hospitals[target].name} "
                          f"(rank {rank}); got {[r.name for r in rows[:3]]}", file=sys.stderr)
            elapsed = time.perf_counter() - started
        finally:
            store.close()
    ranks["overall"] = [r for kind, values in list(ranks.items()) for r in values]
    figures = {}
    for kind, values in ranks.items():
        n = len(values)
        figures[kind] = {
            "top1": sum(r == 1 for r in values) / n,
            "top5": sum(r is not None and r <= 5 for r in values) / n,
            "mrr": sum(1 / r for r in values if r) / n,
            "queries": n,
        }
        for metric in ("top1", "top5", "mrr"):
            emit({"metric": f"relevance_{metric}", "query_class": kind,
                  "value": round(figures[kind][metric], 3), "unit": "ratio", "queries": n,
                  "hospitals": len(names.hospitals)})
    emit({"metric": "relevance_mean_query_ms", "value": round(
        elapsed * 1000 / len(ranks["overall"]), 2), "unit": "ms",
        "hospitals": len(names.hospitals)})
    return figures


def run(emit) -> None:
    evaluate(emit)
