"""Prescription share (处方比例) and the figures behind the customer charts.

Share = our prescriptions / total prescriptions, for one customer, drug class and period; a
department's or hospital's share is computed from the sums of its doctors' figures (never the
average of their shares, which would weigh a doctor with 3 prescriptions like one with 300),
each doctor-month counted once, at its widest level (`metric_levels`: a drug class's own row,
else its products').
Share is always computed at read time from `CustomerMetric` rows, never stored.

Pure functions over metric-like objects or dicts (anything with `customer_id`, `period`,
`drug_class`, `our_prescriptions`, `total_prescriptions`…); the store queries live in
`desktop.domain.prescription_share`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from types import SimpleNamespace

from desktop.domain import metric_levels
from desktop.i18n import QT_TRANSLATE_NOOP as _t

#: A fall of at least this many share points over a trend is worth a warning.
FALLING_SHARE_POINTS = 0.05

MSG_SHARE_FALLING = _t("Metrics", "Prescription share of {drug_class} fell from {start} to {end}.")

SERIES_FIELDS = ("share", "our_prescriptions", "total_prescriptions", "outpatient_volume",
                 "sales_volume", "sales_amount", "purchase_amount", "clinic_days")


def _get(row, name: str):
    return row.get(name) if isinstance(row, dict) else getattr(row, name, None)


def prescription_share(ours: int | None, total: int | None) -> float | None:
    """our / total, or None when there is nothing to divide (total 0 or unknown, ours unknown)."""
    if ours is None or not total:
        return None
    return ours / total


@dataclass(frozen=True)
class Prescriptions:
    """Summed prescription figures and the share they give."""

    ours: int | None
    total: int | None

    @property
    def share(self) -> float | None:
        return prescription_share(self.ours, self.total)


def sum_prescriptions(rows: Iterable) -> Prescriptions:
    """Sum of our and total prescriptions over `rows`. Rows that lack either figure are left
    out of both sums, so an unreported `ours` does not look like zero share. None when no row
    has both."""
    ours = total = 0
    counted = False
    for row in rows:
        o, t = _get(row, "our_prescriptions"), _get(row, "total_prescriptions")
        if o is None or t is None:
            continue
        ours, total, counted = ours + o, total + t, True
    return Prescriptions(ours, total) if counted else Prescriptions(None, None)


def _matching(rows: Iterable, drug_class: str | None, periods: Iterable[str] | None,
              customer_ids: Iterable[str] | None):
    wanted_periods = set(periods) if periods is not None else None
    wanted_customers = set(customer_ids) if customer_ids is not None else None
    for row in rows:
        if _get(row, "drug_class") != drug_class:
            continue
        if wanted_periods is not None and _get(row, "period") not in wanted_periods:
            continue
        if wanted_customers is not None and _get(row, "customer_id") not in wanted_customers:
            continue
        if _get(row, "deleted"):
            continue
        yield row


def _fields(row):
    """`row` as an object (`metric_levels` reads `row.drug_class`, `row.product_id`)."""
    if not isinstance(row, dict):
        return row
    return SimpleNamespace(**{"drug_class": None, "product_id": None, **row})


def once_each_month(rows: Iterable) -> list:
    """Of each customer-month's rows that report both prescription figures, those of its
    widest level (the drug class's own row, else its products': an import gives both, and a
    product row carries its class), so no prescription is counted twice."""
    return metric_levels.at_widest(
        (_fields(r) for r in rows if _get(r, "our_prescriptions") is not None
         and _get(r, "total_prescriptions") is not None),
        lambda r: (r.customer_id, r.period))


def customer_share(rows: Iterable, customer_id: str, drug_class: str,
                   periods: Iterable[str]) -> Prescriptions:
    """One customer's figures for a drug class over one or more periods ("2026-02"), each
    month counted once at its widest level."""
    return sum_prescriptions(once_each_month(
        _matching(rows, drug_class, periods, [customer_id])))


def rollup(rows: Iterable, member_ids: Iterable[str], drug_class: str,
           periods: Iterable[str]) -> Prescriptions:
    """A department's or hospital's figures: the sums over its doctors (`member_ids`), each
    doctor-month counted once at its widest level."""
    return sum_prescriptions(once_each_month(
        _matching(rows, drug_class, periods, member_ids)))


@dataclass(frozen=True)
class TrendPoint:
    period: str
    value: float | int | None  # None: no figure that month (a gap in the chart)


def months_back(last_period: str, count: int) -> list[str]:
    """`count` consecutive periods ending with `last_period`, oldest first."""
    year, month = int(last_period[:4]), int(last_period[5:7])
    out = []
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}")
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return out[::-1]


def monthly_prescriptions(rows: Iterable, periods: list[str], drug_class: str | None = None,
                          customer_ids: Iterable[str] | None = None) -> dict[str, Prescriptions]:
    """Per period, our and total prescriptions summed over the rows that report both (the
    figures a share is computed from, so a table of them agrees with the share beside it)."""
    by_period: dict[str, list] = {p: [] for p in periods}
    for row in _matching(rows, drug_class, periods, customer_ids):
        by_period[_get(row, "period")].append(row)
    return {period: sum_prescriptions(found) for period, found in by_period.items()}


def trend(rows: Iterable, periods: list[str], field: str = "share",
          drug_class: str | None = None, customer_ids: Iterable[str] | None = None
          ) -> list[TrendPoint]:
    """A series for a chart: one point per period in `periods`, summed over the given
    customers (all rows when None). `field` "share" gives the prescription share of
    `drug_class`; any other field of `SERIES_FIELDS` is summed as it is."""
    if field not in SERIES_FIELDS:
        raise ValueError(f"unknown series field {field!r}; use one of {', '.join(SERIES_FIELDS)}")
    by_period: dict[str, list] = {p: [] for p in periods}
    for row in _matching(rows, drug_class, periods, customer_ids):
        by_period[_get(row, "period")].append(row)
    points = []
    for period in periods:
        found = by_period[period]
        if field == "share":
            value = sum_prescriptions(found).share
        else:
            values = [_get(r, field) for r in found if _get(r, field) is not None]
            value = sum(values) if values else None
        points.append(TrendPoint(period, value))
    return points


def share_change(points: list[TrendPoint]) -> float | None:
    """Last known share minus the first known one (None with fewer than two known points)."""
    known = [p.value for p in points if p.value is not None]
    return known[-1] - known[0] if len(known) >= 2 else None


def falling_share_warning(points: list[TrendPoint], drug_class: str,
                          threshold: float = FALLING_SHARE_POINTS) -> tuple[str, dict] | None:
    """A warning (message template, params) when the share fell by `threshold` or more."""
    change = share_change(points)
    if change is None or change > -threshold:
        return None
    known = [p.value for p in points if p.value is not None]
    return MSG_SHARE_FALLING, {"drug_class": drug_class, "start": f"{known[0]:.0%}",
                               "end": f"{known[-1]:.0%}"}
