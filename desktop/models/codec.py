"""Converting row values to and from JSON for the outbox and the sync protocol.

Dates travel as ISO 8601 text (`2026-03-01`, `2026-03-01T09:30:00+00:00`, UTC); everything
else as plain JSON. Decoding uses the column's Python type, so a malformed value fails with
a ValueError naming the field.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from desktop.models.base import synced_model


def encode_value(value):
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def encode_values(values: dict) -> dict:
    return {k: encode_value(v) for k, v in values.items()}


def _python_type(table: str, name: str):
    return column_python_type(synced_model(table).__table__.columns[name])


def column_python_type(column) -> type:
    """The Python type of a column's values (object for JSON and unknown types)."""
    column_type = column.type
    for candidate in (column_type, getattr(column_type, "impl", None)):  # UTCDateTime wraps
        if candidate is None:
            continue
        try:
            kind = candidate.python_type
        except NotImplementedError:  # JSON columns
            continue
        if kind is not object:
            return kind
    return object


def decode_value(table: str, name: str, value):
    if value is None:
        return None
    kind = _python_type(table, name)
    try:
        if kind is datetime:
            moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
            return moment.replace(tzinfo=UTC) if moment.utcoffset() is None else moment
        if kind is date:
            if isinstance(value, datetime):
                return value.date()
            return value if isinstance(value, date) else date.fromisoformat(value)
        if kind is bool:
            if isinstance(value, bool):
                return value
            raise ValueError("expected true or false")
        if kind is int:
            if isinstance(value, bool) or not isinstance(value, int | float) or int(value) != value:
                raise ValueError("expected a whole number")
            return int(value)
        if kind is float:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError("expected a number")
            return float(value)
        if kind is str:
            if not isinstance(value, str):
                raise ValueError("expected text")
            return value
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{table}.{name}: {exc}") from None
    return value


def decode_values(table: str, values: dict) -> dict:
    """Decode every field of a change set; unknown names raise KeyError naming the field."""
    columns = synced_model(table).__table__.columns
    out = {}
    for name, value in values.items():
        if name not in columns:
            raise KeyError(f"{table} has no field {name!r}")
        out[name] = decode_value(table, name, value)
    return out
