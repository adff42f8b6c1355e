"""The evaluation of one activity printed for its file: an A4 PDF, in Chinese or English,
that names the activity, each rule's verdict with its figure and reason, the overall
verdict, the evaluator's comment and the day it was judged (read back from the PDF)."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtPdf import QPdfDocument

from desktop.domain.activity_bands import RuleResult
from desktop.domain.activity_evaluation import (
    MSG_CONTROL_BETTER,
    MSG_CONTROL_INVITEES,
    MSG_GROWTH,
    MSG_PROFIT,
    Evaluation,
)
from desktop.domain.activity_report import ActivityRow
from desktop.models.enums import Verdict
from desktop.ui.activities.evaluation_pdf import write_evaluation_pdf
from desktop.ui.common.translations import catalogue

FACTS = ActivityRow(
    id="a1", kind="academic_meeting", title="心血管年会卫星会", owner="李明",
    products=("安立平", "舒脂宁"), starts_on=date(2026, 5, 15), ends_on=date(2026, 5, 16),
    status="evaluated", budget=8_000.0, actual_cost=7_500.0, invited=30, attendance=24,
    place="武汉香格里拉大酒店", comment="学术影响好，继续在三甲医院推广",
    evaluated_at=datetime(2026, 9, 10, 2, tzinfo=UTC), evaluated_by="周建华",
    overall="successful")
GROWTH_REASON = (MSG_GROWTH[Verdict.SUCCESSFUL], {"growth": "+10.00 %", "before": "300,000.00",
                                                  "after": "330,000.00", "months": 3})
CONTROL_REASON = (MSG_CONTROL_BETTER, {"attendees": "+4.00", "control": "+1.00",
                                       "difference": "3.00",
                                       "control_group": MSG_CONTROL_INVITEES})


def evaluation():
    """The evaluation of FACTS as `desktop.domain.activity_evaluation` gives it."""
    values = dict(
        activity_id="a1", months=3, sales_before=300_000.0, sales_after=330_000.0,
        growth=0.10, added_sales=30_000.0, margin_rate=0.5, profit=15_000.0,
        actual_cost=7_500.0, budget=8_000.0, profit_multiple=2.0, awareness_change=None,
        attendees_share_change=0.04, control_share_change=0.01, attendance=24, invited=30,
        overall="successful")
    rules = [("sales_growth", "successful", 0.10, GROWTH_REASON),
             ("profit_multiple", "successful", 2.0,
              (MSG_PROFIT[Verdict.SUCCESSFUL], {"profit": "15,000.00", "added": "30,000.00",
                                                "margin": "50.00 %", "multiple": "2.00×",
                                                "cost": "7,500.00"})),
             ("control", "successful", 0.03, CONTROL_REASON)]
    return Evaluation(**values, rules=tuple(RuleResult(*rule) for rule in rules))


def read_back(path) -> tuple[int, str, QSizeF]:
    """Pages, text and page size of the PDF. The text is NFKC-normalised: the CJK font's
    glyphs shared with Kangxi radicals read back as radicals (⼼ for 心)."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "".join(document.getAllText(p).text() for p in range(document.pageCount()))
    return (document.pageCount(), unicodedata.normalize("NFKC", text),
            document.pagePointSize(0))


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_pdf_names_the_activity_the_verdicts_and_the_judgement(qapp, tmp_path, language):
    path = write_evaluation_pdf(tmp_path / f"评估-{language}.pdf", FACTS, evaluation(),
                                language)
    pages, text, size = read_back(path)
    assert pages == 1
    assert round(size.width()) == 595 and round(size.height()) == 842  # A4 portrait, points
    tr = catalogue(language)
    for expected in ("心血管年会卫星会", "武汉香格里拉大酒店", "安立平", "周建华", "2026-09-10",
                     "学术影响好", "+10.00 %", "2.00×", "300,000.00", "+3.0", "+4.0",
                     tr("Enum", "Successful"), tr("EvaluationPdf", "Overall verdict"),
                     tr("Evaluation", MSG_CONTROL_INVITEES)):
        assert expected in text, (language, expected)


def test_an_activity_not_judged_yet_says_so(qapp, tmp_path):
    held = ActivityRow(**{**FACTS.__dict__, "status": "held", "overall": None,
                          "comment": None, "evaluated_at": None, "evaluated_by": None})
    _, text, _ = read_back(write_evaluation_pdf(tmp_path / "held.pdf", held, evaluation(),
                                                "en"))
    assert "Not judged yet." in text and "Held" in text
