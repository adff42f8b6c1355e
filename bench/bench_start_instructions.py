"""Instructions from process start until Today has painted with its lists, counted by
Valgrind's callgrind: the start of `bench ui` (5,000 customers, 100,000 visits, the
`rounds` command line) as a figure that does not move with the machine's speed or load
(issue 21; decision 0046 says why the incremental cycle is judged the same way).

The child is `bench ui`'s own start script (`bench_ui.ROUNDS_START`); counting runs from
the first instruction of the process and stops, by a Valgrind client request, when Today
has painted. Printed: instructions in all, and whether Today came from the start's first
look (plain SQL before the database layer loads).

    .venv/bin/python -m bench start_instructions          # ~1 min

Needs what `bench cycle_instructions` needs (valgrind, its headers, a C compiler); without
them it prints why and measures nothing.
"""

from __future__ import annotations

import compileall
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import bench_ui
from bench.bench_cycle_instructions import build_counter, missing

ROOT = Path(__file__).resolve().parent.parent
SHOWN = 'painted["shown"] = time.time()'
# the start script, stopping the count when Today has painted (before it reports and quits)
COUNTED_START = ("import ctypes, os\n"
                 "_counter = ctypes.CDLL(os.environ['ROUNDS_BENCH_COUNTER'])\n"
                 + bench_ui.ROUNDS_START.replace(SHOWN, SHOWN + "; _counter.count_off()"))


def run(emit) -> None:
    if why := missing():
        emit({"metric": "start_instructions", "value": None, "unit": "instructions",
              "skipped": why})
        return
    assert SHOWN in bench_ui.ROUNDS_START, "bench_ui's start script changed its paint hook"
    compileall.compile_dir(ROOT / "desktop", quiet=1)  # as installed (see bench_ui.run)
    customers, visits = bench_ui.START_CUSTOMERS, bench_ui.START_VISITS
    with tempfile.TemporaryDirectory(prefix="rounds-bench-start-callgrind-") as tmp:
        data, machine = bench_ui.start_folder(Path(tmp), bench_ui.cached_store(customers,
                                                                                visits))
        out = Path(tmp) / "callgrind.out"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
               "ROUNDS_MACHINE_CONFIG": str(machine), "PYTHONHASHSEED": "0",
               "ROUNDS_BENCH_COUNTER": str(build_counter(Path(tmp)))}
        env.pop("ROUNDS_DATA_DIR", None)
        done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                               sys.executable, "-c", COUNTED_START, str(data)],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
        reports = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if done.returncode != 0 or not reports:
            raise RuntimeError(f"the counted start failed: {done.stderr[-2000:]}")
        total = re.search(r"^totals:\s*(\d+)", out.read_text(), re.M)
    emit({"metric": "start_instructions", "value": int(total.group(1)),
          "unit": "instructions", "customers": customers, "visits": visits,
          "first_look": json.loads(reports[-1]).get("first_look"),
          "note": "`rounds` under callgrind, from process start until Today has painted "
                  "with its lists"})


if __name__ == "__main__":
    run(lambda record: print(json.dumps(record, ensure_ascii=False), flush=True))
