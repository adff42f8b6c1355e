"""One market activity on the right of a list: what, when, where, for which products; its
invitees and who came, its budget against what was spent, the calls around it and its
history; and the moves the user may make now (submit, withdraw, revise, mark held, cancel;
a manager approves, or returns with a comment). Moves run `desktop.domain.activities.act`
on the database thread; a refused move shows its reason."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import activities, activity_calls, activity_views, local_time
from desktop.domain.activity_views import ActivityDetail
from desktop.domain.identity import Identity
from desktop.domain.workflows import MSG_ACTIVITY_RETURN_COMMENT
from desktop.models.enums import ActivityAction, ActivityKind, ActivityStatus
from desktop.ui.activities.table_models import (
    calls_model,
    costs_model,
    history_model,
    invitees_model,
)
from desktop.ui.activities.texts import (
    ACTION_BUTTONS,
    action_button_text,
    money,
    reminder_languages,
    rule_message,
    verdict_text,
)
from desktop.ui.common.style import set_role
from desktop.ui.common.tasks import Reload
from desktop.ui.common.texts import date_text, enum_text, translate
from desktop.ui.common.widgets import Banner, make_table_view

#: Moves that need the comment box (returning needs a comment; approving may have one).
COMMENTED = (ActivityAction.APPROVE.value, ActivityAction.RETURN.value)


class ActivityPanel(QWidget):
    """`show_activity(id)` reads and shows one activity; `changed` after a move was made;
    `edit_requested` / `check_in_requested` ask the screen for those dialogs."""

    changed = Signal(str)  # the activity's id
    edit_requested = Signal(str)
    check_in_requested = Signal(str)
    detail_shown = Signal(object)  # the ActivityDetail shown (or None)

    def __init__(self, context, identity: Identity | None, parent=None):
        super().__init__(parent)
        self.setObjectName("ActivityPanel")
        self.context, self.identity = context, identity
        self.detail: ActivityDetail | None = None
        self.title = set_role(QLabel(self), "heading")
        self.title.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.figures = set_role(QLabel(self), "hint")
        self.figures.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.invitees = invitees_model(self)
        self.costs = costs_model(self)
        self.calls = calls_model(self)
        self.history = history_model(self)
        self.tables = []
        for model in (self.invitees, self.costs, self.calls, self.history):
            table = make_table_view(self)
            table.setModel(model)
            self.tables.append(table)
            self.tabs.addTab(table, "")
        self.tables[2].doubleClicked.connect(self._open_call)
        self.comment_label = QLabel(self)
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setObjectName("activity_comment")
        self.comment_edit.setMaximumHeight(60)
        self.comment_edit.textChanged.connect(self._update_buttons)
        self.message = Banner(self)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.detail.id))
        self.check_in_button = QPushButton(self)
        self.check_in_button.clicked.connect(
            lambda: self.check_in_requested.emit(self.detail.id))
        self.action_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.check_in_button)
        buttons.addStretch(1)
        for action in ACTION_BUTTONS:
            button = QPushButton(self)
            button.setObjectName(f"activity_{action}")
            button.clicked.connect(lambda _c=False, a=action: self.act(a))
            self.action_buttons[action] = button
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.figures)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment_edit)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.reload = Reload(context.tasks, lambda: (None, []),
                             lambda found: self.set_detail(*found), self)
        self.retranslate_ui()
        self.set_detail(None, [])

    # -- data -----------------------------------------------------------------------------
    def show_activity(self, activity_id: str | None, *, at_once: bool = False) -> None:
        """Read `activity_id` and show it (None: nothing): on the database thread, or
        `at_once` on this one (the screen's first paint and its own saves)."""
        if activity_id is None:
            self.set_detail(None, [])
            return
        store = self.context.store

        def load():
            return (activity_views.activity_detail(store, activity_id),
                    activity_calls.calls_around(store, activity_id))

        if at_once:
            self.reload.now(load)
        else:
            self.reload.request(load)

    def set_detail(self, detail: ActivityDetail | None, calls: list) -> None:
        if detail is None or self.detail is None or detail.id != self.detail.id:
            self.comment_edit.clear()
            self.message.show_message("")
        self.detail = detail
        self.invitees.set_rows(detail.invitees if detail else [])
        self.costs.set_rows(detail.costs if detail else [])
        self.calls.set_rows(calls)
        self.history.set_rows(detail.history if detail else [])
        self._update_texts()
        self._update_buttons()
        self.detail_shown.emit(detail)

    # -- moves ----------------------------------------------------------------------------
    def act(self, action: str) -> bool:
        """Make the move `action` on the shown activity; False (and why, shown) if refused."""
        if self.detail is None or self.identity is None:
            return False
        comment = self.comment_edit.toPlainText().strip() or None
        if action == ActivityAction.RETURN and not comment:
            self.message.show_message(translate("Workflow", MSG_ACTIVITY_RETURN_COMMENT),
                                      "warning")
            self.comment_edit.setFocus()
            return False
        store, activity_id, user = self.context.store, self.detail.id, self.identity.user_id
        try:  # an approval's reminders are titled in the user's language
            self.context.write(lambda: activities.act(
                store, activity_id, action, user, comment, local_time.now(),
                translate=lambda text: translate("Activities", text),
                languages=reminder_languages()))
        except ValueError as error:
            self.message.show_message(rule_message(error), "warning")
            return False
        self.comment_edit.clear()
        self.message.show_message("")
        self.context.saved("market_activity")
        self.context.saved("follow_up")  # its reminders: written, moved or closed
        self.changed.emit(activity_id)
        self.show_activity(activity_id, at_once=True)
        return True

    def _open_call(self, index) -> None:
        call = self.calls.row_at(index.row())
        if call is not None:
            self.context.visit_opened.emit(call.visit_id)

    # -- look -----------------------------------------------------------------------------
    def _update_texts(self) -> None:
        d = self.detail
        if d is None:
            self.title.setText(self.tr("No activity opened"))
            self.summary.setText("")
            self.figures.setText("")
            return
        self.title.setText(d.title)
        when = date_text(d.starts_on) + (f" – {date_text(d.ends_on)}"
                                         if d.ends_on and d.ends_on != d.starts_on else "")
        parts = [enum_text(ActivityStatus, d.status), enum_text(ActivityKind, d.kind), when]
        if d.place:
            parts.append(d.place)
        summary = " · ".join(parts)
        if d.product_names:
            summary += "\n" + self.tr("Products: {names}").format(names="、".join(d.product_names))
        if d.manager_comment:
            summary += "\n" + self.tr("Manager: {comment}").format(comment=d.manager_comment)
        self.summary.setText(summary)
        figures = [self.tr("%n invited", "", len(d.invitees)),
                   self.tr("%n attended", "", d.attended)]
        if d.expected_attendance:
            figures.append(self.tr("%n expected", "", d.expected_attendance))
        figures.append(self.tr("budget {budget}, spent {spent}").format(
            budget=money(d.budget), spent=money(d.actual) if d.actual is not None else "—"))
        if d.verdict:
            figures.append(self.tr("verdict: {verdict}").format(verdict=verdict_text(d.verdict)))
        self.figures.setText(" · ".join(figures))

    def _update_buttons(self) -> None:
        d = self.detail
        offered = activity_views.offered_actions(d.status, self.identity, d.owner_user_id) \
            if d else []
        for action, button in self.action_buttons.items():
            button.setVisible(action in offered)
        commented = any(a in offered for a in COMMENTED)
        self.comment_label.setVisible(commented)
        self.comment_edit.setVisible(commented)
        self.action_buttons["return"].setEnabled(bool(self.comment_edit.toPlainText().strip()))
        owner = d is not None and self.identity is not None \
            and d.owner_user_id == self.identity.user_id
        self.edit_button.setVisible(owner and activity_views.editable(d.status))
        self.check_in_button.setVisible(owner and d.status in (ActivityStatus.APPROVED,
                                                               ActivityStatus.HELD))

    def retranslate_ui(self) -> None:
        for i, text in enumerate((self.tr("Invitees"), self.tr("Budget and spending"),
                                  self.tr("Calls around it"), self.tr("History"))):
            self.tabs.setTabText(i, text)
        for model in (self.invitees, self.costs, self.calls, self.history):
            model.retranslate()
        self.comment_label.setText(self.tr("Comment (required to return an activity)"))
        self.comment_edit.setPlaceholderText(self.tr("What should the representative change?"))
        self.edit_button.setText(self.tr("Edit…"))
        self.check_in_button.setText(self.tr("On the day…"))
        for action, button in self.action_buttons.items():
            button.setText(action_button_text(action))
        self._update_texts()
