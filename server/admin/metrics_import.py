"""`rounds-server import metrics`: a customer's monthly figures (outpatient visits,
prescriptions, purchases, sales) from XLSX or CSV (UTF-8 or GBK), read and checked by
`desktop.domain.metrics_sheet` (the same reading the demo's figures go through).

Re-importing a month replaces it: for every customer and month the file has, the file's
rows are what that month holds afterwards. A row of the same drug class/product is updated
where a figure differs (figure columns the file does not have keep their values) and left
alone where none does; rows the file no longer has for that customer and month are deleted;
new ones are inserted. Customers and months the file does not mention are not touched.

As in the customer import, the whole file is read and checked first with no lock held and a
bad row never stops the good ones. A rejected row does not delete what it was meant to
replace: the stored line it names (or, when its drug class or product cannot be read, every
stored line of its customer and month) is kept as it was. The writes go through `server.sync.changes` (so laptops
receive them at their next sync) in short transactions of `BATCH_MONTHS` customer-months,
each reading that batch's current rows under the revision lock, so a rep's push waits for
one batch at most and an import stopped half-way can simply be run again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, select

from desktop.domain.customer_match import split_aliases
from desktop.domain.metrics_sheet import (
    CustomerIndex,
    CustomerRef,
    ProductIndex,
    ProductRef,
    RejectedRow,
    SheetProblem,
    SheetReader,
    SheetRow,
    UnreadableSheet,
)
from desktop.models import Customer, CustomerMetric, Product, new_id, row_values
from desktop.models.validation import row_errors
from server.admin.importer import ImportFileError, read_table
from server.core.db import read_session, write_session
from server.sync.changes import SERVER_ACTOR, Actor, bulk_create_rows, save_row
from server.sync.revisions import lock_revisions

BATCH_MONTHS = 200  # customer-months per write transaction
LIVE = False
ANY_LINE = ("*",)  # a rejected row whose drug class or product could not be read

MSG_WITH_STORED = ("{field}: with the figures already stored for this month, which the file "
                   "has no column for: {reason}")
MSG_DUPLICATE = ("the same customer, month and drug class/product as row {other}; give each "
                 "only once.")


@dataclass
class MetricsReport:
    imported: int = 0  # rows inserted
    replaced: int = 0  # rows whose figures changed
    removed: int = 0  # rows deleted: no longer in the file for their customer and month
    unchanged: int = 0
    problems: list[SheetProblem] = field(default_factory=list)
    unknown_headers: list[str] = field(default_factory=list)

    @property
    def rejected(self) -> int:
        return len({p.row for p in self.problems})

    def add(self, batch: MetricsReport) -> None:
        """Count in a batch's outcome (once it is committed)."""
        for name in ("imported", "replaced", "removed", "unchanged"):
            setattr(self, name, getattr(self, name) + getattr(batch, name))
        self.problems += batch.problems

    def lines(self) -> list[str]:
        out = [f"row {p.row}: error: {p.text()}"
               for p in sorted(self.problems, key=lambda p: p.row)]
        if self.unknown_headers:
            out.append("ignored columns: " + ", ".join(self.unknown_headers))
        out.append(f"imported {self.imported}, replaced {self.replaced}, removed "
                   f"{self.removed}, unchanged {self.unchanged}, rejected {self.rejected}")
        return out


def import_metrics(engine: Engine, path: Path, *, actor: Actor = SERVER_ACTOR,
                   batch_months: int = BATCH_MONTHS) -> MetricsReport:
    """Import the figures of `path` (see the module's docstring)."""
    table = read_table(Path(path))
    if not table:
        raise ImportFileError(f"{Path(path).name} is empty.")
    with read_session(engine) as session:
        customers, products = archive_index(session)
    try:
        reader = SheetReader(table[0], customers, products)
    except UnreadableSheet as exc:
        raise ImportFileError(str(exc)) from None
    report = MetricsReport(unknown_headers=reader.unknown)
    months, kept = checked_months(table, reader, report)
    keys = list(months)
    for start in range(0, len(keys), batch_months):
        batch = {key: months[key] for key in keys[start:start + batch_months]}
        with write_session(engine) as session:
            lock_revisions(session)
            outcome = replace_months(session, actor, batch, reader.figure_fields, kept)
            session.commit()
        report.add(outcome)
    return report


def archive_index(session: Session) -> tuple[CustomerIndex, ProductIndex]:
    """The live customers (with their organisation's name and city) and products."""
    customers = list(session.exec(select(Customer).where(Customer.deleted == LIVE)))
    by_id = {c.id: c for c in customers}
    refs = []
    for c in customers:
        org = by_id.get(c.organisation_id) if c.organisation_id else None
        home = org or c
        refs.append(CustomerRef(c.id, c.name, c.territory_id, c.code, home.name,
                                c.city or (org.city if org else None),
                                tuple(split_aliases(c.alias)), tuple(split_aliases(home.alias))))
    products = session.exec(select(Product).where(Product.deleted == LIVE))
    return (CustomerIndex(refs),
            ProductIndex(ProductRef(p.id, p.name, p.drug_class) for p in products))


