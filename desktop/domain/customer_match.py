"""Which customer a row of a customer list is (Qt-free): the matching rules of the customer
import, kept apart from the file handling so that they can be read and tested alone.

A list names the same hospital in many ways: `(武汉)` or `（武汉）`, with or without spaces,
`武汉市第一医院（武汉市中西医结合医院）` for a hospital that carries a second name, the city
written in the city column or only at the start of the address. The rules
(docs/decisions/0022-phone-numbers-and-matching.md):

- A customer code (客户编码) is the stable key: an equal code is the same customer whatever
  the name; two different codes are two customers even under one name.
- Otherwise organisations (hospital, pharmacy, distributor) are the same when a normalised
  name (`customer_sheet.name_key`) or alias is equal, the kind is equal and the city is the
  same. When one side has no city, its address must start with the other's city; two
  customers with different cities are never one.
- A trailing bracket that names another organisation (`（武汉市中西医结合医院）`, ending in
  医院, 中心, 卫生院…) is an alias: the customer's name is what stands before it. A bracket
  that names a branch or campus (`（西院区）`, `（光谷分院）`, `（本部）`, `（中山路店）`) is part
  of the name: `协和医院（西院区）` and `协和医院（本部）` are two customers.
- Departments, doctors, pharmacy contacts and patients are the same when the name is equal
  within the same organisation (and department, when both give one).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from desktop.domain.customer_sheet import name_key
from desktop.models.enums import ORGANISATION_KINDS

_BRACKET = re.compile(r"[(（]([^()（）]+)[)）]\s*$")
# A bracket naming a part of the same organisation: a branch, campus or outlet.
_BRANCH = re.compile(r"(院区|分院|[东西南北中]院|门诊部|门诊|分部|本部|总院|校区|分店|分公司|门店|店)$")
# A bracket naming an organisation of its own (its other name, or its former one: 原…).
_ORGANISATION = re.compile(r"(医院|中心|卫生院|卫生所|保健院|诊所|研究所|研究院|医学院|大学|"
                           r"药房|药店|公司|集团)$")
_PHARMACY = re.compile(r"(药房|药店)$")
_PROVINCE = re.compile(r"^(?:[^省]{2,4}省|[^区]{2,8}?自治区)")
_ALIAS_SEPARATORS = re.compile(r"[;；、]+")


def is_alias(bracketed: str) -> bool:
    """Whether the text of a trailing bracket is another name of the customer (True) or a
    part of its own name, such as a branch or a campus (False)."""
    text = bracketed.strip()
    if _PHARMACY.search(text):
        return True  # 大参林（老百姓大药房）: another pharmacy's name, not a branch 店
    if _BRANCH.search(text) or (text.endswith("中心") and len(text) < 5):
        return False  # …院区, …分院, 本部; 体检中心 is a part of the hospital, not another one
    return bool(_ORGANISATION.search(text))


def split_name(name: str) -> tuple[str, list[str]]:
    """(the customer's name, its aliases) from a name as a list writes it:
    `武汉市第一医院（武汉市中西医结合医院）` → (`武汉市第一医院`, [`武汉市中西医结合医院`]);
    `协和医院（西院区）` stays whole."""
    text, aliases = name.strip(), []
    while (found := _BRACKET.search(text)) and text[:found.start()].strip():
        inner = found.group(1).strip()
        if not is_alias(inner):
            break
        aliases.insert(0, inner.removeprefix("原").strip() or inner)
        text = text[:found.start()].rstrip()
    return text, aliases


def split_aliases(text: str | None) -> list[str]:
    """The names of an alias cell (`;`-separated; `；` and `、` are read as `;` too)."""
    return [a.strip() for a in _ALIAS_SEPARATORS.split(text or "") if a.strip()]


def join_aliases(*groups: list[str], besides: str = "") -> str | None:
    """Aliases as stored: `;`-separated, each name once (as matched), without `besides`
    (the customer's own name)."""
    seen, out = {name_key(besides)}, []
    for alias in (a for group in groups for a in group):
        if name_key(alias) not in seen:
            seen.add(name_key(alias))
            out.append(alias)
    return ";".join(out) or None


def city_key(city: str | None) -> str:
    """A city as compared: `武汉市` and `武汉` are one city."""
    key = name_key(city)
    return key[:-1] if len(key) > 2 and key.endswith("市") else key


def _address_place(address: str | None) -> str:
    """The address as compared with a city: normalised, without a leading province."""
    return _PROVINCE.sub("", name_key(address), count=1)


def _address_city(address: str | None) -> str:
    found = re.match(r"^(.{2,6}?)市", _address_place(address))
    return found.group(1) if found else ""


@dataclass
class Known:
    """A customer the import has seen: in the archive (`row` None) or in an earlier row of
    the file (`row` its number)."""

    id: str
    kind: str
    name: str
    code: str | None = None
    aliases: list[str] = field(default_factory=list)
    city: str | None = None
    address: str | None = None
    organisation_id: str | None = None
    department_id: str | None = None
    territory_id: str | None = None
    row: int | None = None

    @property
    def keys(self) -> list[str]:
        """The names it is matched by, its own first."""
        main, bracketed = split_name(self.name)
        return list(dict.fromkeys(name_key(n) for n in (main, *bracketed, *self.aliases)
                                  if name_key(n)))

    def describe(self) -> str:
        """How a report names it: `row 5`, or `customer '武汉市第一医院' (code WH001)`."""
        if self.row is not None:
            return f"row {self.row}"
        return (f"customer {self.name!r}" + (f" (code {self.code})" if self.code else "")
                + (f" in {self.city}" if self.city and self.kind in ORGANISATION_KINDS else ""))


def same_city(a: Known, b: Known) -> bool:
    """Whether two organisations are in one city (see the module's docstring)."""
    city_a, city_b = city_key(a.city), city_key(b.city)
    if city_a and city_b:
        return city_a == city_b
    if city_a or city_b:
        city, other = (city_a, b) if city_a else (city_b, a)
        return _address_place(other.address).startswith(city)
    derived_a, derived_b = _address_city(a.address), _address_city(b.address)
    return not (derived_a and derived_b) or derived_a == derived_b


def _same_place(row: Known, known: Known) -> bool:
    if row.kind in ORGANISATION_KINDS:
        return same_city(row, known)
    if row.organisation_id != known.organisation_id:
        return False
    return not (row.department_id and known.department_id) \
        or row.department_id == known.department_id


@dataclass(frozen=True)
class Match:
    """The customer a row is, and how it was recognised."""

    known: Known
    by: str  # "code", "name" or "alias"
    alias: str | None = None  # the name that matched, when by alias

    def describe(self) -> str:
        how = {"code": "by its code", "name": "by name"}.get(self.by, f"by the alias {self.alias!r}")
        return f"{self.known.describe()} {how}"


class Customers:
    """The customers known so far, looked up by code and by name (see the module's
    docstring)."""

    def __init__(self):
        self._by_code: dict[str, list[Known]] = defaultdict(list)
        self._by_name: dict[str, list[Known]] = defaultdict(list)

    def add(self, known: Known) -> None:
        if known.code:
            self._by_code[name_key(known.code)].append(known)
        for key in known.keys:
            self._by_name[key].append(known)

    def with_code(self, code: str | None) -> list[Known]:
        return list(self._by_code.get(name_key(code), [])) if code else []

    def named(self, name: str) -> list[Known]:
        """Customers one of whose names is `name` (any kind, anywhere)."""
        return list(self._by_name.get(name_key(name), []))

    def find(self, row: Known) -> Match | None:
        """The customer `row` is (code first, then name within the city or organisation);
        None when it is a new one."""
        holders = self.with_code(row.code)
        if holders:
            return Match(holders[0], "code")
        for position, key in enumerate(row.keys):
            for known in self._by_name.get(key, []):
                if known.kind != row.kind or not _same_place(row, known):
                    continue
                if row.code and known.code and name_key(row.code) != name_key(known.code):
                    continue  # two codes, two customers
                if position == 0 and known.keys[0] == key:
                    return Match(known, "name")
                return Match(known, "alias", _name_for(key, row, known))
        return None

    def namesakes(self, row: Known) -> list[Known]:
        """Customers of the row's kind and name that it did not match although they may be
        the same (call it when `find` found nothing): in the same place under another code,
        or an organisation in a city when the row gives none. The report warns of them."""
        if not row.keys:
            return []
        no_city = row.kind in ORGANISATION_KINDS and not city_key(row.city)
        return [k for k in self._by_name.get(row.keys[0], []) if k.kind == row.kind
                and k.id != row.id and (_same_place(row, k) or (no_city and city_key(k.city)))]


def _name_for(key: str, row: Known, known: Known) -> str:
    main, bracketed = split_name(known.name)
    for name in (*split_name(row.name)[1], *row.aliases, main, *bracketed, *known.aliases):
        if name_key(name) == key:
            return name
    return key


__all__ = ["Customers", "Known", "Match", "city_key", "is_alias", "join_aliases",
           "same_city", "split_aliases", "split_name"]
