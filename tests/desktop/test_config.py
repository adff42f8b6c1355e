"""Configuration layering as IT and users see it.

Lowest to highest: built-in defaults < machine-wide [defaults] < user settings < environment
< command line; a machine-wide [enforced] key beats every layer and cannot be saved by the
user. The machine file is the one installers write (/etc/rounds/config.toml, the MSI's
%ProgramData%\\Rounds\\config.toml), so its format is tested here as the installers write it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.config import DEFAULTS, ConfigError, load_config, machine_config_path


@pytest.fixture
def clean_env(monkeypatch):
    for name in ("ROUNDS_SERVER_URL", "ROUNDS_LANG", "ROUNDS_SYNC_INTERVAL",
                 "ROUNDS_MACHINE_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_when_no_file_exists(tmp_path, clean_env):
    cfg = load_config(tmp_path / "user.toml", machine_file=tmp_path / "absent.toml")
    assert cfg.values == DEFAULTS
    assert set(cfg.sources.values()) == {"default"}
    assert not cfg.enforced


def test_each_layer_overrides_the_one_below(tmp_path, clean_env):
    machine = write(tmp_path / "machine.toml", """
[defaults]
server_url = "https://machine.example"
language = "zh_CN"
sync_interval_seconds = 600
auto_update = false
""")
    user = write(tmp_path / "user.toml", 'server_url = "https://user.example"\nlanguage = "en"\n'
                 'sync_interval_seconds = 120\n')
    clean_env.setenv("ROUNDS_SERVER_URL", "https://env.example")
    clean_env.setenv("ROUNDS_SYNC_INTERVAL", "90")
    cfg = load_config(user, cli={"server_url": "https://cli.example", "language": None},
                      machine_file=machine)
    assert cfg["server_url"] == "https://cli.example" and cfg.sources["server_url"] == "cli"
    assert cfg["sync_interval_seconds"] == 90 and cfg.sources["sync_interval_seconds"] == "env"
    assert cfg["language"] == "en" and cfg.sources["language"] == "user"
    assert cfg["auto_update"] is False and cfg.sources["auto_update"] == "machine"


def test_environment_values_are_coerced_to_the_default_type(tmp_path, clean_env):
    clean_env.setenv("ROUNDS_SYNC_INTERVAL", "45")
    cfg = load_config(None, machine_file=tmp_path / "absent.toml")
    assert cfg["sync_interval_seconds"] == 45


def test_enforced_key_wins_over_user_env_and_cli(tmp_path, clean_env):
    machine = write(tmp_path / "machine.toml", """
[defaults]
language = "zh_CN"

[enforced]
server_url = "https://crm.corp.example"
auto_update = "false"
""")
    user = write(tmp_path / "user.toml", 'server_url = "https://user.example"\n')
    clean_env.setenv("ROUNDS_SERVER_URL", "https://env.example")
    cfg = load_config(user, cli={"server_url": "https://cli.example"}, machine_file=machine)
    assert cfg["server_url"] == "https://crm.corp.example"
    assert cfg.sources["server_url"] == "enforced"
    assert cfg.is_enforced("server_url") and not cfg.is_enforced("language")
    # A string in the machine file (as MSI properties are) becomes the key's type.
    assert cfg["auto_update"] is False


def test_user_cannot_save_an_enforced_key_and_the_file_is_untouched(tmp_path, clean_env):
    machine = write(tmp_path / "machine.toml",
                    '[enforced]\nserver_url = "https://crm.corp.example"\n')
    user = tmp_path / "user.toml"
    cfg = load_config(user, machine_file=machine)
    with pytest.raises(ConfigError, match="set by your organisation"):
        cfg.save_user_setting("server_url", "https://elsewhere.example")
    assert not user.exists()
    assert cfg["server_url"] == "https://crm.corp.example"


def test_user_setting_is_saved_and_read_back(tmp_path, clean_env):
    machine = write(tmp_path / "machine.toml", '[defaults]\nserver_url = "https://a.example"\n')
    user = tmp_path / "cfg" / "user.toml"
    cfg = load_config(user, machine_file=machine)
    cfg.save_user_setting("server_url", "https://b.example")
    assert cfg["server_url"] == "https://b.example" and cfg.sources["server_url"] == "user"
    again = load_config(user, machine_file=machine)
    assert again["server_url"] == "https://b.example"


def test_saving_does_not_hide_a_higher_layer(tmp_path, clean_env):
    clean_env.setenv("ROUNDS_LANG", "zh_CN")
    cfg = load_config(tmp_path / "user.toml", machine_file=tmp_path / "absent.toml")
    cfg.save_user_setting("language", "en")
    assert cfg["language"] == "zh_CN" and cfg.sources["language"] == "env"


def test_malformed_machine_file_names_the_file_and_the_problem(tmp_path, clean_env):
    machine = write(tmp_path / "machine.toml", '[enforced]\nserver_url = "unterminated\n')
    with pytest.raises(ConfigError) as info:
        load_config(None, machine_file=machine)
    message = str(info.value)
    assert str(machine) in message
    assert "cannot read configuration file" in message
    assert "line 2" in message  # tomllib's position, so IT can find the typo


def test_malformed_user_file_is_a_clear_error(tmp_path, clean_env):
    user = write(tmp_path / "user.toml", "server_url = = 3\n")
    with pytest.raises(ConfigError, match=str(user).replace("\\", "\\\\")):
        load_config(user, machine_file=tmp_path / "absent.toml")


def test_machine_config_path_follows_override_and_platform(clean_env, monkeypatch):
    monkeypatch.setenv("ROUNDS_MACHINE_CONFIG", "/srv/custom.toml")
    assert machine_config_path() == Path("/srv/custom.toml")
    monkeypatch.delenv("ROUNDS_MACHINE_CONFIG")
    monkeypatch.setattr("sys.platform", "linux")
    assert machine_config_path() == Path("/etc/rounds/config.toml")
    monkeypatch.setattr("sys.platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", r"D:\PD")
    assert str(machine_config_path()).replace("/", "\\").endswith(r"D:\PD\Rounds\config.toml")
    monkeypatch.setattr("sys.platform", "darwin")
    assert machine_config_path() == Path("/Library/Application Support/Rounds/config.toml")


def test_load_config_reads_the_machine_file_named_by_the_environment(tmp_path, clean_env):
    machine = write(tmp_path / "etc" / "config.toml",
                    '[defaults]\nserver_url = "https://preset.example"\n')
    clean_env.setenv("ROUNDS_MACHINE_CONFIG", str(machine))
    cfg = load_config(None)
    assert cfg["server_url"] == "https://preset.example" and cfg.sources["server_url"] == "machine"
