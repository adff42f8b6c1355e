"""Instructions per incremental sync cycle, counted by Valgrind's callgrind: a figure that
does not move with the machine's speed or load, for judging a change to the cycle on a
machine whose wall times vary by ±10% from run to run (issue 21, decision 0046).

The cycle of `bench incremental` (a manager pushes 20 new follow-ups and pulls a rep's 20
customer edits), with the server in a thread of the same process (`ROUNDS_BENCH_SERVER=thread`
there), run under `valgrind --tool=callgrind --separate-threads=yes`. Counting is switched
on only around each timed cycle (a Valgrind client request, from a small helper compiled
here against valgrind/callgrind.h), and a full garbage collection runs before each cycle,
outside the count, so that no collection of the whole heap falls in one cycle and not in
another. Printed: instructions per cycle in all, in the client's thread and in the server's
threads, and the SQLCipher pages the cycle decrypted (read from the file) and encrypted
(written), from the call counts of SQLCipher's page codec.

    .venv/bin/python -m bench cycle_instructions          # 1,000 customers, 4 cycles (~2 min)
    ROUNDS_BENCH_ROUNDS=8 ROUNDS_BENCH_QUICK=0 ...         # 10,000 customers, 8 cycles

(`ROUNDS_BENCH_QUICK` is set for the counted process only: the benchmarks `python -m bench`
runs after this one keep their own sizes.)

Needs valgrind and its headers (Debian: valgrind) and a C compiler; without them it prints
why and measures nothing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELPER_C = """#include <valgrind/callgrind.h>
void count_on(void) { CALLGRIND_START_INSTRUMENTATION; }
void count_off(void) { CALLGRIND_STOP_INSTRUMENTATION; }
"""
_CHILD_FLAG = "ROUNDS_BENCH_CALLGRIND_CHILD"
# callgrind_annotate's callers of SQLCipher's page codec: reading a page from the file
# (decrypted) or writing one (encrypted), with their call counts
_CODEC_CALLER = re.compile(r"< \S*:(readDbPage|sqlcipherPagerCodec) \((\d+)x\)")
_PAGE_KIND = {"readDbPage": "pages_read", "sqlcipherPagerCodec": "pages_written"}


def _rounds() -> int:
    return max(1, int(os.environ.get("ROUNDS_BENCH_ROUNDS", 4)))


def missing() -> str | None:
    for tool in ("valgrind", "callgrind_annotate", "cc"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path("/usr/include/valgrind/callgrind.h").exists():
        return "valgrind's headers (valgrind/callgrind.h) are not installed"
    return None


def build_counter(folder: Path) -> Path:
    """The helper library (count_on, count_off) compiled into `folder`."""
    helper, source = folder / "count.so", folder / "count.c"
    source.write_text(HELPER_C)
    subprocess.run(["cc", "-O2", "-shared", "-fPIC", "-o", str(helper), str(source)],
                   check=True)
    return helper


def _child() -> None:
    """In the process Valgrind runs: the cycles of `bench incremental`, counted."""
    import ctypes
    import gc

    from bench import bench_incremental
    from bench.bench_client_sync import _sizes

    counter = ctypes.CDLL(os.environ[_CHILD_FLAG])
    make_changes = bench_incremental.make_changes
    counting = [False]

    def changes_then_count(*args, **kwargs) -> None:
        if counting[0]:
            counter.count_off()
        make_changes(*args, **kwargs)  # (the rep's push, the manager's new rows: not counted)
        gc.collect()
        counter.count_on()
        counting[0] = True

    bench_incremental.make_changes = changes_then_count
    workdir = Path(tempfile.mkdtemp(prefix="rounds-bench-callgrind-"))
    os.environ["ROUNDS_TEST_KEYRING_FILE"] = str(workdir / "keyring.json")
    os.environ["ROUNDS_MACHINE_CONFIG"] = str(workdir / "no-machine.toml")
    import keyring

    from tests.keyring_backend import FileKeyring

    keyring.set_keyring(FileKeyring())
    customers, visits = _sizes()
    print(json.dumps({"customers": customers, "visits": visits}), flush=True)
    server = bench_incremental._ThreadServer(workdir, customers, visits)
    # Everything runs ~50x slower under Valgrind: a client's idle keep-alive connection
    # would meet uvicorn closing it after its usual 5 s (read when a connection opens)
    server.live._server.config.timeout_keep_alive = 3600
    try:
        bench_incremental.measure(server.url, server.pid, workdir, _rounds())
        counter.count_off()
    finally:
        server.close()
        shutil.rmtree(workdir, ignore_errors=True)


def _pages(out_file: Path) -> dict[str, int]:
    """SQLCipher's page codec calls: pages decrypted on reading, encrypted on writing."""
    tree = subprocess.run(["callgrind_annotate", "--tree=caller", "--inclusive=yes",
                           str(out_file)], capture_output=True, text=True, check=True).stdout
    pages = dict.fromkeys(_PAGE_KIND.values(), 0)
    lines = tree.splitlines()
    for i, line in enumerate(lines):
        if re.search(r"\*\s+\S*:sqlite3Codec ", line):  # (its callers are listed above it)
            for caller in lines[max(0, i - 6):i]:
                if found := _CODEC_CALLER.search(caller):
                    pages[_PAGE_KIND[found.group(1)]] += int(found.group(2))
    return pages


