"""The calls around a market activity: the call reports that name it, and the attendees'
calls within two weeks before its first day or after its last (read by the activity's
detail to show whether the activity was followed up)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import select

from desktop.domain import local_time
from desktop.models import Customer, MarketActivity, MarketActivityInvitee, Visit
from desktop.models.enums import InviteeStatus
from desktop.store.store import Store

LIVE = False
CALLS_AROUND_DAYS = 14


@dataclass(frozen=True)
class CallAround:
    visit_id: str
    customer_id: str
    customer_name: str
    started_at: datetime
    status: str
    linked: bool  # the call report names the activity (else: an attendee's call nearby)


def calls_around(store: Store, activity_id: str) -> list[CallAround]:
    """Call reports that name the activity, and the attendees' calls within 14 days before
    its first day or after its last, by time."""
    with store.read() as s:
        activity = s.get(MarketActivity, activity_id)
        attendees = [i.customer_id for i in s.exec(select(MarketActivityInvitee).where(
                         MarketActivityInvitee.activity_id == activity_id,
                         MarketActivityInvitee.deleted == LIVE))
                     if i.status == InviteeStatus.ATTENDED]
        start = local_time.day_start(activity.starts_on - timedelta(days=CALLS_AROUND_DAYS))
        end = local_time.day_start((activity.ends_on or activity.starts_on)
                                   + timedelta(days=CALLS_AROUND_DAYS + 1))
        near = (Visit.customer_id.in_(attendees) & (Visit.started_at >= start)
                & (Visit.started_at < end))
        found = s.exec(select(Visit, Customer.name).join(
            Customer, Customer.id == Visit.customer_id, isouter=True).where(
            Visit.deleted == LIVE, (Visit.market_activity_id == activity_id) | near)
            .order_by(Visit.started_at, Visit.id)).all()
        return [CallAround(v.id, v.customer_id, name or "", v.started_at, v.status,
                           v.market_activity_id == activity_id) for v, name in found]
