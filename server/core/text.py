"""Text a database can store: no NUL character (PostgreSQL refuses it in text) and nothing
that cannot be written as UTF-8 (a lone surrogate such as the JSON escape "\\ud800").
`SafeText` is the request models' string type; `printable` makes any text safe to echo
in a message."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
MAX_ECHO = 80  # characters of a client's text quoted back in a message


def text_problem(text: str) -> str | None:
    """Why a database cannot store `text`, or None when it can."""
    if "\x00" in text:
        return "contains a NUL character"
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


SafeText = Annotated[str, AfterValidator(_safe)]
