"""The customer list without widgets: pinyin order read in keyset pages, the filters and their
counts, and search by Chinese, pinyin and initials."""

from __future__ import annotations

from datetime import date

import pytest
from domainhelpers import FIRST_HOSPITAL, PHARMACY, REP, XIANGYA, XIEHE_WEST, beijing

from desktop.domain import customer_list
from desktop.domain.customer_list import CustomerFilter
from desktop.models import Customer, Visit

PINYIN_ORDER = ["陈静", XIEHE_WEST, "黄小琴", PHARMACY, "刘芳", FIRST_HOSPITAL, "心血管内科",
                "张伟", "张伟", XIANGYA]


def _all_pages(store, flt, limit, after=None):
    """Every row from `after` on, page by page as the list model fetches them."""
    rows = []
    for _ in range(50):  # a key that does not move on would loop for ever
        page = customer_list.customer_page(store, flt, after, limit=limit)
        assert len(page) <= limit
        if not page:
            return rows
        rows += page
        after = (page[-1].sort_key, page[-1].id)
    raise AssertionError("paging does not come to an end")


def _search(store, text, **filters):
    return [r.id for r in customer_list.search_rows(store, CustomerFilter(text=text, **filters))]


def test_the_list_is_in_pinyin_order_and_every_page_size_gives_each_customer_once(store, field):
    whole = customer_list.customer_page(store, CustomerFilter(), limit=100)
    assert [r.name for r in whole] == PINYIN_ORDER
    for limit in range(1, len(whole) + 1):
        assert [r.id for r in _all_pages(store, CustomerFilter(), limit)] == [r.id for r in whole]
    zhangs = [r.city for r in whole if r.name == "张伟"]
    assert sorted(zhangs) == ["武汉", "长沙"]  # namesakes in two cities, both listed


def test_paging_on_while_customers_arrive_repeats_no_row(store, field):
    first = customer_list.customer_page(store, CustomerFilter(), limit=4)
    store.create(Customer, kind="doctor", name="安娜", organisation_id=field.xiehe_west,
                 territory_id="t-wh")  # sorts first: a sync brought it in meanwhile
    rest = _all_pages(store, CustomerFilter(), 3, (first[-1].sort_key, first[-1].id))
    assert [r.name for r in first + rest] == PINYIN_ORDER


@pytest.mark.parametrize(("flt", "names"), [
    (CustomerFilter(kind="doctor"), ["陈静", "刘芳", "张伟", "张伟"]),
    (CustomerFilter(city="长沙"), ["张伟", XIANGYA]),
    (CustomerFilter(tier="A"), [XIEHE_WEST, "张伟", XIANGYA]),
    (CustomerFilter(kind="doctor", city="武汉"), ["陈静", "刘芳", "张伟"]),
    (CustomerFilter(kind="pharmacy_contact"), ["黄小琴"]),
    (CustomerFilter(kind="distributor"), []),
])
def test_filters_and_their_counts(store, field, flt, names):
    assert [r.name for r in _all_pages(store, flt, 2)] == names
    assert customer_list.customer_count(store, flt) == len(names)


def test_organisation_and_lifecycle_filters(store, field):
    hospital = CustomerFilter(organisation_id=field.xiehe_west)
    assert [r.name for r in _all_pages(store, hospital, 2)] == [
        XIEHE_WEST, "刘芳", "心血管内科", "张伟"]
    store.update(Customer, field.chen, lifecycle_stage="at_risk")
    at_risk = CustomerFilter(lifecycle_stage="at_risk")
    assert [r.id for r in customer_list.customer_page(store, at_risk)] == [field.chen]
    assert customer_list.customer_count(store, CustomerFilter(text="陈静")) == 10  # text ignored


def test_a_deleted_customer_leaves_the_list_and_the_count(store, field):
    store.delete(Customer, field.zhang_cs)
    names = [r.name for r in _all_pages(store, CustomerFilter(), 3)]
    assert names.count("张伟") == 1 and len(names) == 9
    assert customer_list.customer_count(store, CustomerFilter(kind="doctor")) == 3
    assert _search(store, "zhangwei") == [field.zhang_wh]


def test_rows_show_the_organisation_and_the_last_call(store, field):
    with store.write() as w:
        for day in (date(2026, 3, 2), date(2026, 3, 16)):
            w.create(Visit, customer_id=field.zhang_wh, started_at=beijing(day, 14),
                     status="submitted", rep_user_id=REP, territory_id="t-wh")
    rows = {r.id: r for r in customer_list.customer_page(store, CustomerFilter(kind="doctor"))}
    assert (rows[field.zhang_wh].organisation_name, rows[field.zhang_wh].last_visit) == (
        XIEHE_WEST, date(2026, 3, 16))
    assert (rows[field.zhang_cs].organisation_name, rows[field.zhang_cs].last_visit) == (
        XIANGYA, None)
    assert rows[field.chen].organisation_name == FIRST_HOSPITAL


def test_last_call_is_the_reps_day_in_beijing(store, field):
    store.create(Visit, customer_id=field.zhang_wh, started_at=beijing(date(2026, 3, 19), 7, 30),
                 status="submitted", rep_user_id=REP, territory_id="t-wh")
    row, = customer_list.search_rows(store, CustomerFilter(text="张伟", city="武汉"))
    assert row.last_visit == date(2026, 3, 19)


