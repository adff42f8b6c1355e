"""The follow-ups a market activity writes: on approval, "Invite to …" per waiting invitee
(one for the segment when the invitees are a segment) for the owner, due a week before the
activity, and "Evaluate …" due when the evaluation span ends, for the approving manager;
invited after the approval, an invitee gets its "Invite to …" at once. An open follow-up of
the same customer and title is not written twice.

A follow-up names a customer. "Invite to …" names its invitee. A reminder about many
invitees (the segment's, the evaluation's) names the organisation most of them belong to (a
doctor's hospital, a contact's pharmacy, an organisation invited itself; the earliest
invited one's on a tie): the evaluation judges the sales at the attendees' organisations, and
that is where the owner goes to invite a segment. Declined invitees and walk-ins do not
count while anyone else is invited."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta

from sqlmodel import Session, select

from desktop.domain import local_time
from desktop.domain.activity_figures import organisation_of
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models import Customer, FollowUp, MarketActivity, MarketActivityInvitee
from desktop.models.enums import ActivityStatus, FollowUpStatus, InviteeStatus
from desktop.store.writer import Writer

LIVE = False
INVITE_LEAD_DAYS = 7
MSG_INVITE = _t("Activities", "Invite to {title}")
MSG_INVITE_SEGMENT = _t("Activities", "Invite {segment} to {title}")
MSG_EVALUATE = _t("Activities", "Evaluate {title}")


def _same(text: str) -> str:
    return text


def _open_follow_up(session: Session, customer_id: str, title: str) -> bool:
    return session.exec(select(FollowUp.id).where(
        FollowUp.deleted == LIVE, FollowUp.customer_id == customer_id,
        FollowUp.title == title, FollowUp.status == FollowUpStatus.OPEN)).first() is not None


def _follow_up(w: Writer, customer_id: str, title: str, due: date, user_id: str) -> None:
    title = title[:200]
    if not _open_follow_up(w.session, customer_id, title):
        w.create(FollowUp, customer_id=customer_id, title=title, due_date=due,
                 assigned_user_id=user_id)


def _invite_due(activity: MarketActivity, today: date) -> date:
    """A week before the activity, or today when that has passed."""
    return max(activity.starts_on - timedelta(days=INVITE_LEAD_DAYS), today)


def late_invitations(w: Writer, activity: MarketActivity, customer_ids: Iterable[str],
                     translate: Callable[[str], str] | None = None) -> None:
    """The "Invite to …" of customers invited after the approval (none for a segment: its
    one reminder was written on approval)."""
    if activity.status == ActivityStatus.APPROVED and not activity.segment:
        title = (translate or _same)(MSG_INVITE).format(title=activity.title)
        for customer_id in customer_ids:
            _follow_up(w, customer_id, title, _invite_due(activity, local_time.today()),
                       activity.owner_user_id)


def approval_reminders(w: Writer, activity: MarketActivity,
                       invitees: Sequence[MarketActivityInvitee], evaluation_day: date,
                       manager_user_id: str, at: datetime,
                       translate: Callable[[str], str] | None = None) -> None:
    """The reminders an approval writes, their titles translated by `translate` (context
    "Activities") when given."""
    translate = translate or _same
    invitees = sorted(invitees, key=lambda i: (i.created_at, i.id))
    if not invitees:
        return
    due = _invite_due(activity, local_time.local_day(at))
    waiting = [i for i in invitees if i.status in (InviteeStatus.INVITED, InviteeStatus.CONFIRMED)
               and not i.walk_in]
    if activity.segment and waiting:
        title = translate(MSG_INVITE_SEGMENT).format(segment=activity.segment,
                                                     title=activity.title)
        _follow_up(w, _organisation_of_most(w.session, waiting), title, due,
                   activity.owner_user_id)
    else:
        for invitee in waiting:
            _follow_up(w, invitee.customer_id, translate(MSG_INVITE).format(
                title=activity.title), due, activity.owner_user_id)
    _follow_up(w, _organisation_of_most(w.session, waiting or invitees),
               translate(MSG_EVALUATE).format(title=activity.title), evaluation_day,
               manager_user_id)


def _organisation_of_most(session: Session, invitees: Sequence[MarketActivityInvitee]) -> str:
    """The organisation most of `invitees` belong to, the earliest invited one's on a tie
    (`invitees` in the order they were invited). An invitee counts as themselves when their
    organisation is gone or lies in another territory (the reminder must stay where its
    invitees are)."""
    counts: Counter[str] = Counter()
    for invitee in invitees:
        customer = session.get(Customer, invitee.customer_id)
        anchor = invitee.customer_id
        if customer is not None:
            organisation = session.get(Customer, organisation_of(customer))
            if organisation is not None and organisation.deleted == LIVE \
                    and organisation.territory_id == customer.territory_id:
                anchor = organisation.id
        counts[anchor] += 1
    return counts.most_common(1)[0][0]  # equal counts: the first counted
