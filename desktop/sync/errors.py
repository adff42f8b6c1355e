"""What can go wrong while syncing, as types the caller can act on.

Retryable (`retryable = True`): the network or the server is unwell; try again later with
backoff. Everything else needs a person (sign in again, update the app) or is a refusal the
queue moves past.
"""

from __future__ import annotations

from desktop import keyring_access
from desktop.i18n import QT_TRANSLATE_NOOP as _t


class SyncError(Exception):
    """Base of every sync failure; `str()` is a message a person can act on."""

    retryable = False
    code = "sync_error"

    def __init__(self, message: str, *, status: int | None = None, code: str | None = None,
                 retry_after: float | None = None):
        super().__init__(message)
        self.message = message
        self.status = status
        if code:
            self.code = code
        self.retry_after = retry_after


class OfflineError(SyncError):
    """The server could not be reached or the connection broke (no network, refused, reset,
    timed out, truncated answer)."""

    retryable = True
    code = "offline"


class ServerError(SyncError):
    """The server answered 5xx or something that is not a valid answer."""

    retryable = True
    code = "server_error"


class AuthError(SyncError):
    """Not signed in, or the sign-in expired and could not be renewed: sign in again."""

    code = "not_authenticated"


class DeviceRevokedError(AuthError):
    """An administrator revoked this device; its tokens no longer work."""

    code = "device_revoked"


class RequestRejected(SyncError):
    """The server refused the request (4xx other than auth and version)."""

    code = "rejected"


class TooManyAttempts(RequestRejected):
    """429: wait `retry_after` seconds."""

    retryable = True
    code = "too_many_attempts"


class SchemaIncompatibleError(SyncError):
    """This app version and the server cannot talk to each other: one must be updated."""

    code = "schema_incompatible"


class KeyringUnavailableError(SyncError, keyring_access.KeyringUnavailableError):
    """No usable OS keyring to keep the sign-in tokens in (catching
    `desktop.keyring_access.KeyringUnavailableError` catches this one too)."""

    code = "no_keyring"


class NotSignedInError(AuthError):
    """No account has signed in on this computer (or its tokens are gone)."""


REVOKED_AND_WIPED = (
    "This computer's access was revoked by an administrator, so Rounds deleted its data on "
    "this computer (customers, call reports and changes not yet sent) and signed you out. "
    "Sign in again (`rounds login`) or contact IT.")

MESSAGES = {
    "offline": _t("Sync", "The server cannot be reached. Your changes are kept and will be "
                  "sent when the connection is back."),
    "device_revoked": _t("Sync", "This computer's access was revoked by an administrator, "
                         "so Rounds deleted its data on this computer (customers, call reports "
                         "and changes not yet sent) and signed you out. Sign in again or "
                         "contact IT."),
    "session_ended": _t("Sync", "Your password was reset or your account was deactivated, so "
                        "you were signed out. Sign in again; changes not yet sent are kept."),
    "schema_incompatible": _t("Sync", "This version of Rounds cannot sync with the server. "
                              "Update the app (or ask IT to update the server)."),
    "no_keyring": _t("Sync", "No secure password store (keyring) is available."),
}
