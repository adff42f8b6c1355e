"""The rounds-server command line: init, user add, reassign, revoke, seed-demo."""

import io
import os
import stat

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
