"""Sales quotas of the demo region (销售指标) and the hospitals' monthly sales they are
judged by.

The business documents' split (../shared/domain.md, "Before the sale"): a yearly quota per
product, split by month (a Spring Festival dip in February), allocated to the reps and by
each rep to the hospitals of their territory; what a rep keeps unallocated is their own.
Rows are `quota` rows at the three levels (region, rep, hospital), approved, for the years
of the figures' last twelve months and today's year. A quota is per product and is judged
by the sales of that product (`desktop.domain.quotas`, the KPI "sales vs quota"); in the
demo only the quota hospitals have product sales, so a rep's monthly quota is their
hospitals' stretched by the rep's REP_STRETCH: one rep close to quota, one behind,
one well behind.

Each quota hospital's monthly sales of each of our products are written as a figures sheet
(customer id, month, product, sales) and read by `desktop.domain.metrics_sheet`, like every
demo figure, so achievement is computed from rows an import could have written. Sales run
around the quota (ACHIEVEMENT: some hospitals above it, some well below), so the quota
screens show each band. Hospitals a market activity judges by (`busy`) keep their own
product sales and get no quota here.

The same hospitals' product sales of the same months a year earlier are written too (no
quota: last year's sales are what this year's are compared with), each hospital's year on
year growth one of GROWTH in turn, so year-on-year figures read as growth, flat and decline.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from desktop.demo import vocabulary as V
from desktop.demo.figures import periods
from desktop.demo.world import Known, World, local, meta
from desktop.domain.metrics_sheet import (
    CustomerIndex,
    CustomerRef,
    ProductIndex,
    ProductRef,
    SheetReader,
    SheetRow,
)

HOSPITALS_PER_REP = 4  # A- and B-tier hospitals of a territory that carry a quota
ACHIEVEMENT = (1.12, 1.0, 0.93, 0.78)  # sales against quota, by hospital in turn
REP_STRETCH = (1.05, 1.15, 1.3)  # a rep's quota against their quota hospitals'
GROWTH = (1.09, 1.04, 0.99, 0.9)  # this year's sales against last year's, by hospital in turn
MONTH_WEIGHT = {2: 0.7}  # February (春节) is a light month; the others weigh 1
FIGURES_HEADER = ("客户ID", "月份", "产品", "销售额")


class QuotaFactory:
    """The demo's quota rows and the quota hospitals' product sales (see the module doc)."""

    def __init__(self, world: World, region_id: str, busy: set[str]):
        self.w = world
        self.rng = world.rng("quotas")
        self.region_id = region_id
        self.at = local(date(world.today.year - 1, 1, 5), 10)
        self.products = [(spec.name, p) for p, spec in zip(world.products, V.PRODUCTS,
                                                          strict=True) if p["is_ours"]]
        self.hospitals = self._hospitals(busy)
        self.sales: list[tuple] = []

    def rows(self) -> Iterator[tuple[str, dict]]:
        months = periods(self.w.today, 12)
        years = sorted({int(m[:4]) for m in months} | {self.w.today.year})
        for name, product in self.products:
            for year in years:
                yield from self._year(year, name, product, months)
        yield from self._figure_rows()

    def _hospitals(self, busy: set[str]) -> list[list[Known]]:
        """Per rep (territory), the A- then B-tier hospitals that carry a quota."""
        out: list[list[Known]] = [[] for _ in self.w.territory_ids]
        for k in sorted(self.w.customers, key=lambda k: k.tier or "Z"):
            if k.kind == "hospital" and k.tier in ("A", "B") and k.id not in busy \
                    and len(out[k.territory]) < HOSPITALS_PER_REP:
                out[k.territory].append(k)
        return out

    def _year(self, year: int, name: str, product: dict, months: list[str]
              ) -> Iterator[tuple[str, dict]]:
        """One product's year: each hospital's monthly quota, each rep's (their hospitals'
        stretched by REP_STRETCH) and the region's (its reps')."""
        weights = {m: MONTH_WEIGHT.get(m, 1.0) for m in range(1, 13)}
        total = sum(weights.values())
        yearly = {h.id: float(self.rng.randint(24, 96) * 10_000)
                  for hospitals in self.hospitals for h in hospitals}
        for month in range(1, 13):
            share = weights[month] / total
            region = 0.0
            for t, (rep_id, hospitals) in enumerate(zip(self.w.rep_ids, self.hospitals,
                                                        strict=True)):
                allocated = 0.0
                for i, h in enumerate(hospitals):
                    amount = round(yearly[h.id] * share, -2)
                    allocated += amount
                    yield self._quota(year, month, product, "hospital", amount,
                                      rep_user_id=rep_id, customer_id=h.id)
                    self._sale(h, f"{year:04d}-{month:02d}", name, amount, i, months)
                rep = round(allocated * REP_STRETCH[t % len(REP_STRETCH)], -2)
                region += rep
                yield self._quota(year, month, product, "rep", rep, rep_user_id=rep_id)
            yield self._quota(year, month, product, "region", region)

    def _quota(self, year: int, month: int, product: dict, level: str, amount: float,
               **whose) -> tuple[str, dict]:
        return "quota", {**meta(self.w.ids(), None, self.at), "year": year, "month": month,
                         "product_id": product["id"], "level": level,
                         "region_id": self.region_id, "amount": amount,
                         "status": "approved", **whose}

    def _sale(self, hospital: Known, period: str, name: str, quota: float, turn: int,
              months: list[str]) -> None:
        """The hospital's sales of the month, if the month is one the figures cover."""
        if period in months:
            achieved = ACHIEVEMENT[turn % len(ACHIEVEMENT)] * self.rng.uniform(0.95, 1.05)
            amount = quota * achieved
            self.sales.append((hospital.id, period, name, round(amount, 2)))
            before = amount / (GROWTH[turn % len(GROWTH)] * self.rng.uniform(0.98, 1.02))
            year_before = f"{int(period[:4]) - 1:04d}{period[4:]}"
            self.sales.append((hospital.id, year_before, name, round(before, 2)))

    def _figure_rows(self) -> Iterator[tuple[str, dict]]:
        """The hospitals' product sales as a figures sheet gives them, read as an import
        reads it."""
        customers = CustomerIndex(CustomerRef(k.id, k.name, self.w.territory_ids[k.territory])
                                  for k in self.w.customers)
        products = ProductIndex(ProductRef(p["id"], n, p["drug_class"])
                                for n, p in self.products)
        reader = SheetReader(FIGURES_HEADER, customers, products)
        for number, raw in enumerate(self.sales, start=2):
            row = reader.read(number, raw)
            if not isinstance(row, SheetRow):
                raise ValueError(f"demo quota sales, row {number}: "
                                 + "; ".join(p.text() for p in row.problems))
            at = local(date.fromisoformat(row.period + "-28"), 20)
            yield "customer_metric", {**meta(self.w.ids(), row.territory_id, at),
                                      "customer_id": row.customer_id, "period": row.period,
                                      "drug_class": row.drug_class,
                                      "product_id": row.product_id, **row.figures}
