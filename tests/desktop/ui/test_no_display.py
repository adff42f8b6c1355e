"""`rounds` and `rounds --smoke` on a machine without a display: a clear message and exit
code 2, in the user's language for the window, instead of Qt's abort and core dump."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from xml.sax.saxutils import escape

import pytest

from desktop.paths import app_paths
from desktop.ui import no_display

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="DISPLAY and WAYLAND_DISPLAY are Linux's")
HEADLESS = "QT_QPA_PLATFORM=offscreen rounds --smoke"


def without_display(tmp_path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
           and not k.startswith("ROUNDS_")}
    env["ROUNDS_MACHINE_CONFIG"] = str(tmp_path / "no-machine-config.toml")
    return env


@linux_only
@pytest.mark.parametrize("args", [["--lang", "en"], ["--smoke"]], ids=["window", "smoke"])
def test_without_a_display_rounds_says_what_is_missing_and_exits_2(args, tmp_path):
    result = subprocess.run([sys.executable, "-m", "desktop", "--data-dir",
                             str(tmp_path / "data"), *args], env=without_display(tmp_path),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert "there is no display" in line and "DISPLAY" in line and HEADLESS in line
    assert "Qt platform plugin" not in result.stderr
    if args == ["--smoke"]:
        assert line.startswith("smoke: FAILED at display: ")
    else:
        assert "Start Rounds in a desktop session" in line
    assert "there is no display" in (tmp_path / "data" / "logs" / "rounds.log").read_text(
        encoding="utf-8")


@pytest.mark.parametrize(("environ", "platform", "missing"), [
    ({}, "linux", True),
    ({"DISPLAY": ":0"}, "linux", False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({}, "win32", False),
    ({}, "darwin", False),
])
def test_a_display_is_missing_only_on_linux_with_neither_variable(environ, platform,
                                                                 missing):
    assert no_display.display_missing(environ, platform) is missing


def test_the_window_message_is_in_the_users_language(tmp_path, monkeypatch):
    from desktop.ui.common import translations
    from tools.i18n_build import _tool

    chinese = "没有显示器，请在桌面会话中启动。检查安装：{command}"
    ts = tmp_path / "rounds_zh_CN.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="zh_CN"><context><name>StartUp</name><message>'
        f"<source>{escape(no_display.WINDOW_MESSAGE)}</source>"
        f"<translation>{chinese}</translation></message></context></TS>\n", encoding="utf-8")
    subprocess.run(_tool("lrelease") + ["-silent", str(ts), "-qm",
                                        str(tmp_path / "rounds_zh_CN.qm")], check=True)
    monkeypatch.setattr(translations, "QM_DIR", tmp_path)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("ROUNDS_LANG", "zh_CN")  # the configured language, no --lang
    paths = app_paths(tmp_path / "data")
    window = argparse.Namespace(lang=None, smoke=False)
    assert no_display.missing_display_message(window, paths) == chinese.format(
        command=HEADLESS)
    english = argparse.Namespace(lang="en", smoke=False)
    assert no_display.missing_display_message(english, paths).startswith(
        "Rounds cannot open its window: there is no display")
    smoke = argparse.Namespace(lang=None, smoke=True)  # for IT: English whatever the language
    assert no_display.missing_display_message(smoke, paths).startswith(
        "smoke: FAILED at display: there is no display")
