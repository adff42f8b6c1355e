"""A server process's start-up objects are out of the garbage collector's reach before it
serves (`server.main.settle_heap`, decision 0040): a full collection walked ~180,000 of them,
~100 ms on a 2-core machine every few seconds under load, and the sync cycle it fell in
waited for it. Run in a fresh interpreter: freezing this test process's heap would change
every later test's."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.servers import ROOT, checkout_env

_PROBE = """
import gc, json, os, sys
from server.core.config import Settings
from server.main import create_app, settle_heap
create_app(Settings(database_url="sqlite:///" + sys.argv[1], server_data_dir=sys.argv[2],
                    secret_key="test-secret-key-not-for-production-0123456789"))
made = len(gc.get_objects())
settle_heap()
print(json.dumps({"made": made, "walked": len(gc.get_objects()),
                  "frozen": gc.get_freeze_count()}))
"""


def test_a_full_collection_walks_only_what_requests_leave_behind(tmp_path):
    env = checkout_env({"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    out = subprocess.run([sys.executable, "-c", _PROBE, str(tmp_path / "server.sqlite3"),
                          str(tmp_path)], env=env, cwd=ROOT, capture_output=True, text=True,
                         check=True, timeout=120).stdout
    heap = json.loads(out.strip().splitlines()[-1])
    assert heap["frozen"] >= heap["made"] > 50_000  # the table classes loaded on the way
    assert heap["walked"] < heap["made"] // 10
