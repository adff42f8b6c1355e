"""Where the files under `resources/` are: icons, the stylesheet, compiled translations.

In a checkout they are at the repository root, beside `desktop/`; the installer bundle
copies `resources/` to the same place relative to the package (installer/rounds.spec).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "resources"
ICONS = ROOT / "icons"
STYLE = ROOT / "style"
TRANSLATIONS = ROOT / "translations"  # .ts sources (committed) and built .qm catalogues
APP_ICON = ICONS / "rounds.svg"
