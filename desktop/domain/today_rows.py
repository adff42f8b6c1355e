"""The rows Today shows, as plain values. They live apart from the modules that read them
(`desktop.domain.today` through the ORM, `desktop.domain.today_sql` with plain SQL at start),
so the start can show them before the database layer has loaded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain.cadence_rules import CadenceStatus
from desktop.domain.complaint_rules import PvClock
from desktop.domain.name_rules import name_beside

OVERDUE_SHOWN = 200  # Today lists this many of the customers overdue for a call, most urgent


@dataclass(frozen=True)
class TodaysCall:
    """A call planned for today, with its organisation and the report made for it."""

    plan_item_id: str
    plan_id: str
    plan_status: str
    customer_id: str
    customer_name: str
    customer_kind: str
    organisation_name: str
    tier: str | None
    time_slot: str | None
    objective: str | None
    product_ids: tuple[str, ...]
    position: int
    visit_id: str | None  # the call report made for this item (draft or submitted)
    visit_status: str | None

    @property
    def done(self) -> bool:
        return self.visit_id is not None

    @property
    def name_beside_organisation(self) -> str:
        """The customer's name where the organisation is shown beside it (a department
        without its hospital, which the organisation column names)."""
        return name_beside(self.customer_name, self.organisation_name)


@dataclass(frozen=True)
class OverdueCustomer:
    status: CadenceStatus
    customer_name: str

    @property
    def customer_id(self) -> str:
        return self.status.customer_id


@dataclass(frozen=True)
class DayProgress:
    """What Today's heading counts: planned calls of the day and how many have a report."""

    logged: int
    planned: int
    team: bool = False  # a manager's team's calls: the manager has none of their own today


@dataclass(frozen=True)
class FollowUpDue:
    follow_up_id: str
    customer_id: str
    customer_name: str
    title: str
    due_date: date
    days_overdue: int  # 0 when due today

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


@dataclass(frozen=True)
class ComplaintDeadline:
    complaint_id: str
    customer_id: str
    customer_name: str
    kind: str
    status: str
    committed_deadline: datetime
    state: str  # "overdue" or "near"
    # suspected adverse reactions only: the pharmacovigilance desk's receipt clock (Day 0 +
    # 24 h, stopped at receipt) and stage, as the PV desk shows them
    pv: PvClock | None
