"""Market activities (市场活动): academic meetings, department meetings, salons, trade-fair
booths, promotions, advertising campaigns, patient education, white papers — planned,
approved by the regional manager, held with their invitees checked in, and evaluated from
the imported sales and prescriptions by the business documents' bands (../shared/domain.md,
"Market activities").

An activity belongs to the territory whose customers it invites (`territory_id`), so it
syncs to its rep and their manager like a call plan. Status moves draft → submitted →
approved | returned → held → evaluated, or cancelled; every move is a `MarketActivityEvent`.
Budget and actual costs are lines per category; products, invitees and costs are rows of
their own so that two people can change different ones offline without a conflict.
"""

from datetime import date, datetime

from sqlmodel import Field

from desktop.models.base import SyncedBase, synced


@synced
class MarketActivity(SyncedBase, table=True):
    __tablename__ = "market_activity"
    kind: str = Field(max_length=24, index=True)
    title: str = Field(max_length=200)
    place: str | None = Field(default=None, max_length=200)
    starts_on: date = Field(index=True)
    ends_on: date | None = None
    owner_user_id: str = Field(max_length=36, index=True)
    status: str = Field(default="draft", max_length=12, index=True)
    activity_revision: int = 1
    expected_attendance: int | None = None
    # How the invitees were chosen when they are a segment ("A-tier cardiologists").
    segment: str | None = Field(default=None, max_length=200)
    notes: str | None = None
    submitted_at: datetime | None = None
    decided_at: datetime | None = None
    decided_by_user_id: str | None = Field(default=None, max_length=36)
    manager_comment: str | None = None
    held_at: datetime | None = None
    # Evaluation: months compared after the activity against the same span before (3–6).
    evaluation_months: int = 3
    evaluation_due: date | None = None
    awareness_before: float | None = None  # survey percentages (advertising), 0–100
    awareness_after: float | None = None
    verdict: str | None = Field(default=None, max_length=16)
    verdict_reasons: str | None = None
    evaluation_comment: str | None = None
    evaluated_at: datetime | None = None
    evaluated_by_user_id: str | None = Field(default=None, max_length=36)


@synced
class MarketActivityProduct(SyncedBase, table=True):
    """A product the activity promotes: its sales are what the evaluation measures."""

    __tablename__ = "market_activity_product"
    activity_id: str = Field(max_length=36, index=True)
    product_id: str = Field(max_length=36, index=True)


@synced
class MarketActivityInvitee(SyncedBase, table=True):
    """A customer invited (or a walk-in added on the day) and whether they came."""

    __tablename__ = "market_activity_invitee"
    activity_id: str = Field(max_length=36, index=True)
    customer_id: str = Field(max_length=36, index=True)
    status: str = Field(default="invited", max_length=12)
    walk_in: bool = False
    checked_in_at: datetime | None = None
    note: str | None = None


@synced
class MarketActivityCost(SyncedBase, table=True):
    """One budget line (venue, speakers' fees, materials, travel, meals, advertising, other):
    the amount budgeted when planned and the amount actually spent once held, in CNY."""

    __tablename__ = "market_activity_cost"
    activity_id: str = Field(max_length=36, index=True)
    category: str = Field(max_length=16)
    budget_amount: float | None = None
    actual_amount: float | None = None
    note: str | None = None


@synced
class MarketActivityEvent(SyncedBase, table=True):
    """History of an activity: who submitted, approved, returned, held, evaluated or
    cancelled it, when, with what comment."""

    __tablename__ = "market_activity_event"
    activity_id: str = Field(max_length=36, index=True)
    action: str = Field(max_length=12)
    actor_user_id: str | None = Field(default=None, max_length=36)
    at: datetime
    comment: str | None = None
    activity_revision: int = 1


@synced
class ProductMargin(SyncedBase, table=True):
    """The net margin of a product (0–1 of a sale's amount), which turns an activity's added
    sales into profit. `territory_id` is None; `region_id` None is company-wide (set by an
    admin), else a region's own (set by its manager) and preferred there."""

    __tablename__ = "product_margin"
    product_id: str = Field(max_length=36, index=True)
    region_id: str | None = Field(default=None, max_length=36, index=True)
    margin_rate: float
