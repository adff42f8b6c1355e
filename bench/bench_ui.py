"""Desktop UI: time to first paint of the customer list at 50,000 customers, the app's
cold start with 5,000 customers and 100,000 visits as a ratio to an empty PySide6 window
started the same way (goal: ≤ 1.5×), and the time until Today has painted its lists (goal:
≤ 500 ms) at 1,000, 5,000 and 20,000 customers.

Every measurement runs in a fresh subprocess (offscreen Qt), so imports, the store's opening
and Qt's start-up are all counted as a user would feel them. The parent notes the time just
before starting the child; the child prints the wall-clock time of its first paint and exits.
For the start-up ratio both windows report the first call of their own paintEvent (see
EMPTY_WINDOW). Each figure is the median of a few runs (few: the benchmark machines share two
cores); ROUNDS_BENCH_UI_RUNS sets how many.
Demo stores are built once by the demo generator and cached under the temp dir.
"""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import CACHE_DIR, cached_store_usable, copy_store, move_store

ROOT = Path(__file__).resolve().parents[1]
LIST_CUSTOMERS = int(os.environ.get("ROUNDS_BENCH_CUSTOMERS", "50000"))  # 0: not the list
START_CUSTOMERS, START_VISITS = 5_000, 100_000
VISITS_PER_CUSTOMER = START_VISITS // START_CUSTOMERS
# The curve of data shown: customers in the store (visits in the same proportion)
START_SIZES = [int(n) for n in os.environ.get("ROUNDS_BENCH_START_SIZES",
                                              "1000,5000,20000").split(",")]
RUNS = int(os.environ.get("ROUNDS_BENCH_UI_RUNS", "3"))
GOAL_START_RATIO = 1.5
GOAL_DATA_SHOWN_MS = 500
MACHINE_CONFIG = """[defaults]
language = "zh_CN"
sync_interval_seconds = 300

[enforced]
auto_update = true
"""

# The customer list: the first paint of its table, seen by a filter on that viewport only.
FIRST_PAINT = """
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def __init__(self, extra, quit=True):
        super().__init__()
        self.extra, self.quit, self.done, self.painted_at = extra, quit, False, None
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and obj.isWidgetType() \\
                and obj.window().isVisible():
            self.done, self.painted_at = True, time.time()
            if self.quit:
                print(json.dumps({"painted_at": self.painted_at, **self.extra()}), flush=True)
                QTimer.singleShot(0, QApplication.quit)
        return False
"""

# Both windows report their first paint from the main window's own paintEvent, not from an
# application-wide Python event filter: such a filter makes PySide6 build the Python types
# and enums of every object that receives an event before the paint, so the measurement
# would itself slow the many-widget window (docs/decisions/0005-desktop-ui.md).
EMPTY_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            painted_at = time.time()
            import json
            print(json.dumps({"painted_at": painted_at}), flush=True)
            QTimer.singleShot(0, QApplication.quit)

app = QApplication(sys.argv[:1])
window = Window()
window.resize(1280, 800)
window.show()
app.exec()
"""

# The `rounds` console script imports desktop.cli first and PySide6 only when the UI starts;
# the harness keeps that order. It must not import PySide6 or the UI itself beforehand:
# PySide6 reads the source of every module imported after it (its `__feature__` import hook,
# ~0.1 ms a module), so a harness that imported Qt first charged Rounds ~10 ms the real
# command does not pay. The two hooks are put in place as their modules load.
ROUNDS_START = """
import sys, time
from importlib.machinery import PathFinder
painted = {}

