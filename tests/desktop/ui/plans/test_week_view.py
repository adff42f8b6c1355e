"""The rep's week view: suggestions with reasons, the running count against the tier
targets, moving calls by drag and drop and by keyboard, the approval actions, logging a
call from a planned item, and exports."""

from __future__ import annotations

from datetime import timedelta

from openpyxl import load_workbook
from planhelpers import MONDAY, TODAY
from PySide6.QtCore import QMimeData, QModelIndex, Qt

from desktop.domain import plans
from desktop.models import CallPlan, PlanItem
from desktop.ui.plans.week_model import MIME_TYPE
from desktop.ui.plans.week_view import PlansView


def make_view(qtbot, context, identity):
    view = PlansView(context, identity=identity, today_fn=lambda: TODAY)
    qtbot.addWidget(view)
    view.show_week(MONDAY)
    view.resize(1200, 700)
    view.show()
    return view


def items_by_day(store, plan_id):
    with store.read() as s:
        found = plans.plan_items(s, plan_id)
    out = {}
    for i in found:
        out.setdefault((i.day - MONDAY).days, []).append((i.position, i.customer_id))
    return {d: [c for _p, c in sorted(v)] for d, v in out.items()}


def plan_with(store, identity, placements):
    with store.write() as w:
        plan = plans.create_plan(w, rep_user_id=identity.user_id, territory_id="t1",
                                 week_start=MONDAY)
        for customer, day in placements:
            plans.add_item(w, plan.id, customer, MONDAY + timedelta(days=day))
    return plan.id


def test_suggestions_show_reasons_and_the_count_follows_the_targets(qtbot, context, store,
                                                                    plan_world, qtmodeltester):
    view = make_view(qtbot, context, plan_world.rep)
    reasons = {r.customer_id: view.suggestions.index(i, 3).data()
               for i, r in enumerate(view.suggestions.rows())}
    # never visited: every tiered customer is due by its frequency target
    assert reasons[plan_world.a1] == "Tier A: 0 of 4 calls this month"
    assert reasons[plan_world.b1] == "Tier B: 0 of 2 calls this month"
    counts = {r[0]: r[1:] for r in view.counts.rows()}
    # weekly need = customers of the tier × monthly target / 4
    assert counts == {"A": (0, 2.0, 4), "B": (0, 0.5, 2), "C": (0, 0.2, 1)}
    # shown in whole calls: half a call a week is a call to make
    shown = [[view.counts.index(r, c).data() for c in range(4)] for r in range(3)]
    assert shown == [["A", "0", "2", "4"], ["B", "0", "1", "2"], ["C", "0", "1", "1"]]
    qtmodeltester.check(view.suggestions)
    qtmodeltester.check(view.counts)

    assert view.add_all_suggestions() == 4
    assert view.week.status == "draft"
    counts = {r[0]: r[1:] for r in view.counts.rows()}
    assert counts["A"][0] == 2 and counts["B"][0] == 1 and counts["C"][0] == 1
    assert view.suggestions.rowCount() == 0  # planned customers are no longer suggested
    assert {i.suggestion_reason for i in view.week.items} >= {"Tier A: 0 of 4 calls this month"}
    qtmodeltester.check(view.model)


