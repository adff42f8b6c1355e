"""`rounds report activities` as a rep and their manager run it: signed in to a live server
with the demo and synced, then offline, each gets the market activities of their own scope
(the rep's territory, the manager's region) in the chosen language."""

from __future__ import annotations

import os
import subprocess
import sys

from openpyxl import load_workbook

from desktop.demo.generator import DEMO_USERS
from tests.e2e.conftest import DEMO_PASSWORD
from tests.servers import checkout_env


def rounds(env, *args, input=None):
    return subprocess.run([sys.executable, "-m", "desktop", *args], env=env, input=input,
                          capture_output=True, text=True, timeout=120)


def signed_in(server, tmp_path, username: str) -> dict:
    env = checkout_env({**os.environ, "ROUNDS_DATA_DIR": str(tmp_path / username)})
    login = rounds(env, "login", "--server", server.url, "--username", username,
                   "--password-stdin", input=DEMO_PASSWORD + "\n")
    assert login.returncode == 0, login.stderr
    assert rounds(env, "sync").returncode == 0
    return env


def report(env, path, *args) -> list[dict]:
    result = rounds(env, "report", "activities", "--out", str(path), *args)
    assert result.returncode == 0, result.stderr
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert result.stdout == f"reported {len(rows) - 1} activities to {path}\n"
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def test_a_rep_and_their_manager_report_their_own_scope_offline(server, tmp_path):
    rep = signed_in(server, tmp_path, "rep1")
    manager = signed_in(server, tmp_path, "manager")
    server.stop()  # from here on: offline

    rows = report(rep, tmp_path / "rep1.xlsx", "--lang", "en")
    names = {u["username"]: u["display_name"] for u in DEMO_USERS}
    assert rows and {r["Representative"] for r in rows} == {names["rep1"]}
    assert {"Draft", "Approved", "Held"} <= {r["Status"] for r in rows}

    region = report(manager, tmp_path / "manager.xlsx", "--lang", "en")
    assert {r["Representative"] for r in region} == {names[f"rep{i}"] for i in (1, 2, 3)}
    assert {r["Title"] for r in rows} < {r["Title"] for r in region}


def test_a_report_before_anyone_signed_in_says_how_to_sign_in(tmp_path):
    env = checkout_env({**os.environ, "ROUNDS_DATA_DIR": str(tmp_path / "data"),
                        "ROUNDS_SERVER_URL": "https://rounds.example.com"})
    result = rounds(env, "report", "activities", "--out", str(tmp_path / "x.xlsx"))
    assert result.returncode == 2 and "rounds login" in result.stderr
    assert not (tmp_path / "x.xlsx").exists()
