"""Follow-ups on their own: created for a customer (in its territory, for the signed-in rep),
edited, moved to another date (its reminder comes on the new date), cancelled (kept, never
reminding again, final), in Beijing time on a machine that runs in UTC."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from domainhelpers import BEIJING, REP, T_WUHAN, beijing

from desktop.domain import follow_ups, workflows
from desktop.domain.follow_up_edits import (
    FollowUpDraft,
    FollowUpRefused,
    cancel_follow_up,
    load_draft,
    move_follow_up,
    save_follow_up,
)
from desktop.domain.identity import USER_STATE_KEY
from desktop.models import FollowUp

TODAY = date(2026, 3, 19)
HOUR = 9


@pytest.fixture
def signed_in(store):
    import json

    store.set_state(USER_STATE_KEY, json.dumps({"id": REP, "role": "rep", "username": "liming"}))


def _reminders(store, now):
    return [row.title for row, _key in follow_ups.due_reminders(store, now, HOUR, BEIJING)]


def test_a_follow_up_created_on_its_own_belongs_to_the_customer_and_the_rep(store, field,
                                                                            signed_in, outbox):
    fid = save_follow_up(store, FollowUpDraft(field.chen, " 送会议资料 ", TODAY, "带两份"))
    row = store.get(FollowUp, fid)
    assert (row.title, row.due_date, row.notes, row.status) == ("送会议资料", TODAY, "带两份",
                                                               "open")
    assert (row.territory_id, row.assigned_user_id, row.visit_id) == (T_WUHAN, REP, None)
    assert [e.op for e in outbox(fid)] == ["create"]  # synced like every follow-up
    assert _reminders(store, beijing(TODAY, 9)) == ["送会议资料"]


def test_a_draft_without_title_or_date_names_both_fields(field):
    errors = FollowUpDraft(field.chen, "  ", None).errors()
    assert {e.field for e in errors} == {"title", "due_date"}


def test_edit_keeps_the_row_and_a_reminder_time_of_its_own_replaces_the_usual_hour(
        store, field, signed_in):
    fid = save_follow_up(store, FollowUpDraft(field.chen, "送会议资料", TODAY))
    draft = load_draft(store, fid)
    draft.title, draft.remind_at = "送会议资料和样品", beijing(TODAY, 14, 30)
    assert save_follow_up(store, draft) == fid
    assert _reminders(store, beijing(TODAY, 14, 29)) == []
    assert _reminders(store, beijing(TODAY, 14, 30)) == ["送会议资料和样品"]


def test_moving_to_another_date_reminds_on_the_new_date_not_the_old_one(store, field,
                                                                       signed_in):
    fid = save_follow_up(store, FollowUpDraft(field.chen, "回访", TODAY,
                                              remind_at=beijing(TODAY, 8)))
    store.update(FollowUp, fid, snoozed_until=beijing(TODAY, 10))
    later = TODAY + timedelta(days=3)
    move_follow_up(store, fid, later)
    row = store.get(FollowUp, fid)
    assert (row.due_date, row.remind_at, row.snoozed_until) == (later, None, None)
    assert _reminders(store, beijing(TODAY, 23, 59)) == []
    assert _reminders(store, beijing(later, 8, 59)) == []
    assert _reminders(store, beijing(later, 9)) == ["回访"]


def test_a_cancelled_follow_up_never_reminds_shows_as_cancelled_and_is_final(store, field,
                                                                            signed_in, outbox):
    fid = save_follow_up(store, FollowUpDraft(field.chen, "核对库存", TODAY - timedelta(days=1)))
    cancel_follow_up(store, fid)
    assert _reminders(store, beijing(TODAY + timedelta(days=30), 12)) == []
    assert follow_ups.follow_up_rows(store) == []
    shown = follow_ups.follow_up_rows(store, include_done=True)
    assert [(r.title, r.status, r.is_overdue(TODAY)) for r in shown] == \
        [("核对库存", "cancelled", False)]
    with store.read() as s:
        assert follow_ups.follow_ups_due(s, TODAY) == []  # nor on Today
    with pytest.raises(FollowUpRefused):
        move_follow_up(store, fid, TODAY + timedelta(days=2))
    draft = load_draft(store, fid)
    draft.title = "改回来"
    with pytest.raises(FollowUpRefused):
        save_follow_up(store, draft)
    assert store.get(FollowUp, fid).title == "核对库存"
    assert outbox(fid)[-1].op == "update"


@pytest.mark.parametrize(("old", "new", "legal"), [
    ("open", "done", True), ("open", "cancelled", True), ("done", "open", True),
    ("done", "cancelled", False), ("cancelled", "open", False), ("cancelled", "done", False),
])
def test_the_status_moves_the_server_enforces_too(old, new, legal):
    error = workflows.follow_up_change_error({"status": old, "title": "x"},
                                             {"status": new, "title": "x"})
    assert (error is None) == legal


def test_a_cancelled_follow_up_may_still_be_deleted_or_touched_only_by_bookkeeping():
    old = {"status": "cancelled", "title": "x", "revision": 3}
    assert workflows.follow_up_change_error(old, {**old, "revision": 4}) is None
    assert workflows.follow_up_change_error(old, {**old, "title": "y"}) is not None
