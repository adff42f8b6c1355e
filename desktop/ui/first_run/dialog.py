"""The first start on a computer: the language (switched as soon as it is picked), where the
data comes from (the organisation's server, the demo, or offline for now), and the few keys
that make a rep fast. Shown once; `run_app` applies what was chosen.

When IT preset the server (machine-wide configuration) or the command line named one, the
second page is skipped: there is nothing to choose.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.icons import app_icon
from desktop.ui.common.keys import KEYS
from desktop.ui.common.style import set_role
from desktop.ui.common.texts import translate
from desktop.ui.common.widgets import Banner

LANGUAGES = (("zh_CN", "简体中文"), ("en", "English"))



@dataclass(frozen=True)
class FirstRunChoice:
    language: str  # zh_CN | en
    data: str  # server | demo | offline
    server_url: str = ""
    demo_role: str = "rep"  # rep | manager


class FirstRunDialog(QDialog):
    """Three short pages; `choice` holds the answer once accepted."""

    language_picked = Signal(str)

    def __init__(self, language: str, *, server_preset: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("FirstRunDialog")
        self.setWindowIcon(app_icon())
        self.server_preset = server_preset
        self.choice: FirstRunChoice | None = None
        self.title = set_role(QLabel(self), "heading")
        self.subtitle = set_role(QLabel(self), "subtitle")
        self.subtitle.setWordWrap(True)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._language_page(language))
        self.pages.addWidget(self._data_page())
        self.pages.addWidget(self._keys_page())
        self.step_label = set_role(QLabel(self), "hint")
        self.back_button = QPushButton(self)
        self.next_button = set_role(QPushButton(self), "primary")
        self.next_button.setDefault(True)
        footer = QHBoxLayout()
        footer.addWidget(self.step_label, 1)
        footer.addWidget(self.back_button)
        footer.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(6)
        layout.addWidget(self.pages, 1)
        layout.addLayout(footer)
        self.back_button.clicked.connect(lambda: self._go(-1))
        self.next_button.clicked.connect(lambda: self._go(+1))
        self.setMinimumSize(600, 440)
        self.retranslate_ui()

    # -- pages ----------------------------------------------------------------------------
    def _language_page(self, language: str) -> QWidget:
        page = QWidget(self)
        self.language_combo = QComboBox(page)
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_note = set_role(QLabel(page), "hint")
        self.language_note.setWordWrap(True)
        box = QVBoxLayout(page)
        box.addWidget(self.language_combo)
        box.addWidget(self.language_note)
        box.addStretch(1)
        self.language_combo.activated.connect(
            lambda _i: self.language_picked.emit(self.language_combo.currentData()))
        return page

    def _data_page(self) -> QWidget:
        page = QWidget(self)
        self.data_group = QButtonGroup(page)
        self.server_radio = QRadioButton(page)
        self.demo_radio = QRadioButton(page)
        self.offline_radio = QRadioButton(page)
        for i, radio in enumerate((self.server_radio, self.demo_radio, self.offline_radio)):
            self.data_group.addButton(radio, i)
        self.server_edit = QLineEdit(page)
        self.server_edit.setPlaceholderText("https://rounds.example.com")
        self.demo_role_combo = QComboBox(page)
        self.demo_role_combo.addItem("", "rep")
        self.demo_role_combo.addItem("", "manager")
        self.server_note = set_role(QLabel(page), "hint")
        self.demo_note = set_role(QLabel(page), "hint")
        self.offline_note = set_role(QLabel(page), "hint")
        for note in (self.server_note, self.demo_note, self.offline_note):
            note.setWordWrap(True)
        self.data_error = Banner(page)
        grid = QGridLayout(page)
        grid.setColumnMinimumWidth(0, 24)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.server_radio, 0, 0, 1, 2)
        grid.addWidget(self.server_edit, 1, 1)
        grid.addWidget(self.server_note, 2, 1)
        grid.addWidget(self.demo_radio, 3, 0, 1, 2)
        grid.addWidget(self.demo_role_combo, 4, 1)
        grid.addWidget(self.demo_note, 5, 1)
        grid.addWidget(self.offline_radio, 6, 0, 1, 2)
        grid.addWidget(self.offline_note, 7, 1)
        grid.addWidget(self.data_error, 8, 0, 1, 2)
        grid.setRowStretch(9, 1)
        self.demo_radio.setChecked(True)
        self.data_group.idToggled.connect(lambda _id, _on: self._update_data_page())
        self.server_edit.textEdited.connect(lambda _t: self.server_radio.setChecked(True))
        self._update_data_page()
        return page

    def _keys_page(self) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setHorizontalSpacing(18)
        grid.setColumnStretch(1, 1)
        self.key_texts: list[QLabel] = []
        for row, (keys, _text) in enumerate(KEYS):
            grid.addWidget(set_role(QLabel(keys, page), "strong"), row, 0)
            label = QLabel(page)
            label.setWordWrap(True)
            grid.addWidget(label, row, 1)
            self.key_texts.append(label)
        grid.setRowStretch(len(KEYS), 1)
        return page

    # -- flow -----------------------------------------------------------------------------
    def _steps(self) -> list[int]:
        return [0, 2] if self.server_preset else [0, 1, 2]

    def _go(self, step: int) -> None:
        steps = self._steps()
        at = steps.index(self.pages.currentIndex())
        if step > 0 and self.pages.currentIndex() == 1 and not self._data_ok():
            return
        if at + step >= len(steps):
            self._finish()
            return
        self.pages.setCurrentIndex(steps[max(0, at + step)])
        self.retranslate_ui()

    def _data_ok(self) -> bool:
        if self.server_radio.isChecked():
            from desktop.sync.local_account import normalize_server_url

            try:
                normalize_server_url(self.server_edit.text())
            except ValueError:
                self.data_error.show_message(self.tr(
                    "That is not a server address. Ask IT for it; it looks like "
                    "https://rounds.example.com."), "danger")
                self.server_edit.setFocus()
                return False
        self.data_error.show_message("")
        return True

    def _finish(self) -> None:
        language = self.language_combo.currentData()
        if self.server_preset:
            self.choice = FirstRunChoice(language, "server", self.server_preset)
        elif self.server_radio.isChecked():
            from desktop.sync.local_account import normalize_server_url

            self.choice = FirstRunChoice(language, "server",
                                         normalize_server_url(self.server_edit.text()))
        elif self.demo_radio.isChecked():
            self.choice = FirstRunChoice(language, "demo",
                                         demo_role=self.demo_role_combo.currentData())
        else:
            self.choice = FirstRunChoice(language, "offline")
        self.accept()

    def _update_data_page(self) -> None:
        self.server_edit.setEnabled(self.server_radio.isChecked())
        self.demo_role_combo.setEnabled(self.demo_radio.isChecked())

    # -- texts ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Rounds"))
        page = self.pages.currentIndex()
        titles = {0: self.tr("Welcome to Rounds"), 1: self.tr("Where does your data come from?"),
                  2: self.tr("A few keys that save time")}
        subtitles = {
            0: self.tr("Your customers, calls, plans and follow-ups, on this laptop, with or "
                       "without a network."),
            1: self.tr("Rounds keeps everything on this laptop and syncs with your "
                       "organisation's server whenever there is a network."),
            2: self.tr("Every screen works with the keyboard. This list is also in Settings."),
        }
        self.title.setText(titles[page])
        self.subtitle.setText(subtitles[page])
        self.language_note.setText(self.tr("Choose the language of the interface. You can "
                                           "change it at any time in Settings."))
        self.server_radio.setText(self.tr("My organisation's server"))
        self.server_note.setText(self.tr("Sign in with the user name IT gave you."))
        self.demo_radio.setText(self.tr("Explore with demo data"))
        self.demo_role_combo.setItemText(0, self.tr("as a medical representative"))
        self.demo_role_combo.setItemText(1, self.tr("as a regional manager (approvals, team)"))
        self.demo_note.setText(self.tr("A made-up territory in Beijing, Tianjin and Hebei, on "
                                       "this computer only. Nothing is sent anywhere."))
        self.offline_radio.setText(self.tr("Work offline for now"))
        self.offline_note.setText(self.tr("Start with an empty list; connect to a server "
                                          "later in Settings."))
        for label, (_keys, text) in zip(self.key_texts, KEYS, strict=True):
            label.setText(translate("FirstRun", text))
        steps = self._steps()
        at = steps.index(page)
        self.step_label.setText(self.tr("Step {n} of {total}").format(n=at + 1,
                                                                      total=len(steps)))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setVisible(at > 0)
        self.next_button.setText(self.tr("Start") if at == len(steps) - 1 else self.tr("Next"))
