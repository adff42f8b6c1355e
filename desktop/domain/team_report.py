"""The team report (团队报表) of `rounds report team` and the manager's screens: one sheet per
view of the team, to an .xlsx in the user's language.

- KPIs by rep and period: one row per rep per month and per week (Monday to Sunday) of the
  range, then the team's row of each period, with every KPI `desktop.domain.kpis` computes
  (calls against plan, coverage by tier, frequency, plan compliance, prescription share and
  its change, sales against quota, calls per sale, activity cost against sales, complaints
  answered on time, adverse reactions reported within 24 hours; the monthly figures are
  empty on a week's row).
- Quota achievement: per region, rep and hospital and month of the range (all our products
  together): quota, sales, achievement, year to date and the year's two forecasts, as
  `desktop.domain.quotas.achievement` computes them.
- Customers at risk: customer, rep, the rule it trips and why, one row per rule tripped, as
  `desktop.domain.at_risk.customers_at_risk` finds them today.

The sheets are written from plain rows (`KpiRow`, `QuotaRow`, `RiskRow`, gathered in a
`TeamReport`). Qt-free: headers and enumerated values are marked here (or in
`desktop.models.enums`, the reasons in `desktop.domain.at_risk`) for translation and
resolved by the caller's `translate(context, text)`, like `desktop.domain.activity_report`;
every cell goes through
`desktop.domain.spreadsheet` (no cell is a formula), numbers stay numbers with formats.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook
from sqlmodel import func, select

from desktop.domain import local_time
from desktop.domain.at_risk import customers_at_risk
from desktop.domain.kpis import periods, scorecard
from desktop.domain.quotas import achievement
from desktop.domain.spreadsheet import format_report_sheet, write_sheet
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models import Customer, Region, TeamMember, Territory
from desktop.models.enums import AtRiskCode, QuotaLevel, label

Translate = Callable[[str, str], str]
CONTEXT = "TeamReport"
PERCENT, MONEY, WHOLE, DAY = "0.0%", "#,##0.00", "0", "yyyy-mm-dd"
CHANGE, RATIO = "+0.0%;-0.0%;0.0%", "0.00"
DEFAULT_MONTHS = 12  # a range with no start: the twelve months up to its end

SHEET_TITLES = (_t("TeamReport", "KPIs by rep and period"),
                _t("TeamReport", "Quota achievement"),
                _t("TeamReport", "Customers at risk"))
TEAM = _t("TeamReport", "Team")
PERIOD_KINDS = {"month": _t("TeamReport", "Month"), "week": _t("TeamReport", "Week")}
LEVELS = (QuotaLevel.REGION, QuotaLevel.REP, QuotaLevel.HOSPITAL)


@dataclass(frozen=True)
class KpiRow:
    """A rep's (or, with `rep` None, the team's) KPIs over one month or week: each KPI's
    value by code (`desktop.domain.kpis`), and the figures behind the calls and share."""

    rep: str | None
    period_kind: str  # "month" | "week"
    period_start: date
    period_end: date
    values: dict[str, float | None]
    calls_made: int | None = None
    calls_planned: int | None = None
    share_change: float | None = None


@dataclass(frozen=True)
class QuotaRow:
    """A month of the quota of a region, a rep or a hospital (`level`: QuotaLevel), all our
    products together, with the year to date through that month and the year's forecasts."""

    level: str
    region: str
    rep: str | None
    hospital: str | None
    month: str  # "YYYY-MM"
    quota: float | None
    sales: float | None
    ytd_quota: float | None
    ytd_sales: float | None
    forecast_run_rate: float | None
    forecast_last_year: float | None

    @property
    def achievement(self) -> float | None:
        return _ratio(self.sales, self.quota)

    @property
    def ytd_achievement(self) -> float | None:
        return _ratio(self.ytd_sales, self.ytd_quota)


@dataclass(frozen=True)
class RiskRow:
    """A customer that trips an at-risk rule (`rule`: an AtRiskCode) and the reason it
    states (template and values, as `desktop.domain.at_risk.Reason`)."""

    customer: str
    rep: str | None
    rule: str
    template: str
    params: dict = field(default_factory=dict)


@dataclass
class TeamReport:
    kpis: list[KpiRow] = field(default_factory=list)
    quotas: list[QuotaRow] = field(default_factory=list)
    risks: list[RiskRow] = field(default_factory=list)


def _ratio(part: float | None, whole: float | None) -> float | None:
    return part / whole if part is not None and whole else None


