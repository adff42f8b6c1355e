"""Customers at risk (客户流失预警): five rules, each with its stated reason, each switched on
or off and given its threshold by the region's manager (`AtRiskRule` rows; a region without
a row uses the default below), and customers marked lost with a reason.

| rule              | trips when                                                        | threshold (default)   |
|-------------------|-------------------------------------------------------------------|-----------------------|
| share_falling     | prescription share fell month on month for N months in a row      | N months (3)          |
| not_called        | last submitted call longer ago than k × the tier's call interval  | k (2)                 |
| complaint_overdue | a complaint still owed an answer is past its committed deadline   | —                     |
| purchases_down    | purchases of the last 3 months with figures vs the same months a year before fell by P % or more | P (20) |
| tier_down         | an A-tier customer was moved down a tier within the last D days   | D days (90)           |

Each figure of a customer-month is counted once, at its widest level given — the whole month
(no drug class, no product), else its drug classes, else its products — as
`kpi_figures.sales_total` counts sales (an import's levels overlap; adding them up would count
a prescription or a purchase two or three times). Share is our prescriptions / total
prescriptions summed over the rows of that level that report both (never an average of
shares). Purchases are `purchase_amount`, else `sales_amount`. A
customer never called is not flagged by `not_called` (the Today list of overdue customers
names them already). Lost customers are not listed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session, select

from desktop.domain import local_time
from desktop.domain.complaint_rules import deadline_state
from desktop.domain.metric_levels import count_widest as _count_widest
from desktop.domain.metric_levels import level as _level
from desktop.domain.metrics import months_back
from desktop.domain.plans import frequency_targets
from desktop.domain.visit_cadence import last_visit_days, visit_interval_days
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models import AtRiskRule, Complaint, Customer, CustomerMetric, Territory
from desktop.models.enums import AtRiskCode, LifecycleStage, LostReason
from desktop.store.store import Store

LIVE = False

#: Threshold of each rule when the region has not set one.
DEFAULT_THRESHOLDS: dict[str, float | None] = {
    AtRiskCode.SHARE_FALLING: 3,
    AtRiskCode.NOT_CALLED: 2,
    AtRiskCode.COMPLAINT_OVERDUE: None,
    AtRiskCode.PURCHASES_DOWN: 20,
    AtRiskCode.TIER_DOWN: 90,
}
PURCHASE_MONTHS = 3
LOST_NOTE_MARK = "lost:"  # the notes line a lost customer's note is written under

MSG_SHARE_FALLING = _t("AtRisk", "Prescription share fell {months} months in a row, from {start} to {end}.")
MSG_NOT_CALLED = _t("AtRisk", "No call for {days} days; tier {tier} asks for one every {interval} days.")
MSG_COMPLAINT_OVERDUE = _t("AtRisk", "A complaint is past its committed deadline ({deadline}).")
MSG_PURCHASES_DOWN = _t("AtRisk", "Purchases down {drop} on the same months last year ({now} against {before} CNY).")
MSG_TIER_DOWN = _t("AtRisk", "Moved down from tier A to tier {tier} on {day}.")


@dataclass(frozen=True)
class Rule:
    code: str
    enabled: bool
    threshold: float | None


@dataclass(frozen=True)
class Reason:
    """Why a customer is at risk: the rule and its message (template, params)."""

    code: str
    template: str
    params: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.template.format(**self.params)


@dataclass
class AtRiskCustomer:
    customer_id: str
    name: str
    tier: str | None
    territory_id: str | None
    rep_user_id: str | None
    reasons: list[Reason]


# ------------------------------------------------------------------ the rules (pure)
def share_falling(shares: list[float | None], months: int) -> Reason | None:
    """`shares` oldest first, one per month; trips when each of the last `months` months
    was lower than the month before (needs `months` + 1 known months at the end)."""
    months = int(months)
    tail = shares[-(months + 1):]
    if len(tail) < months + 1 or any(s is None for s in tail):
        return None
    if all(later < earlier for earlier, later in zip(tail, tail[1:], strict=False)):
        return Reason(AtRiskCode.SHARE_FALLING, MSG_SHARE_FALLING,
                      {"months": months, "start": f"{tail[0]:.0%}", "end": f"{tail[-1]:.0%}"})
    return None


def not_called(tier: str | None, last_call: date | None, calls_per_month: int | None,
               today: date, multiple: float) -> Reason | None:
    """Trips when the last call is more than `multiple` × the tier's interval ago."""
    interval = visit_interval_days(calls_per_month)
    if interval is None or last_call is None:
        return None
    days = (today - last_call).days
    if days <= multiple * interval:
        return None
    return Reason(AtRiskCode.NOT_CALLED, MSG_NOT_CALLED,
                  {"days": days, "tier": tier, "interval": round(interval, 1)})


