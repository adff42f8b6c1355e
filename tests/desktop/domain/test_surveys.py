"""Satisfaction surveys without widgets, in Beijing time on a machine that runs in UTC: which
are due (a closed complaint's; last month's call cycle of each customer called in it, once),
the company's questions for each occasion, recording one, and the results by tier, kind and
city per month."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from domainhelpers import BEIJING, REGION, REP, T_WUHAN

from desktop.domain import surveys
from desktop.domain.identity import USER_STATE_KEY
from desktop.models import Complaint, SurveyQuestion, SurveyResponse, Visit

TODAY = date(2026, 4, 3)


def bj(month, day, hour=10):
    return datetime(2026, month, day, hour, tzinfo=BEIJING)


@pytest.fixture
def questions(store):
    store.set_state(USER_STATE_KEY, json.dumps({"id": REP, "role": "rep", "region_id": REGION}))
    ids = {}
    for key, text, kind, asked, position, region in (
            ("overall", "总体满意度", "scale", "always", 1, None),
            ("speed", "处理速度", "scale", "complaint_closed", 2, None),
            ("visits", "拜访对您的帮助", "scale", "call_cycle", 2, None),
            ("words", "其他建议", "text", "always", 9, None),
            ("other_region", "华北大区专用", "scale", "always", 3, "r-hb")):
        ids[key] = store.create(SurveyQuestion, text=text, kind=kind, asked=asked,
                                position=position, region_id=region).id
    store.create(SurveyQuestion, text="已停用", kind="scale", active=False)
    return ids


def test_each_occasion_asks_its_questions_of_the_company_and_the_region(store, questions):
    assert [q.text for q in surveys.questions_for(store, "complaint_closed")] == [
        "总体满意度", "处理速度", "其他建议"]
    assert [q.text for q in surveys.questions_for(store, "call_cycle")] == [
        "总体满意度", "拜访对您的帮助", "其他建议"]


def test_due_after_a_closed_complaint_and_after_last_months_calls_once(store, field,
                                                                       questions):
    closed = store.create(Complaint, customer_id=field.liu, kind="service", description="-",
                          received_at=bj(3, 20), committed_deadline=bj(3, 27),
                          status="closed", closed_at=bj(4, 1), territory_id=T_WUHAN,
                          resolution="已解决", reported_to_customer_at=bj(3, 25),
                          satisfaction=4).id
    store.create(Complaint, customer_id=field.chen, kind="service", description="-",
                 received_at=bj(3, 20), committed_deadline=bj(3, 27), status="in_progress",
                 territory_id=T_WUHAN)
    for customer, when, status in ((field.zhang_wh, bj(3, 31, 23), "submitted"),  # March in BJ
                                   (field.zhang_wh, bj(3, 5), "submitted"),
                                   (field.pharmacy, bj(3, 10), "draft"),  # never submitted
                                   (field.chen, bj(4, 1, 7), "submitted")):  # April in BJ
        store.create(Visit, customer_id=customer, started_at=when, visit_type="face_to_face",
                     status=status, territory_id=T_WUHAN)
    due = surveys.due_surveys(store, TODAY, BEIJING)
    assert [(d.customer_name, d.occasion, d.complaint_id, d.cycle) for d in due] == [
        ("刘芳", "complaint_closed", closed, None), ("张伟", "call_cycle", None, "2026-03")]

    surveys.record_survey(store, due[1], {questions["overall"]: 4, questions["visits"]: 5,
                                          questions["words"]: "  "}, bj(4, 3))
    row = store.get(SurveyResponse, _only_response(store))
    assert row.answers == {questions["overall"]: 4, questions["visits"]: 5}  # blank dropped
    assert (row.territory_id, row.taken_by_user_id, row.cycle) == (T_WUHAN, REP, "2026-03")
    assert [d.customer_name for d in surveys.due_surveys(store, TODAY, BEIJING)] == ["刘芳"]
    # In May: the complaint's survey has lapsed, March's cycle too; April's is due
    assert [(d.customer_name, d.cycle) for d in surveys.due_surveys(
        store, date(2026, 5, 20), BEIJING)] == [("陈静", "2026-04")]


def _only_response(store):
    from sqlmodel import select

    with store.read() as s:
        return s.exec(select(SurveyResponse.id)).one()


def test_a_survey_without_any_answer_is_refused_and_nothing_stored(store, field, questions):
    due = surveys.DueSurvey(field.chen, "陈静", "call_cycle", cycle="2026-03")
    with pytest.raises(surveys.SurveyError):
        surveys.record_survey(store, due, {questions["words"]: " ", questions["overall"]: None})
    with pytest.raises(Exception, match="Answers"):
        surveys.record_survey(store, due, {questions["overall"]: 6})
    from sqlmodel import select

    with store.read() as s:
        assert s.exec(select(SurveyResponse)).all() == []


def test_results_by_tier_and_city_per_month(store, field, questions):
    q = questions
    for customer, taken, answers in (
            (field.zhang_wh, bj(2, 10), {q["overall"]: 5, q["visits"]: 4}),  # tier A
            (field.xiehe_west, bj(2, 20), {q["overall"]: 3}),  # tier A
            (field.liu, bj(3, 1, 7), {q["overall"]: 2, q["words"]: "回复太慢"}),  # B, March in BJ
            (field.chen, bj(3, 15), {q["overall"]: 4}),  # tier C
            (field.xiangya, bj(3, 16), {q["overall"]: 1})):  # Changsha, A
        store.create(SurveyResponse, customer_id=customer, occasion="call_cycle", cycle="2026-01",
                     taken_at=taken, answers=answers, territory_id=T_WUHAN)
    results = surveys.survey_results(store, "tier", date(2026, 2, 1), date(2026, 3, 31), BEIJING)
    assert results.months == ["2026-02", "2026-03"] and results.groups == ["A", "B", "C"]
    feb_a = results.cell("A", "2026-02")
    assert (feb_a.surveys, feb_a.mean_score) == (2, 4)  # 5, 4 and 3
    assert results.cell("A", "2026-03").mean_score == 1
    assert results.cell("B", "2026-03").mean_score == 2 and results.cell("B", "2026-02") is None
    assert results.group_means == {"A": pytest.approx(13 / 4), "B": 2, "C": 4}
    assert results.question_means[0] == ("总体满意度", 3, 5)
    assert results.comments == [("2026-03", "刘芳", "回复太慢")]
    by_city = surveys.survey_results(store, "city", date(2026, 2, 1), date(2026, 3, 31), BEIJING)
    assert by_city.groups == sorted(["武汉", "长沙"])
    assert by_city.group_means["长沙"] == 1