class _Label(str):
    """A value to be shown by its translation in CONTEXT."""


class _EnumLabel(str):
    """An enumerated value to be shown by its translated label (context "Enum")."""

    def __new__(cls, member):
        return super().__new__(cls, label(member))


class _Reason(str):
    """An at-risk reason: its template translated (context "AtRisk"), then filled in."""

    def __new__(cls, row):
        text = super().__new__(cls, row.template)
        text.params = row.params
        return text


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable
    number_format: str | None = None
    width: int = 12


def _value(code: str) -> Callable[[KpiRow], float | None]:
    return lambda r: r.values.get(code)


KPI_COLUMNS = (
    Column(_t("TeamReport", "Representative"), lambda r: r.rep or _Label(TEAM), width=14),
    Column(_t("TeamReport", "Period"), lambda r: _Label(PERIOD_KINDS[r.period_kind])),
    Column(_t("TeamReport", "From"), lambda r: r.period_start, DAY),
    Column(_t("TeamReport", "To"), lambda r: r.period_end, DAY),
    Column(_t("TeamReport", "Calls made"), lambda r: r.calls_made, WHOLE),
    Column(_t("TeamReport", "Calls planned"), lambda r: r.calls_planned, WHOLE),
    Column(_t("TeamReport", "Calls against plan"), _value("calls"), PERCENT),
    Column(_t("TeamReport", "A-tier coverage"), _value("coverage_a"), PERCENT),
    Column(_t("TeamReport", "B-tier coverage"), _value("coverage_b"), PERCENT),
    Column(_t("TeamReport", "C-tier coverage"), _value("coverage_c"), PERCENT),
    Column(_t("TeamReport", "Frequency attainment"), _value("frequency"), PERCENT),
    Column(_t("TeamReport", "Plan compliance"), _value("plan_compliance"), PERCENT),
    Column(_t("TeamReport", "Prescription share"), _value("share"), PERCENT),
    Column(_t("TeamReport", "Share change on the period before"), lambda r: r.share_change,
           CHANGE),
    Column(_t("TeamReport", "Sales against quota"), _value("sales_vs_quota"), PERCENT),
    Column(_t("TeamReport", "Calls per 10k CNY of sales"), _value("calls_per_sale"), RATIO),
    Column(_t("TeamReport", "Activity cost against sales"), _value("cost_vs_sales"), PERCENT),
    Column(_t("TeamReport", "Complaints answered on time"), _value("complaints_on_time"),
           PERCENT),
    Column(_t("TeamReport", "Adverse reactions reported within 24 h"),
           _value("adr_within_24h"), PERCENT),
)
QUOTA_COLUMNS = (
    Column(_t("TeamReport", "Level"), lambda r: _EnumLabel(QuotaLevel(r.level))),
    Column(_t("TeamReport", "Region"), lambda r: r.region),
    Column(_t("TeamReport", "Representative"), lambda r: r.rep, width=14),
    Column(_t("TeamReport", "Hospital"), lambda r: r.hospital, width=30),
    Column(_t("TeamReport", "Month"), lambda r: r.month),
    Column(_t("TeamReport", "Quota (CNY)"), lambda r: r.quota, MONEY, 14),
    Column(_t("TeamReport", "Sales (CNY)"), lambda r: r.sales, MONEY, 14),
    Column(_t("TeamReport", "Achievement"), lambda r: r.achievement, PERCENT),
    Column(_t("TeamReport", "Quota year to date (CNY)"), lambda r: r.ytd_quota, MONEY, 14),
    Column(_t("TeamReport", "Sales year to date (CNY)"), lambda r: r.ytd_sales, MONEY, 14),
    Column(_t("TeamReport", "Achievement year to date"), lambda r: r.ytd_achievement, PERCENT),
    Column(_t("TeamReport", "Forecast for the year, run rate (CNY)"),
           lambda r: r.forecast_run_rate, MONEY, 16),
    Column(_t("TeamReport", "Forecast for the year, on last year (CNY)"),
           lambda r: r.forecast_last_year, MONEY, 16),
)
RISK_COLUMNS = (
    Column(_t("TeamReport", "Customer"), lambda r: r.customer, width=24),
    Column(_t("TeamReport", "Representative"), lambda r: r.rep, width=14),
    Column(_t("TeamReport", "Rule"), lambda r: _EnumLabel(AtRiskCode(r.rule)), width=26),
    Column(_t("TeamReport", "Reason"), _Reason, width=60),
)
SHEETS = (("kpis", KPI_COLUMNS), ("quotas", QUOTA_COLUMNS), ("risks", RISK_COLUMNS))


