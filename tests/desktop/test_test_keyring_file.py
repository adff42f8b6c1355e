"""The tests' file keyring is shared by processes at once (two test workers, a test and the
`rounds` it starts): every secret any of them sets is kept, none is lost to another's write
(the cause of a store key missing mid-run)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.keyring_backend import FileKeyring

WRITER = """
import os, sys, time
from tests.keyring_backend import FileKeyring
ring = FileKeyring()
while not os.path.exists(sys.argv[2]):  # all start writing together
    time.sleep(0.01)
for i in range(200):
    ring.set_password("rounds-test", f"{sys.argv[1]}-{i}", str(i))
"""


def test_writers_in_several_processes_lose_no_secret(tmp_path, monkeypatch):
    monkeypatch.setenv("ROUNDS_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    root = Path(__file__).resolve().parents[2]
    go = tmp_path / "go"
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, name, str(go)], cwd=root,
                                env=dict(os.environ)) for name in ("a", "b", "c")]
    go.touch()
    assert [w.wait(timeout=120) for w in writers] == [0, 0, 0]
    ring = FileKeyring()
    assert all(ring.get_password("rounds-test", f"{n}-{i}") == str(i)
               for n in "abc" for i in range(200))
