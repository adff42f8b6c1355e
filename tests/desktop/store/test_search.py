"""Customer search on a real store: Chinese, pinyin, initials, phone, ranking, filters, and
an index that stays right through local writes, renames, deletions and pulled rows."""

import pytest

from desktop.models import Customer, new_id
from desktop.store.search import (
    matching,
    matching_customer_ids,
    ranking,
    rebuild_index,
    reindex_customer,
    search_customers,
)
from desktop.store.search.index import FTS5_AUTOMERGE


@pytest.fixture
def world(store):
    """A small territory: two hospitals with departments and doctors, a pharmacy."""
    w = {}
    w["xiehe"] = store.create(Customer, kind="hospital", name="北京协和医院", province="北京",
                              city="北京", district="东城区", tier="A", phone="010-69156114")
    w["anzhen"] = store.create(Customer, kind="hospital", name="首都医科大学附属北京安贞医院",
                               city="北京", tier="B")
    w["ruijin"] = store.create(Customer, kind="hospital", name="上海交通大学医学院附属瑞金医院",
                               province="上海", city="上海", tier="A")
    w["cardio"] = store.create(Customer, kind="department", name="心内科",
                               organisation_id=w["xiehe"].id, city="北京", tier="A")
    w["endo"] = store.create(Customer, kind="department", name="内分泌科",
                             organisation_id=w["ruijin"].id, city="上海")
    w["zhangwei"] = store.create(Customer, kind="doctor", name="张伟", tier="B",
                                 organisation_id=w["xiehe"].id, department_id=w["cardio"].id,
                                 city="北京", mobile="13812345678")
    w["zhangweimin"] = store.create(Customer, kind="doctor", name="张伟民", tier="A",
                                    organisation_id=w["ruijin"].id,
                                    department_id=w["endo"].id, city="上海")
    w["wangfang"] = store.create(Customer, kind="doctor", name="王芳", tier="C",
                                 organisation_id=w["anzhen"].id, city="北京",
                                 mobile="13900001111")
    w["zengwei"] = store.create(Customer, kind="doctor", name="曾伟", organisation_id=w["ruijin"].id,
                                city="上海")
    w["pharmacy"] = store.create(Customer, kind="pharmacy", name="同仁堂药店（王府井店）",
                                 city="北京", tier="C", lifecycle_stage="prospect")
    return w


def names(store, query, **filters):
    with store.read() as s:
        return [hit.name for hit in search_customers(s, query, **filters)]


def hits(store, query, **filters):
    with store.read() as s:
        return search_customers(s, query, **filters)


@pytest.mark.parametrize(("query", "expected"), [
    ("张伟", "张伟"),
    ("王芳", "王芳"),  # two-character names: no trigram needed
    ("协和", "北京协和医院"),
    ("北京协和医院", "北京协和医院"),
    ("心内科", "心内科"),
    ("bjxh", "北京协和医院"),
    ("xiehe", "北京协和医院"),
    ("anzhen", "首都医科大学附属北京安贞医院"),
    ("zhangwei", "张伟"),
    ("zhangw", "张伟"),
    ("zw", "张伟"),
    ("ZHANGWEI", "张伟"),
    ("ｚｈａｎｇｗｅｉ", "张伟"),  # full-width input
    ("zengwei", "曾伟"),  # surname reading of 曾
    ("cengwei", "曾伟"),
    ("同仁堂", "同仁堂药店（王府井店）"),
])
def test_finds_by_name_hospital_department_and_pinyin(store, world, query, expected):
    assert expected in names(store, query)[:2]


def test_exact_name_comes_before_longer_names(store, world):
    assert names(store, "张伟")[:2] == ["张伟", "张伟民"]
    assert names(store, "zhangwei")[:2] == ["张伟", "张伟民"]


def test_hospital_comes_before_its_departments_and_doctors(store, world):
    found = names(store, "北京协和医院")
    assert found[0] == "北京协和医院"
    assert {"心内科", "张伟"} <= set(found[1:])
    assert names(store, "xiehe")[0] == "北京协和医院"
    assert names(store, "bjxh")[0] == "北京协和医院"


def test_doctors_are_found_through_their_hospital_and_department(store, world):
    found = hits(store, "协和")
    doctor = next(h for h in found if h.name == "张伟")
    assert doctor.organisation_name == "北京协和医院"
    assert doctor.department_name == "心内科"
    assert doctor.kind == "doctor" and doctor.tier == "B" and doctor.city == "北京"
    assert found[0].score > doctor.score


def test_city_matches_rank_below_name_and_organisation(store, world):
    found = names(store, "上海")
    assert found[0] == "上海交通大学医学院附属瑞金医院"
    assert set(found) >= {"曾伟", "内分泌科", "张伟民"}
    assert "张伟" not in found


