"""`rounds --smoke` and the embedded server it (and `make run`) stands on."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import keyring
import pytest

from desktop.embedded_server import health, start_embedded_server


def smoke_env(tmp_path, machine_config: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ROUNDS_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["ROUNDS_DATA_DIR"] = str(tmp_path / "user-data")
    machine = tmp_path / "machine.toml"
    if machine_config is not None:
        machine.write_text(machine_config, encoding="utf-8")
    env["ROUNDS_MACHINE_CONFIG"] = str(machine)
    return env


def run_rounds(args, env, timeout=180) -> subprocess.CompletedProcess:
    """`rounds ARGS`; one that hangs is stopped with SIGABRT so that Python's fault handler
    prints where every thread was, and the test fails with that."""
    command = [sys.executable, "-m", "desktop", *args]
    with subprocess.Popen(command, env={**env, "PYTHONFAULTHANDLER": "1"}, text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGABRT)
            out, err = process.communicate(timeout=30)
            pytest.fail(f"`rounds {' '.join(args)}` still running after {timeout} s; "
                        f"where it was:\n{err[-6000:]}\n{out[-2000:]}")
    return subprocess.CompletedProcess(command, process.returncode, out, err)


@pytest.mark.slow  # ~20 s; needs the compiled translations (`make translations`)
def test_smoke_signs_in_syncs_and_opens_every_screen(tmp_path):
    from desktop.ui.main_window import VIEWS

    # An organisation's enforced server address is reported, and does not redirect the demo.
    env = smoke_env(tmp_path, '[enforced]\nserver_url = "https://crm.corp.example"\n')
    result = run_rounds(["--smoke"], env)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "server_url='https://crm.corp.example' [enforced]" in out
    assert "smoke: sign in as rep1 and sync ok" in out
    assert "smoke: background sync worker ok" in out
    for key, _title in VIEWS:
        assert f"smoke: screen {key} ok" in out
    assert "rows shown" in out
    assert out.rstrip().splitlines()[-1].startswith("smoke: passed")
    # Only the check's own lines: no server output, no Qt platform-plugin warnings.
    assert [line for line in out.splitlines() if not line.startswith("smoke: ")] == []
    assert result.stderr == ""
    # The user's own data dir got only the log; no account, store or settings.
    user_dir = tmp_path / "user-data"
    assert not (user_dir / "accounts").exists()
    assert not (user_dir / "config").exists()


def test_smoke_fails_clearly_on_a_malformed_machine_config(tmp_path):
    env = smoke_env(tmp_path, "[enforced\nserver_url = 1\n")
    result = run_rounds(["--smoke"], env, timeout=120)
    assert result.returncode == 2
    assert "smoke: FAILED at machine configuration" in result.stderr
    assert str(tmp_path / "machine.toml") in result.stderr


def test_embedded_server_serves_health_and_stops(tmp_path):
    server = start_embedded_server(tmp_path / "srv", seed_demo=False)
    try:
        answer = health(server.url)
        assert answer is not None and answer["status"] == "ok"
        assert server.url.startswith("http://127.0.0.1:")
        assert (tmp_path / "srv" / "server.sqlite3").exists()
    finally:
        server.stop()
    assert health(server.url, timeout=0.5) is None
    server.stop()  # idempotent


def test_embedded_server_keeps_the_server_commands_output_off_the_terminal(tmp_path, capfd):
    server = start_embedded_server(tmp_path / "srv", seed_demo=False)  # runs `init`
    server.stop()
    assert capfd.readouterr().out == ""


def test_embedded_server_falls_back_to_a_free_port(tmp_path):
    first = start_embedded_server(tmp_path / "a", seed_demo=False)
    try:
        port = int(first.url.rsplit(":", 1)[1])
        second = start_embedded_server(tmp_path / "b", seed_demo=False, port=port)
        try:
            assert second.url != first.url and health(second.url) is not None
        finally:
            second.stop()
    finally:
        first.stop()


def test_memory_keyring_keeps_secrets_only_in_the_process(monkeypatch):
    from desktop.embedded_server import MemoryKeyring, use_memory_keyring

    previous = keyring.get_keyring()
    try:
        backend = use_memory_keyring()
        assert isinstance(keyring.get_keyring(), MemoryKeyring)
        keyring.set_password("svc", "rep1", "token")
        assert backend.get_password("svc", "rep1") == "token"
        keyring.delete_password("svc", "rep1")
        assert keyring.get_password("svc", "rep1") is None
        with pytest.raises(keyring.errors.PasswordDeleteError):
            keyring.delete_password("svc", "rep1")
    finally:
        keyring.set_keyring(previous)
