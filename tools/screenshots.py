"""`python -m tools.screenshots --out DIR`: PNGs of every screen and dialog in Chinese
and English, over a demo store (`make screenshots` runs it under Xvfb with CJK fonts). The
screens are shown in the demo's time zone (Beijing), as its reps see them, whatever this
machine's zone (`--time-zone` shows another)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

SIZE = (1280, 800)


def _settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _save(widget: QWidget, path: Path, app: QApplication) -> Path:
    _settle(app)
    widget.grab().save(str(path))
    return path


def _demo_store(folder: Path):
    from desktop.demo.loader import DemoSpec, load_into_store
    from desktop.embedded_server import use_memory_keyring
    from desktop.store.store import Store

    use_memory_keyring()  # the throwaway store's key (development machines have no keyring)
    store = Store.open(folder / "demo.sqlite3")
    load_into_store(store, DemoSpec())
    return store


def _busiest_customer(store, kind: str) -> str | None:
    """A customer of `kind` with prescription figures (a hospital: through its doctors), so
    its detail has something to show."""
    from sqlalchemy import func, select

    from desktop.models import Customer, CustomerMetric

    owner = Customer.organisation_id if kind == "hospital" else Customer.id
    with store.read() as s:
        row = s.execute(
            select(owner).join(CustomerMetric, CustomerMetric.customer_id == Customer.id)
            .where(Customer.kind == "doctor", CustomerMetric.our_prescriptions.is_not(None),
                   owner.is_not(None))
            .group_by(owner).order_by(func.count().desc()).limit(1)).first()
    return row[0] if row else None


def _hospital_with_several_numbers(store) -> str | None:
    """A hospital whose phone cell holds several numbers (its detail and form show them as
    read), the first by name."""
    from sqlalchemy import select

    from desktop.domain.phones import read_phones
    from desktop.models import Customer

    with store.read() as s:
        rows = s.execute(select(Customer.id, Customer.phone).where(
            Customer.kind == "hospital", Customer.phone.is_not(None))
            .order_by(Customer.name)).all()
    return next((i for i, phone in rows if len(read_phones(phone).numbers) > 1), None)


def _form_shots(window, kind: str, customer_id: str | None
                ) -> list[tuple[str, Callable[[], QWidget]]]:
    """The edit form of `customer_id`, one picture per tab."""
    if not customer_id:
        return []
    customers = window.view("customers")

    def tab(index: int) -> QWidget:  # a form of its own: each picture's is closed after
        window.show_view("customers")
        customers.select_customer(customer_id)
        customers.detail.edit_customer()
        form = customers.detail.form_dialog
        form.tabs.setCurrentIndex(index)
        return form

    return [(f"customer_form_{kind}_tab{i + 1}", lambda i=i: tab(i)) for i in range(3)]


def _extra_shots(window, doctor: str | None, hospital: str | None
                 ) -> list[tuple[str, Callable[[], QWidget]]]:
    """Dialogs and detail tabs worth a picture: (file name part, function showing it)."""
    customers = window.view("customers")

    def detail_tab(customer_id: str, tab: int) -> QWidget:
        window.show_view("customers")
        customers.select_customer(customer_id)
        customers.detail.tabs.setCurrentIndex(tab)
        return window

    def call_dialog() -> QWidget:
        window.new_call_report(doctor, "")
        return window.dialog

    def adr_dialog() -> QWidget:
        window.new_complaint(doctor)
        window.dialog.kind_combo.set_value("adverse_reaction")
        window.dialog.save()  # shows what is still missing
        return window.dialog

    def customer_form() -> QWidget:
        window.show_view("customers")
        customers.detail.create_customer()
        form = customers.detail.form_dialog
        form.kind_combo.set_value("doctor")
        form.editors["mobile"].setText("1381234")
        form.save()
        return form

    shots: list[tuple[str, Callable[[], QWidget]]] = []
    if doctor:
        shots += [("customer_metrics", lambda: detail_tab(doctor, 1)),
                  ("customer_visits", lambda: detail_tab(doctor, 3)),
                  ("call_report", call_dialog), ("complaint_adr", adr_dialog)]
    if hospital:
        shots += [("hospital_people", lambda: detail_tab(hospital, 2)),
                  ("hospital_metrics", lambda: detail_tab(hospital, 1))]
    shots.append(("customer_form_errors", customer_form))
    def profile_at_phone(customer_id: str) -> QWidget:
        """The profile scrolled to the phone, whose numbers as read show under it."""
        from PySide6.QtWidgets import QLabel

        from desktop.ui.common.texts import field_text

        detail_tab(customer_id, 0)
        QApplication.processEvents()
        scroll = customers.detail.tabs.widget(0)
        label = next(w for w in scroll.findChildren(QLabel)  # not a former customer's
                     if w.text() == field_text("phone") and not w.isHidden())
        scroll.ensureWidgetVisible(label, 0, 200)
        return window

    messy = _hospital_with_several_numbers(window.context.store)
    if messy:
        shots.append(("hospital_profile", lambda: profile_at_phone(messy)))
    shots += _form_shots(window, "hospital", messy) + _form_shots(window, "doctor", doctor)
    return shots


def _starting_frame(settings_dir: Path, path: Path, app: QApplication) -> Path:
    """What a rep sees at start-up while the store opens: the frame without data."""
    from desktop.ui.common.ui_settings import UiSettings
    from desktop.ui.main_window import MainWindow

    frame = MainWindow(UiSettings.in_folder(settings_dir))
    frame.resize(*SIZE)
    frame.show()
    shot = _save(frame, path, app)
    frame.hide()
    frame.deleteLater()
    return shot


def _first_run_pages(language: str, lang: str, out: Path, app: QApplication) -> list[Path]:
    """The welcome pages of a first start (`lang`: the file name prefix)."""
    from desktop.ui.first_run.dialog import FirstRunDialog

    dialog = FirstRunDialog(language)
    dialog.show()
    shots = []
    for page in range(3):
        shots.append(_save(dialog, out / f"{lang}_first_run_{page + 1}.png", app))
        dialog.next_button.click() if page < 2 else None
    dialog.close()
    dialog.deleteLater()
    return shots


def _data_gone_shots(lang: str, out: Path, app: QApplication, tmp: Path) -> list[Path]:
    """What a rep sees when the data is gone: the sign-in after IT revoked the laptop (its
    data wiped), and the start-up message for a store whose key is not in the keyring."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from desktop.paths import app_paths
    from desktop.store import store_key
    from desktop.store.engine import KEY_MISSING
    from desktop.sync.errors import MESSAGES
    from desktop.ui.sync.login_dialog import LoginDialog

    login = LoginDialog(app_paths(tmp / f"{lang}-data"), "https://crm.example.com",
                        notice=QCoreApplication.translate("Sync", MESSAGES["device_revoked"]))
    login.show()
    shots = [_save(login, out / f"{lang}_sign_in_after_wipe.png", app)]
    login.close()
    login.deleteLater()
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("StartUp", "Rounds cannot open your data"),
                      QCoreApplication.translate("StartUp", KEY_MISSING).format(
                          path="C:\\Users\\li.na\\AppData\\Local\\Rounds\\accounts\\"
                               "li.na@crm.example.com.sqlite3", service=store_key.SERVICE))
    box.show()
    shots.append(_save(box, out / f"{lang}_store_key_missing.png", app))
    box.close()
    box.deleteLater()
    return shots


