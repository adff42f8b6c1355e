"""Conflicts and refused changes: both values shown, the rep's value restored as a new change,
the server's kept, a refusal acknowledged."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.models import Customer
from desktop.store.local_tables import OutboxEntry, SyncConflict, SyncRejection


def test_conflict_shows_both_values_and_restores_mine(qtbot, qtmodeltester, window, store,
                                                      territory):
    store.update(Customer, territory.doctor, title="副主任医师")  # the server's value now
    with store.write() as w:
        w.session.add(SyncConflict(id="c-1", table_name="customer", row_id=territory.doctor,
                                   field="title", my_value="主任医师",
                                   server_value="副主任医师"))
        w.session.add(SyncConflict(id="c-2", table_name="customer", row_id=territory.doctor2,
                                   field="tier", my_value="A", server_value="B"))
        w.session.add(SyncRejection(seq=99, table_name="visit", row_id="v-1", op="update",
                                    changes={"feedback": "改"}, code="visit_submitted",
                                    reason="This call report was submitted and is locked; "
                                           "record a correction instead."))
    view = window.show_view("conflicts")
    view.refresh()
    qtmodeltester.check(view.conflict_model)
    qtmodeltester.check(view.rejection_model)
    model = view.conflict_model
    rows = {model.row_at(i).id: i for i in range(model.rowCount())}
    row = rows["c-1"]
    texts = [model.data(model.index(row, c)) for c in range(model.columnCount())]
    assert "张伟" in texts[1] and texts[2] == "Title"
    assert texts[3] == "主任医师" and texts[4] == "副主任医师"
    view.conflict_table.setCurrentIndex(model.index(row, 0))
    before = store.pending_count()
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert store.get(Customer, territory.doctor).title == "主任医师"
    assert store.pending_count() == before + 1  # restoring is an ordinary change that syncs
    assert [c.id for c in store.conflicts()] == ["c-2"]

    view.conflict_table.setCurrentIndex(view.conflict_model.index(0, 0))
    qtbot.mouseClick(view.keep_button, Qt.MouseButton.LeftButton)
    assert store.conflicts() == [] and store.get(Customer, territory.doctor2).tier == "B"

    reason = view.rejection_model.data(view.rejection_model.index(0, 2))
    assert "submitted and is locked" in reason
    qtbot.mouseClick(view.dismiss_button, Qt.MouseButton.LeftButton)
    assert store.rejections() == []
    assert "(0)" in view.rejection_group.title()
    with store.read() as s:
        assert s.get(OutboxEntry, 99) is None


def test_restoring_a_value_whose_record_is_gone_says_so_and_drops_the_conflict(
        qtbot, window, store):
    """The record was deleted or moved to another rep's territory: nothing to restore."""
    with store.write() as w:
        w.session.add(SyncConflict(id="c-9", table_name="customer", row_id="moved-away",
                                   field="title", my_value="主任医师", server_value="医师"))
    view = window.show_view("conflicts")
    view.refresh()
    view.conflict_table.setCurrentIndex(view.conflict_model.index(0, 0))
    before = store.pending_count()
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert view.error.isVisible() and "no longer on this computer" in view.error.text()
    assert store.conflicts() == [] and view.conflict_model.rowCount() == 0
    assert store.pending_count() == before  # nothing written


def test_a_refused_activity_cost_names_its_table_and_activity(window, store, territory):
    """A refusal of any synced table reads as words, not as a table name: an activity's cost
    line is named with the activity it belongs to."""
    from desktop.models import SYNCED_MODELS, MarketActivity, MarketActivityCost
    from desktop.ui.sync.conflicts_view import TABLE_NAMES

    assert set(SYNCED_MODELS) <= set(TABLE_NAMES)
    with store.write() as w:
        activity = w.create(MarketActivity, kind="academic_meeting", title="心血管学术会",
                            starts_on=date(2026, 12, 15), owner_user_id="u-rep",
                            territory_id="terr-1")
        line = w.create(MarketActivityCost, activity_id=activity.id, category="venue",
                        budget_amount=8000, territory_id="terr-1")
        w.session.add(SyncRejection(seq=98, table_name="market_activity_cost", row_id=line.id,
                                    op="update", changes={"actual_amount": 9000},
                                    code="activity_locked", reason="The activity is evaluated."))
    view = window.show_view("conflicts")
    view.refresh()
    record = view.rejection_model.data(view.rejection_model.index(0, 1))
    assert record == "Activity cost line: 心血管学术会"
