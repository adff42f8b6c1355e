"""Loading and switching the interface language at run time.

The compiled catalogues (`rounds_<lang>.qm`) are built from `resources/translations/*.ts`
by `python -m tools.i18n_build` (`make translations`) beside their sources. Switching installs
the new QTranslator; Qt then sends every widget a LanguageChange event and each screen
re-runs its `retranslate_ui()`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from desktop.resources import TRANSLATIONS

log = logging.getLogger(__name__)

QM_DIR = TRANSLATIONS
LANGUAGES = ("zh_CN", "en")


def system_language() -> str:
    """The supported language closest to the OS locale (Chinese locales → zh_CN)."""
    name = QLocale.system().name()
    return "zh_CN" if name.lower().startswith("zh") else "en"


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
        # Deliver the LanguageChange events now, so every screen shows the new language
        # before this returns (removing a translator posts them too).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
        if not self._translators:
            # No translator changed the texts, but the language (dates, enums) did.
            for widget in _top_level_widgets():
                QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        return ok


def _top_level_widgets():
    from PySide6.QtWidgets import QApplication

    return QApplication.topLevelWidgets() if QApplication.instance() else []
