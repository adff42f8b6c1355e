"""Requests are taken as the OpenAPI document says, no looser: a batch names each seq once,
a streamed body over the limit is a 413 like a declared one, `active` is true or false (not
0), names are not empty, and the last active administrator cannot be deactivated."""

from __future__ import annotations

import uuid

import httpx
import pytest
from fastapi.testclient import TestClient

from desktop.models import SCHEMA_VERSION
from server.accounts.users import create_user
from server.core.db import create_server_engine, migrate, write_session
from server.main import create_app
from server.sync.revisions import lock_revisions
from tests.server.helpers import PASSWORD, Api, mutation


def test_a_seq_twice_in_one_batch_is_a_422_and_nothing_is_applied(world):
    rep = world.rep_a
    first = mutation("customer", kind="hospital", name="第一医院")
    second = mutation("customer", seq=first["seq"], kind="pharmacy", name="第二药房")
    answer = rep.push(first, second, expect=422)
    assert answer["code"] == "invalid_request"
    assert f"seq {first['seq']}" in answer["detail"]
    rows, _, _, _ = rep.pull_all()
    assert ("customer", first["row_id"]) not in rows
    assert ("customer", second["row_id"]) not in rows


def test_a_chunked_body_over_the_limit_is_413(world, live_url):
    def chunks():  # no Content-Length: the server only learns the size while reading
        yield b'{"device_id": "x", "schema_version": 1, "mutations": [], "pad": "'
        for _ in range(40):
            yield b"x" * 8192
        yield b'"}'

    response = httpx.post(f"{live_url}/api/v1/sync/push", content=chunks(),
                          headers={**world.rep_a.headers, "Content-Type": "application/json"},
                          timeout=30)
    assert response.request.headers.get("transfer-encoding") == "chunked"
    assert response.status_code == 413, response.text
    assert response.json()["code"] == "body_too_large"


@pytest.mark.parametrize("active", [0, 1, "false", "no", None])
def test_active_is_true_or_false_only(world, active):
    target = world.rep_b.user["id"]
    response = world.admin.api.client.patch(f"/api/v1/admin/users/{target}",
                                            json={"active": active} if active is not None
                                            else {"active": []},
                                            headers=world.admin.headers)
    assert response.status_code == 422, response.text
    assert "active" in response.json()["detail"]
    assert world.rep_b.get("/api/v1/me").json()["active"] is True


@pytest.mark.parametrize("name", ["", "   ", "\t\n", "Wang\x00Wei"])
def test_a_display_name_must_have_text(world, name):
    target = world.rep_b.user["id"]
    response = world.admin.api.client.patch(f"/api/v1/admin/users/{target}",
                                            json={"display_name": name},
                                            headers=world.admin.headers)
    assert response.status_code == 422, response.text
    assert "display_name" in response.json()["detail"]
    created = world.admin.post("/api/v1/admin/users", json={
        "username": f"u-{uuid.uuid4().hex[:8]}", "password": PASSWORD, "role": "rep",
        "display_name": name})
    assert created.status_code == 422, created.text
    assert world.rep_b.get("/api/v1/me").json()["display_name"] != name


@pytest.fixture
def lonely_admin(new_empty_database, server_settings):
    """A server of its own whose only administrator is signed in: (api, admin session,
    admin's user id)."""
    engine = create_server_engine(new_empty_database())
    try:
        migrate(engine)
        with write_session(engine) as session:
            lock_revisions(session)
            admin = create_user(session, username="root", password=PASSWORD, role="admin")
            create_user(session, username="deputy", password=PASSWORD, role="manager",
                        region="North")
            session.commit()
            admin_id = admin.id
        app = create_app(server_settings, engine=engine, run_migrations=False)
        with TestClient(app) as client:
            api = Api(client)
            yield api, api.login("root"), admin_id
    finally:
        engine.dispose()


def test_the_last_active_admin_cannot_be_deactivated(lonely_admin):
    api, admin, admin_id = lonely_admin
    response = admin.api.client.patch(f"/api/v1/admin/users/{admin_id}",
                                      json={"active": False}, headers=admin.headers)
    assert response.status_code == 409, response.text
    assert response.json()["code"] == "last_admin"
    assert "administrator" in response.json()["detail"]
    assert admin.get("/api/v1/me").status_code == 200  # still active, still signed in
    # with a second administrator, either may go
    second = admin.post("/api/v1/admin/users", json={
        "username": "second", "password": PASSWORD, "role": "admin"})
    assert second.status_code == 201, second.text
    response = admin.api.client.patch(f"/api/v1/admin/users/{admin_id}",
                                      json={"active": False}, headers=admin.headers)
    assert response.status_code == 200, response.text
    other = api.login("second")
    response = other.api.client.patch(f"/api/v1/admin/users/{second.json()['id']}",
                                      json={"active": False}, headers=other.headers)
    assert response.status_code == 409 and response.json()["code"] == "last_admin"


def test_push_body_types_are_strict(world):
    rep = world.rep_a
    for bad in ({"seq": "7"}, {"seq": True}, {"base_revision": "0"}, {"seq": 1.5},
                {"field_bases": {"name": "0"}}, {"field_bases": {"name": -1}},
                {"field_bases": {"name": 2**53}}, {"field_bases": ["name"]}):
        body = {"device_id": rep.device_id, "schema_version": SCHEMA_VERSION,
                "mutations": [{**mutation("customer", kind="hospital", name="X"), **bad}]}
        response = rep.post("/api/v1/sync/push", json=body)
        assert response.status_code == 422, (bad, response.text)
    whole = {**mutation("customer", kind="hospital", name="整数医院"), "seq": 41.0 + rep_seq()}
    [ok] = rep.push(whole)  # JSON's 41.0 is the integer 41, as JSON Schema says
    assert ok["status"] == "applied"


def rep_seq() -> int:
    return uuid.uuid4().int % 10**9


def test_text_a_database_refuses_is_never_a_server_error(world, api):
    # PostgreSQL refuses NUL in text; these reached it from the sign-in and revoke bodies
    # (SQLite stores the NUL: the sign-in succeeds there)
    signed_in = api.client.post("/api/v1/auth/token", headers=world.rep_a.headers, json={
        "username": world.names["rep_a"], "password": PASSWORD, "device_id": "laptop\x00"})
    assert signed_in.status_code < 500, signed_in.text
    revoked = world.admin.post("/api/v1/auth/revoke", json={"user_id": "a\x00b",
                                                            "device_id": "laptop"})
    assert 400 <= revoked.status_code < 500, revoked.text
    assert world.admin.get("/api/v1/me").status_code == 200  # the server goes on
