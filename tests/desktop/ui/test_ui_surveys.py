"""The Satisfaction screen: last month's called customer and a closed complaint are due, the
survey form asks the company's questions (a 1–5 scale as buttons, free text), saving without
an answer is refused and keeps the form, a saved survey leaves the list and shows in the
results by tier."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from desktop.models import Complaint, SurveyQuestion, SurveyResponse, Visit


def _questions(store):
    overall = store.create(SurveyQuestion, text="总体满意度", kind="scale", position=1).id
    words = store.create(SurveyQuestion, text="其他建议", kind="text", position=9).id
    store.create(SurveyQuestion, text="处理速度", kind="scale", asked="complaint_closed",
                 position=2)
    return overall, words


def test_take_a_survey_after_last_months_calls_and_see_it_in_the_results(qtbot, window, store,
                                                                         territory):
    overall, words = _questions(store)
    store.create(Visit, customer_id=territory.doctor, visit_type="face_to_face",
                 started_at=datetime(2026, 10, 20, 2, tzinfo=UTC), status="submitted",
                 territory_id="terr-1")
    store.create(Complaint, customer_id=territory.pharmacy, kind="delivery", description="-",
                 received_at=datetime(2026, 10, 28, tzinfo=UTC),
                 committed_deadline=datetime(2026, 10, 30, tzinfo=UTC), status="closed",
                 closed_at=datetime(2026, 11, 3, tzinfo=UTC), territory_id="terr-1",
                 resolution="已补发", reported_to_customer_at=datetime(2026, 10, 29, tzinfo=UTC),
                 satisfaction=4)
    view = window.show_view("surveys")
    names = [view.due_model.row_at(r).customer_name for r in range(view.due_model.rowCount())]
    assert names == ["同仁堂药店", "张伟"]
    assert view.due_model.data(view.due_model.index(1, 1)) == "After a call cycle 2026-10"
    view.due_table.setCurrentIndex(view.due_model.index(1, 0))
    qtbot.mouseClick(view.take_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert [q.text for q in dialog.questions] == ["总体满意度", "其他建议"]  # not the complaint's
    dialog.save()
    assert dialog.isVisible() and dialog.error_label.isVisible()  # nothing answered yet
    dialog.answer(overall, 4)
    dialog.answer(words, "希望多送资料")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: view.due_model.rowCount() == 1)
    from sqlmodel import select

    with store.read() as s:
        response = s.exec(select(SurveyResponse)).one()
    assert response.answers == {overall: 4, words: "希望多送资料"}
    assert (response.cycle, response.territory_id) == ("2026-10", "terr-1")
    results = view.results
    assert results.model.rowCount() == 1
    assert results.model.data(results.model.index(0, 0)) == "A"
    assert results.model.data(results.model.index(0, results.model.columnCount() - 1)) == \
        "4.0 (1)"  # November, one survey
    assert results.line_points("A") == [(len(results.results.months) - 1, 4)]
    assert "希望多送资料" in results.comments.item(0).text()
