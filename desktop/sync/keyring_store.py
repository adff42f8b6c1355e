"""Sign-in tokens in the OS keyring, and nowhere else.

keyring's own configuration is honoured (PYTHON_KEYRING_BACKEND, keyringrc.cfg,
`keyring.set_keyring`). Where no usable backend exists, signing in fails with a message
saying how to configure one (`desktop.keyring_access`, shared with the store's key); there is
deliberately no plain-text fallback.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import keyring
import keyring.errors

from desktop import keyring_access
from desktop.keyring_access import HOW_TO_CONFIGURE
from desktop.sync.errors import KeyringUnavailableError

SERVICE_PREFIX = "Rounds sync"


def service_name(server_url: str) -> str:
    """One keyring service per server, so two servers' accounts never mix."""
    return f"{SERVICE_PREFIX} {server_url}"


def usable_keyring():
    """The configured keyring backend, or KeyringUnavailableError saying how to set one up
    (`desktop.keyring_access`, as a sync error)."""
    try:
        return keyring_access.usable_keyring()
    except keyring_access.KeyringUnavailableError as exc:
        error = KeyringUnavailableError(str(exc))
        error.tr_values = exc.tr_values
        raise error from exc


@dataclass
class Tokens:
    access_token: str
    refresh_token: str

    def __repr__(self) -> str:  # never print secrets, even in a traceback
        return "Tokens(<hidden>)"


class TokenStore:
    """Access and refresh tokens of one account (server + username) in the keyring."""

    def __init__(self, server_url: str, username: str):
        self.service = service_name(server_url)
        self.username = username

    def load(self) -> Tokens | None:
        try:
            secret = usable_keyring().get_password(self.service, self.username)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailableError(HOW_TO_CONFIGURE.format(why=f" ({exc})")) from exc
        if not secret:
            return None
        try:
            data = json.loads(secret)
            return Tokens(data["access_token"], data["refresh_token"])
        except (ValueError, KeyError, TypeError):
            return None

    def save(self, tokens: Tokens) -> None:
        secret = json.dumps({"access_token": tokens.access_token,
                             "refresh_token": tokens.refresh_token})
        try:
            usable_keyring().set_password(self.service, self.username, secret)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailableError(HOW_TO_CONFIGURE.format(why=f" ({exc})")) from exc

    def delete(self) -> None:
        try:
            usable_keyring().delete_password(self.service, self.username)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored: already signed out
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailableError(HOW_TO_CONFIGURE.format(why=f" ({exc})")) from exc
