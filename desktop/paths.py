"""Where the client keeps its files (platformdirs), overridable by --data-dir / ROUNDS_DATA_DIR."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop.private_files import tighten_existing

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

    def tighten(self) -> None:
        """Make what an older version (or a umask) left readable private: the data, accounts,
        log and config folders 0700 and the stores, logs and settings in them 0600. Creates
        nothing; cheap (a few stat calls)."""
        tighten_existing(self.data_dir, ("*.sqlite3*", "*.toml", "*.ini"))
        tighten_existing(self.accounts_dir, ("*.sqlite3*",))
        tighten_existing(self.log_dir, ("*.log*",))
        tighten_existing(self.config_dir, ("*.toml", "*.ini"))

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
    self-contained. Folders that exist already are made private (`AppPaths.tighten`)."""
    chosen = data_dir or os.environ.get("ROUNDS_DATA_DIR")
    if chosen:
        root = Path(chosen).expanduser().resolve()
        paths = AppPaths(data_dir=root, log_dir=root / "logs", config_dir=root / "config")
    else:
        paths = AppPaths(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        )
    paths.tighten()  # every start: an install made before 0600/0700 is made private
    return paths
