"""The periods a scorecard is computed over: weeks (Monday to Sunday) or calendar months,
and the month before a month (for the change of the prescription share)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

PERIOD_KINDS = ("week", "month")


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # exclusive

    @property
    def label(self) -> str:
        return self.start.isoformat()

    @property
    def months(self) -> set[str]:
        return {f"{self.start:%Y-%m}"} if self.is_month else set()

    @property
    def is_month(self) -> bool:
        return self.start.day == 1 and self.end == next_month(self.start)

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)

    @property
    def days(self) -> int:
        return (self.end - self.start).days


def next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def periods(kind: str, start: date, end: date) -> list[Period]:
    """Weeks (Monday to Sunday) or calendar months covering start…end (inclusive)."""
    if kind == "week":
        first = start - timedelta(days=start.weekday())
        return [Period(first + timedelta(weeks=i), first + timedelta(weeks=i + 1))
                for i in range((end - first).days // 7 + 1)]
    if kind != "month":
        raise ValueError(f"unknown period {kind!r}: use week or month")
    out, day = [], start.replace(day=1)
    while day <= end:
        out.append(Period(day, next_month(day)))
        day = next_month(day)
    return out


def month_before(period: Period) -> set[str]:
    before = period.start - timedelta(days=1)
    return {f"{before:%Y-%m}"}
