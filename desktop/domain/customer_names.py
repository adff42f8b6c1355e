"""How a customer is named on screen. Every hospital has a 心内科, so a department goes by
its name followed by its hospital (`心内科 · 北京协和医院`); every other customer goes by their
own name. Screens never build this themselves: the rows they get carry the display name
(`display_name_sql` in a query, `display_names` for a set of ids)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, case, func, literal, select
from sqlalchemy.orm import aliased

from desktop.domain.name_rules import DEPARTMENT as _DEPARTMENT
from desktop.domain.name_rules import SEPARATOR, display_name, name_beside  # noqa: F401 - here too
from desktop.models import Customer
from desktop.store.store import Store


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
