"""Slowing down repeated failed sign-ins, per user name and per address.

After `login_free_failures` failures within the window, each further failure doubles the
wait (1 s, 2 s, 4 s… up to `login_max_delay_seconds`); while waiting, sign-ins get 429 with
Retry-After. Kept in the database so every server process sees the same counts."""

from __future__ import annotations

import math
from datetime import timedelta

from sqlmodel import Session

from desktop.models import utcnow
from server.models import LoginThrottle

ADDRESS_FACTOR = 5


def throttle_keys(username: str, address: str | None) -> list[str]:
    keys = [f"user:{username.strip().lower()[:100]}"]
    if address:
        keys.append(f"addr:{address[:100]}")
    return keys


def seconds_blocked(session: Session, keys: list[str]) -> int:
    """Seconds until a sign-in for these keys is allowed again (0 = now)."""
    now = utcnow()
    wait = 0.0
    for key in keys:
        entry = session.get(LoginThrottle, key)
        if entry and entry.blocked_until and _aware(entry.blocked_until) > now:
            wait = max(wait, (_aware(entry.blocked_until) - now).total_seconds())
    return math.ceil(wait)


def record_failure(session: Session, keys: list[str], settings) -> None:
    now = utcnow()
    window = timedelta(seconds=settings.login_failure_window_seconds)
    for key in keys:
        entry = session.get(LoginThrottle, key)
        if entry is None or now - _aware(entry.first_failure_at) > window:
            entry = entry or LoginThrottle(key=key)
            entry.failures, entry.first_failure_at, entry.blocked_until = 0, now, None
        entry.failures += 1
        free = settings.login_free_failures
        if key.startswith("addr:"):
            free *= ADDRESS_FACTOR  # many reps may share one office address (NAT)
        over = entry.failures - free
        if over >= 0:
            delay = min(settings.login_max_delay_seconds, 2 ** min(over, 20))
            entry.blocked_until = now + timedelta(seconds=delay)
        session.add(entry)


def record_success(session: Session, username: str) -> None:
    entry = session.get(LoginThrottle, throttle_keys(username, None)[0])
    if entry is not None:
        session.delete(entry)


def _aware(moment):
    from datetime import UTC

    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
