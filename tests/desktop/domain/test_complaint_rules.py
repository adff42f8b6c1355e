"""Committed response deadlines and the pharmacovigilance receipt clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.domain.complaint_rules import (
    add_working_days,
    deadline_state,
    default_deadline,
    pv_clock,
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


def test_pv_clock_counts_to_receipt_then_stops_and_names_the_stage():
    day0 = WED
    waiting = pv_clock(day0, day0 + timedelta(hours=20, minutes=30))
    assert waiting.stage == "awaiting_receipt" and not waiting.receipt.late
    assert waiting.next_escalation_at == day0 + timedelta(hours=24)  # 12 h passed already
    late = pv_clock(day0, day0 + timedelta(hours=26))
    assert late.receipt.late and late.receipt.overdue_by == timedelta(hours=2)
    received = pv_clock(day0, day0 + timedelta(days=3), day0 + timedelta(hours=5))
    assert received.stage == "received" and not received.receipt.late
    assert received.elapsed == timedelta(hours=5)  # stopped at receipt
    reported = pv_clock(day0, day0 + timedelta(days=3), day0 + timedelta(hours=30),
                        day0 + timedelta(hours=40))
    assert reported.stage == "reported" and reported.receipt.late


def test_deadline_state_only_for_complaints_still_owed_an_answer():
    deadline = WED + timedelta(hours=10)
    assert deadline_state(deadline, "in_progress", WED) == "near"
    assert deadline_state(deadline, "in_progress", WED - timedelta(days=2)) is None
    assert deadline_state(deadline, "assigned", deadline) == "overdue"
    assert deadline_state(deadline, "reported_to_customer", deadline + timedelta(days=1)) is None
    assert deadline_state(deadline, "closed", deadline + timedelta(days=1)) is None