def _restored_notice_shot(window, store, path: Path, app: QApplication) -> Path:
    """Today under the notice a rep sees after the server was restored from a backup (three
    of their changes sent again); dismissed afterwards."""
    import json

    from desktop.domain.sync_notices import NOTICE_KEY, dismiss_notice
    from desktop.store.local_tables import SyncState

    with store.write() as w:
        w.session.merge(SyncState(key=NOTICE_KEY, value=json.dumps(
            {"code": "server_restored", "resent": 3})))
    window.show_view("today")
    window.sync_notice.refresh()
    shot = _save(window, path, app)
    dismiss_notice(store)
    window.sync_notice.refresh()
    return shot


def capture(out: Path, languages=("zh_CN", "en"), time_zone: str | None = None,
            theme: str = "light") -> list[Path]:
    """Write every screenshot into `out`, times shown in `time_zone` (default: the demo's),
    in the light or dark `theme` (dark files are named `dark_<lang>_…`); returns the files."""
    from desktop.demo.generator import TIME_ZONE
    from desktop.domain import local_time

    with local_time.fixed(zone=TIME_ZONE if time_zone is None else time_zone):
        return _capture(out, languages, theme)


def _capture(out: Path, languages, theme: str = "light") -> list[Path]:
    from desktop.ui.app import application, build_window
    from desktop.ui.common.style import apply_theme
    from desktop.ui.common.translations import LanguageSwitcher
    from desktop.ui.common.ui_settings import UiSettings
    from desktop.ui.main_window import VIEWS
    from tools.desk_screenshots import desk_shots, read

    app = application()
    apply_theme(app, theme)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="rounds-shots-") as tmp:
        store = _demo_store(Path(tmp))
        from tools.activity_screenshots import activity_shots, ensure_activities

        ensure_activities(store)
        switcher = LanguageSwitcher(app)
        doctor = _busiest_customer(store, "doctor")
        hospital = _busiest_customer(store, "hospital")
        for language in languages:
            switcher.switch(language)
            lang = language if theme == "light" else f"{theme}_{language}"
            written += _first_run_pages(language, lang, out, app)
            written += _data_gone_shots(lang, out, app, Path(tmp))
            written.append(_starting_frame(Path(tmp) / lang, out / f"{lang}_00_starting.png",
                                           app))
            window = build_window(store, UiSettings.in_folder(Path(tmp) / lang),
                                  languages=switcher)
            window.resize(*SIZE)
            window.show()
            for i, (key, _title) in enumerate(VIEWS, start=1):
                window.show_view(key)
                if key == "customers" and doctor:
                    window.views["customers"].select_customer(doctor)
                read(window.context)  # a screen reading on the database thread (the Desk)
                written.append(_save(window, out / f"{lang}_{i:02d}_{key}.png", app))
            written.append(_restored_notice_shot(window, store,
                                                 out / f"{lang}_server_restored.png", app))
            extras = _extra_shots(window, doctor, hospital)
            from tools.plan_screenshots import plan_shots

            extras += plan_shots(window.context)
            extras += activity_shots(window.context)
            extras += desk_shots(window.context)
            from tools.complaint_screenshots import complaint_shots
            from tools.cx_screenshots import cx_shots
            from tools.quota_screenshots import quota_shots

            extras += quota_shots(window.context)
            extras += complaint_shots(window, doctor)
            extras += cx_shots(window)
            for j, (name, show) in enumerate(extras, start=len(VIEWS) + 1):
                widget = show()
                widget.show()
                written.append(_save(widget, out / f"{lang}_{j:02d}_{name}.png", app))
                if widget is not window:
                    widget.close()
            window.close()
        store.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--lang", action="append", choices=["zh_CN", "en"],
                        help="only this language (repeatable)")
    parser.add_argument("--theme", choices=["light", "dark"], default="light")
    parser.add_argument("--time-zone", metavar="ZONE",
                        help="show times in this IANA zone (default: the demo's, Asia/Shanghai;"
                             " '' for this machine's)")
    args = parser.parse_args(argv)
    files = capture(args.out, tuple(args.lang or ("zh_CN", "en")), args.time_zone, args.theme)
    for path in files:
        print(path)
    return 0


if __name__ == "__main__":
    code = main()
    # Leave without the interpreter's final garbage collection: after two languages' worth
    # of windows, PySide 6.12 can abort while tearing them down ("bool_dealloc"), which would
    # turn a finished run (every PNG written) into a failed `make screenshots`.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
