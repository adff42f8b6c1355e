"""The demo on this computer alone: a store of its own filled with the demo data and signed
in, offline, as one of the demo's people (a rep or the regional manager), so a newcomer can
try every screen before the organisation's server exists. Nothing of it ever syncs."""

from __future__ import annotations

import json

from desktop.demo.generator import DEMO_USERS, DemoSpec
from desktop.demo.loader import load_into_store
from desktop.domain.identity import USER_STATE_KEY
from desktop.paths import AppPaths
from desktop.store.store import Store

DEMO_STORE = "demo"
ROLES = {"rep": "rep1", "manager": "manager"}  # the demo's people a newcomer may be


def demo_user(role: str) -> dict:
    username = ROLES.get(role, "rep1")
    return dict(next(u for u in DEMO_USERS if u["username"] == username))


def open_demo_store(paths: AppPaths, role: str = "rep", spec: DemoSpec | None = None) -> Store:
    """The demo store (filled on first use) with `role`'s demo person signed in."""
    store = Store.open(paths.store_file(DEMO_STORE))
    if store.state("demo_loaded") is None:
        load_into_store(store, spec or DemoSpec())
        store.set_state("demo_loaded", "1")
    store.set_state(USER_STATE_KEY, json.dumps(demo_user(role), ensure_ascii=False))
    return store
