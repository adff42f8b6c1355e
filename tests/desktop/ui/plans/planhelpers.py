"""Dates and the small region shared by the plan screen tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

MONDAY = date(2026, 11, 2)
TODAY = MONDAY + timedelta(days=3)  # Thursday


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@dataclass
class PlanWorld:
    hospital: str
    a1: str
    a2: str
    b1: str
    c1: str
    rep: object  # Identity
    manager: object
    other_rep: object
