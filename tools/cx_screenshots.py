"""Screenshots of the follow-up editor, the complaint analysis (by lot, the repeated lots
highlighted) and the satisfaction screens (the survey form, the results by group) for
`tools.screenshots`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


def cx_shots(window) -> list[tuple[str, Callable[[], QWidget]]]:
    def follow_up_editor() -> QWidget:
        view = window.show_view("follow_ups")
        if view.model.rowCount():
            view.table.setCurrentIndex(view.model.index(0, 0))
            view.edit_follow_up()
        return view.dialog or view

    def analysis_by_lot() -> QWidget:
        view = window.show_view("complaint_analysis")
        view.set_dimension("lot")
        return window

    def survey_form() -> QWidget:
        view = window.show_view("surveys")
        view.tabs.setCurrentIndex(0)
        view.take_survey()
        dialog = view.dialog
        if dialog is None:
            return view
        for question in dialog.questions[:2]:
            if question.id in dialog.scales:
                dialog.answer(question.id, 4)
        return dialog

    def survey_results() -> QWidget:
        view = window.show_view("surveys")
        view.tabs.setCurrentIndex(1)
        return window

    return [("follow_up_editor", follow_up_editor), ("complaint_analysis_lots", analysis_by_lot),
            ("survey_form", survey_form), ("survey_results", survey_results)]
