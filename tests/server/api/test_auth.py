"""Signing in, refresh with rotation (and reuse detection), per-device revocation, and
slowed-down guessing."""

import logging
from datetime import timedelta

import pytest
from sqlmodel import select

from desktop.models import utcnow
from server.core import clock
from server.core.db import read_session, write_session
from server.models import AuditEntry, LoginThrottle
from tests.server.helpers import HEADERS, PASSWORD


def _token(api, username, password, device="dev-1"):
    return api.client.post("/api/v1/auth/token", headers=HEADERS, json={
        "username": username, "password": password, "device_id": device})


def test_login_returns_tokens_and_the_user(world):
    rep = world.rep_a
    assert rep.user["username"] == world.names["rep_a"]
    assert rep.user["role"] == "rep" and rep.user["territory_ids"] == [world.t1]
    me = rep.get("/api/v1/me").json()
    assert me["id"] == rep.user["id"] and me["region_id"] == world.region_id


def test_wrong_password_and_unknown_user_are_401(world, api):
    for name in (world.names["rep_b"], "nobody-at-all"):
        r = _token(api, name, "wrong password")
        assert r.status_code == 401 and r.json()["code"] == "not_authenticated"
        assert r.json()["detail"] == "Wrong user name or password."


def _clear_throttle(engine):
    with write_session(engine) as s:  # tests share the test client's address
        for entry in s.exec(select(LoginThrottle)).all():
            s.delete(entry)
        s.commit()


def test_repeated_failures_are_slowed_with_retry_after(world, api, engine):
    name = world.names["manager"]
    _clear_throttle(engine)
    codes = [_token(api, name, "guess", device="d").status_code for _ in range(4)]
    assert codes == [401, 401, 401, 429]  # test settings allow 3 free failures
    r = _token(api, name, PASSWORD, device="d")  # even the right password waits
    assert r.status_code == 429 and r.json()["code"] == "too_many_attempts"
    assert int(r.headers["Retry-After"]) >= 1
    _clear_throttle(engine)


def _refresh(api, refresh_token, device_id):
    return api.client.post("/api/v1/auth/refresh", headers=HEADERS, json={
        "refresh_token": refresh_token, "device_id": device_id})


@pytest.fixture
def server_clock(monkeypatch):
    """Moves the server's clock on (server.core.clock): `server_clock(minutes=5)`."""
    ahead = timedelta()

    def move_on(**amount):
        nonlocal ahead
        ahead += timedelta(**amount)

    monkeypatch.setattr(clock, "now", lambda: utcnow() + ahead)
    return move_on


def test_refresh_rotates_the_token(world, api, server_clock):
    rep = world.rep_a
    r = _refresh(api, rep.refresh_token, rep.device_id)
    assert r.status_code == 200
    pair = r.json()
    assert pair["refresh_token"] != rep.refresh_token and pair["token_type"] == "bearer"
    me = api.client.get("/api/v1/me", headers={
        **HEADERS, "Authorization": f"Bearer {pair['access_token']}"})
    assert me.status_code == 200
    # The answer to a refresh can be lost on the way, and the laptop may try again only
    # minutes later: the token it still holds works, for as long as the new one (which
    # only the server ever saw) has not been used.
    server_clock(minutes=10)
    retry = _refresh(api, rep.refresh_token, rep.device_id)
    assert retry.status_code == 200
    latest = retry.json()["refresh_token"]
    assert latest not in (rep.refresh_token, pair["refresh_token"])
    lost = _refresh(api, pair["refresh_token"], rep.device_id)  # replaced, never delivered
    assert lost.status_code == 401 and lost.json()["code"] == "token_invalid"
    other_device = _refresh(api, latest, "another-laptop")
    assert other_device.status_code == 401 and other_device.json()["code"] == "token_invalid"
    assert _refresh(api, latest, rep.device_id).status_code == 200


def test_reusing_a_refresh_token_after_a_newer_one_was_used_ends_that_sign_in(
        world, api, engine, caplog):
    name = world.names["rep_b"]
    laptop = api.login(name)
    elsewhere = api.login(name)  # another sign-in of the same rep
    first = _refresh(api, laptop.refresh_token, laptop.device_id).json()["refresh_token"]
    newest = _refresh(api, first, laptop.device_id).json()["refresh_token"]
    # The first token comes back after its successor was used: a copy of it is in other
    # hands. Every token of that sign-in stops working, the laptop's newest too.
    with caplog.at_level(logging.WARNING, logger="rounds.server"):
        replay = _refresh(api, laptop.refresh_token, laptop.device_id)
    assert replay.status_code == 401 and replay.json()["code"] == "token_invalid"
    for token in (newest, first, laptop.refresh_token):
        r = _refresh(api, token, laptop.device_id)
        assert r.status_code == 401 and r.json()["code"] == "token_invalid"
    # said in the log and the audit log, without a token
    warned = [r.getMessage() for r in caplog.records if "refresh token" in r.getMessage()]
    assert warned and laptop.device_id in warned[0]
    assert not any(t in m for m in warned for t in (laptop.refresh_token, first, newest))
    with read_session(engine) as s:
        entries = s.exec(select(AuditEntry).where(
            AuditEntry.user_id == laptop.user["id"],
            AuditEntry.action == "refresh_token_reused")).all()
    assert [(e.device_id, e.table_name) for e in entries] == [
        (laptop.device_id, "srv_refresh_token")]
    # only that sign-in: the rep's other one, and signing in again, work
    assert _refresh(api, elsewhere.refresh_token, elsewhere.device_id).status_code == 200
    again = api.login(name, device_id=laptop.device_id)
    assert _refresh(api, again.refresh_token, laptop.device_id).status_code == 200


