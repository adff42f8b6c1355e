"""Customer master import (客户档案导入) from XLSX or CSV (UTF-8 or GBK).

Headers may be English or Chinese. Every row is checked on its own: rows with errors are
reported with their spreadsheet row number and the reason, valid rows are imported, and
duplicates (same name and address — for people, same name at the same organisation),
within the file or against the archive, are reported and not imported twice.

The whole file is read and checked before anything is written, with no lock held. The
valid rows are then inserted in batches of `BATCH_ROWS`, each batch its own short write
transaction, so the devices' pushes are applied between batches instead of waiting for the
whole import. An import stopped half-way (power cut, database gone) has committed whole
batches only; running it again reports those rows as duplicates and imports the rest.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import select

from desktop.models import Customer, new_id
from desktop.models.enums import PERSON_KINDS, CustomerKind
from desktop.models.validation import row_errors
from server.accounts.users import find_territory
from server.core.db import read_session, write_session
from server.sync.changes import SERVER_ACTOR, Actor, bulk_create_rows
from server.sync.revisions import lock_revisions

HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "customer name", "名称", "客户名称", "姓名", "名字"),
    "kind": ("kind", "type", "customer type", "类型", "客户类型", "类别"),
    "province": ("province", "省份", "省"),
    "city": ("city", "城市", "市"),
    "district": ("district", "区县", "区/县", "区"),
    "address": ("address", "地址", "详细地址"),
    "phone": ("phone", "telephone", "tel", "电话", "联系电话", "总机"),
    "mobile": ("mobile", "cell", "手机", "手机号"),
    "postal_code": ("postal code", "postal_code", "postcode", "zip", "邮编", "邮政编码"),
    "email": ("email", "e-mail", "邮箱", "电子邮件"),
    "tier": ("tier", "segment", "客户分级", "分级", "客户等级"),
    "grade": ("grade", "hospital grade", "医院级别", "医院等级", "等级"),
    "organisation": ("organisation", "organization", "hospital", "pharmacy", "所属机构",
                     "所属医院", "所属药店", "医院名称"),
    "department": ("department", "科室"),
    "title": ("title", "职称"),
    "position": ("position", "职务"),
    "bed_count": ("beds", "bed count", "bed_count", "床位数", "床位"),
    "notes": ("notes", "remarks", "备注"),
}
REQUIRED_HEADERS = ("name", "kind")
BATCH_ROWS = 500  # rows per write transaction: a push waits for one batch at most

KIND_ALIASES = {
    "hospital": "hospital", "医院": "hospital",
    "department": "department", "科室": "department",
    "doctor": "doctor", "医生": "doctor", "医师": "doctor",
    "pharmacy": "pharmacy", "药店": "pharmacy", "药房": "pharmacy",
    "pharmacy_contact": "pharmacy_contact", "pharmacy contact": "pharmacy_contact",
    "药店联系人": "pharmacy_contact", "店员": "pharmacy_contact",
    "distributor": "distributor", "医药商业公司": "distributor", "商业公司": "distributor",
    "经销商": "distributor", "配送商": "distributor",
    "patient": "patient", "患者": "patient", "最终患者": "patient",
}
_GRADE_LEVEL = {"一": "1", "二": "2", "三": "3"}
_GRADE_CLASS = {"甲": "A", "乙": "B", "丙": "C", "特": "S"}


@dataclass
class Problem:
    row: int
    kind: str  # error | duplicate
    message: str


@dataclass
class ImportReport:
    imported: int = 0
    problems: list[Problem] = field(default_factory=list)
    unknown_headers: list[str] = field(default_factory=list)

    @property
    def rejected(self) -> int:
        return len({p.row for p in self.problems if p.kind == "error"})

    @property
    def duplicates(self) -> int:
        return len({p.row for p in self.problems if p.kind == "duplicate"})

    def lines(self) -> list[str]:
        out = [f"row {p.row}: {'duplicate' if p.kind == 'duplicate' else 'error'}: "
               f"{p.message}" for p in sorted(self.problems, key=lambda p: p.row)]
        if self.unknown_headers:
            out.append("ignored columns: " + ", ".join(self.unknown_headers))
        out.append(f"imported {self.imported}, rejected {self.rejected}, "
                   f"duplicates {self.duplicates}")
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


def _header_map(header: list) -> tuple[dict[int, str], list[str]]:
    lookup = {alias.lower(): name for name, aliases in HEADER_ALIASES.items() for alias in aliases}
    mapping, unknown = {}, []
    for index, title in enumerate(header):
        text = str(title or "").strip()
        key = lookup.get(text.lower())
        if key and key not in mapping.values():
            mapping[index] = key
        elif text:
            unknown.append(text)
    missing = [h for h in REQUIRED_HEADERS if h not in mapping.values()]
    if missing:
        raise ImportFileError("The first row must name the columns; missing: "
                              + ", ".join(f"{m} ({_chinese(m)})" for m in missing))
    return mapping, unknown


def _chinese(name: str) -> str:
    return next(a for a in HEADER_ALIASES[name] if not a.isascii())


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def _grade(value: str) -> str:
    text = value.replace("级", "").replace("等", "").strip()
    if len(text) == 2 and text[0] in _GRADE_LEVEL and text[1] in _GRADE_CLASS:
        return _GRADE_LEVEL[text[0]] + _GRADE_CLASS[text[1]]
    return value.upper() if len(value) <= 2 else value


def _key(name: str | None, address: str | None, organisation_id: str | None) -> tuple:
    norm = lambda s: re.sub(r"\s+", "", (s or "")).lower()  # noqa: E731
    return norm(name), norm(address), organisation_id or ""


def import_customers(engine: Engine, path: Path, *, territory: str,
                     actor: Actor = SERVER_ACTOR, batch_rows: int = BATCH_ROWS) -> ImportReport:
    """Import the file into `territory` (id, code or name), committing every `batch_rows`
    valid rows (see the module's docstring)."""
    with read_session(engine) as session:
        target = find_territory(session, territory)
        if target is None:
            raise ImportFileError(f"There is no territory {territory!r}; create it with "
                                  "'rounds-server user add ... --territory' first.")
        table = read_table(Path(path))
        if not table:
            raise ImportFileError(f"{Path(path).name} is empty.")
        mapping, unknown = _header_map(table[0])
        existing = session.exec(select(Customer).where(Customer.deleted == False)).all()  # noqa: E712
    report = ImportReport(unknown_headers=unknown)
    to_insert = _checked_rows(table, mapping, existing, target.id, report)
    for start in range(0, len(to_insert), batch_rows):
        batch = to_insert[start:start + batch_rows]
        with write_session(engine) as session:
            lock_revisions(session)
            bulk_create_rows(session, actor, "customer", batch, action="import")
            session.commit()
        report.imported += len(batch)
    return report


def _checked_rows(table: list[list], mapping: dict[int, str], existing: list[Customer],
                  territory_id: str, report: ImportReport) -> list[dict]:
    """The values of every row that may be imported; the others are reported."""
    seen = {_key(c.name, c.address, c.organisation_id if c.kind in PERSON_KINDS else None):
            f"customer {c.name!r} already in the archive" for c in existing}
    organisations = {(c.name, c.kind): c.id for c in existing if c.territory_id == territory_id}
    departments = {(c.organisation_id, c.name): c.id for c in existing
                   if c.kind == CustomerKind.DEPARTMENT and c.territory_id == territory_id}
    to_insert = []
    for number, raw in enumerate(table[1:], start=2):
        cells = {name: _text(raw[i]) if i < len(raw) else None for i, name in mapping.items()}
        if not any(cells.values()):
            continue
        problems = _unstorable(cells, number)
        values, more = _row_values(cells, number, organisations, departments)
        problems = problems or more
        values.update(id=new_id(), territory_id=territory_id)
        if not problems:
            problems = [Problem(number, "error", f"{e.field}: {e.message}")
                        for e in row_errors("customer", values)]
        if problems:
            report.problems.extend(problems)
            continue
        key = _key(values["name"], values.get("address"),
                   values.get("organisation_id") if values["kind"] in PERSON_KINDS else None)
        if key in seen:
            report.problems.append(Problem(number, "duplicate", f"{values['name']!r} at the "
                                           f"same address duplicates {seen[key]}; not imported "
                                           "again."))
            continue
        seen[key] = f"row {number}"
        if values["kind"] in ("hospital", "pharmacy", "distributor"):
            organisations[(values["name"], values["kind"])] = values["id"]
        if values["kind"] == "department":
            departments[(values["organisation_id"], values["name"])] = values["id"]
        to_insert.append(values)
    return to_insert


def _unstorable(cells: dict, number: int) -> list[Problem]:
    """Text no database column can hold: a NUL character (PostgreSQL refuses it, and on
    SQLite it would cut the text short for most readers)."""
    return [Problem(number, "error", f"{name}: contains a NUL character (\\x00), which cannot "
                    "be stored; remove it from the file and import this row again.")
            for name, value in cells.items() if value and "\x00" in value]


def _row_values(cells: dict, number: int, organisations: dict, departments: dict):
    problems = []
    values = {k: v for k, v in cells.items()
              if k not in ("organisation", "department", "kind", "bed_count", "grade", "tier")}
    kind_text = cells.get("kind")
    kind = KIND_ALIASES.get((kind_text or "").lower())
    if kind_text and kind is None:
        problems.append(Problem(number, "error", f"kind: {kind_text!r} is not a customer kind; "
                                "use hospital/医院, department/科室, doctor/医生, pharmacy/药店, "
                                "pharmacy_contact/店员, distributor/商业公司 or patient/患者."))
    values["kind"] = kind
    if cells.get("grade"):
        values["grade"] = _grade(cells["grade"])
    if cells.get("tier"):
        values["tier"] = cells["tier"].upper()
    if cells.get("bed_count"):
        try:
            values["bed_count"] = int(float(cells["bed_count"]))
        except ValueError:
            problems.append(Problem(number, "error", f"bed_count: {cells['bed_count']!r} is "
                                    "not a whole number."))
    organisation = cells.get("organisation")
    if organisation:
        wanted = ("pharmacy",) if kind == "pharmacy_contact" else ("hospital", "pharmacy",
                                                                   "distributor")
        org_id = next((organisations[(organisation, k)] for k in wanted
                       if (organisation, k) in organisations), None)
        if org_id is None:
            problems.append(Problem(number, "error", f"organisation: {organisation!r} is not a "
                                    "hospital or pharmacy of this territory; import it first "
                                    "(earlier rows count)."))
        values["organisation_id"] = org_id
    department = cells.get("department")
    if department and kind == "doctor":
        dep_id = departments.get((values.get("organisation_id"), department))
        if dep_id is None and values.get("organisation_id"):
            problems.append(Problem(number, "error", f"department: {department!r} is not a "
                                    f"department of {organisation!r}; add it first."))
        values["department_id"] = dep_id
    return values, problems
