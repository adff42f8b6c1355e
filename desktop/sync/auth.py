"""Access tokens for requests, renewed silently with the refresh token (rotated by the
server on every renewal, read from and written back to the keyring at once)."""

from __future__ import annotations

import logging
import threading

from desktop.sync.errors import AuthError, DeviceRevokedError, NotSignedInError, ServerError
from desktop.sync.keyring_store import Tokens, TokenStore

log = logging.getLogger(__name__)


class Credentials:
    """The `TokenSource` of one signed-in account: tokens from the keyring, kept in memory
    for the life of the process, renewed through `POST /auth/refresh`."""

    def __init__(self, token_store: TokenStore, device_id: str):
        self.token_store = token_store
        self.device_id = device_id
        self.transport = None  # set by the Transport's owner (see account.open_transport)
        self._tokens: Tokens | None = None
        #: the server's settings with the last renewal (None: none yet); the sync client
        #: keeps them in the store after its cycle (`desktop.domain.server_settings`)
        self.server_settings: dict | None = None
        self._lock = threading.Lock()

    def _current(self) -> Tokens:
        if self._tokens is None:
            self._tokens = self.token_store.load()
        if self._tokens is None:
            raise NotSignedInError(
                f"Not signed in as {self.token_store.username}: sign in again "
                "(`rounds login`).")
        return self._tokens

    def access_token(self) -> str | None:
        with self._lock:
            return self._current().access_token

    def refresh(self) -> str:
        with self._lock:
            # The keyring's tokens, not this process's copy: another program of this laptop
            # (the app, `rounds sync`) may have renewed them since, and the server ends the
            # sign-in when a refresh token replaced by a newer one in use comes back.
            self._tokens = self.token_store.load() or self._tokens
            old = self._current()
            try:
                answer = self.transport.post(
                    "/auth/refresh",
                    {"refresh_token": old.refresh_token, "device_id": self.device_id},
                    auth=False)
            except DeviceRevokedError:
                raise
            except AuthError as exc:
                raise AuthError(
                    "Your sign-in has expired; sign in again (`rounds login`). Unsent "
                    "changes are kept.", status=exc.status, code=exc.code) from exc
            if "access_token" not in answer or "refresh_token" not in answer:
                raise ServerError("The server's answer to a token renewal was cut off; "
                                  "will try again.")
            self._tokens = Tokens(answer["access_token"], answer["refresh_token"])
            if isinstance(answer.get("server_settings"), dict):
                self.server_settings = answer["server_settings"]
            self.token_store.save(self._tokens)
            log.info("access token renewed")
            return self._tokens.access_token
