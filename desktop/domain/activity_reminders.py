"""The follow-ups a market activity writes: on approval, "Invite to …" per waiting invitee
(one for the segment when the invitees are a segment) for the owner, due a week before the
activity, and "Evaluate …" due when the evaluation span ends, for the approving manager;
invited after the approval, an invitee gets its "Invite to …" at once. Each carries the
activity's id (`market_activity_id`). An open reminder of the activity's for the same
customer and title is not written twice.

A follow-up names a customer. "Invite to …" names its invitee. A reminder about many
invitees (the segment's, the evaluation's) names the organisation most of them belong to (a
doctor's hospital, a contact's pharmacy, an organisation invited itself; the earliest
invited one's on a tie): the evaluation judges the sales at the attendees' organisations, and
that is where the owner goes to invite a segment. Declined invitees and walk-ins do not
count while anyone else is invited.

The reminders follow the activity (`close_reminders`, `follow_plan`): cancelling it cancels
its open reminders, holding it cancels the "Invite …" ones still open, evaluating it marks
"Evaluate …" done; an invitee who declines or is taken off the list has their "Invite to …"
cancelled; a new title, first day or evaluation span retitles and moves the open ones. An
activity's reminders are its open follow-ups whose title is one of its reminder titles in
any language given (`languages`, English always; whoever approved wrote them in theirs):
those linked to it, and, by the old heuristic, the unlinked ones written before the link
existed (schema version 6 or older, or an older client's): of its invitees (and their
organisations) with such a title, created before the activity's first linked reminder; of
these, one that another activity of the same title may still need (not cancelled or
evaluated, with that customer among its invitees or their organisations, approved now or
maybe before) is left alone. A follow-up written by hand after the activity's reminders is
therefore never taken for one, whatever its title. Every change goes through the store's
write path, so it syncs like a change made by hand."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta

from sqlalchemy.orm import aliased
from sqlmodel import Session, and_, func, or_, select

from desktop.domain import local_time
from desktop.domain.activity_figures import organisation_of
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models import Customer, FollowUp, MarketActivity, MarketActivityInvitee
from desktop.models.enums import ActivityStatus, FollowUpStatus, InviteeStatus
from desktop.store.writer import Writer

LIVE = False
INVITE_LEAD_DAYS = 7
Translate = Callable[[str], str]
MSG_INVITE = _t("Activities", "Invite to {title}")
MSG_INVITE_SEGMENT = _t("Activities", "Invite {segment} to {title}")
MSG_EVALUATE = _t("Activities", "Evaluate {title}")
INVITES = (MSG_INVITE, MSG_INVITE_SEGMENT)
EVERY = (MSG_INVITE, MSG_INVITE_SEGMENT, MSG_EVALUATE)
# An activity in these states has reminders it may still need; back in these (revision 2 or
# more) it may have been approved before and kept them.
HAS_REMINDERS = (ActivityStatus.APPROVED, ActivityStatus.HELD)
MAY_HAVE_REMINDERS = (ActivityStatus.DRAFT, ActivityStatus.SUBMITTED, ActivityStatus.RETURNED)


def _same(text: str) -> str:
    return text


def _with_open_follow_up(session: Session, activity_id: str, customer_ids: list[str],
                         title: str) -> set[str]:
    """Those of `customer_ids` the activity has an open reminder of titled `title` (linked,
    or unlinked from before the link: see `_unlinked`), read at once."""
    return set(session.exec(select(FollowUp.customer_id).where(
        FollowUp.deleted == LIVE, FollowUp.customer_id.in_(customer_ids),
        FollowUp.title == title, FollowUp.status == FollowUpStatus.OPEN,
        or_(FollowUp.market_activity_id == activity_id,
            _unlinked(session, activity_id)))))


def _follow_ups(w: Writer, activity: MarketActivity, customer_ids: Iterable[str], title: str,
                due: date, user_id: str) -> None:
    """The reminder `title` for each of `customer_ids` (in their order) the activity has
    none open of yet."""
    title = title[:200]
    wanted = list(dict.fromkeys(customer_ids))
    if not wanted:
        return
    present = _with_open_follow_up(w.session, activity.id, wanted, title)
    for customer_id in wanted:
        if customer_id not in present:
            w.create(FollowUp, customer_id=customer_id, title=title, due_date=due,
                     assigned_user_id=user_id, market_activity_id=activity.id)


def _unlinked(session: Session, activity_id: str):
    """The condition of a follow-up without a link that may be the activity's, written
    before the link existed: created before the activity's first linked reminder (any, when
    it has none)."""
    first = session.exec(select(func.min(FollowUp.created_at)).where(
        FollowUp.market_activity_id == activity_id)).one()
    unlinked = FollowUp.market_activity_id.is_(None)
    return unlinked if first is None else and_(unlinked, FollowUp.created_at < first)


def _invite_due(activity: MarketActivity, today: date) -> date:
    """A week before the activity, or today when that has passed."""
    return max(activity.starts_on - timedelta(days=INVITE_LEAD_DAYS), today)


def late_invitations(w: Writer, activity: MarketActivity, customer_ids: Iterable[str],
                     translate: Callable[[str], str] | None = None) -> None:
    """The "Invite to …" of customers invited after the approval (none for a segment: its
    one reminder was written on approval)."""
    if activity.status == ActivityStatus.APPROVED and not activity.segment:
        title = (translate or _same)(MSG_INVITE).format(title=activity.title)
        _follow_ups(w, activity, customer_ids, title, _invite_due(activity, local_time.today()),
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
    where = _organisation_of_most(w.session, waiting or invitees)
    if activity.segment and waiting:
        title = translate(MSG_INVITE_SEGMENT).format(segment=activity.segment,
                                                     title=activity.title)
        _follow_ups(w, activity, [where], title, due, activity.owner_user_id)
    else:
        _follow_ups(w, activity, [i.customer_id for i in waiting],
                    translate(MSG_INVITE).format(title=activity.title), due,
                    activity.owner_user_id)
    _follow_ups(w, activity, [where], translate(MSG_EVALUATE).format(title=activity.title),
                evaluation_day, manager_user_id)


def _organisation_of_most(session: Session, invitees: Sequence[MarketActivityInvitee]) -> str:
    """The organisation most of `invitees` belong to, the earliest invited one's on a tie
    (`invitees` in the order they were invited). An invitee counts as themselves when their
    organisation is gone or lies in another territory (the reminder must stay where its
    invitees are). The customers and their organisations are read in one query."""
    organisation = aliased(Customer)
    found = {customer.id: (customer, org) for customer, org in session.exec(
        select(Customer, organisation)
        .outerjoin(organisation, organisation.id == Customer.organisation_id)
        .where(Customer.id.in_(list(dict.fromkeys(i.customer_id for i in invitees)))))}
    counts: Counter[str] = Counter()
    for invitee in invitees:
        customer, org = found.get(invitee.customer_id, (None, None))
        anchor = invitee.customer_id
        if customer is not None and organisation_of(customer) != customer.id \
                and org is not None and org.deleted == LIVE \
                and org.territory_id == customer.territory_id:
            anchor = org.id
        counts[anchor] += 1
    return counts.most_common(1)[0][0]  # equal counts: the first counted


# ------------------------------------------------------------------ following the activity
def close_reminders(w: Writer, activity: MarketActivity, status: str, *,
                    templates: Sequence[str] = EVERY, customer_ids: Iterable[str] | None = None,
                    languages: Iterable[Translate | None] = ()) -> int:
    """Close the activity's open reminders made from `templates` (of `customer_ids` only,
    when given): `status` cancelled (no longer needed) or done (done now). Returns how many."""
    changes = {"status": status}
    if status == FollowUpStatus.DONE:
        changes["done_at"] = local_time.now()
    found = _reminders(w.session, activity, activity.title, activity.segment, templates,
                       _languages(languages), customer_ids)
    for follow_up, _template, _language in found:
        w.update(FollowUp, follow_up.id, changes)
    return len(found)


def plan_of(activity: MarketActivity) -> dict:
    """What the reminders' titles and due dates come from, to compare after a change."""
    return {k: getattr(activity, k) for k in ("title", "segment", "starts_on",
                                              "evaluation_due")}


