"""Monthly customer figures with plausible trends: outpatient volume with a Spring Festival
dip, prescriptions per drug class with our share drifting by lifecycle stage, pharmacy and
distributor sales of our drugs, hospitals' drug purchases.

Two years of months (MONTHS): the last twelve, and the same months a year earlier so that
purchases compare against last year. Customers at risk show it the way the at-risk rules
look for it: an at-risk doctor's share of each class falls in each of the last
FALLING_MONTHS months, and an at-risk or lost customer buys less each month (so less than
in the same months a year earlier).

The figures are written as a figures spreadsheet would hold them (`table`: a header and one
row per customer, month and drug class, naming the customer by its id) and turned into
`customer_metric` rows by `desktop.domain.metrics_sheet`, the reading and checks the
server's `import metrics` applies to a real file, so the demo's charts are drawn from rows an
import could have written."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date

from desktop.demo.world import Known, World, between, local, meta
from desktop.domain.metrics_sheet import (
    CustomerIndex,
    CustomerRef,
    ProductIndex,
    ProductRef,
    SheetReader,
    SheetRow,
)

MONTHS = 24
FALLING_MONTHS = 4  # an at-risk doctor's share falls in each of the last months
# Monthly share drift by lifecycle stage (growing customers gain share, at-risk ones lose it).
DRIFT = {"growing": 0.012, "new": 0.015, "at_risk": -0.012, "lost": -0.02, "prospect": 0.0}
# Monthly fall of what at-risk and lost customers buy: a quarter down on a year earlier, past
# the at-risk rule's default 20 % (desktop/domain/at_risk.py).
DECLINE = {"at_risk": -0.025, "lost": -0.03}
# Outpatient visits a month by title.
OUTPATIENT = {"主任医师": (350, 800), "副主任医师": (300, 650), "主治医师": (250, 500),
              "住院医师": (120, 300)}
CLASS_RATE = {"降压药": 0.35, "降糖药": 0.4, "调脂药": 0.2, "抗凝药": 0.12, "抗肿瘤药": 0.3,
              "呼吸系统用药": 0.3, "抗感染药": 0.25}
RESPIRATORY = ("呼吸系统用药", "抗感染药")
# The figures table's columns (Chinese headers, as the company's spreadsheets have them).
HEADER = ("客户ID", "月份", "药品类别", "门诊量", "出诊天数", "处方总量", "我方处方量", "采购量",
          "销售量", "销售额")
FIELDS = ("outpatient_volume", "clinic_days", "total_prescriptions", "our_prescriptions",
          "purchase_amount", "sales_volume", "sales_amount")
PRICE = {"降压药": 32.0, "降糖药": 45.0, "调脂药": 38.0, "抗凝药": 120.0, "抗肿瘤药": 1800.0,
         "呼吸系统用药": 210.0, "抗感染药": 28.0}


def periods(today: date, months: int = MONTHS) -> list[str]:
    """The `months` complete months before today's month, oldest first ("YYYY-MM")."""
    out, y, m = [], today.year, today.month
    for _ in range(months):
        m -= 1
        if m == 0:
            y, m = y - 1, 12
        out.append(f"{y:04d}-{m:02d}")
    return out[::-1]


def _season(period: str, drug_class: str | None = None) -> float:
    month = int(period[5:])
    factor = 0.78 if month == 2 else 1.0  # 春节
    if drug_class in RESPIRATORY:  # winter peak
        factor *= 1 + 0.25 * math.cos((month - 1) / 12 * 2 * math.pi)
    return factor


def _share_drift(lifecycle: str, months_left: int):
    """How a doctor's share of a class moves in a month (`months_left`: 1 for the last
    month): at random around the lifecycle's drift, except that an at-risk doctor's falls
    every month of the last FALLING_MONTHS."""
    if lifecycle == "at_risk" and months_left <= FALLING_MONTHS:
        return lambda rng: rng.uniform(-0.03, -0.01)
    drift = 0.003 if lifecycle == "at_risk" else DRIFT.get(lifecycle, 0.003)
    return lambda rng: drift + rng.uniform(-0.015, 0.015)


