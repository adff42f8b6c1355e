"""Starting with the session: the XDG autostart entry is written and removed for real in a
temporary config folder; the Windows Run value through a stand-in for winreg (no test
machine has a Windows registry)."""

from __future__ import annotations

import configparser
import shlex
import sys

from desktop.autostart import RUN_KEY, RUN_VALUE, Autostart, launch_command


def _entry(path):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_xdg_entry_starts_rounds_minimised_with_its_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    autostart = Autostart("linux")
    assert autostart.supported and not autostart.is_enabled()  # off by default
    command = launch_command("/home/li ming/rounds data", frozen=True,
                             executable="/opt/rounds/rounds")
    autostart.enable(command)
    path = tmp_path / "config" / "autostart" / "rounds.desktop"
    assert autostart.is_enabled() and path.is_file()
    entry = _entry(path)
    assert entry["Type"] == "Application" and entry["Name"] == "Rounds"
    assert shlex.split(entry["Exec"]) == ["/opt/rounds/rounds", "--minimised", "--data-dir",
                                          "/home/li ming/rounds data"]
    assert autostart.command() == command
    autostart.disable()
    assert not path.exists() and not autostart.is_enabled()
    autostart.disable()  # already off: nothing to do, no error


def test_from_a_source_checkout_the_entry_runs_this_python(monkeypatch):
    monkeypatch.setattr("shutil.which", lambda _name: None)
    assert launch_command(frozen=False) == [sys.executable, "-m", "desktop", "--minimised"]


class FakeRegistry:
    """The few winreg functions the option uses, over a dict (HKCU only)."""

    HKEY_CURRENT_USER, KEY_SET_VALUE, REG_SZ = "HKCU", 2, 1

    def __init__(self):
        self.keys: dict[str, dict[str, str]] = {}

    class _Key:
        def __init__(self, values):
            self.values = values

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def CreateKey(self, root, path):  # noqa: N802 - winreg's names
        return self._Key(self.keys.setdefault(f"{root}\\{path}", {}))

    def OpenKey(self, root, path, *_args):  # noqa: N802
        if f"{root}\\{path}" not in self.keys:
            raise FileNotFoundError(path)
        return self._Key(self.keys[f"{root}\\{path}"])

    def QueryValueEx(self, key, name):  # noqa: N802
        if name not in key.values:
            raise FileNotFoundError(name)
        return key.values[name], self.REG_SZ

    def SetValueEx(self, key, name, _reserved, _kind, value):  # noqa: N802
        key.values[name] = value

    def DeleteValue(self, key, name):  # noqa: N802
        if name not in key.values:
            raise FileNotFoundError(name)
        del key.values[name]


def test_the_windows_run_value_is_per_user_and_quoted():
    registry = FakeRegistry()
    autostart = Autostart("win32", registry=registry)
    assert not autostart.is_enabled()
    autostart.enable(launch_command(frozen=True,
                                    executable=r"C:\Program Files\Rounds\Rounds.exe"))
    assert registry.keys[f"HKCU\\{RUN_KEY}"][RUN_VALUE] == \
        r'"C:\Program Files\Rounds\Rounds.exe" --minimised'
    assert autostart.is_enabled()
    autostart.disable()
    assert RUN_VALUE not in registry.keys[f"HKCU\\{RUN_KEY}"] and not autostart.is_enabled()
    autostart.disable()