def test_drag_and_drop_moves_a_call_to_another_day_and_place(qtbot, context, store, plan_world,
                                                             qtmodeltester):
    w = plan_world
    plan_id = plan_with(store, w.rep, [(w.a1, 0), (w.a2, 0), (w.b1, 2), (w.c1, 2)])
    view = make_view(qtbot, context, w.rep)
    model = view.model
    qtmodeltester.check(model)
    assert model.columnCount() == 5 and model.rowCount() == 3  # 2 calls + a free drop row
    assert model.headerData(0, Qt.Orientation.Horizontal).split("\n")[1].startswith("2 call")

    # drag 王芳 (Monday, 2nd) onto 李娜's cell on Wednesday: she goes before 李娜
    source = model.index_of(view.week.items_of(MONDAY)[1].id)
    mime = model.mimeData([source])
    assert mime.hasFormat(MIME_TYPE)
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(0, 2))
    assert items_by_day(store, plan_id) == {0: [w.a1], 2: [w.a2, w.b1, w.c1]}
    qtmodeltester.check(model)

    # drop on the free area of Friday's column: at the end of Friday
    mime = model.mimeData([model.index_of(view.week.items_of(MONDAY + timedelta(days=2))[2].id)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 4, QModelIndex())
    assert items_by_day(store, plan_id) == {0: [w.a1], 2: [w.a2, w.b1], 4: [w.c1]}

    # within a day, dropping below moves it down (the item leaves its place first)
    mime = model.mimeData([model.index_of(view.week.items_of(MONDAY + timedelta(days=2))[0].id)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(2, 2))
    assert items_by_day(store, plan_id)[2] == [w.b1, w.a2]

    # foreign data is refused
    other = QMimeData()
    other.setText("x")
    assert not model.dropMimeData(other, Qt.DropAction.MoveAction, -1, -1, model.index(0, 1))


def test_keyboard_moves_between_days_and_within_a_day(qtbot, context, store, plan_world):
    w = plan_world
    plan_id = plan_with(store, w.rep, [(w.a1, 0), (w.a2, 1), (w.b1, 1)])
    view = make_view(qtbot, context, w.rep)
    table = view.table
    table.setFocus()
    table.select_item(view.week.items_of(MONDAY)[0].id)
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(table, Qt.Key.Key_Right, ctrl)
    assert items_by_day(store, plan_id) == {1: [w.a2, w.b1, w.a1]}
    assert table.current_item().customer_id == w.a1  # the moved call stays selected
    qtbot.keyClick(table, Qt.Key.Key_Up, ctrl)
    assert items_by_day(store, plan_id) == {1: [w.a2, w.a1, w.b1]}
    qtbot.keyClick(table, Qt.Key.Key_Right, ctrl)
    qtbot.keyClick(table, Qt.Key.Key_Right, ctrl)
    assert items_by_day(store, plan_id) == {1: [w.a2, w.b1], 3: [w.a1]}
    qtbot.keyClick(table, Qt.Key.Key_Left, ctrl)
    assert items_by_day(store, plan_id) == {1: [w.a2, w.b1], 2: [w.a1]}
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert items_by_day(store, plan_id) == {1: [w.a2, w.b1]}
    # Friday is the last column: Ctrl+Right there does nothing
    table.select_item(view.week.items_of(MONDAY + timedelta(days=1))[0].id)
    for _ in range(5):
        qtbot.keyClick(table, Qt.Key.Key_Right, ctrl)
    assert items_by_day(store, plan_id) == {1: [w.b1], 4: [w.a2]}


def test_submit_locks_the_week_withdraw_and_revise(qtbot, context, store, plan_world):
    w = plan_world
    plan_id = plan_with(store, w.rep, [(w.a1, 0), (w.b1, 1)])
    view = make_view(qtbot, context, w.rep)
    assert view.submit_button.isEnabled() and not view.withdraw_button.isEnabled()
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    assert store.get(CallPlan, plan_id).status == "submitted"
    assert not view.model.editable() and view.model.rowCount() == 1  # no free drop row
    assert not view.model.canDropMimeData(view.model.mimeData([view.model.index(0, 0)]),
                                          Qt.DropAction.MoveAction, -1, -1, view.model.index(0, 1))
    view.table.setFocus()
    view.table.select_item(view.week.items_of(MONDAY)[0].id)
    qtbot.keyClick(view.table, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert items_by_day(store, plan_id) == {0: [w.a1], 1: [w.b1]}  # locked: nothing moved
    assert "Submitted" in view.status_panel.status_banner.text()
    assert view.status_badge.text() == "Submitted"
    assert view.status_panel.history.index(0, 2).data() == "Submitted"

    qtbot.mouseClick(view.withdraw_button, Qt.MouseButton.LeftButton)
    assert store.get(CallPlan, plan_id).status == "draft"
    view.submit()
    with store.write() as wr:  # the manager returns it (arrives by sync in real life)
        plans.return_plan(wr, plan_id, manager_user_id="mgr", comment="周三多安排一位A类医生")
    context.data_changed.emit("*")
    assert view.week.status == "returned" and view.revise_button.isEnabled()
    assert view.status_panel.comment_label.text().endswith("周三多安排一位A类医生")
    assert "周三多安排一位A类医生" in view.note.text() and view.note.isVisibleTo(view)
    assert [view.status_panel.history.index(r, 2).data()
            for r in range(view.status_panel.history.rowCount())] == \
        ["Returned", "Submitted", "Withdrawn", "Submitted"]  # newest first
    qtbot.mouseClick(view.revise_button, Qt.MouseButton.LeftButton)
    plan = store.get(CallPlan, plan_id)
    assert (plan.status, plan.plan_revision) == ("draft", 2)
    assert view.model.editable()


def test_log_call_from_a_planned_item_links_the_report(qtbot, context, store, plan_world):
    w = plan_world
    plan_id = plan_with(store, w.rep, [(w.a1, 0)])
    view = make_view(qtbot, context, w.rep)
    [item] = view.week.items
    view.table.select_item(item.id)
    with qtbot.waitSignal(context.call_report_requested) as signal:
        qtbot.mouseClick(view.log_call_button, Qt.MouseButton.LeftButton)
    assert signal.args == [w.a1, item.id]
    from desktop.domain import call_reports

    draft = call_reports.new_draft(store, w.a1, plan_item_id=item.id)
    draft.started_at = draft.started_at.replace(year=MONDAY.year, month=MONDAY.month,
                                                day=MONDAY.day)
    call_reports.save_call_report(store, draft, submit=True)
    context.data_changed.emit("visit")
    [item] = view.week.items
    assert item.outcome == "done" and item.visit_id
    assert store.get(PlanItem, item.id).plan_id == plan_id
    assert view.week.compliance == 1.0
    # once made, the same button opens the linked report
    view.table.select_item(item.id)
    assert view.log_call_button.text() == "Open call report"
    with qtbot.waitSignal(context.visit_opened) as opened:
        qtbot.mouseClick(view.log_call_button, Qt.MouseButton.LeftButton)
    assert opened.args == [item.visit_id]


def test_plan_exports_to_pdf_and_xlsx(qtbot, context, store, plan_world, tmp_path):
    w = plan_world
    plan_with(store, w.rep, [(w.a1, 0), (w.b1, 3)])
    view = make_view(qtbot, context, w.rep)
    pdf = view.export_to(tmp_path / "plan.pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 1000
    xlsx = view.export_to(tmp_path / "plan.xlsx")
    sheet = load_workbook(xlsx).active
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[0][:3] == ["Day", "Time", "Customer"]
    assert [r[2] for r in rows[1:]] == ["张伟", "李娜"]
    assert rows[1][8] == "Missed" and rows[2][8] == "Planned"  # Monday passed; Thursday is today


def test_changes_the_server_refused_are_shown_with_their_reason(qtbot, context, store,
                                                                plan_world):
    from desktop.store.local_tables import SyncRejection

    plan_id = plan_with(store, plan_world.rep, [(plan_world.a1, 0)])
    with store.write() as w:
        w.session.add(SyncRejection(seq=7, table_name="call_plan", row_id=plan_id, op="update",
                                    changes={"status": "approved"}, code="plan_transition",
                                    reason="A rep cannot move a plan from submitted to approved."))
    view = make_view(qtbot, context, plan_world.rep)
    text = view.note.text()
    assert view.note.isVisibleTo(view)
    assert view.status_panel.rejection_banner.text() == text
    assert "This status change is not allowed" in text
    assert "A rep cannot move a plan from submitted to approved." in text


def test_day_headers_count_calls_in_words(qtbot, context, store, plan_world, languages):
    """One call is "1 call", two are "2 calls" (Qt plural forms, not "call(s)")."""
    languages.switch("en")
    plan_with(store, plan_world.rep, [(plan_world.a1, 0), (plan_world.a2, 0), (plan_world.b1, 2)])
    model = make_view(qtbot, context, plan_world.rep).model
    counts = [model.headerData(i, Qt.Orientation.Horizontal).split("\n")[1] for i in range(5)]
    assert [c.split()[0] for c in counts] == ["2", "0", "1", "0", "0"]
    assert counts == ["2 calls", "0 calls", "1 call", "0 calls", "0 calls"]


def test_week_view_switches_to_chinese_without_restart(qtbot, context, store, plan_world):
    from PySide6.QtWidgets import QApplication

    from desktop.ui.common.translations import LanguageSwitcher

    plan_with(store, plan_world.rep, [(plan_world.a1, 0)])
    view = make_view(qtbot, context, plan_world.rep)
    switcher = LanguageSwitcher(QApplication.instance())
    try:
        assert switcher.switch("zh_CN"), "build the catalogues: make translations"
        assert view.submit_button.text() == "提交审批"
        assert view.status_badge.text() == "草稿"
        assert "拖动" in view.hint_label.text()
        assert view.model.headerData(0, Qt.Orientation.Horizontal).endswith("1 次拜访")
    finally:
        switcher.switch("en")
    assert view.submit_button.text() == "Submit for approval"


def test_plan_export_writes_a_formula_name_as_text(qtbot, context, store, plan_world,
                                                   tmp_path):
    """A customer named like a formula (stored as typed) is exported as text: opening the
    workbook runs nothing."""
    import zipfile

    from desktop.models import Customer

    w = plan_world
    hostile = "=HYPERLINK(\"http://evil.example\",\"点击\")"
    with store.write() as writer:
        writer.update(Customer, w.a1, name=hostile)
    plan_with(store, w.rep, [(w.a1, 0)])
    xlsx = make_view(qtbot, context, w.rep).export_to(tmp_path / "plan.xlsx")
    with zipfile.ZipFile(xlsx) as book:
        assert b"<f>" not in book.read("xl/worksheets/sheet1.xml")
    cell = load_workbook(xlsx).active["C2"]
    assert (cell.value, cell.data_type) == (hostile, "s")
