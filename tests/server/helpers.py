"""Test helpers: a small API client speaking the sync protocol, and a world of users."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass, field

from desktop.models import SCHEMA_VERSION
from server.accounts.users import create_user
from server.core.db import write_session
from server.sync.revisions import lock_revisions

PASSWORD = "correct horse 42"
HEADERS = {"X-Rounds-Schema-Version": str(SCHEMA_VERSION)}
_seq = itertools.count(1)


@dataclass
class Session_:
    """One signed-in device."""

    api: Api
    user: dict
    device_id: str
    access_token: str
    refresh_token: str

    @property
    def headers(self) -> dict:
        return {**HEADERS, "Authorization": f"Bearer {self.access_token}"}

    def get(self, path, headers=None, **kw):
        return self.api.client.get(path, headers={**self.headers, **(headers or {})}, **kw)

    def post(self, path, headers=None, **kw):
        return self.api.client.post(path, headers={**self.headers, **(headers or {})}, **kw)

    def push(self, *mutations: dict, expect: int = 200) -> list[dict]:
        body = {"device_id": self.device_id, "schema_version": SCHEMA_VERSION,
                "mutations": list(mutations)}
        response = self.post("/api/v1/sync/push", json=body)
        assert response.status_code == expect, response.text
        return response.json()["results"] if expect == 200 else response.json()

    def pull_all(self, cursor: int = 0, limit: int = 1000) -> tuple[dict, list, list, int]:
        """Follow pull pages to the end: ({(table,id): row}, removals, scope, cursor)."""
        rows, removals, scope = {}, [], []
        while True:
            r = self.get("/api/v1/sync/pull", params={"cursor": cursor, "limit": limit})
            assert r.status_code == 200, r.text
            page = r.json()
            for change in page["changes"]:
                rows[(change["table"], change["row"]["id"])] = change["row"]
            for removal in page["removals"]:
                rows.pop((removal["table"], removal["row_id"]), None)
                removals.append(removal)
            scope.extend(page["scope"])
            assert page["cursor"] >= cursor
            cursor = page["cursor"]
            if not page["has_more"]:
                return rows, removals, scope, cursor


@dataclass
class Api:
    client: object

    def login(self, username: str, password: str = PASSWORD, device_id: str | None = None):
        device_id = device_id or f"dev-{uuid.uuid4()}"
        r = self.client.post("/api/v1/auth/token", headers=HEADERS, json={
            "username": username, "password": password, "device_id": device_id})
        assert r.status_code == 200, r.text
        body = r.json()
        return Session_(self, body["user"], device_id, body["access_token"],
                        body["refresh_token"])


def mutation(table: str, op: str = "create", row_id: str | None = None, base: int = 0,
             seq: int | None = None, **changes) -> dict:
    return {"seq": seq if seq is not None else next(_seq), "table": table,
            "row_id": row_id or str(uuid.uuid4()), "op": op, "base_revision": base,
            "changes": changes}


@dataclass
class World:
    tag: str
    region_id: str
    t1: str
    t2: str
    foreign_territory: str
    rep_a: Session_
    rep_b: Session_
    manager: Session_
    admin: Session_
    foreign_rep: Session_
    names: dict = field(default_factory=dict)

    def customer(self, who: Session_, **values) -> dict:
        values.setdefault("kind", "hospital")
        values.setdefault("name", f"医院 {uuid.uuid4().hex[:6]}")
        [result] = who.push(mutation("customer", **values))
        assert result["status"] == "applied", result
        return result["row"]


def make_world(api: Api, engine) -> World:
    tag = uuid.uuid4().hex[:8]
    names = {k: f"{k}-{tag}" for k in ("rep_a", "rep_b", "manager", "admin", "foreign_rep")}
    with write_session(engine) as session:
        lock_revisions(session)
        create_user(session, username=names["manager"], password=PASSWORD, role="manager",
                    region=f"R-{tag}")
        a = create_user(session, username=names["rep_a"], password=PASSWORD, role="rep",
                        region=f"R-{tag}", territory=f"T1-{tag}")
        create_user(session, username=names["rep_b"], password=PASSWORD, role="rep",
                    region=f"R-{tag}", territory=f"T2-{tag}")
        create_user(session, username=names["admin"], password=PASSWORD, role="admin")
        create_user(session, username=names["foreign_rep"], password=PASSWORD, role="rep",
                    region=f"RX-{tag}", territory=f"TX-{tag}")
        session.commit()
        region_id = a.region_id
    sessions = {k: api.login(v) for k, v in names.items()}
    world = World(tag, region_id, sessions["rep_a"].user["territory_ids"][0],
                  sessions["rep_b"].user["territory_ids"][0],
                  sessions["foreign_rep"].user["territory_ids"][0], names=names, **sessions)
    return world


def a_product(world) -> dict:
    """A new product in the catalogue (products are the administrator's to add)."""
    [product] = world.admin.push(mutation("product", name=f"药 {uuid.uuid4().hex[:6]}",
                                          drug_class="他汀"))
    assert product["status"] == "applied", product
    return product["row"]
