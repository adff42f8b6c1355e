"""Export… on the Desk: the same workbook as `rounds report team` (KPIs by rep and period,
quota achievement, customers at risk; `desktop.domain.team_report`) for the span shown,
written on the export thread (`context.exports`), in the interface's language."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.domain.team_report import write_team_report
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.ui.common.texts import translate
from desktop.ui.common.translations import catalogue, ui_language

log = logging.getLogger(__name__)
FILE_NAME = _t("Desk", "team-report")  # the file name offered, before the span's dates


class TeamReportExport(QObject):
    """`ask(start, end)` asks where, `export_to(path, start, end)` writes; `message(text,
    level)` says what happened (levels of `Banner`), `finished(ok)` when it is over."""

    started = Signal()
    finished = Signal(bool)
    message = Signal(str, str)

    def __init__(self, context, parent: QWidget):
        super().__init__(parent)
        self.context = context
        self.running = False

    def ask(self, start: date, end: date) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.parent(), translate("Desk", "Export the team report"),
            f"{translate('Desk', FILE_NAME)}-{start:%Y%m%d}-{end:%Y%m%d}.xlsx",
            translate("Desk", "Excel workbook (*.xlsx)"))
        if path:
            path = Path(path)
            self.export_to(path if path.suffix.lower() == ".xlsx"
                           else path.with_name(path.name + ".xlsx"), start, end)

    def export_to(self, path: Path, start: date, end: date) -> None:
        store, words = self.context.store, catalogue(ui_language())
        self.running = True
        self.started.emit()
        self.message.emit(translate("Desk", "Writing the team report…"), "info")
        self.context.exports.run(
            lambda: write_team_report(path, store, start, end, words),
            lambda counts: self._written(counts, path),
            on_error=lambda error: self._failed(error, path), owner=self)

    def _written(self, counts: dict[str, int], path: Path) -> None:
        self.running = False
        self.message.emit(translate(
            "Desk", "Team report written to {path}: {kpis} KPI rows, {quotas} quota rows, "
            "{risks} customers at risk.").format(path=path, **counts), "ok")
        self.finished.emit(True)

    def _failed(self, error: BaseException, path: Path) -> None:
        self.running = False
        if isinstance(error, OSError):
            text = translate("Desk", "Could not write {path} ({reason}); choose another "
                             "folder.").format(path=path, reason=error.strerror or error)
        else:  # not the file's fault: the log has the details for IT
            log.error("team report export to %s failed", path, exc_info=error)
            text = translate("Desk", "The export failed ({reason}); nothing was "
                             "written.").format(reason=error)
        self.message.emit(text, "danger")
        self.finished.emit(False)
