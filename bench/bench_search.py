"""Customer search latency at 10,000, 50,000 and 200,000 customers (goal: p95 ≤ 15 ms over
a mixed query set at 50,000).

Each size's demo database is built once and cached under the temp dir,
keyed by the spec and the schema head, so reruns start in seconds. Each run rebuilds the
search index (timed: `index_build`), then runs every query of a mixed set drawn from the
data — Chinese names, hospital names and fragments, full and partial pinyin, initials,
phone fragments and mixed queries, and what reps type for hospitals: the city and a word of
the name run together in characters, pinyin and initials, fillers dropped, pinyin typos,
pinyin being typed — several rounds after a warm-up, and emits p50, p95, p99 and max per
query class and overall; then the same through the customers view's own path
(`customer_list.first_rows`: `view_latency_*`, `view_cpu_*`).
"""

from __future__ import annotations

import os
import random
import re
import statistics
import time
from collections import defaultdict
from pathlib import Path

from pypinyin import lazy_pinyin

from bench import CACHE_DIR, cached_store_usable, move_store

CUSTOMERS = int(os.environ.get("ROUNDS_BENCH_CUSTOMERS", "50000"))
# The sizes measured: ROUNDS_BENCH_SEARCH_SIZES, else ROUNDS_BENCH_CUSTOMERS alone when set,
# else the curve of 10k, 50k and 200k customers.
SIZES = [int(n) for n in os.environ.get(
    "ROUNDS_BENCH_SEARCH_SIZES",
    os.environ.get("ROUNDS_BENCH_CUSTOMERS", "10000,50000,200000")).split(",")]
ROUNDS = 5
VIEW_ROUNDS = 3
PER_CLASS = 40
GOAL_P95_MS = 15.0


def cached_demo_store(customers: int = CUSTOMERS, seed: int = 7) -> Path:
    """Path of a store holding the demo generator's customers (built on first use)."""
    from desktop.demo.generator import DemoSpec
    from desktop.demo.loader import load_into_store
    from desktop.store import migrate
    from desktop.store.encryption import CIPHER_PAGE_SIZE
    from desktop.store.store import Store

    spec = DemoSpec(seed=seed, customers=customers, visits=0)
    path = CACHE_DIR / (f"customers-s{seed}-c{customers}-v0-{migrate.head_revision()}"
                        f"-sqlcipher{CIPHER_PAGE_SIZE // 1024}k.sqlite3")
    if not cached_store_usable(path):
        building = path.with_suffix(f".building-{os.getpid()}")
        store = Store.open(building)
        try:
            load_into_store(store, spec)
        finally:
            store.close()
        move_store(building, path)
    return path


def _percentiles(samples_ms: list[float]) -> dict[str, float]:
    ordered = sorted(samples_ms)
    cuts = statistics.quantiles(ordered, n=100, method="inclusive")
    return {"p50": cuts[49], "p95": cuts[94], "p99": cuts[98], "max": ordered[-1]}


