"""The server epoch this store last synced with (docs/sync-protocol.md, "Epoch"), and the
error that says the server went back in time while a cycle ran."""

from __future__ import annotations

from desktop.store.store import Store
from desktop.sync.errors import SyncError

EPOCH_KEY = "server_epoch"


class ServerWentBack(SyncError):
    """The server answered with another epoch, or a 409 `cursor_ahead`: it was restored
    from a backup. The cycle starts over with the recovery (desktop/sync/restore.py)."""

    retryable = True
    code = "server_restored"


def known_epoch(store: Store) -> str | None:
    return store.state(EPOCH_KEY)


def check_page_epoch(store: Store, page: dict, known: str | None = None) -> None:
    """Raise ServerWentBack if a pull page comes from another epoch than the stored one
    (`known`, when the caller has just read or stored it)."""
    epoch, known = page.get("epoch"), known or known_epoch(store)
    if epoch and known and epoch != known:
        raise ServerWentBack("The server's epoch changed: it was restored from a backup.")
