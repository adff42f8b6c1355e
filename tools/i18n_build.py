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


def apply_translations(tsv: Path) -> list[str]:
    """Put the translations listed in `tsv` into the .ts sources; returns the lines that
    match no message (run `--update` first so new strings are in the .ts).

    One line per string, tab-separated: context, English source, Simplified Chinese, and for
    a `%n` plural the English singular and plural forms (`%n call`, `%n calls`)."""
    import xml.etree.ElementTree as ET

    wanted: dict[tuple[str, str], list[str]] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            fields = line.split("\t")
            wanted[(fields[0], fields[1])] = fields[2:]
    found: set[tuple[str, str]] = set()
    for language in LANGUAGES:
        path = TS_DIR / f"rounds_{language}.ts"
        tree = ET.parse(path)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                key = (name, message.findtext("source"))
                if key not in wanted:
                    continue
                found.add(key)
                zh, *english = wanted[key]
                translation = message.find("translation")
                translation.attrib.pop("type", None)
                plural = message.get("numerus") == "yes"
                if language == "zh_CN":
                    texts = [zh]
                elif plural and len(english) >= 2:
                    texts = english[:2]
                else:
                    translation.set("type", "unfinished")  # English falls back to the source
                    continue
                for child in list(translation):
                    translation.remove(child)
                if plural:
                    translation.text = None
                    for text in texts:
                        ET.SubElement(translation, "numerusform").text = text
                else:
                    translation.text = texts[0]
        ET.indent(tree, space="    ")
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return ["\t".join(key) for key in wanted if key not in found]


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
    parser.add_argument("--apply", type=Path, action="append", default=[], metavar="TSV",
                        help="put the translations of a context/source/zh_CN file into the .ts")
    args = parser.parse_args(argv)
    if args.update:
        update_sources()
    for tsv in args.apply:
        missing = apply_translations(tsv)
        for line in missing:
            print(f"{tsv}: no such message: {line}", file=sys.stderr)
        if missing:
            return 1
    for qm in build():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
