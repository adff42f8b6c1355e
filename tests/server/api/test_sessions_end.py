"""A password reset or a deactivation by an administrator ends every session of that user:
the access tokens and the (400-day) refresh tokens of all their laptops stop working. The
laptops are not wiped (that is what revoking a device is for): the user signs in again."""

from __future__ import annotations

import io

from server.cli import main
from tests.server.helpers import HEADERS, PASSWORD

NEW_PASSWORD = "a new password 77"


def _refresh(api, session_):
    return api.client.post("/api/v1/auth/refresh", headers=HEADERS, json={
        "refresh_token": session_.refresh_token, "device_id": session_.device_id})


def _sessions_are_over(api, *laptops) -> None:
    for laptop in laptops:
        me = laptop.get("/api/v1/me")
        assert me.status_code == 401, me.text
        assert me.json()["code"] == "session_ended"  # not device_revoked: no wipe
        again = _refresh(api, laptop)
        assert again.status_code == 401, again.text
        assert again.json()["code"] == "session_ended", again.text


def test_a_password_reset_ends_every_session_of_the_user(world, api):
    name = world.names["rep_a"]
    laptop, second = world.rep_a, api.login(name)
    reset = api.client.patch(
        f"/api/v1/admin/users/{laptop.user['id']}", headers=world.admin.headers,
        json={"password": NEW_PASSWORD})
    assert reset.status_code == 200, reset.text
    _sessions_are_over(api, laptop, second)
    assert world.rep_b.get("/api/v1/me").status_code == 200  # other users keep theirs
    wrong = api.client.post("/api/v1/auth/token", headers=HEADERS, json={
        "username": name, "password": PASSWORD, "device_id": laptop.device_id})
    assert wrong.status_code == 401
    fresh = api.login(name, NEW_PASSWORD, device_id=laptop.device_id)
    assert fresh.get("/api/v1/me").status_code == 200
    assert _refresh(api, fresh).status_code == 200


def test_a_deactivation_ends_every_session_even_after_reactivation(world, api):
    laptop = world.rep_b
    path = f"/api/v1/admin/users/{laptop.user['id']}"
    off = api.client.patch(path, headers=world.admin.headers, json={"active": False})
    assert off.status_code == 200, off.text
    on = api.client.patch(path, headers=world.admin.headers, json={"active": True})
    assert on.status_code == 200, on.text
    _sessions_are_over(api, laptop)
    assert api.login(world.names["rep_b"]).get("/api/v1/me").status_code == 200


def test_a_display_name_change_ends_no_session(world, api):
    laptop = world.rep_a
    r = api.client.patch(f"/api/v1/admin/users/{laptop.user['id']}",
                                 headers=world.admin.headers, json={"display_name": "王丽"})
    assert r.status_code == 200, r.text
    assert laptop.get("/api/v1/me").status_code == 200
    assert _refresh(api, laptop).status_code == 200


def test_the_command_line_resets_passwords_and_deactivates(world, api, server_settings,
                                                           monkeypatch, capsys):
    url, name = server_settings.db_url, world.names["manager"]
    laptop = world.manager
    monkeypatch.setattr("sys.stdin", io.StringIO(NEW_PASSWORD + "\n"))
    assert main(["user", "set-password", "--username", name, "--password-stdin",
                 "--db", url]) == 0
    assert "signed out" in capsys.readouterr().out
    _sessions_are_over(api, laptop)
    fresh = api.login(name, NEW_PASSWORD)
    assert main(["user", "deactivate", "--username", name, "--db", url]) == 0
    capsys.readouterr()
    assert main(["user", "activate", "--username", name, "--db", url]) == 0
    capsys.readouterr()
    _sessions_are_over(api, fresh)
    assert api.login(name, NEW_PASSWORD).get("/api/v1/me").status_code == 200
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["user", "set-password", "--username", name, "--password-stdin",
                 "--db", url]) == 1
    assert "at least 8 characters" in capsys.readouterr().err
    assert main(["user", "deactivate", "--username", "nobody-here", "--db", url]) == 1
    assert "no user 'nobody-here'" in capsys.readouterr().err
