"""The market activities report (市场活动报表): one row per activity of the local store (the
signed-in user's scope) with its plan, its cost, who came, and each evaluation rule's
figure and verdict, to an .xlsx for `rounds report activities` and the activities screens.

Qt-free: headers and enumerated values are marked here for translation and resolved by the
caller's `translate(context, text)` (the window's installed catalogue, or the headless
command's catalogue of `--lang`), so the file is in the user's language. Cells go through
`desktop.domain.spreadsheet` (no cell is a formula); numbers stay numbers, shown as
percentages, multiples (0.00×) and points.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from sqlmodel import or_, select

from desktop.domain import local_time
from desktop.domain.spreadsheet import format_report_sheet, write_sheet
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models import (
    MarketActivity,
    MarketActivityCost,
    MarketActivityInvitee,
    MarketActivityProduct,
    Product,
    TeamMember,
)
from desktop.models.enums import (
    ActivityKind,
    ActivityStatus,
    InviteeStatus,
    Verdict,
    label,
)

Translate = Callable[[str, str], str]
CONTEXT = "ActivityReport"
RULES = ("sales_growth", "profit_multiple", "awareness", "control")
# Activities whose evaluation the report shows: held ones provisionally, evaluated ones as judged.
EVALUATED_STATES = (ActivityStatus.HELD, ActivityStatus.EVALUATED)

SHEET_TITLE = _t("ActivityReport", "Market activities")
PERCENT, MULTIPLE, POINTS = "0.00%", '0.00"×"', '+0.0;-0.0;0.0'
MONEY, WHOLE, DAY = "#,##0.00", "0", "yyyy-mm-dd"


@dataclass(frozen=True)
class Column:
    """A column of the report: its header (marked for translation), how a row fills it, and
    the cell format of its numbers or dates."""

    header: str
    value: Callable[[ActivityRow], object]
    number_format: str | None = None
    width: int = 12


@dataclass(frozen=True)
class ActivityRow:
    """One activity as the report shows it; figures None where not known (not held, not
    evaluated, no figures), verdicts as `Verdict` values by rule name."""

    id: str
    kind: str
    title: str
    owner: str
    products: tuple[str, ...]
    starts_on: date
    ends_on: date | None
    status: str
    budget: float | None
    actual_cost: float | None
    invited: int
    attendance: int
    growth: float | None = None
    profit_multiple: float | None = None
    awareness_change: float | None = None  # survey points
    control_difference: float | None = None  # share points gained over non-attendees
    verdicts: dict[str, str] = field(default_factory=dict)
    overall: str | None = None
    place: str | None = None
    comment: str | None = None  # the evaluator's
    evaluated_at: datetime | None = None
    evaluated_by: str | None = None


def activity_rows(session, *, start: date | None, end: date | None,
                  today: date | None = None) -> list[ActivityRow]:
    """The activities of the store whose dates meet [start, end] (either open), earliest
    first, each with its evaluation when held or evaluated (`today`: the day evaluated by)."""
    return _rows(session, list(session.exec(_in_range(start, end))), today or local_time.today())


def activity_row(session, activity_id: str, *, today: date | None = None) -> ActivityRow:
    """One activity as the report shows it (the facts an evaluation's PDF prints)."""
    activity = session.get(MarketActivity, activity_id)
    if activity is None:
        raise LookupError(f"no market activity {activity_id}")
    return _rows(session, [activity], today or local_time.today())[0]


def _rows(session, activities: list[MarketActivity], today: date) -> list[ActivityRow]:
    ids = [a.id for a in activities]
    names = _names(session)
    products = _products(session, ids)
    costs = _costs(session, ids)
    invited, attended = _invitees(session, ids)
    rows = []
    for a in activities:
        budget, actual = costs.get(a.id, (None, None))
        row = ActivityRow(
            id=a.id, kind=a.kind, title=a.title, owner=names.get(a.owner_user_id, ""),
            products=tuple(products.get(a.id, ())), starts_on=a.starts_on, ends_on=a.ends_on,
            status=a.status, budget=budget, actual_cost=actual,
            invited=invited.get(a.id, 0), attendance=attended.get(a.id, 0), place=a.place,
            comment=a.evaluation_comment, evaluated_at=a.evaluated_at,
            evaluated_by=names.get(a.evaluated_by_user_id or ""))
        if a.status in EVALUATED_STATES:
            row = with_rules(row, judged_rules(session, a, today), a)
        rows.append(row)
    return rows


def judged_rules(session, activity: MarketActivity, today: date) -> tuple:
    """The rules of an evaluated activity as recorded with its verdict (figures imported
    since do not change a judgement); else, and for a held one, as the figures give them
    today."""
    from desktop.domain.activity_evaluation import evaluate, stored_reasons

    recorded = stored_reasons(activity.verdict_reasons) \
        if activity.status == ActivityStatus.EVALUATED else ()
    return recorded or evaluate(session, activity.id, today=today).rules


def with_rules(row: ActivityRow, rules, activity: MarketActivity) -> ActivityRow:
    """`row` with each rule's figure and verdict; the overall verdict is the one recorded
    when the activity was evaluated (none yet while only held)."""
    results = {r.rule: r for r in rules}

    def value(rule: str) -> float | None:
        return results[rule].value if rule in results else None
    return ActivityRow(
        **{**row.__dict__, "growth": value("sales_growth"),
           "profit_multiple": value("profit_multiple"),
           "awareness_change": value("awareness"),
           "control_difference": _points(value("control")),
           "verdicts": {rule: r.verdict for rule, r in results.items()},
           "overall": activity.verdict if activity.status == ActivityStatus.EVALUATED
           else None})


def _points(fraction: float | None) -> float | None:
    """A difference of prescription shares (fractions) in percentage points."""
    return None if fraction is None else fraction * 100


def _in_range(start: date | None, end: date | None):
    query = select(MarketActivity).where(MarketActivity.deleted == False)  # noqa: E712
    if start is not None:
        query = query.where(or_(MarketActivity.ends_on >= start,
                                MarketActivity.starts_on >= start))
    if end is not None:
        query = query.where(MarketActivity.starts_on <= end)
    return query.order_by(MarketActivity.starts_on, MarketActivity.title)


def _names(session) -> dict[str, str]:
    return dict(session.exec(select(TeamMember.id, TeamMember.display_name)).all())


def _products(session, ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for activity_id, name in session.exec(
            select(MarketActivityProduct.activity_id, Product.name)
            .join(Product, Product.id == MarketActivityProduct.product_id)
            .where(MarketActivityProduct.activity_id.in_(ids),
                   MarketActivityProduct.deleted == False)  # noqa: E712
            .order_by(Product.name)):
        out.setdefault(activity_id, []).append(name)
    return out


def _costs(session, ids: list[str]) -> dict[str, tuple[float | None, float | None]]:
    """(budget, actual) per activity: sums of the lines that have an amount (None: none has)."""
    out: dict[str, list] = {}
    for line in session.exec(select(MarketActivityCost).where(
            MarketActivityCost.activity_id.in_(ids),
            MarketActivityCost.deleted == False)):  # noqa: E712
        sums = out.setdefault(line.activity_id, [None, None])
        for i, amount in enumerate((line.budget_amount, line.actual_amount)):
            if amount is not None:
                sums[i] = (sums[i] or 0.0) + amount
    return {k: (v[0], v[1]) for k, v in out.items()}


def _invitees(session, ids: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    """(invited, attended) per activity; walk-ins count as attending, not as invited."""
    invited: dict[str, int] = {}
    attended: dict[str, int] = {}
    for invitee in session.exec(select(MarketActivityInvitee).where(
            MarketActivityInvitee.activity_id.in_(ids),
            MarketActivityInvitee.deleted == False)):  # noqa: E712
        if not invitee.walk_in:
            invited[invitee.activity_id] = invited.get(invitee.activity_id, 0) + 1
        if invitee.status == InviteeStatus.ATTENDED:
            attended[invitee.activity_id] = attended.get(invitee.activity_id, 0) + 1
    return invited, attended


def _verdict(rule: str | None) -> Callable[[ActivityRow], str | None]:
    def cell(row: ActivityRow) -> str | None:
        value = row.overall if rule is None else row.verdicts.get(rule)
        return None if value is None else _Label(Verdict(value))
    return cell


class _Label(str):
    """An enumerated value to be shown by its translated label."""

    def __new__(cls, member):
        return super().__new__(cls, label(member))


COLUMNS: tuple[Column, ...] = (
    Column(_t("ActivityReport", "Title"), lambda r: r.title, width=30),
    Column(_t("ActivityReport", "Kind"), lambda r: _Label(ActivityKind(r.kind)), width=16),
    Column(_t("ActivityReport", "Representative"), lambda r: r.owner),
    Column(_t("ActivityReport", "Products"), lambda r: ", ".join(r.products), width=24),
    Column(_t("ActivityReport", "Starts"), lambda r: r.starts_on, DAY),
    Column(_t("ActivityReport", "Ends"), lambda r: r.ends_on, DAY),
    Column(_t("ActivityReport", "Status"), lambda r: _Label(ActivityStatus(r.status))),
    Column(_t("ActivityReport", "Budget (CNY)"), lambda r: r.budget, MONEY, 14),
    Column(_t("ActivityReport", "Actual cost (CNY)"), lambda r: r.actual_cost, MONEY, 14),
    Column(_t("ActivityReport", "Invited"), lambda r: r.invited, WHOLE, 8),
    Column(_t("ActivityReport", "Attended"), lambda r: r.attendance, WHOLE, 8),
    Column(_t("ActivityReport", "Sales growth"), lambda r: r.growth, PERCENT),
    Column(_t("ActivityReport", "Sales growth verdict"), _verdict("sales_growth"), width=16),
    Column(_t("ActivityReport", "Profit multiple"), lambda r: r.profit_multiple, MULTIPLE),
    Column(_t("ActivityReport", "Profit verdict"), _verdict("profit_multiple"), width=16),
    Column(_t("ActivityReport", "Awareness change (points)"), lambda r: r.awareness_change,
           POINTS),
    Column(_t("ActivityReport", "Awareness verdict"), _verdict("awareness"), width=16),
    Column(_t("ActivityReport", "Share change vs. non-attendees (points)"),
           lambda r: r.control_difference, POINTS),
    Column(_t("ActivityReport", "Control verdict"), _verdict("control"), width=16),
    Column(_t("ActivityReport", "Overall verdict"), _verdict(None), width=16),
)


def headers(translate: Translate) -> list[str]:
    """The report's first row, translated."""
    return [translate(CONTEXT, c.header) for c in COLUMNS]


def cells(row: ActivityRow, translate: Translate) -> list:
    """The report's row of an activity: labels translated, numbers and dates as they are."""
    values = [c.value(row) for c in COLUMNS]
    return [translate("Enum", v) if isinstance(v, _Label) else v for v in values]


def write_activities_report(path: Path | str, rows: Iterable[ActivityRow],
                            translate: Translate) -> int:
    """Write `rows` to a new .xlsx at `path` (replacing it): a frozen header row, one row per
    activity, texts in the language of `translate`; returns how many activities."""
    rows = list(rows)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = translate(CONTEXT, SHEET_TITLE)[:31]
    write_sheet(sheet, headers(translate), [cells(r, translate) for r in rows])
    format_report_sheet(sheet, COLUMNS, len(rows))
    workbook.save(path)
    return len(rows)


__all__ = ["COLUMNS", "ActivityRow", "activity_row", "activity_rows", "cells", "headers",
           "judged_rules", "with_rules", "write_activities_report"]

