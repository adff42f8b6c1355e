"""The levels a customer's month of figures is given at, and the rule that counts each figure
of a customer-month once, at its widest level given: the customer's whole month (no drug
class, no product), else its drug classes, else its products. An import's levels overlap (the
same month whole, by drug class and by product; a product row carries its drug class), so
adding every row up would count a prescription, a sale or a purchase two or three times.

Pure and light (no store, no Qt): the manager desk's KPIs (`kpi_figures`), customers at risk
(`at_risk`) and a customer's prescription share (`prescription_share`) count by it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

Row = TypeVar("Row")


def level(drug_class: str | None, product_id: str | None) -> int:
    """0 the customer's whole month, 1 a drug class, 2 a product (widest first)."""
    return 2 if product_id is not None else 1 if drug_class is not None else 0


def count_widest(cell: list, slots: tuple[int, ...], values: tuple, levels: dict,
                 key: tuple, level: int) -> None:
    """Count `values` into `cell[slots]` at the widest level `key` has: a wider level than
    the one counted so far starts again from them, the same level adds them, a narrower one
    is left out."""
    counted = levels.get(key)
    if counted is not None and level > counted:
        return
    fresh = counted is None or level < counted
    levels[key] = level
    for slot, value in zip(slots, values, strict=True):
        cell[slot] = value if fresh else cell[slot] + value


def at_widest(rows: Iterable[Row], key: Callable[[Row], Hashable]) -> list[Row]:
    """The rows counted: of each `key(row)`'s rows (a customer-month's, say), those of its
    widest level (`rows` have `drug_class` and `product_id`; leave out beforehand the rows
    that do not report the figure counted)."""
    kept: dict[Hashable, list[Row]] = {}
    levels: dict[Hashable, int] = {}
    for row in rows:
        k, found = key(row), level(row.drug_class, row.product_id)
        counted = levels.get(k)
        if counted is None or found < counted:
            levels[k], kept[k] = found, [row]  # a wider level: start again from it
        elif found == counted:
            kept[k].append(row)
    return [row for chosen in kept.values() for row in chosen]
