"""The evaluation of one market activity as an A4 PDF for the activity's file (活动评估表):
its facts (kind, dates, place, products, cost, who came), each rule's verdict with the
figures behind it (sales before and after, added sales, margin and profit against the
cost, awareness surveys, attendees' share against non-attendees'), the overall verdict,
the evaluator's comment and the day it was judged.

Written through Qt's rich text (QTextDocument printed by a QPdfWriter), so it needs no
window and no PDF library; Chinese renders with the system's CJK font (Noto Sans CJK on
Linux, Microsoft YaHei on Windows, PingFang on macOS). The texts come from the catalogue of
the language asked for, whatever language the window shows.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.domain.activity_report import ActivityRow
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import ActivityKind, ActivityStatus, Verdict, label
from desktop.ui.common.translations import catalogue

CONTEXT = "EvaluationPdf"
SCREEN_DPI = 96  # what QTextDocument lays out in
FONTS = ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC",
         "WenQuanYi Micro Hei", "Sans Serif"]
RULE_NAMES = {
    "sales_growth": _t("EvaluationPdf", "Sales growth"),
    "profit_multiple": _t("EvaluationPdf", "Net profit against cost"),
    "awareness": _t("EvaluationPdf", "Advertising awareness"),
    "control": _t("EvaluationPdf", "Attendees against non-attendees"),
}
TITLE = _t("EvaluationPdf", "Evaluation of a market activity")
RULES_HEADING = _t("EvaluationPdf", "Verdict of each rule")
RULE_HEADERS = (_t("EvaluationPdf", "Rule"), _t("EvaluationPdf", "Figure"),
                _t("EvaluationPdf", "Verdict"), _t("EvaluationPdf", "Why"))
FIGURES_HEADING = _t("EvaluationPdf", "The figures behind them")
FIGURES_NOTE = _t("EvaluationPdf", "Sales of the promoted products to the attendees' "
                  "organisations, {months} months after the activity against the {months} "
                  "months before.")
OVERALL = _t("EvaluationPdf", "Overall verdict")
NOT_JUDGED = _t("EvaluationPdf", "Not judged yet.")


class _Texts:
    """Translation and number formats of one language."""

    def __init__(self, language: str):
        self.tr_in = catalogue(language)
        self.locale = QLocale("zh_CN" if language.startswith("zh") else "en_US")

    def tr(self, text: str, context: str = CONTEXT) -> str:
        return self.tr_in(context, text)

    def enum(self, member) -> str:
        return self.tr(label(member), "Enum")

    def money(self, amount: float | None) -> str:
        return "—" if amount is None else "¥" + self.locale.toString(float(amount), "f", 2)

    @staticmethod
    def percent(value: float | None, signed: bool = True) -> str:
        return "—" if value is None else f"{value * 100:{'+' if signed else ''}.2f} %"

    @staticmethod
    def multiple(value: float | None) -> str:
        return "—" if value is None else f"{value:.2f}×"

    @staticmethod
    def points(value: float | None) -> str:
        return "—" if value is None else f"{value:+.1f}"

    def share_points(self, fraction: float | None) -> str:
        """A change of prescription share (a fraction) in percentage points."""
        return self.points(None if fraction is None else fraction * 100)


def write_evaluation_pdf(path: Path | str, facts: ActivityRow, evaluation,
                         language: str) -> Path:
    """Print the evaluation of the activity `facts` describes (`evaluation`: the core's
    `Evaluation`) to an A4 PDF at `path` in `language` ("zh_CN" or "en")."""
    texts = _Texts(language)
    document = QTextDocument()
    font = QFont()
    font.setFamilies(FONTS)
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setHtml(evaluation_html(facts, evaluation, texts))
    writer = QPdfWriter(str(path))
    writer.setTitle(facts.title)
    writer.setCreator("Rounds")
    writer.setResolution(300)
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                         QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setPageLayout(layout)
    # Paginated by us (screen pixels of the printable area): Qt adds no 2 cm margin of its
    # own nor page numbers, and the evaluation fits one page.
    document.setPageSize(QSizeF(layout.paintRectPixels(SCREEN_DPI).size()))
    document.print_(writer)
    return Path(path)


def evaluation_html(facts: ActivityRow, evaluation, texts: _Texts) -> str:
    """The page as rich text: heading, facts, rules, figures, verdict."""
    tr = texts.tr
    return "".join([
        f"<h2>{escape(tr(TITLE))}</h2><h3>{escape(facts.title)}</h3>",
        _table([], _pairs(_fact_rows(facts, texts), texts)),
        f"<h3>{escape(tr(RULES_HEADING))}</h3>",
        _table([tr(h) for h in RULE_HEADERS], [_rule_row(r, texts) for r in evaluation.rules]),
        f"<h3>{escape(tr(FIGURES_HEADING))}</h3>",
        f"<p>{escape(tr(FIGURES_NOTE).format(months=evaluation.months))}</p>",
        _table([], _pairs(_figure_rows(evaluation, texts), texts)),
        f"<h3>{escape(tr(OVERALL))}: "
        f"{escape(_verdict(facts.overall or evaluation.overall, texts))}</h3>",
        _judged(facts, texts),
    ])


def _fact_rows(facts: ActivityRow, texts: _Texts) -> list[tuple[str, str]]:
    """(label marked for translation, value) of the activity's facts."""
    dates = facts.starts_on.isoformat() + (
        f" – {facts.ends_on.isoformat()}" if facts.ends_on and facts.ends_on != facts.starts_on
        else "")
    return [
        (_t("EvaluationPdf", "Kind"), texts.enum(ActivityKind(facts.kind))),
        (_t("EvaluationPdf", "Representative"), facts.owner),
        (_t("EvaluationPdf", "Dates"), dates),
        (_t("EvaluationPdf", "Place"), facts.place or "—"),
        (_t("EvaluationPdf", "Products"), "、".join(facts.products) or "—"),
        (_t("EvaluationPdf", "Status"), texts.enum(ActivityStatus(facts.status))),
        (_t("EvaluationPdf", "Budget"), texts.money(facts.budget)),
        (_t("EvaluationPdf", "Actual cost"), texts.money(facts.actual_cost)),
        (_t("EvaluationPdf", "Invited / attended"), f"{facts.invited} / {facts.attendance}"),
    ]


