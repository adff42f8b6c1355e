"""Run the benchmarks: every `bench/bench_*.py` module's `run(emit)`, or only those named.

    python -m bench            # all of them
    python -m bench search     # bench/bench_search.py only

Each figure is one JSON line on stdout, also appended to bench/results.jsonl, carrying the
benchmark, metric, value and unit plus when, at which commit and on what machine it was
measured (cpu count and load average: the numbers mean little on a busy machine), and how
fast the machine ran plain Python when the benchmark started (`python_loop_ms`: the machines
of issue 21 ran the same code 1.8x slower on one day than on another, at the same load).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
RESULTS = BENCH_DIR / "results.jsonl"


def available() -> list[str]:
    """Names of the benchmarks, e.g. ['search', 'sync']."""
    return sorted(p.stem.removeprefix("bench_") for p in BENCH_DIR.glob("bench_*.py"))


def git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "describe", "--always", "--dirty", "--abbrev=12"],
                             cwd=BENCH_DIR, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def machine_facts() -> dict:
    facts = {"cpu_count": os.cpu_count(), "machine": platform.machine(),
             "system": platform.system(), "python": platform.python_version()}
    try:
        import sqlite3

        facts["sqlite"] = sqlite3.sqlite_version
    except ImportError:  # pragma: no cover
        pass
    return facts


PROBE_ADDITIONS = 5_000_000


def python_loop_ms() -> float:
    """Milliseconds this process takes for `PROBE_ADDITIONS` additions in a Python loop, the
    best of three: a figure of the machine's speed at the moment (lower is faster), beside
    which wall-clock figures taken on different days can be read."""
    best = float("inf")
    for _ in range(3):
        started, total = time.perf_counter(), 0
        for i in range(PROBE_ADDITIONS):
            total += i
        best = min(best, time.perf_counter() - started)
    return round(best * 1000, 1)


def make_emitter(bench: str, commit: str | None, machine: dict,
                 results: Path = RESULTS) -> Callable[[dict], None]:
    """An `emit(record)` that stamps, prints and appends one figure."""

    def emit(record: dict) -> None:
        line = {"bench": bench, **record,
                "at": datetime.now(UTC).isoformat(timespec="seconds"),
                "commit": commit, **machine}
        if hasattr(os, "getloadavg"):
            line["load_avg_1m"] = round(os.getloadavg()[0], 2)
        text = json.dumps(line, ensure_ascii=False)
        print(text, flush=True)
        with results.open("a", encoding="utf-8") as out:
            out.write(text + "\n")

    return emit


def main(argv: list[str] | None = None) -> int:
    names = available()
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("benchmarks", nargs="*", metavar="NAME",
                        help=f"benchmarks to run (default: all of {', '.join(names)})")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.benchmarks) - set(names))
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}; "
                     f"available: {', '.join(names)}")
    commit, machine = git_commit(), machine_facts()
    failed = []
    for name in args.benchmarks or names:
        print(f"# bench {name}", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"bench.bench_{name}")
            speed = {"python_loop_ms": python_loop_ms()}
            module.run(make_emitter(name, commit, {**machine, **speed}))
        except Exception:  # one broken benchmark must not hide the others' figures
            traceback.print_exc()
            failed.append(name)
    if failed:
        print(f"# failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
