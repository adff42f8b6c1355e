"""Quotas: the split in proportion to last year's sales, the manager's allocation through
the store, and achievement with its forecast, on known figures."""

import pytest
from domainhelpers import REGION, REP, REP2, T_CHANGSHA, T_WUHAN

from desktop.domain import quotas
from desktop.models import CustomerMetric, Quota

# Last year a month: 协和西院 20 000 + its doctor 张伟 5 000, 武汉一院 5 000 (李明: 30 000);
# 湘雅 15 000 (王强). This year, January to March: 5 000 + 500 (李明), 4 000 (王强).
LAST_YEAR = {"xiehe_west": 20_000, "zhang_wh": 5_000, "first_hospital": 5_000, "xiangya": 15_000}
THIS_YEAR = {"xiehe_west": 4_000, "zhang_wh": 1_000, "first_hospital": 500, "xiangya": 4_000}


@pytest.fixture
def sales(store, field):
    with store.write() as w:
        for year, figures, months in ((2025, LAST_YEAR, range(1, 13)), (2026, THIS_YEAR, (1, 2, 3))):
            for key, amount in figures.items():
                territory = T_CHANGSHA if key == "xiangya" else T_WUHAN
                for month in months:
                    w.create(CustomerMetric, customer_id=getattr(field, key),
                             period=f"{year}-{month:02d}", product_id=field.amlodipine,
                             drug_class="降压药", sales_amount=amount, territory_id=territory)
        for month in range(1, 13):
            w.create(Quota, year=2026, month=month, product_id=field.amlodipine,
                     level="region", region_id=REGION, amount=9_000)
    return field


def test_proportional_split_adds_up_to_the_fen():
    split = quotas.proportional_split(100, {"a": 1, "b": 1, "c": 1})
    assert split == {"a": 33.34, "b": 33.33, "c": 33.33} and sum(split.values()) == 100
    assert quotas.proportional_split(10, {"a": 0, "b": 0}) == {"a": 5, "b": 5}


def test_monthly_split_even_and_by_last_year():
    assert set(quotas.monthly_split(120_000).values()) == {10_000}
    by_last = quotas.monthly_split(120_000, "last-year", {1: 3, 2: 1})
    assert (by_last[1], by_last[2], by_last[3]) == (90_000, 30_000, 0)


def test_suggested_split_follows_last_years_sales_region_to_reps_to_hospitals(store, sales):
    reps = quotas.suggest_split(store, region_id=REGION, year=2026,
                                product_id=sales.amlodipine, level="rep")
    assert [(line.target_id, line.last_year_sales, line.months[1]) for line in reps] == [
        (REP, 360_000, 6_000), (REP2, 180_000, 3_000)]
    changed = quotas.allocate(store, region_id=REGION, year=2026, product_id=sales.amlodipine,
                              level="rep", amounts={line.target_id: line.months for line in reps})
    assert changed == 24

    hospitals = quotas.suggest_split(store, region_id=REGION, year=2026,
                                     product_id=sales.amlodipine, level="hospital",
                                     rep_user_id=REP)
    assert [(line.target_id, line.months[1], line.year_total) for line in hospitals] == [
        (sales.xiehe_west, 5_000, 60_000), (sales.first_hospital, 1_000, 12_000)]
    edited = {line.target_id: dict(line.months) for line in hospitals}
    edited[sales.first_hospital][1] = 1_500  # the manager edits January
    quotas.allocate(store, region_id=REGION, year=2026, product_id=sales.amlodipine,
                    level="hospital", amounts=edited)
    assert quotas.allocate(store, region_id=REGION, year=2026, product_id=sales.amlodipine,
                           level="hospital", amounts=edited) == 0  # nothing new


def test_achievement_per_rep_hospital_region_month_and_year_to_date(store, sales):
    reps = quotas.suggest_split(store, region_id=REGION, year=2026,
                                product_id=sales.amlodipine, level="rep")
    quotas.allocate(store, region_id=REGION, year=2026, product_id=sales.amlodipine,
                    level="rep", amounts={line.target_id: line.months for line in reps})
    by_rep = {a.target_id: a for a in quotas.achievement(
        store, level="rep", year=2026, region_id=REGION, product_id=sales.amlodipine)}
    li = by_rep[REP]
    assert (li.through, li.quota, li.sales, round(li.rate, 4)) == (3, 18_000, 16_500, 0.9167)
    assert (li.forecast.run_rate, li.forecast.last_year_based) == (66_000, 66_000)
    assert round(li.forecast.growth, 4) == round(16_500 / 90_000 - 1, 4)
    assert by_rep[REP2].rate == 12_000 / 9_000

    march = quotas.achievement(store, level="region", year=2026, region_id=REGION, month=3)
    assert [(a.quota, a.sales) for a in march] == [(9_000, 9_500)]
    assert march[0].explanation[1] == {"sales": "9,500", "quota": "9,000", "months": "2026-03"}

    hospitals = {a.target_id: a.sales for a in quotas.achievement(
        store, level="hospital", year=2026, region_id=REGION)}
    assert hospitals == {sales.xiehe_west: 15_000, sales.first_hospital: 1_500,
                         sales.xiangya: 12_000}
