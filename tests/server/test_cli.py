"""The rounds-server command line: init, user add, reassign, revoke, seed-demo."""

import io
import os
import stat
import subprocess
import sys

import pytest

from server.cli import main
from server.core.config import Settings
from tests.server.helpers import PASSWORD


def test_init_creates_database_and_private_secret(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("ROUNDS_DATABASE_URL", raising=False)
    monkeypatch.delenv("ROUNDS_SECRET_KEY", raising=False)
    assert main(["init", "--data-dir", str(tmp_path)]) == 0
    assert "database ready" in capsys.readouterr().out
    assert (tmp_path / "rounds-server.sqlite3").exists()
    secret = tmp_path / "secret.key"
    assert stat.S_IMODE(os.stat(secret).st_mode) == 0o600
    assert Settings(server_data_dir=tmp_path).signing_key == secret.read_text().strip()


def test_user_add_reads_password_from_stdin(server_settings, api, monkeypatch, capsys):
    url = server_settings.db_url
    name = f"cli-{os.getpid()}-{id(capsys)}"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["user", "add", "--username", name, "--role", "rep", "--region", "CLI-R",
                 "--territory", f"CLI-T-{name}", "--password-stdin", "--db", url]) == 0
    assert f"user {name} (rep) created" in capsys.readouterr().out
    session = api.login(name)
    assert len(session.user["territory_ids"]) == 1
    assert main(["user", "add", "--username", "x", "--role", "rep", "--db", url]) == 2
    assert "--password-stdin" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["user", "add", "--username", name, "--role", "rep", "--password-stdin",
                 "--db", url]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["user", "list", "--db", url]) == 0
    assert name in capsys.readouterr().out


def test_territory_reassign_and_device_revoke(world, server_settings, capsys):
    url = server_settings.db_url
    assert main(["territory", "reassign", world.t2, "--to", world.names["rep_a"],
                 "--db", url]) == 0
    assert "now belongs to" in capsys.readouterr().out
    assert sorted(world.rep_a.get("/api/v1/me").json()["territory_ids"]) == sorted(
        [world.t1, world.t2])
    capsys.readouterr()
    assert main(["device", "list", "--user", world.names["rep_b"], "--db", url]) == 0
    [line] = capsys.readouterr().out.splitlines()  # the laptop id IT needs to revoke it
    assert line.startswith(f"{world.rep_b.device_id}\t") and line.endswith("revoked=-")
    assert main(["device", "revoke", "--user", world.names["rep_b"], "--device",
                 world.rep_b.device_id, "--db", url]) == 0
    assert world.rep_b.get("/api/v1/me").json()["code"] == "device_revoked"
    capsys.readouterr()
    assert main(["device", "list", "--user", world.names["rep_b"], "--db", url]) == 0
    assert "revoked=20" in capsys.readouterr().out
    assert main(["device", "list", "--user", "nobody-here", "--db", url]) == 1
    assert main(["device", "revoke", "--user", world.names["rep_b"], "--device", "nope",
                 "--db", url]) == 1


def test_seed_demo_creates_users_who_can_sign_in_and_sync(server_settings, api, capsys):
    from desktop.demo.generator import DEMO_PASSWORD, DEMO_USERS

    assert main(["seed-demo", "--customers", "20", "--visits", "40",
                 "--db", server_settings.db_url]) == 0
    out = capsys.readouterr().out
    assert "customer=20" in out and "visit=40" in out
    rep = api.login("rep1", DEMO_PASSWORD)
    assert rep.user["id"] == DEMO_USERS[1]["id"]
    assert rep.user["territory_ids"] == DEMO_USERS[1]["territory_ids"]
    start = rep.get("/api/v1/sync/snapshot/start").json()
    assert 0 < start["counts"]["customer"] < 20  # one territory of three
    manager = api.login("manager", DEMO_PASSWORD)
    assert manager.get("/api/v1/sync/snapshot/start").json()["counts"]["customer"] == 20
    assert main(["seed-demo", "--customers", "5", "--db", server_settings.db_url]) == 1
    assert "already has the demo users" in capsys.readouterr().err


def rounds_server(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ROUNDS_")}
    return subprocess.run([sys.executable, "-m", "server.cli", *args], capture_output=True,
                          text=True, timeout=120, env=env)


def test_admin_commands_print_their_result_only_and_migrations_with_verbose(tmp_path):
    data_dir = str(tmp_path / "srv")
    created = rounds_server("init", "--data-dir", data_dir)
    assert created.returncode == 0 and created.stderr == ""
    [line] = created.stdout.splitlines()
    assert line.startswith("database ready: sqlite:///") and "(created at schema " in line
    again = rounds_server("init", "--data-dir", data_dir)
    assert again.stderr == "" and "no upgrade needed" in again.stdout
    listed = rounds_server("user", "list", "--data-dir", data_dir)
    assert listed.returncode == 0 and listed.stderr == ""
    assert listed.stdout == ("no users yet; add one with: rounds-server user add --username "
                             "NAME --role rep|manager|admin|qa|pv --password-stdin "
                             f"--data-dir {data_dir}\n")
    verbose = rounds_server("user", "list", "--data-dir", data_dir, "--verbose")
    assert "alembic.runtime.migration" in verbose.stderr


READING_COMMANDS = [
    ["user", "list"],
    ["device", "list", "--user", "zhaoming"],
    ["device", "revoke", "--user", "zhaoming", "--device", "laptop-1"],
    ["territory", "reassign", "北京东城", "--to", "sunlina"],
    ["import", "customers", "customers.csv", "--territory", "北京东城"],
    ["target", "list"],
    ["restored-from-backup"],
]


@pytest.mark.parametrize("command", READING_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_commands_on_existing_data_refuse_a_missing_data_dir_and_create_nothing(
        command, tmp_path, capsys):
    missing = tmp_path / "no-such-dir"
    assert main([*command, "--data-dir", str(missing)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (f"error: there is no server data dir {missing}; create it with: "
                   f"rounds-server init --data-dir {missing}\n")
    assert not missing.exists()


def test_a_missing_or_empty_sqlite_file_is_refused_too(tmp_path, capsys):
    db_file = tmp_path / "server.sqlite3"
    url = f"sqlite:///{db_file}"
    assert main(["user", "list", "--db", url]) == 2
    assert capsys.readouterr().err == (f"error: there is no database {db_file}; create it "
                                       f"with: rounds-server init --db {url}\n")
    assert not db_file.exists()
    (tmp_path / "data").mkdir()
    assert main(["user", "list", "--data-dir", str(tmp_path / "data")]) == 2
    assert "there is no database" in capsys.readouterr().err
    assert list((tmp_path / "data").iterdir()) == []
    db_file.touch()  # e.g. created by hand: a file, but no Rounds tables
    assert main(["target", "list", "--db", url]) == 2
    assert "has no Rounds tables; create them with: rounds-server init" in (
        capsys.readouterr().err)


def test_commands_that_create_data_create_the_database(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    data_dir = tmp_path / "new"
    assert main(["user", "add", "--username", "zhaoming", "--role", "rep", "--region", "华北",
                 "--territory", "北京东城", "--password-stdin", "--data-dir",
                 str(data_dir)]) == 0
    assert (data_dir / "rounds-server.sqlite3").exists()
    capsys.readouterr()
    assert main(["user", "list", "--data-dir", str(data_dir)]) == 0
    assert capsys.readouterr().out.startswith("zhaoming\trep\t")
