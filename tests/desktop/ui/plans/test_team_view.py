"""The manager's team view, checked against figures computed by hand, and its exports."""

from __future__ import annotations

from datetime import timedelta

from openpyxl import load_workbook
from planhelpers import MONDAY, TODAY, at
from PySide6.QtCore import Qt
from sqlmodel import select

from desktop.domain import plans
from desktop.models import Complaint, Visit
from desktop.ui.plans.hub import PlansHub
from desktop.ui.plans.team_view import TeamView


def seed_week(store, w):
    """rep1's approved plan: Mon 张伟 (done, linked), Tue 王芳 (missed), Wed 李娜 (done,
    logged without the link), Fri 李娜 (pending, today is Thursday); a draft report does
    not count; one complaint overdue."""
    with store.write() as wr:
        plan = plans.create_plan(wr, rep_user_id="rep1", territory_id="t1", week_start=MONDAY)
        i1 = plans.add_item(wr, plan.id, w.a1, MONDAY)
        plans.add_item(wr, plan.id, w.a2, MONDAY + timedelta(days=1))
        plans.add_item(wr, plan.id, w.b1, MONDAY + timedelta(days=2))
        plans.add_item(wr, plan.id, w.b1, MONDAY + timedelta(days=4))
        plans.submit(wr, plan.id, actor_user_id="rep1")
        plans.approve(wr, plan.id, manager_user_id="mgr")
        wr.create(Visit, customer_id=w.a1, territory_id="t1", status="submitted",
                  started_at=at(MONDAY), plan_item_id=i1.id)
        wr.create(Visit, customer_id=w.b1, territory_id="t1", status="submitted",
                  started_at=at(MONDAY + timedelta(days=2)))
        wr.create(Visit, customer_id=w.b1, territory_id="t1", status="submitted",
                  started_at=at(MONDAY + timedelta(days=3)))  # unplanned extra call
        wr.create(Visit, customer_id=w.a1, territory_id="t1", status="draft",
                  started_at=at(MONDAY + timedelta(days=3)))
        wr.create(Complaint, customer_id=w.hospital, territory_id="t1", kind="quality",
                  severity="high", channel="phone", description="包装破损",
                  received_at=at(MONDAY), committed_deadline=at(MONDAY + timedelta(days=1)))
        # rep2 has submitted next week only: this week shows no plan
        plans.create_plan(wr, rep_user_id="rep2", territory_id="t2",
                          week_start=MONDAY + timedelta(days=7))
    return plan.id


def make_view(qtbot, context, identity):
    view = TeamView(context, identity=identity, today_fn=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1300, 500)
    view.show()
    return view


def cells(model, row):
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_team_figures_match_hand_computed_values(qtbot, context, store, plan_world,
                                                 qtmodeltester, languages):
    languages.switch("en")
    seed_week(store, plan_world)
    view = make_view(qtbot, context, plan_world.manager)
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 2
    li, wang = cells(view.model, 0), cells(view.model, 1)
    # calls this week: 3 submitted (the draft does not count) against 4 planned;
    # compliance: done 2 (Mon linked, Wed same customer same day) of due 3 (Tue missed;
    # Friday not due yet) = 67%; A-tier coverage: 张伟 visited, 王芳 not = 1/2;
    # attainment A: (1 + 0) of 2 × 4 = 12.5% → 12% shown as whole percent, rounded half
    # to even; B: 李娜 2 calls, capped at target 2 → 2/2 = 100%; C: 同仁堂 0 of 1 = 0%.
    assert li[:5] == ["李明", "Approved", "3 / 4", "67%", "50%"]
    assert li[5:8] == ["12%", "100%", "0%"]
    assert li[8].startswith("1 · 1 overdue")
    assert wang[:5] == ["王强", "Not started", "0 / 0", "–", "–"]
    summary = view.summary_label.text()
    # the row of an overdue complaint is drawn in red
    assert view.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert view.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None

    view.show_week(MONDAY + timedelta(days=7))
    assert cells(view.model, 1)[1] == "Draft"

    assert [part.split()[0] for part in summary.split(" · ")] == ["2", "1", "0", "team", "3"]
    assert summary == ("2 representatives · 1 plan approved · 0 waiting · team compliance "
                       "67% · 3 calls this week")


def test_team_exports_to_xlsx_and_pdf(qtbot, context, store, plan_world, tmp_path):
    seed_week(store, plan_world)
    view = make_view(qtbot, context, plan_world.manager)
    sheet = load_workbook(view.export_to(tmp_path / "team.xlsx")).active
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[0][0] == "Representative"
    assert rows[1][:7] == ["李明", "approved", 4, 3, 66.7, 2, 50.0]
    assert rows[1][7:12] == [12.5, 100.0, 0.0, 1, 1]
    pdf = view.export_to(tmp_path / "team.pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-"


def test_hub_shows_the_week_to_reps_and_approvals_and_team_to_managers(qtbot, context,
                                                                        plan_world):
    rep_hub = PlansHub(context, identity=plan_world.rep)
    qtbot.addWidget(rep_hub)
    assert rep_hub.plans is not None and rep_hub.approvals is None and rep_hub.tabs is None
    manager_hub = PlansHub(context, identity=plan_world.manager)
    qtbot.addWidget(manager_hub)
    assert manager_hub.plans is None
    assert manager_hub.tabs.tabText(0) == "Approvals" and manager_hub.tabs.tabText(1) == "Team"
    assert manager_hub.show_tab("team") is manager_hub.team
    assert manager_hub.tabs.currentWidget() is manager_hub.team


def test_manager_sets_the_regions_call_targets(qtbot, context, store, plan_world):
    from desktop.models import FrequencyTarget
    from desktop.ui.plans.targets_dialog import TargetsDialog

    view = make_view(qtbot, context, plan_world.manager)
    qtbot.mouseClick(view.targets_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, TargetsDialog)
    assert {t: s.value() for t, s in dialog.spins.items()} == {"A": 4, "B": 2, "C": 1, "D": 0}
    pending = store.pending_count()
    dialog.spins["A"].setValue(6)
    with qtbot.waitSignal(context.data_changed):
        assert dialog.save()
    with store.read() as s:
        assert plans.frequency_targets(s, "r1") == {"A": 6, "B": 2, "C": 1, "D": 0}
        assert plans.frequency_targets(s, "other") == {"A": 4, "B": 2, "C": 1}
        own = {t.tier: t.calls_per_month for t in s.exec(
            select(FrequencyTarget).where(FrequencyTarget.region_id == "r1"))}
    assert own == {"A": 6, "B": 2, "C": 1, "D": 0}
    assert store.pending_count() == pending + 4  # synced like any change
    # the attainment of the team follows the new target
    seed_week(store, plan_world)
    view.refresh()
    assert cells(view.model, 0)[5] == "8%"  # A: (1 + 0) of 2 × 6

    # saving the same values changes nothing
    pending = store.pending_count()
    again = TargetsDialog(context, plan_world.manager)
    qtbot.addWidget(again)
    assert again.save() and store.pending_count() == pending


def test_reps_cannot_set_targets(qtbot, context, store, plan_world):
    from desktop.ui.plans.targets_dialog import TargetsDialog

    view = make_view(qtbot, context, plan_world.rep)
    assert not view.targets_button.isEnabled()
    dialog = TargetsDialog(context, plan_world.rep)
    qtbot.addWidget(dialog)
    assert not dialog.save()
    assert "Only a regional manager" in dialog.message.text()
