"""The calls screen: every report reachable by scrolling (no silent cap), narrowed by date
range, status, type and customer (pinyin too), with counts over the whole matching list."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate

from desktop.models import Customer, Visit

SUBMITTED = 430  # more than two pages of 200
FIRST_DAY = date(2026, 1, 1)


def noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


@pytest.fixture
def many_calls(store, territory):
    """430 submitted face-to-face calls on 张伟, one a day from 1 January 2026, and three
    draft phone calls on the cardiology department of a second hospital."""
    with store.write() as w:
        for i in range(SUBMITTED):
            w.create(Visit, customer_id=territory.doctor, visit_type="face_to_face",
                     started_at=noon(FIRST_DAY + timedelta(days=i)), status="submitted",
                     submitted_at=noon(FIRST_DAY + timedelta(days=i)), territory_id="terr-1")
        ruijin = w.create(Customer, kind="hospital", name="上海瑞金医院", city="上海",
                          territory_id="terr-1")
        cardiology = w.create(Customer, kind="department", name="心内科", city="上海",
                              organisation_id=ruijin.id, territory_id="terr-1")
        for i in range(3):
            w.create(Visit, customer_id=cardiology.id, visit_type="phone",
                     started_at=noon(FIRST_DAY + timedelta(days=i)), status="draft",
                     territory_id="terr-1")
    return cardiology.id


def scroll_to_the_end(qtbot, view) -> None:
    """Scroll the way a user does until the list has read every page."""
    def at_end():
        view.table.scrollToBottom()
        return not view.model.canFetchMore()

    qtbot.waitUntil(at_end)


def test_every_call_report_is_reachable_by_scrolling(qtbot, qtmodeltester, window, many_calls):
    view = window.show_view("calls")
    total = SUBMITTED + 3
    assert view.model.rowCount() == 200  # one page at first paint
    assert view.summary_label.text().startswith(f"{total} call report")
    assert "3 draft" in view.summary_label.text()
    scroll_to_the_end(qtbot, view)
    rows = view.model.rows()
    assert len(rows) == len({r.id for r in rows}) == total
    assert [r.started_at for r in rows] == sorted((r.started_at for r in rows), reverse=True)
    qtmodeltester.check(view.model)


def test_filters_narrow_the_list_and_its_counts(qtbot, window, many_calls):
    view = window.show_view("calls")
    view.status_combo.set_value("draft")
    assert [r.status for r in view.model.rows()] == ["draft"] * 3
    assert view.summary_label.text().startswith("3 call report")
    # the department is named with its hospital, which also has its own column
    assert {view.model.index(i, 1).data() for i in range(3)} == {"心内科 · 上海瑞金医院"}
    assert {view.model.index(i, 2).data() for i in range(3)} == {"上海瑞金医院"}

    view.clear_filters()
    view.type_combo.set_value("face_to_face")
    assert view.model.total == SUBMITTED
    view.from_edit.setDate(QDate(2026, 2, 1))
    view.to_edit.setDate(QDate(2026, 2, 28))
    assert view.model.total == 28 and view.model.rowCount() == 28
    assert {r.started_at.date() for r in view.model.rows()} == {
        date(2026, 2, d) for d in range(1, 29)}

    view.clear_filters()
    assert view.model.total == SUBMITTED + 3
    assert view.from_edit.text() == "any day"


def test_customer_search_finds_by_pinyin(qtbot, window, many_calls):
    view = window.show_view("calls")
    qtbot.keyClicks(view.search_edit, "ruijin")  # 瑞金, as pinyin: the hospital and its department
    qtbot.waitUntil(lambda: view.model.total == 3)
    assert {r.customer_id for r in view.model.rows()} == {many_calls}
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "zhangw")
    qtbot.waitUntil(lambda: view.model.total == SUBMITTED)
    assert view.summary_label.text().startswith(f"{SUBMITTED} call report")
    assert "draft" not in view.summary_label.text()  # no "0 drafts"
