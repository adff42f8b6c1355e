"""Customer master import (客户档案导入) from XLSX or CSV (UTF-8 or GBK):
`rounds-server import customers FILE --territory T [--update]`.

Every column of the customer spreadsheet (`desktop.domain.customer_sheet`, English or
Chinese headers) is read; organisations and departments are referred to by name. Every row
is checked on its own (`import_rows.py`) and reported with its spreadsheet row number:
errors reject the row, warnings (a doubtful phone, a value that cannot be stored) keep it
without that value. A row is matched against the archive and the earlier rows of the file
(`desktop.domain.customer_match`: the customer code first, then the name within the city or
the organisation, aliases included). A match is a duplicate, reported with what it matched;
with `update` a match in the territory is updated field by field instead (an empty cell
never clears a field) and the report lists every change.

The whole file is read and checked before anything is written, with no lock held. The new
and changed customers are then written in batches of `BATCH_ROWS` rows, each batch its own
short write transaction through the server's change path (revisions, change log, field
versions, audit), so the devices' pushes are applied between batches instead of waiting for
the whole import, and laptops receive the changes at their next sync. An import stopped
half-way (power cut, database gone) has committed whole batches only; running it again
reports those rows as duplicates (or, with `update`, unchanged) and writes the rest.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, select

from desktop.domain.customer_match import (
    Customers,
    Known,
    Match,
    city_key,
    join_aliases,
    same_city,
    split_aliases,
    split_name,
)
from desktop.domain.customer_sheet import BY_KEY, REQUIRED, header_map, name_key
from desktop.models import Customer, Territory, new_id, row_values
from desktop.models.enums import ORGANISATION_KINDS, CustomerKind
from desktop.models.validation import row_errors
from server.accounts.users import find_territory
from server.admin.import_rows import Note, Row, label, read_row
from server.core.db import read_session, write_session
from server.sync.changes import SERVER_ACTOR, Actor, bulk_create_rows, save_row
from server.sync.revisions import lock_revisions

BATCH_ROWS = 500  # rows per write transaction: a push waits for one batch at most


@dataclass
class ImportReport:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    notes: list[Note] = field(default_factory=list)
    unknown_headers: list[str] = field(default_factory=list)

    def _rows(self, kind: str) -> int:
        return len({n.row for n in self.notes if n.kind == kind})

    @property
    def rejected(self) -> int:
        return self._rows("error")

    @property
    def duplicates(self) -> int:
        return self._rows("duplicate")

    @property
    def warnings(self) -> int:
        return sum(1 for n in self.notes if n.kind == "warning")

    def lines(self) -> list[str]:
        order = {"error": 0, "duplicate": 1, "updated": 2, "warning": 3}
        out = [n.line() for n in sorted(self.notes, key=lambda n: (n.row, order[n.kind]))]
        if self.unknown_headers:
            out.append("ignored columns: " + ", ".join(self.unknown_headers))
        out.append(f"imported {self.imported}, updated {self.updated}, unchanged "
                   f"{self.unchanged}, rejected {self.rejected}, duplicates {self.duplicates}, "
                   f"warnings {self.warnings}")
        return out


class ImportFileError(ValueError):
    """The file as a whole cannot be read (message says why and what to do)."""


def read_table(path: Path) -> list[list]:
    """All rows of the first sheet (XLSX) or of the CSV (UTF-8, else GBK)."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ImportFileError(f"{path.name}: only .xlsx and .csv files can be imported.")
    if not path.is_file():
        raise ImportFileError(f"there is no file {path}; check the name and the folder "
                              "(relative paths start from the current directory).")
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        try:
            sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
        except Exception as exc:  # openpyxl raises many kinds for a damaged file
            raise ImportFileError(f"{path.name} is not a readable .xlsx file ({exc}).") from None
        return [list(r) for r in sheet.iter_rows(values_only=True)]
    if suffix == ".csv":
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise ImportFileError(f"cannot read {path}: {exc.strerror}; check that this "
                                  "account may read it.") from None
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise ImportFileError(f"{path.name} is neither UTF-8 nor GBK text; save it as "
                                  "CSV UTF-8 and try again.")
        return _csv_rows(path, text)
    raise AssertionError(suffix)  # refused above


