"""Complaint deadlines: the response the company commits to, and the adverse-reaction clock.

Pure functions of plain values (no database, no Qt; working days are counted on the rep's
calendar unless a zone is passed), used by the capture dialog to propose a committed
deadline, by the lists that warn about complaints nearing their deadline, and by the demo
generator.

Default committed response deadlines (the rep may commit an earlier one):

| kind              | deadline                              | why |
|-------------------|---------------------------------------|-----|
| adverse_reaction  | 24 hours after Day 0                  | pharmacovigilance must hear of a suspected ADR within one working day of the rep learning of it; a flat 24 hours is the stricter reading and needs no holiday calendar |
| quality           | 3 working days after receipt          | a batch/lot must be traced and retained samples checked before answering |
| delivery          | 2 working days                        | logistics problems (late, wrong, damaged goods) hurt supply now |
| service, price, other | 5 working days                    | need a manager's or the commercial team's answer, not an urgent one |

Working days skip Saturdays and Sundays and keep the clock time of receipt, both on the rep's
clock (a complaint taken at 07:30 on a Monday in Beijing is a Monday one, although it is
still Sunday in UTC). Public holidays
(春节, 国庆…) are not known to the client and are ignored: the deadline may fall on a holiday,
which errs on the early side.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from desktop.domain import local_time
from desktop.domain.lateness import Lateness, lateness
from desktop.models.enums import ComplaintKind, ComplaintStatus

ADR_ESCALATION = timedelta(hours=24)
#: Hours after Day 0 without PV receipt at which the region's manager is notified.
ESCALATION_STEPS = (12, 24)
#: PV receipt is due within this time of Day 0 (the industry's one working day, read strictly).
RECEIPT_DUE = timedelta(hours=24)

#: Working days committed per kind (adverse reactions use ADR_ESCALATION instead).
RESPONSE_WORKING_DAYS: dict[str, int] = {
    ComplaintKind.QUALITY: 3,
    ComplaintKind.DELIVERY: 2,
    ComplaintKind.SERVICE: 5,
    ComplaintKind.PRICE: 5,
    ComplaintKind.OTHER: 5,
}

#: A complaint is "nearing its deadline" within this window (and overdue after it).
NEAR_DEADLINE = timedelta(hours=24)

#: The one definition of an "open complaint", used by every list and count: the company
#: still owes the customer its answer (a complaint is answered when the result is reported to
#: the customer, `reported_to_customer_at`).
OPEN_STATUSES = frozenset({
    ComplaintStatus.CAPTURED, ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS,
    ComplaintStatus.RESOLVED,
})


def add_working_days(start: datetime, days: int, tz: tzinfo | None = None) -> datetime:
    """`start` (aware) moved on by `days` working days (Mon–Fri) of the rep's calendar (`tz`,
    default: the rep's zone), keeping the clock time; aware UTC. Receipt on a weekend counts
    from the next Monday."""
    wall = local_time.local(start, tz).replace(tzinfo=None)
    while wall.weekday() >= 5:  # received on a weekend: the clock starts on Monday
        wall += timedelta(days=1)
    remaining = days
    while remaining > 0:
        wall += timedelta(days=1)
        if wall.weekday() < 5:
            remaining -= 1
    return local_time.from_wall_clock(wall, tz)


def default_deadline(kind: str, received_at: datetime, day0_at: datetime | None = None,
                     tz: tzinfo | None = None) -> datetime:
    """The committed response deadline proposed for a new complaint of `kind` (aware UTC;
    working days on the calendar of `tz`, default: the rep's zone).

    For a suspected adverse reaction the clock runs from Day 0 (when the rep learned of it),
    falling back to the time of receipt.
    """
    if kind == ComplaintKind.ADVERSE_REACTION:
        return (day0_at or received_at) + ADR_ESCALATION
    return add_working_days(received_at, RESPONSE_WORKING_DAYS.get(kind, 5), tz)


def is_open(status: str) -> bool:
    """Whether the customer still waits for the company's answer."""
    return status in OPEN_STATUSES


def answered_late(committed_deadline: datetime, answered_at: datetime | None) -> bool:
    """Whether the answer reached the customer after the committed deadline."""
    answered = local_time.aware_utc(answered_at)
    return answered is not None and answered > local_time.aware_utc(committed_deadline)


def deadline_state(committed_deadline: datetime, status: str, now: datetime,
                   window: timedelta = NEAR_DEADLINE, answered_at: datetime | None = None
                   ) -> str | None:
    """`"overdue"` (open, deadline passed), `"near"` (open, within `window`), `"late"`
    (answered after the deadline) or None (not urgent, or answered on time): the one late
    rule of desktop/domain/lateness.py in the words of the complaint screens."""
    answered = not is_open(status)
    state = lateness(committed_deadline, now, done=answered,
                     done_at=answered_at if answered else None, soon=window)
    if answered:
        return "late" if state.late else None
    return "overdue" if state.late else "near" if state.due_soon else None


@dataclass(frozen=True)
class PvClock:
    """Where a case stands: received by the desk, reported to the authority, how long since
    Day 0, and whether receipt is late (the one late rule, desktop/domain/lateness.py)."""

    day0_at: datetime
    elapsed: timedelta  # since Day 0, up to receipt once received
    received: bool
    reported: bool
    receipt: Lateness  # receipt against Day 0 + RECEIPT_DUE
    next_escalation_at: datetime | None  # the next notice to the manager (None: no more)

    @property
    def stage(self) -> str:
        """"reported" / "received" / "awaiting_receipt"."""
        return "reported" if self.reported else "received" if self.received else \
            "awaiting_receipt"


def pv_clock(day0_at: datetime, now: datetime, received_at: datetime | None = None,
             reported_at: datetime | None = None) -> PvClock:
    """The clock of a case at `now` (pure: values in, value out)."""
    day0 = local_time.aware_utc(day0_at)
    received = local_time.aware_utc(received_at)
    receipt = lateness(day0 + RECEIPT_DUE, now, done_at=received)
    steps = [day0 + timedelta(hours=h) for h in ESCALATION_STEPS]
    upcoming = None if received else next((s for s in steps if s > now), None)
    return PvClock(day0, (received or now) - day0, received is not None,
                   reported_at is not None, receipt, upcoming)
