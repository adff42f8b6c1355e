"""Sales quotas (销售指标) and achievement (达成).

The process of the business documents: a yearly quota per product split by month and
allocated by region (an admin loads it: `rounds-server quota set`), then by the region's
manager to reps, then to hospitals. The split the manager starts from is in proportion to
last year's sales (`suggest_split`); they edit it and save it (`allocate`), offline, synced.

Sales are the imported monthly figures (`CustomerMetric.sales_amount` of the product). A
hospital's sales are its own rows plus those of its departments and doctors; a rep's those of
every customer of their territories; a region's those of its territories' customers.
Achievement = sales / quota; year to date sums months 1…m. Forecast for the year: run rate
(YTD sales / m × 12) and last year's full-year sales grown by this year's YTD growth on the
same months last year.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlmodel import Session, select

from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models import Customer, CustomerMetric, Quota, Territory
from desktop.models.enums import CustomerKind, QuotaLevel, QuotaStatus
from desktop.store.store import Store

LIVE = False
MONTHS = range(1, 13)

MSG_ACHIEVEMENT = _t("Kpi", "Sales {sales} CNY against a quota of {quota} CNY ({months}).")
MSG_RUN_RATE = _t("Kpi", "Run rate: {ytd} CNY in {months} months, × 12 / {months}.")
MSG_LAST_YEAR = _t("Kpi", "Last year's {last_year} CNY × this year's growth on the same months ({growth}).")


# ------------------------------------------------------------------ pure arithmetic
def proportional_split(total: float, weights: Mapping[str, float]) -> dict[str, float]:
    """`total` split in proportion to `weights` (evenly when they are all zero), in fen
    (0.01 CNY) that add up to the total exactly: the remainder goes to the largest shares."""
    keys = sorted(weights)
    if not keys:
        return {}
    base = sum(max(w, 0) for w in weights.values())
    shares = {k: (max(weights[k], 0) / base if base else 1 / len(keys)) for k in keys}
    fen = round(total * 100)
    raw = {k: fen * shares[k] for k in keys}
    out = {k: int(raw[k]) for k in keys}
    left = fen - sum(out.values())
    for k in sorted(keys, key=lambda k: (-(raw[k] - out[k]), k))[:left]:
        out[k] += 1
    return {k: v / 100 for k, v in out.items()}


def monthly_split(amount: float, mode: str = "even",
                  last_year: Mapping[int, float] | None = None) -> dict[int, float]:
    """A yearly amount split by month: `even`, or `last-year` in proportion to last year's
    monthly sales (even where last year has none)."""
    if mode not in ("even", "last-year"):
        raise ValueError(f"unknown monthly split {mode!r}: use even or last-year")
    weights = {f"{m:02d}": (last_year or {}).get(m, 0) if mode == "last-year" else 1
               for m in MONTHS}
    return {int(k): v for k, v in proportional_split(amount, weights).items()}


@dataclass(frozen=True)
class Forecast:
    run_rate: float | None
    last_year_based: float | None
    growth: float | None  # YTD against the same months last year
    ytd: float = 0.0
    months_elapsed: int = 0
    last_year_full: float | None = None

    def explanations(self) -> list[tuple[str, dict]]:
        """How each forecast was computed (templates, params)."""
        out = [(MSG_RUN_RATE, {"ytd": f"{self.ytd:,.0f}", "months": self.months_elapsed})]
        if self.growth is not None:
            out.append((MSG_LAST_YEAR, {"last_year": f"{self.last_year_full or 0:,.0f}",
                                        "growth": f"{self.growth:+.1%}"}))
        return out


def forecast(ytd: float, months_elapsed: int, last_year_same_months: float | None,
             last_year_full: float | None) -> Forecast:
    """The year's sales two ways: run rate, and last year grown by this year's growth."""
    run_rate = ytd / months_elapsed * 12 if months_elapsed else None
    growth = ytd / last_year_same_months - 1 if last_year_same_months else None
    based = last_year_full * (1 + growth) if growth is not None and last_year_full else None
    return Forecast(run_rate, based, growth, ytd, months_elapsed, last_year_full)


def rate(sales: float | None, quota: float | None) -> float | None:
    return sales / quota if sales is not None and quota else None


# ------------------------------------------------------------------ sales from the store
def _territories(session: Session, region_id: str) -> dict[str, str | None]:
    """Territory → owner of the region."""
    return dict(session.exec(select(Territory.id, Territory.owner_user_id).where(
        Territory.region_id == region_id, Territory.deleted == LIVE)).all())


def _customers(session: Session, territory_ids: Iterable[str]) -> list[Customer]:
    return list(session.exec(select(Customer).where(
        Customer.deleted == LIVE, Customer.territory_id.in_(list(territory_ids)))))


def _hospital_of(customers: Iterable[Customer]) -> dict[str, str]:
    """Customer → the hospital its sales count for (itself, or its organisation)."""
    hospitals = {c.id for c in customers if c.kind == CustomerKind.HOSPITAL}
    return {c.id: (c.id if c.id in hospitals else c.organisation_id) for c in customers
            if c.id in hospitals or c.organisation_id in hospitals}


def monthly_sales(session: Session, customer_ids: Iterable[str], products: Iterable[str],
                  year: int) -> dict[str, dict[int, float]]:
    """customer → month → sales amount (CNY) of `products`, from their product rows (a
    quota is per product; a drug class's or a customer's whole month is not one product's)."""
    ids, wanted = list(customer_ids), list(products)
    out: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    if not wanted:
        return out
    query = select(CustomerMetric).where(
        CustomerMetric.deleted == LIVE, CustomerMetric.customer_id.in_(ids),
        CustomerMetric.period.startswith(f"{year:04d}-"),
        CustomerMetric.product_id.in_(wanted),
        CustomerMetric.sales_amount != None)  # noqa: E711
    for r in session.exec(query):
        out[r.customer_id][int(r.period[5:7])] += r.sales_amount
    return out


def quota_products(session: Session, region_id: str, year: int) -> set[str]:
    """The products the region has quotas of in `year` ("all products" of a quota view)."""
    return set(session.exec(select(Quota.product_id).where(
        Quota.deleted == LIVE, Quota.region_id == region_id, Quota.year == year)).all())


def _sales_by(keys_of: Mapping[str, str | None], sales: Mapping[str, Mapping[int, float]]
              ) -> dict[str, dict[int, float]]:
    """Sales summed per key (rep, hospital…) through `keys_of` (customer → key)."""
    out: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for customer_id, months in sales.items():
        key = keys_of.get(customer_id)
        if key is None:
            continue
        for month, amount in months.items():
            out[key][month] += amount
    return out


def _keys(session: Session, region_id: str, level: str, rep_user_id: str | None = None
          ) -> dict[str, str | None]:
    """customer → the key of `level` it counts for, in the region (or the rep's part)."""
    owners = _territories(session, region_id)
    if rep_user_id:
        owners = {t: o for t, o in owners.items() if o == rep_user_id}
    customers = _customers(session, owners)
    if level == QuotaLevel.REGION:
        return {c.id: region_id for c in customers}
    if level == QuotaLevel.REP:
        return {c.id: owners.get(c.territory_id) for c in customers}
    return _hospital_of(customers)


def sales_by_level(session: Session, *, region_id: str, level: str, year: int,
                   product_id: str | None, rep_user_id: str | None = None,
                   quota_year: int | None = None) -> dict[str, dict[int, float]]:
    """Monthly sales per region / rep / hospital of the region for the year, of the product
    (None: of every product the region has quotas of in `quota_year`, default `year`)."""
    keys = _keys(session, region_id, level, rep_user_id)
    products = [product_id] if product_id else quota_products(
        session, region_id, quota_year or year)
    return _sales_by(keys, monthly_sales(session, keys, products, year))


# ------------------------------------------------------------------ suggest and allocate
@dataclass(frozen=True)
class SplitLine:
    target_id: str  # rep user id or hospital customer id
    last_year_sales: float
    months: dict[int, float]  # the suggested quota per month

    @property
    def year_total(self) -> float:
        return round(sum(self.months.values()), 2)


def _quota_rows(session: Session, *, region_id: str, year: int, product_id: str | None,
                level: str) -> list[Quota]:
    query = select(Quota).where(Quota.region_id == region_id, Quota.year == year,
                                Quota.level == level, Quota.deleted == LIVE)
    if product_id:
        query = query.where(Quota.product_id == product_id)
    return list(session.exec(query))


def suggest_split(store: Store, *, region_id: str, year: int, product_id: str, level: str,
                  rep_user_id: str | None = None, targets: Iterable[str] | None = None
                  ) -> list[SplitLine]:
    """The quota one level up split over `level` (reps of the region, or a rep's hospitals)
    month by month in proportion to last year's sales of the product. `targets` adds reps or
    hospitals without sales last year (they get 0 unless nobody sold anything)."""
    parent_level = QuotaLevel.REGION if level == QuotaLevel.REP else QuotaLevel.REP
    with store.read() as s:
        parents = _quota_rows(s, region_id=region_id, year=year, product_id=product_id,
                              level=parent_level)
        parent = {q.month: q.amount for q in parents
                  if parent_level == QuotaLevel.REGION or q.rep_user_id == rep_user_id}
        last = sales_by_level(s, region_id=region_id, level=level, year=year - 1,
                              product_id=product_id, rep_user_id=rep_user_id)
        if level == QuotaLevel.REP and targets is None:
            targets = [o for o in _territories(s, region_id).values() if o]
    weights = {k: sum(v.values()) for k, v in last.items()}
    for target in targets or ():
        weights.setdefault(target, 0.0)
    by_month = {m: proportional_split(parent.get(m, 0.0), weights) for m in MONTHS}
    return [SplitLine(k, weights[k], {m: by_month[m][k] for m in MONTHS})
            for k in sorted(weights, key=lambda k: (-weights[k], k))]


def allocate(store: Store, *, region_id: str, year: int, product_id: str, level: str,
             amounts: Mapping[str, Mapping[int, float]], needs_approval: bool = False) -> int:
    """Save the manager's split: `amounts` is target (rep user id or customer id) → month →
    CNY. Existing rows are updated, new ones created; returns how many rows changed. With
    `needs_approval` the rows are drafts until approved."""
    if level not in (QuotaLevel.REP, QuotaLevel.HOSPITAL):
        raise ValueError("a manager allocates to reps or hospitals")
    column = "rep_user_id" if level == QuotaLevel.REP else "customer_id"
    status = (QuotaStatus.DRAFT if needs_approval else QuotaStatus.APPROVED).value
    changed = 0
    with store.write() as w:
        current = {(getattr(q, column), q.month): q for q in _quota_rows(
            w.session, region_id=region_id, year=year, product_id=product_id, level=level)}
        for target, months in amounts.items():
            for month, amount in months.items():
                row = current.get((target, month))
                if row is None:
                    w.create(Quota, year=year, month=month, product_id=product_id, level=level,
                             region_id=region_id, amount=amount, status=status,
                             **{column: target})
                elif row.amount != amount:
                    w.update(Quota, row.id, {"amount": amount, "status": status})
                else:
                    continue
                changed += 1
    return changed


# ------------------------------------------------------------------ achievement
@dataclass(frozen=True)
class Achievement:
    level: str
    target_id: str
    year: int
    month: int | None  # None: year to date through `through`
    through: int  # the last month counted
    quota: float
    sales: float
    last_year_same_months: float
    forecast: Forecast
    explanation: tuple[str, dict]

    @property
    def rate(self) -> float | None:
        return rate(self.sales, self.quota)


def _months_text(year: int, month: int | None, through: int) -> str:
    return f"{year}-{month:02d}" if month else f"{year}-01…{year}-{through:02d}"


def achievement(store: Store, *, level: str, year: int, region_id: str,
                month: int | None = None, product_id: str | None = None,
                rep_user_id: str | None = None, through: int | None = None
                ) -> list[Achievement]:
    """Quota against sales per region / rep / hospital for one month, or year to date
    through `through` (default: the last month of the year with sales, else December)."""
    with store.read() as s:
        quotas = _quota_rows(s, region_id=region_id, year=year, product_id=product_id,
                             level=level)
        column = {QuotaLevel.REGION: "region_id", QuotaLevel.REP: "rep_user_id",
                  QuotaLevel.HOSPITAL: "customer_id"}[level]
        this = sales_by_level(s, region_id=region_id, level=level, year=year,
                              product_id=product_id, rep_user_id=rep_user_id)
        last = sales_by_level(s, region_id=region_id, level=level, year=year - 1,
                              product_id=product_id, rep_user_id=rep_user_id,
                              quota_year=year)
    quota: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for q in quotas:
        if rep_user_id and level == QuotaLevel.REP and q.rep_user_id != rep_user_id:
            continue
        quota[getattr(q, column)][q.month] += q.amount
    if through is None:
        through = month or max((m for v in this.values() for m in v), default=12)
    months = [month] if month else list(range(1, through + 1))
    out = []
    for key in sorted(set(quota) | set(this)):
        if level == QuotaLevel.HOSPITAL and rep_user_id and key not in this and key not in quota:
            continue
        q = sum(quota[key].get(m, 0.0) for m in months)
        sales = sum(this.get(key, {}).get(m, 0.0) for m in months)
        before = sum(last.get(key, {}).get(m, 0.0) for m in months)
        ytd = sum(this.get(key, {}).get(m, 0.0) for m in range(1, through + 1))
        ly_same = sum(last.get(key, {}).get(m, 0.0) for m in range(1, through + 1))
        fc = forecast(ytd, through, ly_same, sum(last.get(key, {}).values()))
        text = (MSG_ACHIEVEMENT, {"sales": f"{sales:,.0f}", "quota": f"{q:,.0f}",
                                  "months": _months_text(year, month, through)})
        out.append(Achievement(level, key, year, month, through, round(q, 2), round(sales, 2),
                               round(before, 2), fc, text))
    return out
