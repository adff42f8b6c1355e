"""The app opens an account's store and shows Today with the local bookkeeping only; the
network stack loads later, in the sync worker's thread."""

from __future__ import annotations

import subprocess
import sys

from desktop.sync.local_account import Account, normalize_server_url


def test_opening_the_store_and_today_loads_no_network_code():
    probe = ("import sys\n"
             "import desktop.sync.local_account, desktop.domain.today, "
             "desktop.domain.plan_week, desktop.ui.sync.worker\n"
             "print(sorted(m for m in ('requests', 'urllib3', 'keyring', 'desktop.sync.account')"
             " if m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_an_account_is_named_after_its_user_and_server():
    url = normalize_server_url(" https://crm.example.com:8443/api/v1/ ")
    assert url == "https://crm.example.com:8443"
    assert Account(url, "li.na").name == "li.na@crm.example.com:8443"
