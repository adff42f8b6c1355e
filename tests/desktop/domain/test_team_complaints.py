"""The team view's complaints: overdue counted from this moment on the rep's clock, one
definition of an open complaint, and answers given after the committed deadline flagged."""

from datetime import date, datetime, timedelta

from domainhelpers import BEIJING, REGION, REP

from desktop.domain import local_time
from desktop.domain.complaints import complaint_counts, complaint_page
from desktop.domain.team import team_summary
from desktop.models import Complaint


def beijing(day: int, hour: int, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=BEIJING)


def adr(w, field, day0, **extra):
    values = dict(customer_id=field.zhang_wh, territory_id=field.people.rep.territory_ids[0],
                  kind="adverse_reaction", severity="high", channel="visit",
                  description="皮疹", received_at=day0, day0_at=day0,
                  committed_deadline=day0 + timedelta(hours=24), patient_identifier="P-01",
                  reporter_name="张伟", event_description="服药后皮疹", product_id=field.amlodipine)
    return w.create(Complaint, **{**values, **extra})


def rep_row(store, now):
    with store.read() as s, local_time.fixed(now=now):
        rows = team_summary(s, REGION, date(2026, 11, 30), local_time.today())
    return next(r for r in rows if r.rep_user_id == REP)


def test_adverse_reaction_seven_hours_late_is_overdue_on_a_beijing_morning(store, field):
    with store.write() as w:
        adr(w, field, beijing(1, 1))  # Day 0 at 01:00 Beijing; due 01:00 the next day
    row = rep_row(store, beijing(2, 8))  # 08:00 Beijing, still 1 December in UTC
    assert (row.open_complaints, row.complaints_overdue) == (1, 1)
    assert rep_row(store, beijing(2, 0, )).complaints_overdue == 0  # one hour before


def test_resolved_but_not_reported_to_the_customer_is_still_open(store, field):
    with store.write() as w:
        adr(w, field, beijing(1, 1), status="resolved", pv_reported_at=beijing(1, 3))
    row = rep_row(store, beijing(1, 9))
    assert row.open_complaints == 1
    assert complaint_counts(store, beijing(1, 9)).open == 1
    assert complaint_page(store)[0].is_open


def test_answer_after_the_committed_deadline_is_flagged_late(store, field):
    with store.write() as w:
        late = adr(w, field, beijing(1, 1), status="reported_to_customer",
                   pv_reported_at=beijing(1, 3), reported_to_customer_at=beijing(2, 9))
        adr(w, field, beijing(1, 2), status="reported_to_customer",
            pv_reported_at=beijing(1, 3), reported_to_customer_at=beijing(1, 20))
    row = rep_row(store, beijing(3, 9))
    assert (row.open_complaints, row.complaints_overdue, row.complaints_answered_late) == (0, 0, 1)
    states = {r.id: r.deadline_state(beijing(3, 9)) for r in complaint_page(store)}
    assert states[late.id] == "late" and sorted(map(str, states.values())) == ["None", "late"]
