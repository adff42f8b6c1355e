"""One row of a customer list read into a customer's field values, with what the report
says about it (errors reject the row, warnings keep it).

Every cell is read through `desktop.domain.customer_sheet` (the columns the export writes).
A value that cannot be stored — a beds figure that is not a number, a postal code of five
digits, a column that does not describe this kind of customer — is left out with a warning
naming the value: a doubtful cell never costs the customer. Only what makes the row itself
unusable is an error: no name, no or an unknown kind, a NUL character, an organisation that
cannot be found (the import resolves references; see importer.py).

Phone and fax are kept as written, cleaned (`desktop.domain.phones.clean`), and warned about
when a part of them does not read as a number; a mobile cell that is not exactly one mobile
number joins the phone text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.domain import phones
from desktop.domain.customer_match import join_aliases, split_aliases, split_name
from desktop.domain.customer_sheet import BY_KEY, REFERENCES, CellError, applies_to, parse_cell
from desktop.models import Customer
from desktop.models.enums import CustomerKind
from desktop.models.validation import PATIENT_FORBIDDEN, row_errors

# What makes the row unusable when it is wrong (anything else is left out with a warning).
ROW_FIELDS = ("name", "kind", "organisation_id", "department_id")
PHONE_FIELDS = ("phone", "fax")
_LIMITS = {c.name: c.type.length for c in Customer.__table__.columns
           if getattr(c.type, "length", None)}


@dataclass(frozen=True)
class Note:
    """One report line about a row: `row N: kind: field: message`."""

    row: int
    kind: str  # error | warning | duplicate | updated
    field: str  # the column (English header, lower case) or the customer's name
    message: str

    def line(self) -> str:
        return f"row {self.row}: {self.kind}: {self.field}: {self.message}"


@dataclass
class Row:
    """A row's values as they would be stored (only the cells that hold something)."""

    number: int
    values: dict = field(default_factory=dict)
    organisation: str | None = None  # names, resolved by the importer
    department: str | None = None
    notes: list[Note] = field(default_factory=list)

    @property
    def rejected(self) -> bool:
        return any(n.kind == "error" for n in self.notes)

    @property
    def aliases(self) -> list[str]:
        return split_aliases(self.values.get("alias"))

    def error(self, key: str, message: str) -> None:
        self.notes.append(Note(self.number, "error", label(key), message))

    def warn(self, key: str, message: str) -> None:
        self.notes.append(Note(self.number, "warning", label(key), message))


def label(key: str) -> str:
    """A field as the report names it: the column's English header in lower case."""
    key = {"organisation_id": "organisation", "department_id": "department"}.get(key, key)
    column = BY_KEY.get(key)
    return column.english.lower() if column else key.replace("_", " ")


def read_row(number: int, cells: dict) -> Row | None:
    """The row's values from its cells (column key → cell value); None for an empty row."""
    if not any(_filled(v) for v in cells.values()):
        return None
    row = Row(number)
    for key, value in cells.items():
        if isinstance(value, str) and "\x00" in value:
            row.error(key, f"{_shown(value)} contains a NUL character (\\x00), which cannot be "
                      "stored; remove it from the file and import this row again.")
    if row.rejected:
        return row
    for key, value in cells.items():
        if _filled(value):
            _read_cell(row, key, value)
    kind = row.values.get("kind")
    if not row.values.get("name"):
        row.error("name", "the name is empty; every customer needs one.")
    if "kind" not in cells or not _filled(cells["kind"]):
        row.error("kind", "the kind is empty; write hospital/医院, department/科室, doctor/医生, "
                  "pharmacy/药店, pharmacy contact/药店联系人, distributor/医药商业公司 or "
                  "patient/患者.")
    if kind and not row.rejected:
        _fit_to_kind(row, cells, kind)
        _split_name(row)
    return row


def _filled(value) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _shown(value) -> str:
    """A value as a report line quotes it."""
    return repr(value.strip() if isinstance(value, str) else value)


def _read_cell(row: Row, key: str, value) -> None:
    if key in REFERENCES:
        setattr(row, key, str(value).strip())
        return
    if key in PHONE_FIELDS or key == "mobile" or key == "department_phones":
        # read in `_read_phones`, once the kind is known; a number cell 13812345678.0 is text
        row.values[key] = str(int(value) if isinstance(value, float) and value.is_integer()
                              else value)
        return
    try:
        row.values[key] = parse_cell(key, value)
    except CellError as exc:
        if key in ROW_FIELDS:
            row.error(key, f"{str(exc).rstrip('.…')}.")
        else:
            row.warn(key, f"{exc}; left empty, correct it in the file and import it again.")


