"""The app side of the stall benchmark (`bench_stall`): each `child_*` function runs in its own
process, opens the real app window (offscreen Qt) with a 10 ms timer probe, drives one
scenario (first and incremental syncs with a simulated rep's changes and a server-side
import, an index rebuild, typing into the search box) and prints the gaps between ticks as
JSON lines for the parent to report."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

from bench.bench_client_sync import (
    PASSWORD,
    _server_env,
)

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TICK_MS = 10
SETTLE_S = 2.0
KEY_INTERVAL_MS = 180
INCREMENTAL_ROUNDS = 3
IMPORT_HOSPITALS, IMPORT_DOCTORS = 500, 2500
IMPORT_TERRITORY = "北京区"
QUERIES = ["zhangwei", "beijingxiehe", "wangl", "13812", "bjxh", "协和", "张伟 心内"]


# ----------------------------------------------------------------------- in the child app
class _Probe:
    """A 10 ms precise timer on the GUI thread; `figures(since, until)` describes the gaps
    between consecutive ticks in that span."""

    def __init__(self):
        from PySide6.QtCore import Qt, QTimer

        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.timer.start()

    def figures(self, since: float, until: float) -> dict:
        ticks = [t for t in self.ticks if since <= t <= until]
        gaps = sorted(((b - a) * 1000, a - since) for a, b in pairwise(ticks))
        values = [g for g, _ in gaps]

        def pct(p: float) -> float:
            return round(values[min(len(values) - 1, int(p * len(values)))], 1) if values else 0.0

        return {"longest_ms": round(values[-1], 1) if values else 0.0, "p99_ms": pct(0.99),
                "p50_ms": pct(0.5), "ticks": len(ticks), "seconds": round(until - since, 2),
                "worst": [[round(at, 2), round(g, 1)] for g, at in gaps[-5:][::-1]]}


def _wait(condition, timeout: float) -> bool:
    """Run the event loop (as `exec()` would) until `condition()` or the timeout."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    if condition():
        return True
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: (condition() or time.monotonic() > deadline) and loop.quit())
    poll.start()
    loop.exec()
    poll.stop()
    return condition()


def _sleep(seconds: float) -> None:
    end = time.monotonic() + seconds
    _wait(lambda: time.monotonic() >= end, seconds + 1)


def _settle(window) -> None:
    """SETTLE_S of an idle window, then until the screens' background reads are done."""
    _sleep(SETTLE_S)
    tasks = getattr(getattr(window, "context", None), "tasks", None)
    if tasks is not None and hasattr(tasks, "idle"):
        _wait(tasks.idle, 60)


def _report(scenario: str, figures: dict, **extra) -> None:
    print(json.dumps({"scenario": scenario, **figures, **extra}, ensure_ascii=False),
          flush=True)


def _app_window(data_dir: Path, *, with_sync: bool):
    """The app as `rounds` opens it: QApplication, Chinese, the account's store and sync
    worker (not started), the main window attached and shown."""
    from desktop.config import load_config
    from desktop.paths import app_paths
    from desktop.ui.app import (
        _open_account,
        application,
        apply_time_zone,
        build_window,
        freeze_startup_heap,
    )
    from desktop.ui.common.translations import LanguageSwitcher
    from desktop.ui.common.ui_settings import UiSettings

    app = application()
    paths = app_paths(data_dir)
    config = load_config(paths.user_settings_file)
    apply_time_zone(config)
    settings = UiSettings.in_folder(paths.config_dir)
    languages = LanguageSwitcher(app)
    languages.switch("zh_CN")
    if with_sync:
        store, worker = _open_account(paths, config)
    else:
        from desktop.store.store import Store

        store, worker = Store.open(paths.store_file("local")), None
    window = build_window(store, settings, languages=languages, sync_worker=worker,
                          config=config)
    window.resize(1280, 800)
    window.show()
    window.reminders.start()
    freeze_startup_heap()
    return app, window, store, worker


def _close(window, store, worker) -> None:
    from desktop.ui.app import _dispose

    if worker is not None:
        worker.stop()
    _dispose(window)
    store.close()


