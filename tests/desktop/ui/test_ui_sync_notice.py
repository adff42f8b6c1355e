"""The notice that the server was restored from a backup: above the screens in the user's
language until dismissed, fitting a 1280x800 screen (desktop/ui/sync/notice.py)."""

from __future__ import annotations

import json

from fit import cut_off
from uihelpers import FakeSyncWorker

from desktop.domain.sync_notices import NOTICE_KEY, sync_notice
from desktop.sync.client import SyncReport


def _restored(store, resent: int) -> None:
    store.set_state(NOTICE_KEY, json.dumps({"code": "server_restored", "resent": resent,
                                            "reason": "epoch", "at": "2026-12-01T00:00:00"}))


def test_the_notice_shows_in_both_languages_fits_and_goes_when_dismissed(
        qtbot, store, ui_settings, territory, languages):
    from desktop.ui.app import build_window

    languages.switch("en")
    worker = FakeSyncWorker()
    window = build_window(store, ui_settings, sync_worker=worker, languages=languages)
    qtbot.addWidget(window)
    window.show()
    window.resize(1280, 800)
    bar = window.sync_notice
    assert not bar.isVisible()

    _restored(store, 3)
    worker.sync_finished.emit(SyncReport(server_restored=True, resent=3))
    qtbot.waitUntil(bar.isVisible)
    assert bar.banner.text() == ("The server was restored from a backup. Rounds sent again 3 "
                                 "changes the server had lost and downloaded everything "
                                 "afresh.")
    assert cut_off(bar) == []
    languages.switch("zh_CN")
    assert bar.banner.text() == ("服务器已从备份恢复。Rounds 重新发送了服务器丢失的 3 项修改，"
                                 "并重新下载了全部数据。")
    assert bar.dismiss_button.text() == "知道了"
    assert cut_off(bar) == [] and bar.width() <= 1280
    languages.switch("en")

    bar.dismiss_button.click()
    assert not bar.isVisible() and sync_notice(store) is None


def test_a_notice_kept_from_an_earlier_sync_is_shown_at_start(qtbot, store, ui_settings,
                                                              territory):
    from desktop.ui.app import build_window

    _restored(store, 0)
    window = build_window(store, ui_settings, sync_worker=FakeSyncWorker())
    qtbot.addWidget(window)
    window.show()
    assert window.sync_notice.isVisible()
    assert window.sync_notice.banner.text().startswith(
        "The server was restored from a backup. None of your changes were lost")
    assert window.splitter.isVisible()
