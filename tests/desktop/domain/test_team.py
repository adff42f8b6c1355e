from datetime import UTC, date, datetime, timedelta

from openpyxl import load_workbook

from desktop.domain import plans
from desktop.domain.plan_export import export_team_xlsx
from desktop.domain.team import team_summary
from desktop.models import Complaint, Customer, FrequencyTarget, TeamMember, Territory, Visit

MONDAY = date(2026, 11, 2)
TODAY = MONDAY + timedelta(days=3)  # Thursday


def at(day, hour=10):
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def test_team_summary_hand_computed(store, tmp_path):
    with store.write() as w:
        w.create(TeamMember, id="rep1", username="rep1", display_name="李明", role="rep", region_id="r1")
        w.create(TeamMember, id="rep2", username="rep2", display_name="王强", role="rep", region_id="r1")
        w.create(Territory, id="t1", territory_id="t1", name="朝阳", code="T1", region_id="r1", owner_user_id="rep1")
        w.create(Territory, id="t2", territory_id="t2", name="海淀", code="T2", region_id="r1", owner_user_id="rep2")
        for tier, n in {"A": 4, "B": 2, "C": 1}.items():
            w.create(FrequencyTarget, tier=tier, calls_per_month=n)
        h = w.create(Customer, kind="hospital", name="协和", territory_id="t1")
        a1, a2, b1 = (w.create(Customer, kind="doctor", name=n, organisation_id=h.id,
                               territory_id="t1", tier=t) for n, t in [("张伟", "A"), ("王芳", "A"), ("李娜", "B")])
        plan = plans.create_plan(w, rep_user_id="rep1", territory_id="t1", week_start=MONDAY)
        i1 = plans.add_item(w, plan.id, a1.id, MONDAY)
        plans.add_item(w, plan.id, a2.id, MONDAY + timedelta(days=1))  # missed
        plans.add_item(w, plan.id, b1.id, MONDAY + timedelta(days=2))  # logged without link
        plans.add_item(w, plan.id, b1.id, MONDAY + timedelta(days=4))  # Friday: pending
        plans.submit(w, plan.id, actor_user_id="rep1")
        plans.approve(w, plan.id, manager_user_id="mgr")
        w.create(Visit, customer_id=a1.id, territory_id="t1", status="submitted",
                 started_at=at(MONDAY), plan_item_id=i1.id)
        w.create(Visit, customer_id=b1.id, territory_id="t1", status="submitted",
                 started_at=at(MONDAY + timedelta(days=2)))
        w.create(Visit, customer_id=a1.id, territory_id="t1", status="draft",
                 started_at=at(MONDAY + timedelta(days=3)))
        w.create(Complaint, customer_id=h.id, territory_id="t1", kind="quality", severity="high",
                 channel="phone", description="包装破损", received_at=at(MONDAY),
                 committed_deadline=at(MONDAY + timedelta(days=1)))
    with store.read() as s:
        rows = team_summary(s, "r1", MONDAY, TODAY)
    li, wang = rows  # sorted by name: 李明, 王强
    assert (li.name, li.plan_status, li.planned_calls, li.calls_this_week) == ("李明", "approved", 4, 2)
    assert (li.plan_done, li.plan_missed, li.compliance) == (2, 1, 2 / 3)
    assert (li.a_tier_customers, li.a_tier_visited_this_month, li.a_tier_coverage) == (2, 1, 0.5)
    assert li.attainment == {"A": 1 / 8, "B": 1 / 2, "C": None}
    assert (li.open_complaints, li.complaints_overdue) == (1, 1)
    assert wang.plan_status is None and wang.calls_this_week == 0

    out = export_team_xlsx(tmp_path / "team.xlsx", "团队", ["代表", "计划状态", "计划拜访", "本周拜访",
                           "计划完成率%", "A类客户", "A类覆盖%", "A达成%", "B达成%", "C达成%",
                           "未结投诉", "逾期投诉"], rows)
    sheet = load_workbook(out).active
    assert sheet.title == "团队"
    assert [c.value for c in sheet[2]][:5] == ["李明", "approved", 4, 2, 66.7]
