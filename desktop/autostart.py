"""Start Rounds with the user's session, minimised to the tray, so follow-up reminders reach a
rep who has not opened it. Off by default; the Settings screen turns it on and off, and the
entry itself is the setting (IT can see and remove it like any other):

- Linux and other XDG desktops: `$XDG_CONFIG_HOME/autostart/rounds.desktop` (default
  `~/.config/autostart`), the Freedesktop autostart specification;
- Windows: the value `Rounds` under `HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`
  (per user, no administrator rights needed; the MSI installs per machine and leaves it alone).

The command is the one this process was started as (the installed `rounds` / `Rounds.exe`,
else this Python running `-m desktop`), with `--minimised`, and the data folder when one was
chosen on the command line. Qt-free."""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

ENTRY_NAME = "rounds.desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Rounds"
MINIMISED_FLAG = "--minimised"


def launch_command(data_dir: str | None = None, *, frozen: bool | None = None,
                   executable: str | None = None) -> list[str]:
    """How the session should start Rounds: minimised, with the same data folder."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    executable = executable or sys.executable
    if frozen:
        command = [executable]
    elif installed := shutil.which("rounds"):
        command = [installed]
    else:
        command = [executable, "-m", "desktop"]
    command.append(MINIMISED_FLAG)
    if data_dir:
        command += ["--data-dir", str(data_dir)]
    return command


def _desktop_exec(command: list[str]) -> str:
    """The Exec= value: arguments quoted as the desktop entry specification asks."""
    def quote(arg: str) -> str:
        if arg and all(c.isalnum() or c in "-_./=:" for c in arg):
            return arg
        escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`") \
            .replace("$", "\\$")
        return f'"{escaped}"'
    return " ".join(quote(a) for a in command).replace("%", "%%")


def _windows_command(command: list[str]) -> str:
    return " ".join(f'"{a}"' if " " in a or not a else a for a in command)


class Autostart:
    """The session-start entry of this user on this platform."""

    def __init__(self, platform: str | None = None, *, config_home: Path | None = None,
                 registry=None):
        self.platform = platform or sys.platform
        self._config_home = config_home
        self._registry = registry  # winreg, or a stand-in with its few functions

    @property
    def supported(self) -> bool:
        return self.platform.startswith(("linux", "freebsd", "win"))

    @property
    def windows(self) -> bool:
        return self.platform.startswith("win")

    # -- XDG --------------------------------------------------------------------------
    def entry_path(self) -> Path:
        home = self._config_home or Path(os.environ.get("XDG_CONFIG_HOME") or
                                         Path.home() / ".config")
        return Path(home) / "autostart" / ENTRY_NAME

    def _xdg_entry(self, command: list[str]) -> str:
        return "\n".join([
            "[Desktop Entry]", "Type=Application", "Name=Rounds",
            "Name[zh_CN]=Rounds 医药代表客户管理",
            "Comment=Follow-up reminders from the tray",
            "Comment[zh_CN]=在托盘中提醒待办跟进",
            f"Exec={_desktop_exec(command)}", "Icon=rounds", "Terminal=false",
            "X-GNOME-Autostart-enabled=true", "X-KDE-autostart-after=panel", ""])

    # -- Windows ----------------------------------------------------------------------
    def _winreg(self):
        if self._registry is None:
            import winreg  # only on Windows

            self._registry = winreg
        return self._registry

    # -- the option -------------------------------------------------------------------
    def is_enabled(self) -> bool:
        if self.windows:
            reg = self._winreg()
            try:
                with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY) as key:
                    reg.QueryValueEx(key, RUN_VALUE)
                return True
            except FileNotFoundError:
                return False
        return self.entry_path().is_file()

    def enable(self, command: list[str]) -> None:
        """Start `command` with the session (raises OSError when it cannot be written)."""
        if self.windows:
            reg = self._winreg()
            with reg.CreateKey(reg.HKEY_CURRENT_USER, RUN_KEY) as key:
                reg.SetValueEx(key, RUN_VALUE, 0, reg.REG_SZ, _windows_command(command))
            return
        path = self.entry_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(self._xdg_entry(command), encoding="utf-8")
        tmp.replace(path)

    def disable(self) -> None:
        """Stop starting with the session (nothing to do when it was not on)."""
        if self.windows:
            reg = self._winreg()
            try:
                with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                    reg.DeleteValue(key, RUN_VALUE)
            except FileNotFoundError:
                pass
            return
        self.entry_path().unlink(missing_ok=True)

    def command(self) -> list[str] | None:
        """The command the entry starts (None when off), for the Settings screen and IT."""
        if not self.is_enabled():
            return None
        if self.windows:
            reg = self._winreg()
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY) as key:
                return shlex.split(reg.QueryValueEx(key, RUN_VALUE)[0], posix=False)
        for line in self.entry_path().read_text(encoding="utf-8").splitlines():
            if line.startswith("Exec="):
                return shlex.split(line[5:].replace("%%", "%"))
        return None
