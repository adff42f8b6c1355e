"""Demo data at scale: generating, and generating + loading into a client store,
50,000 customers and 500,000 visits (with their metrics, children, plans and complaints).

Figures (wall clock and process CPU; CPU is what the wall clock would be on a quiet machine):
- `generate_rows_per_s`, `generate_seconds`, `generate_cpu_seconds`: streaming every row;
- `generate_rss_growth_mb`: resident memory growth while streaming (bounded memory: it must
  not grow with the number of visits);
- `load_rows_per_s`, `load_seconds`, `load_cpu_seconds`: generate + bulk load + search index
  into a fresh store on disk; `load_peak_rss_mb`, `load_rss_growth_mb`; `store_size_mb`.

Sizes: `ROUNDS_BENCH_GEN_CUSTOMERS` / `ROUNDS_BENCH_GEN_VISITS` (default 50,000 / 500,000);
alone: `python -m bench.bench_generator [--customers N] [--visits N]`.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from datetime import date
from pathlib import Path

CUSTOMERS = int(os.environ.get("ROUNDS_BENCH_GEN_CUSTOMERS", "50000"))
VISITS = int(os.environ.get("ROUNDS_BENCH_GEN_VISITS", "500000"))
TODAY = date(2026, 3, 18)  # fixed, so that runs on different days generate the same data


def rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; elsewhere the peak so far)."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, AttributeError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if os.uname().sysname == "Darwin" else peak / 1024


def measure_generate(spec, emit, common: dict) -> None:
    from desktop.demo.generator import generate

    base = peak = rss_mb()
    rows = 0
    started, started_cpu = time.perf_counter(), time.process_time()
    for _table, batch in generate(spec):
        rows += len(batch)
        peak = max(peak, rss_mb())
    wall, cpu = time.perf_counter() - started, time.process_time() - started_cpu
    emit({"metric": "generate_rows_per_s", "value": round(rows / wall), "unit": "rows/s",
          "rows": rows, **common})
    emit({"metric": "generate_seconds", "value": round(wall, 1), "unit": "s", **common})
    emit({"metric": "generate_cpu_seconds", "value": round(cpu, 1), "unit": "s", **common})
    emit({"metric": "generate_rss_growth_mb", "value": round(peak - base, 1), "unit": "MB",
          **common})


def measure_load(spec, emit, common: dict, folder: Path) -> None:
    from desktop.demo.loader import load_into_store
    from desktop.store.store import Store

    path = folder / "bench-generator.sqlite3"
    store = Store.open(path)
    try:
        base = peak = rss_mb()

        def sample(_counts):
            nonlocal peak
            peak = max(peak, rss_mb())

        started, started_cpu = time.perf_counter(), time.process_time()
        counts = load_into_store(store, spec, progress=sample)
        wall, cpu = time.perf_counter() - started, time.process_time() - started_cpu
        sample(counts)
    finally:
        store.close()
    rows = sum(counts.values())
    size = sum(p.stat().st_size for p in folder.glob("bench-generator.sqlite3*")) / 2**20
    emit({"metric": "load_rows_per_s", "value": round(rows / wall), "unit": "rows/s",
          "rows": rows, "visits": counts.get("visit", 0), **common})
    emit({"metric": "load_seconds", "value": round(wall, 1), "unit": "s", **common})
    emit({"metric": "load_cpu_seconds", "value": round(cpu, 1), "unit": "s", **common})
    emit({"metric": "load_peak_rss_mb", "value": round(peak, 1), "unit": "MB", **common})
    emit({"metric": "load_rss_growth_mb", "value": round(peak - base, 1), "unit": "MB",
          **common})
    emit({"metric": "store_size_mb", "value": round(size, 1), "unit": "MB", **common})


def run(emit, customers: int = CUSTOMERS, visits: int = VISITS) -> None:
    from desktop.demo.generator import DemoSpec

    spec = DemoSpec(seed=7, customers=customers, visits=visits, today=TODAY)
    common = {"customers": customers, "visits": visits}
    measure_generate(spec, emit, common)
    with tempfile.TemporaryDirectory(prefix="rounds-bench-generator-") as folder:
        measure_load(spec, emit, common, Path(folder))


def main(argv: list[str] | None = None) -> int:
    from bench.__main__ import git_commit, machine_facts, make_emitter

    parser = argparse.ArgumentParser(prog="python -m bench.bench_generator",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--customers", type=int, default=CUSTOMERS)
    parser.add_argument("--visits", type=int, default=VISITS)
    args = parser.parse_args(argv)
    run(make_emitter("generator", git_commit(), machine_facts()), args.customers, args.visits)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
