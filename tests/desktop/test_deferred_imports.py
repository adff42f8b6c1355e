"""What the keyring's import brings and the start does not use loads on first use
(desktop.deferred_imports), and is loaded on the main thread before the store opens.

Each test runs a fresh interpreter: in this one `urllib.request` is long imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop.demo.generator import DemoSpec
from desktop.demo.loader import load_into_store
from desktop.domain import local_time
from desktop.paths import app_paths
from desktop.store.store import Store
from desktop.sync.local_account import LOCAL_ACCOUNT
from desktop.ui.common.ui_settings import UiSettings

ROOT = Path(__file__).resolve().parents[2]


def _python(script: str, *args: str, env: dict | None = None) -> dict:
    done = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_keyring_reads_a_secret_with_urllib_request_deferred_until_touched(tmp_path):
    seen = _python("""
import json, sys
from desktop.deferred_imports import deferring, load_deferred, still_deferred
from desktop.store import store_key
store_key.save_key(sys.argv[1], bytes(range(32)))
print(json.dumps({"before": "urllib.request" in sys.modules}))
""", str(tmp_path / "a.sqlite3"), env={"ROUNDS_TEST_KEYRING_FILE": str(tmp_path / "k.json")})
    assert seen == {"before": True}  # saving (without deferring) imported it as usual

    seen = _python("""
import json, sys
from desktop.deferred_imports import deferring, load_deferred, still_deferred
from desktop.store import store_key
with deferring():
    key = store_key.load_key(sys.argv[1])
seen = {"key": key.hex(), "deferred": still_deferred(),
        "http_client": "http.client" in sys.modules}
load_deferred()
import urllib.request
seen.update(after=still_deferred(), urlopen=callable(urllib.request.urlopen),
            http_client_after="http.client" in sys.modules)
print(json.dumps(seen))
""", str(tmp_path / "a.sqlite3"), env={"ROUNDS_TEST_KEYRING_FILE": str(tmp_path / "k.json")})
    assert seen == {"key": bytes(range(32)).hex(), "deferred": ["urllib.request"],
                    "http_client": False, "after": [], "urlopen": True,
                    "http_client_after": True}


def test_a_deferred_module_loads_when_first_used_without_load_deferred():
    seen = _python("""
import json, sys
from desktop.deferred_imports import deferring, still_deferred
with deferring(("urllib.request",)):
    import urllib.request
deferred = still_deferred()
request = urllib.request.Request("https://rounds.example.cn/api/v1/health")
print(json.dumps({"deferred": deferred, "host": request.host, "after": still_deferred()}))
""")
    assert seen == {"deferred": ["urllib.request"], "host": "rounds.example.cn", "after": []}


def test_the_start_loads_what_it_deferred_before_the_store_opens(tmp_path):
    """The `rounds` start: Today's first look is read with urllib.request deferred; it is
    loaded before the store (and with it the database thread and the sync) opens."""
    paths = app_paths(tmp_path / "data")
    settings = UiSettings.in_folder(paths.config_dir)
    settings.first_run.completed = True
    settings.sync()
    store = Store.open(paths.store_file(LOCAL_ACCOUNT))
    load_into_store(store, DemoSpec(seed=5, customers=60, visits=400, today=local_time.today()))
    store.close()
    seen = _python("""
import json, sys
from desktop.deferred_imports import still_deferred
from desktop.ui import app
seen = {}
first_look, attach = app.show_first_look, app.attach_store
def show_first_look(*args, **kwargs):
    screen = first_look(*args, **kwargs)
    seen["first_look"] = screen is not None
    seen["deferred_at_first_look"] = still_deferred()
    return screen
def attach_store(window, store, **kwargs):
    seen["deferred_at_open"] = still_deferred()
    seen["loaded_at_open"] = "http.client" in sys.modules
    attach(window, store, **kwargs)
    app.QTimer.singleShot(0, window.close)
app.show_first_look, app.attach_store = show_first_look, attach_store
from desktop.cli import main
code = main(["--data-dir", sys.argv[1], "--lang", "en"])
print(json.dumps({"code": code, **seen}))
""", str(paths.data_dir), env={"QT_QPA_PLATFORM": "offscreen"})
    assert seen == {"code": 0, "first_look": True, "deferred_at_first_look": ["urllib.request"],
                    "deferred_at_open": [], "loaded_at_open": True}