def _rule_row(result, texts: _Texts) -> tuple[str, str, str, str]:
    figure = {"sales_growth": texts.percent, "profit_multiple": texts.multiple,
              "awareness": texts.points, "control": texts.share_points}.get(result.rule, str)
    return (texts.tr(RULE_NAMES.get(result.rule, result.rule)), figure(result.value),
            _verdict(result.verdict, texts), _reason(result.reason, texts))


def _reason(reason: tuple[str, dict], texts: _Texts) -> str:
    """A rule's reason in the language; a parameter that is itself a message ("the months
    before", "invitees who did not come") is translated too."""
    template, params = reason
    words = {k: texts.tr(v, "Evaluation") if isinstance(v, str) else v
             for k, v in params.items()}
    text = texts.tr(template, "Evaluation")
    try:
        return text.format(**words)
    except (KeyError, IndexError, ValueError):
        return text


def _figure_rows(e, texts: _Texts) -> list[tuple[str, str]]:
    """(label marked for translation, value) of the figures the rules judged by."""
    return [
        (_t("EvaluationPdf", "Sales before"), texts.money(e.sales_before)),
        (_t("EvaluationPdf", "Sales after"), texts.money(e.sales_after)),
        (_t("EvaluationPdf", "Growth"), texts.percent(e.growth)),
        (_t("EvaluationPdf", "Added sales"), texts.money(e.added_sales)),
        (_t("EvaluationPdf", "Net margin"), texts.percent(e.margin_rate, signed=False)),
        (_t("EvaluationPdf", "Net profit from the added sales"), texts.money(e.profit)),
        (_t("EvaluationPdf", "Actual cost"), texts.money(e.actual_cost)),
        (_t("EvaluationPdf", "Profit against cost"), texts.multiple(e.profit_multiple)),
        (_t("EvaluationPdf", "Awareness change (points)"), texts.points(e.awareness_change)),
        (_t("EvaluationPdf", "Attendees' share change (points)"),
         texts.share_points(e.attendees_share_change)),
        (_t("EvaluationPdf", "Non-attendees' share change (points)"),
         texts.share_points(e.control_share_change)),
    ]


def _verdict(value: str | None, texts: _Texts) -> str:
    return "—" if not value else texts.enum(Verdict(value))


def _judged(facts: ActivityRow, texts: _Texts) -> str:
    if facts.evaluated_at is None:
        return f"<p>{escape(texts.tr(NOT_JUDGED))}</p>"
    return _table([], _pairs([
        (_t("EvaluationPdf", "Judged on"), facts.evaluated_at.date().isoformat()),
        (_t("EvaluationPdf", "Judged by"), facts.evaluated_by or "—"),
        (_t("EvaluationPdf", "Comment"), facts.comment or "—")], texts))


def _pairs(rows: list[tuple[str, str]], texts: _Texts) -> list[tuple[str, ...]]:
    """Label–value rows, labels translated, two to a line so that the page holds them."""
    rows = [(texts.tr(label_), value) for label_, value in rows]
    return [rows[i] + (rows[i + 1] if i + 1 < len(rows) else ("", ""))
            for i in range(0, len(rows), 2)]


def _table(headers: list[str], rows: list[tuple]) -> str:
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(v))}</td>" for v in row) + "</tr>"
                   for row in rows)
    return ("<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            + (f"<tr>{head}</tr>" if head else "") + body + "</table>")


__all__ = ["evaluation_html", "write_evaluation_pdf"]
