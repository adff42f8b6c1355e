"""Signing in: the network call runs off the GUI thread; failures say why, success closes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.sync import account
from desktop.sync.errors import AuthError
from desktop.ui.sync.login_dialog import LoginDialog


def test_sign_in_reports_failure_then_succeeds(qtbot, monkeypatch, data_dir):
    calls = []

    def fake_login(paths, server, username, password):
        calls.append((server, username))
        if password != "right":
            raise AuthError("Wrong user name or password.")
        return {"id": "u1", "username": username}

    monkeypatch.setattr(account, "login", fake_login)
    dialog = LoginDialog(None, "https://rounds.example.cn", server_locked=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.server_edit.isReadOnly()
    qtbot.keyClicks(dialog.username_edit, "zhangwei")
    qtbot.keyClicks(dialog.password_edit, "wrong")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrong user name" in dialog.error.text())
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    dialog.password_edit.setText("right")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.accepted.emit()
    assert dialog.user == {"id": "u1", "username": "zhangwei"}
    assert calls == [("https://rounds.example.cn", "zhangwei")] * 2
