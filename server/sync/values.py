"""Every pushed value checked against what its column can hold, on SQLite and PostgreSQL
alike, before anything is written: the type (desktop.models.codec), the range of integer
columns, finite numbers, datetimes that stay in range once converted to UTC, text a
database can store (no NUL, no lone surrogate) and JSON of bounded depth whose numbers fit
in 64 bits (orjson writes the answers). A value that does not fit rejects its own mutation
(`bad_value`, naming the field); the rest of the batch goes on.

Lengths of text columns are checked with the other row rules (desktop.models.validation).
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from functools import cache

from sqlalchemy import JSON, BigInteger, Float, Integer, SmallInteger

from desktop.models import synced_model
from desktop.models.codec import column_python_type, decode_value
from server.core.wire import INT64_MAX, INT64_MIN, printable, text_problem
from server.sync.rules import Rejection

MAX_JSON_DEPTH = 16
# The integer types a database column holds (PostgreSQL's; SQLite holds 64 bits in each).
INT_BITS = ((SmallInteger, 16), (BigInteger, 64), (Integer, 32))


def _bad(table: str, name: str, problem: str) -> Rejection:
    return Rejection("bad_value", f"Bad value: {table}.{printable(name)} {problem}.")


def check_unique_seqs(seqs: list[int]) -> None:
    """A batch names each seq once (ValueError naming the first repeated one): a second
    mutation under the same seq would be answered with the first one's outcome and lost."""
    seen: set[int] = set()
    for seq in seqs:
        if seq in seen:
            raise ValueError(f"seq {seq} appears more than once in the batch; every "
                             "mutation needs its own seq")
        seen.add(seq)


def check_names(table: str, changes: dict) -> None:
    """Field names a database could store (before they are looked up or quoted back)."""
    for name in changes:
        problem = text_problem(name)
        if problem:
            raise Rejection("bad_value", f"A field name of {table} {problem}: "
                            f"{printable(name)}.")


@cache
def _column_kinds(table: str) -> dict[str, tuple[str, object]]:
    """Column name -> (kind, limit): ("int", (low, high)), ("float", None), ("json", None),
    ("datetime", None) or ("other", None)."""
    kinds = {}
    for column in synced_model(table).__table__.columns:
        impl = getattr(column.type, "impl", column.type)
        kind: tuple[str, object] = ("other", None)
        for sa_class, bits in INT_BITS:
            if isinstance(impl, sa_class):
                kind = ("int", (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1))
                break
        else:
            if isinstance(impl, Float):
                kind = ("float", None)
            elif isinstance(impl, JSON):
                kind = ("json", None)
            elif column_python_type(column) is datetime:
                kind = ("datetime", None)
        kinds[column.name] = kind
    return kinds


def decode_changes(table: str, changes: dict) -> dict:
    """A change set (known field names) -> Python values that fit their columns; a value
    that does not fit raises Rejection("bad_value") naming the field."""
    kinds = _column_kinds(table)
    out = {}
    for name, value in changes.items():
        problem = json_problem(value)
        if problem:
            raise _bad(table, name, problem)
        try:
            decoded = decode_value(table, name, value)
        except (ValueError, OverflowError, TypeError) as exc:
            detail = str(exc).removeprefix(f"{table}.{name}: ")
            raise _bad(table, name, printable(detail, 120)) from None
        problem = column_problem(kinds[name], decoded)
        if problem:
            raise _bad(table, name, problem)
        out[name] = decoded
    return out


def column_problem(kind: tuple[str, object], value) -> str | None:
    """Why a decoded value does not fit a column of `kind`, or None."""
    if value is None:
        return None
    name, limit = kind
    if name == "int":
        low, high = limit
        if not low <= value <= high:
            return f"is out of range (a whole number from {low} to {high})"
    elif name == "float":
        if not math.isfinite(value):
            return "is not a finite number"
    elif name == "datetime":
        try:
            value.astimezone(UTC)
        except OverflowError:
            return "is out of range once converted to UTC (years 1 to 9999)"
    elif name == "json":
        return _json_depth_problem(value)
    return None


def json_problem(value) -> str | None:
    """Why a JSON value (anywhere inside) cannot be stored and sent back: text a database
    refuses, a number that is not finite or not in 64 bits."""
    if value is None or isinstance(value, str):  # (most values: no stack needed)
        problem = value and text_problem(value)
        return f"holds text that {problem}" if problem else None
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            problem = text_problem(item)
            if problem:
                return f"holds text that {problem}"
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int):
            if not INT64_MIN <= item <= INT64_MAX:
                return "holds a number larger than 64 bits"
        elif isinstance(item, float):
            if not math.isfinite(item):
                return "holds a number that is not finite (Infinity or NaN)"
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return None


def _json_depth_problem(value) -> str | None:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > MAX_JSON_DEPTH:
                return f"is nested more than {MAX_JSON_DEPTH} levels deep"
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return None