def checked_months(table: list[list], reader: SheetReader, report: MetricsReport
                   ) -> tuple[dict[tuple[str, str], list[SheetRow]], dict[tuple[str, str], set]]:
    """The valid rows by (customer id, month), and by (customer id, month) the lines of
    rejected rows (ANY_LINE: a line that could not be read), which the import keeps as they
    are stored instead of deleting them. The problems go into the report."""
    months: dict[tuple[str, str], list[SheetRow]] = {}
    kept: dict[tuple[str, str], set] = {}
    seen: dict[tuple, int] = {}
    for number, raw in enumerate(table[1:], start=2):
        result = reader.read(number, raw)
        if result is None:
            continue
        if isinstance(result, RejectedRow):
            report.problems.extend(result.problems)
            if result.month:
                kept.setdefault(result.month, set()).add(result.line or ANY_LINE)
            continue
        key = (result.customer_id, result.period, *result.key)
        if key in seen:
            report.problems.append(SheetProblem(number, MSG_DUPLICATE, {"other": seen[key]}))
            continue
        seen[key] = number
        months.setdefault((result.customer_id, result.period), []).append(result)
    return months, kept


def replace_months(session: Session, actor: Actor,
                   months: dict[tuple[str, str], list[SheetRow]],
                   figure_fields: tuple[str, ...], kept: dict[tuple[str, str], set]
                   ) -> MetricsReport:
    """Make each customer-month hold exactly the file's rows (see the module's docstring)."""
    current: dict[tuple[str, str], list[CustomerMetric]] = {}
    customer_ids = {c for c, _p in months}
    periods = {p for _c, p in months}
    for row in session.exec(select(CustomerMetric).where(
            CustomerMetric.customer_id.in_(customer_ids), CustomerMetric.period.in_(periods),
            CustomerMetric.deleted == LIVE)):
        if (row.customer_id, row.period) in months:
            current.setdefault((row.customer_id, row.period), []).append(row)
    outcome = MetricsReport()
    inserts = []
    for key, rows in months.items():
        inserts += _replace_month(session, actor, rows, current.get(key, []), figure_fields,
                                  kept.get(key, set()), outcome)
    bulk_create_rows(session, actor, "customer_metric", inserts, action="import")
    outcome.imported += len(inserts)
    return outcome


def _replace_month(session, actor, rows: list[SheetRow], stored: list[CustomerMetric],
                   figure_fields, kept: set, outcome: MetricsReport) -> list[dict]:
    """Update and delete this month's stored rows (not those of `kept` lines); returns the
    rows to insert."""
    by_key: dict[tuple, list[CustomerMetric]] = {}
    for row in stored:
        by_key.setdefault((row.drug_class, row.product_id), []).append(row)
    inserts = []
    for new in rows:
        matches = by_key.pop(new.key, [])
        if not matches:
            inserts.append({"id": new_id(), "customer_id": new.customer_id,
                            "territory_id": new.territory_id, "period": new.period,
                            "drug_class": new.drug_class, "product_id": new.product_id,
                            **new.figures})
            continue
        first, *twins = matches
        outcome.removed += _delete(session, actor, twins)
        _update(session, actor, first, new, figure_fields, outcome)
    if ANY_LINE not in kept:
        outcome.removed += _delete(session, actor, [r for key, left in by_key.items()
                                                      if key not in kept for r in left])
    return inserts


def _update(session, actor, row: CustomerMetric, new: SheetRow, figure_fields,
            outcome: MetricsReport) -> None:
    """Give `row` the file's figures (unchanged when it has them already). Refused when the
    figures kept from before do not go with the file's (ours above a stored total)."""
    changes = {name: new.figures.get(name) for name in figure_fields
               if not _same(getattr(row, name), new.figures.get(name))}
    if not changes:
        outcome.unchanged += 1
        return
    old = row_values(row)
    errors = row_errors("customer_metric", {**old, **changes})
    if errors:
        outcome.problems += [SheetProblem(new.row, MSG_WITH_STORED, {
            "field": e.field, "reason": e.message}) for e in errors]
        return
    for name, value in changes.items():
        setattr(row, name, value)
    save_row(session, actor, "customer_metric", row, old)
    outcome.replaced += 1


def _same(stored, given) -> bool:
    if stored is None or given is None:
        return stored is given
    return round(float(stored), 2) == round(float(given), 2)


def _delete(session, actor, rows: list[CustomerMetric]) -> int:
    for row in rows:
        old = row_values(row)
        row.deleted = True
        save_row(session, actor, "customer_metric", row, old)
    return len(rows)
