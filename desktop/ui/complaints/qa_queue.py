"""The complaint handler's queue (role qa): the complaints assigned to me, soonest deadline
first, each with its late pill; the selected one's case and history beside it, and Answer…
(the answer dialog). Read from the local store: it works offline like every screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from desktop.domain import complaint_desk, complaints, local_time
from desktop.domain.lateness import lateness
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import ComplaintKind, ComplaintStatus
from desktop.ui.common.pills import late_pill
from desktop.ui.common.rows_model import Column, RowsTableModel
from desktop.ui.common.style import set_role
from desktop.ui.common.texts import datetime_text, enum_text, field_text
from desktop.ui.common.widgets import make_table_view
from desktop.ui.complaints.case_list import CaseListScreen
from desktop.ui.complaints.view import EVENT_COLUMNS


def _late(row) -> tuple[str, str]:
    """The handler's clock: the committed deadline against their answer."""
    now = local_time.now()
    return late_pill(lateness(row.committed_deadline, now, done_at=row.answered_at), now)


QUEUE_COLUMNS = [
    Column(_t("Columns", "Deadline"), lambda c: datetime_text(c.committed_deadline),
           sort_key=lambda c: c.committed_deadline),
    Column(_t("Columns", "Time left"), lambda c: _late(c)[0], tone=lambda c: _late(c)[1]),
    Column(_t("Columns", "Customer"), lambda c: c.customer_name),
    Column(_t("Columns", "Kind"), lambda c: enum_text(ComplaintKind, c.kind)),
    Column(_t("Columns", "Status"), lambda c: enum_text(ComplaintStatus, c.status),
           optional=2),
    Column(_t("Columns", "Product"), lambda c: c.product_name, optional=1),
]


def case_text(c, product_name: str = "") -> str:
    """A complaint as the handler reads it (one fact a line)."""
    lines = [f"{field_text('kind')}: {enum_text(ComplaintKind, c.kind)}",
             f"{field_text('committed_deadline')}: {datetime_text(c.committed_deadline)}",
             f"{field_text('description')}: {c.description}"]
    if product_name:
        lines.append(f"{field_text('product_id')}: {product_name}")
    if c.lot:
        lines.append(f"{field_text('lot')}: {c.lot}")
    if c.event_description:
        lines.append(f"{field_text('event_description')}: {c.event_description}")
    if c.resolution:
        lines.append(f"{field_text('resolution')}: {c.resolution}")
    return "\n".join(lines)


class QaQueueView(CaseListScreen):
    """My assigned complaints and the selected one's case; Answer… opens the dialog."""

    TABLES = ("complaint", "complaint_event", "customer", "product")

    def __init__(self, context, parent=None, *, identity=None):
        super().__init__(context, QUEUE_COLUMNS, parent, identity=identity)
        self.setObjectName("QaQueue")
        self.events_model = RowsTableModel(EVENT_COLUMNS, self)
        self.answered_check = QCheckBox(self)
        self.title_label = set_role(QLabel(self.detail), "title")
        self.title_label.setWordWrap(True)
        self.facts_label = QLabel(self.detail)
        self.facts_label.setWordWrap(True)
        self.events_table = make_table_view(self.detail)
        self.events_table.setModel(self.events_model)
        self.answer_button = QPushButton(self.detail)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.title_label)
        detail_layout.addWidget(self.facts_label)
        detail_layout.addWidget(self.events_table, 1)
        detail_layout.addWidget(self.answer_button, 0, Qt.AlignmentFlag.AlignRight)

        self.dialog = None
        self.clock_timer = QTimer(self, interval=60_000)  # "3 h left" moves on
        self.clock_timer.timeout.connect(self.model.layoutChanged.emit)
        self.clock_timer.start()
        self.table.activated.connect(lambda _i: self.answer())
        self.answer_button.clicked.connect(self.answer)
        self.answered_check.toggled.connect(lambda _c: self.refresh())
        self.start(self.answered_check)

    # -- content --------------------------------------------------------------------------
    def _reader(self):
        store, answered = self.context.store, self.answered_check.isChecked()
        me = self.identity.user_id if self.identity is not None else ""
        return lambda: complaint_desk.handler_queue(store, me, include_answered=answered)

    def _show_current(self) -> None:
        row = self.current()
        self.detail.setVisible(row is not None)
        if row is None:
            return
        c = complaints.get_complaint(self.context.store, row.id)
        self.title_label.setText(f"{row.customer_name} — {enum_text(ComplaintKind, row.kind)}")
        self.facts_label.setText(case_text(c, row.product_name))
        self.events_model.set_rows(complaints.complaint_events(self.context.store, row.id))
        self.answer_button.setText(self.tr("Answer…"))
        # an answered (resolved) complaint is the rep's to report: shown, not answered again
        self.answer_button.setVisible(c.status in complaint_desk.ANSWERABLE)

    def _update_summary(self) -> None:
        rows = self.model.rows()
        late = sum(1 for r in rows if _late(r)[1] == "danger")
        self.summary_label.setText(self.tr("{n} assigned to you · {late} late").format(
            n=len(rows), late=late))

    # -- actions --------------------------------------------------------------------------
    def answer(self) -> None:
        """Open the answer dialog for the selected complaint."""
        from desktop.ui.complaints.answer_dialog import AnswerDialog

        row = self.current()
        if row is None or row.status not in complaint_desk.ANSWERABLE:
            return
        c = complaints.get_complaint(self.context.store, row.id)
        self.dialog = AnswerDialog(self.context, case_text(c, row.product_name), row.id,
                                   c.resolution or "", self, identity=self.identity)
        self.dialog.accepted.connect(lambda rid=row.id: self.refresh(select_id=rid))
        self.dialog.open()

    # -- language -------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("My complaint queue"))
        self.answered_check.setText(self.tr("Show answered"))
        self.empty.set_texts(self.tr("No complaint is assigned to you."),
                             self.tr("The region's manager or the company's rule per kind "
                                     "assigns complaints; they arrive here with the next "
                                     "sync."))
        self.model.retranslate()
        self.events_model.retranslate()
        self._update_summary()
        if self.current() is not None:
            self._show_current()
