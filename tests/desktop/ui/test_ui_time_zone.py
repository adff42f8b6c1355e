"""Times on screen are the rep's: a rep in Beijing on a laptop left in UTC logs a 09:00 call
at 09:00 (stored 01:00 UTC), Today is Beijing's day, the date-time editors give back what they
were given, reminders come at the rep's hour, and the zone is chosen in Settings (or fixed by
IT in the machine-wide configuration)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTime
from uihelpers import add_follow_up, seed_territory

from desktop.config import load_config
from desktop.domain import local_time
from desktop.domain.call_reports import load_draft
from desktop.models import Complaint, Visit
from desktop.ui.app import apply_time_zone, build_window
from desktop.ui.common.texts import datetime_text
from desktop.ui.context import AppContext
from desktop.ui.follow_ups.reminders import ReminderScheduler

RAN_AT_0900_BEIJING = datetime(2026, 3, 18, 1, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[3]


def shows_nine(text: str) -> bool:
    return re.search(r"(?<!\d)0?9:00(?!\d)", text) is not None


def shown(editor) -> tuple[QDate, QTime]:
    """The date and the time a date-time editor shows."""
    value = editor.dateTime()
    return value.date(), value.time()


def opened(qtbot, open_dialog, customer_id: str):
    """The dialog `open_dialog(customer_id)` opens, once it is visible."""
    open_dialog(customer_id)
    dialog = open_dialog.__self__.dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


@pytest.fixture
def open_window(qtbot, store, ui_settings):
    """A function opening the main window over `store` (with an optional config)."""
    opened = []

    def make(config=None):
        w = build_window(store, ui_settings, config=config)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        opened.append(w)
        return w

    yield make
    for w in opened:
        if w.dialog is not None:
            w.dialog.close()
        w.close()


def test_a_call_logged_at_0900_in_beijing_is_stored_0100_utc_and_shown_0900(
        qtbot, store, open_window):
    territory = seed_territory(store, date(2026, 3, 18))
    with local_time.fixed(now=RAN_AT_0900_BEIJING, zone="Asia/Shanghai"):
        window = open_window()
        dialog = opened(qtbot, window.new_call_report, territory.doctor)
        assert shown(dialog.when_edit) == (QDate(2026, 3, 18), QTime(9, 0))
        assert shows_nine(dialog.when_edit.text())
        dialog.feedback_edit.setPlainText("同意试用")
        dialog.save(submit=False)
        visit_id = dialog.saved_visit_id
        assert store.get(Visit, visit_id).started_at == RAN_AT_0900_BEIJING

        calls = window.show_view("calls")
        calls.refresh()
        assert shows_nine(calls.model.data(calls.model.index(0, 0)))

        window.open_call_report(visit_id)  # opened and saved again: the time does not move
        again = window.dialog
        assert shown(again.when_edit) == (QDate(2026, 3, 18), QTime(9, 0))
        again.save(submit=True)
        assert store.get(Visit, visit_id).started_at == RAN_AT_0900_BEIJING


def test_a_time_typed_in_urumqi_is_stored_as_that_moment(qtbot, store, open_window):
    territory = seed_territory(store, date(2026, 3, 18))
    with local_time.fixed(now=RAN_AT_0900_BEIJING, zone="Asia/Urumqi"):  # UTC+6
        dialog = opened(qtbot, open_window().new_call_report, territory.doctor)
        assert shown(dialog.when_edit) == (QDate(2026, 3, 18), QTime(7, 0))
        dialog.when_edit.setTime(QTime(7, 30))  # what the rep types
        dialog.save(submit=False)
        draft = load_draft(store, dialog.saved_visit_id)
    assert draft.started_at == datetime(2026, 3, 18, 1, 30, tzinfo=UTC)


def test_complaint_times_are_the_reps_and_working_days_are_counted_on_their_calendar(
        qtbot, store, open_window):
    territory = seed_territory(store, date(2026, 3, 16))
    monday_0730 = datetime(2026, 3, 15, 23, 30, tzinfo=UTC)  # Monday 07:30 in Beijing
    with local_time.fixed(now=monday_0730, zone="Asia/Shanghai"):
        dialog = opened(qtbot, open_window().new_complaint, territory.pharmacy)
        assert shown(dialog.received_edit) == (QDate(2026, 3, 16), QTime(7, 30))
        dialog.kind_combo.set_value("delivery")
        assert shown(dialog.deadline_edit) == (QDate(2026, 3, 18), QTime(7, 30))
        dialog.description_edit.setPlainText("送货晚了两天")
        dialog.save()
        stored = store.get(Complaint, dialog.saved_id)
        assert datetime_text(stored.received_at) == datetime_text(monday_0730)
    assert stored.received_at == monday_0730
    assert stored.committed_deadline == datetime(2026, 3, 17, 23, 30, tzinfo=UTC)


def test_today_is_the_reps_day(qtbot, store, open_window):
    seed_territory(store, date(2026, 3, 18))  # 张伟 is planned for the 18th
    evening_utc = datetime(2026, 3, 17, 17, 30, tzinfo=UTC)  # 01:30 on the 18th in Beijing
    with local_time.fixed(now=evening_utc, zone="Asia/Shanghai"):
        today = open_window().show_view("today")
        today.refresh()
        assert [p.customer_name for p in today.planned_model.rows()] == ["张伟"]
        assert "18" in today.heading.text()
        with local_time.fixed(zone="UTC"):  # the same moment on a rep's clock in London
            today.refresh()
            assert today.planned_model.rows() == []
            assert "17" in today.heading.text()


def test_a_follow_up_reminds_at_the_default_hour_in_the_reps_zone(qtbot, store, ui_settings):
    territory = seed_territory(store, date(2026, 3, 18))
    fid = add_follow_up(store, territory.doctor, "送临床资料", date(2026, 3, 18))
    ui_settings.reminders.default_hour = 9
    clock = {"now": datetime(2026, 3, 18, 2, 59, tzinfo=UTC)}  # 08:59 in Ürümqi
    with local_time.fixed(zone="Asia/Urumqi"):
        scheduler = ReminderScheduler(AppContext(store, ui_settings), clock=lambda: clock["now"])
        assert scheduler.check_now() == []  # (in Beijing it would have fired at 01:00 UTC)
        clock["now"] += timedelta(minutes=1)
        assert scheduler.check_now() == [fid]
        scheduler.stop()


def test_the_rep_chooses_a_zone_in_settings_and_it_applies_at_once(qtbot, store, open_window,
                                                                   tmp_path):
    territory = seed_territory(store, date(2026, 3, 18))
    store.create(Visit, customer_id=territory.doctor, started_at=RAN_AT_0900_BEIJING,
                 status="draft")
    config = load_config(tmp_path / "settings.toml", machine_file=tmp_path / "absent.toml")
    with local_time.fixed(zone="UTC"):  # a laptop left in UTC, following the system
        window = open_window(config)
        calls = window.show_view("calls")
        assert not shows_nine(calls.model.data(calls.model.index(0, 0)))
        settings = window.show_view("settings")
        combo = settings.zone_combo
        assert combo.isEnabled() and combo.itemData(0) == ""
        assert "Follow the system" in combo.itemText(0)
        beijing = combo.findData("Asia/Shanghai")
        assert beijing == 1 and "Beijing time" in combo.itemText(beijing)
        assert "UTC+08:00" in combo.itemText(beijing)
        assert combo.findData("Asia/Urumqi") > 0 and combo.findData("Europe/Berlin") > 0
        combo.setCurrentIndex(beijing)
        combo.activated.emit(beijing)
        assert local_time.time_zone_name() == "Asia/Shanghai"
        assert shows_nine(calls.model.data(calls.model.index(0, 0)))
        assert 'time_zone = "Asia/Shanghai"' in (tmp_path / "settings.toml").read_text()
    assert load_config(tmp_path / "settings.toml",
                       machine_file=tmp_path / "absent.toml")["time_zone"] == "Asia/Shanghai"


def test_it_presets_or_enforces_the_zone_in_the_machine_wide_file(qtbot, store, open_window,
                                                                   tmp_path, caplog):
    machine = tmp_path / "machine.toml"
    machine.write_text('[enforced]\ntime_zone = "Asia/Shanghai"\n')
    user = tmp_path / "settings.toml"
    user.write_text('time_zone = "Europe/Berlin"\n')
    with local_time.fixed(zone="UTC"):
        config = load_config(user, machine_file=machine)
        apply_time_zone(config)
        assert local_time.time_zone_name() == "Asia/Shanghai"
        combo = open_window(config).show_view("settings").zone_combo
        assert not combo.isEnabled()
        assert combo.currentData() == "Asia/Shanghai"
        assert "(set by your organisation)" in combo.currentText()

        machine.write_text('[defaults]\ntime_zone = "Asia/Shangai"\n')  # a typo
        apply_time_zone(load_config(None, machine_file=machine))
        assert local_time.time_zone_name() == local_time.FOLLOW_THE_SYSTEM
        assert "Asia/Shangai" in caplog.text and "machine" in caplog.text


EDITOR = """
from datetime import UTC, datetime
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.domain import local_time
from desktop.ui.common.widgets import MomentEdit
local_time.set_time_zone("Asia/Shanghai")
# 02:30 on 8 March in Beijing: a wall-clock time New York's clocks skip that night
moment = datetime(2026, 3, 7, 18, 30, tzinfo=UTC)
edit = MomentEdit(moment)
shown = edit.dateTime()
print(shown.date().toString("yyyy-MM-dd"), shown.time().toString("HH:mm"), edit.moment() == moment)
"""


def test_the_editor_gives_back_its_moment_whatever_the_os_zone_does_to_wall_clocks():
    env = {**os.environ, "TZ": "America/New_York", "PYTHONPATH": str(ROOT),
           "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", EDITOR], env=env, cwd=ROOT, check=True,
                         capture_output=True, text=True, timeout=120).stdout.split()
    assert out == ["2026-03-08", "02:30", "True"]
