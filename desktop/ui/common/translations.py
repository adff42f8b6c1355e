"""Loading and switching the interface language at run time.

The compiled catalogues (`rounds_<lang>.qm`) are built from `resources/translations/*.ts`
by `python -m tools.i18n_build` (`make translations`) beside their sources.

One mechanism retranslates the interface: `LanguageSwitcher.switch()` installs the new
QTranslator, lets Qt's own widgets handle their LanguageChange events, then calls
`retranslate_ui()` on every live widget that has one. A widget that shows text sets it in
`retranslate_ui()` (called once from its constructor too) and overrides no event handler.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from desktop.resources import TRANSLATIONS

log = logging.getLogger(__name__)

QM_DIR = TRANSLATIONS
LANGUAGES = ("zh_CN", "en")


def system_language() -> str:
    """Chinese unless the OS says English: Rounds is made for the Chinese market, and a
    machine whose locale is unset ("C") or neither language should not open in English."""
    name = QLocale.system().name()
    return "en" if name.lower().startswith("en") else "zh_CN"


def resolve_language(choice: str | None) -> str:
    """A supported language code for a user choice ("" or None: follow the OS)."""
    return choice if choice in LANGUAGES else system_language()


class LanguageSwitcher:
    """Owns the installed translators; `switch(lang)` replaces them."""

    def __init__(self, app: QCoreApplication):
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "en"

    def switch(self, language: str) -> bool:
        """Install `language` (zh_CN or en). Returns False when its catalogue is missing."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
        self.language = language
        locale = QLocale("zh_CN") if language == "zh_CN" else QLocale("en_US")
        QLocale.setDefault(locale)
        # English needs its catalogue too: it holds the plural forms ("1 customer").
        ours = QTranslator(self._app)
        ok = ours.load(str(QM_DIR / f"rounds_{language}.qm"))
        if ok:
            self._translators.append(ours)
        else:
            log.warning("translation catalogue for %s is missing; run "
                        "`make translations`", language)
        if language != "en":
            qt_own = QTranslator(self._app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(locale, "qtbase", "_", qt_dir):
                self._translators.append(qt_own)
        for translator in self._translators:
            self._app.installTranslator(translator)
        # Qt's own widgets (button boxes, context menus) react to LanguageChange: deliver it now.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
        retranslate_widgets()
        return ok


def retranslate_widgets() -> int:
    """Call `retranslate_ui()` on every live widget that has one; returns how many."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return 0
    count = 0
    for widget in QApplication.allWidgets():
        retranslate = getattr(widget, "retranslate_ui", None)
        if callable(retranslate):
            retranslate()
            count += 1
    return count


def catalogue(language: str):
    """`translate(context, text)` from the catalogue of `language`, whatever language the
    application shows (a file written in another language, a headless command): the English
    text where the catalogue or its entry is missing. Needs no QApplication."""
    translator = QTranslator()
    translator.load(str(QM_DIR / f"rounds_{language}.qm"))

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text
    return translate


def ui_language() -> str:
    """The interface's language as an export or a printed page names it (the switcher sets
    Qt's default locale)."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"
