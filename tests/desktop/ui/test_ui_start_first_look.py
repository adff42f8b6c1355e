"""The start shows Today from its lists read with plain SQL before the database layer has
loaded (decision 0030), then attaches the store to that same screen: the lists stay what
the ORM gives, and the customers at risk follow."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.config import load_config
from desktop.demo.generator import DemoSpec
from desktop.demo.loader import load_into_store
from desktop.domain import local_time, today
from desktop.paths import app_paths
from desktop.store.store import Store
from desktop.sync.local_account import (
    LOCAL_ACCOUNT,
    Account,
    last_account,
    remember_account,
)
from desktop.ui.app import run_app, start_store_file
from desktop.ui.common.ui_settings import UiSettings
from desktop.ui.main_window import MainWindow


def test_today_paints_from_the_first_lists_then_gets_the_store(qapp, tmp_path, catalogues,
                                                              monkeypatch):
    paths = app_paths(tmp_path / "data")
    settings = UiSettings.in_folder(paths.config_dir)
    settings.first_run.completed = True
    settings.sync()
    store = Store.open(paths.store_file(LOCAL_ACCOUNT))
    load_into_store(store, DemoSpec(seed=11, customers=200, visits=3000,
                                    today=local_time.today()))
    store.close()
    seen: dict = {}
    original = MainWindow.show_first_look

    def first_look(self, lists):
        view = original(self, lists)
        seen.update(first=view, store_open=self.context is not None,
                    overdue=list(view.overdue_model.rows()),
                    follow_ups=list(view.follow_up_model.rows()),
                    at_risk_before=view.at_risk_model.rowCount(),
                    at_risk_title_before=view.groups[4].title())
        return view

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        window = windows[0] if windows else None
        view = window.views.get("today") if window is not None else None
        if window is None or window.context is None or not view._at_risk_read:
            QTimer.singleShot(20, look)
            return
        day = local_time.today()
        seen.update(view=view, orm_overdue=today.customers_overdue(window.context.store, day)[0],
                    orm_at_risk=today.customers_at_risk(window.context.store, day),
                    at_risk=list(view.at_risk_model.rows()))
        window.close()

    monkeypatch.setattr(MainWindow, "show_first_look", first_look)
    QTimer.singleShot(0, look)
    try:
        code = run_app(argparse.Namespace(lang="zh_CN", server=None), paths)
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
            translator.deleteLater()
        from desktop.ui.common.translations import LanguageSwitcher

        LanguageSwitcher(qapp).switch("en")
    assert code == 0
    assert seen["first"] is not None and not seen["store_open"]  # lists before the store
    assert seen["overdue"] and seen["follow_ups"]
    assert seen["view"] is seen["first"]  # the store attached to the screen on show
    assert seen["overdue"] == seen["orm_overdue"]
    # not yet read, and not said to be none: no "(0)" in the title before they are read
    assert seen["at_risk_before"] == 0 and "0" not in seen["at_risk_title_before"]
    assert seen["at_risk"] == seen["orm_at_risk"]
    assert seen["at_risk"], "the demo has customers at risk: they follow the first look"


def test_the_start_reads_the_store_file_the_ordinary_open_opens(tmp_path):
    """`start_store_file` holds the rules of desktop.sync.local_account without importing
    the store: the last account of the configured server, else the local store."""
    paths = app_paths(tmp_path / "data")
    settings = UiSettings.in_folder(paths.config_dir)
    config = load_config(paths.user_settings_file)
    assert start_store_file(paths, config, settings) == paths.store_file(LOCAL_ACCOUNT)
    remember_account(paths, Account("https://crm.example.cn:8443", "liming"))
    for typed in ("https://crm.example.cn:8443/", "https://crm.example.cn:8443/api/v1"):
        config = load_config(paths.user_settings_file, cli={"server_url": typed})
        account = last_account(paths, typed)
        assert start_store_file(paths, config, settings) == paths.store_file(account.name)
    config = load_config(paths.user_settings_file, cli={"server_url": "https://other.cn"})
    assert start_store_file(paths, config, settings) is None  # not signed in there yet
    demo = app_paths(tmp_path / "demo")
    chose_demo = UiSettings.in_folder(demo.config_dir)
    chose_demo.first_run.data = "demo"  # filled on first use: the ordinary open does it
    assert start_store_file(demo, load_config(demo.user_settings_file), chose_demo) is None
