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

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.domain.activity_report import ActivityRow
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import ActivityKind, ActivityStatus, Verdict, label
from desktop.ui.common.translations import catalogue

CONTEXT = "EvaluationPdf"
FONTS = ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC",
         "WenQuanYi Micro Hei", "Sans Serif"]
RULE_NAMES = {
    "sales_growth": _t("EvaluationPdf", "Sales growth"),
    "profit_multiple": _t("EvaluationPdf", "Net profit against cost"),
    "awareness": _t("EvaluationPdf", "Advertising awareness"),
    "control": _t("EvaluationPdf", "Attendees against non-attendees"),
}
TITLE = _t("EvaluationPdf", "Evaluation of a market activity")


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
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    document.print_(writer)
    return Path(path)


def evaluation_html(facts: ActivityRow, evaluation, texts: _Texts) -> str:
    """The page as rich text: heading, facts, rules, figures, verdict."""
    tr = texts.tr
    return "".join([
        f"<h2>{escape(tr(TITLE))}</h2><h3>{escape(facts.title)}</h3>",
        _table([], _pairs(_fact_rows(facts, texts))),
        f"<h3>{escape(tr('Verdict of each rule'))}</h3>",
        _table([tr("Rule"), tr("Figure"), tr("Verdict"), tr("Why")],
               [_rule_row(r, texts) for r in evaluation.rules]),
        f"<h3>{escape(tr('The figures behind them'))}</h3>",
        "<p>" + escape(tr("Sales of the promoted products to the attendees' organisations, "
                          "{months} months after the activity against the {months} months "
                          "before.").format(months=evaluation.months)) + "</p>",
        _table([], _pairs(_figure_rows(evaluation, texts))),
        f"<h3>{escape(tr('Overall verdict'))}: "
        f"{escape(_verdict(facts.overall or evaluation.overall, texts))}</h3>",
        _judged(facts, texts),
    ])


def _fact_rows(facts: ActivityRow, texts: _Texts) -> list[tuple[str, str]]:
    tr = texts.tr
    dates = facts.starts_on.isoformat() + (
        f" – {facts.ends_on.isoformat()}" if facts.ends_on and facts.ends_on != facts.starts_on
        else "")
    return [
        (tr("Kind"), texts.enum(ActivityKind(facts.kind))),
        (tr("Representative"), facts.owner),
        (tr("Dates"), dates),
        (tr("Place"), facts.place or "—"),
        (tr("Products"), "、".join(facts.products) or "—"),
        (tr("Status"), texts.enum(ActivityStatus(facts.status))),
        (tr("Budget"), texts.money(facts.budget)),
        (tr("Actual cost"), texts.money(facts.actual_cost)),
        (tr("Invited / attended"), f"{facts.invited} / {facts.attendance}"),
    ]


def _rule_row(result, texts: _Texts) -> tuple[str, str, str, str]:
    template, params = result.reason
    figure = {"sales_growth": texts.percent, "profit_multiple": texts.multiple,
              "awareness": texts.points, "control": texts.points}.get(result.rule, str)
    return (texts.tr(RULE_NAMES.get(result.rule, result.rule)), figure(result.value),
            _verdict(result.verdict, texts), texts.tr(template, "Evaluation").format(**params))


def _figure_rows(e, texts: _Texts) -> list[tuple[str, str]]:
    tr = texts.tr
    return [
        (tr("Sales before"), texts.money(e.sales_before)),
        (tr("Sales after"), texts.money(e.sales_after)),
        (tr("Growth"), texts.percent(e.growth)),
        (tr("Added sales"), texts.money(e.added_sales)),
        (tr("Net margin"), texts.percent(e.margin_rate, signed=False)),
        (tr("Net profit from the added sales"), texts.money(e.profit)),
        (tr("Actual cost"), texts.money(e.actual_cost)),
        (tr("Profit against cost"), texts.multiple(e.profit_multiple)),
        (tr("Awareness change (points)"), texts.points(e.awareness_change)),
        (tr("Attendees' share change (points)"), texts.points(e.attendees_share_change)),
        (tr("Non-attendees' share change (points)"), texts.points(e.control_share_change)),
    ]


def _verdict(value: str | None, texts: _Texts) -> str:
    return "—" if not value else texts.enum(Verdict(value))


def _judged(facts: ActivityRow, texts: _Texts) -> str:
    tr = texts.tr
    if facts.evaluated_at is None:
        return f"<p>{escape(tr('Not judged yet.'))}</p>"
    return _table([], [(tr("Judged on"), facts.evaluated_at.date().isoformat(),
                        tr("Judged by"), facts.evaluated_by or "—"),
                       (tr("Comment"), facts.comment or "—", "", "")])


def _pairs(rows: list[tuple[str, str]]) -> list[tuple[str, ...]]:
    """Label–value rows two to a line, so that the page holds them."""
    return [rows[i] + (rows[i + 1] if i + 1 < len(rows) else ("", ""))
            for i in range(0, len(rows), 2)]


def _table(headers: list[str], rows: list[tuple]) -> str:
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(v))}</td>" for v in row) + "</tr>"
                   for row in rows)
    return ("<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            + (f"<tr>{head}</tr>" if head else "") + body + "</table>")


__all__ = ["evaluation_html", "write_evaluation_pdf"]
