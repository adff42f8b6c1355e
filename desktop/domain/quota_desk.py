"""What the manager's quota screen shows, Qt-free: the split sheet of one level (the quota
one level up, each rep's or hospital's line as saved, else as suggested from last year's
sales), the names to show, and achievement with names and its months for the chart.

The arithmetic is `desktop.domain.quotas`; this module only gathers it for a screen."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlmodel import select

from desktop.domain import quotas
from desktop.domain.customer_names import display_names
from desktop.models import Customer, Quota, Region, TeamMember, Territory
from desktop.models.enums import CustomerKind, QuotaLevel, QuotaStatus
from desktop.store.store import Store

LIVE = False


@dataclass
class SheetLine:
    """One rep's or hospital's quota for the year, month by month (editable on screen)."""

    target_id: str
    name: str
    last_year_sales: float
    months: dict[int, float]
    suggested: dict[int, float]
    status: str | None = None  # QuotaStatus of the saved rows; None: not saved yet

    @property
    def year_total(self) -> float:
        return round(sum(self.months.values()), 2)


@dataclass
class QuotaSheet:
    """The split of one level: `parent` is the quota being split (month → CNY; empty when
    there is none yet), `lines` the shares, `saved` whether the manager saved a split."""

    level: str
    parent: dict[int, float]
    lines: list[SheetLine] = field(default_factory=list)
    saved: bool = False

    @property
    def parent_total(self) -> float:
        return round(sum(self.parent.values()), 2)

    def allocated(self, month: int) -> float:
        return round(sum(line.months.get(month, 0.0) for line in self.lines), 2)

    def unbalanced_months(self) -> list[int]:
        """Months whose shares do not add up to the quota split (to the fen). A rep's
        hospitals may take less than the rep's quota (the rest is the rep's own: pharmacies,
        distributors), never more."""
        if self.level == QuotaLevel.HOSPITAL:
            return [m for m in quotas.MONTHS
                    if self.allocated(m) - self.parent.get(m, 0.0) >= 0.005]
        return [m for m in quotas.MONTHS
                if abs(self.allocated(m) - self.parent.get(m, 0.0)) >= 0.005]

    def kept(self) -> float:
        """What a rep keeps of their quota beyond their hospitals' shares (0 for reps)."""
        if self.level != QuotaLevel.HOSPITAL:
            return 0.0
        return round(max(self.parent_total - sum(self.allocated(m) for m in quotas.MONTHS),
                         0.0), 2)

    def drafts(self) -> int:
        return sum(1 for line in self.lines if line.status == QuotaStatus.DRAFT)


def rep_names(store: Store, region_id: str) -> dict[str, str]:
    """The region's reps who own a territory: user id → name, by name."""
    with store.read() as s:
        owners = set(s.exec(select(Territory.owner_user_id).where(
            Territory.region_id == region_id, Territory.deleted == LIVE,
            Territory.owner_user_id != None)).all())  # noqa: E711
        members = {m.id: m.display_name or m.username for m in s.exec(
            select(TeamMember).where(TeamMember.id.in_(owners)))}
    names = {uid: members.get(uid) or uid for uid in owners}
    return dict(sorted(names.items(), key=lambda kv: kv[1]))


def rep_hospitals(store: Store, region_id: str, rep_user_id: str) -> dict[str, str]:
    """The hospitals of the rep's territories in the region: id → name, by name."""
    with store.read() as s:
        territories = select(Territory.id).where(
            Territory.region_id == region_id, Territory.owner_user_id == rep_user_id,
            Territory.deleted == LIVE)
        rows = s.exec(select(Customer.id, Customer.name).where(
            Customer.deleted == LIVE, Customer.kind == CustomerKind.HOSPITAL.value,
            Customer.territory_id.in_(territories))).all()
    return dict(sorted(rows, key=lambda kv: kv[1]))


def quota_years(store: Store, region_id: str, this_year: int) -> list[int]:
    """Years with a quota of the region, and this year, newest first."""
    with store.read() as s:
        years = set(s.exec(select(Quota.year).where(
            Quota.region_id == region_id, Quota.deleted == LIVE)).all())
    return sorted(years | {this_year}, reverse=True)


def _saved(store: Store, *, region_id: str, year: int, product_id: str, level: str,
           targets: set[str] | None) -> dict[str, tuple[dict[int, float], str]]:
    column = "rep_user_id" if level == QuotaLevel.REP else "customer_id"
    out: dict[str, dict[int, float]] = defaultdict(dict)
    status: dict[str, str] = {}
    with store.read() as s:
        for q in quotas._quota_rows(s, region_id=region_id, year=year, product_id=product_id,
                                    level=level):
            key = getattr(q, column)
            if key is None or (targets is not None and key not in targets):
                continue
            out[key][q.month] = q.amount
            if status.get(key) != QuotaStatus.DRAFT:
                status[key] = q.status
    return {k: (dict(v), status[k]) for k, v in out.items()}


