"""Every conversion of synced values between their three forms, for client and server alike:

- Python values, as the models hold them;
- wire values, JSON in the outbox and the sync protocol: dates as ISO 8601 text
  (`2026-03-01`), datetimes in UTC with their offset (`2026-03-01T09:30:00.000000+00:00`),
  JSON columns as JSON, everything else plain;
- SQLite storage, exactly what SQLAlchemy's SQLite dialect writes (`2026-03-01 09:30:00.000000`
  in UTC, `2026-03-01`, 0/1, JSON text), so that rows written around the ORM read back the
  same through it.

Python → wire: `encode_value(s)`. Wire → Python: `decode_value(s)` checks a client's change
field by field (the server's push); `decode_fields`, `decode_row` and `decode_columns` take
the server's rows as they come (the client); `to_datetime` and `to_date` read the text of
either form. Python → SQLite: `python_to_storage`. Wire → SQLite: `wire_to_storage` (a first
sync stores snapshot pages without making Python values). SQLite → wire:
`storage_temporal_to_wire` (the server's snapshot pages). The last two are the first sync's
hot path: they slice text in the usual forms and parse only the others. A snapshot page
asked for with its dates and times in SQLite's form (`SQLITE_DATETIMES`, decision 0043) is
neither sliced by the server nor by the client: `storage_temporal_column_to_sqlite`,
`wire_column_to_storage(..., SQLITE_DATETIMES)`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from functools import cache

from pydantic_core import PydanticUndefined
from sqlalchemy import JSON, Boolean, Date, DateTime

from desktop.models.base import synced_model

# The forms a snapshot page's dates and times can travel in: the wire's (ISO 8601 with the
# offset), or as SQLite stores them (what both a SQLite server and a laptop hold).
WIRE_DATETIMES = "wire"
SQLITE_DATETIMES = "sqlite"
DATE_TEXT_LENGTH = 10  # `2026-03-01`
DATETIME_TEXT_LENGTH = 26  # `2026-03-01 09:30:00.000000`

Converter = Callable[[object], object]


# -- column types -----------------------------------------------------------------------------
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


def is_temporal(column) -> bool:
    """Whether a column holds dates or datetimes (their wire and stored forms are text)."""
    return issubclass(column_python_type(column), date)  # datetime is a date too


@cache
def _python_types(table: str) -> dict[str, type]:
    return {c.name: column_python_type(c) for c in synced_model(table).__table__.columns}


@cache
def _defaults(table: str) -> tuple[dict, dict[str, Callable]]:
    """For rows sent without some column: (every column's default, None where the model makes
    it per row; {column: list or dict} where that default is a fresh empty collection)."""
    defaults, empty = {}, {}
    for name, info in synced_model(table).model_fields.items():
        defaults[name] = None if info.default is PydanticUndefined else info.default
        if info.default_factory in (list, dict):
            empty[name] = info.default_factory
    return defaults, empty


def missing_value(table: str, name: str):
    """The value of a column a row was sent without: the model's default, a fresh empty list
    or dict where the model makes one, None where it makes the value per row (ids, times)."""
    defaults, empty = _defaults(table)
    return empty[name]() if name in empty else defaults.get(name)


# -- Python -> wire ---------------------------------------------------------------------------
def encode_value(value):
    """A Python value -> its wire value (dates and datetimes as ISO 8601 text)."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def encode_values(values: dict) -> dict:
    """Every value of a row or change set -> its wire value."""
    return {k: encode_value(v) for k, v in values.items()}