def patch_main_window(module):
    init = module.MainWindow.__init__
    def __init__(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self.first_painted.connect(lambda: painted.setdefault("at", time.time()))
    module.MainWindow.__init__ = __init__

def patch_app(module):
    # Today painted with its lists: from the start's first look (plain SQL, before the
    # database layer loads) or, when the start cannot take it, once the store is attached.
    def watch(screen, ready):
        from PySide6.QtCore import QEvent, QObject

        class Shown(QObject):  # a filter on this one screen, not application-wide
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint and "shown" not in painted:
                    painted["shown"] = time.time()
                    import json
                    print(json.dumps({"painted_at": painted.get("at", ready),
                                      "ready_at": ready, "shown_at": painted["shown"],
                                      "cpu_s": time.process_time(),
                                      "first_look": painted["first_look"]}), flush=True)
                    module.QTimer.singleShot(0, module.QApplication.quit)
                return False
        painted["filter"] = Shown()
        screen.installEventFilter(painted["filter"])
        screen.update()

    first_look = module.show_first_look
    def show_first_look(window, *args, **kw):
        screen = first_look(window, *args, **kw)
        if screen is not None:
            painted["first_look"] = True
            watch(screen, time.time())
        return screen
    module.show_first_look = show_first_look

    attach = module.attach_store
    def attach_store(window, store, **kw):
        attach(window, store, **kw)
        if "filter" not in painted:
            painted["first_look"] = False
            watch(window.stack.currentWidget(), time.time())  # Today, its lists filled
    module.attach_store = attach_store

class Hooks:
    patches = {"desktop.ui.main_window": patch_main_window, "desktop.ui.app": patch_app}
    def find_spec(self, name, path, target=None):
        patch = self.patches.get(name)
        spec = PathFinder.find_spec(name, path) if patch else None
        if spec is not None:
            exec_module = spec.loader.exec_module
            def exec_and_patch(module):
                exec_module(module)
                patch(module)
            spec.loader.exec_module = exec_and_patch
        return spec

sys.meta_path.insert(0, Hooks())
from desktop.cli import main
sys.exit(main(["--data-dir", sys.argv[1], "--lang", "zh_CN"]))
"""

CUSTOMER_LIST = FIRST_PAINT + """
from desktop.ui.app import application
from desktop.ui.context import AppContext
from desktop.ui.common.ui_settings import UiSettings
from desktop.store.store import Store
from pathlib import Path
app = application()
store = Store.open(sys.argv[1])
context = AppContext(store, UiSettings.in_folder(Path(sys.argv[2])))
from desktop.ui.customers.view import CustomersView
started = time.time()
view = CustomersView(context)
view.resize(1280, 800)
watch = FirstPaint(lambda: {"started_at": started, "rows": view.model.rowCount(),
                            "total": view.model.total})
view.table.viewport().installEventFilter(watch)
view.show()
app.exec()
"""


def _child(script: str, *args: str, machine_config: Path | None = None) -> tuple[float, dict]:
    """Run a child Python; returns (seconds from spawn to its first paint, its report with
    `spawned_at` added)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("ROUNDS_DATA_DIR", None)
    if machine_config is not None:
        env["ROUNDS_MACHINE_CONFIG"] = str(machine_config)
    spawned = time.time()
    done = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"child failed ({done.returncode}): {done.stderr[-2000:]}")
    report = json.loads(lines[-1])
    report["spawned_at"] = spawned
    return report["painted_at"] - spawned, report


def cached_store(customers: int, visits: int, seed: int = 7) -> Path:
    """A demo store with `customers` and `visits`, built on first use (cached by spec and
    schema head)."""
    from desktop.demo.generator import DemoSpec
    from desktop.demo.loader import load_into_store
    from desktop.store import migrate
    from desktop.store.encryption import CIPHER_PAGE_SIZE
    from desktop.store.store import Store

    path = CACHE_DIR / (f"customers-s{seed}-c{customers}-v{visits}-{migrate.head_revision()}"
                        f"-sqlcipher{CIPHER_PAGE_SIZE // 1024}k.sqlite3")
    if not cached_store_usable(path):
        building = path.with_suffix(f".building-{os.getpid()}")
        store = Store.open(building)
        try:
            load_into_store(store, DemoSpec(seed=seed, customers=customers, visits=visits))
        finally:
            store.close()
        move_store(building, path)
    return path


def _copy_store(source: Path, folder: Path) -> Path:
    """A private copy of a cached store (a run must not change the cache)."""
    return copy_store(source, folder / "accounts" / "local.sqlite3")  # where `rounds`
    # keeps a local store


def run(emit) -> None:
    """Measure and emit the UI figures."""
    # An installed app has its bytecode (the installer compiles it): without it every
    # start would compile Rounds' own modules from source, which no user's start does.
    compileall.compile_dir(ROOT / "desktop", quiet=1)
    if LIST_CUSTOMERS:
        _customer_list(emit)
    for customers in START_SIZES:  # the curve: data shown against the store's size
        visits = customers * VISITS_PER_CUSTOMER
        with tempfile.TemporaryDirectory(prefix="rounds-bench-start-") as tmp:
            data, machine = start_folder(Path(tmp), cached_store(customers, visits))
            if customers == START_CUSTOMERS:
                _start_ratio(emit, data, machine)
                continue
            _child(ROUNDS_START, str(data), machine_config=machine)  # warm the OS file cache
            runs = [_child(ROUNDS_START, str(data), machine_config=machine)[1]
                    for _ in range(RUNS)]
            _emit_data_shown(emit, runs, customers, visits)


