"""A small region for the manager's desk screens, written straight into a real store file
(as a sync would bring it): a manager, two reps with a territory each, a hospital with a
doctor for the first rep and one hospital for the second, one product, last year's monthly
sales (李明's customers 300,000 a year, 王强's 100,000) and the region's 2026 quota
(10,000 a month)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from quotahelpers import MANAGER, REGION, REP, REP2, YEAR

from desktop.models import Customer, CustomerMetric, Product, Quota, Region, TeamMember, Territory


@pytest.fixture(autouse=True)
def english(languages):
    """The screens in English with its catalogue installed (its plurals)."""
    languages.switch("en")


@pytest.fixture
def region(store):
    from desktop.domain.identity import Identity

    with store.write() as w:
        w.create(Region, id=REGION, name="华中大区", code="HZ", manager_user_id=MANAGER)
        for uid, name, role in ((REP, "李明", "rep"), (REP2, "王强", "rep"),
                                (MANAGER, "周经理", "manager")):
            w.create(TeamMember, id=uid, username=uid, display_name=name, role=role,
                     region_id=REGION)
        for tid, name, owner in (("t1", "武汉", REP), ("t2", "长沙", REP2)):
            w.create(Territory, id=tid, territory_id=tid, name=name, code=tid.upper(),
                     region_id=REGION, owner_user_id=owner)
        xiehe = w.create(Customer, kind="hospital", name="协和医院", territory_id="t1", tier="A")
        first = w.create(Customer, kind="hospital", name="第一医院", territory_id="t1", tier="B")
        doctor = w.create(Customer, kind="doctor", name="张伟", territory_id="t1", tier="A",
                          organisation_id=xiehe.id)
        xiangya = w.create(Customer, kind="hospital", name="湘雅医院", territory_id="t2",
                           tier="A")
        product = w.create(Product, name="络活喜", drug_class="降压药", is_ours=True)
        # Last year, a month: 协和 15,000 + 张伟 5,000, 第一医院 5,000 (李明: 25,000);
        # 湘雅 25,000 / 3 (王强). A year: 300,000 against 100,000.
        for month in range(1, 13):
            for customer, territory, amount in ((xiehe.id, "t1", 15_000),
                                                (doctor.id, "t1", 5_000),
                                                (first.id, "t1", 5_000),
                                                (xiangya.id, "t2", 25_000 / 3)):
                w.create(CustomerMetric, customer_id=customer, period=f"{YEAR - 1}-{month:02d}",
                         product_id=product.id, sales_amount=amount, territory_id=territory)
            w.create(Quota, year=YEAR, month=month, product_id=product.id, level="region",
                     region_id=REGION, amount=10_000)
    return SimpleNamespace(
        xiehe=xiehe.id, first=first.id, doctor=doctor.id, xiangya=xiangya.id,
        product=product.id,
        manager=Identity(MANAGER, "manager", REGION, ("t1", "t2"), "周经理"),
        rep=Identity(REP, "rep", REGION, ("t1",), "李明"))


@pytest.fixture
def context(qtbot, store, ui_settings):
    from desktop.ui.context import AppContext

    context = AppContext(store, ui_settings)
    yield context
    assert context.tasks.shutdown()

