"""The main window: navigation and shortcuts, remembered layout and last view, the status bar
fed by the sync worker, and switching language without a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from uihelpers import FakeSyncWorker

from desktop.ui.app import build_window
from desktop.ui.main_window import NUMBERED_VIEWS, VIEWS


def test_every_view_opens_from_navigation_and_shortcuts(qtbot, window):
    for i, key in enumerate(NUMBERED_VIEWS):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{(i + 1) % 10}"),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.current_view_key() == key
        assert window.stack.currentWidget() is window.views[key]
    for row, (key, _title) in enumerate(VIEWS):  # the others from the navigation
        window.nav.setCurrentRow(row)
        assert window.current_view_key() == key
        assert window.stack.currentWidget() is window.views[key]
    window.nav.setCurrentRow(1)
    assert window.current_view_key() == "customers"
    desks = [row for row, (key, _t) in enumerate(VIEWS) if key in ("qa_queue", "pv_desk")]
    assert desks and all(window.nav.isRowHidden(row) for row in desks)  # a rep's window


def test_search_and_new_complaint_shortcuts(qtbot, window, territory):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    view = window.views["customers"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.search_edit)
    view.select_customer(territory.doctor)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible())
    assert window.dialog.customer_label.text() == "张伟"  # the selected customer


def test_navigation_shows_an_icon_for_every_screen(qtbot, window):
    # They are added just after the window's first paint.
    qtbot.waitUntil(lambda: all(not window.nav.item(row).icon().isNull()
                                for row in range(len(VIEWS))))
    assert [window.nav.item(row).text() for row in range(len(VIEWS))][:3] == [
        "Today", "Customers", "Calls"]


def test_size_layout_and_last_view_are_remembered(qtbot, store, ui_settings, territory):
    first = build_window(store, ui_settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(795, 560)  # the offscreen screen is 800 wide
    first.show_view("complaints")
    first.splitter.setSizes([200, 595])
    size = (first.width(), first.height())
    first.close()

    again = build_window(store, ui_settings)
    qtbot.addWidget(again)
    again.show()
    assert again.current_view_key() == "complaints"
    assert (again.width(), again.height()) == size == (795, 560)
    assert abs(again.splitter.sizes()[0] - 200) <= 2
    again.close()


def test_status_bar_follows_the_sync_worker_and_saves_schedule_a_sync(qtbot, store,
                                                                      ui_settings, territory):
    worker = FakeSyncWorker()
    w = build_window(store, ui_settings, sync_worker=worker)
    qtbot.addWidget(w)
    w.show()
    status = w.sync_status
    worker.state_changed.emit("syncing")
    worker.progress_changed.emit(3, 10)
    assert status.state_label.text() == "Syncing…" and status.progress.isVisible()
    assert status.progress.value() == 3
    worker.pending_count_changed.emit(7)
    assert status.pending_label.text().startswith("7 change")
    assert status.pending_label.text().endswith("not yet sent")
    from datetime import UTC, datetime

    worker.last_synced_changed.emit(datetime(2026, 3, 1, 1, 0, tzinfo=UTC))
    worker.state_changed.emit("up_to_date")
    assert status.state_label.text() == "Up to date" and not status.progress.isVisible()
    assert status.last_label.text().startswith("Last sync:")
    view = w.show_view("follow_ups")
    from uihelpers import add_follow_up

    add_follow_up(store, territory.doctor, "x", __import__("datetime").date.today())
    view.refresh()
    view.mark_done()
    assert worker.soon == 1
    w.close()


def test_offline_only_status_claims_no_sending(window, store):
    """With no server nothing is sent: the status bar says where the changes are and shows
    neither "All changes sent" nor "Never synced"."""
    status = window.sync_status
    assert "offline only" in status.state_label.text()
    assert store.pending_count() > 0  # the seeded territory
    assert status.pending_label.text().startswith(f"{store.pending_count()} change")
    assert status.pending_label.text().endswith("kept on this computer")
    assert not status.last_label.isVisibleTo(window)
    status.set_pending(0)
    assert not status.pending_label.isVisibleTo(window)
    assert "sent" not in status.pending_label.text()


def test_window_title_names_the_app_once(qapp, window):
    """Qt appends the display name to every window title ("… — Rounds")."""
    before = qapp.applicationDisplayName()
    qapp.setApplicationDisplayName("Rounds")
    try:
        title = window.windowTitle()
        shown = title if title.endswith("Rounds") else f"{title} \u2014 Rounds"
        assert shown == "Field CRM \u2014 Rounds"
        assert shown.count("Rounds") == 1
    finally:
        qapp.setApplicationDisplayName(before)


def test_language_switches_without_restart(qtbot, bilingual_window, territory):
    w = bilingual_window
    customers = w.show_view("customers")
    customers.select_customer(territory.doctor)
    assert w.nav.item(0).text() == "Today"
    settings = w.show_view("settings")
    settings.language_combo.setCurrentIndex(settings.language_combo.findData("zh_CN"))
    settings.language_combo.activated.emit(settings.language_combo.currentIndex())
    assert w.nav.item(0).text() == "今日"
    assert w.file_menu.title() == "文件(&F)"
    assert w.context.settings.language.language == "zh_CN"
    assert customers.model.headerData(0, Qt.Orientation.Horizontal) == "名称"
    assert customers.model.data(customers.model.index(customers.model.row_of(
        territory.doctor), 1)) == "医生"
    assert customers.detail.call_button.text() == "记录拜访…"
    assert customers.kind_combo.itemText(0) == "全部类型"
    assert "位客户" in customers.count_label.text()
    settings.language_combo.setCurrentIndex(settings.language_combo.findData("en"))
    settings.language_combo.activated.emit(settings.language_combo.currentIndex())
    assert w.nav.item(0).text() == "Today"
    assert w.file_menu.title() == "&File"
    assert customers.count_label.text().endswith("customers")


def test_validation_messages_are_translated(qtbot, bilingual_window, territory):
    w = bilingual_window
    w.switch_language("zh_CN")
    view = w.show_view("customers")
    view.detail.create_customer()
    form = view.detail.form_dialog
    form.kind_combo.set_value("doctor")
    form.save()
    assert form.error_labels["name"].text() == "名称为必填项。"
    assert form.form_labels["organisation_id"].text() == "所属机构"
    form.close()


def test_a_language_switch_retranslates_every_open_widget_and_dialog(qtbot, bilingual_window):
    """One mechanism: the switcher calls retranslate_ui() on every live widget, dialogs
    included, without any widget overriding changeEvent."""
    w = bilingual_window
    w.new_customer()
    form = w.views["customers"].detail.form_dialog
    w.switch_language("zh_CN")
    assert form.windowTitle() != "" and form.form_labels["organisation_id"].text() == "所属机构"
    assert w.nav.item(1).text() == "客户"
    w.switch_language("en")
    assert form.form_labels["organisation_id"].text() == "Organisation"
    form.close()
