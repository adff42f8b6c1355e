"""Where the client keeps its files (platformdirs), overridable by --data-dir / ROUNDS_DATA_DIR."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Rounds"
APP_AUTHOR = "Rounds"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    log_dir: Path
    config_dir: Path

    @property
    def accounts_dir(self) -> Path:
        return self.data_dir / "accounts"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "rounds.log"

    @property
    def user_settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    def store_file(self, account: str) -> Path:
        """The SQLite file of one account (user at server); one file per account."""
        return self.accounts_dir / f"{account_slug(account)}.sqlite3"


def account_slug(account: str) -> str:
    """A file-name-safe, readable form of `user@host:port`."""
    slug = re.sub(r"[^A-Za-z0-9._@-]+", "_", account.strip()).strip("._")
    return slug or "local"


def app_paths(data_dir: str | os.PathLike | None = None) -> AppPaths:
    """Paths for this run. A data dir given explicitly (or by ROUNDS_DATA_DIR) holds
    everything — data, logs and user settings — so that tests and portable installs stay
    self-contained."""
    chosen = data_dir or os.environ.get("ROUNDS_DATA_DIR")
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=root, log_dir=root / "logs", config_dir=root / "config")
    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
    )
