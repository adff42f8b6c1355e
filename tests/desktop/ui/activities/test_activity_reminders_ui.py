"""The reminders of a market activity on the screens that list follow-ups: 周主任 approves
李明's cardiology department meeting on a Chinese screen, and "邀请参加心内科科室会" (张伟)
shows on 李明's Today and in the follow-up list; 李明, his screen now in English, cancels
the meeting, and both lists drop it at once (the customer's page keeps it, as cancelled)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from test_activity_writes import opened, region_view, rep_view

from desktop.domain import local_time
from desktop.ui.customers.detail_rows import read_detail
from desktop.ui.follow_ups.view import FollowUpsView
from desktop.ui.today.view import TodayView

INVITE_DAY = date(2026, 11, 12)  # a week before the meeting of 19 November


def _titles(model):
    return [(f.title, f.customer_name) for f in model.rows()]


def test_a_cancelled_meeting_leaves_today_and_the_follow_up_list(qtbot, context, store, world,
                                                                 languages):
    languages.switch("zh_CN")
    with local_time.fixed(now=datetime(2026, 11, 5, 1, tzinfo=UTC)):
        rep = opened(qtbot, rep_view(qtbot, context, world.rep), world.draft)
        rep.action_buttons["submit"].click()
        manager = opened(qtbot, region_view(qtbot, context, world.manager), world.draft)
        manager.action_buttons["approve"].click()
    today = TodayView(context, today_fn=lambda: INVITE_DAY)
    follow_up_list = FollowUpsView(context)
    for view in (today, follow_up_list):
        qtbot.addWidget(view)
    assert _titles(today.follow_up_model) == [("邀请参加心内科科室会", "张伟")]
    assert "邀请参加心内科科室会" in [f.title for f in follow_up_list.model.rows()]

    languages.switch("en")
    rep.action_buttons["cancel"].click()
    qtbot.waitUntil(lambda: _titles(today.follow_up_model) == [])
    qtbot.waitUntil(lambda: all(f.title != "邀请参加心内科科室会"
                                for f in follow_up_list.model.rows()))
    pane_rows, _total = read_detail(store, world.a1).follow_ups  # 张伟's page, done ones too
    assert [(f.title, f.status) for f in pane_rows] == [("邀请参加心内科科室会", "cancelled")]
