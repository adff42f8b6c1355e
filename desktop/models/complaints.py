"""Complaints (投诉), including suspected adverse drug reactions, and their workflow history."""

from datetime import datetime

from sqlmodel import Field

from desktop.models.base import SyncedBase, synced


@synced
class Complaint(SyncedBase, table=True):
    """A complaint from capture to close.

    For a suspected adverse reaction, `day0_at` is when the rep learned of it (the start of
    the pharmacovigilance clock) and the minimum case fields are required: patient
    identifier, reporter, suspect product and event description.
    """

    __tablename__ = "complaint"
    customer_id: str = Field(max_length=36, index=True)
    product_id: str | None = Field(default=None, max_length=36)
    lot: str | None = Field(default=None, max_length=40)
    kind: str = Field(max_length=24, index=True)
    severity: str = Field(default="medium", max_length=12)
    channel: str = Field(default="visit", max_length=16)
    description: str
    received_at: datetime
    committed_deadline: datetime = Field(index=True)
    status: str = Field(default="captured", max_length=24, index=True)
    captured_by_user_id: str | None = Field(default=None, max_length=36)
    # Assignment to a handler (role qa): by the region's manager or by the company's rule
    # for the kind (ComplaintRoute); the handler's answer is `resolution`, at `answered_at`.
    assigned_to_user_id: str | None = Field(default=None, max_length=36, index=True)
    assigned_at: datetime | None = None
    assigned_by_user_id: str | None = Field(default=None, max_length=36)
    answered_at: datetime | None = None
    answered_by_user_id: str | None = Field(default=None, max_length=36)
    # The call report it was captured in (suspected adverse reactions flagged in a call)
    visit_id: str | None = Field(default=None, max_length=36, index=True)
    # Suspected adverse reaction case fields
    day0_at: datetime | None = None
    patient_identifier: str | None = Field(default=None, max_length=40)  # initials
    patient_age: int | None = None  # years
    patient_sex: str | None = Field(default=None, max_length=12)
    reporter_name: str | None = Field(default=None, max_length=60)
    reporter_contact: str | None = Field(default=None, max_length=60)
    event_description: str | None = None
    event_onset_date: datetime | None = None
    # Pharmacovigilance (role pv only): receipt of the case, then the report to the authority
    pv_received_at: datetime | None = None
    pv_received_by_user_id: str | None = Field(default=None, max_length=36)
    pv_reported_at: datetime | None = None
    pv_reported_by_user_id: str | None = Field(default=None, max_length=36)
    pv_reference: str | None = Field(default=None, max_length=60)  # the authority's case no.
    # Outcome
    resolution: str | None = None
    reported_to_customer_at: datetime | None = None
    satisfaction: int | None = None  # 1 (very dissatisfied) … 5 (very satisfied)
    satisfaction_note: str | None = None
    closed_at: datetime | None = None


@synced
class ComplaintEvent(SyncedBase, table=True):
    """One workflow step of a complaint, timestamped, with who took it."""

    __tablename__ = "complaint_event"
    complaint_id: str = Field(max_length=36, index=True)
    from_status: str | None = Field(default=None, max_length=24)
    to_status: str = Field(max_length=24)
    at: datetime
    actor_user_id: str | None = Field(default=None, max_length=36)
    note: str | None = None


@synced
class ComplaintRoute(SyncedBase, table=True):
    """The company's rule: complaints of `kind` go to the handler `handler_user_id` (role
    qa) as soon as they are captured. `region_id` None: company-wide; a region's own rule
    wins over it. Set by an administrator."""

    __tablename__ = "complaint_route"
    kind: str = Field(max_length=24)
    handler_user_id: str = Field(max_length=36)
    region_id: str | None = Field(default=None, max_length=36, index=True)