def _csv_rows(path: Path, text: str) -> list[list]:
    reader = csv.reader(io.StringIO(text))
    try:
        return [list(r) for r in reader]
    except csv.Error as exc:
        limit = csv.field_size_limit()
        if "field larger than field limit" in str(exc):
            reason = (f"a field is longer than {limit:,} characters, most often because a "
                      "quote (\") opens a field and is never closed")
        else:
            reason = f"the file is not valid CSV ({exc})"
        raise ImportFileError(f"{path.name}, line {reader.line_num}: {reason}; correct the "
                              "file (or save it again from the spreadsheet as CSV UTF-8) and "
                              "import it again. Nothing was imported.") from None


def _columns(table: list[list], path: Path) -> tuple[dict[int, str], list[str]]:
    if not table:
        raise ImportFileError(f"{path.name} is empty.")
    mapping, unknown = header_map(table[0])
    missing = [key for key in REQUIRED if key not in mapping.values()]
    if missing:
        raise ImportFileError("The first row must name the columns; missing: " + ", ".join(
            f"{key} ({BY_KEY[key].chinese})" for key in missing))
    return mapping, unknown


@dataclass
class _Insert:
    row: Row


@dataclass
class _Update:
    row: Row
    customer_id: str
    match: Match


def import_customers(engine: Engine, path: Path, *, territory: str, update: bool = False,
                     actor: Actor = SERVER_ACTOR, batch_rows: int = BATCH_ROWS) -> ImportReport:
    """Import the file into `territory` (id, code or name); with `update`, change the
    matching customers of the territory (see the module's docstring)."""
    path = Path(path)
    with read_session(engine) as session:
        target = find_territory(session, territory)
        if target is None:
            raise ImportFileError(f"There is no territory {territory!r}; create it with "
                                  "'rounds-server user add ... --territory' first.")
        table = read_table(path)
        mapping, unknown = _columns(table, path)
        archive = session.exec(select(Customer).where(Customer.deleted == False)).all()  # noqa: E712
        territories = {t.id: t.name for t in session.exec(select(Territory))}
    report = ImportReport(unknown_headers=unknown)
    check = _Check(archive, target.id, territories, update, report)
    for number, raw in enumerate(table[1:], start=2):
        cells = {key: raw[i] if i < len(raw) else None for i, key in mapping.items()}
        check.row(number, cells)
    for start in range(0, len(check.writes), batch_rows):
        _write(engine, actor, check.writes[start:start + batch_rows], check, report)
    return report


