"""Server settings: built-in defaults < environment (ROUNDS_*) < command line.

The signing secret comes from ROUNDS_SECRET_KEY or, failing that, from a file in the server
data dir created with mode 0600 on first use; it is never written to logs or to the repo.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
from functools import cached_property
from pathlib import Path

import platformdirs
from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from desktop.models import SCHEMA_VERSION
from desktop.private_files import private_dir, private_file, tighten_existing

# Oldest client schema this server still accepts (see docs/sync-protocol.md, "Versions").
MIN_CLIENT_SCHEMA_VERSION = 1
SECRET_FILE_NAME = "secret.key"


def default_data_dir() -> Path:
    """Where the server keeps its SQLite file and secret when nothing else is configured."""
    return Path(platformdirs.user_data_dir("rounds-server", "Rounds"))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ROUNDS_", extra="ignore")

    database_url: str | None = None
    server_data_dir: Path | None = None
    secret_key: SecretStr | None = None
    access_token_ttl_seconds: int = 15 * 60
    # Long: a rep may stay offline for half a year and must still be able to refresh.
    refresh_token_ttl_seconds: int = 400 * 24 * 3600
    max_body_bytes: int = 8 * 1024 * 1024
    # Requests in progress per worker process: below the thread pool (40) and the database
    # connection pool (10 + 30 overflow), see server.main.AdmissionMiddleware.
    max_concurrent_requests: int = 32
    # Sign-ins hashing a password at the same time per worker process (server.main); the
    # others wait their turn without taking a request slot from the syncs.
    max_concurrent_sign_ins: int = 1
    max_push_mutations: int = 500
    # The company approves quota allocations (ROUNDS_QUOTAS_NEED_APPROVAL=1): a manager's rep
    # and hospital quotas are then drafts until an administrator approves them.
    quotas_need_approval: bool = False
    # Failed sign-ins allowed within the window before sign-ins are slowed down (each
    # further failure doubles the wait): per user name and address together, per address
    # (an office behind one NAT), per user name from any address (a distributed guesser);
    # a laptop that signed in to the account before is counted on its own (see
    # server/accounts/throttle.py).
    login_free_failures: int = 5
    login_address_free_failures: int = 100
    login_user_free_failures: int = 50
    login_failure_window_seconds: int = 15 * 60
    login_first_delay_seconds: int = 1
    login_max_delay_seconds: int = 15 * 60
    # Reverse proxies whose X-Forwarded-For is believed (addresses or networks, comma
    # separated, e.g. "127.0.0.1" for nginx on the same host). Empty: the address of the
    # connection is the client's, whatever headers it sends.
    trusted_proxies: str = ""
    schema_version: int = Field(default=SCHEMA_VERSION)
    min_client_schema_version: int = MIN_CLIENT_SCHEMA_VERSION

    @field_validator("trusted_proxies")
    @classmethod
    def _proxies_are_addresses(cls, value: str) -> str:
        parse_networks(value)
        return value

    @cached_property
    def trusted_proxy_networks(self) -> tuple:
        return parse_networks(self.trusted_proxies)

    @property
    def data_dir(self) -> Path:
        return Path(self.server_data_dir) if self.server_data_dir else default_data_dir()

    def tighten_data_dir(self) -> None:
        """Make an existing data dir private (0700, its SQLite files and secret 0600): what
        an older version created was readable by every local account. Creates nothing."""
        tighten_existing(self.data_dir, ("*.sqlite3*", "*.db*", SECRET_FILE_NAME))

    @property
    def db_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'rounds-server.sqlite3'}"

    @cached_property
    def signing_key(self) -> str:
        if self.secret_key is not None:
            return self.secret_key.get_secret_value()
        return load_or_create_secret(self.data_dir / SECRET_FILE_NAME)


def parse_networks(value: str) -> tuple:
    """`"127.0.0.1, 10.0.0.0/8"` as IP networks; ValueError naming a bad entry."""
    networks = []
    for entry in filter(None, (part.strip() for part in value.split(","))):
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            raise ValueError(f"ROUNDS_TRUSTED_PROXIES: {entry!r} is not an IP address or "
                             "network; give addresses or networks such as 127.0.0.1 or "
                             "10.0.0.0/8, separated by commas") from None
    return tuple(networks)


def load_or_create_secret(path: Path) -> str:
    """Read the signing secret, creating it (random, mode 0600) when missing."""
    private_dir(path.parent)
    if path.exists():
        private_file(path)  # an older install's secret
        return path.read_text(encoding="ascii").strip()
    value = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(value + "\n")
    return value
