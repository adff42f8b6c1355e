"""Render resources/icons/rounds.svg into the platform icon files the installers need.

    python installer/make_icons.py OUT_DIR     -> OUT_DIR/rounds.ico, rounds.icns, rounds-256.png

Uses Qt's own SVG renderer and image writers (ico, icns), so no other tool is needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "rounds.svg"
FALLBACK = ROOT / "installer" / "deb" / "rounds-fallback.svg"


def render(svg: Path, size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main(out_dir: str) -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    svg = SOURCE if SOURCE.exists() else FALLBACK
    image = render(svg, 256)
    written = []
    for name, fmt in (("rounds.ico", "ICO"), ("rounds.icns", "ICNS"), ("rounds-256.png", "PNG")):
        if image.save(str(out / name), fmt):
            written.append(name)
        else:
            print(f"make_icons: Qt cannot write {fmt} here; {name} skipped", file=sys.stderr)
    del app
    print(f"make_icons: {', '.join(written)} from {svg.name} into {out}")
    return 0 if "rounds.ico" in written or sys.platform != "win32" else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "build/icons"))
