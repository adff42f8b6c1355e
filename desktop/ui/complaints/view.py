"""Complaints: most urgent first, each with its workflow history and the next step to take.
Suspected adverse reactions show their pharmacovigilance clock prominently, in the PV desk's
words (`pv_words`)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import complaint_desk, complaint_rules, complaints, local_time
from desktop.domain.identity import current_identity
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import ComplaintKind, ComplaintSeverity, ComplaintStatus
from desktop.ui.common.pills import complaint_tone, late_pill
from desktop.ui.common.rows_model import Column, PagedRowsModel, RowsTableModel
from desktop.ui.common.style import brush, set_role
from desktop.ui.common.tasks import Reload
from desktop.ui.common.texts import datetime_text, enum_text, field_text, message_text
from desktop.ui.common.widgets import Banner, EmptyState, make_table_view
from desktop.ui.complaints.pv_words import clock_banner
from desktop.ui.context import touches


def _deadline_state(row):
    return complaint_rules.deadline_state(row.committed_deadline, row.status, local_time.now())


def complaint_late_pill(row) -> tuple[str, str]:
    """A complaint's late pill: its committed deadline against the answer reaching the
    customer (the domain's one late rule, from now on the user's clock)."""
    now = local_time.now()
    return late_pill(row.lateness(now), now)


COMPLAINT_COLUMNS = [
    Column(_t("Columns", "Deadline"), lambda c: datetime_text(c.committed_deadline),
           sort_key=lambda c: c.committed_deadline),
    Column(_t("Columns", "Time left"), lambda c: complaint_late_pill(c)[0],
           tone=lambda c: complaint_late_pill(c)[1]),
    Column(_t("Columns", "Customer"), lambda c: c.customer_name),
    Column(_t("Columns", "Kind"), lambda c: enum_text(ComplaintKind, c.kind)),
    Column(_t("Columns", "Severity"), lambda c: enum_text(ComplaintSeverity, c.severity),
           optional=3),
    Column(_t("Columns", "Status"), lambda c: enum_text(ComplaintStatus, c.status),
           tone=lambda c: complaint_tone(c.status, _deadline_state(c))),
    Column(_t("Columns", "Product"), lambda c: c.product_name, optional=2),
    Column(_t("Columns", "Description"), lambda c: c.description.replace("\n", " "),
           optional=1),
]
KIND_COLUMN, STATUS_COLUMN = 3, 5  # shown whole: every kind's and status's name fits
EVENT_COLUMNS = [
    Column(_t("Columns", "Time"), lambda e: datetime_text(e.at)),
    Column(_t("Columns", "Status"), lambda e: enum_text(ComplaintStatus, e.to_status)),
    Column(_t("Columns", "Note"), lambda e: e.note or ""),
]


def complaint_list_model(parent) -> PagedRowsModel:
    def foreground(row):
        if row.is_adverse_reaction and row.is_open and row.pv_reported_at is None:
            return brush("danger_text")
        return None

    return PagedRowsModel(COMPLAINT_COLUMNS, parent, foreground=foreground)


class ComplaintsView(QWidget):
    """The complaint list and the selected complaint's workflow."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self._counts: complaints.ComplaintCounts | None = None
        self.model = complaint_list_model(self)
        self.events_model = RowsTableModel(EVENT_COLUMNS, self)
        self.table = make_table_view(self)
        self.table.setModel(self.model)
        self.empty = EmptyState(self.table, "shield-alert")
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(2, 130)
        self.table.room_needed = self._give_list_room  # the detail gives way first
        self._room_given: tuple[int, int] | None = None
        self.new_button = QPushButton(self)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)

        self.detail = QWidget(self)
        self.adr_banner = Banner(self.detail)
        self.title_label = QLabel(self.detail)
        set_role(self.title_label, "title")
        self.title_label.setWordWrap(True)
        self.facts_label = QLabel(self.detail)
        self.facts_label.setWordWrap(True)
        self.events_table = make_table_view(self.detail)
        self.events_table.setModel(self.events_model)
        self.note_edit = QLineEdit(self.detail)
        self.resolution_edit = QLineEdit(self.detail)
        self.satisfaction_spin = QSpinBox(self.detail)
        self.satisfaction_spin.setRange(1, 5)
        self.satisfaction_spin.setValue(4)
        self.step_button = QPushButton(self.detail)
        self.identity = current_identity(context.store)
        self.assign_button = QPushButton(self.detail)
        self.dialog = None
        self.step_error = Banner(self.detail)
        self.step_form = QFormLayout()
        self.step_labels = {n: QLabel(self.detail) for n in ("note", "resolution", "satisfaction")}
        self.step_form.addRow(self.step_labels["resolution"], self.resolution_edit)
        self.step_form.addRow(self.step_labels["satisfaction"], self.satisfaction_spin)
        self.step_form.addRow(self.step_labels["note"], self.note_edit)
        step_buttons = QHBoxLayout()
        step_buttons.addWidget(self.assign_button)
        step_buttons.addStretch(1)
        step_buttons.addWidget(self.step_button)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.adr_banner)
        detail_layout.addWidget(self.title_label)
        detail_layout.addWidget(self.facts_label)
        detail_layout.addWidget(self.events_table, 1)
        detail_layout.addLayout(self.step_form)
        detail_layout.addWidget(self.step_error)
        detail_layout.addLayout(step_buttons)

        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.new_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter)

        self.clock_timer = QTimer(self, interval=1000)
        self.clock_timer.timeout.connect(self._update_clock)
        self.clock_timer.start()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.step_button.clicked.connect(self.take_next_step)
        self.assign_button.clicked.connect(self.assign)
        self.new_button.clicked.connect(lambda: context.complaint_requested.emit(""))
        context.data_changed.connect(self._data_changed)
        self._select_id: str | None = None
        self._reload = Reload(getattr(context, "tasks", None), self._reader(), self._show, self)
        self.retranslate_ui()
        self.refresh()

    # -- content --------------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        """Re-read the complaints now (then select `select_id`, else the current one)."""
        self._select_id = select_id
        self._reload.now(self._reader())

    def _reader(self):
        """What the list reads (runs on the database thread)."""
        store, now, page = self.context.store, local_time.now(), self.model.page_size

        def fetch(after, limit):
            return complaints.complaint_page(store, after=after, limit=limit)

        return lambda: (fetch, complaints.complaint_counts(store, now), fetch(None, page))

    def _show(self, read) -> None:
        fetch, self._counts, first = read
        current = self._select_id or (self.current().id if self.current() else None)
        self._select_id = None
        self.model.set_source(fetch, self._counts.total, first=first)
        row = max(self.model.find_row(lambda r: r.id == current), 0) if current else 0
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_current()
        self._update_summary()

    def _give_list_room(self, needed: int) -> None:
        """Widen the list to the room its deadline, clock, customer, kind and status take at
        their least, as far as the detail's own least allows, when that room or the
        splitter's changes (a language switch, a window resized), not when the user has
        dragged the handle since."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= 0 or self._room_given == (needed, total):
            return
        self._room_given = (needed, total)
        width = min(needed, total - self.detail.minimumSizeHint().width())
        if sizes[0] < width:
            self.splitter.setSizes([width, total - width])

    def current(self):
        return self.model.row_at(self.table.currentIndex().row())

    def _show_current(self) -> None:
        row = self.current()
        self.detail.setVisible(row is not None)
        self.step_error.setVisible(False)
        if row is None:
            return
        c = complaints.get_complaint(self.context.store, row.id)
        self.title_label.setText(f"{row.customer_name} — {enum_text(ComplaintKind, row.kind)}")
        facts = [f"{field_text('status')}: {enum_text(ComplaintStatus, c.status)}",
                 f"{field_text('committed_deadline')}: {datetime_text(c.committed_deadline)}",
                 f"{field_text('description')}: {c.description}"]
        handler = complaint_desk.handler_name(self.context.store, c.assigned_to_user_id)
        if handler:  # the rep can tell the customer who is working on it
            facts.insert(1, f"{field_text('handler_user_id')}: {handler}")
        if c.lot:
            facts.append(f"{field_text('lot')}: {c.lot}")
        if c.resolution:
            facts.append(f"{field_text('resolution')}: {c.resolution}")
        if c.satisfaction:
            facts.append(f"{field_text('satisfaction')}: {c.satisfaction}/5")
        if row.is_adverse_reaction:
            facts += [f"{field_text('day0_at')}: {datetime_text(c.day0_at)}",
                      f"{field_text('patient_identifier')}: {c.patient_identifier or ''}",
                      f"{field_text('reporter_name')}: {c.reporter_name or ''}",
                      f"{field_text('event_description')}: {c.event_description or ''}"]
        self.facts_label.setText("\n".join(facts))
        self.events_model.set_rows(complaints.complaint_events(self.context.store, row.id))
        step = complaints.next_step(c.status)
        self.step_button.setVisible(step is not None)
        if step:
            self.step_button.setText(self.tr("Move to: {status}").format(
                status=enum_text(ComplaintStatus, step)))
        self.resolution_edit.setText(c.resolution or "")
        self.step_form.setRowVisible(self.resolution_edit, step == ComplaintStatus.RESOLVED)
        self.step_form.setRowVisible(self.satisfaction_spin,
                                     step == ComplaintStatus.SATISFACTION_RECORDED)
        self.step_form.setRowVisible(self.note_edit, step is not None)
        # only the pharmacovigilance desk marks a case reported (its own screen)
        self.assign_button.setVisible(self.identity is not None and self.identity.is_manager
                                      and c.status in complaint_desk.ASSIGNABLE)
        self._update_clock()

    def _update_clock(self) -> None:
        row = self.current()
        if row is None or not row.is_adverse_reaction or row.day0_at is None:
            self.adr_banner.setVisible(False)
            return
        now = local_time.now()
        clock = complaint_rules.pv_clock(row.day0_at, now, row.pv_received_at,
                                         row.pv_reported_at)
        self.adr_banner.show_message(*clock_banner(clock, now))

    def _update_summary(self) -> None:
        counts = self._counts
        if counts is None:
            return
        text = self.tr("{open} open · {urgent} near or past their deadline").format(
            open=counts.open, urgent=counts.urgent)
        if counts.adr_unreported:
            text += " · " + self.tr("%n suspected adverse reaction(s) not yet reported to "
                                    "pharmacovigilance", "", counts.adr_unreported)
        self.summary_label.setText(text)
        self.empty.set_texts(self.tr("No complaints."),
                             self.tr("Capture one with Ctrl+Shift+N; a suspected adverse "
                                     "reaction starts its 24-hour clock at once."))

    # -- actions --------------------------------------------------------------------------
    def take_next_step(self) -> None:
        """Move the selected complaint to its next status, with note/resolution/score."""
        row = self.current()
        if row is None:
            return
        c = complaints.get_complaint(self.context.store, row.id)
        step = complaints.next_step(c.status)
        if step is None:
            return
        changes = {}
        if step == ComplaintStatus.RESOLVED and self.resolution_edit.text().strip():
            changes["resolution"] = self.resolution_edit.text().strip()
        if step == ComplaintStatus.SATISFACTION_RECORDED:
            changes["satisfaction"] = self.satisfaction_spin.value()
        try:
            store, note = self.context.store, self.note_edit.text().strip()
            self.context.write(lambda: complaints.advance_complaint(
                store, row.id, step, note=note, changes=changes))
        except complaints.StepRefused as exc:
            self.step_error.show_message(message_text("Workflow", exc.template, exc.params),
                                         "danger")
            return
        self.note_edit.clear()
        self.context.saved("complaint")
        self.refresh()  # the acting screen shows its change at once

    def assign(self) -> None:
        """Assign… the selected complaint to a handler from the offline directory."""
        from desktop.ui.complaints.assign_dialog import AssignDialog

        row = self.current()
        if row is None:
            return
        c = complaints.get_complaint(self.context.store, row.id)
        self.dialog = AssignDialog(
            self.context, row.id, f"{row.customer_name} — {enum_text(ComplaintKind, row.kind)}",
            complaint_desk.handler_choices(self.context.store, self.identity.region_id),
            c.assigned_to_user_id, self, identity=self.identity)
        self.dialog.accepted.connect(lambda rid=row.id: self.refresh(select_id=rid))
        self.dialog.open()

    def select_complaint(self, complaint_id: str) -> None:
        self.refresh(select_id=complaint_id)

    def _data_changed(self, table: str) -> None:
        if touches(table, ("complaint", "complaint_event", "customer")):
            self._reload.request(self._reader())

    # -- language -------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("Capture complaint… (Ctrl+Shift+N)"))
        self.assign_button.setText(self.tr("Assign…"))
        self.step_labels["note"].setText(self.tr("Note"))
        self.step_labels["resolution"].setText(field_text("resolution"))
        self.step_labels["satisfaction"].setText(field_text("satisfaction"))
        self.table.whole_widths = {  # "Suspected adverse reaction" whole, in each language
            KIND_COLUMN: self.table.text_room(
                KIND_COLUMN, [enum_text(ComplaintKind, k) for k in ComplaintKind]),
            STATUS_COLUMN: self.table.text_room(
                STATUS_COLUMN, [enum_text(ComplaintStatus, s) for s in ComplaintStatus])}
        self.model.retranslate()
        self.events_model.retranslate()
        self._update_summary()
        self._show_current()
