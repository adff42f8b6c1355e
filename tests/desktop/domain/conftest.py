"""Fixtures of the domain tests: a small region as a rep finds it in the field (official
hospital names with their brackets and branches, the same doctor's name in two cities, a
customer without a phone), identities of its people, and the store's outbox.

The machine runs in UTC; the reps work in Beijing time (UTC+8), so moments are written in
Beijing time and stored as UTC, and the rep's zone (`desktop.domain.local_time`) is Beijing
in every test here.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from domainhelpers import (
    BEIJING,
    FIRST_HOSPITAL,
    MANAGER,
    OTHER_REGION,
    OTHER_REP,
    PHARMACY,
    REGION,
    REP,
    REP2,
    T_BEIJING,
    T_CHANGSHA,
    T_WUHAN,
    XIANGYA,
    XIEHE_WEST,
)
from sqlmodel import select

from desktop.domain import local_time
from desktop.domain.identity import Identity
from desktop.models import Customer, FrequencyTarget, Product, Region, TeamMember, Territory
from desktop.store.local_tables import OutboxEntry


@pytest.fixture(autouse=True)
def reps_in_beijing():
    """The rep's zone is Beijing, whatever this machine's zone."""
    with local_time.fixed(zone=BEIJING):
        yield


@pytest.fixture
def people(store):
    """Two regions, their territories and team members, and company-wide targets A4 B2 C1."""
    with store.write() as w:
        w.create(Region, id=REGION, name="华中大区", code="HZ", manager_user_id=MANAGER)
        w.create(Region, id=OTHER_REGION, name="华北大区", code="HB")
        for uid, username, name, role, region in (
                (MANAGER, "zhoujh", "周建华", "manager", REGION),
                (REP, "liming", "李明", "rep", REGION),
                (REP2, "wangq", "王强", "rep", REGION),
                (OTHER_REP, "zhaom", "赵敏", "rep", OTHER_REGION)):
            w.create(TeamMember, id=uid, username=username, display_name=name, role=role,
                     region_id=region)
        for tid, name, code, region, owner in (
                (T_WUHAN, "武汉区", "HZ-WH", REGION, REP),
                (T_CHANGSHA, "长沙区", "HZ-CS", REGION, REP2),
                (T_BEIJING, "北京区", "HB-BJ", OTHER_REGION, OTHER_REP)):
            w.create(Territory, id=tid, territory_id=tid, name=name, code=code,
                     region_id=region, owner_user_id=owner)
        for tier, calls in (("A", 4), ("B", 2), ("C", 1)):
            w.create(FrequencyTarget, tier=tier, calls_per_month=calls)
    return SimpleNamespace(
        rep=Identity(REP, "rep", REGION, (T_WUHAN,), "李明"),
        rep2=Identity(REP2, "rep", REGION, (T_CHANGSHA,), "王强"),
        other_rep=Identity(OTHER_REP, "rep", OTHER_REGION, (T_BEIJING,), "赵敏"),
        manager=Identity(MANAGER, "manager", REGION, (T_WUHAN, T_CHANGSHA), "周建华"))


@pytest.fixture
def field(store, people):
    """The customers of Wuhan (李明) and Changsha (王强), and three products; ids by key."""
    ids = SimpleNamespace(people=people)
    with store.write() as w:
        def customer(key, kind, name, territory, city, **extra):
            province = "湖北省" if city == "武汉" else "湖南省"
            row = w.create(Customer, kind=kind, name=name, territory_id=territory,
                           province=province, city=city, **extra)
            setattr(ids, key, row.id)
            return row.id

        xiehe = customer("xiehe_west", "hospital", XIEHE_WEST, T_WUHAN, "武汉", tier="A",
                         grade="3A", district="蔡甸区", address="神龙大道58号",
                         phone="027-65601100", postal_code="430056")
        first = customer("first_hospital", "hospital", FIRST_HOSPITAL, T_WUHAN, "武汉",
                         tier="B", grade="3A", district="硚口区", address="中山大道215号")
        cardio = customer("cardio", "department", "心血管内科", T_WUHAN, "武汉",
                          organisation_id=xiehe, tier="B")
        customer("zhang_wh", "doctor", "张伟", T_WUHAN, "武汉", organisation_id=xiehe,
                 department_id=cardio, tier="A", title="主任医师", mobile="13907112345")
        customer("liu", "doctor", "刘芳", T_WUHAN, "武汉", organisation_id=xiehe,
                 department_id=cardio, tier="B", title="副主任医师")
        customer("chen", "doctor", "陈静", T_WUHAN, "武汉", organisation_id=first, tier="C",
                 title="主治医师")  # no phone on record
        shop = customer("pharmacy", "pharmacy", PHARMACY, T_WUHAN, "武汉", tier="C",
                        address="江汉路118号", phone="027-82801234")
        customer("clerk", "pharmacy_contact", "黄小琴", T_WUHAN, "武汉", organisation_id=shop)
        xiangya = customer("xiangya", "hospital", XIANGYA, T_CHANGSHA, "长沙", tier="A",
                           grade="3A", address="湘雅路87号")
        customer("zhang_cs", "doctor", "张伟", T_CHANGSHA, "长沙", organisation_id=xiangya,
                 tier="B", title="主治医师")
        for key, name, generic, drug_class, ours in (
                ("amlodipine", "安立平", "苯磺酸氨氯地平片", "降压药", True),
                ("rosuvastatin", "舒脂宁", "瑞舒伐他汀钙片", "调脂药", True),
                ("rival", "络活喜", "苯磺酸氨氯地平片", "降压药", False)):
            setattr(ids, key, w.create(Product, name=name, generic_name=generic,
                                       strength="5mg", drug_class=drug_class, is_ours=ours).id)
    return ids


@pytest.fixture
def outbox(store):
    """A function giving the changes waiting to be pushed, oldest first."""
    def entries(row_id: str | None = None) -> list[OutboxEntry]:
        with store.read() as s:
            query = select(OutboxEntry).order_by(OutboxEntry.seq)
            if row_id is not None:
                query = query.where(OutboxEntry.row_id == row_id)
            return list(s.exec(query))
    return entries