def _measured_cycle(probe, window, worker, start) -> tuple[dict, object]:
    """Start a cycle with `start()`; figures until SETTLE_S after it finished."""
    done = []

    def finished(report) -> None:
        done.append(report)

    def failed(message: str) -> None:
        done.append(RuntimeError(message))

    worker.sync_finished.connect(finished)
    worker.sync_failed.connect(failed)
    since = time.perf_counter()
    start()
    if not _wait(lambda: bool(done), 900):
        raise RuntimeError("the sync did not finish within 15 minutes")
    worker.sync_finished.disconnect(finished)  # only ours: the screens stay connected
    worker.sync_failed.disconnect(failed)
    if isinstance(done[0], Exception):
        raise done[0]
    finished = time.perf_counter() - since
    _settle(window)
    return {**probe.figures(since, time.perf_counter()),
            "sync_finished_at": round(finished, 2)}, done[0]


def child_synced_app() -> None:
    """first_sync, incremental_sync and import_sync, in one app process."""
    wanted = json.loads(os.environ["ROUNDS_BENCH_STALL_WANTED"])
    app, window, store, worker = _app_window(Path(os.environ["ROUNDS_DATA_DIR"]),
                                             with_sync=True)
    probe = _Probe()
    if os.environ.get("HOGS"):
        sys.path.insert(0, "/tmp")
        from hogs import Hogs
        hogs = Hogs(int(os.environ["HOGS"])).__enter__()
    try:
        window.show_view("today")
        _sleep(1.0)
        figures, report = _measured_cycle(probe, window, worker, worker.start)
        if os.environ.get("HOGS"):
            import contextlib
            with contextlib.redirect_stdout(sys.stderr):
                hogs.__exit__()
        if "first_sync" in wanted:
            _report("first_sync", figures, pulled=report.pulled)
        if "incremental_sync" in wanted:
            merged = []
            for r in range(INCREMENTAL_ROUNDS):
                _remote_and_local_changes(store, r)
                figures, report = _measured_cycle(probe, window, worker, worker.sync_now)
                merged.append((figures, report))
            worst = max(merged, key=lambda m: m[0]["longest_ms"])[0]
            _report("incremental_sync", {
                **worst, "p99_ms": max(m[0]["p99_ms"] for m in merged),
                "p50_ms": max(m[0]["p50_ms"] for m in merged),
                "ticks": sum(m[0]["ticks"] for m in merged)},
                rounds=INCREMENTAL_ROUNDS, pushed=[m[1].pushed for m in merged],
                pulled=[m[1].pulled for m in merged])
        if "import_sync" in wanted:
            window.show_view("customers")
            _sleep(1.0)
            _import_on_server()
            figures, report = _measured_cycle(probe, window, worker, worker.sync_now)
            _report("import_sync", figures, pulled=report.pulled,
                    imported=IMPORT_HOSPITALS + IMPORT_DOCTORS)
    finally:
        _close(window, store, worker)
    del app


def _remote_and_local_changes(store, round_: int) -> None:
    """A rep's 40 changes reach the server (another process); the manager saves 20."""
    from datetime import date

    from desktop.models import FollowUp

    subprocess.run([sys.executable, "-c", "from bench.stall_app import rep_changes as f; "
                    f"f({round_})"], check=True, cwd=ROOT, env=os.environ, timeout=300)
    territory = os.environ["ROUNDS_BENCH_STALL_TERRITORY"]
    customers = json.loads(os.environ["ROUNDS_BENCH_STALL_CUSTOMERS"])
    with store.write() as w:
        for i, customer_id in enumerate(customers[:20]):
            w.create(FollowUp, customer_id=customer_id, title=f"经理跟进 {round_}-{i}",
                     due_date=date(2026, 12, 1), territory_id=territory)


def rep_changes(round_: int) -> None:
    """In a subprocess: rep1 edits 30 customers and adds 10 follow-ups, and pushes them."""
    from datetime import date

    from desktop.models import Customer, FollowUp
    from desktop.paths import app_paths
    from desktop.store.store import Store
    from desktop.sync.account import last_account, login, open_session
    from desktop.sync.push import push_outbox

    rep_paths = app_paths(os.environ["ROUNDS_BENCH_STALL_REP_DIR"])
    url = os.environ["ROUNDS_SERVER_URL"]
    if last_account(rep_paths, url) is None:
        login(rep_paths, url, "rep1", PASSWORD)
    rep = open_session(rep_paths)
    try:
        ids = json.loads(os.environ["ROUNDS_BENCH_STALL_CUSTOMERS"])
        territory = os.environ["ROUNDS_BENCH_STALL_TERRITORY"]
        if round_ == 0:  # the rep's device knows these customers (no first sync needed)
            manager = Store.open(os.environ["ROUNDS_BENCH_STALL_MANAGER_STORE"])
            rows = [manager.get(Customer, i) for i in ids]
            manager.close()
            with rep.store.write() as w:
                for row in rows:
                    w.apply_remote(Customer, row.model_dump())
        with rep.store.write() as w:
            for i, row_id in enumerate(ids):
                w.update(Customer, row_id, notes=f"bench stall {round_}-{i}")
            for i, row_id in enumerate(ids[:10]):
                w.create(FollowUp, customer_id=row_id, title=f"代表跟进 {round_}-{i}",
                         due_date=date(2026, 12, 2), territory_id=territory)
        push_outbox(rep.store, rep.api)
    finally:
        rep.close()


