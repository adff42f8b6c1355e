"""Committed response deadlines and the 24-hour adverse-reaction clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.domain.complaint_rules import (
    add_working_days,
    adr_clock,
    deadline_state,
    default_deadline,
)

WED = datetime(2026, 3, 18, 2, 0, tzinfo=UTC)  # Wednesday 10:00 in Beijing
FRI = datetime(2026, 3, 20, 2, 0, tzinfo=UTC)
SAT = datetime(2026, 3, 21, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize("kind,received,expected", [
    ("quality", WED, datetime(2026, 3, 23, 2, 0, tzinfo=UTC)),   # Wed + 3 working days = Mon
    ("delivery", WED, datetime(2026, 3, 20, 2, 0, tzinfo=UTC)),  # Fri
    ("service", WED, datetime(2026, 3, 25, 2, 0, tzinfo=UTC)),   # next Wed
    ("price", FRI, datetime(2026, 3, 27, 2, 0, tzinfo=UTC)),
    ("other", FRI, datetime(2026, 3, 27, 2, 0, tzinfo=UTC)),
    ("delivery", SAT, datetime(2026, 3, 25, 2, 0, tzinfo=UTC)),  # weekend: count from Monday
])
def test_default_deadlines_by_kind_in_working_days(kind, received, expected):
    assert default_deadline(kind, received) == expected


def test_adverse_reaction_deadline_is_24_hours_from_day0_even_over_a_weekend():
    day0 = FRI - timedelta(hours=5)
    assert default_deadline("adverse_reaction", FRI, day0) == day0 + timedelta(hours=24)
    assert default_deadline("adverse_reaction", FRI) == FRI + timedelta(hours=24)


def test_add_working_days_skips_weekends():
    assert add_working_days(FRI, 1) == datetime(2026, 3, 23, 2, 0, tzinfo=UTC)
    assert add_working_days(WED, 0) == WED


def test_adr_clock_counts_down_then_goes_overdue_then_stops_when_reported():
    day0 = WED
    clock = adr_clock(day0, day0 + timedelta(hours=20, minutes=30))
    assert clock.remaining == timedelta(hours=3, minutes=30) and not clock.overdue
    assert clock.message()[1] == {"hours": 3, "minutes": 30}
    late = adr_clock(day0, day0 + timedelta(hours=26))
    assert late.overdue and late.remaining == -timedelta(hours=2)
    assert "overdue" in late.message()[0] and late.message()[1] == {"hours": 2, "minutes": 0}
    reported = adr_clock(day0, day0 + timedelta(days=3), day0 + timedelta(hours=5))
    assert reported.reported and not reported.overdue
    assert reported.remaining == timedelta(hours=19)
    reported_late = adr_clock(day0, day0 + timedelta(days=3), day0 + timedelta(hours=30))
    assert reported_late.reported and reported_late.overdue


def test_deadline_state_only_for_complaints_still_owed_an_answer():
    deadline = WED + timedelta(hours=10)
    assert deadline_state(deadline, "in_progress", WED) == "near"
    assert deadline_state(deadline, "in_progress", WED - timedelta(days=2)) is None
    assert deadline_state(deadline, "assigned", deadline) == "overdue"
    assert deadline_state(deadline, "reported_to_customer", deadline + timedelta(days=1)) is None
    assert deadline_state(deadline, "closed", deadline + timedelta(days=1)) is None
