"""The reminders a market activity wrote follow it: 李明 (the rep) cancels the cardiology
meeting 周主任 approved in Chinese, and its "邀请参加…" and "评估…" leave his Today, his
manager's and the doctors' pages, whatever language his own screen is in; a doctor who
declines or is taken off the list leaves his list too; the meeting moved by two weeks or
renamed takes its reminders along; held, its invitations close; evaluated, "评估…" is done.
Each reminder names the meeting that wrote it, so another meeting of the same title keeps
its own, and a follow-up the rep wrote himself is never touched, even one of the same title;
reminders written before that link (an older version's) are still found by their titles."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from domainhelpers import MANAGER, REP, T_WUHAN, beijing
from sqlalchemy import event
from sqlmodel import select

from desktop.domain import (
    activities,
    activity_day,
    activity_evaluation,
    follow_ups,
    local_time,
)
from desktop.models import Customer, FollowUp, MarketActivityInvitee

DAY = date(2026, 12, 15)
APPROVED = beijing(date(2026, 12, 1), 9)
CHINESE = {"Invite to {title}": "邀请参加{title}", "Evaluate {title}": "评估{title}",
           "Invite {segment} to {title}": "邀请{segment}参加{title}"}.get


def _meeting(store, field, title="心血管学术会", starts_on=DAY, invited=("zhang_wh", "liu")):
    activity_id = activities.create_activity(
        store, {"kind": "academic_meeting", "title": title, "place": "武汉洲际酒店",
                "starts_on": starts_on, "owner_user_id": REP, "territory_id": T_WUHAN,
                "evaluation_months": 4},
        [field.amlodipine], [{"category": "venue", "budget_amount": 8000}])
    activities.invite(store, activity_id, [getattr(field, key) for key in invited])
    return activity_id


def _approve(store, activity_id, at=APPROVED):
    activities.act(store, activity_id, "submit", REP, None, at)
    activities.act(store, activity_id, "approve", MANAGER, "同意", at, translate=CHINESE)


@pytest.fixture
def meeting(store, field):
    activity_id = _meeting(store, field)
    _approve(store, activity_id)
    return activity_id


def today_of(store, user_id, day):
    """What the user's Today lists under follow-ups on `day`: (title, customer)."""
    with store.read() as s:
        return sorted((f.title, f.customer_name) for f in follow_ups.follow_ups_due(
            s, day, assigned_user_id=user_id, now=beijing(day, 9)))


def page_of(store, customer_id):
    """The open follow-ups on the customer's page."""
    return sorted(r.title for r in follow_ups.follow_up_rows(store, customer_id=customer_id))


def _invitee(store, activity_id, customer_id):
    with store.read() as s:
        return s.exec(select(MarketActivityInvitee).where(
            MarketActivityInvitee.activity_id == activity_id,
            MarketActivityInvitee.customer_id == customer_id)).one()


def test_cancelling_takes_its_reminders_off_every_list_and_they_sync(store, field, meeting,
                                                                      outbox):
    store.create(FollowUp, customer_id=field.zhang_wh, title="送心血管学术会资料",
                 due_date=DAY - timedelta(days=7), assigned_user_id=REP, territory_id=T_WUHAN)
    invite_day, evaluation_day = DAY - timedelta(days=7), date(2027, 4, 30)
    assert today_of(store, REP, invite_day) == [
        ("送心血管学术会资料", "张伟"), ("邀请参加心血管学术会", "刘芳"),
        ("邀请参加心血管学术会", "张伟")]
    assert today_of(store, MANAGER, evaluation_day) == [
        ("评估心血管学术会", "华中科技大学同济医学院附属协和医院（西院）")]

    # 李明's screen is in English; the titles were written in 周主任's Chinese.
    activities.act(store, meeting, "cancel", REP, "会场取消", beijing(date(2026, 12, 2), 10),
                   translate=lambda text: text, languages=[CHINESE])

    assert today_of(store, REP, invite_day) == [("送心血管学术会资料", "张伟")]
    assert today_of(store, MANAGER, evaluation_day) == []
    assert page_of(store, field.zhang_wh) == ["送心血管学术会资料"]
    assert page_of(store, field.liu) == []
    assert page_of(store, field.xiehe_west) == []
    with store.read() as s:
        closed = s.exec(select(FollowUp).where(FollowUp.status == "cancelled")).all()
    assert len(closed) == 3
    for follow_up in closed:  # each change waits in the outbox like a change made by hand
        assert [e.changes for e in outbox(follow_up.id)][-1] == {"status": "cancelled"}


