"""The monthly figures spreadsheet (客户月度数据表): one row per customer, month and drug
class or product, with outpatient visits, prescriptions (total and ours), purchases and
sales. Qt-free, so the server's `import metrics` and the demo generator read figures the
same way and a demo customer's chart is drawn from rows that passed the import's checks.

Headers are English or Chinese (matched like the customer sheet's: NFKC, no spaces, any
case). The customer is named by `customer id`, `code/客户编码` or `customer/客户` (with
`organisation/所属医院` and `city/城市` to tell same names apart). `drug class/药品类别`
or `product/产品` says what the figures are of; a product fills in its drug class.

`SheetReader.read` turns one row into a `SheetRow` or a `RejectedRow` (its `SheetProblem`s
and the customer, month and line it was about, as far as they could be read); a problem's
message is a template (English, translatable in context "MetricsSheet") naming
the value that is wrong, so a person can find and correct it in the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.domain.customer_match import split_name
from desktop.domain.customer_sheet import header_key, name_key
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.validation import row_errors

# column key -> headers it may have (English first, then Chinese)
HEADERS: dict[str, tuple[str, ...]] = {
    "month": ("month", "period", "月份", "月度", "年月"),
    "customer_id": ("customer id", "客户ID", "客户id"),
    "code": ("code", "customer code", "客户编码", "客户代码", "编码"),
    "customer": ("customer", "customer name", "name", "客户", "客户名称", "名称", "姓名"),
    "organisation": ("organisation", "organization", "hospital", "所属医院", "所属机构",
                     "医院"),
    "city": ("city", "城市", "市"),
    "drug_class": ("drug class", "class", "药品类别", "药品类", "类别"),
    "product": ("product", "产品", "产品名称", "药品"),
    "outpatient": ("outpatient", "outpatient volume", "outpatient visits", "门诊量"),
    "prescriptions": ("prescriptions", "total prescriptions", "处方总量", "处方量"),
    "our_prescriptions": ("our prescriptions", "我方处方量", "我司处方量"),
    "purchases": ("purchases", "purchase amount", "采购量", "采购额", "采购金额"),
    "sales": ("sales", "sales amount", "销售额", "销售金额"),
    "sales_volume": ("sales volume", "units sold", "销售量", "销量"),
    "clinic_days": ("clinic days", "出诊天数", "门诊天数"),
}
# figure column -> (CustomerMetric field, whole number?)
FIGURES: dict[str, tuple[str, bool]] = {
    "outpatient": ("outpatient_volume", True),
    "prescriptions": ("total_prescriptions", True),
    "our_prescriptions": ("our_prescriptions", True),
    "purchases": ("purchase_amount", False),
    "sales": ("sales_amount", False),
    "sales_volume": ("sales_volume", True),
    "clinic_days": ("clinic_days", True),
}
CUSTOMER_COLUMNS = ("customer_id", "code", "customer")
_LOOKUP = {header_key(title): key for key, titles in HEADERS.items() for title in titles}

MSG_MISSING_COLUMNS = _t("MetricsSheet", "The first row must name the columns; missing: "
                                         "{columns}.")
MSG_NO_MONTH = _t("MetricsSheet", "{column}: empty; every row needs the month its figures "
                                  "are of.")
MSG_BAD_MONTH = _t("MetricsSheet", "{column}: '{value}' is not a month; write it as 2026-03, "
                                   "2026/3 or 2026年3月.")
MSG_NO_CUSTOMER = _t("MetricsSheet", "customer: empty; give the customer code (客户编码) or "
                                     "the customer's name (客户).")
MSG_UNKNOWN_ID = _t("MetricsSheet", "{column}: no customer has the id '{value}'.")
MSG_UNKNOWN_CODE = _t("MetricsSheet", "{column}: no customer has the code '{value}'.")
MSG_UNKNOWN_NAME = _t("MetricsSheet", "{column}: there is no customer '{value}' in the "
                                      "archive; check the spelling or give the code.")
MSG_NO_MATCH = _t("MetricsSheet", "{column}: no customer '{value}' at '{organisation}' in "
                                  "'{city}'; check the organisation and city.")
MSG_AMBIGUOUS = _t("MetricsSheet", "{column}: {count} customers are called '{value}'; give "
                                   "the code or the organisation and city.")
MSG_UNKNOWN_PRODUCT = _t("MetricsSheet", "{column}: there is no product '{value}' in the "
                                         "product list.")
MSG_CLASS_MISMATCH = _t("MetricsSheet", "{column}: '{value}' is a {product_class} product, "
                                        "not {drug_class}.")
MSG_NOT_WHOLE = _t("MetricsSheet", "{column}: '{value}' is not a whole number.")
MSG_NOT_NUMBER = _t("MetricsSheet", "{column}: '{value}' is not a number.")
MSG_NEGATIVE = _t("MetricsSheet", "{column}: {value} is below zero; figures cannot be "
                                  "negative.")
MSG_OURS_ABOVE_TOTAL = _t("MetricsSheet", "{column}: our prescriptions ({value}) are more "
                                          "than the total prescriptions ({total}).")
MSG_NO_FIGURES = _t("MetricsSheet", "the row has no figures; give at least one of outpatient, "
                                    "prescriptions, purchases or sales.")
MSG_INVALID = _t("MetricsSheet", "{column}: {reason}")

_MONTH_TEXT = re.compile(r"^(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*月?(?:\s*[-/.]?\s*\d{1,2}\s*日?)?"
                         r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_MONTH_COMPACT = re.compile(r"^(\d{4})(\d{2})$")
_NUMBER_JUNK = re.compile(r"[,，\s¥￥元]")


@dataclass(frozen=True)
class SheetProblem:
    """What is wrong with one row: a message template (context "MetricsSheet") and its
    values."""

    row: int
    template: str
    params: dict = field(default_factory=dict)

    def text(self) -> str:
        """The message in English (the server's command line)."""
        return self.template.format(**self.params)


@dataclass(frozen=True)
class SheetRow:
    """One valid row: whose figures, for which month and drug class/product, and the
    figures the file gives (the fields of its figure columns; None for an empty cell)."""

    row: int
    customer_id: str
    territory_id: str | None
    period: str
    drug_class: str | None
    product_id: str | None
    figures: dict

    @property
    def key(self) -> tuple:
        """What a customer's month holds one row of: (drug class, product)."""
        return self.drug_class, self.product_id


@dataclass(frozen=True)
class RejectedRow:
    """A row with problems, and what it was about as far as it could be read: the customer
    and month (None when either is unknown) and the line (None when the drug class or
    product is wrong)."""

    problems: list[SheetProblem]
    month: tuple[str, str] | None
    line: tuple[str | None, str | None] | None


@dataclass(frozen=True)
class CustomerRef:
    """A customer as the sheet names it."""

    id: str
    name: str
    territory_id: str | None
    code: str | None = None
    organisation: str | None = None  # its hospital's (pharmacy's) name; its own for those
    city: str | None = None
    aliases: tuple[str, ...] = ()  # its other names (the `alias` field)
    organisation_aliases: tuple[str, ...] = ()  # its organisation's other names

    def organisation_keys(self) -> set[str]:
        return {name_key(n) for n in (self.organisation, *self.organisation_aliases) if n}


@dataclass(frozen=True)
class ProductRef:
    id: str
    name: str
    drug_class: str


class UnreadableSheet(ValueError):
    """The file as a whole cannot be read (template, params as a SheetProblem's)."""

    def __init__(self, template: str, params: dict):
        super().__init__(template.format(**params))
        self.template, self.params = template, params


def parse_month(value) -> str | None:
    """"YYYY-MM" for 2026-03, 2026/3, 2026年3月, 202603, 2026-03-01 or a date cell; None
    when the value is no month, or a number cell like 2026.1 (a spreadsheet shows 2026.10 so
    as well)."""
    if isinstance(value, datetime | date):
        return f"{value.year:04d}-{value.month:02d}"
    if isinstance(value, float):
        if not value.is_integer():
            return None  # 2026.1 in a number cell: January or October? (2026.10 reads so)
        value = int(value)
    text = str(value).strip()
    match = _MONTH_TEXT.match(text) or _MONTH_COMPACT.match(text)
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    if not (1 <= month <= 12 and 1900 <= year <= 2999):
        return None
    return f"{year:04d}-{month:02d}"


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _cell_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _city_key(text) -> str:
    return name_key(text).removesuffix("市")


class CustomerIndex:
    """Customers by id, code and name, to find the one a row names."""

    def __init__(self, customers: Iterable[CustomerRef]):
        self.by_id: dict[str, CustomerRef] = {}
        self.by_code: dict[str, CustomerRef] = {}
        self.by_name: dict[str, list[CustomerRef]] = {}
        for ref in customers:
            self.by_id[ref.id] = ref
            if ref.code:
                self.by_code.setdefault(name_key(ref.code), ref)
            for key in {name_key(n) for n in (ref.name, *ref.aliases)}:
                self.by_name.setdefault(key, []).append(ref)

    def named(self, name: str) -> list[CustomerRef]:
        """The customers a written name means: their name or an alias, as written or
        without a bracketed other name (`武汉市第一医院（武汉市中西医结合医院）`)."""
        found = self.by_name.get(name_key(name))
        if found:
            return found
        base, aliases = split_name(name)
        for written in (base, *aliases):
            if found := self.by_name.get(name_key(written)):
                return found
        return []


class ProductIndex:
    """Products by name (and generic name), and the drug classes they spell."""

    def __init__(self, products: Iterable[ProductRef]):
        self.by_name: dict[str, ProductRef] = {}
        self.classes: dict[str, str] = {}
        for ref in products:
            self.by_name.setdefault(name_key(ref.name), ref)
            self.classes.setdefault(name_key(ref.drug_class), ref.drug_class)


def header_map(header_row) -> tuple[dict[int, str], dict[str, str], list[str]]:
    """(column index -> key, key -> the header as written, headers no column has). Raises
    UnreadableSheet when the month, a customer or every figure column is missing."""
    mapping, titles, unknown = {}, {}, []
    for index, title in enumerate(header_row):
        key = _LOOKUP.get(header_key(title)) if not _blank(title) else None
        if key and key not in titles:
            mapping[index], titles[key] = key, str(title).strip()
        elif not _blank(title):
            unknown.append(str(title).strip())
    missing = []
    if "month" not in titles:
        missing.append("month/月份")
    if not any(k in titles for k in CUSTOMER_COLUMNS):
        missing.append("code/客户编码 or customer/客户")
    if not any(k in titles for k in FIGURES):
        missing.append("outpatient/门诊量, prescriptions/处方总量, our prescriptions/我方处方量, "
                       "purchases/采购量 or sales/销售额")
    if missing:
        raise UnreadableSheet(MSG_MISSING_COLUMNS, {"columns": "; ".join(missing)})
    return mapping, titles, unknown


class SheetReader:
    """Reads the rows of one file (after its header) against the archive's customers and
    products."""

    def __init__(self, header_row, customers: CustomerIndex, products: ProductIndex):
        self.mapping, self.titles, self.unknown = header_map(header_row)
        self.customers, self.products = customers, products

    @property
    def figure_fields(self) -> tuple[str, ...]:
        """The CustomerMetric fields the file has columns for."""
        return tuple(FIGURES[k][0] for k in FIGURES if k in self.titles)

    def cells(self, raw) -> dict:
        return {key: raw[i] if i < len(raw) else None for i, key in self.mapping.items()}

    def read(self, number: int, raw) -> SheetRow | RejectedRow | None:
        """Row `number` of the file (as the spreadsheet numbers it): its values, its
        problems, or None for an empty row."""
        cells = self.cells(raw)
        if all(_blank(v) for v in cells.values()):
            return None
        problems: list[SheetProblem] = []
        period = self._month(number, cells, problems)
        customer = self._customer(number, cells, problems)
        line_problems = len(problems)
        drug_class, product_id = self._what(number, cells, problems)
        line = (drug_class, product_id) if len(problems) == line_problems else None
        figures = self._figures(number, cells, problems)
        if not problems:
            values = {"customer_id": customer.id, "period": period, "drug_class": drug_class,
                      "product_id": product_id, **figures}
            problems = [SheetProblem(number, MSG_INVALID, {"column": e.field,
                                                           "reason": e.message})
                        for e in row_errors("customer_metric", values)]
        if problems:
            month = (customer.id, period) if customer and period else None
            return RejectedRow(problems, month, line)
        return SheetRow(number, customer.id, customer.territory_id, period, drug_class,
                        product_id, figures)

    def _problem(self, problems, number, template, key, value=None, **params) -> None:
        column = self.titles.get(key, key)
        problems.append(SheetProblem(number, template, {"column": column,
                                                        "value": value, **params}))

    def _month(self, number, cells, problems) -> str | None:
        value = cells.get("month")
        if _blank(value):
            self._problem(problems, number, MSG_NO_MONTH, "month")
            return None
        period = parse_month(value)
        if period is None:
            self._problem(problems, number, MSG_BAD_MONTH, "month", _cell_text(value))
        return period

    def _customer(self, number, cells, problems) -> CustomerRef | None:
        index = self.customers
        for key, table in (("customer_id", index.by_id), ("code", index.by_code)):
            if not _blank(cells.get(key)):
                text = _cell_text(cells[key])
                found = table.get(text if key == "customer_id" else name_key(text))
                if found is None:
                    template = MSG_UNKNOWN_ID if key == "customer_id" else MSG_UNKNOWN_CODE
                    self._problem(problems, number, template, key, text)
                return found
        if _blank(cells.get("customer")):
            problems.append(SheetProblem(number, MSG_NO_CUSTOMER, {}))
            return None
        return self._customer_by_name(number, cells, problems)

    def _customer_by_name(self, number, cells, problems) -> CustomerRef | None:
        name = _cell_text(cells["customer"])
        found = self.customers.named(name)
        organisation, city = cells.get("organisation"), cells.get("city")
        if not _blank(organisation):
            base, aliases = split_name(_cell_text(organisation))
            written = {name_key(n) for n in (_cell_text(organisation), base, *aliases)}
            found = [c for c in found if c.organisation_keys() & written]
        if not _blank(city):
            found = [c for c in found if _city_key(c.city) == _city_key(city)]
        if len(found) == 1:
            return found[0]
        if found:
            self._problem(problems, number, MSG_AMBIGUOUS, "customer", name, count=len(found))
        elif self.customers.named(name):
            self._problem(problems, number, MSG_NO_MATCH, "customer", name,
                          organisation=_cell_text(organisation or "-"),
                          city=_cell_text(city or "-"))
        else:
            self._problem(problems, number, MSG_UNKNOWN_NAME, "customer", name)
        return None

    def _what(self, number, cells, problems) -> tuple[str | None, str | None]:
        """(drug class, product id) the figures are of; both None: the customer's figures
        as a whole (outpatient visits, clinic days)."""
        drug_class = None
        if not _blank(cells.get("drug_class")):
            text = _cell_text(cells["drug_class"])
            drug_class = self.products.classes.get(name_key(text), text)
        if _blank(cells.get("product")):
            return drug_class, None
        text = _cell_text(cells["product"])
        product = self.products.by_name.get(name_key(text))
        if product is None:
            self._problem(problems, number, MSG_UNKNOWN_PRODUCT, "product", text)
            return drug_class, None
        if drug_class is not None and drug_class != product.drug_class:
            self._problem(problems, number, MSG_CLASS_MISMATCH, "product", text,
                          product_class=product.drug_class, drug_class=drug_class)
        return product.drug_class, product.id

    def _figures(self, number, cells, problems) -> dict:
        figures = {}
        for key, (name, whole) in FIGURES.items():
            if key not in self.titles:
                continue
            figures[name] = self._number(number, key, cells.get(key), whole, problems)
        given = {k: v for k, v in figures.items() if v is not None}
        ours, total = given.get("our_prescriptions"), given.get("total_prescriptions")
        if ours is not None and total is not None and ours > total:
            self._problem(problems, number, MSG_OURS_ABOVE_TOTAL, "our_prescriptions", ours,
                          total=total)
        if not given and not problems:
            problems.append(SheetProblem(number, MSG_NO_FIGURES, {}))
        return figures

    def _number(self, number, key, value, whole: bool, problems) -> int | float | None:
        if _blank(value):
            return None
        if isinstance(value, bool):
            figure = None
        elif isinstance(value, int | float):
            figure = value
        else:
            figure = _to_number(_NUMBER_JUNK.sub("", str(value)))
        if figure is None:
            self._problem(problems, number, MSG_NOT_NUMBER, key, _cell_text(value))
            return None
        if whole and not float(figure).is_integer():
            self._problem(problems, number, MSG_NOT_WHOLE, key, _cell_text(value))
            return None
        if figure < 0:
            self._problem(problems, number, MSG_NEGATIVE, key, _cell_text(value))
            return None
        return int(figure) if whole else round(float(figure), 2)


def _to_number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None
