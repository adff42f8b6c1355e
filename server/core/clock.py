"""The server's clock. What expires on the server by time (access tokens, refresh tokens)
is judged by `now()`, read through this module at every call, so that a test moves the
clock on (monkeypatching `server.core.clock.now`) instead of sleeping."""

from __future__ import annotations

from datetime import datetime

from desktop.models import utcnow


def now() -> datetime:
    """The current time, aware UTC."""
    return utcnow()
