"""Build the translation catalogues: `python -m tools.i18n_build` compiles
resources/translations/rounds_<lang>.ts into rounds_<lang>.qm beside it
(pyside6-lrelease). With `--update` it first refreshes the .ts sources from the code
(pyside6-lupdate over desktop/, including the QT_TRANSLATE_NOOP marks of the Qt-free core,
which import it as `_t`)."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from desktop.resources import TRANSLATIONS

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = QM_DIR = TRANSLATIONS  # sources committed, catalogues built beside them (gitignored)
LANGUAGES = ("zh_CN", "en")


def _tool(name: str) -> list[str]:
    """The PySide6 wrapper of a Qt tool, next to this Python or on PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    if beside.exists():
        return [str(beside)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    return [sys.executable, "-c",
            f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"]


def update_sources() -> None:
    """Refresh every .ts from the code (keeps existing translations)."""
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = TS_DIR / f"rounds_{language}.ts"
        subprocess.run(_tool("lupdate") + [
            "-extensions", "py", "-tr-function-alias", "QT_TRANSLATE_NOOP+=_t",
            "-locations", "relative", "-no-obsolete", "-target-language", language,
            "desktop", "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def build() -> list[Path]:
    """Compile every .ts into a .qm; returns the files written."""
    QM_DIR.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        ts = TS_DIR / f"rounds_{language}.ts"
        if not ts.exists():
            continue
        qm = QM_DIR / f"rounds_{language}.qm"
        subprocess.run(_tool("lrelease") + ["-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true",
                        help="refresh the .ts sources from the code first")
    args = parser.parse_args(argv)
    if args.update:
        update_sources()
    for qm in build():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
