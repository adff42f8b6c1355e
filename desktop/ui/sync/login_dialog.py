"""Sign in to the organisation's server (`desktop.sync.account.login`), off the GUI thread.

Shown at start when a server is configured but nobody has signed in on this computer yet.
Cancelling keeps the app usable offline on the local store.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop.ui.common.widgets import Banner


class _Signals(QObject):
    succeeded = Signal(object)  # the server's user object
    failed = Signal(str)


class _SignIn(QRunnable):
    """The network call, run on the thread pool (which owns and deletes it); results come
    back by signal.

    Lifetimes: the pool thread drops this object, so it must own no QObject. Its `signals`
    object is made in the GUI thread with the application as parent (owned by Qt, not by
    this Python object) and handed back to the GUI thread for deletion when the call is
    over, so it exists for every emit and is never destroyed in the pool thread, even if
    the dialog is closed mid-call."""

    def __init__(self, paths, server: str, username: str, password: str):
        super().__init__()
        self.signals = _Signals(QCoreApplication.instance())
        self.args = (paths, server, username, password)

    def run(self) -> None:
        from desktop.sync.account import login

        try:
            user = login(*self.args)
        except Exception as exc:  # noqa: BLE001 - every failure is shown to the user
            self.signals.failed.emit(str(exc))
        else:
            self.signals.succeeded.emit(user)
        finally:
            self.signals.deleteLater()


class LoginDialog(QDialog):
    """Server, user name, password; `user` holds the server's answer once signed in."""

    def __init__(self, paths, server_url: str = "", *, server_locked: bool = False,
                 notice: str = "", parent=None):
        """`notice`, if given, is shown above the form (why the user must sign in again)."""
        super().__init__(parent)
        self.paths = paths
        self.user: dict | None = None
        self.server_edit = QLineEdit(server_url, self)
        self.server_edit.setReadOnly(server_locked)
        self.username_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = Banner(self)
        self.notice = Banner(self)
        self.notice.show_message(notice, "warning")
        self.labels = {k: QLabel(self) for k in ("server", "username", "password")}
        form = QFormLayout()
        form.addRow(self.labels["server"], self.server_edit)
        form.addRow(self.labels["username"], self.username_edit)
        form.addRow(self.labels["password"], self.password_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(420)
        self.retranslate_ui()
        (self.username_edit if server_url else self.server_edit).setFocus()

    def sign_in(self) -> None:
        """Ask the server (in the background); close on success, say why on failure."""
        server = self.server_edit.text().strip()
        username = self.username_edit.text().strip()
        if not server or not username or not self.password_edit.text():
            self.error.show_message(self.tr("Enter the server, your user name and your "
                                            "password."), "danger")
            return
        self.buttons.setEnabled(False)
        self.error.show_message(self.tr("Signing in…"), "info")
        job = _SignIn(self.paths, server, username, self.password_edit.text())
        job.signals.succeeded.connect(self._signed_in)  # queued: slots of this dialog
        job.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(job)

    def _signed_in(self, user) -> None:
        self.user = user or {}
        self.password_edit.clear()
        self.accept()

    def _failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.password_edit.selectAll()
        self.error.show_message(self.tr("Could not sign in: {reason}").format(reason=message),
                                "danger")

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign in to Rounds"))
        self.intro.setText(self.tr("Sign in once with the account IT gave you. Afterwards "
                                   "Rounds works offline and syncs whenever it can."))
        self.labels["server"].setText(self.tr("Server"))
        self.labels["username"].setText(self.tr("User name"))
        self.labels["password"].setText(self.tr("Password"))
