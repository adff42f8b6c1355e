"""The one late rule: a moment is late from the moment itself, a day from midnight at its
end in the user's zone (Beijing on a machine in UTC), work done after its deadline stays
late, and "due soon" warns in the day before."""

from __future__ import annotations

from datetime import date, timedelta

from domainhelpers import BEIJING, beijing

from desktop.domain.lateness import is_late, lateness

DUE = beijing(date(2026, 3, 20), 17, 0)


def test_a_moment_is_late_from_the_moment_on():
    assert not is_late(DUE, DUE - timedelta(minutes=1))
    assert is_late(DUE, DUE)
    state = lateness(DUE, DUE + timedelta(days=1, hours=2, minutes=5))
    assert state.state == "late"
    assert state.overdue_text_params() == {"days": 1, "hours": 2, "minutes": 5}


def test_a_day_ends_at_midnight_in_the_users_zone():
    due = date(2026, 3, 20)
    # 23:59 on 20 March in Beijing is 15:59 UTC: not late; 00:00 on 21 March (16:00 UTC) is
    assert not is_late(due, beijing(date(2026, 3, 20), 23, 59), tz=BEIJING)
    assert is_late(due, beijing(date(2026, 3, 21), 0, 0), tz=BEIJING)
    # the default zone is the user's (Beijing in these tests), not the machine's UTC
    assert is_late(due, beijing(date(2026, 3, 21), 0, 0))


def test_done_work_is_judged_by_when_it_was_done():
    assert not is_late(DUE, DUE + timedelta(days=3), done_at=DUE - timedelta(hours=1))
    done_late = lateness(DUE, DUE - timedelta(days=3), done_at=DUE + timedelta(hours=2))
    assert done_late.late and done_late.done and done_late.overdue_by == timedelta(hours=2)
    assert not lateness(DUE, DUE + timedelta(days=3), done=True).late


def test_due_soon_in_the_day_before():
    assert lateness(DUE, DUE - timedelta(hours=23)).state == "due_soon"
    assert lateness(DUE, DUE - timedelta(hours=25)).state is None


def test_follow_ups_and_complaints_use_the_same_rule():
    from desktop.domain.complaints import ComplaintRow
    from desktop.domain.follow_ups import FollowUpRow

    follow_up = FollowUpRow("f", "c", "张伟", "送指南", date(2026, 3, 20), None, None, "open",
                            None, None)
    assert not follow_up.lateness(beijing(date(2026, 3, 20), 23, 59)).late
    assert follow_up.lateness(beijing(date(2026, 3, 21), 0, 0)).late
    done = FollowUpRow("f", "c", "张伟", "送指南", date(2026, 3, 20), None, None, "done", None,
                       None)
    assert not done.lateness(beijing(date(2026, 3, 25), 9, 0)).late
    complaint = ComplaintRow("k", "c", "张伟", "安立平", "quality", "high", "in_progress",
                             DUE - timedelta(days=3), DUE, None, None, "裂纹")
    assert complaint.lateness(DUE).late and complaint.deadline_state(DUE) == "overdue"
    assert complaint.lateness(DUE - timedelta(hours=2)).state == "due_soon"
    answered = ComplaintRow("k", "c", "张伟", "安立平", "quality", "high", "reported_to_customer",
                            DUE - timedelta(days=3), DUE, None, None, "裂纹",
                            reported_to_customer_at=DUE + timedelta(hours=1))
    assert answered.lateness(DUE + timedelta(days=9)).overdue_by == timedelta(hours=1)
    assert answered.deadline_state(DUE + timedelta(days=9)) == "late"
