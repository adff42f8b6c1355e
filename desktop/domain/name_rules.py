"""How a customer is named on screen, as pure functions of plain values (no database
layer: the start shows Today before it loads). `desktop.domain.customer_names` gives the
same names from the store; `display_name_sql` is the same rule for a plain SQL query."""

from __future__ import annotations

from desktop.models.enums import CustomerKind

SEPARATOR = " · "
DEPARTMENT = CustomerKind.DEPARTMENT.value


def display_name(name: str, kind: str | None, organisation_name: str | None) -> str:
    """`name`, followed by its hospital for a department."""
    if kind == DEPARTMENT and organisation_name:
        return f"{name}{SEPARATOR}{organisation_name}"
    return name


def name_beside(display: str, organisation_name: str | None) -> str:
    """A display name shown beside a column naming its organisation: a department's hospital
    is not said twice (`心内科`, next to `北京协和医院`); any other name as it is."""
    suffix = f"{SEPARATOR}{organisation_name}" if organisation_name else ""
    return display[:-len(suffix)] if suffix and display.endswith(suffix) else display


def display_name_sql(alias: str) -> str:
    """`display_name` as plain SQL over the customer table aliased `alias` (the separator
    and the kind are literals of this module's constants, not parameters)."""
    return (f"CASE WHEN {alias}.kind = '{DEPARTMENT}' THEN {alias}.name || COALESCE("
            f"'{SEPARATOR}' || (SELECT o.name FROM customer o WHERE o.id = "
            f"{alias}.organisation_id), '') ELSE {alias}.name END")
