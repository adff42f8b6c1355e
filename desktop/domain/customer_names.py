"""How a customer is named on screen. Every hospital has a 心内科, so a department goes by
its name followed by its hospital (`心内科 · 北京协和医院`); every other customer goes by their
own name. Screens never build this themselves: the rows they get carry the display name
(`display_name_sql` in a query, `display_names` for a set of ids)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, case, func, literal, select
from sqlalchemy.orm import aliased

from desktop.models import Customer
from desktop.models.enums import CustomerKind
from desktop.store.store import Store

SEPARATOR = " · "
_DEPARTMENT = CustomerKind.DEPARTMENT.value


def display_name(name: str, kind: str | None, organisation_name: str | None) -> str:
    """`name`, followed by its hospital for a department."""
    if kind == _DEPARTMENT and organisation_name:
        return f"{name}{SEPARATOR}{organisation_name}"
    return name


def name_beside(display: str, organisation_name: str | None) -> str:
    """A display name shown beside a column naming its organisation: a department's hospital
    is not said twice (`心内科`, next to `北京协和医院`); any other name as it is."""
    suffix = f"{SEPARATOR}{organisation_name}" if organisation_name else ""
    return display[:-len(suffix)] if suffix and display.endswith(suffix) else display


def display_name_sql(customer=Customer) -> ColumnElement[str]:
    """`display_name` as an SQL expression over `customer` (the table class or an alias), for
    a select that already has `customer` among its FROM clauses."""
    organisation = aliased(Customer)
    hospital = (select(organisation.name).where(organisation.id == customer.organisation_id)
                .correlate(customer).scalar_subquery())
    return case((customer.kind == _DEPARTMENT,
                 customer.name + func.coalesce(literal(SEPARATOR) + hospital, "")),
                else_=customer.name)


def display_names(session, ids: Iterable[str | None]) -> dict[str, str]:
    """Display names of the customers `ids` (unknown ids are left out)."""
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return dict(session.execute(select(Customer.id, display_name_sql())
                                .where(Customer.id.in_(wanted))).all())


def display_name_of(store: Store, customer_id: str | None) -> str:
    """The display name of one customer ("" when there is none)."""
    with store.read() as session:
        return display_names(session, [customer_id]).get(customer_id or "", "")