# -- wire or SQLite text -> Python ------------------------------------------------------------
# Also for values read without their column type: SQLite answers an aggregate such as
# max(started_at) with the stored text.
def to_datetime(value) -> datetime:
    """ISO 8601 text, wire or SQLite form (or a datetime) -> an aware datetime; without an
    offset it is UTC."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment if moment.utcoffset() is not None else moment.replace(tzinfo=UTC)


def to_date(value) -> date | None:
    """ISO 8601 text of a date or a datetime, wire or SQLite form (or a date, a datetime,
    None) -> its date."""
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value.date() if isinstance(value, datetime) else value


def decode_value(table: str, name: str, value):
    """A client's value of one field -> its Python value, checked against the column's type:
    a malformed value raises ValueError naming the field."""
    if value is None:
        return None
    kind = _python_types(table)[name]
    try:
        if kind is datetime:
            return to_datetime(value)
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
    """Decode and check every field of a change set; unknown names raise KeyError naming
    the field."""
    kinds = _python_types(table)
    out = {}
    for name, value in values.items():
        if name not in kinds:
            raise KeyError(f"{table} has no field {name!r}")
        out[name] = decode_value(table, name, value)
    return out


@cache
def _from_wire(table: str) -> dict[str, Converter | None]:
    """Column name -> converter from a wire value to a Python value (None: take as is)."""
    return {name: (to_datetime if kind is datetime
                   else to_date if kind is date else None)
            for name, kind in _python_types(table).items()}


def decode_fields(table: str, values: dict) -> dict:
    """Wire values of some fields from the server -> Python values (dates and datetimes
    parsed). Unknown field names raise KeyError."""
    conv = _from_wire(table)
    out = {}
    for name, value in values.items():
        fn = conv[name]
        out[name] = fn(value) if (fn is not None and value is not None) else value
    return out


def decode_row(table: str, row: dict) -> dict:
    """A full row from the server -> Python values for every local column. Columns this app
    version does not know (a newer server) are ignored; missing ones get their default."""
    conv = _from_wire(table)
    defaults, empty = _defaults(table)
    out = dict(defaults)
    for name, value in row.items():
        if name not in conv:
            continue
        fn = conv[name]
        out[name] = fn(value) if (fn is not None and value is not None) else value
    for name, make in empty.items():
        if out[name] is None:
            out[name] = make()
    return out


def decode_columns(table: str, columns: list[str], rows: Iterable[list]) -> list[dict]:
    """Snapshot rows from the server (lists in `columns` order) -> decoded dicts."""
    conv = _from_wire(table)
    defaults, empty = _defaults(table)
    plan = [(i, name, conv[name]) for i, name in enumerate(columns) if name in conv]
    out = []
    for values in rows:
        row = dict(defaults)
        for i, name, fn in plan:
            value = values[i]
            row[name] = fn(value) if (fn is not None and value is not None) else value
        out.append(row)
    for name, make in empty.items():
        for row in out:
            if row[name] is None:
                row[name] = make()
    return out


# -- Python -> SQLite -------------------------------------------------------------------------
def datetime_to_storage(value: datetime | None) -> str | None:
    """An aware datetime -> SQLAlchemy's SQLite text (UTC, microseconds). Naive values are
    refused, as SQLModel's UTCDateTime refuses them."""
    if value is None:
        return None
    if value.tzinfo is not UTC:
        if value.utcoffset() is None:
            raise ValueError("Datetime values must have timezone information.")
        value = value.astimezone(UTC)
    text = value.isoformat(" ")[:-6]  # drop "+00:00"
    return text if value.microsecond else text + ".000000"


def date_to_storage(value: date | None) -> str | None:
    """A date -> SQLite text (`2026-03-01`)."""
    return None if value is None else value.isoformat()


def bool_to_storage(value) -> int | None:
    """A truth value -> SQLite's 0 or 1."""
    return None if value is None else int(bool(value))


def json_to_storage(value) -> str | None:
    """A JSON column's value -> its JSON text (None stays NULL)."""
    return None if value is None else json.dumps(value)


def python_to_storage(sa_type) -> Converter | None:
    """Python value (or None) -> what SQLAlchemy's SQLite dialect stores for a column of
    this type, or None when it stores the value as it is."""
    return {"datetime": datetime_to_storage, "date": date_to_storage,
            "bool": bool_to_storage, "json": json_to_storage}.get(_storage_kind(sa_type))


def temporal_text_length(sa_type) -> int:
    """How long SQLite's stored text of a date (10) or datetime (26) column's values is."""
    return DATE_TEXT_LENGTH if _storage_kind(sa_type) == "date" else DATETIME_TEXT_LENGTH


def _storage_kind(sa_type) -> str | None:
    """The kind of column whose SQLite storage differs from its Python and wire values."""
    impl = getattr(sa_type, "impl", sa_type)  # UTCDateTime wraps DateTime
    for kind, sa_class in (("datetime", DateTime), ("date", Date), ("bool", Boolean),
                           ("json", JSON)):
        if isinstance(impl, sa_class):
            return kind
    return None


# -- wire -> SQLite ---------------------------------------------------------------------------
def wire_datetime_to_storage(text) -> str:
    """Wire text of a datetime -> SQLite text: sliced from the usual
    `2026-03-01T09:30:00.000000+00:00`, else parsed."""
    if isinstance(text, str) and len(text) == 32 and text[10] == "T" and text[26:] == "+00:00":
        return f"{text[:10]} {text[11:26]}"
    return datetime_to_storage(to_datetime(text))