def test_phone_fragments(store, world):
    assert names(store, "5678") == ["张伟"]  # last four digits
    assert names(store, "1234") == ["张伟"]  # a fragment in the middle
    assert names(store, "138 1234 5678") == ["张伟"]
    assert names(store, "010-6915") == ["北京协和医院"]


def test_mixed_queries_and_their_terms(store, world):
    assert names(store, "协和 zhang") == ["张伟"]
    assert names(store, "瑞金 zw") == ["曾伟", "张伟民"]  # exact initials before prefix
    found = names(store, "北京 心内")
    assert found[0] == "心内科" and "张伟" in found and "内分泌科" not in found


def test_tier_a_first_among_equal_matches(store, world):
    assert names(store, "zhangw") == ["张伟民", "张伟"]  # both name prefixes; A before B


def test_filters(store, world):
    assert names(store, "zhang", kinds="doctor", city="北京") == ["张伟"]
    assert names(store, "", tier="A") == ["北京协和医院", "上海交通大学医学院附属瑞金医院",
                                          "心内科", "张伟民"]
    assert names(store, "", kinds=["pharmacy"]) == ["同仁堂药店（王府井店）"]
    assert names(store, "", lifecycle_stage="prospect") == ["同仁堂药店（王府井店）"]
    assert set(names(store, "", organisation_id=world["ruijin"].id)) == {
        "内分泌科", "张伟民", "曾伟"}
    assert names(store, "wei", organisation_id=world["cardio"].id) == ["张伟"]


def test_empty_query_lists_by_filters(store, world):
    assert len(names(store, "")) == 10
    assert names(store, "   ", limit=2) == ["北京协和医院", "上海交通大学医学院附属瑞金医院"]


@pytest.mark.parametrize("query", [
    '"', "'", "*", "-", ":", "(", ")", "AND", "OR", "NOT", "NEAR(", '张"伟', "zhang*",
    "-zhang", "name:张伟", "(协和 OR 瑞金)", "^", "{name}:x", "\\", "%", "_", "\x00",
    "协和 AND", "a" * 500, "、，。", "😀",
])
def test_query_syntax_typed_by_users_never_raises(store, world, query):
    hits(store, query)


def test_syntax_characters_are_ignored_not_interpreted(store, world):
    assert names(store, '"张伟"') == names(store, "张伟")
    assert names(store, "zhang*") == names(store, "zhang")
    assert names(store, "name:张伟")[:1] == []  # "name" is a term too: nothing matches both


def test_deleted_customers_never_appear(store, world):
    store.delete(Customer, world["zhangwei"].id)
    assert "张伟" not in names(store, "张伟")
    assert "张伟" not in names(store, "5678")
    assert "张伟" not in names(store, "")
    with store.read() as s:
        assert world["zhangwei"].id not in matching_customer_ids(s, "zhang")


def test_renaming_a_hospital_reaches_its_doctors(store, world):
    store.update(Customer, world["xiehe"].id, name="中国医学科学院北京协和医院")
    found = hits(store, "医学科学院")
    assert [h.name for h in found][:1] == ["中国医学科学院北京协和医院"]
    doctor = next(h for h in found if h.name == "张伟")
    assert doctor.organisation_name == "中国医学科学院北京协和医院"
    assert "张伟" in names(store, "zgyxkxy")

    store.update(Customer, world["cardio"].id, name="心血管内科")
    assert "张伟" in names(store, "心血管")
    assert "张伟" not in names(store, "心内科")


def test_edits_move_rows_in_the_index(store, world):
    store.update(Customer, world["wangfang"].id, name="王芳芳", mobile="13700002222",
                 tier="A")
    assert names(store, "王芳芳") == ["王芳芳"]
    assert names(store, "1111") == []
    assert names(store, "2222") == ["王芳芳"]
    assert names(store, "wangf")[0] == "王芳芳"


def test_a_pulled_change_outside_the_index_keeps_the_row_found_and_a_tier_moves_it(store,
                                                                                   world):
    zhangwei = store.get(Customer, world["zhangwei"].id)
    for revision, notes, tier in ((50, "复诊", "B"), (51, "再访", "A")):
        with store.write() as w:  # as a pull stores them: notes only, then the tier
            w.apply_remote(Customer, {**zhangwei.model_dump(), "notes": notes, "tier": tier,
                                      "revision": revision})
        assert names(store, "zhangw") == (["张伟民", "张伟"] if tier == "B"
                                          else ["张伟", "张伟民"])
    assert names(store, "张伟") == ["张伟", "张伟民"]