def _customer_list(emit) -> None:
    """The customer list's first paint over the largest store."""
    list_store = cached_store(LIST_CUSTOMERS, 0)
    with tempfile.TemporaryDirectory(prefix="rounds-bench-ui-") as tmp:
        times, report = [], {}
        for _ in range(RUNS):
            _spawn_to_paint, report = _child(CUSTOMER_LIST, str(list_store), tmp)
            times.append(report["painted_at"] - report["started_at"])
        emit({"metric": "customer_list_first_paint", "value": round(statistics.median(times)
                                                                    * 1000, 1),
              "unit": "ms", "customers": report.get("total"), "rows_fetched": report.get("rows"),
              "runs": RUNS})


def start_folder(tmp: Path, store: Path) -> tuple[Path, Path]:
    """A data folder holding a private copy of `store`, and the machine-wide file."""
    data = tmp / "data"
    _copy_store(store, data)
    # A laptop set up by IT has a machine-wide file (read at every start). This one
    # names no server, so the app opens the local store without asking to sign in.
    machine = tmp / "config.toml"
    machine.write_text(MACHINE_CONFIG, encoding="utf-8")
    # An ordinary start, not the first one: the welcome pages were answered.
    (data / "config").mkdir(parents=True, exist_ok=True)
    (data / "config" / "ui.ini").write_text("[first_run]\ncompleted=true\n", encoding="utf-8")
    return data, machine


def _emit_data_shown(emit, runs: list[dict], customers: int, visits: int) -> None:
    """The start's data figures of `runs` (reports of ROUNDS_START children)."""
    def median_ms(key: str) -> float:
        return round(statistics.median(r[key] - r["spawned_at"] for r in runs) * 1000, 1)

    size = {"customers": customers, "visits": visits, "runs": len(runs)}
    emit({"metric": "cold_start_data_ready", "value": median_ms("ready_at"), "unit": "ms",
          **size, "note": "until Today has its lists (first look: read with plain SQL; "
          "else: the store open and attached)"})
    shown = median_ms("shown_at")
    emit({"metric": "cold_start_data_shown", "value": shown, "unit": "ms", **size,
          "goal": GOAL_DATA_SHOWN_MS, "met": shown <= GOAL_DATA_SHOWN_MS,
          "note": "until Today, its lists filled, has painted"})
    emit({"metric": "cold_start_data_shown_cpu", "unit": "ms", **size,
          "value": round(statistics.median(r["cpu_s"] for r in runs) * 1000, 1),
          "first_look": all(r.get("first_look") for r in runs),
          "note": "process CPU time until then: the wall clock on a quiet machine"})


def _start_ratio(emit, data: Path, machine: Path) -> None:
    """The `rounds` start against an empty PySide6 window, interleaved, and its data."""
    empty, rounds, reports = [], [], []
    _child(ROUNDS_START, str(data), machine_config=machine)  # warm the OS file cache
    _child(EMPTY_WINDOW)
    for _ in range(RUNS):  # interleaved, so machine load hits both alike
        empty.append(_child(EMPTY_WINDOW)[0])
        painted, report = _child(ROUNDS_START, str(data), machine_config=machine)
        rounds.append(painted)
        reports.append(report)
    empty_s, rounds_s = statistics.median(empty), statistics.median(rounds)
    emit({"metric": "empty_window_start", "value": round(empty_s * 1000, 1), "unit": "ms",
          "runs": RUNS})
    emit({"metric": "cold_start", "value": round(rounds_s * 1000, 1), "unit": "ms",
          "customers": START_CUSTOMERS, "visits": START_VISITS, "runs": RUNS})
    _emit_data_shown(emit, reports, START_CUSTOMERS, START_VISITS)
    emit({"metric": "cold_start_ratio", "value": round(rounds_s / empty_s, 2), "unit": "x",
          "goal": GOAL_START_RATIO, "met": rounds_s / empty_s <= GOAL_START_RATIO,
          "note": "`rounds` command line, first paint of the main window"})


if __name__ == "__main__":
    run(lambda record: print(json.dumps(record), flush=True))