class _Check:
    """The checking pass: every row read, its references resolved and matched; what is to be
    written collects in `writes` (nothing is written here)."""

    def __init__(self, archive: list[Customer], territory_id: str, territories: dict,
                 update: bool, report: ImportReport):
        self.territory_id, self.territories = territory_id, territories
        self.update, self.report = update, report
        self.customers = Customers()
        self.stored = {c.id: c for c in archive}
        self.names = {c.id: c.name for c in archive}  # for references in report lines
        self.first_row: dict[str, int] = {}  # archive customer id -> the row that matched it
        self.writes: list[_Insert | _Update] = []
        for customer in archive:
            self.customers.add(_known(customer))

    def row(self, number: int, cells: dict) -> None:
        row = read_row(number, cells)
        if row is None:
            return
        if not row.rejected:
            self._resolve(row)
        if row.rejected:
            self.report.notes.extend(row.notes)
            return
        known = _known_row(row, self.territory_id)
        match = self.customers.find(known)
        if match is None:
            self._new(row, known)
        else:
            self._matched(row, match)
        self.report.notes.extend(row.notes)

    def _new(self, row: Row, known: Known) -> None:
        for other in self.customers.namesakes(known):
            if known.code and other.code and name_key(known.code) != name_key(other.code):
                row.warn("code", f"{known.code!r}: {known.name!r} is also the name of "
                         f"{other.describe()}; imported as another customer because the "
                         "codes differ.")
            else:
                row.warn("city", f"(empty): {known.name!r} is also the name of "
                         f"{other.describe()}; imported as another customer because this row "
                         "gives no city (write the city, or the address starting with it, "
                         "to match it).")
        row.values.update(id=known.id, territory_id=self.territory_id)
        self.customers.add(known)
        self.names[known.id] = row.values["name"]
        self.writes.append(_Insert(row))

    def _matched(self, row: Row, match: Match) -> None:
        name = row.values["name"]
        archived = self.stored.get(match.known.id) if match.known.row is None else None
        if archived is None:
            return self._duplicate(row, f"{name!r} matches {match.describe()}; not imported "
                                   "again.")
        if archived.id in self.first_row:
            return self._duplicate(row, f"{name!r} matches row {self.first_row[archived.id]}, "
                                   f"which is {match.describe()}; not imported again.")
        if archived.kind != row.values["kind"]:
            row.error("kind", f"{row.values['kind']!r}: {match.describe()} is a "
                      f"{archived.kind}; correct the kind or the code.")
            return
        self.first_row[archived.id] = row.number
        changes = field_changes(row_values(archived), row, match)
        if not self.update or archived.territory_id != self.territory_id:
            return self._duplicate(row, self._duplicate_text(row, match, archived, changes))
        if not changes:
            self.report.unchanged += 1
            return
        self.customers.add(_known(archived, **{k: v for k, v in changes.items()
                                               if k in ("code", "alias", "name")}))
        self.writes.append(_Update(row, archived.id, match))

    def _duplicate(self, row: Row, message: str) -> None:
        row.notes.append(Note(row.number, "duplicate", "name", message))

    def _duplicate_text(self, row: Row, match: Match, archived: Customer,
                        changes: dict) -> str:
        text = f"{row.values['name']!r} matches {match.describe()}; not imported again"
        if self.update:
            where = self.territories.get(archived.territory_id, archived.territory_id)
            return (f"{text}: it belongs to territory {where!r}, and --update changes only "
                    "customers of the territory imported into.")
        if changes:
            return (f"{text}; the file differs in {', '.join(label(k) for k in changes)} "
                    "(import with --update to change them).")
        return f"{text}."

    def _resolve(self, row: Row) -> None:
        """The organisation and department ids of the row's names (of this territory)."""
        if row.organisation:
            organisation = self._organisation(row)
            if organisation is None:
                return
            row.values["organisation_id"] = organisation.id
            if row.department:
                department = self._named(row.department, (CustomerKind.DEPARTMENT,),
                                         organisation.id)
                if department:
                    row.values["department_id"] = department[0].id
                else:
                    row.warn("department", f"{row.department!r} is not a department of "
                             f"{row.organisation!r} (a row of kind department/科室 before "
                             "this one adds it); left empty.")

    def _organisation(self, row: Row) -> Known | None:
        kinds = (CustomerKind.PHARMACY,) if row.values["kind"] == CustomerKind.PHARMACY_CONTACT \
            else ORGANISATION_KINDS
        found = self._named(row.organisation, kinds)
        if len(found) > 1 and row.values.get("city"):
            place = Known("", "", "", city=row.values.get("city"),
                          address=row.values.get("address"))
            found = [k for k in found if same_city(place, k)]
        if len(found) == 1:
            return found[0]
        if not found:
            row.error("organisation", f"{row.organisation!r} is not a "
                      f"{' or '.join(kinds)} of this territory; import it first (earlier "
                      "rows of the file count).")
        else:
            places = ", ".join(sorted({k.city or "no city" for k in found}))
            row.error("organisation", f"{row.organisation!r} names {len(found)} organisations "
                      f"of this territory ({places}); write the city in the city column.")
        return None

    def _named(self, name: str, kinds, organisation_id: str | None = None) -> list[Known]:
        main, aliases = split_name(name)
        found: dict[str, Known] = {}
        for text in (main, *aliases):
            for known in self.customers.named(text):
                if known.kind in kinds and known.territory_id == self.territory_id and (
                        organisation_id is None or known.organisation_id == organisation_id):
                    found.setdefault(known.id, known)
        return list(found.values())


def _known(customer: Customer, **changes) -> Known:
    values = {**row_values(customer), **changes}
    return Known(values["id"], values["kind"], values["name"], values["code"],
                 split_aliases(values["alias"]), values["city"], values["address"],
                 values["organisation_id"], values["department_id"], values["territory_id"])


