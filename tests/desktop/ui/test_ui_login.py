"""Signing in: the network call runs off the GUI thread; failures say why, success closes,
and closing the dialog mid-call is safe."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool

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


def test_closing_the_dialog_while_signing_in_drops_the_late_answer(qtbot, monkeypatch,
                                                                   data_dir):
    release = threading.Event()
    answered = []

    def slow_login(paths, server, username, password):
        release.wait(30)  # the network is slow: the user gives up meanwhile
        answered.append(username)
        return {"id": "u1", "username": username}

    monkeypatch.setattr(account, "login", slow_login)
    dialog = LoginDialog(None, "https://rounds.example.cn", server_locked=True)
    dialog.show()
    qtbot.keyClicks(dialog.username_edit, "zhangwei")
    qtbot.keyClicks(dialog.password_edit, "right")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert not dialog.buttons.isEnabled()  # signing in…
    dialog.reject()
    del dialog  # closed and gone before the server answers
    gc.collect()
    release.set()
    assert QThreadPool.globalInstance().waitForDone(30_000)
    QCoreApplication.processEvents()  # the answer, queued meanwhile, has nowhere to go
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert answered == ["zhangwei"]
