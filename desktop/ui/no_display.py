"""Refusing to start the window where there is no display, before Qt aborts.

On Linux, with neither DISPLAY nor WAYLAND_DISPLAY set, Qt's xcb plugin cannot connect; Qt
then prints "This application failed to start because no Qt platform plugin could be
initialized. Reinstalling the application may fix this problem" (reinstalling does not)
and aborts with a core dump. `rounds` says instead what is missing and what to do, and
exits 2 (environment). With QT_QPA_PLATFORM set someone chose the platform (offscreen for
a headless check), and Qt is left to it.

The window's message is in the user's language; the smoke check's is English, for IT,
in the smoke check's own `smoke: FAILED at <step>: <why>` form.
"""

from __future__ import annotations

import os
import sys

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.paths import AppPaths

EXIT_NO_DISPLAY = 2
HEADLESS_CHECK = "QT_QPA_PLATFORM=offscreen rounds --smoke"
WINDOW_MESSAGE = QT_TRANSLATE_NOOP(
    "StartUp", "Rounds cannot open its window: there is no display (neither DISPLAY nor "
    "WAYLAND_DISPLAY is set). Start Rounds in a desktop session. To check the installation "
    "on a machine without a display, run: {command}")
SMOKE_MESSAGE = ("smoke: FAILED at display: there is no display (neither DISPLAY nor "
                 "WAYLAND_DISPLAY is set, and QT_QPA_PLATFORM is not set); run the check in "
                 f"a desktop session, or without a display: {HEADLESS_CHECK}")


def display_missing(environ=None, platform: str | None = None) -> bool:
    """True when Qt would find no display to open a window on."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return False
    return not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY")


def missing_display_message(args, paths: AppPaths) -> str | None:
    """What to print instead of starting Qt when there is no display, or None."""
    if not display_missing():
        return None
    if getattr(args, "smoke", False):
        return SMOKE_MESSAGE
    return translated(_window_language(args, paths), "StartUp",
                      WINDOW_MESSAGE).format(command=HEADLESS_CHECK)


def _window_language(args, paths: AppPaths) -> str:
    from desktop.config import ConfigError, load_config
    from desktop.ui.app import interface_language
    from desktop.ui.common.ui_settings import UiSettings

    try:
        config = load_config(paths.user_settings_file,
                             cli={"language": getattr(args, "lang", None)})
    except ConfigError:  # the window would report it; this message is what matters now
        return "en"
    return interface_language(args, config, UiSettings.in_folder(paths.config_dir))


def translated(language: str, context: str, text: str) -> str:
    """`text` from the catalogue of `language`, without a QApplication (there can be
    none yet); the English text when the catalogue or its entry is missing."""
    from PySide6.QtCore import QTranslator

    from desktop.ui.common import translations

    translator = QTranslator()
    if not translator.load(str(translations.QM_DIR / f"rounds_{language}.qm")):
        return text
    return translator.translate(context, text) or text