def test_rows_pulled_from_the_server_are_indexed(store):
    hospital_id, doctor_id = new_id(), new_id()
    with store.write() as w:  # the doctor arrives before the hospital
        w.apply_remote(Customer, {"id": doctor_id, "kind": "doctor", "name": "李娜",
                                  "organisation_id": hospital_id, "revision": 7})
        w.apply_remote(Customer, {"id": hospital_id, "kind": "hospital",
                                  "name": "四川大学华西医院", "city": "成都", "revision": 8})
    assert names(store, "lina") == ["李娜"]
    assert names(store, "华西") == ["四川大学华西医院", "李娜"]
    with store.write() as w:
        w.apply_remote(Customer, {"id": doctor_id, "kind": "doctor", "name": "李娜",
                                  "organisation_id": hospital_id, "revision": 9,
                                  "deleted": True})
    assert names(store, "华西") == ["四川大学华西医院"]
    with store.write() as w:
        w.remove_local(Customer, hospital_id)
    assert names(store, "华西") == []


def test_a_pulled_page_is_indexed_as_its_rows_one_by_one(store, world):
    """A page stores its rows first and indexes them together: a doctor before her new
    hospital, a renamed hospital reaching its doctors, a deletion, a notes-only change."""
    hospital_id, doctor_id = new_id(), new_id()

    def pulled(row: Customer, revision: int, **changes) -> dict:
        return {**row.model_dump(), **changes, "revision": revision}

    doctor = Customer(id=doctor_id, kind="doctor", name="李娜", organisation_id=hospital_id)
    hospital = Customer(id=hospital_id, kind="hospital", name="四川大学华西医院（锦江院区）",
                        city="成都")
    with store.write() as w:
        w.apply_remote_many(Customer, [
            pulled(doctor, 7),
            pulled(hospital, 8),
            pulled(store.get(Customer, world["xiehe"].id), 9, name="中国医学科学院北京协和医院"),
            pulled(store.get(Customer, world["wangfang"].id), 10, deleted=True),
            pulled(store.get(Customer, world["zhangweimin"].id), 11, notes="复诊"),
        ])
    assert names(store, "华西") == ["四川大学华西医院（锦江院区）", "李娜"]
    assert "张伟" in names(store, "医学科学院")
    assert names(store, "王芳") == []
    assert names(store, "张伟民") == ["张伟民"]


def test_rebuild_and_reindex_give_the_same_answers(store, world):
    before = {q: names(store, q) for q in ("张伟", "xiehe", "5678", "北京 心内", "")}
    with store.write() as w:
        assert rebuild_index(w.session) == 10
    assert {q: names(store, q) for q in before} == before
    with store.write() as w:
        reindex_customer(w.session, world["zhangwei"].id)
        reindex_customer(w.session, "no-such-customer")
    assert {q: names(store, q) for q in before} == before


def test_a_rebuild_leaves_the_index_merging_as_customers_are_saved_later(store, world):
    # The bulk rebuild turns FTS5's merging off while it writes (its 'optimize' merges once);
    # left off, every later save would add a segment that searches have to read.
    with store.write() as w:
        rebuild_index(w.session)
    with store.read() as s:
        config = dict(s.connection().exec_driver_sql(
            "SELECT k, v FROM customer_search_config").fetchall())
    assert config.get("automerge", FTS5_AUTOMERGE) == FTS5_AUTOMERGE == 4
    store.update(Customer, world["wangfang"].id, name="王芳芳")
    assert names(store, "王芳芳") == ["王芳芳"]


def test_matching_ids_for_a_lazy_list(store, world):
    with store.read() as s:
        ids = matching_customer_ids(s, "北京")
        assert ids[0] == world["xiehe"].id
        assert len(ids) == len(set(ids)) == 6
        assert matching_customer_ids(s, "北京", kinds="doctor") == [
            world["zhangwei"].id, world["wangfang"].id]
        assert len(matching_customer_ids(s, "")) == 10


def test_broad_single_term_queries_walk_the_bands(store, world, monkeypatch):
    monkeypatch.setattr(ranking, "SCORED_CAP", 2)  # force the band walk on a tiny store
    assert names(store, "北京")[0] == "北京协和医院"
    assert names(store, "zhangw") == ["张伟民", "张伟"]
    assert names(store, "协和", limit=2) == ["北京协和医院", "心内科"]


def test_filters_with_a_query_whether_selective_or_broad(store, world, monkeypatch):
    expected = {"北京": ["张伟", "王芳"], "zhang": ["张伟"], "wei": ["张伟"]}
    for selective in (5000, 0):  # allowed-row set, or a join on the customer
        monkeypatch.setattr(matching, "SELECTIVE_FILTER", selective)
        for query, found in expected.items():
            assert names(store, query, kinds=["doctor"], city="北京") == found
        assert names(store, "协和", kinds="patient") == []
