"""Who uses the app, without widgets: the user remembered at the last sign-in (offline too),
else in a store nobody signed in to (the demo) the owner of the first territory."""

from __future__ import annotations

import json
from datetime import date

import pytest
from domainhelpers import OTHER_REGION, OTHER_REP, REGION, T_WUHAN

from desktop.demo.generator import DEMO_USERS, DemoSpec
from desktop.demo.loader import load_into_store
from desktop.domain import identity
from desktop.domain.identity import Identity
from desktop.models import Territory


def sign_in(store, user: dict) -> None:
    """What signing in keeps in the store (desktop.sync.account.login)."""
    store.set_state(identity.USER_STATE_KEY, json.dumps(user, ensure_ascii=False))


@pytest.mark.parametrize(("role", "is_manager"), [("rep", False), ("manager", True),
                                                  ("admin", True)])
def test_the_signed_in_user_is_who_uses_the_app(store, people, role, is_manager):
    sign_in(store, {"id": "u-li", "username": "liming", "display_name": "李明", "role": role,
                    "region_id": REGION, "territory_ids": [T_WUHAN, "t-hk"]})
    found = identity.current_identity(store)
    assert found == Identity("u-li", role, REGION, (T_WUHAN, "t-hk"), "李明")
    assert found.is_manager is is_manager
    assert identity.signed_in_user_id(store) == "u-li"


def test_a_sparse_sign_in_answer_falls_back_to_sensible_values(store):
    sign_in(store, {"id": "u-new", "username": "xintongshi"})
    assert identity.current_identity(store) == Identity("u-new", "rep", None, (), "xintongshi")


def test_without_a_sign_in_the_owner_of_the_first_territory_is_the_user(store, people):
    assert identity.signed_in_user(store) is None
    # codes HB-BJ < HZ-CS < HZ-WH: 赵敏's 北京区 comes first
    assert identity.current_identity(store) == Identity(OTHER_REP, "rep", OTHER_REGION,
                                                        ("t-bj",), "赵敏")
    store.delete(Territory, "t-bj")
    assert identity.current_identity(store).display_name == "王强"
    sign_in(store, {"username": "no-id-yet"})  # an answer without an id is no identity
    assert identity.current_identity(store).user_id == "u-wang"


def test_an_empty_store_has_no_user(store):
    assert identity.current_identity(store) is None
    store.create(Territory, id="t-vacant", name="空缺区", code="HZ-XX", region_id=REGION)
    assert identity.current_identity(store) is None  # a territory without owner


def test_the_demo_is_used_as_its_first_rep(store):
    load_into_store(store, DemoSpec(seed=3, customers=60, visits=50, today=date(2026, 3, 18)))
    rep1 = DEMO_USERS[1]
    assert identity.current_identity(store) == Identity(
        rep1["id"], "rep", rep1["region_id"], tuple(rep1["territory_ids"]), "赵明")