def run(emit) -> None:
    if why := missing():
        emit({"metric": "cycle_instructions", "value": None, "unit": "instructions",
              "skipped": why})
        return
    rounds = _rounds()
    quick = os.environ.get("ROUNDS_BENCH_QUICK", "1") != "0"
    with tempfile.TemporaryDirectory(prefix="rounds-bench-callgrind-") as tmp:
        helper = build_counter(Path(tmp))
        out = Path(tmp) / "callgrind.out"
        env = {**os.environ, _CHILD_FLAG: str(helper), "PYTHONPATH": str(ROOT),
               "ROUNDS_BENCH_SERVER": "thread", "PYTHONHASHSEED": "0"}
        env.pop("ROUNDS_BENCH_QUICK", None)
        if quick:
            env["ROUNDS_BENCH_QUICK"] = "1"
        done = subprocess.run(
            # (instrumentation is switched for every thread; collection would be per thread)
            ["valgrind", "--tool=callgrind", "--instr-atstart=no",
             "--separate-threads=yes", f"--callgrind-out-file={out}",
             sys.executable, "-m", "bench.bench_cycle_instructions"],
            cwd=ROOT, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"the counted run failed: {done.stderr[-2000:]}")
        sizes = json.loads(next(line for line in done.stdout.splitlines() if line.startswith("{")))
        threads = {}
        for part in Path(tmp).glob("callgrind.out-*"):
            total = re.search(r"^totals:\s*(\d+)", part.read_text(), re.M)
            threads[int(part.name.rsplit("-", 1)[1])] = (part, int(total.group(1)) if total
                                                          else 0)
        client = threads.pop(1, (None, 0))  # thread 1: the main thread, the client
        server = sum(n for _, n in threads.values())
        pages = dict.fromkeys(_PAGE_KIND.values(), 0)
        for part, n in [client, *threads.values()]:
            if part is not None and n:
                for key, count in _pages(part).items():
                    pages[key] += count
    emit({"metric": "cycle_instructions", "value": round((client[1] + server) / rounds),
          "unit": "instructions", "client": round(client[1] / rounds),
          "server": round(server / rounds),
          "pages_read_per_cycle": round(pages["pages_read"] / rounds, 1),
          "pages_written_per_cycle": round(pages["pages_written"] / rounds, 1),
          "rounds": rounds, **sizes,
          "note": "incremental 20 + 20 cycle under callgrind, server in a thread; a full "
                  "collection before each cycle, outside the count"})


if __name__ == "__main__":
    if os.environ.get(_CHILD_FLAG):
        _child()
    else:
        run(lambda record: print(json.dumps(record, ensure_ascii=False), flush=True))
