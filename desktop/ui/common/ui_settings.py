"""The one typed wrapper over QSettings, with a group per feature (window, language,
appearance, reminders).

Settings live in an INI file inside the app's config folder, so a `--data-dir` run (tests,
portable installs) keeps them with its data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop.private_files import private_dir, private_file


class _Group:
    """Reads and writes keys under one QSettings group."""

    def __init__(self, qsettings: QSettings, name: str):
        self._q, self._name = qsettings, name

    def _get(self, key: str, default, kind):
        value = self._q.value(f"{self._name}/{key}", default)
        if value is None:
            return default
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    def _set(self, key: str, value) -> None:
        self._q.setValue(f"{self._name}/{key}", value)


class WindowSettings(_Group):
    """Main window geometry, dock/splitter layout and the last view shown."""

    @property
    def geometry(self) -> QByteArray:
        return self._get("geometry", QByteArray(), QByteArray)

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set("geometry", value)

    @property
    def state(self) -> QByteArray:
        return self._get("state", QByteArray(), QByteArray)

    @state.setter
    def state(self, value: QByteArray) -> None:
        self._set("state", value)

    def splitter(self, name: str) -> QByteArray:
        return self._get(f"splitter_{name}", QByteArray(), QByteArray)

    def set_splitter(self, name: str, value: QByteArray) -> None:
        self._set(f"splitter_{name}", value)

    @property
    def last_view(self) -> str:
        return self._get("last_view", "today", str)

    @last_view.setter
    def last_view(self, value: str) -> None:
        self._set("last_view", value)


class LanguageSettings(_Group):
    """Interface language: "" follows the OS locale, else "zh_CN" or "en"."""

    @property
    def language(self) -> str:
        return self._get("language", "", str)

    @language.setter
    def language(self, value: str) -> None:
        self._set("language", value)


class AppearanceSettings(_Group):
    """The theme: "system" follows the OS's light or dark preference, else "light", "dark"."""

    @property
    def theme(self) -> str:
        value = self._get("theme", "system", str)
        return value if value in ("system", "light", "dark") else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("theme", value)


class FirstRunSettings(_Group):
    """Whether the welcome pages were answered, and what was chosen for the data: "server",
    "demo" (with the demo person, rep or manager) or "offline"."""

    @property
    def completed(self) -> bool:
        return self._get("completed", False, lambda v: str(v).lower() in {"1", "true"})

    @completed.setter
    def completed(self, value: bool) -> None:
        self._set("completed", bool(value))

    @property
    def data(self) -> str:
        return self._get("data", "", str)

    @data.setter
    def data(self, value: str) -> None:
        self._set("data", value)

    @property
    def demo_role(self) -> str:
        return self._get("demo_role", "rep", str)

    @demo_role.setter
    def demo_role(self, value: str) -> None:
        self._set("demo_role", value)


class ReminderSettings(_Group):
    """When a follow-up without its own reminder time fires on its due date."""

    @property
    def default_hour(self) -> int:
        return self._get("default_hour", 9, int)

    @default_hour.setter
    def default_hour(self, value: int) -> None:
        self._set("default_hour", int(value))

    @property
    def tray_notifications(self) -> bool:
        return self._get("tray_notifications", True, lambda v: str(v).lower() in {"1", "true"})

    @tray_notifications.setter
    def tray_notifications(self, value: bool) -> None:
        self._set("tray_notifications", bool(value))


class UiSettings:
    """Typed access to every UI setting: `window`, `language`, `appearance`, `first_run` and
    `reminders`."""

    def __init__(self, qsettings: QSettings):
        self.qsettings = qsettings
        self.window = WindowSettings(qsettings, "window")
        self.language = LanguageSettings(qsettings, "language")
        self.appearance = AppearanceSettings(qsettings, "appearance")
        self.first_run = FirstRunSettings(qsettings, "first_run")
        self.reminders = ReminderSettings(qsettings, "reminders")

    @classmethod
    def in_folder(cls, config_dir: Path) -> UiSettings:
        """Settings stored in `config_dir/ui.ini` (created empty, 0600, at once)."""
        private_dir(config_dir)
        private_file(config_dir / "ui.ini")  # Qt keeps the mode of the file it rewrites
        return cls(QSettings(str(config_dir / "ui.ini"), QSettings.Format.IniFormat))

    def sync(self) -> None:
        self.qsettings.sync()
