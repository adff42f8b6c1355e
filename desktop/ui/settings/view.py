"""Settings: interface language, appearance and time zone (all apply at once), reminder
hour, starting with the session minimised to the tray (desktop.autostart), where data lives,
and the server the organisation configured."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.autostart import RUN_KEY, Autostart, launch_command
from desktop.config import ConfigError
from desktop.domain import local_time
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.ui.common.keys import KEYS
from desktop.ui.common.style import set_role
from desktop.ui.common.texts import translate

log = logging.getLogger(__name__)

#: Zones offered first (the field is in China), each with its name in the interface language.
COMMON_ZONES = (("Asia/Shanghai", _t("SettingsView", "Beijing time")),
                ("Asia/Urumqi", _t("SettingsView", "Ürümqi")),
                ("Asia/Hong_Kong", _t("SettingsView", "Hong Kong")),
                ("UTC", _t("SettingsView", "Coordinated Universal Time")))


class SettingsView(QWidget):
    """User preferences; a language change is applied immediately."""

    language_chosen = Signal(str)  # "" follows the OS
    appearance_chosen = Signal(str)  # system | light | dark

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        settings = context.settings
        self.language_combo = QComboBox(self)
        self.language_combo.addItem("", "")
        self.language_combo.addItem("简体中文", "zh_CN")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(settings.language.language)))
        self.appearance_combo = QComboBox(self)
        for value in ("system", "light", "dark"):
            self.appearance_combo.addItem("", value)
        self.appearance_combo.setCurrentIndex(
            max(0, self.appearance_combo.findData(settings.appearance.theme)))
        self.zone_combo = self._zone_combo()
        self.hour_spin = QSpinBox(self)
        self.hour_spin.setRange(0, 23)
        self.hour_spin.setValue(settings.reminders.default_hour)
        self.hour_spin.setSuffix(":00")
        self.tray_check = QCheckBox(self)
        self.tray_check.setChecked(settings.reminders.tray_notifications)
        self.autostart = Autostart()
        self.autostart_check = QCheckBox(self)
        self.autostart_check.setChecked(self.autostart.supported and self.autostart.is_enabled())
        self.autostart_check.setEnabled(self.autostart.supported)
        self.autostart_error = set_role(QLabel(self), "error")
        self.autostart_error.setWordWrap(True)
        self.autostart_error.setVisible(False)
        self.server_value = QLabel(self)
        self.data_value = QLabel(self)
        self.data_value.setWordWrap(True)
        self.labels = {k: QLabel(self)
                       for k in ("language", "appearance", "zone", "hour", "server", "data")}
        form = QFormLayout()
        form.addRow(self.labels["language"], self.language_combo)
        form.addRow(self.labels["appearance"], self.appearance_combo)
        form.addRow(self.labels["zone"], self.zone_combo)
        form.addRow(self.labels["hour"], self.hour_spin)
        form.addRow("", self.tray_check)
        form.addRow("", self.autostart_check)
        form.addRow("", self.autostart_error)
        form.addRow(self.labels["server"], self.server_value)
        form.addRow(self.labels["data"], self.data_value)
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        form_box = QWidget(self)
        form_box.setLayout(form)
        form_box.setMaximumWidth(720)
        self.keys_heading = set_role(QLabel(self), "title")
        keys = QGridLayout()
        keys.setHorizontalSpacing(18)
        keys.setColumnStretch(1, 1)
        self.key_texts: list[QLabel] = []
        for row, (shortcut, _text) in enumerate(KEYS):
            keys.addWidget(set_role(QLabel(shortcut, self), "strong"), row, 0)
            label = QLabel(self)
            label.setWordWrap(True)
            keys.addWidget(label, row, 1)
            self.key_texts.append(label)
        keys_box = QWidget(self)
        keys_box.setLayout(keys)
        keys_box.setMaximumWidth(720)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(form_box)
        layout.addSpacing(12)
        layout.addWidget(self.keys_heading)
        layout.addWidget(keys_box)
        layout.addStretch(1)
        self.language_combo.activated.connect(self._language_activated)
        self.appearance_combo.activated.connect(self._appearance_activated)
        self.zone_combo.activated.connect(self._zone_activated)
        self.hour_spin.valueChanged.connect(self._hour_changed)
        self.tray_check.toggled.connect(self._tray_toggled)
        self.autostart_check.toggled.connect(self._autostart_toggled)
        self.retranslate_ui()

    def _language_activated(self, _index: int) -> None:
        choice = self.language_combo.currentData()
        self.context.settings.language.language = choice
        self.language_chosen.emit(choice)

    def _appearance_activated(self, _index: int) -> None:
        choice = self.appearance_combo.currentData()
        self.context.settings.appearance.theme = choice
        self.appearance_chosen.emit(choice)

    def _zone_combo(self) -> QComboBox:
        """Follow the system, the common zones, then every zone this machine knows; the
        organisation may have fixed it (enforced `time_zone`)."""
        combo = QComboBox(self)
        combo.setMaxVisibleItems(20)
        combo.addItem("", local_time.FOLLOW_THE_SYSTEM)
        for name, _label in COMMON_ZONES:
            combo.addItem("", name)
        combo.insertSeparator(combo.count())
        common = {name for name, _label in COMMON_ZONES}
        for name in local_time.known_zones():
            if name not in common and "/" in name and not name.startswith(("Etc/", "posix/",
                                                                          "right/")):
                combo.addItem(name, name)
        current = local_time.time_zone_name()
        if combo.findData(current) < 0:
            combo.addItem(current, current)
        combo.setCurrentIndex(combo.findData(current))
        config = self.context.config
        combo.setEnabled(config is None or not config.is_enforced("time_zone"))
        return combo

    def _zone_activated(self, _index: int) -> None:
        """Times and "today" follow the chosen zone at once; the choice is kept in the
        user's settings file."""
        choice = self.zone_combo.currentData()
        try:
            local_time.set_time_zone(choice)
            if self.context.config is not None:
                self.context.config.save_user_setting("time_zone", choice)
        except (ConfigError, local_time.UnknownTimeZone, OSError) as exc:
            log.warning("time zone %r not applied: %s", choice, exc)
        self.context.data_changed.emit("*")  # every screen re-reads in the new zone

    def _zone_item_text(self, index: int) -> str:
        """The system's entry and the common zones with their offset now; others by name."""
        name = self.zone_combo.itemData(index)
        labels = dict(COMMON_ZONES)
        if name and name not in labels:
            return name
        try:
            offset = local_time.utc_offset_text(local_time.zone_named(name))
        except local_time.UnknownTimeZone:  # Windows without the tzdata package
            offset = "?"
        if not name:
            system = bytes(QTimeZone.systemTimeZoneId().data()).decode() or offset
            return self.tr("Follow the system ({zone}, {offset})").format(zone=system,
                                                                         offset=offset)
        return f"{translate('SettingsView', labels[name])} — {name} ({offset})"

    def _hour_changed(self, value: int) -> None:
        self.context.settings.reminders.default_hour = value

    def _tray_toggled(self, on: bool) -> None:
        self.context.settings.reminders.tray_notifications = on

    def _autostart_toggled(self, on: bool) -> None:
        """Write or remove the session-start entry; a failure is said and nothing pretends."""
        from PySide6.QtWidgets import QApplication

        data_dir = QApplication.instance().property("rounds_data_dir") or None
        try:
            if on:
                self.autostart.enable(launch_command(data_dir))
            else:
                self.autostart.disable()
        except OSError as exc:
            log.warning("session start entry not %s: %s", "written" if on else "removed", exc)
            self.autostart_error.setText(self.tr(
                "Could not change how Rounds starts with your session: {error}. Check that "
                "you may write to {place}, or ask IT.").format(
                error=exc.strerror or exc, place=self._autostart_place()))
            self.autostart_error.setVisible(True)
            self.autostart_check.blockSignals(True)
            self.autostart_check.setChecked(self.autostart.is_enabled())
            self.autostart_check.blockSignals(False)
            return
        self.autostart_error.setVisible(False)

    def _autostart_place(self) -> str:
        if self.autostart.windows:
            return "HKEY_CURRENT_USER\\" + RUN_KEY
        return str(self.autostart.entry_path().parent)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.language_combo.setItemText(0, self.tr("Follow the system"))
        self.labels["language"].setText(self.tr("Language"))
        self.keys_heading.setText(self.tr("Keyboard"))
        for label, (_keys, text) in zip(self.key_texts, KEYS, strict=True):
            label.setText(translate("FirstRun", text))
        self.labels["appearance"].setText(self.tr("Appearance"))
        for i, text in enumerate((self.tr("Follow the system"), self.tr("Light"),
                                  self.tr("Dark"))):
            self.appearance_combo.setItemText(i, text)
        self.labels["zone"].setText(self.tr("Time zone"))
        for i in range(len(COMMON_ZONES) + 1):
            self.zone_combo.setItemText(i, self._zone_item_text(i))
        if not self.zone_combo.isEnabled():  # enforced by the machine-wide configuration
            i = self.zone_combo.currentIndex()
            self.zone_combo.setItemText(i, self._zone_item_text(i) + " "
                                        + self.tr("(set by your organisation)"))
        self.labels["hour"].setText(self.tr("Remind me of follow-ups at"))
        self.labels["server"].setText(self.tr("Server"))
        self.labels["data"].setText(self.tr("Data file"))
        self.tray_check.setText(self.tr("Show reminders as desktop notifications"))
        self.autostart_check.setText(self.tr("Start with my session, in the tray"))
        self.autostart_check.setToolTip(self.tr(
            "Rounds starts hidden in the system tray when you sign in to the computer, so "
            "follow-up reminders reach you before you open it."))
        if not self.autostart.supported:
            self.autostart_check.setToolTip(self.tr("Not available on this system."))
        config = self.context.config
        server = config["server_url"] if config is not None else ""
        if server and config is not None and config.is_enforced("server_url"):
            server += " " + self.tr("(set by your organisation)")
        self.server_value.setText(server or self.tr("None — working offline only"))
        self.data_value.setText(str(self.context.store.path or ""))
