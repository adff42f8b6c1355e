"""Notices the sync leaves for the user, kept in the store until dismissed: so far one, that
the server was restored from a backup (desktop/sync/restore.py stores it)."""

from __future__ import annotations

import json

from desktop.store.store import Store

NOTICE_KEY = "sync_notice"


def sync_notice(store: Store) -> dict | None:
    """The notice not dismissed yet: {"code": "server_restored", "resent": N, "reason",
    "at"}, or None."""
    raw = store.state(NOTICE_KEY)
    return json.loads(raw) if raw else None


def dismiss_notice(store: Store) -> None:
    store.set_state(NOTICE_KEY, None)
