"""The evaluation of one held activity, for the manager: the numbers the rules judge by
(sales before and after over the same span, growth, added sales, margin, profit, cost and
the return on it, awareness, attendees' share change against the control group's), each
rule's verdict with its reason, the overall verdict, and the manager's comment; Record
verdict stores it with the date judged (`activity_evaluation.record_verdict`). For an
advertising activity the awareness survey's before and after are entered here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import activities, activity_evaluation, activity_views, local_time
from desktop.domain.activity_views import ActivityDetail
from desktop.domain.identity import Identity
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import ActivityKind, ActivityStatus
from desktop.ui.activities.evaluation_pdf import write_evaluation_pdf
from desktop.ui.activities.texts import (
    money,
    multiple,
    percent,
    points,
    reminder_languages,
    rule_message,
    verdict_text,
    verdict_tone,
)
from desktop.ui.common.rows_model import Column, RowsTableModel
from desktop.ui.common.style import set_role
from desktop.ui.common.texts import date_text, datetime_text, message_text, translate
from desktop.ui.common.translations import ui_language
from desktop.ui.common.widgets import Banner, make_table_view

RULE_LABELS = {
    "sales_growth": _t("Evaluation", "Sales growth"),
    "profit_multiple": _t("Evaluation", "Return on cost"),
    "awareness": _t("Evaluation", "Awareness"),
    "control": _t("Evaluation", "Against the control group"),
}
def _money(amount: float | None) -> str:
    return money(amount) if amount is not None else "—"


#: The figures shown, in order: (Evaluation attribute, label, format).
FIGURES: list[tuple[str, str, Callable]] = [
    ("sales_before", _t("Evaluation", "Sales before"), _money),
    ("sales_after", _t("Evaluation", "Sales after"), _money),
    ("growth", _t("Evaluation", "Growth"), percent),
    ("added_sales", _t("Evaluation", "Added sales"), _money),
    ("margin_rate", _t("Evaluation", "Margin"), lambda v: "—" if v is None else f"{v * 100:.1f} %"),
    ("profit", _t("Evaluation", "Profit from added sales"), _money),
    ("actual_cost", _t("Evaluation", "Actual cost"), _money),
    ("budget", _t("Evaluation", "Budget"), _money),
    ("profit_multiple", _t("Evaluation", "Return on cost"), multiple),
    ("awareness_change", _t("Evaluation", "Awareness change (points)"), points),
    ("attendees_share_change", _t("Evaluation", "Attendees' share change"), percent),
    ("control_share_change", _t("Evaluation", "Control group's share change"), percent),
]


def _rule_text(rule) -> str:
    return translate("Evaluation", RULE_LABELS.get(rule.rule, rule.rule))


def _reason_text(rule) -> str:
    template, params = rule.reason
    return message_text("Evaluation", template, params)


def rules_model(parent=None) -> RowsTableModel:
    return RowsTableModel([
        Column(_t("Columns", "Rule"), _rule_text),
        Column(_t("Columns", "Verdict"), lambda r: verdict_text(r.verdict),
               tone=lambda r: verdict_tone(r.verdict)),
        Column(_t("Columns", "Why"), _reason_text),
    ], parent)


class EvaluationPanel(QWidget):
    """`show_activity(detail)` evaluates a held or evaluated activity; `recorded` fires
    once a verdict is stored."""

    recorded = Signal(str)

    def __init__(self, context, identity: Identity | None, parent=None, *,
                 today_fn: Callable[[], date] = local_time.today):
        super().__init__(parent)
        self.setObjectName("EvaluationPanel")
        self.context, self.identity, self.today_fn = context, identity, today_fn
        self.detail: ActivityDetail | None = None
        self.evaluation = None
        self.heading = set_role(QLabel(self), "strong")
        self.heading.setWordWrap(True)
        self.figure_labels: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        for i, (name, _label, _fmt) in enumerate(FIGURES):
            label, value = set_role(QLabel(self), "hint"), QLabel(self)
            self.figure_labels[name] = (label, value)
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(value, i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.rules = rules_model(self)
        self.rules_table = make_table_view(self, wrap_rows=True)
        self.rules_table.setModel(self.rules)
        self.awareness = QWidget(self)
        self.awareness_form = QFormLayout(self.awareness)
        self.awareness_form.setContentsMargins(0, 0, 0, 0)
        self.before_spin, self.after_spin = QDoubleSpinBox(self), QDoubleSpinBox(self)
        for spin in (self.before_spin, self.after_spin):
            spin.setRange(0, 100)
            spin.setDecimals(1)
            spin.setSuffix(" %")
        self.awareness_button = QPushButton(self)
        self.awareness_button.clicked.connect(self.save_awareness)
        row = QHBoxLayout()
        row.addWidget(self.before_spin)
        row.addWidget(self.after_spin)
        row.addWidget(self.awareness_button)
        self.awareness_label = QLabel(self)
        self.awareness_form.addRow(self.awareness_label, row)
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setObjectName("evaluation_comment")
        self.comment_edit.setMaximumHeight(56)
        self.message = Banner(self)
        self.judged_label = set_role(QLabel(self), "hint")
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("record_verdict")
        self.record_button.clicked.connect(self.record)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("evaluation_pdf")
        self.pdf_button.clicked.connect(self.ask_pdf)
        bottom = QHBoxLayout()
        bottom.addWidget(self.judged_label, 1)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.rules_table, 1)
        layout.addWidget(self.awareness)
        layout.addWidget(self.comment_edit)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.retranslate_ui()
        self.set_evaluation(None, None)

    # -- data -----------------------------------------------------------------------------
    def show_activity(self, detail: ActivityDetail | None) -> None:
        """Evaluate `detail` on the database thread (only a held or evaluated one)."""
        if detail is None or detail.status not in activity_views.JUDGED:
            self.set_evaluation(detail, None)
            return
        store, today = self.context.store, self.today_fn()
        self.context.tasks.run(lambda: activity_views.evaluation_of(store, detail.id, today),
                               lambda found: self.set_evaluation(detail, found), owner=self)

    def set_evaluation(self, detail: ActivityDetail | None, evaluation) -> None:
        if detail is None or self.detail is None or detail.id != self.detail.id:
            self.comment_edit.setPlainText(detail.evaluation_comment if detail else "")
            self.message.show_message("")
            if detail is not None:
                self.before_spin.setValue(detail.awareness_before or 0)
                self.after_spin.setValue(detail.awareness_after or 0)
        self.detail, self.evaluation = detail, evaluation
        self.rules.set_rows(list(evaluation.rules) if evaluation else [])
        for name, (_label, value) in self.figure_labels.items():
            fmt = next(f for n, _l, f in FIGURES if n == name)
            value.setText(fmt(getattr(evaluation, name, None)) if evaluation else "—")
        self.awareness.setVisible(detail is not None and detail.kind == ActivityKind.ADVERTISING)
        self.record_button.setEnabled(evaluation is not None and self.identity is not None
                                      and self.identity.is_manager)
        self.comment_edit.setEnabled(evaluation is not None)
        self.pdf_button.setEnabled(evaluation is not None)
        self._update_texts()

    # -- writes ---------------------------------------------------------------------------
    def save_awareness(self) -> bool:
        """Store the survey's before and after (the manager's, until evaluated)."""
        store, activity_id = self.context.store, self.detail.id
        before, after = self.before_spin.value(), self.after_spin.value()
        user = self.identity.user_id
        if not self._write(lambda: activities.set_awareness(store, activity_id, before, after,
                                                            user)):
            return False
        self.detail.awareness_before, self.detail.awareness_after = before, after
        self.show_activity(self.detail)
        return True

    def record(self) -> bool:
        """Store the verdict shown, with the comment and today's date; once evaluated, only
        the comment changes."""
        if self.evaluation is None or self.identity is None:
            return False
        store, activity_id, evaluation = self.context.store, self.detail.id, self.evaluation
        comment = self.comment_edit.toPlainText().strip() or None
        user, at = self.identity.user_id, local_time.now()
        if self.detail.status == ActivityStatus.EVALUATED:
            if not self._write(lambda: activities.set_evaluation_comment(
                    store, activity_id, comment, user)):
                return False
            self.detail.evaluation_comment = comment or ""
            self.message.show_message(self.tr("Comment saved."), "ok")
            return True
        if not self._write(lambda: activity_evaluation.record_verdict(
                store, activity_id, evaluation, comment, user, at,
                languages=reminder_languages())):
            return False
        self.message.show_message(self.tr("Verdict recorded: {verdict}.").format(
            verdict=verdict_text(evaluation.overall)), "ok")
        self.recorded.emit(activity_id)
        return True

    def ask_pdf(self) -> None:
        """Ask where to save the evaluation as a PDF for the file, then write it."""
        suggested = f"{self.detail.title}.pdf" if self.detail else "evaluation.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the evaluation as PDF"), suggested, self.tr("PDF (*.pdf)"))
        if path:
            path = Path(path)
            self.write_pdf(path if path.suffix.lower() == ".pdf" else
                           path.with_name(path.name + ".pdf"))

    def write_pdf(self, path: Path) -> None:
        """The evaluation shown, as one A4 page in the interface's language: its facts are
        read on the database thread, the page is printed here (Qt's text layout)."""
        store, activity_id, today = self.context.store, self.detail.id, self.today_fn()
        language = ui_language()

        def print_page(found) -> None:
            facts, evaluation = found
            write_evaluation_pdf(path, facts, evaluation, language)
            if not path.is_file() or not path.stat().st_size:  # Qt's writer fails silently
                self.message.show_message(self.tr(
                    "The PDF could not be written to {path}; choose another folder.").format(
                    path=path), "warning")
                return
            self.message.show_message(self.tr("Saved to {path}").format(path=path), "ok")

        self.context.tasks.run(
            lambda: activity_views.evaluation_for_file(store, activity_id, today), print_page,
            owner=self)

    def _write(self, fn) -> bool:
        try:
            self.context.write(fn)
        except ValueError as error:
            self.message.show_message(rule_message(error), "warning")
            return False
        self.context.saved("market_activity")
        self.context.saved("follow_up")  # a verdict marks its "Evaluate …" done
        return True

    # -- look -----------------------------------------------------------------------------
    def _update_texts(self) -> None:
        d, e = self.detail, self.evaluation
        if d is None:
            self.heading.setText(self.tr("Open an activity to see its evaluation."))
        elif d.status not in activity_views.JUDGED:
            self.heading.setText(self.tr("{title}: evaluated once it has been held.").format(
                title=d.title))
        elif e is None:
            self.heading.setText(d.title)
        else:
            self.heading.setText(self.tr(
                "{title}: {verdict} — {months} months after against {months} before; "
                "{attended} of {invited} invited came.").format(
                title=d.title, verdict=verdict_text(e.overall), months=e.months,
                attended=e.attendance, invited=e.invited))
        judged = d.evaluated_at if d else None
        self.judged_label.setText(
            self.tr("Judged on {date}: {verdict}").format(
                date=datetime_text(judged), verdict=verdict_text(d.verdict)) if judged else
            self.tr("Not judged yet; figures as of {date}").format(
                date=date_text(self.today_fn())) if e is not None else "")
        self.record_button.setText(self.tr("Save comment") if d and d.status ==
                                   ActivityStatus.EVALUATED else self.tr("Record verdict"))

    def retranslate_ui(self) -> None:
        for name, label, _fmt in FIGURES:
            self.figure_labels[name][0].setText(translate("Evaluation", label))
        self.rules.retranslate()
        self.awareness_label.setText(self.tr("Awareness before / after"))
        self.awareness_button.setText(self.tr("Save survey"))
        self.pdf_button.setText(self.tr("PDF…"))
        self.pdf_button.setToolTip(self.tr("Save this evaluation as a one-page PDF for the file"))
        self.comment_edit.setPlaceholderText(self.tr("Your comment on the result"))
        self._update_texts()
