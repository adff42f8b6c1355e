"""Moments and days: the store keeps aware UTC datetimes; SQLite may hand back naive ones
(always UTC), and a rep's day is the day in their own time zone."""

from __future__ import annotations

from datetime import UTC, datetime


def aware_utc(moment: datetime | None) -> datetime | None:
    """`moment` with its time zone: a naive value from the store is UTC."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment
