"""Call reports (visits) with their attendees, products detailed and samples, and follow-ups."""

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field

from desktop.models.base import SyncedBase, synced


@synced
class Visit(SyncedBase, table=True):
    """A call report. Once `status` is submitted the server refuses edits; a correction is a
    new report whose `corrects_visit_id` names the one it corrects (audit trail kept)."""

    __tablename__ = "visit"
    # Covers the last-visit query (Today, cadence by tier, plan suggestions, team view): the
    # latest submitted call per customer is read from the index alone.
    __table_args__ = (Index("ix_visit_customer_started", "customer_id", "started_at", "status",
                            "deleted"),)
    customer_id: str = Field(max_length=36, index=True)
    rep_user_id: str | None = Field(default=None, max_length=36, index=True)
    visit_type: str = Field(default="face_to_face", max_length=24)
    started_at: datetime = Field(index=True)
    duration_minutes: int | None = None
    status: str = Field(default="draft", max_length=12)
    submitted_at: datetime | None = None
    key_messages: str | None = None
    feedback: str | None = None
    next_step: str | None = None
    follow_up_date: date | None = None
    plan_item_id: str | None = Field(default=None, max_length=36, index=True)
    corrects_visit_id: str | None = Field(default=None, max_length=36)
    # The market activity the call belongs to (a call made around a meeting), if any.
    market_activity_id: str | None = Field(default=None, max_length=36, index=True)


@synced
class VisitAttendee(SyncedBase, table=True):
    """A customer present at a visit beyond the main one (e.g. a department meeting)."""

    __tablename__ = "visit_attendee"
    visit_id: str = Field(max_length=36, index=True)
    customer_id: str = Field(max_length=36, index=True)
    role: str | None = Field(default=None, max_length=60)


@synced
class VisitProduct(SyncedBase, table=True):
    """A product detailed during a visit, with the key message delivered."""

    __tablename__ = "visit_product"
    visit_id: str = Field(max_length=36, index=True)
    product_id: str = Field(max_length=36, index=True)
    key_message: str | None = None
    position: int = 0


@synced
class VisitSample(SyncedBase, table=True):
    """Samples or materials handed out: product (or material name), quantity and lot."""

    __tablename__ = "visit_sample"
    visit_id: str = Field(max_length=36, index=True)
    product_id: str | None = Field(default=None, max_length=36)
    material: str | None = Field(default=None, max_length=120)
    quantity: int = 1
    lot: str | None = Field(default=None, max_length=40)


@synced
class FollowUp(SyncedBase, table=True):
    """Something to do for a customer by a date, usually the next step of a visit."""

    __tablename__ = "follow_up"
    customer_id: str = Field(max_length=36, index=True)
    visit_id: str | None = Field(default=None, max_length=36, index=True)
    complaint_id: str | None = Field(default=None, max_length=36)
    # the market activity that wrote it (desktop/domain/activity_reminders.py); None for
    # one written by hand, or by an activity before schema version 7
    market_activity_id: str | None = Field(default=None, max_length=36, index=True)
    assigned_user_id: str | None = Field(default=None, max_length=36)
    title: str = Field(max_length=200)
    notes: str | None = None
    due_date: date = Field(index=True)
    remind_at: datetime | None = None
    snoozed_until: datetime | None = None
    status: str = Field(default="open", max_length=12, index=True)
    done_at: datetime | None = None