def complaint_overdue(complaints: Iterable[tuple[datetime, str]], now: datetime
                      ) -> Reason | None:
    """(committed deadline, status) of the customer's complaints: trips on the earliest
    one still owed an answer past its deadline."""
    late = sorted(local_time.aware_utc(d) for d, status in complaints
                  if deadline_state(d, status, now) == "overdue")
    if not late:
        return None
    when = local_time.local(late[0]).strftime("%Y-%m-%d %H:%M")
    return Reason(AtRiskCode.COMPLAINT_OVERDUE, MSG_COMPLAINT_OVERDUE, {"deadline": when})


def purchases_down(recent: float | None, year_before: float | None, drop_percent: float
                   ) -> Reason | None:
    """Trips when `recent` is `drop_percent` % or more below `year_before` (both sums of the
    same months, a year apart)."""
    if recent is None or not year_before:
        return None
    drop = (year_before - recent) / year_before
    if drop * 100 < drop_percent:
        return None
    return Reason(AtRiskCode.PURCHASES_DOWN, MSG_PURCHASES_DOWN,
                  {"drop": f"{drop:.0%}", "now": f"{recent:,.0f}", "before": f"{year_before:,.0f}"})


def tier_down(tier: str | None, previous_tier: str | None, changed_at: datetime | None,
              today: date, within_days: float) -> Reason | None:
    """Trips when an A-tier customer was moved to a lower tier within `within_days`."""
    if previous_tier != "A" or tier in (None, "A") or changed_at is None:
        return None
    day = local_time.local_day(changed_at)
    if (today - day).days > within_days:
        return None
    return Reason(AtRiskCode.TIER_DOWN, MSG_TIER_DOWN, {"tier": tier, "day": day.isoformat()})


# ------------------------------------------------------------------ settings
def region_rules(session: Session, region_id: str | None) -> dict[str, Rule]:
    """Each rule as the region set it, else on with its default threshold."""
    rules = {code.value: Rule(code.value, True, DEFAULT_THRESHOLDS[code]) for code in AtRiskCode}
    if region_id:
        for row in session.exec(select(AtRiskRule).where(
                AtRiskRule.region_id == region_id, AtRiskRule.deleted == LIVE)):
            default = DEFAULT_THRESHOLDS.get(row.code)
            rules[row.code] = Rule(row.code, row.enabled,
                                   row.threshold if row.threshold is not None else default)
    return rules


def rules_for(store: Store, region_id: str | None) -> dict[str, Rule]:
    with store.read() as s:
        return region_rules(s, region_id)


def set_rule(store: Store, region_id: str, code: str, *, enabled: bool,
             threshold: float | None = None) -> None:
    """The manager switches a rule on or off and sets its threshold (synced; the server
    accepts it from the region's manager or an admin)."""
    with store.write() as w:
        row = w.session.exec(select(AtRiskRule).where(
            AtRiskRule.region_id == region_id, AtRiskRule.code == code,
            AtRiskRule.deleted == LIVE)).first()
        if row is None:
            w.create(AtRiskRule, region_id=region_id, code=code, enabled=enabled,
                     threshold=threshold)
        else:
            w.update(AtRiskRule, row.id, {"enabled": enabled, "threshold": threshold})


# ------------------------------------------------------------------ from the store
CUSTOMER_COLUMNS = (Customer.id, Customer.name, Customer.tier, Customer.territory_id,
                    Customer.previous_tier, Customer.tier_changed_at)  # what the rules read