def _fit_to_kind(row: Row, cells: dict, kind: str) -> None:
    """Leave out what does not describe this kind of customer, read the phones, and leave out
    what the shared validation would refuse."""
    for key in [k for k in row.values if not applies_to(k, kind)]:
        if key == "mobile" and kind != CustomerKind.PATIENT:
            continue  # an organisation's mobile joins its phone, see `_read_phones`
        del row.values[key]
        value = cells[key]
        if kind == CustomerKind.PATIENT and key in PATIENT_FORBIDDEN:
            row.warn(key, f"{_shown(value)}: not kept for patients (privacy); left out.")
        else:
            row.warn(key, f"{_shown(value)}: this column does not describe a {kind}; "
                     "left out.")
    for key in ("organisation", "department"):
        if getattr(row, key) and not applies_to(key, kind):
            row.warn(key, f"{getattr(row, key)!r}: a {kind} belongs to no {key}; left out.")
            setattr(row, key, None)
    _read_phones(row, kind)
    _drop_invalid(row)


def _read_phones(row: Row, kind: str) -> None:
    for key in PHONE_FIELDS:
        if key in row.values:
            row.values[key] = _phone_text(row, key, row.values[key])
    if "department_phones" in row.values:
        row.values["department_phones"] = phones.clean(row.values["department_phones"]) or None
    mobile = row.values.pop("mobile", None)
    if mobile is not None:
        number = phones.normalise_mobile(mobile) if kind in (
            CustomerKind.DOCTOR, CustomerKind.PHARMACY_CONTACT) else None
        if number:
            row.values["mobile"] = number
        else:
            _mobile_to_phone(row, kind, mobile)
    for key in ("phone", "fax", "department_phones"):
        if row.values.get(key) is None:
            row.values.pop(key, None)


def _phone_text(row: Row, key: str, text: str) -> str | None:
    """The phone or fax to store: the cleaned text; None (with a warning) when it holds no
    digit or is too long to store."""
    cell = phones.read_phones(text)
    if not re.search(r"\d", cell.cleaned):
        row.warn(key, f"{_shown(text)} holds no number; left empty.")
        return None
    if len(cell.cleaned) > _LIMITS[key]:
        row.warn(key, f"{_shown(text)} is longer than {_LIMITS[key]} characters; left empty, "
                 "shorten it in the file and import it again.")
        return None
    for part in cell.doubtful:
        row.warn(key, f"{_shown(text)}: {part!r} does not read as a phone number; kept as "
                 "written, check it.")
    return cell.cleaned


def _mobile_to_phone(row: Row, kind: str, mobile: str) -> None:
    cleaned = phones.clean(mobile)
    if kind in (CustomerKind.DOCTOR, CustomerKind.PHARMACY_CONTACT):
        why = "is not exactly one mobile number"
    else:
        why = f"is in the mobile column, which does not describe a {kind}"
    combined = "; ".join(p for p in (row.values.get("phone"), cleaned) if p)
    if len(combined) > _LIMITS["phone"]:
        row.warn("mobile", f"{_shown(mobile)} {why}, and the phone has no room for it; "
                 "left out.")
        return
    row.values["phone"] = combined
    row.warn("mobile", f"{_shown(mobile)} {why}; kept in the phone instead.")


def _drop_invalid(row: Row) -> None:
    """Leave out the values the shared validation refuses (with a warning each); a problem
    with the row's own fields (name, kind, organisation) is an error."""
    values = {**row.values, "organisation_id": "?" if row.organisation else None}
    for problem in row_errors("customer", values):
        if problem.field == "organisation_id":
            row.error("organisation", f"the organisation is empty; a {row.values['kind']} "
                      "belongs to a hospital or pharmacy: fill the organisation (所属机构) "
                      "column.")
        elif problem.field in ROW_FIELDS:
            row.error(problem.field, f"{_shown(row.values.get(problem.field))}: "
                      f"{problem.message}")
        elif problem.field in row.values:
            value = row.values.pop(problem.field)
            row.warn(problem.field, f"{_shown(value)}: {problem.message} Left empty.")


def _split_name(row: Row) -> None:
    """`武汉市第一医院（武汉市中西医结合医院）`: the name is stored without the bracketed
    alias, which joins the alias column."""
    name, bracketed = split_name(row.values["name"])
    row.values["name"] = name
    alias = join_aliases(bracketed, split_aliases(row.values.get("alias")), besides=name)
    if alias:
        row.values["alias"] = alias
    else:
        row.values.pop("alias", None)


__all__ = ["Note", "Row", "label", "read_row"]
