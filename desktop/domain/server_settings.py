"""The server's settings the laptop works by, as the server last said them (at sign-in and
at each token renewal; `desktop.sync.account`, `desktop.sync.auth`), kept in the store's
`sync_state` so they hold offline. Today one: whether the company approves quotas
(`quotas_need_approval`: a manager's split is saved as drafts, which the server then
accepts). A server that has not said (older than this) leaves the laptop's own config in
charge, as before."""

from __future__ import annotations

import json

from sqlmodel import Session

from desktop.store.store import Store

STATE_KEY = "server.settings"
KNOWN = ("quotas_need_approval",)


def remember(store: Store, settings: dict | None, session: Session | None = None) -> bool:
    """Keep what the server said (unknown keys dropped); False when it said nothing new."""
    if not isinstance(settings, dict):
        return False
    kept = json.dumps({k: settings[k] for k in KNOWN if k in settings}, sort_keys=True)
    if store.state(STATE_KEY) == kept:
        return False
    store.set_state(STATE_KEY, kept, session)
    return True


def said(store: Store) -> dict:
    """What the server last said ({} before it said anything)."""
    try:
        value = json.loads(store.state(STATE_KEY) or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def quotas_need_approval(store: Store, config=None) -> bool:
    """Whether a manager's quota split is saved as drafts: the server's setting once known,
    else the laptop's config (`desktop.config`, key `quotas_need_approval`)."""
    server = said(store).get("quotas_need_approval")
    if isinstance(server, bool):
        return server
    try:
        return bool(config["quotas_need_approval"]) if config is not None else False
    except KeyError:
        return False
