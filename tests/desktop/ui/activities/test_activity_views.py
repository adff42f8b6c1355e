"""The read side of the activity screens (`desktop.domain.activity_views`), without Qt:
who sees which activities, the filters, budget against actual, one activity in full, the
moves offered, the calls around an activity and the activities a call may belong to."""

from __future__ import annotations

from datetime import date

from activity_screen_world import TODAY

from desktop.domain import activity_views as av
from desktop.domain.activity_views import ActivityFilter


def test_a_rep_sees_their_territorys_activities_the_manager_the_regions(store, world):
    mine = av.activity_rows(store, world.rep)
    assert [r.title for r in mine] == ["高血压学术沙龙", "心内科科室会", "心血管学术年会卫星会"]
    region = av.activity_rows(store, world.manager)
    assert {r.id for r in region} == {world.draft, world.submitted, world.held, world.other}
    assert {r.owner_name for r in region} == {"李明", "王强"}
    assert [r.id for r in av.activity_rows(store, world.other_rep)] == [world.other]


def test_filters_by_status_kind_period_and_product(store, world):
    def ids(**wanted):
        return {r.id for r in av.activity_rows(store, world.manager, ActivityFilter(**wanted))}

    assert ids(status="submitted") == {world.submitted}
    assert ids(kind="salon") == {world.submitted, world.other}
    start, end = av.period_bounds("this_month", TODAY)
    assert (start, end) == (date(2026, 11, 1), date(2026, 11, 30))
    assert ids(start=start, end=end) == {world.draft, world.other}
    assert ids(product_id=world.product2) == set()
    assert av.period_bounds("this_quarter", TODAY) == (date(2026, 10, 1), date(2026, 12, 31))
    assert av.period_bounds("any", TODAY) == (None, None)


def test_budget_against_actual_and_attendance(store, world):
    rows = {r.id: r for r in av.activity_rows(store, world.rep)}
    held, draft = rows[world.held], rows[world.draft]
    assert (held.budget, held.actual, held.over_budget) == (10000, 12000, True)
    assert (held.invited, held.attended) == (3, 1)
    assert (draft.budget, draft.actual) == (3500, None)
    totals = av.totals(list(rows.values()))
    assert (totals.count, totals.budget, totals.actual) == (3, 21500, 12000)


def test_one_activity_in_full(store, world):
    d = av.activity_detail(store, world.held)
    assert d.product_names == ["络活喜"]
    assert [(i.name, i.status) for i in d.invitees] == [
        ("张伟", "attended"), ("李娜", "invited"), ("王芳", "no_show")]
    assert d.attended == 1 and d.budget == 10000 and d.actual == 12000
    assert [(h.action, h.actor, h.comment) for h in d.history] == [
        ("submit", "李明", ""), ("approve", "刘经理", "同意")]


def test_moves_offered_follow_the_status_and_who_looks(store, world):
    assert av.offered_actions("draft", world.rep, "rep1") == ["submit", "cancel"]
    assert av.offered_actions("submitted", world.rep, "rep1") == ["withdraw", "cancel"]
    assert av.offered_actions("approved", world.rep, "rep1") == ["revise", "hold", "cancel"]
    assert av.offered_actions("draft", world.other_rep, "rep1") == []
    assert av.offered_actions("submitted", world.manager, "rep1") == ["approve", "return"]
    assert av.offered_actions("evaluated", world.manager, "rep1") == []
    assert av.editable("returned") and not av.editable("approved")


def test_activities_a_call_may_belong_to(store, world):
    near = av.activities_near(store, world.a1, date(2026, 11, 10))
    assert [c.id for c in near] == [world.draft, world.submitted]  # nearest first
    assert av.activities_near(store, world.a1, date(2026, 6, 1)) == []


def test_a_segment_is_counted_before_it_is_invited(store, world):
    assert av.segment_size(store, "t1", kind="doctor", tier="A", department_name="心内") == 2
    assert av.segment_size(store, "t1", kind="doctor", tier="B", department_name=None) == 1
    assert av.segment_size(store, "t2", kind="doctor", tier="A", department_name=None) == 0
    assert av.segment_size(store, None, kind="doctor", tier="A", department_name=None) == 0