# ------------------------------------------------------------------ the periods
def report_range(start: date | None, end: date | None,
                 today: date | None = None) -> tuple[date, date]:
    """The days the report covers: `end` defaults to today, `start` to the first day of the
    month DEFAULT_MONTHS - 1 months before `end`'s."""
    end = end or today or local_time.today()
    if start is None:
        index = end.year * 12 + end.month - DEFAULT_MONTHS
        start = date(index // 12, index % 12 + 1, 1)
    if start > end:
        raise ValueError(f"the report starts ({start}) after it ends ({end})")
    return start, end


# ------------------------------------------------------------------ KPIs from the store
def kpi_rows(store, start: date, end: date, now: datetime | None = None) -> list[KpiRow]:
    """Each rep's KPIs for every month, then every week, of [start, end], reps by name,
    each period's team row after its reps'. The reps are those of the store's scope:
    owners of its customers' territories (a rep's store: the rep alone)."""
    with store.read() as session:
        region_id = _region_id(session)
        reps = _reps(session)
    now = now or local_time.now()
    rows = []
    for kind in PERIOD_KINDS:
        cards = [(name, scorecard(store, rep_user_id=rep_id, region_id=region_id,
                                  period=kind, start=start, end=end, now=now))
                 for rep_id, name in reps]
        cards.append((None, scorecard(store, region_id=region_id, period=kind, start=start,
                                      end=end, now=now)))
        for i in range(len(cards[-1][1])):
            rows += [_kpi_row(name, kind, card[i]) for name, card in cards]
    return rows


def _kpi_row(rep: str | None, kind: str, row) -> KpiRow:
    calls, share = row.kpis["calls"], row.kpis["share"]
    return KpiRow(rep=rep, period_kind=kind, period_start=row.period.start,
                  period_end=row.period.end - timedelta(days=1),
                  values={code: k.value for code, k in row.kpis.items()},
                  calls_made=calls.numbers.get("made"),
                  calls_planned=calls.numbers.get("planned"),
                  share_change=share.numbers.get("change"))


def _reps(session) -> list[tuple[str, str]]:
    """(id, name) of the owners of the territories that hold the store's customers."""
    return list(session.exec(
        select(TeamMember.id, TeamMember.display_name).distinct()
        .join(Territory, Territory.owner_user_id == TeamMember.id)
        .join(Customer, Customer.territory_id == Territory.id)
        .where(Customer.deleted == False, TeamMember.deleted == False)  # noqa: E712
        .order_by(TeamMember.display_name)).all())


# ------------------------------------------------------------------ quotas and risks
def quota_rows(store, start: date, end: date) -> list[QuotaRow]:
    """Each month of [start, end]: the region's, each rep's and each hospital's quota
    achievement (all products), with the year to date through that month. Quotas are
    region-wide reference rows, but the store's sales are its scope's: only the scope's
    reps and hospitals are listed, and the region only when the store holds it whole."""
    with store.read() as session:
        region_id = _region_id(session)
        names = _names(session)
        owner_of = _hospital_owners(session)
        reps = {rep_id for rep_id, _ in _reps(session)}
        whole = _holds_whole_region(session, region_id)
    if region_id is None:
        return []
    rows = []
    for year, month in _months(start, end):
        for level in LEVELS[0 if whole else 1:]:
            ytd = {a.target_id: a for a in achievement(
                store, level=level, year=year, region_id=region_id, through=month)}
            rows += [_quota_row(a, ytd.get(a.target_id), region_id, names, owner_of)
                     for a in achievement(store, level=level, year=year,
                                          region_id=region_id, month=month)
                     if level == QuotaLevel.REGION or _rep_of(a, owner_of) in reps]
    return rows


def _rep_of(row, owner_of: dict[str, str | None]) -> str | None:
    return row.target_id if row.level == QuotaLevel.REP else owner_of.get(row.target_id)


def _holds_whole_region(session, region_id: str | None) -> bool:
    """Whether the store holds customers of every territory of the region."""
    territories = set(session.exec(select(Territory.id).where(
        Territory.region_id == region_id, Territory.deleted == False)).all())  # noqa: E712
    held = set(session.exec(select(Customer.territory_id).distinct().where(
        Customer.deleted == False)).all())  # noqa: E712
    return territories <= held


def _quota_row(month, ytd, region_id: str, names: dict[str, str],
               owner_of: dict[str, str | None]) -> QuotaRow:
    level = month.level
    rep = _rep_of(month, owner_of)
    return QuotaRow(
        level=level, region=names.get(region_id, ""),
        rep=names.get(rep) if level != QuotaLevel.REGION else None,
        hospital=names.get(month.target_id) if level == QuotaLevel.HOSPITAL else None,
        month=f"{month.year:04d}-{month.month:02d}", quota=month.quota or None,
        sales=month.sales, ytd_quota=ytd.quota or None if ytd else None,
        ytd_sales=ytd.sales if ytd else None,
        forecast_run_rate=ytd.forecast.run_rate if ytd else None,
        forecast_last_year=ytd.forecast.last_year_based if ytd else None)


def _months(start: date, end: date) -> list[tuple[int, int]]:
    return [(p.start.year, p.start.month) for p in periods("month", start, end)]


def _region_id(session) -> str | None:
    """The region whose territories hold the store's customers (a rep's or a manager's:
    one; the one with the most customers should a store hold more)."""
    return session.exec(select(Territory.region_id)
                        .join(Customer, Customer.territory_id == Territory.id)
                        .where(Customer.deleted == False)  # noqa: E712
                        .group_by(Territory.region_id)
                        .order_by(func.count().desc(), Territory.region_id)).first()


def _names(session) -> dict[str, str]:
    """Display names of regions, team members and customers by id."""
    out = dict(session.exec(select(Region.id, Region.name)).all())
    out.update(session.exec(select(TeamMember.id, TeamMember.display_name)).all())
    out.update(session.exec(select(Customer.id, Customer.name)).all())
    return out


def _hospital_owners(session) -> dict[str, str | None]:
    owner = dict(session.exec(select(Territory.id, Territory.owner_user_id)).all())
    return {c: owner.get(t) for c, t in session.exec(
        select(Customer.id, Customer.territory_id).where(Customer.kind == "hospital"))}


def risk_rows(session, today: date) -> list[RiskRow]:
    """The store's customers at risk today, one row per rule each trips."""
    names = _names(session)
    found = customers_at_risk(session, region_id=_region_id(session), territory_ids=None,
                              today=today, now=local_time.now())
    return [RiskRow(customer=c.name, rep=names.get(c.rep_user_id or ""), rule=r.code,
                    template=r.template, params=r.params)
            for c in found for r in c.reasons]


def team_report(store, start: date, end: date) -> TeamReport:
    """The report's rows from the store (the signed-in user's scope)."""
    with store.read() as session:
        risks = risk_rows(session, local_time.today())
    return TeamReport(kpis=kpi_rows(store, start, end), quotas=quota_rows(store, start, end),
                      risks=risks)


def write_team_report(path: Path | str, store, start: date | None, end: date | None,
                      translate: Translate) -> dict[str, int]:
    """Write the store's team report for [start, end] (see `report_range`) to a new .xlsx
    at `path`; returns the rows written per sheet ("kpis", "quotas", "risks")."""
    start, end = report_range(start, end)
    return write_team_workbook(path, team_report(store, start, end), translate)


def write_team_workbook(path: Path | str, report: TeamReport,
                        translate: Translate) -> dict[str, int]:
    """Write `report`'s three sheets to a new .xlsx at `path` (replacing it): frozen header
    rows, texts in the language of `translate`; returns the rows per sheet."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    counts = {}
    for (name, columns), title in zip(SHEETS, SHEET_TITLES, strict=True):
        rows = getattr(report, name)
        sheet = workbook.create_sheet(translate(CONTEXT, title)[:31])
        write_sheet(sheet, [translate(CONTEXT, c.header) for c in columns],
                    [_cells(columns, r, translate) for r in rows])
        format_report_sheet(sheet, columns, len(rows))
        counts[name] = len(rows)
    workbook.save(path)
    return counts


def _cells(columns: Sequence[Column], row, translate: Translate) -> list:
    return [_translated(c.value(row), translate) for c in columns]


def _translated(value, translate: Translate):
    if isinstance(value, _Label):
        return translate(CONTEXT, value)
    if isinstance(value, _EnumLabel):
        return translate("Enum", value)
    if isinstance(value, _Reason):
        return translate("AtRisk", value).format(**value.params)
    return value


__all__ = ["KpiRow", "QuotaRow", "RiskRow", "TeamReport", "kpi_rows", "quota_rows",
           "report_range", "risk_rows", "team_report", "write_team_report",
           "write_team_workbook"]
