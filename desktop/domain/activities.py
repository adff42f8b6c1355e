"""Market activities on the local store: plan one (products, invitees, budget lines) and move
it through its workflow (draft → submitted → approved | returned → held → evaluated, or
cancelled).

Every write goes through the store's write path, so it reaches the outbox and syncs. The
rules the server enforces (`desktop.domain.workflows`) are checked here first, so that the
user hears "no" at once instead of after the next sync. Changing the plan, products or
budget of a submitted activity is refused (withdraw it first); of an approved or returned
one, it goes back to draft with its revision raised by one, like a call plan, and needs
approval again. Every move is a `MarketActivityEvent` (who, when, comment, revision).

Approval writes the reminders (`activity_reminders`), and they follow the activity: a new
title or date retitles and moves them, cancelling cancels them, holding cancels the
invitations still open, evaluating marks "Evaluate …" done, taking an invitee off the list
cancels their "Invite to …". `languages`: the `translate` of every language the reminders
may be titled in (whoever approved wrote them in theirs; English is always tried). The day itself (check-ins, walk-ins,
what was spent) is `activity_day`; the evaluation, `activity_evaluation`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime

from sqlmodel import Session, select

from desktop.domain import activity_reminders, local_time, workflows
from desktop.domain.activity_figures import evaluation_due
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models import (
    Customer,
    MarketActivity,
    MarketActivityCost,
    MarketActivityEvent,
    MarketActivityInvitee,
    MarketActivityProduct,
    TeamMember,
)
from desktop.models.enums import ActivityAction, ActivityStatus, FollowUpStatus
from desktop.store.store import Store
from desktop.store.writer import Writer

LIVE = False
MSG_SEGMENT = _t("Activities", "{tier}-tier {kind}")
MSG_SEGMENT_DEPARTMENT = _t("Activities", "{tier}-tier {kind}, {department}")


class ActivityRuleError(ValueError):
    """A change the activity workflow does not allow; `template`/`params` for translation
    (context "Workflow")."""

    def __init__(self, template: str, params: dict):
        self.template, self.params = template, params
        super().__init__(template.format(**params))


def _refuse(error: tuple[str, dict] | None) -> None:
    if error:
        raise ActivityRuleError(*error)


# ------------------------------------------------------------------ reading
def _children(session: Session, model, activity_id: str) -> list:
    return list(session.exec(select(model).where(model.activity_id == activity_id,
                                                 model.deleted == LIVE)))


def activity_history(session: Session, activity_id: str) -> list[MarketActivityEvent]:
    return sorted(_children(session, MarketActivityEvent, activity_id),
                  key=lambda e: (e.at, e.created_at))


def _role_of(session: Session, user_id: str) -> str:
    member = session.get(TeamMember, user_id)
    return member.role if member is not None else workflows.REP


def _parties(session: Session, activity: MarketActivity, user_id: str) -> frozenset[str]:
    return workflows.activity_parties(_role_of(session, user_id), user_id,
                                      activity.owner_user_id)


# ------------------------------------------------------------------ planning
def create_activity(store: Store, values: Mapping, product_ids: Iterable[str] = (),
                    cost_lines: Iterable[Mapping] = ()) -> str:
    """A new draft activity with its products and budget lines (dicts of category,
    budget_amount and optionally note); `values` holds the activity's fields, among them
    owner_user_id and territory_id. Returns its id."""
    data = dict(values)
    data.setdefault("evaluation_months", 3)
    data["evaluation_due"] = evaluation_due(data["starts_on"], data.get("ends_on"),
                                            data["evaluation_months"])
    with store.write() as w:
        activity = w.create(MarketActivity, data, status=ActivityStatus.DRAFT.value)
        for product_id in dict.fromkeys(product_ids):
            _add_product(w, activity, product_id)
        for line in cost_lines:
            _add_line(w, activity, line)
        return activity.id


def _add_product(w: Writer, activity: MarketActivity, product_id: str) -> None:
    w.create(MarketActivityProduct, activity_id=activity.id, product_id=product_id,
             territory_id=activity.territory_id)


def _add_line(w: Writer, activity: MarketActivity, line: Mapping) -> MarketActivityCost:
    return w.create(MarketActivityCost, activity_id=activity.id,
                    territory_id=activity.territory_id, category=line["category"],
                    budget_amount=line.get("budget_amount"),
                    actual_amount=line.get("actual_amount"), note=line.get("note"))


def _editable(w: Writer, activity_id: str, at: datetime | None = None) -> MarketActivity:
    """The activity, in draft: an approved or returned one goes back to draft (revision + 1,
    the decision cleared, a "revise" event); a submitted, evaluated or cancelled one is
    refused."""
    activity = w.get(MarketActivity, activity_id)
    if activity.status in (ActivityStatus.APPROVED, ActivityStatus.RETURNED):
        activity = _move(w, activity, ActivityAction.REVISE, activity.owner_user_id, None,
                         at or local_time.now())
    _refuse(workflows.activity_plan_locked_error(activity.status))
    return activity


def update_activity(store: Store, activity_id: str, changes: Mapping,
                    at: datetime | None = None, *,
                    languages: Sequence[Callable[[str], str]] = ()) -> None:
    """Change the activity's plan (title, kind, dates, place, attendance, segment, notes,
    evaluation months); the evaluation's due date follows the dates, and the open reminders
    the title and dates. `at`: when (now if None), for the revise an approved or returned
    activity needs first."""
    with store.write() as w:
        activity = _editable(w, activity_id, at)
        before = activity_reminders.plan_of(activity)
        data = dict(changes)
        merged = {**{k: getattr(activity, k) for k in ("starts_on", "ends_on",
                                                       "evaluation_months")}, **data}
        data["evaluation_due"] = evaluation_due(merged["starts_on"], merged["ends_on"],
                                                merged["evaluation_months"])
        activity = w.update(MarketActivity, activity_id, data)
        activity_reminders.follow_plan(w, before, activity, languages)


def set_products(store: Store, activity_id: str, product_ids: Iterable[str],
                 at: datetime | None = None) -> None:
    """The activity promotes exactly these products."""
    wanted = list(dict.fromkeys(product_ids))
    with store.write() as w:
        current = {p.product_id: p for p in _children(w.session, MarketActivityProduct,
                                                      activity_id)}
        if set(current) == set(wanted):
            return
        activity = _editable(w, activity_id, at)
        for product_id, link in current.items():
            if product_id not in wanted:
                w.delete(MarketActivityProduct, link.id)
        for product_id in wanted:
            if product_id not in current:
                _add_product(w, activity, product_id)


def set_cost_lines(store: Store, activity_id: str, cost_lines: Iterable[Mapping],
                   at: datetime | None = None) -> None:
    """The budget is exactly these lines: a line with an `id` changes that line, one without
    is new, a stored line not given is removed."""
    lines = list(cost_lines)
    with store.write() as w:
        current = {c.id: c for c in _children(w.session, MarketActivityCost, activity_id)}
        if _same_budget(current, lines):
            return
        activity = _editable(w, activity_id, at)
        kept = {line["id"] for line in lines if line.get("id")}
        for line_id in set(current) - kept:
            w.delete(MarketActivityCost, line_id)
        for line in lines:
            if line.get("id"):
                w.update(MarketActivityCost, line["id"],
                         {k: line[k] for k in ("category", "budget_amount", "note") if k in line})
            else:
                _add_line(w, activity, line)


def _same_budget(current: dict[str, MarketActivityCost], lines: list[Mapping]) -> bool:
    if {line.get("id") for line in lines} != set(current):
        return False
    return all(getattr(current[line["id"]], k) == line[k]
               for line in lines for k in ("category", "budget_amount", "note") if k in line)


# ------------------------------------------------------------------ invitees
def _invitees(session: Session, activity_id: str) -> dict[str, MarketActivityInvitee]:
    return {i.customer_id: i for i in _children(session, MarketActivityInvitee, activity_id)}


def invite(store: Store, activity_id: str, customer_ids: Iterable[str], *,
           translate: Callable[[str], str] | None = None) -> int:
    """Invite customers (those already invited are left alone); returns how many are new.
    Invited after the approval, each gets its "Invite to …" reminder at once."""
    with store.write() as w:
        return _invite(w, activity_id, customer_ids, translate)


def _invite(w: Writer, activity_id: str, customer_ids: Iterable[str],
            translate: Callable[[str], str] | None = None) -> int:
    activity = w.get(MarketActivity, activity_id)
    _refuse(workflows.activity_invitees_error(activity.status))
    present = _invitees(w.session, activity_id)
    added = [customer_id for customer_id in dict.fromkeys(customer_ids)
             if customer_id not in present]
    for customer_id in added:
        w.create(MarketActivityInvitee, activity_id=activity_id, customer_id=customer_id,
                 territory_id=activity.territory_id)
    activity_reminders.late_invitations(w, activity, added, translate)
    return len(added)


def segment_customers(session: Session, territory_id: str, *, kind: str, tier: str,
                      department_name: str | None = None) -> list[str]:
    """Ids of the territory's customers of a kind and tier, optionally in departments whose
    name contains `department_name` (e.g. all A-tier doctors of cardiology, 心内科)."""
    query = select(Customer.id).where(Customer.deleted == LIVE,
                                      Customer.territory_id == territory_id,
                                      Customer.kind == kind, Customer.tier == tier)
    if department_name:
        departments = select(Customer.id).where(Customer.name.contains(department_name))
        query = query.where(Customer.department_id.in_(departments))
    return list(session.exec(query.order_by(Customer.name, Customer.id)))


def invite_segment(store: Store, activity_id: str, *, kind: str, tier: str,
                   department_name: str | None = None,
                   languages: Sequence[Callable[[str], str]] = ()) -> int:
    """Invite a whole segment of the activity's territory; a draft activity remembers the
    segment (its reminder is then one, not one per invitee, and an open one takes the new
    segment's name). Returns how many are new."""
    with store.write() as w:
        activity = w.get(MarketActivity, activity_id)
        ids = segment_customers(w.session, activity.territory_id, kind=kind, tier=tier,
                                department_name=department_name)
        if activity.status == ActivityStatus.DRAFT:
            before = activity_reminders.plan_of(activity)
            template = MSG_SEGMENT_DEPARTMENT if department_name else MSG_SEGMENT
            activity = w.update(MarketActivity, activity_id, segment=template.format(
                tier=tier, kind=kind, department=department_name)[:200])
            activity_reminders.follow_plan(w, before, activity, languages)
        return _invite(w, activity_id, ids)


def uninvite(store: Store, invitee_id: str, *,
             languages: Sequence[Callable[[str], str]] = ()) -> None:
    """Take an invitee off the list; their open "Invite to …" is cancelled."""
    with store.write() as w:
        invitee = w.get(MarketActivityInvitee, invitee_id)
        activity = w.get(MarketActivity, invitee.activity_id)
        _refuse(workflows.activity_invitees_error(activity.status))
        w.delete(MarketActivityInvitee, invitee_id)
        activity_reminders.close_reminders(
            w, activity, FollowUpStatus.CANCELLED.value,
            templates=(activity_reminders.MSG_INVITE,), customer_ids=[invitee.customer_id],
            languages=languages)


# ------------------------------------------------------------------ workflow
def _move(w: Writer, activity: MarketActivity, action: str, actor_user_id: str,
          comment: str | None, at: datetime, extra: Mapping | None = None) -> MarketActivity:
    parties = _parties(w.session, activity, actor_user_id)
    _refuse(workflows.activity_action_error(parties, activity.status, action))
    changes = {"status": workflows.ACTION_TARGETS[action], **_move_fields(
        activity, action, actor_user_id, comment, at), **(extra or {})}
    old = {k: getattr(activity, k) for k in MarketActivity.model_fields}
    _refuse(workflows.activity_change_error(parties, old, {**old, **changes}))
    activity = w.update(MarketActivity, activity.id, changes)
    w.create(MarketActivityEvent, activity_id=activity.id, territory_id=activity.territory_id,
             action=str(action), actor_user_id=actor_user_id, at=at, comment=comment,
             activity_revision=activity.activity_revision)
    return activity


def _move_fields(activity: MarketActivity, action: str, actor_user_id: str,
                 comment: str | None, at: datetime) -> dict:
    if action == ActivityAction.SUBMIT:
        return {"submitted_at": at}
    if action in (ActivityAction.APPROVE, ActivityAction.RETURN):
        return {"decided_at": at, "decided_by_user_id": actor_user_id, "manager_comment": comment}
    if action == ActivityAction.REVISE:
        return {"activity_revision": activity.activity_revision + 1, "decided_at": None,
                "decided_by_user_id": None, "manager_comment": None}
    if action == ActivityAction.HOLD:
        return {"held_at": at}
    return {}


# A move that closes reminders: (which, how).
CLOSES = {
    ActivityAction.CANCEL: (activity_reminders.EVERY, FollowUpStatus.CANCELLED),
    ActivityAction.HOLD: (activity_reminders.INVITES, FollowUpStatus.CANCELLED),
    ActivityAction.EVALUATE: ((activity_reminders.MSG_EVALUATE,), FollowUpStatus.DONE),
}


def move(store: Store, activity_id: str, action: str, actor_user_id: str, comment: str | None,
         at: datetime, *, extra: Mapping | None = None,
         translate: Callable[[str], str] | None = None,
         languages: Sequence[Callable[[str], str]] = ()) -> None:
    """Make a workflow move (with `extra` fields, e.g. the verdict), refusing illegal ones
    with the workflow's message; an approval also writes the reminders, their titles
    translated by `translate` (context "Activities") when given; cancelling, holding and
    evaluating close them (`CLOSES`, found in `translate`'s language and `languages`)."""
    with store.write() as w:
        activity = _move(w, w.get(MarketActivity, activity_id), action, actor_user_id,
                         comment, at, extra)
        if action == ActivityAction.APPROVE:
            activity_reminders.approval_reminders(
                w, activity, _children(w.session, MarketActivityInvitee, activity.id),
                activity.evaluation_due or evaluation_due(
                    activity.starts_on, activity.ends_on, activity.evaluation_months),
                actor_user_id, at, translate)
        if action in CLOSES:
            templates, status = CLOSES[action]
            activity_reminders.close_reminders(w, activity, status.value, templates=templates,
                                               languages=(translate, *languages))


def act(store: Store, activity_id: str, action: str, actor_user_id: str,
        comment: str | None, at: datetime, *,
        translate: Callable[[str], str] | None = None,
        languages: Sequence[Callable[[str], str]] = ()) -> None:
    """Submit, withdraw, approve, return (comment required), revise, hold or cancel.
    Evaluating goes through `activity_evaluation.record_verdict`."""
    move(store, activity_id, action, actor_user_id, comment, at, translate=translate,
         languages=languages)


def _manager_change(store: Store, activity_id: str, actor_user_id: str, changes: dict) -> None:
    """A change of the manager's fields, refused as the server would."""
    with store.write() as w:
        activity = w.get(MarketActivity, activity_id)
        old = {k: getattr(activity, k) for k in MarketActivity.model_fields}
        _refuse(workflows.activity_change_error(_parties(w.session, activity, actor_user_id),
                                                old, {**old, **changes}))
        w.update(MarketActivity, activity_id, changes)


def set_awareness(store: Store, activity_id: str, before: float | None, after: float | None,
                  actor_user_id: str) -> None:
    """The manager enters the awareness survey (percent of the public, before and after)."""
    _manager_change(store, activity_id, actor_user_id,
                    {"awareness_before": before, "awareness_after": after})


def set_evaluation_comment(store: Store, activity_id: str, comment: str | None,
                           actor_user_id: str) -> None:
    """The manager's comment on the verdict: the one thing that changes once evaluated."""
    _manager_change(store, activity_id, actor_user_id, {"evaluation_comment": comment})