def test_a_refresh_token_from_another_device_is_refused_and_changes_nothing(
        world, api, engine, server_clock):
    laptop = api.login(world.names["manager"])
    successor = _refresh(api, laptop.refresh_token, laptop.device_id).json()["refresh_token"]
    server_clock(minutes=5)  # its answer was lost; meanwhile someone tries the old token
    stranger = _refresh(api, laptop.refresh_token, "another-laptop")
    assert stranger.status_code == 401 and stranger.json()["code"] == "token_invalid"
    stranger = _refresh(api, successor, "another-laptop")
    assert stranger.status_code == 401 and stranger.json()["code"] == "token_invalid"
    with read_session(engine) as s:
        assert s.exec(select(AuditEntry).where(
            AuditEntry.user_id == laptop.user["id"],
            AuditEntry.action == "refresh_token_reused")).all() == []
    # nothing revoked, nothing spent: the laptop still renews with the token it holds
    retry = _refresh(api, laptop.refresh_token, laptop.device_id)
    assert retry.status_code == 200
    assert _refresh(api, retry.json()["refresh_token"], laptop.device_id).status_code == 200


def test_revoked_device_gets_401_device_revoked(world, api):
    rep, admin = world.rep_b, world.admin
    second = api.login(world.names["rep_b"])  # another laptop of the same rep
    r = admin.post("/api/v1/auth/revoke", json={"user_id": rep.user["id"],
                                                "device_id": rep.device_id})
    assert r.status_code == 200
    r = rep.get("/api/v1/me")
    assert r.status_code == 401 and r.json()["code"] == "device_revoked"
    r = api.client.post("/api/v1/auth/refresh", headers=HEADERS, json={
        "refresh_token": rep.refresh_token, "device_id": rep.device_id})
    assert r.status_code == 401 and r.json()["code"] == "device_revoked"
    assert second.get("/api/v1/me").status_code == 200  # only that device
    fresh = api.login(world.names["rep_b"], device_id=rep.device_id)  # password signs in again
    assert fresh.get("/api/v1/me").status_code == 200


def test_only_admin_revokes(world):
    r = world.manager.post("/api/v1/auth/revoke", json={
        "user_id": world.rep_a.user["id"], "device_id": world.rep_a.device_id})
    assert r.status_code == 403 and r.json()["code"] == "forbidden"


def test_push_from_another_device_is_403(world):
    rep = world.rep_a
    r = rep.post("/api/v1/sync/push", json={"device_id": "someone-else", "schema_version": 1,
                                            "mutations": []})
    assert r.status_code == 403


def test_a_token_used_before_is_judged_again_at_every_request(world, api, server_clock):
    """What an access token says is read once (server.core.security); a device revoked, the
    user's sessions ended, and the token's expiry still take effect at the next request."""
    name, admin = world.names["rep_b"], world.admin
    revoked, ended, second = (api.login(name, device_id=f"laptop-{i}") for i in range(3))
    for laptop in (revoked, ended, second):  # (their tokens read once)
        assert laptop.get("/api/v1/me").status_code == 200
    r = admin.post("/api/v1/auth/revoke", json={"user_id": revoked.user["id"],
                                                "device_id": revoked.device_id})
    assert r.status_code == 200
    r = revoked.get("/api/v1/me")
    assert r.status_code == 401 and r.json()["code"] == "device_revoked"
    r = api.client.patch(f"/api/v1/admin/users/{ended.user['id']}", headers=admin.headers,
                         json={"password": "a new password 78"})
    assert r.status_code == 200, r.text
    r = ended.get("/api/v1/me")
    assert r.status_code == 401 and r.json()["code"] == "session_ended"
    assert second.get("/api/v1/me").status_code == 401  # (the same user's: ended too)
    fresh = api.login(name, password="a new password 78", device_id="laptop-4")
    assert fresh.get("/api/v1/me").status_code == 200
    server_clock(minutes=16)  # (access tokens live 15 minutes)
    r = fresh.get("/api/v1/me")
    assert r.status_code == 401 and r.json()["code"] == "token_expired"


def test_a_token_read_before_is_not_valid_under_another_key():
    from server.core import security

    token = security.create_access_token(key="k" * 32, user_id="u", device_id="d",
                                         generation=1, ttl_seconds=600)
    assert security.decode_access_token(token, key="k" * 32).device_id == "d"
    with pytest.raises(security.TokenError) as refused:
        security.decode_access_token(token, key="q" * 32)
    assert refused.value.code == "token_invalid"
    forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    with pytest.raises(security.TokenError):
        security.decode_access_token(forged, key="k" * 32)
