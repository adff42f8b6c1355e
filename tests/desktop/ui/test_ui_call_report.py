"""Logging calls: from Today's plan entirely from the keyboard, drafts, submit, lock,
correction, and the follow-up a next step creates."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from desktop.domain import call_reports
from desktop.models import Customer, FollowUp, Visit, VisitAttendee, VisitProduct, VisitSample
from desktop.store.local_tables import OutboxEntry
from desktop.ui.calls.report_dialog import CallReportDialog


class KeyCounter:
    """Sends keys to the focused widget like a user, counting every key press."""

    def __init__(self, qtbot):
        self.qtbot, self.count = qtbot, 0

    def focused(self):
        return QApplication.focusWidget()

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focused(), text)
        self.count += len(text)

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focused(), key, modifier)
        self.count += 1


def visits(store):
    with store.read() as s:
        return list(s.exec(select(Visit)))


def test_planned_call_logged_entirely_from_the_keyboard(qtbot, window, store, territory):
    keys = KeyCounter(qtbot)
    window.activateWindow()
    window.nav.setFocus()
    keys.press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # go to Today
    today = window.views["today"]
    assert window.stack.currentWidget() is today
    qtbot.waitUntil(lambda: keys.focused() is today.planned_table)  # focus starts there
    keys.press(Qt.Key.Key_Return)  # log the highlighted planned call
    qtbot.waitUntil(lambda: isinstance(window.dialog, CallReportDialog)
                    and window.dialog.isVisible())
    dialog = window.dialog
    # the common case starts with feedback: focus lands there once the dialog is active
    qtbot.waitUntil(lambda: keys.focused() is dialog.feedback_edit)
    keys.type("Agrees to try it")
    keys.press(Qt.Key.Key_Tab)
    keys.type("Send trial data")
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # submit
    qtbot.waitUntil(lambda: not dialog.isVisible())

    [visit] = visits(store)
    assert visit.status == "submitted" and visit.submitted_at is not None
    assert visit.customer_id == territory.doctor
    assert visit.plan_item_id == territory.plan_item
    assert visit.feedback == "Agrees to try it" and visit.next_step == "Send trial data"
    assert visit.visit_type == "face_to_face"
    with store.read() as s:
        products = list(s.exec(select(VisitProduct)))
        follow_up = s.exec(select(FollowUp)).one()
    assert [p.product_id for p in products] == [territory.product]  # from the plan item
    assert follow_up.due_date == date.today() + timedelta(days=7)
    assert follow_up.title == "Send trial data" and follow_up.visit_id == visit.id
    # what the user then sees: Today counts the call as logged (read again off the GUI thread)
    qtbot.waitUntil(lambda: ": 1 of 1 planned call" in today.heading.text())
    assert today.planned_model.rows()[0].done
    print(f"\nkey presses to log a planned call: {keys.count} "
          f"({keys.count - len('Agrees to try it') - len('Send trial data')} besides the typed text)")
    assert keys.count == 2 + len("Agrees to try it") + 1 + len("Send trial data") + 1


def test_children_are_written_before_the_mutation_that_submits(qtbot, window, store,
                                                               territory):
    window.new_call_report(territory.doctor, "")
    dialog = window.dialog
    dialog.attendee_model.setData(dialog.attendee_model.index(0, 0), Qt.CheckState.Checked,
                                  Qt.ItemDataRole.CheckStateRole)
    dialog.add_sample()
    sample = dialog.sample_model
    sample.setData(sample.index(0, 0), "络活喜")
    sample.setData(sample.index(0, 1), 2)
    sample.setData(sample.index(0, 2), "LOT-2026-01")
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with store.read() as s:
        entries = list(s.exec(select(OutboxEntry).order_by(OutboxEntry.seq)))
        [stored_sample] = list(s.exec(select(VisitSample)))
        assert len(list(s.exec(select(VisitAttendee)))) == 1
    assert stored_sample.lot == "LOT-2026-01" and stored_sample.quantity == 2
    assert stored_sample.product_id == territory.product
    visit_entries = [e for e in entries if e.table_name == "visit"]
    submit = next(e for e in visit_entries if e.changes.get("status") == "submitted")
    child_seqs = [e.seq for e in entries if e.table_name.startswith("visit_")]
    assert child_seqs and max(child_seqs) < submit.seq
    assert visit_entries[0].changes["status"] == "draft"


def test_draft_then_submit_then_locked_and_corrected(qtbot, window, store, territory):
    window.new_call_report(territory.pharmacy, "")
    dialog = window.dialog
    assert dialog.type_combo.value() == "pharmacy_visit"  # default by customer kind
    dialog.feedback_edit.insertPlainText("库存不足")  # Chinese arrives via the input method
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.feedback_edit)
    qtbot.keyClick(dialog.feedback_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [draft] = visits(store)
    assert draft.status == "draft"

    window.open_call_report(draft.id)
    dialog = window.dialog
    assert dialog.feedback_edit.toPlainText() == "库存不足"
    dialog.feedback_edit.moveCursor(dialog.feedback_edit.textCursor().MoveOperation.End)
    dialog.feedback_edit.insertPlainText("，下周补货")
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [submitted] = visits(store)
    assert submitted.status == "submitted" and submitted.feedback == "库存不足，下周补货"

    window.open_call_report(submitted.id)
    locked = window.dialog
    assert locked.read_only and locked.feedback_edit.isReadOnly()
    assert not locked.submit_button.isVisible() and locked.correct_button.isVisible()
    qtbot.mouseClick(locked.correct_button, Qt.MouseButton.LeftButton)
    correction = locked.correction_dialog
    qtbot.waitUntil(correction.isVisible)
    correction.feedback_edit.setPlainText("库存充足")
    qtbot.mouseClick(correction.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not correction.isVisible())
    stored = {v.id: v for v in visits(store)}
    assert len(stored) == 2
    assert stored[submitted.id].feedback == "库存不足，下周补货"  # the original is kept
    new = next(v for v in stored.values() if v.id != submitted.id)
    assert new.corrects_visit_id == submitted.id and new.status == "submitted"


def test_new_call_without_a_customer_asks_for_one(qtbot, window, store, territory):
    window.show_view("calls")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    picker = window.dialog
    qtbot.waitUntil(picker.isVisible)
    qtbot.keyClicks(picker.search_edit, "li")  # pinyin
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.dialog, CallReportDialog))
    assert window.dialog.customer_label.text() == "李娜"


def test_call_report_models_pass_the_model_tester(qtmodeltester, window, territory):
    window.new_call_report(territory.doctor, "")
    dialog = window.dialog
    dialog.add_sample()
    for model in (dialog.attendee_model, dialog.product_model, dialog.sample_model):
        qtmodeltester.check(model)


def test_attendees_of_a_huge_hospital_say_what_is_listed_and_keep_the_chosen(
        window, store, territory):
    with store.write() as w:
        for i in range(320):
            w.create(Customer, kind="doctor", name=f"医生{i:03d}",
                     organisation_id=territory.hospital, territory_id="terr-1")
    last = store.create(Customer, kind="doctor", name="医生999",
                        organisation_id=territory.hospital, territory_id="terr-1").id
    draft = call_reports.new_draft(store, territory.doctor)
    draft.attendee_ids = [last]  # chosen earlier, though it sorts beyond what is listed
    visit_id = call_reports.save_call_report(store, draft, submit=False)
    window.open_call_report(visit_id)
    dialog = window.dialog
    names = [dialog.attendee_model.index(i).data() for i in range(3)]
    assert names[0].startswith("李娜")  # the same department (心内科) comes first
    assert dialog.attendee_model.checked_ids() == [last]
    assert dialog.attendees_note.isVisibleTo(dialog)
    assert dialog.attendees_note.text().startswith("Listed: 301 of the 323 people")


def test_attendees_of_a_small_hospital_need_no_note(window, territory):
    window.new_call_report(territory.doctor)
    dialog = window.dialog
    assert dialog.attendee_model.rowCount() == 2  # 心内科 and 李娜
    assert not dialog.attendees_note.isVisibleTo(dialog)