def query_set(db, seed: int = 11) -> dict[str, list[str]]:
    """Realistic queries per class, drawn deterministically from the customers."""
    rng = random.Random(seed)

    def sample(sql: str) -> list[tuple]:
        rows = db.execute(sql).fetchall()
        return rng.sample(rows, min(PER_CLASS, len(rows)))

    people = sample("SELECT name, mobile FROM customer WHERE kind = 'doctor' AND deleted = 0")
    hospitals = sample("SELECT name, city FROM customer WHERE kind = 'hospital' AND deleted = 0")
    depts = sample("SELECT d.name, h.name, h.city FROM customer d JOIN customer h "
                   "ON h.id = d.organisation_id WHERE d.kind = 'department'")
    phones = [p for _, p in people if p]

    def pinyin_of(name: str) -> list[str]:
        return lazy_pinyin(name)

    def fragment(name: str, city: str | None) -> str:
        """2–4 characters from inside a name, as people type them (协和, 安贞医院)."""
        core = re.split(r"[（(]", name)[0]
        core = core.removeprefix(city or "").removeprefix("市") or core
        start = rng.randrange(max(len(core) - 2, 1))
        return core[start:start + rng.choice((2, 3, 4))]

    queries = {
        "chinese_name": [n for n, _ in people],
        "hospital_name": [n for n, _ in hospitals[: PER_CLASS // 2]]
        + [fragment(n, c) for n, c in hospitals[PER_CLASS // 2:]],
        "pinyin_full": ["".join(pinyin_of(n)) for n, _ in people],
        "pinyin_partial": ["".join(pinyin_of(n))[: rng.randint(4, 7)] for n, _ in people]
        + ["".join(pinyin_of(fragment(n, c))) for n, c in hospitals[:PER_CLASS // 2]],
        "initials": ["".join(s[0] for s in pinyin_of(n)) for n, _ in people[: PER_CLASS // 2]]
        + ["".join(s[0] for s in pinyin_of(n))[:4] for n, _ in hospitals[PER_CLASS // 2:]],
        "phone_fragment": [p[-4:] for p in phones[: PER_CLASS // 2]]
        + [p[3:8] for p in phones[PER_CLASS // 2:]],
        "mixed": [f"{fragment(h, c)} {''.join(pinyin_of(n[0]))}"
                  for (h, c), (n, _) in zip(hospitals, people, strict=False)][: PER_CLASS // 2]
        + [f"{c} {d[:2]}" for d, _, c in depts[: PER_CLASS // 2]],
    }
    # What reps type for hospitals on a real list (issue 17): the city and a word of the
    # name run together, in characters, pinyin and initials; the name without its fillers;
    # a person's pinyin with two letters swapped; pinyin typed up to the middle.
    def core(name: str, city: str | None) -> str:
        """The name's own word: the name without brackets, city and fillers."""
        bare = re.split(r"[（(]", name)[0].removeprefix(city or "")
        return "".join(ch for ch in bare if ch not in "省市区县第") or bare

    def initials(text: str) -> str:
        return "".join(s[0] for s in pinyin_of(text))

    def swapped(word: str) -> str:
        i = rng.randrange(1, max(len(word) - 2, 2))
        return word[:i] + word[i + 1:i + 2] + word[i] + word[i + 2:]

    runs = [(c or "", core(n, c)[-4:]) for n, c in hospitals]
    queries |= {
        "city_name_run": [c + w for c, w in runs],
        "city_name_run_pinyin": ["".join(pinyin_of(c + w)) for c, w in runs],
        "city_name_run_initials": [initials(c + w) for c, w in runs],
        "fillers_dropped": ["".join(ch for ch in re.split(r"[（(]", n)[0] if ch not in "市区第")
                            for n, _ in hospitals],
        "typo_pinyin": [swapped("".join(pinyin_of(n))) for n, _ in people],
        "typing_pinyin": ["".join(pinyin_of(c + w))[: rng.randint(5, 9)] for c, w in runs],
    }
    return {k: [q for q in v if q.strip()] for k, v in queries.items()}


def measure(path: Path, emit) -> dict[str, dict[str, float]]:
    """Rebuild the index, time the query set; emits and returns the figures."""
    from desktop.store.search import rebuild_index, search_customers
    from desktop.store.store import Store

    store = Store.open(path)
    try:
        started, started_cpu = time.perf_counter(), time.process_time()
        with store.write() as w:
            indexed = rebuild_index(w.session)
        emit({"metric": "index_build", "value": round(time.perf_counter() - started, 3),
              "unit": "s", "customers": indexed})
        emit({"metric": "index_build_cpu", "value": round(time.process_time() - started_cpu, 3),
              "unit": "s", "customers": indexed})
        with store.read() as session:
            db = session.connection().connection.driver_connection
            queries = query_set(db)
            for qs in queries.values():  # warm-up: page cache and statement cache
                for q in qs:
                    search_customers(session, q)
            wall: dict[str, list[float]] = defaultdict(list)
            cpu: dict[str, list[float]] = defaultdict(list)
            view_wall: dict[str, list[float]] = defaultdict(list)
            view_cpu: dict[str, list[float]] = defaultdict(list)
            for _ in range(ROUNDS):
                for cls, qs in queries.items():
                    for q in qs:
                        t, c = time.perf_counter(), time.process_time()
                        search_customers(session, q)
                        cpu[cls].append((time.process_time() - c) * 1000)
                        wall[cls].append((time.perf_counter() - t) * 1000)
        # The exact path of the customers view: what its model reads on every keystroke
        # (the best SEARCH_LIMIT matches, their rows, organisations and last visits).
        from desktop.domain.customer_list import CustomerFilter, first_rows

        for qs in queries.values():
            for q in qs:
                first_rows(store, CustomerFilter(text=q))
        for _ in range(VIEW_ROUNDS):
            for cls, qs in queries.items():
                for q in qs:
                    t, c = time.perf_counter(), time.process_time()
                    first_rows(store, CustomerFilter(text=q))
                    view_cpu[cls].append((time.process_time() - c) * 1000)
                    view_wall[cls].append((time.perf_counter() - t) * 1000)
        figures = {}
        # Wall-clock latency is what a user feels; CPU time is what it would be on a quiet
        # machine (on a busy one the wall clock mostly measures waiting for a core).
        for prefix, samples in (("latency", wall), ("cpu", cpu), ("view_latency", view_wall),
                                ("view_cpu", view_cpu)):
            samples["overall"] = [s for v in samples.values() for s in v]
            for cls, values in samples.items():
                stats = _percentiles(values)
                figures[f"{prefix}:{cls}"] = stats
                for stat, value in stats.items():
                    record = {"metric": f"{prefix}_{stat}", "query_class": cls,
                              "value": round(value, 3), "unit": "ms", "customers": indexed,
                              "queries": len(values)}
                    if cls == "overall" and stat == "p95" and prefix.startswith(
                            ("latency", "view_latency")):
                        record["goal"] = GOAL_P95_MS
                    emit(record)
        return figures
    finally:
        store.close()


def run(emit) -> None:
    for customers in SIZES:  # the curve: latency against the number of customers
        measure(cached_demo_store(customers), emit)
