"""The survey form: the company's questions for the occasion, each 1–5 scale as five buttons
(none chosen until the customer answers) and each free-text question as a text box."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import surveys
from desktop.models import ValidationError
from desktop.models.enums import SurveyOccasion, SurveyQuestionKind
from desktop.ui.common.style import set_role
from desktop.ui.common.texts import enum_text, error_text, translate


class SurveyDialog(QDialog):
    """Takes the survey `due` with `questions`; `saved_id` once stored."""

    def __init__(self, context, due: surveys.DueSurvey, questions, parent=None):
        super().__init__(parent)
        self.context, self.due, self.questions = context, due, list(questions)
        self.saved_id: str | None = None
        self.scales: dict[str, QButtonGroup] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        form = QFormLayout()
        for question in self.questions:
            label = QLabel(question.text, self)
            label.setWordWrap(True)
            if question.kind == SurveyQuestionKind.SCALE:
                form.addRow(label, self._scale(question.id))
            else:
                edit = QPlainTextEdit(self)
                edit.setTabChangesFocus(True)
                edit.setMaximumHeight(70)
                self.texts[question.id] = edit
                form.addRow(label, edit)
        self.scale_hint = QLabel(self)
        set_role(self.scale_hint, "secondary")
        self.error_label = set_role(QLabel(self), "error")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.scale_hint)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(560)
        self.retranslate_ui()

    def _scale(self, question_id: str) -> QWidget:
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(holder)
        for score in range(1, 6):
            button = QRadioButton(str(score), holder)
            group.addButton(button, score)
            row.addWidget(button)
        row.addStretch(1)
        self.scales[question_id] = group
        return holder

    def answer(self, question_id: str, value) -> None:
        """Answer a question as the customer did (a score or a text)."""
        if question_id in self.scales:
            self.scales[question_id].button(int(value)).setChecked(True)
        else:
            self.texts[question_id].setPlainText(str(value))

    def answers(self) -> dict:
        out: dict = {qid: group.checkedId() for qid, group in self.scales.items()
                     if group.checkedId() > 0}
        out.update({qid: edit.toPlainText() for qid, edit in self.texts.items()})
        return out

    def save(self) -> None:
        store, due, answers = self.context.store, self.due, self.answers()
        try:
            self.saved_id = self.context.write(lambda: surveys.record_survey(store, due, answers))
        except surveys.SurveyError as exc:
            self._error(translate("Surveys", exc.template))
            return
        except ValidationError as exc:
            self._error("\n".join(error_text(e) for e in exc.errors))
            return
        self.context.saved("survey_response")
        self.accept()

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Satisfaction survey"))
        what = enum_text(SurveyOccasion, self.due.occasion)
        if self.due.cycle:
            what += " " + self.due.cycle
        self.intro.setText(self.tr("{customer} — {occasion}. Ask the questions and note the "
                                   "answers as given; leave out what the customer does not "
                                   "answer.").format(customer=self.due.customer_name,
                                                     occasion=what))
        self.scale_hint.setText(self.tr("1 = very dissatisfied … 5 = very satisfied"))
