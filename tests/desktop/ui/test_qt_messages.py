"""Qt's own messages go to the log file; the offscreen plugin's "does not support
propagateSizeHints()", printed at every relayout of a window, is dropped."""

from __future__ import annotations

import os
import subprocess
import sys

APP = """
import sys
from pathlib import Path
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from desktop.logging_setup import configure_logging
from desktop.ui.app import application

configure_logging(Path(sys.argv[1]))
app = application()
window = QWidget()
layout = QVBoxLayout(window)
window.show()
app.processEvents()
for i in range(3):  # the layout raises the window's minimum size: Qt propagates size hints
    layout.addWidget(QLabel("line %d" % i))
    app.processEvents()
window.setMinimumSize(400, 300)
app.processEvents()
qWarning("a warning of Qt's that IT must find in the log")
"""


def test_qt_messages_go_to_the_log_without_the_offscreen_size_hint_noise(tmp_path):
    log_file = tmp_path / "rounds.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", APP, str(log_file)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    log = log_file.read_text(encoding="utf-8")
    assert "WARNING qt: a warning of Qt's that IT must find in the log" in log
    assert "propagateSizeHints" not in log