def _import_on_server() -> None:
    folder = Path(tempfile.mkdtemp(prefix="rounds-bench-import-"))
    path = folder / "customers.csv"
    lines = ["name,kind,province,city,address,phone,organisation"]
    for i in range(IMPORT_HOSPITALS):
        lines.append(f"导入测试医院{i},hospital,北京市,北京,朝阳区导入路{i}号,010-6{i:07d},")
    for i in range(IMPORT_DOCTORS):
        lines.append(f"导入医生{i},doctor,北京市,北京,,1390{i:07d},"
                     f"导入测试医院{i % IMPORT_HOSPITALS}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {**_server_env(folder), "PYTHONPATH": str(ROOT)}
    subprocess.run([str(BIN / "rounds-server"), "import", "customers", str(path), "--territory",
                    IMPORT_TERRITORY, "--db", os.environ["ROUNDS_BENCH_STALL_SERVER_DB"]],
                   check=True, env=env, capture_output=True, timeout=600)
    shutil.rmtree(folder, ignore_errors=True)


def child_index_rebuild() -> None:
    """index_rebuild: a fresh process (pypinyin not loaded), Today on the synced store."""
    import threading

    app, window, store, worker = _app_window(Path(os.environ["ROUNDS_DATA_DIR"]),
                                             with_sync=True)
    probe = _Probe()
    try:
        window.show_view("today")
        _sleep(1.0)
        done = threading.Event()

        def rebuild() -> None:  # what the first sync runs once the customer table is in
            try:
                with store.write(durable=False) as w:
                    w.table_loaded("customer")
            finally:
                done.set()

        since = time.perf_counter()
        thread = threading.Thread(target=rebuild, name="bench-rebuild")
        thread.start()
        _wait(done.is_set, 600)
        thread.join()
        rebuilt = time.perf_counter() - since
        _settle(window)
        from desktop.domain import customer_list

        _report("index_rebuild", probe.figures(since, time.perf_counter()),
                customers=customer_list.customer_count(store, customer_list.CustomerFilter()),
                rebuild_seconds=round(rebuilt, 2))
    finally:
        _close(window, store, worker)
    del app


def child_search_typing() -> None:
    """search_typing: Customers over a 50,000-customer store, queries typed key by key."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    app, window, store, worker = _app_window(Path(os.environ["ROUNDS_DATA_DIR"]),
                                             with_sync=False)
    probe = _Probe()
    try:
        view = window.show_view("customers")
        _sleep(1.5)
        edit = view.search_edit
        keys: list = []
        for query in QUERIES:
            keys.append(("clear", ""))
            keys += [("type", ch) for ch in query]
        state = {"i": 0, "done": False}

        def next_key() -> None:
            kind, ch = keys[state["i"]]
            edit.setFocus()
            if kind == "clear":
                edit.clear()
            elif ch.isascii():
                QTest.keyClick(edit, ch)
            else:
                edit.insert(ch)  # an input method commits Chinese a character at a time
            state["i"] += 1
            if state["i"] < len(keys):
                QTimer.singleShot(KEY_INTERVAL_MS, next_key)
            else:
                state["done"] = True

        since = time.perf_counter()
        QTimer.singleShot(0, next_key)
        _wait(lambda: state["done"], 600)
        _sleep(1.0)
        _settle(window)
        _report("search_typing", probe.figures(since, time.perf_counter()),
                customers=view.model.total if not edit.text() else None,
                keys=len(keys), queries=QUERIES)
    finally:
        _close(window, store, worker)
    del app
