"""Customer export at territory scale: 10,000 and 50,000 customers of the demo generator
(with their monthly figures) from a client store to .xlsx, as `rounds export customers` and
the customers view's Export… write it (`desktop.domain.customer_list.export_customers`).

Each export runs in a process of its own, so that its memory is measured alone:
- `export_seconds`, `export_cpu_seconds`, `export_customers_per_s`;
- `export_peak_rss_mb`: the process's resident memory at its highest during the export
  (sampled every 10 ms; imports and the open store included), and `export_rss_growth_mb`:
  that peak minus the resident memory just before the export. The rows are streamed; what
  grows is mostly SQLite's page cache, which the store bounds at 64 MB (decision 0014);
- `export_file_mb`.

The demo stores are built once and cached like the search benchmark's. Sizes:
`ROUNDS_BENCH_EXPORT_SIZES` (default "10000,50000"); alone:
`python -m bench export`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

SIZES = [int(n) for n in os.environ.get("ROUNDS_BENCH_EXPORT_SIZES", "10000,50000").split(",")]


def run(emit) -> None:
    from bench.bench_search import cached_demo_store

    for size in SIZES:
        store = cached_demo_store(customers=size)
        with tempfile.TemporaryDirectory(prefix="rounds-bench-export-") as folder:
            out = Path(folder) / "customers.xlsx"
            figures = json.loads(subprocess.run(
                [sys.executable, "-m", "bench.bench_export", str(store), str(out)],
                check=True, capture_output=True, text=True).stdout)
        exported = figures.pop("customers")
        for metric, (value, unit) in figures.items():
            emit({"metric": metric, "value": value, "unit": unit, "customers": exported})


def export_once(store_path: Path, out: Path) -> dict:
    """Export every customer of the store at `store_path` to `out` (in this process)."""
    from bench.bench_generator import rss_mb
    from desktop.domain.customer_list import CustomerFilter, export_customers
    from desktop.store.store import Store

    store = Store.open(store_path)
    try:
        before = rss_mb()
        with RssSampler() as sampler:
            started, started_cpu = time.perf_counter(), time.process_time()
            count = export_customers(store, CustomerFilter(), out, "zh_CN")
            seconds, cpu = time.perf_counter() - started, time.process_time() - started_cpu
        peak = sampler.peak
    finally:
        store.close()
    return {"customers": count, "export_seconds": (round(seconds, 2), "s"),
            "export_cpu_seconds": (round(cpu, 2), "s"),
            "export_customers_per_s": (round(count / seconds), "customers/s"),
            "export_peak_rss_mb": (round(peak, 1), "MB"),
            "export_rss_growth_mb": (round(peak - before, 1), "MB"),
            "export_file_mb": (round(out.stat().st_size / 2**20, 1), "MB")}


class RssSampler:
    """The highest resident memory (MB) seen every 10 ms while the `with` block runs."""

    def __enter__(self) -> RssSampler:
        from bench.bench_generator import rss_mb

        self.peak = rss_mb()
        self._done = threading.Event()

        def sample() -> None:
            while not self._done.wait(0.01):
                self.peak = max(self.peak, rss_mb())

        self._thread = threading.Thread(target=sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._done.set()
        self._thread.join()


if __name__ == "__main__":  # one export, in the process `run` starts
    print(json.dumps(export_once(Path(sys.argv[1]), Path(sys.argv[2]))))
