"""Dates, the seeded region's ids, and the mark of tests that need the activity writes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

TODAY = date(2026, 11, 5)


@dataclass
class ActivityWorld:
    hospital: str
    cardiology: str
    a1: str
    a2: str
    b1: str
    product: str
    product2: str
    draft: str  # rep1's draft, a department meeting in two weeks
    submitted: str  # rep1's, waiting for the manager
    held: str  # rep1's academic meeting held in September, with costs and attendance
    other: str  # rep2's approved salon
    rep: object
    manager: object
    other_rep: object