def follow_plan(w: Writer, before: dict, activity: MarketActivity,
                languages: Iterable[Translate | None] = ()) -> int:
    """After the plan changed from `before` (`plan_of`): the activity's open reminders take
    its new title (in the language each is written in), "Invite …" the due date a new first
    day gives, "Evaluate …" the new end of the evaluation span (a reminder time and a snooze
    of their own belonged to the old date and are dropped). Returns how many changed."""
    after = plan_of(activity)
    if after == before:
        return 0
    changed = 0
    for follow_up, template, language in _reminders(
            w.session, activity, before["title"], before["segment"], EVERY,
            _languages(languages)):
        changes = {}
        if (before["title"], before["segment"]) != (activity.title, activity.segment) \
                and (template != MSG_INVITE_SEGMENT or activity.segment):
            changes["title"] = _in(language, template).format(
                title=activity.title, segment=activity.segment)[:200]
        if template == MSG_EVALUATE and before["evaluation_due"] != activity.evaluation_due \
                and activity.evaluation_due is not None:
            changes["due_date"] = activity.evaluation_due
        elif template != MSG_EVALUATE and before["starts_on"] != activity.starts_on:
            changes["due_date"] = _invite_due(activity, local_time.today())
        if "due_date" in changes and changes["due_date"] != follow_up.due_date:
            changes.update(remind_at=None, snoozed_until=None)
        if changes:
            w.update(FollowUp, follow_up.id, changes)
            changed += 1
    return changed