METRIC_COLUMNS = (CustomerMetric.customer_id, CustomerMetric.period,
                  CustomerMetric.our_prescriptions, CustomerMetric.total_prescriptions,
                  CustomerMetric.purchase_amount, CustomerMetric.sales_amount,
                  CustomerMetric.drug_class, CustomerMetric.product_id)


def _monthly(rows: Iterable[tuple]) -> dict[str, dict[str, list]]:
    """customer → period → [ours, total, purchases]: prescriptions summed over the rows of
    the month's widest level that reports both, purchases over the rows of its widest level
    that has any (`rows`: tuples of METRIC_COLUMNS; plain values, not ORM objects: a region
    has ~100,000)."""
    out: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(lambda: [0, 0, None]))
    levels: dict[tuple[str, str, str], int] = {}  # (customer, period, figure) → level counted
    for customer_id, period, ours, total, purchases, sales, drug_class, product_id in rows:
        cell, level = out[customer_id][period], _level(drug_class, product_id)
        if ours is not None and total:
            _count_widest(cell, (0, 1), (ours, total), levels,
                          (customer_id, period, "prescriptions"), level)
        amount = purchases if purchases is not None else sales
        if amount is not None:
            _count_widest(cell, (2,), (amount,), levels, (customer_id, period, "purchases"),
                          level)
    return out


def _shares(months: Mapping[str, list], periods: list[str]) -> list[float | None]:
    return [months[p][0] / months[p][1] if p in months and months[p][1] else None
            for p in periods]


def _purchases(months: Mapping[str, list]) -> tuple[float | None, float | None]:
    """Sum of the last PURCHASE_MONTHS months with purchases, and of the same months a
    year before."""
    with_figures = sorted(p for p, cell in months.items() if cell[2] is not None)
    if not with_figures:
        return None, None
    recent = months_back(with_figures[-1], PURCHASE_MONTHS)
    before = [f"{int(p[:4]) - 1:04d}{p[4:]}" for p in recent]

    def total(periods):
        values = [months[p][2] for p in periods if p in months and months[p][2] is not None]
        return sum(values) if values else None
    return total(recent), total(before)


def _customer_reasons(c, rules: Mapping[str, Rule], months: Mapping[str, list],
                      last_call: date | None, complaints: list, targets: Mapping[str, int],
                      today: date, now: datetime) -> list[Reason]:
    periods = months_back(max(months), 13) if months else []
    checks = {
        AtRiskCode.SHARE_FALLING: lambda t: share_falling(_shares(months, periods), t),
        AtRiskCode.NOT_CALLED: lambda t: not_called(c.tier, last_call,
                                                    targets.get(c.tier or ""), today, t),
        AtRiskCode.COMPLAINT_OVERDUE: lambda t: complaint_overdue(complaints, now),
        AtRiskCode.PURCHASES_DOWN: lambda t: purchases_down(*_purchases(months), t),
        AtRiskCode.TIER_DOWN: lambda t: tier_down(c.tier, c.previous_tier, c.tier_changed_at,
                                                  today, t),
    }
    found = (checks[code](rule.threshold) for code, rule in rules.items() if rule.enabled)
    return [reason for reason in found if reason is not None]


