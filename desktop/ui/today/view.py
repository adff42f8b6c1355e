"""Today: planned calls, follow-ups due or overdue, complaints nearing their deadline, and
customers overdue for a visit by tier. Enter on a planned call logs it."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.domain import local_time
from desktop.domain import today as today_queries
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import ComplaintKind, ComplaintStatus, VisitStatus
from desktop.ui.common.pills import complaint_tone
from desktop.ui.common.rows_model import Column, RowsTableModel
from desktop.ui.common.style import brush, set_role
from desktop.ui.common.texts import (
    date_text,
    datetime_text,
    enum_text,
    long_date_text,
    message_text,
    translate,
)
from desktop.ui.common.widgets import make_table_view


def _plan_status(p) -> str:
    if p.visit_id is None:
        return translate("TodayView", "To do")
    return enum_text(VisitStatus, p.visit_status)


PLANNED_COLUMNS = [
    Column(_t("Columns", "Time"), lambda p: p.time_slot or ""),
    Column(_t("Columns", "Customer"), lambda p: p.customer_name),
    Column(_t("Columns", "Organisation"), lambda p: p.organisation_name),
    Column(_t("Columns", "Objective"), lambda p: p.objective or ""),
    Column(_t("Columns", "Report"), _plan_status),
]
def _cadence_reason(o) -> str:
    found = o.status.message()
    return message_text("Cadence", *found) if found else ""


def _adr_clock(c) -> str:
    return message_text("Complaints", *c.adr_clock.message()) if c.adr_clock else ""


OVERDUE_COLUMNS = [
    Column(_t("Columns", "Customer"), lambda o: o.customer_name),
    Column(_t("Columns", "Tier"), lambda o: o.status.tier or ""),
    Column(_t("Columns", "Last visit"), lambda o: date_text(o.status.last_visit)
           if o.status.last_visit else translate("TodayView", "never")),
    Column(_t("Columns", "Why"), _cadence_reason),
]
FOLLOW_UP_DUE_COLUMNS = [
    Column(_t("Columns", "Due"), lambda f: date_text(f.due_date) + (
        " · " + translate("FollowUpsView", "{days} d overdue").format(days=f.days_overdue)
        if f.overdue else "")),
    Column(_t("Columns", "Customer"), lambda f: f.customer_name),
    Column(_t("Columns", "Follow-up"), lambda f: f.title),
]
NEAR_COLUMNS = [
    Column(_t("Columns", "Deadline"), lambda c: datetime_text(c.committed_deadline)),
    Column(_t("Columns", "Customer"), lambda c: c.customer_name),
    Column(_t("Columns", "Kind"), lambda c: enum_text(ComplaintKind, c.kind)),
    Column(_t("Columns", "Status"), lambda c: enum_text(ComplaintStatus, c.status),
           tone=lambda c: complaint_tone(c.status, c.state)),
    Column(_t("Columns", "Pharmacovigilance"), _adr_clock),
]
STATE_TONES = {"overdue": "danger_soft", "near": "warning_soft"}


class TodayView(QWidget):
    """The rep's start page."""

    def __init__(self, context, parent=None, today_fn=local_time.today):
        super().__init__(parent)
        self.context = context
        self._today = today_fn
        self._overdue_total = 0
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.heading.setWordWrap(True)
        self.planned_model = RowsTableModel(
            PLANNED_COLUMNS, self,
            foreground=lambda p: brush("success_text") if p.done else None)
        self.follow_up_model = RowsTableModel(
            FOLLOW_UP_DUE_COLUMNS, self,
            background=lambda f: brush("danger_soft") if f.overdue else None,
            foreground=lambda f: brush("danger_text") if f.overdue else None)
        self.complaint_model = RowsTableModel(
            NEAR_COLUMNS, self, background=lambda c: brush(STATE_TONES[c.state]))
        self.overdue_model = RowsTableModel(OVERDUE_COLUMNS, self)
        self.groups: list[QGroupBox] = []
        self.tables = {}
        self.empty_labels = {}
        grid = QGridLayout()
        for i, (key, model) in enumerate((("planned", self.planned_model),
                                          ("follow_ups", self.follow_up_model),
                                          ("complaints", self.complaint_model),
                                          ("overdue", self.overdue_model))):
            group = QGroupBox(self)
            table = make_table_view(group)
            table.setModel(model)
            empty = set_role(QLabel(group), "hint")
            empty.setWordWrap(True)
            box = QVBoxLayout(group)
            box.addWidget(table)
            box.addWidget(empty)
            grid.addWidget(group, i // 2, i % 2)
            self.groups.append(group)
            self.tables[key] = table
            self.empty_labels[key] = empty
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setSpacing(12)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)

        self.tables["planned"].activated.connect(self._planned_activated)
        self.tables["follow_ups"].activated.connect(
            lambda i: self._open_customer(self.follow_up_model.row_at(i.row())))
        self.tables["overdue"].activated.connect(
            lambda i: self._open_customer(self.overdue_model.row_at(i.row())))
        self.tables["complaints"].activated.connect(
            lambda i: self._open_customer(self.complaint_model.row_at(i.row())))
        context.data_changed.connect(lambda _t: self.refresh())
        self.retranslate_ui()
        self.refresh()

    @property
    def planned_table(self):
        return self.tables["planned"]

    def refresh(self) -> None:
        """Re-read the four lists."""
        store, day = self.context.store, self._today()
        self.planned_model.set_rows(today_queries.planned_calls(store, day))
        self.follow_up_model.set_rows(today_queries.follow_ups_due(store, day))
        self.complaint_model.set_rows(today_queries.complaints_near_deadline(store))
        overdue, self._overdue_total = today_queries.customers_overdue(store, day)
        self.overdue_model.set_rows(overdue)
        planned = self.planned_model.rows()
        first_open = next((i for i, p in enumerate(planned) if not p.done), 0)
        if planned:
            self.tables["planned"].setCurrentIndex(self.planned_model.index(first_open, 0))
        self._update_texts()

    def focus_default(self) -> None:
        """Keyboard focus on the planned calls, so Enter logs the highlighted one."""
        self.tables["planned"].setFocus()

    def _planned_activated(self, index) -> None:
        item = self.planned_model.row_at(index.row())
        if item is None:
            return
        if item.visit_id:
            self.context.visit_opened.emit(item.visit_id)
        else:
            self.context.call_report_requested.emit(item.customer_id, item.plan_item_id)

    def _open_customer(self, row) -> None:
        if row is not None:
            self.context.customer_opened.emit(row.customer_id)

    def _update_texts(self) -> None:
        planned = self.planned_model.rows()
        done = sum(1 for p in planned if p.done)
        self.heading.setText(self.tr("Today, {date}: {done} of {total} planned calls logged")
                             .format(date=long_date_text(self._today()), done=done,
                                     total=len(planned)))
        titles = (self.tr("Planned calls (Enter logs the call)"),
                  self.tr("Follow-ups due or overdue ({n})").format(
                      n=self.follow_up_model.rowCount()),
                  self.tr("Complaints nearing their deadline ({n})").format(
                      n=self.complaint_model.rowCount()),
                  self.tr("Customers overdue for a visit by tier ({n})").format(
                      n=self._overdue_total))
        for group, title in zip(self.groups, titles, strict=True):
            group.setTitle(title)
        empties = {"planned": self.tr("No calls planned for today."),
                   "follow_ups": self.tr("Nothing due. Well done."),
                   "complaints": self.tr("No complaint is close to its deadline."),
                   "overdue": self.tr("Every customer is within their visit frequency.")}
        models = {"planned": self.planned_model, "follow_ups": self.follow_up_model,
                  "complaints": self.complaint_model, "overdue": self.overdue_model}
        for key, label in self.empty_labels.items():
            empty = models[key].rowCount() == 0
            label.setText(empties[key])
            label.setVisible(empty)
            self.tables[key].setVisible(not empty)

    def retranslate_ui(self) -> None:
        for model in (self.planned_model, self.follow_up_model, self.complaint_model,
                      self.overdue_model):
            model.retranslate()
        self._update_texts()
