"""Keyset paging and counting for the long lists (call reports, follow-ups, complaints, the people of an
organisation): each page starts after the last row shown, in the list's order, so a page
costs the same at any depth and every row stays reachable."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, case, false, func, or_

PAGE_SIZE = 200


def keyset_after(columns: Sequence, values: Sequence, *, descending: bool = False):
    """SQL condition for the rows that come after `values` in the order of `columns` (all
    ascending, or all descending); the last column must make the order unique (an id)."""
    clauses = []
    for i, (col, value) in enumerate(zip(columns, values, strict=True)):
        equal = [c == v for c, v in zip(columns[:i], values[:i], strict=True)]
        clauses.append(and_(*equal, col < value if descending else col > value))
    return or_(false(), *clauses)


def count_where(*conditions):
    """SQL: how many rows of the select meet all `conditions` (a column of a summary row)."""
    return func.coalesce(func.sum(case((and_(*conditions), 1), else_=0)), 0)