class FigureFactory:
    def __init__(self, world: World):
        self.w = world
        self.rng = world.rng("metrics")
        self.periods = periods(world.today)
        # figures of a month are entered at its end
        self.stamps = {p: local(date(int(p[:4]), int(p[5:]), 28), 20) for p in self.periods}

    def rows(self) -> Iterator[dict]:
        """The `customer_metric` rows the figures table gives, read as an import reads it."""
        table = self.table()
        reader = SheetReader(next(table), self._customers(), self._products())
        for number, raw in enumerate(table, start=2):
            row = reader.read(number, raw)
            if not isinstance(row, SheetRow):
                raise ValueError(f"demo figures, row {number}: "
                                 + "; ".join(p.text() for p in row.problems))
            figures = {k: v for k, v in row.figures.items() if v is not None}
            yield {**meta(self.w.ids(), row.territory_id, self.stamps[row.period]),
                   "customer_id": row.customer_id, "period": row.period,
                   "drug_class": row.drug_class, **figures}

    def table(self) -> Iterator[tuple]:
        """The header, then one row per customer, month and drug class (None: the
        customer's own figures)."""
        yield HEADER
        for customer_id, period, drug_class, figures in self._figures():
            yield (customer_id, period, drug_class, *(figures.get(f) for f in FIELDS))

    def _customers(self) -> CustomerIndex:
        return CustomerIndex(CustomerRef(k.id, k.name, self.w.territory_ids[k.territory])
                             for k in self.w.customers)

    def _products(self) -> ProductIndex:
        return ProductIndex(ProductRef(p["id"], "", p["drug_class"]) for p in self.w.products)

    def _figures(self) -> Iterator[tuple]:
        for k in self.w.customers:
            if k.kind == "doctor" and k.tier in ("A", "B"):  # target doctors are tracked
                yield from self._doctor(k)
            elif k.kind == "department":
                yield from self._simple(k, "outpatient_volume", (1500, 9000))
            elif k.kind == "hospital":
                yield from self._hospital(k)
            elif k.kind == "pharmacy" and k.tier in ("A", "B", "C"):
                yield from self._sales(k, (200, 3000), 1)
            elif k.kind == "distributor":
                yield from self._sales(k, (20_000, 400_000), 2)

    @staticmethod
    def _row(k: Known, period: str, drug_class: str | None, **figures) -> tuple:
        return k.id, period, drug_class, figures

    def _doctor(self, k: Known) -> Iterator[tuple]:
        rng = self.rng
        low, high = OUTPATIENT.get(k.title or "", (150, 400))
        volume = between(rng, low, high)
        clinic_days = between(rng, 4, 10) if k.title in ("主任医师", "副主任医师") else between(rng, 8, 18)
        classes = k.classes[:2]
        falling = k.lifecycle == "at_risk"
        share = {c: rng.uniform(0.2 if falling else 0.04, 0.45) for c in classes}
        for i, period in enumerate(self.periods):
            drift = _share_drift(k.lifecycle, len(self.periods) - i)
            v = int(volume * _season(period) * rng.uniform(0.92, 1.08))
            yield self._row(k, period, None, outpatient_volume=v, clinic_days=clinic_days)
            for c in classes:
                share[c] = min(0.9, max(0.0, share[c] + drift(rng)))
                total = int(v * CLASS_RATE[c] * _season(period, c) * rng.uniform(0.9, 1.1))
                yield self._row(k, period, c, total_prescriptions=total,
                                our_prescriptions=round(total * share[c]))

    def _simple(self, k: Known, field: str, bounds: tuple[int, int]) -> Iterator[tuple]:
        rng = self.rng
        base = between(rng, *bounds)
        for period in self.periods:
            yield self._row(k, period, None,
                            **{field: int(base * _season(period) * rng.uniform(0.93, 1.07))})

    def _hospital(self, k: Known) -> Iterator[tuple]:
        rng = self.rng
        volume = between(rng, 20_000, 300_000) if k.tier in ("A", "B") else between(rng, 2_000, 30_000)
        purchase = volume * rng.uniform(80, 140)  # CNY of drugs bought a month
        trend = 1 + DECLINE.get(k.lifecycle, 0.0)
        for i, period in enumerate(self.periods):
            f = _season(period) * rng.uniform(0.95, 1.05) * trend ** i
            yield self._row(k, period, None, outpatient_volume=int(volume * f),
                            purchase_amount=round(purchase * f, 2))

    def _sales(self, k: Known, bounds: tuple[int, int], classes: int) -> Iterator[tuple]:
        rng = self.rng
        picked = rng.sample(k.classes, min(classes, len(k.classes)))
        # boxes a month; dear drugs (oncology) sell far fewer boxes
        base = {c: max(5, int(between(rng, *bounds) * min(1.0, 60 / PRICE[c]))) for c in picked}
        trend = 1 + DECLINE.get(k.lifecycle, DRIFT.get(k.lifecycle, 0.004))
        for i, period in enumerate(self.periods):
            for c in picked:
                units = int(base[c] * trend ** i * _season(period, c) * rng.uniform(0.9, 1.1))
                amount = round(units * PRICE[c], 2)
                yield self._row(k, period, c, sales_volume=units, sales_amount=amount,
                                purchase_amount=round(amount * rng.uniform(0.85, 1.1), 2))
