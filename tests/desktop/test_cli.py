"""`rounds --version` and `rounds --help` as an IT person runs them."""

import subprocess
import sys
from importlib.metadata import version


def rounds(*args, env=None):
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, timeout=60, env=env)


def test_version_prints_the_installed_version():
    result = rounds("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"rounds {version('rounds')}"


def test_help_shows_data_log_and_settings_locations_for_the_chosen_data_dir(tmp_path):
    result = rounds("--data-dir", str(tmp_path / "portable"), "--help")
    assert result.returncode == 0
    out = result.stdout
    assert "--lang {zh_CN,en}" in out and "--server URL" in out
    assert f"data:     {tmp_path / 'portable'}" in out
    assert f"logs:     {tmp_path / 'portable' / 'logs' / 'rounds.log'}" in out
    assert "sync" in out and "login" in out


def test_unknown_language_is_refused_with_the_choices():
    result = rounds("--lang", "fr", "--version")
    assert result.returncode == 2
    assert "invalid choice: 'fr'" in result.stderr and "zh_CN" in result.stderr
