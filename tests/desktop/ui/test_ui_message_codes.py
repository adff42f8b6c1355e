"""A refusal that names a status shows the status as the user reads it elsewhere ("In
progress", 处理中), never its code (`in_progress`), in both languages."""

from __future__ import annotations

from desktop.domain.complaint_desk import MSG_ASSIGN_STATUS
from desktop.ui.common.texts import message_text


def test_a_status_in_a_refusal_reads_as_its_label(languages):
    params = {"status": "in_progress"}
    english = message_text("Workflow", MSG_ASSIGN_STATUS, params)
    assert english.startswith("The complaint is In progress;") and "in_progress" not in english
    languages.switch("zh_CN")
    chinese = message_text("Workflow", MSG_ASSIGN_STATUS, params)
    assert "处理中" in chinese and "in_progress" not in chinese
    assert message_text("Workflow", "{n} of {title}", {"n": 3, "title": "学术会"}) == \
        "3 of 学术会"  # other values stay as they are