def test_a_cancel_in_english_only_still_finds_english_titles(store, field):
    """Reminders approved on an English screen close with no languages given."""
    activity_id = _meeting(store, field)
    activities.act(store, activity_id, "submit", REP, None, APPROVED)
    activities.act(store, activity_id, "approve", MANAGER, None, APPROVED)
    assert page_of(store, field.zhang_wh) == ["Invite to 心血管学术会"]
    activities.act(store, activity_id, "cancel", REP, None, APPROVED)
    assert page_of(store, field.zhang_wh) == []
    assert today_of(store, MANAGER, date(2027, 4, 30)) == []


def test_another_meeting_of_the_same_title_keeps_the_reminders_it_needs(store, field):
    """Monthly department meetings share a title; each approved one writes its own
    reminders, so cancelling December's leaves 张伟's from January, and none for 刘芳, whom
    only February's draft invites (its approval will write its own)."""
    december = _meeting(store, field, "心内科科室会", DAY, ("zhang_wh", "liu"))
    january = _meeting(store, field, "心内科科室会", date(2027, 1, 12), ("zhang_wh",))
    _meeting(store, field, "心内科科室会", date(2027, 2, 9), ("liu",))
    _approve(store, december)
    _approve(store, january)
    activities.act(store, december, "cancel", REP, None, APPROVED, languages=[CHINESE])
    assert page_of(store, field.zhang_wh) == ["邀请参加心内科科室会"]
    assert page_of(store, field.liu) == []


def test_a_doctor_who_declines_or_is_taken_off_the_list_needs_no_invitation(store, field,
                                                                            meeting):
    activities.invite(store, meeting, [field.chen], translate=CHINESE)  # after the approval
    assert page_of(store, field.chen) == ["邀请参加心血管学术会"]
    activity_day.set_invitee_status(store, _invitee(store, meeting, field.liu).id, "declined",
                                    languages=[CHINESE])
    activities.uninvite(store, _invitee(store, meeting, field.chen).id, languages=[CHINESE])
    assert today_of(store, REP, DAY - timedelta(days=7)) == [("邀请参加心血管学术会", "张伟")]
    assert page_of(store, field.liu) == page_of(store, field.chen) == []
    activity_day.set_invitee_status(store, _invitee(store, meeting, field.zhang_wh).id,
                                    "confirmed", languages=[CHINESE])
    assert page_of(store, field.zhang_wh) == ["邀请参加心血管学术会"]  # the letter still goes


def test_moved_and_renamed_the_reminders_follow_and_approval_writes_none_twice(
        store, field, meeting):
    with store.read() as s:
        zhang = s.exec(select(FollowUp).where(FollowUp.customer_id == field.zhang_wh)).one()
    follow_ups.snooze(store, zhang.id, beijing(date(2026, 12, 9), 15))
    later = DAY + timedelta(days=14)  # 29 December: the hotel moved it
    with local_time.fixed(now=beijing(date(2026, 12, 2), 10)):
        activities.update_activity(store, meeting, {"starts_on": later,
                                                    "title": "心血管学术年会"},
                                   beijing(date(2026, 12, 2), 10), languages=[CHINESE])
    assert today_of(store, REP, later - timedelta(days=7)) == [
        ("邀请参加心血管学术年会", "刘芳"), ("邀请参加心血管学术年会", "张伟")]
    assert today_of(store, REP, DAY - timedelta(days=7)) == []  # nothing left on the old date
    assert store.get(FollowUp, zhang.id).snoozed_until is None
    assert today_of(store, MANAGER, date(2027, 4, 30)) == [
        ("评估心血管学术年会", "华中科技大学同济医学院附属协和医院（西院）")]  # same month
    _approve(store, meeting, beijing(date(2026, 12, 3), 9))
    with store.read() as s:
        titles = sorted(f.title for f in s.exec(select(FollowUp)))
    assert titles == ["评估心血管学术年会", "邀请参加心血管学术年会", "邀请参加心血管学术年会"]


def test_held_its_invitations_close_and_evaluated_the_evaluation_is_done(store, field,
                                                                        meeting):
    activity_day.check_in(store, _invitee(store, meeting, field.zhang_wh).id, beijing(DAY, 14))
    activities.act(store, meeting, "hold", REP, None, beijing(DAY, 18), languages=[CHINESE])
    assert today_of(store, REP, DAY + timedelta(days=1)) == []  # no overdue invitations
    assert today_of(store, MANAGER, date(2027, 4, 30)) == [
        ("评估心血管学术会", "华中科技大学同济医学院附属协和医院（西院）")]
    with store.read() as s:
        evaluation = activity_evaluation.evaluate(s, meeting, today=date(2027, 4, 30))
    activity_evaluation.record_verdict(store, meeting, evaluation, None, MANAGER,
                                       beijing(date(2027, 4, 30), 10), languages=[CHINESE])
    assert today_of(store, MANAGER, date(2027, 4, 30)) == []
    with store.read() as s:
        [done] = s.exec(select(FollowUp).where(FollowUp.title == "评估心血管学术会")).all()
    assert (done.status, done.done_at is not None) == ("done", True)