def wire_date_to_storage(text) -> str:
    """Wire text of a date -> SQLite text (the same `2026-03-01`)."""
    if isinstance(text, str) and len(text) == 10 and text[4] == "-" and text[7] == "-":
        return text
    return date_to_storage(to_date(text))


def wire_to_storage(sa_type) -> Converter | None:
    """Wire value (not None) -> what SQLAlchemy's SQLite dialect stores for a column of this
    type, or None when the wire value is stored as it is (true and false store as 1 and 0)."""
    return {"datetime": wire_datetime_to_storage, "date": wire_date_to_storage,
            "json": json.dumps}.get(_storage_kind(sa_type))


def wire_column_to_storage(sa_type, datetimes: str = WIRE_DATETIMES
                           ) -> Callable[[list], list] | None:
    """`wire_to_storage` for a whole column of a columnar page at once (None stays None), or
    None when the column's wire values are stored as they are. One comprehension per column
    instead of a call per value: the usual forms are sliced inline. `datetimes`: the form of
    the page's date and time values (`SQLITE_DATETIMES`: already as stored, checked only)."""
    kind = _storage_kind(sa_type)
    if kind == "datetime" and datetimes == SQLITE_DATETIMES:
        return _sqlite_datetimes_to_storage
    return {"datetime": _wire_datetimes_to_storage, "date": _wire_dates_to_storage,
            "json": _wire_json_to_storage}.get(kind)


def _sqlite_datetimes_to_storage(values: list) -> list:
    """A page's datetimes sent as SQLite stores them: kept as they are when every one has the
    stored text's length (checked at C speed, no call per value), else each converted."""
    return values if sqlite_text_column(values, DATETIME_TEXT_LENGTH) \
        else _wire_datetimes_to_storage(values)


def sqlite_text_column(values: list, length: int) -> bool:
    """Whether every value of a column is None or text of `length` characters (the stored
    form of a date, 10, or of a datetime, 26)."""
    try:
        return set(map(len, filter(None, values))) <= {length} and all(
            map(str.__instancecheck__, filter(None, values)))
    except TypeError:  # a value without a length (a number, a datetime object)
        return False


def _wire_datetimes_to_storage(values: list) -> list:
    return [t[:10] + " " + t[11:26]
            if t.__class__ is str and len(t) == 32 and t[10] == "T" and t[26:] == "+00:00"
            else None if t is None else wire_datetime_to_storage(t) for t in values]


def _wire_dates_to_storage(values: list) -> list:
    return [t if t is None or (t.__class__ is str and len(t) == 10 and t[4] == "-"
                               and t[7] == "-") else wire_date_to_storage(t) for t in values]


def _wire_json_to_storage(values: list) -> list:
    return [None if v is None else json.dumps(v) for v in values]


# -- SQLite (or PostgreSQL) -> wire -----------------------------------------------------------
def storage_temporal_to_wire(value):
    """A stored date or UTC datetime -> its wire text. SQLite hands back SQLAlchemy's text
    (`2026-03-01 09:30:00.000000`, UTC), sliced into the wire form; PostgreSQL hands back date
    and datetime objects."""
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) == 10:
            return value
        if len(value) == 26 and value[10] == " ":
            return f"{value[:10]}T{value[11:]}+00:00"
        value = to_datetime(value)
    if isinstance(value, datetime):
        value = value.astimezone(UTC)
    return encode_value(value)


def storage_temporal_column_to_sqlite(values: list, length: int) -> list:
    """A column of stored dates (`length` 10) or datetimes (26) -> SQLite's stored text of
    them (a laptop's store: `2026-03-01`, `2026-03-01 09:30:00.000000` in UTC): the list
    itself when it holds that already (a SQLite server's), else each converted (PostgreSQL's
    date and datetime objects)."""
    if sqlite_text_column(values, length):
        return values
    return [None if v is None else date_to_storage(to_date(v)) if length == DATE_TEXT_LENGTH
            else datetime_to_storage(to_datetime(v)) for v in values]


def storage_temporal_column_to_wire(values) -> list:
    """`storage_temporal_to_wire` for a whole column of stored values (columnar pages)."""
    return [v if v is None or (v.__class__ is str and len(v) == 10)
            else v[:10] + "T" + v[11:] + "+00:00"
            if v.__class__ is str and len(v) == 26 and v[10] == " "
            else storage_temporal_to_wire(v) for v in values]