def _known_row(row: Row, territory_id: str) -> Known:
    v = row.values
    return Known(new_id(), v["kind"], v["name"], v.get("code"), row.aliases, v.get("city"),
                 v.get("address"), v.get("organisation_id"), v.get("department_id"),
                 territory_id, row.number)


def field_changes(current: dict, row: Row, match: Match) -> dict:
    """The fields the row changes in the customer `current` (field → new value): the cells
    that hold something and differ; the aliases merged; the name only when the match was by
    code and the row's name is none of the customer's names."""
    changes, name = {}, current["name"]
    if match.by == "code" and name_key(row.values["name"]) not in _known_values(current).keys:
        name = changes["name"] = row.values["name"]
    changes.update({k: v for k, v in row.values.items() if k not in ("name", "alias", "kind")
                    and not _same_value(k, current.get(k), v)})
    alias = join_aliases(split_aliases(current.get("alias")), row.aliases, besides=name)
    if _alias_keys(alias) != _alias_keys(current.get("alias")):
        changes["alias"] = alias
    return changes


def _alias_keys(alias: str | None) -> set[str]:
    return {name_key(a) for a in split_aliases(alias)}


def _same_value(key: str, old, new) -> bool:
    """Whether a cell says what the field already holds: `武汉` is the city `武汉市`, a text
    differing only in spaces or full-width characters is the same text."""
    if key == "city":
        return city_key(old) == city_key(new)
    if isinstance(old, str) and isinstance(new, str):
        return name_key(old) == name_key(new)
    return old == new


def _known_values(values: dict) -> Known:
    return Known(values["id"], values["kind"], values["name"],
                 aliases=split_aliases(values.get("alias")))


def _write(engine: Engine, actor: Actor, batch: list, check: _Check,
           report: ImportReport) -> None:
    """One write transaction: the batch's new customers, then its updates."""
    inserts = [item.row.values for item in batch if isinstance(item, _Insert)]
    outcomes = []
    with write_session(engine) as session:
        lock_revisions(session)
        bulk_create_rows(session, actor, "customer", inserts, action="import")
        for item in (i for i in batch if isinstance(i, _Update)):
            outcomes.append((item, _apply(session, actor, item)))
        session.commit()
    report.imported += len(inserts)
    for item, outcome in outcomes:
        if isinstance(outcome, Note):
            report.notes.append(outcome)
        elif outcome[1]:
            report.updated += 1
            name, changed = outcome
            report.notes.append(Note(item.row.number, "updated", name, "; ".join(
                _change_text(k, old, new, check.names) for k, (old, new) in changed.items())))
        else:
            report.unchanged += 1


def _apply(session: Session, actor: Actor, item: _Update) -> tuple[str, dict] | Note:
    """Update one customer as it is now (a rep may have changed it since the check);
    returns its name and field → (old, new), or a Note when it cannot be updated."""
    customer = session.get(Customer, item.customer_id)
    if customer is None or customer.deleted:
        return Note(item.row.number, "warning", "name", f"{item.row.values['name']!r}: "
                    f"{item.match.describe()} was deleted while the file was read; not updated.")
    old = row_values(customer)
    changes = field_changes(old, item.row, item.match)
    problems = row_errors("customer", {**old, **changes})
    if problems:
        return Note(item.row.number, "error", label(problems[0].field),
                    f"{problems[0].message} (after the update of {old['name']!r}); "
                    "not updated.")
    if not changes:
        return old["name"], {}
    for key, value in changes.items():
        setattr(customer, key, value)
    save_row(session, actor, "customer", customer, old)
    return old["name"], {k: (old.get(k), v) for k, v in changes.items()}


def _change_text(key: str, old, new, names: dict) -> str:
    return f"{label(key)} {_value_text(key, old, names)} → {_value_text(key, new, names)}"


def _value_text(key: str, value, names: dict) -> str:
    if value is None:
        return "(empty)"
    if key in ("organisation_id", "department_id"):
        return repr(names.get(value, value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    return repr(value) if isinstance(value, str) else str(value)