def split_sheet(store: Store, *, region_id: str, year: int, product_id: str, level: str,
                rep_user_id: str | None = None) -> QuotaSheet:
    """The reps' split of the region's quota (`level` rep), or one rep's over their
    hospitals (`level` hospital, `rep_user_id`): saved lines as saved, the others as
    suggested in proportion to last year's sales."""
    if level == QuotaLevel.REP:
        names = rep_names(store, region_id)
    else:
        names = rep_hospitals(store, region_id, rep_user_id or "")
    lines = quotas.suggest_split(store, region_id=region_id, year=year, product_id=product_id,
                                 level=level, rep_user_id=rep_user_id, targets=list(names))
    parent_level = QuotaLevel.REGION if level == QuotaLevel.REP else QuotaLevel.REP
    with store.read() as s:
        parent = {q.month: q.amount for q in quotas._quota_rows(
            s, region_id=region_id, year=year, product_id=product_id, level=parent_level)
            if parent_level == QuotaLevel.REGION or q.rep_user_id == rep_user_id}
        missing = [line.target_id for line in lines if line.target_id not in names]
        names.update(display_names(s, missing) if level == QuotaLevel.HOSPITAL else {})
    saved = _saved(store, region_id=region_id, year=year, product_id=product_id, level=level,
                   targets=set(names))
    sheet = QuotaSheet(level, parent, saved=bool(saved))
    for line in lines:
        months, status = saved.get(line.target_id, (None, None))
        shown = {m: (months or {}).get(m, 0.0) for m in quotas.MONTHS} if months \
            else dict(line.months)
        sheet.lines.append(SheetLine(line.target_id, names.get(line.target_id, line.target_id),
                                     line.last_year_sales, shown, dict(line.months), status))
    return sheet


def save_sheet(store: Store, sheet: QuotaSheet, *, region_id: str, year: int,
               product_id: str, needs_approval: bool) -> int:
    """Save the sheet's lines (`quotas.allocate`); returns how many months changed."""
    return quotas.allocate(store, region_id=region_id, year=year, product_id=product_id,
                           level=sheet.level, needs_approval=needs_approval,
                           amounts={line.target_id: dict(line.months) for line in sheet.lines})


# ------------------------------------------------------------------ achievement
@dataclass(frozen=True)
class AchievementLine:
    name: str
    achievement: quotas.Achievement


@dataclass(frozen=True)
class MonthFigures:
    month: int
    quota: float
    sales: float | None  # None: no figures imported for the month yet
    last_year: float


def achievement_lines(store: Store, *, level: str, year: int, region_id: str,
                      product_id: str, month: int | None = None,
                      rep_user_id: str | None = None, region_name: str = ""
                      ) -> list[AchievementLine]:
    """`quotas.achievement` with the name of each region, rep or hospital, by name."""
    found = quotas.achievement(store, level=level, year=year, region_id=region_id,
                               month=month, product_id=product_id, rep_user_id=rep_user_id)
    if level == QuotaLevel.REP:
        names = rep_names(store, region_id)
    elif level == QuotaLevel.HOSPITAL:
        if rep_user_id:  # the rep's hospitals only (the region's others have quotas too)
            mine = rep_hospitals(store, region_id, rep_user_id)
            found = [a for a in found if a.target_id in mine or a.sales]
        with store.read() as s:
            names = display_names(s, [a.target_id for a in found])
    else:
        names = {region_id: region_name or region_id}
    lines = [AchievementLine(names.get(a.target_id, a.target_id), a) for a in found]
    return sorted(lines, key=lambda line: line.name)


def monthly_figures(store: Store, *, level: str, year: int, region_id: str, product_id: str,
                    target_id: str, rep_user_id: str | None = None) -> list[MonthFigures]:
    """Quota, sales and last year's sales of one region / rep / hospital, month by month."""
    column = {QuotaLevel.REGION: "region_id", QuotaLevel.REP: "rep_user_id",
              QuotaLevel.HOSPITAL: "customer_id"}[level]
    with store.read() as s:
        rows = quotas._quota_rows(s, region_id=region_id, year=year, product_id=product_id,
                                  level=level)
        this = quotas.sales_by_level(s, region_id=region_id, level=level, year=year,
                                     product_id=product_id, rep_user_id=rep_user_id)
        last = quotas.sales_by_level(s, region_id=region_id, level=level, year=year - 1,
                                     product_id=product_id, rep_user_id=rep_user_id)
    quota: dict[int, float] = defaultdict(float)
    for q in rows:
        if getattr(q, column) == target_id:
            quota[q.month] += q.amount
    mine, before = this.get(target_id, {}), last.get(target_id, {})
    return [MonthFigures(m, round(quota.get(m, 0.0), 2),
                         round(mine[m], 2) if m in mine else None,
                         round(before.get(m, 0.0), 2)) for m in quotas.MONTHS]


def region_name(store: Store, region_id: str) -> str:
    """The region's name as the store knows it (its code when it has no row)."""
    with store.read() as s:
        region = s.get(Region, region_id)
    return region.name if region is not None and region.name else region_id
