"""Labels of the activity screens that come from codes (workflow actions, their history),
the tones of their pills, and the short number formats they share (yuan, percent, ×)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial

from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models import ValidationError
from desktop.models.enums import Verdict
from desktop.ui.common.texts import enum_text, error_text, message_text, translate

#: The button that makes each move.
ACTION_BUTTONS = {
    "submit": _t("Activities", "Submit for approval"),
    "withdraw": _t("Activities", "Withdraw"),
    "revise": _t("Activities", "Revise"),
    "hold": _t("Activities", "Mark held"),
    "cancel": _t("Activities", "Cancel activity"),
    "approve": _t("Activities", "Approve"),
    "return": _t("Activities", "Return with comment"),
}
#: How the history names each move once made.
ACTION_DONE = {
    "submit": _t("Activities", "Submitted"),
    "withdraw": _t("Activities", "Withdrawn"),
    "revise": _t("Activities", "Reopened for revision"),
    "hold": _t("Activities", "Held"),
    "cancel": _t("Activities", "Cancelled"),
    "approve": _t("Activities", "Approved"),
    "return": _t("Activities", "Returned"),
    "evaluate": _t("Activities", "Evaluated"),
}


@cache
def reminder_languages() -> tuple[Callable[[str], str], ...]:
    """`translate(text)` (context "Activities") in every language the interface has: an
    activity's reminders are titled in the language of whoever approved it, and must be found
    to follow the activity whatever the language shown now (`activities.act(languages=…)`)."""
    from desktop.ui.common.translations import LANGUAGES, catalogue
    return tuple(partial(catalogue(language), "Activities") for language in LANGUAGES)


def action_button_text(action: str) -> str:
    return translate("Activities", ACTION_BUTTONS.get(action, action))


def action_done_text(action: str) -> str:
    return translate("Activities", ACTION_DONE.get(action, action))


def status_tone(status: str | None) -> str:
    """Waiting on the manager is amber, returned red, approved and held green."""
    return {"draft": "info", "submitted": "warning", "approved": "success",
            "returned": "danger", "held": "success", "evaluated": "neutral"}.get(
        status or "", "neutral")


def verdict_tone(verdict: str | None) -> str | None:
    if not verdict:
        return None
    return {Verdict.SUCCESSFUL: "success", Verdict.BETWEEN: "info",
            Verdict.NO_EFFECT: "warning", Verdict.NOT_SUCCESSFUL: "warning",
            Verdict.FAILED: "danger"}.get(verdict, "neutral")


def verdict_text(verdict: str | None) -> str:
    return enum_text(Verdict, verdict)


def money(amount: float | None) -> str:
    """Yuan without decimals, in groups of three ("¥12,000"; "" for no amount): the way
    both Chinese and English finance sheets write it."""
    return "" if amount is None else f"¥{amount:,.0f}"


def percent(value: float | None) -> str:
    """A ratio as a percentage with two decimals ("6.83 %"), signed; "—" when unknown."""
    if value is None:
        return "—"
    return f"{value * 100:+.2f} %"


def points(value: float | None) -> str:
    return "—" if value is None else f"{value:+.1f}"


def multiple(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}×"


def rule_message(error: Exception) -> str:
    """The message of a refused move or save (a workflow rule's template and its values, in
    the current language; else the error's own text)."""
    if isinstance(error, ValidationError):
        return "\n".join(error_text(e) for e in error.errors)
    template = getattr(error, "template", None)
    if template:
        return message_text("Workflow", template, getattr(error, "params", None))
    return str(error)
