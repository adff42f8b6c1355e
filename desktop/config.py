"""Client configuration in layers, lowest to highest:

built-in defaults < machine-wide file < user settings < environment < command line.

The machine-wide file (written by IT's installer) has two tables: `[defaults]` which the
user may override, and `[enforced]` which nobody below the machine can override; the
settings screen shows enforced keys as set by the organisation.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.private_files import private_file

log = logging.getLogger(__name__)

DEFAULTS: dict[str, Any] = {
    "server_url": "",
    "language": "",  # empty: follow the OS locale
    "time_zone": "",  # IANA name (Asia/Shanghai); empty: follow the OS (desktop.domain.local_time)
    "sync_interval_seconds": 300,
    "auto_update": True,
    # The company approves managers' quota splits: the quota screen saves them as drafts. A
    # current server says its own setting at sign-in, which wins (desktop/domain/
    # server_settings.py); this key counts only with a server too old to say.
    "quotas_need_approval": False,
}

ENV_KEYS = {
    "ROUNDS_SERVER_URL": "server_url",
    "ROUNDS_LANG": "language",
    "ROUNDS_TIME_ZONE": "time_zone",
    "ROUNDS_SYNC_INTERVAL": "sync_interval_seconds",
    "ROUNDS_QUOTAS_NEED_APPROVAL": "quotas_need_approval",
}


def machine_config_path() -> Path:
    override = os.environ.get("ROUNDS_MACHINE_CONFIG")
    if override:
        return Path(override)
    if sys.platform.startswith("win"):
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "Rounds" / "config.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Rounds/config.toml")
    return Path("/etc/rounds/config.toml")


class ConfigError(ValueError):
    """A configuration file could not be read; the message says which and why."""


def _read_toml(path: Path) -> dict:
    if not path.exists():
        return {}
    import tomllib  # only when there is a file: it costs start-up ~5 ms

    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read configuration file {path}: {exc}") from exc


def _coerce(key: str, value: Any) -> Any:
    default = DEFAULTS.get(key)
    if isinstance(default, bool) and isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int) and not isinstance(default, bool) and isinstance(value, str):
        return int(value)
    return value


@dataclass
class Config:
    values: dict[str, Any]
    sources: dict[str, str]
    enforced: set[str] = field(default_factory=set)
    user_file: Path | None = None

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def is_enforced(self, key: str) -> bool:
        return key in self.enforced

    def save_user_setting(self, key: str, value: Any) -> None:
        """Store a user's choice; refused for a key the organisation enforces."""
        if key in self.enforced:
            raise ConfigError(f"{key} is set by your organisation and cannot be changed")
        if self.user_file is None:
            raise ConfigError("no user settings file is configured")
        current = _read_toml(self.user_file)
        current[key] = value
        import tomli_w

        private_file(self.user_file)  # 0600 in a 0700 folder before anything is written
        self.user_file.write_bytes(tomli_w.dumps(current).encode())
        if self.sources.get(key) in (None, "default", "machine", "user"):
            self.values[key] = value
            self.sources[key] = "user"


def load_config(user_file: Path | None, cli: dict[str, Any] | None = None,
                machine_file: Path | None = None) -> Config:
    values = dict(DEFAULTS)
    sources = dict.fromkeys(DEFAULTS, "default")
    machine = _read_toml(machine_file or machine_config_path())
    enforced_values = machine.get("enforced", {})
    layers = [
        ("machine", machine.get("defaults", {})),
        ("user", _read_toml(user_file) if user_file else {}),
        ("env", {k: os.environ[e] for e, k in ENV_KEYS.items() if os.environ.get(e)}),
        ("cli", {k: v for k, v in (cli or {}).items() if v not in (None, "")}),
    ]
    for source, layer in layers:
        for key, value in layer.items():
            if key in enforced_values:
                continue
            values[key] = _coerce(key, value)
            sources[key] = source
    for key, value in enforced_values.items():
        values[key] = _coerce(key, value)
        sources[key] = "enforced"
    return Config(values, sources, set(enforced_values), user_file)
