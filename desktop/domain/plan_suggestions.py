"""A suggested week of calls, built from frequency targets, last visits, overdue follow-ups
and open complaints. Each suggestion says why it was made.

Pure function over plain facts (no database): the caller gathers the facts with queries and
turns the suggestions into plan items.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.i18n import QT_TRANSLATE_NOOP as _t

REASON_COMPLAINT = _t("PlanReason", "Open complaint, response due {deadline}")
REASON_FOLLOW_UP = _t("PlanReason", "Follow-up overdue since {due}")
REASON_FOLLOW_UP_DUE = _t("PlanReason", "Follow-up due {due}")
REASON_FREQUENCY = _t("PlanReason", "Tier {tier}: {done} of {target} calls this month")
REASON_NOT_VISITED = _t("PlanReason", "Not visited for {days} days")
REASON_NEVER_VISITED = _t("PlanReason", "Never visited")

# Lower is more urgent.
URGENCY = {"complaint": 0, "follow_up_overdue": 1, "follow_up_due": 2, "frequency": 3,
           "not_visited": 4}


@dataclass(frozen=True)
class CustomerFacts:
    """What the suggester needs to know about one customer in the rep's territory."""

    customer_id: str
    tier: str | None
    organisation_id: str | None = None  # calls at the same hospital go on the same day
    last_visit: date | None = None
    calls_this_month: int = 0
    follow_up_due: date | None = None  # earliest open follow-up
    complaint_deadline: date | None = None  # earliest open complaint's committed deadline


@dataclass(frozen=True)
class Suggestion:
    customer_id: str
    day: date
    reason: str  # code: complaint | follow_up_overdue | follow_up_due | frequency | not_visited
    template: str  # English, context "PlanReason"
    params: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.template.format(**self.params)


def _reason(c: CustomerFacts, week_start: date, week_end: date,
            targets: dict[str, int]) -> tuple[str, str, dict] | None:
    if c.complaint_deadline is not None:
        return "complaint", REASON_COMPLAINT, {"deadline": c.complaint_deadline.isoformat()}
    if c.follow_up_due is not None and c.follow_up_due < week_start:
        return "follow_up_overdue", REASON_FOLLOW_UP, {"due": c.follow_up_due.isoformat()}
    if c.follow_up_due is not None and c.follow_up_due <= week_end:
        return "follow_up_due", REASON_FOLLOW_UP_DUE, {"due": c.follow_up_due.isoformat()}
    target = targets.get(c.tier or "", 0)
    if target and c.calls_this_month < target:
        # Spread the month's target: a customer is due when the gap since the last call is
        # at least the target interval (30 days / calls a month).
        interval = 30 / target
        since = (week_start - c.last_visit).days if c.last_visit else None
        if since is None or since >= interval * 0.75:
            return "frequency", REASON_FREQUENCY, {
                "tier": c.tier, "done": c.calls_this_month, "target": target}
    if target and c.last_visit is None:
        return "not_visited", REASON_NEVER_VISITED, {}
    if c.last_visit is not None and (week_start - c.last_visit).days > 90:
        return "not_visited", REASON_NOT_VISITED, {"days": (week_start - c.last_visit).days}
    return None


def suggest_week(week_start: date, customers: list[CustomerFacts], targets: dict[str, int],
                 *, calls_per_day: int = 8, workdays: int = 5) -> list[Suggestion]:
    """Suggested calls for the week starting `week_start` (a Monday), at most
    `calls_per_day` a day on `workdays` days, most urgent first; customers of the same
    organisation are put on the same day where it fits."""
    week_end = week_start + timedelta(days=workdays - 1)
    tier_rank = {"A": 0, "B": 1, "C": 2, "D": 3}
    ranked = []
    for c in customers:
        found = _reason(c, week_start, week_end, targets)
        if found:
            code, template, params = found
            ranked.append((URGENCY[code], tier_rank.get(c.tier or "", 9),
                           c.last_visit or date.min, c.customer_id, c, code, template, params))
    ranked.sort(key=lambda r: r[:4])
    capacity = calls_per_day * workdays
    chosen = ranked[:capacity]

    days = [week_start + timedelta(days=i) for i in range(workdays)]
    load: dict[date, int] = defaultdict(int)
    org_day: dict[str, date] = {}
    out: list[Suggestion] = []
    for *_, c, code, template, params in chosen:
        day = None
        if code == "follow_up_due" and c.follow_up_due in days and load[c.follow_up_due] < calls_per_day:
            day = c.follow_up_due
        elif c.organisation_id and c.organisation_id in org_day \
                and load[org_day[c.organisation_id]] < calls_per_day:
            day = org_day[c.organisation_id]
        if day is None:
            day = min(days, key=lambda d: (load[d], d))
        load[day] += 1
        if c.organisation_id:
            org_day.setdefault(c.organisation_id, day)
        out.append(Suggestion(c.customer_id, day, code, template, params))
    out.sort(key=lambda s: (s.day, URGENCY[s.reason]))
    return out


def counts_against_targets(planned_tiers: list[str | None], targets: dict[str, int],
                           customers_by_tier: dict[str, int], weeks_in_month: float = 4.0
                           ) -> dict[str, tuple[int, float]]:
    """Running count for the week view: per tier, (calls planned, weekly calls needed to
    meet the monthly target for every customer of the tier)."""
    planned: dict[str, int] = defaultdict(int)
    for tier in planned_tiers:
        if tier:
            planned[tier] += 1
    return {tier: (planned.get(tier, 0),
                   round(customers_by_tier.get(tier, 0) * target / weeks_in_month, 1))
            for tier, target in targets.items()}