def _reminders_of(store, activity_id):
    with store.read() as s:
        return sorted(f.title for f in s.exec(select(FollowUp).where(
            FollowUp.market_activity_id == activity_id)))


def test_each_reminder_names_its_meeting_and_a_hand_written_one_is_left_alone(
        store, field, meeting):
    activities.invite(store, meeting, [field.chen], translate=CHINESE)  # after the approval
    assert _reminders_of(store, meeting) == [
        "评估心血管学术会", "邀请参加心血管学术会", "邀请参加心血管学术会", "邀请参加心血管学术会"]
    # 李明 writes himself a reminder with the same words for 张伟, and one for 刘芳
    mine = [store.create(FollowUp, customer_id=customer, title="邀请参加心血管学术会",
                         due_date=DAY, assigned_user_id=REP, territory_id=T_WUHAN).id
            for customer in (field.zhang_wh, field.liu)]
    activities.act(store, meeting, "cancel", REP, None, beijing(date(2026, 12, 2), 10),
                   languages=[CHINESE])
    assert page_of(store, field.zhang_wh) == page_of(store, field.liu) == ["邀请参加心血管学术会"]
    assert [store.get(FollowUp, f).status for f in mine] == ["open", "open"]
    assert page_of(store, field.chen) == page_of(store, field.xiehe_west) == []


def test_reminders_written_before_the_link_still_follow_their_meeting(store, field, meeting):
    """An older version wrote no link: its reminders are found by their titles, and a
    follow-up written by hand after the meeting's reminders still is not."""
    with store.write() as w:  # as pulled from an older laptop
        for follow_up in w.session.exec(select(FollowUp)).all():
            w.update(FollowUp, follow_up.id, {"market_activity_id": None})
    activities.invite(store, meeting, [field.chen], translate=CHINESE)  # a newer laptop
    mine = store.create(FollowUp, customer_id=field.zhang_wh, title="邀请参加心血管学术会",
                        due_date=DAY, assigned_user_id=REP, territory_id=T_WUHAN).id
    activities.act(store, meeting, "cancel", REP, None, beijing(date(2026, 12, 2), 10),
                   languages=[CHINESE])
    assert page_of(store, field.liu) == page_of(store, field.chen) == []
    assert page_of(store, field.xiehe_west) == []
    assert page_of(store, field.zhang_wh) == ["邀请参加心血管学术会"]
    assert store.get(FollowUp, mine).status == "open"


def _approval_statements(store, field, invited: int, segment: str | None) -> list[str]:
    """The SQL a manager's approval runs for a meeting of `invited` doctors of 协和（西院）."""
    with store.write() as w:
        doctors = [w.create(Customer, kind="doctor", name=f"医生{n:02d}", territory_id=T_WUHAN,
                            organisation_id=field.xiehe_west, department_id=field.cardio,
                            mobile=None if n % 3 else f"139071{n:05d}").id
                   for n in range(invited)]
    activity_id = activities.create_activity(
        store, {"kind": "academic_meeting", "title": f"心血管学术会（{invited}人）",
                "starts_on": DAY, "owner_user_id": REP, "territory_id": T_WUHAN,
                "segment": segment, "evaluation_months": 4},
        [field.amlodipine], [{"category": "venue", "budget_amount": 8000}])
    activities.invite(store, activity_id, doctors)
    activities.act(store, activity_id, "submit", REP, None, APPROVED)
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args):
        statements.append(statement.split()[0].upper())

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        activities.act(store, activity_id, "approve", MANAGER, "同意", APPROVED,
                       translate=CHINESE)
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    return statements


@pytest.mark.parametrize("segment", [None, "心内科医生"])
def test_approving_a_big_meeting_reads_as_much_as_a_small_one(store, field, segment):
    """Approving a meeting of 30 doctors reads the store as often as one of 3 (the reminders
    of the invitees and their hospital are read at once, not doctor by doctor); a meeting
    for a segment writes its one reminder whatever the size, so it runs no more SQL at all."""
    small = _approval_statements(store, field, 3, segment)
    big = _approval_statements(store, field, 30, segment)
    assert big.count("SELECT") == small.count("SELECT")
    if segment:
        assert len(big) == len(small)
    else:  # one "邀请参加…" per doctor still waiting
        assert big.count("INSERT") > small.count("INSERT")
    with store.read() as s:
        assert len(s.exec(select(FollowUp).where(
            FollowUp.title == "邀请参加心血管学术会（30人）")).all()) == (0 if segment else 30)
