"""A market activity on its day: invitees checked in (attended, no-show), walk-ins added as
attended invitees, and what was actually spent. Refused, as the server would, outside the
day's states (`workflows.activity_day_error`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

from desktop.domain import activity_reminders, workflows
from desktop.domain.activities import _add_line, _children, _invitees, _refuse
from desktop.models import Customer, MarketActivity, MarketActivityCost, MarketActivityInvitee
from desktop.models.enums import FollowUpStatus, InviteeStatus
from desktop.store.store import Store


def set_invitee_status(store: Store, invitee_id: str, status: str, *,
                       languages: Sequence[Callable[[str], str]] = ()) -> None:
    """Invited, confirmed, declined, or (on the day) attended / no-show. One who declines
    needs inviting no more: their open "Invite to …" is cancelled (`languages`: as
    `activities.act`)."""
    with store.write() as w:
        invitee = w.get(MarketActivityInvitee, invitee_id)
        activity = w.get(MarketActivity, invitee.activity_id)
        _refuse(workflows.activity_invitees_error(activity.status))
        if status in (InviteeStatus.ATTENDED, InviteeStatus.NO_SHOW):
            _refuse(workflows.activity_day_error(activity.status))
        w.update(MarketActivityInvitee, invitee_id, status=status)
        if status == InviteeStatus.DECLINED:
            activity_reminders.close_reminders(
                w, activity, FollowUpStatus.CANCELLED.value,
                templates=(activity_reminders.MSG_INVITE,), customer_ids=[invitee.customer_id],
                languages=languages)


def check_in(store: Store, invitee_id: str, at: datetime) -> None:
    """The invitee came: attended, checked in at `at`."""
    with store.write() as w:
        invitee = w.get(MarketActivityInvitee, invitee_id)
        _refuse(workflows.activity_day_error(w.get(MarketActivity, invitee.activity_id).status))
        w.update(MarketActivityInvitee, invitee_id, status=InviteeStatus.ATTENDED.value,
                 checked_in_at=at)


def add_walk_in(store: Store, activity_id: str, customer_values: Mapping, at: datetime) -> str:
    """Someone who came uninvited: a new customer of the activity's territory (or an existing
    one, given `id`), then an attended walk-in invitee. Returns the customer's id."""
    with store.write() as w:
        activity = w.get(MarketActivity, activity_id)
        _refuse(workflows.activity_day_error(activity.status))
        customer_id = customer_values.get("id")
        if customer_id is None or w.session.get(Customer, customer_id) is None:
            values = {"territory_id": activity.territory_id, **customer_values}
            customer_id = w.create(Customer, values).id
        present = _invitees(w.session, activity_id).get(customer_id)
        attended = {"status": InviteeStatus.ATTENDED.value, "checked_in_at": at}
        if present is not None:
            w.update(MarketActivityInvitee, present.id, attended)
        else:
            w.create(MarketActivityInvitee, activity_id=activity_id, customer_id=customer_id,
                     territory_id=activity.territory_id, walk_in=True, **attended)
        return customer_id


def record_actual_costs(store: Store, activity_id: str,
                        actuals: Mapping[str, float | None]) -> None:
    """What was spent: keys are budget line ids, or categories (that category's first line;
    a new unbudgeted line when there is none)."""
    with store.write() as w:
        activity = w.get(MarketActivity, activity_id)
        _refuse(workflows.activity_day_error(activity.status))
        lines = _children(w.session, MarketActivityCost, activity_id)
        by_id = {c.id: c for c in lines}
        by_category: dict[str, MarketActivityCost] = {}
        for line in sorted(lines, key=lambda c: c.created_at):
            by_category.setdefault(line.category, line)
        for key, amount in actuals.items():
            line = by_id.get(key) or by_category.get(key)
            if line is not None:
                w.update(MarketActivityCost, line.id, actual_amount=amount)
            else:
                by_category[key] = _add_line(w, activity, {"category": key,
                                                           "actual_amount": amount})