def _in(language: Translate, template: str) -> str:
    """`template` in `language`; the English where it has no translation."""
    return language(template) or template


def _languages(languages: Iterable[Translate | None]) -> list[Translate]:
    return [_same, *(t for t in languages if t is not None)]


def _reminders(session: Session, activity: MarketActivity, title: str, segment: str | None,
               templates: Sequence[str], languages: Sequence[Translate],
               customer_ids: Iterable[str] | None = None
               ) -> list[tuple[FollowUp, str, Translate]]:
    """The activity's open reminders made from `templates` for an activity titled `title`
    (segment `segment`), each with its template and the language it is written in: those
    linked to it, and those without a link the title heuristic finds (see the module's
    docstring)."""
    titles: dict[str, tuple[str, Translate]] = {}
    for template in templates:
        if template == MSG_INVITE_SEGMENT and not segment:
            continue
        for language in languages:
            titles.setdefault(_in(language, template).format(title=title,
                                                              segment=segment)[:200],
                              (template, language))
    if not titles:
        return []
    open_titled = (FollowUp.deleted == LIVE, FollowUp.status == FollowUpStatus.OPEN,
                   FollowUp.title.in_(list(titles)))
    linked = select(FollowUp).where(FollowUp.market_activity_id == activity.id, *open_titled)
    if customer_ids is not None:
        linked = linked.where(FollowUp.customer_id.in_(sorted(set(customer_ids))))
    rows = list(session.exec(linked))
    concerned = _concerned(session, [activity.id], with_removed=True) \
        if customer_ids is None else set(customer_ids)
    concerned -= _still_needed(session, activity, title)
    if concerned:
        rows += session.exec(select(FollowUp).where(
            _unlinked(session, activity.id), FollowUp.customer_id.in_(sorted(concerned)),
            *open_titled)).all()
    return [(row, *titles[row.title]) for row in sorted(rows, key=lambda r: r.id)]


def _concerned(session: Session, activity_ids: Sequence[str], *,
               with_removed: bool = False) -> set[str]:
    """Whom the activities' reminders may name: their invitees (`with_removed`: also those
    taken off the list since) and their organisations."""
    out: set[str] = set()
    if not activity_ids:
        return out
    query = select(MarketActivityInvitee.customer_id).where(
        MarketActivityInvitee.activity_id.in_(list(activity_ids)))
    if not with_removed:
        query = query.where(MarketActivityInvitee.deleted == LIVE)
    for customer_id in session.exec(query):
        out.add(customer_id)
        customer = session.get(Customer, customer_id)
        if customer is not None:
            out.add(organisation_of(customer))
    return out


def _still_needed(session: Session, activity: MarketActivity, title: str) -> set[str]:
    """The customers of another activity of the same title that may still need its
    reminders: a reminder of theirs is that activity's too (one is never written twice). One
    never approved has none yet (its approval will write its own)."""
    others = session.exec(select(MarketActivity.id).where(
        MarketActivity.deleted == LIVE, MarketActivity.id != activity.id,
        MarketActivity.title == title,
        or_(MarketActivity.status.in_([str(s) for s in HAS_REMINDERS]),
            and_(MarketActivity.status.in_([str(s) for s in MAY_HAVE_REMINDERS]),
                 MarketActivity.activity_revision > 1)))).all()
    return _concerned(session, list(others))
