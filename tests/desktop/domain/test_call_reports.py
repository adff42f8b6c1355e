"""Call reports without widgets: the defaults of a new report, a draft saved then submitted
with its attendees, products, samples and follow-up, the lock on a submitted report, and
corrections."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from domainhelpers import BEIJING, REP, XIEHE_WEST, beijing
from sqlmodel import select

from desktop.domain import call_reports, plans
from desktop.domain.call_list import VisitFilter, visit_page
from desktop.domain.call_reports import SampleLine, VisitLocked
from desktop.domain.follow_ups import follow_up_rows
from desktop.domain.plan_week import week_plan
from desktop.models import FollowUp, Visit, VisitProduct
from desktop.models.validation import ValidationError

TODAY = date(2026, 3, 19)  # a Thursday
NOW = beijing(TODAY, 10, 30)


def _draft(store, field, customer_key="zhang_wh", **values):
    draft = call_reports.new_draft(store, getattr(field, customer_key), now=NOW)
    draft.rep_user_id = REP
    for name, value in values.items():
        setattr(draft, name, value)
    return draft


@pytest.fixture
def full_draft(store, field):
    """The report of a call on 张伟 in Wuhan, with 刘芳 attending, as the rep fills it in."""
    return _draft(
        store, field, duration_minutes=30, attendee_ids=[field.liu, field.liu],
        products=[(field.amlodipine, "24小时平稳降压"), (field.rosuvastatin, "")],
        samples=[SampleLine(2, field.amlodipine, None, "B20260301"),
                 SampleLine(5, None, "患者教育手册", None)],
        feedback="门诊高血压患者多，依从性一般", next_step="送最新高血压防治指南",
        follow_up_date=TODAY + timedelta(days=7))


def _follow_ups_of(store, visit_id):
    with store.read() as s:
        return list(s.exec(select(FollowUp).where(FollowUp.visit_id == visit_id,
                                                  FollowUp.deleted == False)))  # noqa: E712


def test_new_report_defaults_follow_the_kind_of_customer(store, field):
    expected = {"zhang_wh": "face_to_face", "cardio": "department_meeting",
                "pharmacy": "pharmacy_visit", "clerk": "pharmacy_visit",
                "xiehe_west": "face_to_face"}
    for key, visit_type in expected.items():
        draft = call_reports.new_draft(store, getattr(field, key), now=NOW)
        assert draft.visit_type == visit_type, key
    draft = call_reports.new_draft(store, field.zhang_cs, now=NOW)
    assert (draft.started_at, draft.territory_id, draft.status) == (NOW, "t-cs", "draft")
    assert draft.products == [] and draft.visit_id is None


def test_new_report_proposes_the_products_of_the_last_call_without_their_messages(
        store, field, full_draft):
    call_reports.save_call_report(store, full_draft, submit=True)
    again = call_reports.new_draft(store, field.zhang_wh, now=NOW + timedelta(days=7))
    assert again.products == [(field.amlodipine, ""), (field.rosuvastatin, "")]
    namesake = call_reports.new_draft(store, field.zhang_cs, now=NOW)
    assert namesake.products == []  # 张伟 of Changsha is another doctor


def test_report_from_a_plan_item_details_its_products_and_marks_the_call_done(
        store, field, full_draft):
    call_reports.save_call_report(store, full_draft, submit=True)  # last call: two products
    monday = plans.monday_of(TODAY)
    with store.write() as w:
        plan = plans.create_plan(w, rep_user_id=REP, territory_id="t-wh", week_start=monday)
        item = plans.add_item(w, plan.id, field.zhang_wh, TODAY,
                              product_ids=[field.rosuvastatin])
    draft = call_reports.new_draft(store, field.zhang_wh, plan_item_id=item.id, now=NOW)
    assert draft.products == [(field.rosuvastatin, "")]
    draft.rep_user_id = REP
    visit_id = call_reports.save_call_report(store, draft, submit=True)
    row, = week_plan(store, REP, monday, today=TODAY).items
    assert (row.outcome, row.visit_id) == ("done", visit_id)


def test_draft_then_submit_keeps_the_children_and_one_follow_up(store, field, full_draft):
    visit_id = call_reports.save_call_report(store, full_draft, submit=False)
    saved = call_reports.load_draft(store, visit_id)
    assert saved.status == "draft" and saved.started_at.astimezone(BEIJING).hour == 10
    assert saved.attendee_ids == [field.liu]  # named twice, attends once
    assert saved.products == [(field.amlodipine, "24小时平稳降压"), (field.rosuvastatin, "")]
    assert saved.samples == [SampleLine(2, field.amlodipine, None, "B20260301"),
                             SampleLine(5, None, "患者教育手册", None)]
    follow_up, = _follow_ups_of(store, visit_id)
    assert (follow_up.title, follow_up.due_date) == ("送最新高血压防治指南", date(2026, 3, 26))
    assert (follow_up.assigned_user_id, follow_up.territory_id) == (REP, "t-wh")

    saved.products = [(field.rosuvastatin, "LDL-C达标率")]
    saved.samples = [SampleLine(1, field.amlodipine, None, "B20260302")]
    saved.attendee_ids = []
    saved.follow_up_date = date(2026, 3, 30)
    assert call_reports.save_call_report(store, saved, submit=True) == visit_id

    final = call_reports.load_draft(store, visit_id)
    assert final.status == "submitted" and store.get(Visit, visit_id).submitted_at is not None
    assert final.products == [(field.rosuvastatin, "LDL-C达标率")]
    assert final.samples == [SampleLine(1, field.amlodipine, None, "B20260302")]
    assert final.attendee_ids == []
    follow_up, = _follow_ups_of(store, visit_id)
    assert follow_up.due_date == date(2026, 3, 30)


def test_the_server_hears_of_the_children_before_the_report_is_submitted(
        store, field, full_draft, outbox):
    visit_id = call_reports.save_call_report(store, full_draft, submit=True)
    entries = outbox()
    submitted = [e.seq for e in entries if e.table_name == "visit"
                 and e.changes.get("status") == "submitted"]
    children = [e.seq for e in entries if e.table_name in
                ("visit_attendee", "visit_product", "visit_sample", "follow_up")]
    assert len(submitted) == 1 and len(children) == 6
    assert max(children) < submitted[0]
    assert {e.row_id for e in entries if e.table_name == "visit"} == {visit_id}


def test_an_invalid_sample_line_stores_nothing_of_the_report(store, field, full_draft, outbox):
    before = len(outbox())
    full_draft.samples.append(SampleLine(0, field.amlodipine, None, "B20260301"))
    with pytest.raises(ValidationError) as refused:
        call_reports.save_call_report(store, full_draft, submit=True)
    assert refused.value.fields == ["quantity"]
    with store.read() as s:
        assert s.exec(select(Visit)).all() == [] and s.exec(select(FollowUp)).all() == []
        assert s.exec(select(VisitProduct)).all() == []
    assert len(outbox()) == before


def test_a_submitted_report_cannot_change(store, field, full_draft, outbox):
    visit_id = call_reports.save_call_report(store, full_draft, submit=True)
    pending = len(outbox())
    edited = call_reports.load_draft(store, visit_id)
    edited.feedback = "改过的反馈"
    edited.products = []
    for submit in (False, True):
        with pytest.raises(VisitLocked) as locked:
            call_reports.save_call_report(store, edited, submit=submit)
        assert "record a correction" in locked.value.template
    kept = call_reports.load_draft(store, visit_id)
    assert kept.feedback == "门诊高血压患者多，依从性一般" and len(kept.products) == 2
    assert len(outbox()) == pending


def test_a_correction_is_a_new_report_naming_the_original(store, field, full_draft):
    original = call_reports.save_call_report(store, full_draft, submit=True)
    correction = call_reports.correction_of(store, original)
    assert (correction.visit_id, correction.corrects_visit_id, correction.status) == (
        None, original, "draft")
    assert correction.products == [(field.amlodipine, "24小时平稳降压"), (field.rosuvastatin, "")]
    correction.feedback = "门诊高血压患者多，依从性较好"
    corrected = call_reports.save_call_report(store, correction, submit=True)

    assert corrected != original
    assert call_reports.load_draft(store, original).feedback == "门诊高血压患者多，依从性一般"
    new = call_reports.load_draft(store, corrected)
    assert (new.status, new.corrects_visit_id) == ("submitted", original)
    assert new.samples == [SampleLine(2, field.amlodipine, None, "B20260301"),
                           SampleLine(5, None, "患者教育手册", None)]
    rows = visit_page(store, VisitFilter(customer_id=field.zhang_wh))
    assert {(r.id, r.corrects_visit_id) for r in rows} == {(original, None),
                                                           (corrected, original)}


def test_a_correction_leaves_one_open_follow_up_for_the_next_step(store, field, full_draft):
    original = call_reports.save_call_report(store, full_draft, submit=True)
    correction = call_reports.correction_of(store, original)
    correction.feedback = "门诊高血压患者多，依从性较好"
    call_reports.save_call_report(store, correction, submit=True)
    titles = [r.title for r in follow_up_rows(store, customer_id=field.zhang_wh)]
    assert titles == ["送最新高血压防治指南"]


def test_clearing_the_follow_up_date_of_a_draft_removes_its_follow_up(store, field, full_draft):
    visit_id = call_reports.save_call_report(store, full_draft, submit=False)
    draft = call_reports.load_draft(store, visit_id)
    draft.follow_up_date = None
    call_reports.save_call_report(store, draft, submit=False)
    assert _follow_ups_of(store, visit_id) == []
    assert call_reports.load_draft(store, visit_id).follow_up_title == ""


def test_a_customer_s_reports_include_the_meetings_they_attended(store, field, full_draft):
    own = call_reports.save_call_report(store, full_draft, submit=True)
    meeting = _draft(store, field, "cardio", attendee_ids=[field.zhang_wh, field.liu],
                     started_at=beijing(TODAY, 12, 15), feedback="科室会：新版指南解读")
    meeting_id = call_reports.save_call_report(store, meeting, submit=True)

    rows = visit_page(store, VisitFilter(customer_id=field.zhang_wh))
    assert [(r.id, r.customer_name, r.visit_type) for r in rows] == [
        (meeting_id, "心血管内科 · " + XIEHE_WEST, "department_meeting"),
        (own, "张伟", "face_to_face")]
    assert [r.id for r in visit_page(store, VisitFilter(customer_id=field.liu))] == [
        meeting_id, own]  # she attended both
    assert visit_page(store, VisitFilter(customer_id=field.zhang_cs)) == []


def test_choices_offer_our_products_first_and_colleagues_of_the_same_hospital(store, field):
    products = call_reports.product_choices(store)
    assert [p.name for p in products] == ["安立平", "舒脂宁", "络活喜"]
    colleagues = call_reports.colleague_choices(store, field.zhang_wh)
    assert {(c.id, c.detail) for c in colleagues.choices} == {(field.cardio, ""),
                                                              (field.liu, "副主任医师")}
    assert colleagues.total == 2
    hospital = call_reports.colleague_choices(store, field.xiehe_west)
    assert {c.id for c in hospital.choices} == {field.cardio, field.zhang_wh, field.liu}
    assert call_reports.colleague_choices(store, field.xiangya).choices == [
        call_reports.Choice(field.zhang_cs, "张伟", "主治医师")]
