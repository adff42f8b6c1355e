"""Call plans, their items, and every approval decision."""

from datetime import date, datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field

from desktop.models.base import SyncedBase, synced


@synced
class CallPlan(SyncedBase, table=True):
    """A rep's plan for a week (or a cycle of `cycle_weeks` weeks) starting on `week_start`.

    Status moves draft → submitted → approved | returned; a returned or changed approved plan
    goes back to draft with `plan_revision` + 1 and must be submitted again.
    """

    __tablename__ = "call_plan"
    rep_user_id: str = Field(max_length=36, index=True)
    week_start: date = Field(index=True)
    cycle_weeks: int = 1
    status: str = Field(default="draft", max_length=12)
    plan_revision: int = 1
    submitted_at: datetime | None = None
    decided_at: datetime | None = None
    decided_by_user_id: str | None = Field(default=None, max_length=36)
    manager_comment: str | None = None


@synced
class PlanItem(SyncedBase, table=True):
    """One planned call: customer, day, optional slot, objective, products to detail.

    `day` and `time_slot` ("08:30-10:00") are the rep's local calendar day and wall-clock
    times by definition, never converted between zones: a slot means 08:30 wherever the rep
    works. Moments (a visit's `started_at`, decisions' `at`) are aware UTC instead.
    """

    __tablename__ = "plan_item"
    plan_id: str = Field(max_length=36, index=True)
    customer_id: str = Field(max_length=36, index=True)
    day: date
    time_slot: str | None = Field(default=None, max_length=20)
    objective: str | None = None
    product_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    suggestion_reason: str | None = None
    position: int = 0


@synced
class PlanDecision(SyncedBase, table=True):
    """History of a plan: who did what (submit, approve, return…), when, with what comment."""

    __tablename__ = "plan_decision"
    plan_id: str = Field(max_length=36, index=True)
    action: str = Field(max_length=12)
    actor_user_id: str | None = Field(default=None, max_length=36)
    at: datetime
    comment: str | None = None
    plan_revision: int = 1
