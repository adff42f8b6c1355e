"""Long lists either read every row page by page as the user scrolls, or say that they show
only part ("Showing the 200 most urgent of 523"): no list stops short in silence."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from uihelpers import add_follow_up

from desktop.domain.complaints import capture_complaint
from desktop.models import Complaint, Customer, FrequencyTarget

DOCTORS = 520


@pytest.fixture
def big_hospital(store, territory):
    """520 more tier-A doctors at 北京协和医院 (half of them in 上海), none ever called on,
    and a target of four calls a month for tier A."""
    with store.write() as w:
        w.create(FrequencyTarget, tier="A", calls_per_month=4)
        for i in range(DOCTORS):
            w.create(Customer, kind="doctor", name=f"王{i:03d}", tier="A",
                     city="上海" if i % 2 else "北京", organisation_id=territory.hospital,
                     territory_id="terr-1")
    return territory.hospital


def scroll_to_the_end(qtbot, table) -> None:
    def at_end():
        table.scrollToBottom()
        return not table.model().canFetchMore()

    qtbot.waitUntil(at_end)


def test_search_says_when_it_shows_only_the_best_matches(qtbot, window, big_hospital):
    view = window.show_view("customers")
    qtbot.keyClicks(view.search_edit, "wang")
    qtbot.waitUntil(lambda: view.model.more_matches)
    assert view.model.rowCount() == 500
    assert view.count_label.text().startswith("Showing the best 500 matches")
    assert "narrow" in view.count_label.text()
    view.city_combo.setCurrentIndex(view.city_combo.findData("上海"))
    assert not view.model.more_matches and view.model.rowCount() == DOCTORS // 2
    assert view.count_label.text().startswith(f"{DOCTORS // 2} customer")


def test_todays_overdue_list_says_it_shows_the_most_urgent(window, big_hospital):
    view = window.show_view("today")
    view.refresh()
    overdue = DOCTORS + 2  # the seeded hospital and 张伟 are tier A and never called on
    assert view.overdue_model.rowCount() == 200
    assert view.groups[3].title().endswith(f"({overdue})")
    assert view.overdue_note.isVisibleTo(view)
    assert view.overdue_note.text() == f"Showing the 200 most urgent of {overdue}."


def test_the_people_of_a_big_hospital_are_all_reachable(qtbot, window, big_hospital):
    customers = window.show_view("customers")
    customers.select_customer(big_hospital)
    detail = customers.detail
    members = DOCTORS + 3  # and 心内科, 张伟, 李娜
    assert detail.tabs.tabText(2).endswith(f"({members})")
    detail.tabs.setCurrentIndex(2)
    scroll_to_the_end(qtbot, detail.people_table)
    assert detail.people_model.rowCount() == members
    assert len({p.id for p in detail.people_model.rows()}) == members


def test_follow_ups_count_and_reach_every_one(qtbot, window, store, territory):
    today = date.today()
    for i in range(250):
        add_follow_up(store, territory.doctor, f"事项 {i:03d}", today + timedelta(days=i - 10))
    view = window.show_view("follow_ups")
    view.refresh()
    assert view.summary_label.text() == "10 overdue · 1 due today · 250 open"
    assert view.model.rowCount() == 200
    scroll_to_the_end(qtbot, view.table)
    titles = [r.title for r in view.model.rows()]
    assert titles == [f"事项 {i:03d}" for i in range(250)]


def test_complaints_page_and_a_deep_one_can_be_selected(qtbot, window, store, territory):
    now = datetime.now(UTC)
    ids = [capture_complaint(store, dict(
        customer_id=territory.pharmacy, kind="price", severity="low", channel="phone",
        description=f"价格 {i}", received_at=now - timedelta(days=300 - i),
        committed_deadline=now - timedelta(days=290 - i))) for i in range(230)]
    with store.write() as w:
        for complaint_id in ids[:-1]:
            w.update(Complaint, complaint_id, status="closed")
    view = window.show_view("complaints")
    view.refresh()
    assert view.summary_label.text() == "1 open · 1 near or past their deadline"
    assert view.model.rowCount() == 200
    view.select_complaint(ids[-2])  # closed, and the last of the list
    assert view.current().id == ids[-2]
    assert view.model.total == 230
