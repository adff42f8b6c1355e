"""The one "late" rule for every deadline: a complaint's committed response deadline, a
follow-up's due date, a suspected adverse reaction's pharmacovigilance clock.

A deadline is a moment (aware, or naive UTC from the store) or a calendar day. A day is the
user's: it ends at midnight at the end of that day in the user's time zone (a follow-up due
on 3 March is late from 00:00 on 4 March in Beijing, although UTC still has 3 March). Work
is late when it is done after its deadline, or, while not done, from the deadline on.
"Due soon" is the window before the deadline in which a screen warns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from desktop.domain import local_time

DUE_SOON = timedelta(hours=24)


@dataclass(frozen=True)
class Lateness:
    """Where a piece of work stands against its deadline."""

    deadline: datetime  # the moment it falls due, aware UTC
    late: bool  # done after the deadline, or not done and the deadline has passed
    due_soon: bool  # not done, not late, and within the warning window
    overdue_by: timedelta  # how late (zero unless late); frozen once done
    done: bool

    @property
    def state(self) -> str | None:
        """"late" / "due_soon" / None, for a screen's colour."""
        return "late" if self.late else "due_soon" if self.due_soon else None

    def overdue_text_params(self) -> dict:
        """{days, hours, minutes} of `overdue_by`, for a message."""
        days, rest = divmod(int(self.overdue_by.total_seconds()), 86400)
        return {"days": days, "hours": rest // 3600, "minutes": rest % 3600 // 60}


def deadline_moment(deadline: datetime | date, tz: tzinfo | None = None) -> datetime:
    """The moment a deadline falls due: a moment as it is (aware UTC), a day at the end of
    that day on the user's clock (`tz`, default: the user's zone)."""
    if isinstance(deadline, datetime):
        return local_time.aware_utc(deadline)
    return local_time.day_start(deadline + timedelta(days=1), tz)


def lateness(deadline: datetime | date, now: datetime | None = None, *,
             done_at: datetime | None = None, done: bool | None = None,
             tz: tzinfo | None = None, soon: timedelta = DUE_SOON) -> Lateness:
    """The late rule (see the module's docstring). `now` defaults to this moment; work is
    done when `done_at` is given or `done` is true (done without a time: never late)."""
    due = deadline_moment(deadline, tz)
    finished = local_time.aware_utc(done_at)
    is_done = bool(done) or finished is not None
    if is_done:
        over = (finished - due) if finished is not None else timedelta(0)
        return Lateness(due, over > timedelta(0), False, max(over, timedelta(0)), True)
    moment = local_time.aware_utc(now) if now is not None else local_time.now()
    over = moment - due
    late = over >= timedelta(0)  # at the deadline itself the work is due: late
    return Lateness(due, late, not late and -over <= soon, max(over, timedelta(0)), False)


def is_late(deadline: datetime | date, now: datetime | None = None, *,
            done_at: datetime | None = None, tz: tzinfo | None = None) -> bool:
    """Whether work with this deadline is late at `now` (see `lateness`)."""
    return lateness(deadline, now, done_at=done_at, tz=tz).late
