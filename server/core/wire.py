"""Types of the values requests carry, as strict as the OpenAPI document says and no
stricter:

- `SafeText`: text a database can store: no NUL character (PostgreSQL refuses it in text)
  and nothing that cannot be written as UTF-8 (a lone surrogate such as the JSON escape
  "\\ud800"); `NonBlankText` also has a character that is not white space.
- `WireInt`: a JSON integer, 1.0 included (JSON Schema's integer), never "1" or true, in
  I-JSON's exact range (RFC 7493, ±(2^53 - 1)) so that every client and validator reads it
  the same.

`printable` makes any client text safe to quote in a message."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, StringConstraints

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
WIRE_INT_MAX = 2**53 - 1
MAX_ECHO = 80  # characters of a client's text quoted back in a message


def text_problem(text: str) -> str | None:
    """Why a database cannot store `text`, or None when it can."""
    if "\x00" in text:
        return "contains a NUL character"
    if text.isascii():  # (no surrogate in it: nothing to encode)
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "is not valid Unicode (it holds a lone surrogate)"
    return None


def printable(text: str, limit: int = MAX_ECHO) -> str:
    """`text` cut to `limit` characters with NULs and lone surrogates escaped, fit for a
    message a client reads (and for JSON and the database)."""
    short = text if len(text) <= limit else text[:limit] + "…"
    return short.replace("\x00", "\\x00").encode("utf-8", "backslashreplace").decode("utf-8")


def _safe(text: str) -> str:
    problem = text_problem(text)
    if problem:
        raise ValueError(f"the text {problem}")
    return text


# The patterns put the rules in the OpenAPI document too (a lone surrogate has no pattern).
SafeText = Annotated[str, StringConstraints(pattern=r"^[^\x00]*$"), AfterValidator(_safe)]
NonBlankText = Annotated[str, StringConstraints(pattern=r"^[^\x00]*[^\s\x00][^\x00]*$"),
                         AfterValidator(_safe)]


def json_integer(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("expected a whole number")
    return value


# Bounds go on each field: Field(ge=..., le=WIRE_INT_MAX).
WireInt = Annotated[int, BeforeValidator(json_integer)]