def test_a_draft_or_deleted_report_is_no_last_visit_in_the_list_or_a_search(store, field):
    """A draft is a call not yet made; the list's last visit is the call Today's overdue
    list and the plan suggestions count (the latest submitted one), paged or searched."""
    with store.write() as w:
        w.create(Visit, customer_id=field.zhang_wh, started_at=beijing(date(2026, 3, 2), 14),
                 status="submitted", rep_user_id=REP, territory_id="t-wh")
        w.create(Visit, customer_id=field.zhang_wh, started_at=beijing(date(2026, 3, 18), 9),
                 status="draft", rep_user_id=REP, territory_id="t-wh")
        w.create(Visit, customer_id=field.chen, started_at=beijing(date(2026, 3, 17), 21, 30),
                 status="draft", rep_user_id=REP, territory_id="t-wh")
        gone = w.create(Visit, customer_id=field.liu, started_at=beijing(date(2026, 3, 9), 10),
                        status="submitted", rep_user_id=REP, territory_id="t-wh")
    store.delete(Visit, gone.id)
    paged = {r.id: r.last_visit
             for r in customer_list.customer_page(store, CustomerFilter(kind="doctor"))}
    searched = {r.id: r.last_visit
                for r in customer_list.search_rows(store, CustomerFilter(text="武汉"))}
    for rows in (paged, searched):
        assert rows[field.zhang_wh] == date(2026, 3, 2)  # not the draft of the 18th
        assert rows[field.chen] is None  # only a draft: never called
        assert rows[field.liu] is None  # its one call was deleted
    # while the kept table cannot be trusted (a download under way) the rule is the same
    with store.write() as w:
        store.set_state("snapshot", '{"tables": ["visit"], "index": 0}', w.session)
        w.session.connection().exec_driver_sql("DELETE FROM customer_last_call")
    row, = customer_list.search_rows(store, CustomerFilter(text="张伟", city="武汉"))
    assert row.last_visit == date(2026, 3, 2)
    assert customer_list.customer_page(store, CustomerFilter(text="", kind="doctor"),
                                       limit=1)[0].last_visit is None  # 陈静: a draft only


def test_search_by_chinese_pinyin_and_initials(store, field):
    assert set(_search(store, "张伟")) == {field.zhang_wh, field.zhang_cs}
    assert set(_search(store, "zhangwei")) == {field.zhang_wh, field.zhang_cs}
    assert _search(store, "zw")[:2] in ([field.zhang_wh, field.zhang_cs],
                                        [field.zhang_cs, field.zhang_wh])
    assert _search(store, "zhangwei", city="长沙") == [field.zhang_cs]
    assert _search(store, "张伟", organisation_id=field.xiehe_west) == [field.zhang_wh]
    assert _search(store, "西院")[0] == field.xiehe_west  # the branch in brackets
    assert _search(store, "中西医结合")[0] == field.first_hospital
    assert _search(store, "wuhanshi")[0] == field.first_hospital
    assert _search(store, "lbx")[0] == field.pharmacy


def test_search_by_hospital_finds_its_people_after_the_hospital(store, field):
    found = _search(store, "协和")
    assert found[0] == field.xiehe_west
    assert set(found) == {field.xiehe_west, field.cardio, field.zhang_wh, field.liu}
    doctors = customer_list.search_rows(store, CustomerFilter(text="xiehe", kind="doctor"))
    assert {(r.name, r.organisation_name) for r in doctors} == {("张伟", XIEHE_WEST),
                                                                 ("刘芳", XIEHE_WEST)}
    assert _search(store, "湘雅医院 张伟") == [field.zhang_cs]
    assert _search(store, "不存在的医院") == []


def test_filter_choices_list_what_occurs_in_the_archive(store, field):
    assert set(customer_list.city_choices(store)) == {"武汉", "长沙"}
    assert {name for _id, name in customer_list.organisation_choices(store)} == {
        XIEHE_WEST, FIRST_HOSPITAL, XIANGYA}
    pharmacies = customer_list.organisation_choices(store, kinds=("pharmacy",))
    assert pharmacies == [(field.pharmacy, PHARMACY)]


def test_a_name_two_cities_share_is_told_apart_by_its_city(store, field):
    baoding = store.create(Customer, kind="hospital", name="第一人民医院", city="保定").id
    tangshan = store.create(Customer, kind="hospital", name="第一人民医院", city="唐山").id
    choices = dict(customer_list.organisation_choices(store))
    assert (choices[baoding], choices[tangshan]) == ("第一人民医院 · 保定", "第一人民医院 · 唐山")
    assert {n for i, n in choices.items() if i not in (baoding, tangshan)} == {
        XIEHE_WEST, FIRST_HOSPITAL, XIANGYA}


def test_a_search_nothing_matches_as_typed_shows_close_matches_and_what_was_meant(store,
                                                                                  field):
    exact = customer_list.first_rows(store, CustomerFilter(text="xiehe"))
    assert not exact.fuzzy and exact.suggestion is None and exact.rows[0].name == XIEHE_WEST
    typo = customer_list.first_rows(store, CustomerFilter(text="xeihe"))
    assert typo.fuzzy and typo.suggestion == "xiehe"
    assert [r.id for r in typo.rows] == [r.id for r in exact.rows]
    nothing = customer_list.first_rows(store, CustomerFilter(text="qqqzzz"))
    assert nothing.rows == [] and not nothing.fuzzy and nothing.suggestion is None


def test_a_city_and_a_bracketed_alias_find_the_hospital(store, field):
    assert _names(store, "武汉协和")[0] == XIEHE_WEST
    assert _names(store, "wuhanxiehe")[0] == XIEHE_WEST
    assert _names(store, "武汉中西医结合")[0] == FIRST_HOSPITAL
    assert _names(store, "武汉第一医院")[0] == FIRST_HOSPITAL


def _names(store, text):
    return [r.name for r in customer_list.search_rows(store, CustomerFilter(text=text))]
