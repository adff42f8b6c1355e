"""Signing in, refresh with rotation, per-device revocation, and slowed-down guessing."""

from datetime import timedelta

from sqlmodel import select

from server.accounts import tokens
from server.core.db import write_session
from server.models import LoginThrottle
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


def test_refresh_rotates_the_token(world, api, monkeypatch):
    rep = world.rep_a
    r = api.client.post("/api/v1/auth/refresh", headers=HEADERS, json={
        "refresh_token": rep.refresh_token, "device_id": rep.device_id})
    assert r.status_code == 200
    pair = r.json()
    assert pair["refresh_token"] != rep.refresh_token and pair["token_type"] == "bearer"
    me = api.client.get("/api/v1/me", headers={
        **HEADERS, "Authorization": f"Bearer {pair['access_token']}"})
    assert me.status_code == 200
    # The answer to a refresh can be lost on the way: the same token works again for a
    # short while, then never.
    retry = api.client.post("/api/v1/auth/refresh", headers=HEADERS, json={
        "refresh_token": rep.refresh_token, "device_id": rep.device_id})
    assert retry.status_code == 200 and retry.json()["refresh_token"] != pair["refresh_token"]
    monkeypatch.setattr(tokens, "REFRESH_REUSE_GRACE", timedelta(seconds=-1))
    again = api.client.post("/api/v1/auth/refresh", headers=HEADERS, json={
        "refresh_token": rep.refresh_token, "device_id": rep.device_id})
    assert again.status_code == 401 and again.json()["code"] == "token_invalid"
    other_device = api.client.post("/api/v1/auth/refresh", headers=HEADERS, json={
        "refresh_token": pair["refresh_token"], "device_id": "another-laptop"})
    assert other_device.status_code == 401


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
