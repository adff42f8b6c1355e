"""Slowing down repeated failed sign-ins: the guesser, not the user.

Failures are counted per key within a window (`login_failure_window_seconds`). Past a key's
free failures each further failure doubles its wait (`login_first_delay_seconds`, twice
that, four times… up to `login_max_delay_seconds`); while a key waits, sign-ins it applies to get 429 with
Retry-After, before any password is hashed. The keys:

| key | counts failures of | free failures |
|---|---|---|
| `pair:<address>\\|<user name>` | one user name from one address | `login_free_failures` |
| `addr:<address>` | any user name from one address (an office behind one NAT shares it) | `login_address_free_failures` |
| `user:<user name>` | one user name from any address (a guesser with many addresses) | `login_user_free_failures` |
| `device:<user id>:<device id>` | a laptop that signed in to the account before | `login_free_failures` |

A sign-in from a laptop that has signed in to this account before (and was not revoked
since) is judged by its own device key only: the user keeps signing in from their own
laptop while their name or their office address is under attack from elsewhere. Any other
sign-in is judged by the pair, address and user keys. A success clears the keys it was
judged by except the address and user ones (those count what others did).

Kept in the database so that every server process sees the same counts. The address is
what `server.core.client_address` trusts, never a header a client wrote."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, timedelta

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from desktop.models import utcnow
from server.models import LoginThrottle


@dataclass(frozen=True)
class Attempt:
    """Who is trying to sign in: the user name as typed, the trusted client address, and the
    (user id, device id) of a laptop known to the account, if it is one."""

    username: str
    address: str | None
    known_device: tuple[str, str] | None = None

    def limits(self, settings) -> dict[str, int]:
        """The keys this attempt is judged by, with their free failures."""
        if self.known_device is not None:
            user_id, device_id = self.known_device
            return {f"device:{user_id}:{device_id}": settings.login_free_failures}
        name = self.username.strip().lower()[:60]
        address = (self.address or "-")[:45]
        return {f"pair:{address}|{name}": settings.login_free_failures,
                f"addr:{address}": settings.login_address_free_failures,
                f"user:{name}": settings.login_user_free_failures}


def seconds_blocked(session: Session, attempt: Attempt, settings) -> int:
    """Seconds until this attempt may be judged (0 = now)."""
    now = utcnow()
    wait = 0.0
    for key in attempt.limits(settings):
        entry = session.get(LoginThrottle, key)
        if entry and entry.blocked_until and _aware(entry.blocked_until) > now:
            wait = max(wait, (_aware(entry.blocked_until) - now).total_seconds())
    return math.ceil(wait)


def record_failure(session: Session, attempt: Attempt, settings) -> None:
    now = utcnow()
    window = timedelta(seconds=settings.login_failure_window_seconds)
    for key, free in attempt.limits(settings).items():
        entry = _locked_entry(session, key)
        if now - _aware(entry.first_failure_at) > window:
            entry.failures, entry.first_failure_at, entry.blocked_until = 0, now, None
        entry.failures += 1
        over = entry.failures - free
        if over >= 0:
            delay = min(settings.login_max_delay_seconds,
                        settings.login_first_delay_seconds * 2 ** min(over, 20))
            entry.blocked_until = now + timedelta(seconds=delay)
        session.add(entry)


def record_success(session: Session, attempt: Attempt, settings) -> None:
    for key in attempt.limits(settings):
        if key.startswith(("pair:", "device:")):
            entry = session.get(LoginThrottle, key)
            if entry is not None:
                session.delete(entry)


def _locked_entry(session: Session, key: str) -> LoginThrottle:
    """The key's row, locked for this transaction (PostgreSQL: two failures at the same
    moment must both count, and must not both insert it)."""
    entry = session.get(LoginThrottle, key, with_for_update=True)
    if entry is not None:
        return entry
    try:
        with session.begin_nested():
            session.add(LoginThrottle(key=key, first_failure_at=utcnow()))
    except IntegrityError:  # inserted by a concurrent failure meanwhile
        pass
    return session.get(LoginThrottle, key, with_for_update=True, populate_existing=True)


def _aware(moment):
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