def customers_at_risk(session: Session, *, region_id: str | None,
                      territory_ids: Iterable[str] | None, today: date, now: datetime
                      ) -> list[AtRiskCustomer]:
    """The region's (or the territories') customers at risk, with every reason, A tier
    first, then by name."""
    rules = region_rules(session, region_id)
    query = select(*CUSTOMER_COLUMNS).where(
        Customer.deleted == LIVE, Customer.lifecycle_stage != LifecycleStage.LOST.value)
    territories = select(Territory.id, Territory.owner_user_id).where(Territory.deleted == LIVE)
    if territory_ids is not None:
        ids = list(territory_ids)
        query = query.where(Customer.territory_id.in_(ids))
        territories = territories.where(Territory.id.in_(ids))
    elif region_id:
        territories = territories.where(Territory.region_id == region_id)
        query = query.where(Customer.territory_id.in_(territories.with_only_columns(Territory.id)))
    owners = dict(session.exec(territories).all())
    customers = session.execute(query).all()
    ids = [c.id for c in customers]
    months = _monthly(session.execute(select(*METRIC_COLUMNS).where(
        CustomerMetric.deleted == LIVE, CustomerMetric.customer_id.in_(
            query.with_only_columns(Customer.id)))))
    complaints: dict[str, list] = defaultdict(list)
    for cid, deadline, status in session.exec(select(
            Complaint.customer_id, Complaint.committed_deadline, Complaint.status).where(
            Complaint.deleted == LIVE, Complaint.customer_id.in_(ids))):
        complaints[cid].append((deadline, status))
    last = last_visit_days(session, territory_ids)
    targets = frequency_targets(session, region_id)
    out = []
    for c in customers:
        reasons = _customer_reasons(c, rules, months.get(c.id, {}), last.get(c.id),
                                    complaints.get(c.id, []), targets, today, now)
        if reasons:
            out.append(AtRiskCustomer(c.id, c.name, c.tier, c.territory_id,
                                      owners.get(c.territory_id), reasons))
    return sorted(out, key=lambda a: (a.tier != "A", a.name))


def at_risk_customers(store: Store, *, region_id: str | None = None,
                      territory_ids: Iterable[str] | None = None, today: date | None = None,
                      now: datetime | None = None) -> list[AtRiskCustomer]:
    """Today's list for a rep (their territories) or the manager's region (each row names
    its rep, `rep_user_id`)."""
    now = now or local_time.now()
    with store.read() as s:
        return customers_at_risk(s, region_id=region_id, territory_ids=territory_ids,
                                 today=today or local_time.local_day(now), now=now)


def with_display_names(store: Store, rows: list[AtRiskCustomer]) -> list[AtRiskCustomer]:
    """The rows with the names lists show (a department or doctor beside its hospital)."""
    from desktop.domain.customer_names import display_names

    with store.read() as s:
        names = display_names(s, [r.customer_id for r in rows])
    for row in rows:
        row.name = names.get(row.customer_id) or row.name
    return rows


def by_rep(rows: Iterable[AtRiskCustomer]) -> dict[str | None, list[AtRiskCustomer]]:
    """The manager's view: at-risk customers grouped by the rep who owns their territory."""
    out: dict[str | None, list[AtRiskCustomer]] = defaultdict(list)
    for row in rows:
        out[row.rep_user_id].append(row)
    return dict(out)


# ------------------------------------------------------------------ lost customers
def mark_lost(store: Store, customer_id: str, reason: str, at: datetime | None = None,
              note: str | None = None) -> None:
    """Mark a customer lost (流失) with the reason; the reason is required. An optional
    `note` (what happened) is added to the customer's notes under a dated line, so it is
    kept with the customer's archive and synced with it."""
    reason = LostReason(reason).value  # ValueError on an unknown reason
    at = at or local_time.now()
    changes = {"lifecycle_stage": LifecycleStage.LOST.value, "lost_reason": reason,
               "lost_at": at}
    with store.write() as w:
        note = (note or "").strip()
        if note:
            current = w.session.get(Customer, customer_id)
            line = f"[{local_time.local_day(at).isoformat()} {LOST_NOTE_MARK} {reason}] {note}"
            before = (current.notes or "").rstrip() if current is not None else ""
            changes["notes"] = f"{before}\n{line}" if before else line
        w.update(Customer, customer_id, changes)


def lost_reasons_counted(store: Store, region_id: str | None = None, *,
                         since: datetime | None = None) -> dict[str, int]:
    """How many customers of the region were lost for each reason (every reason listed,
    most frequent first)."""
    query = select(Customer.lost_reason).where(
        Customer.deleted == LIVE, Customer.lifecycle_stage == LifecycleStage.LOST.value)
    if region_id:
        query = query.where(Customer.territory_id.in_(
            select(Territory.id).where(Territory.region_id == region_id)))
    if since is not None:
        query = query.where(Customer.lost_at >= since)
    with store.read() as s:
        counted = Counter(reason or LostReason.OTHER.value for reason in s.exec(query))
    ordered = sorted(LostReason, key=lambda r: (-counted[r.value], list(LostReason).index(r)))
    return {r.value: counted[r.value] for r in ordered}

