"""The benchmarks' server CPU (bench.proc_cpu) counts the server's worker processes too."""

import math
import os
import signal
import subprocess
import sys

import pytest

from bench.proc_cpu import cpu_seconds, process_tree, tree_cpu_seconds

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads Linux /proc")

# A worker that burns 0.4 s of CPU, says so, then idles.
WORKER = ("import time\nend = time.process_time() + 0.4\nwhile time.process_time() < end:\n"
          "    pass\nprint('burnt', flush=True)\ntime.sleep(60)\n")
# A server that starts the worker and waits for it, using hardly any CPU itself.
SERVER = (f"import subprocess, sys\nsubprocess.Popen([sys.executable, '-c', {WORKER!r}])"
          ".wait()\n")


def test_a_servers_cpu_includes_its_workers_and_a_gone_server_is_unknown():
    server = subprocess.Popen([sys.executable, "-c", SERVER], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout.readline().strip() == "burnt"
        tree = process_tree(server.pid)
        assert len(tree) == 2 and tree[0] == server.pid
        assert cpu_seconds([server.pid]) < 0.3  # the server process alone misses the work
        assert tree_cpu_seconds(server.pid) >= 0.35
    finally:
        for pid in reversed(process_tree(server.pid)):
            os.kill(pid, signal.SIGKILL)
        server.wait(10)
    assert math.isnan(tree_cpu_seconds(server.pid))
