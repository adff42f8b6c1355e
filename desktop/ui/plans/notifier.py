"""Tells the rep when a manager's decision on one of their plans arrives through sync:
after every sync that brought plan decisions (the context's `data_changed("plan_decision")`,
or "*"), new approve/return decisions are looked up, on the task runner's database thread,
and announced once."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.domain import plan_approvals
from desktop.domain.identity import Identity, current_identity
from desktop.ui.common.texts import translate
from desktop.ui.context import touches
from desktop.ui.plans.texts import week_text


def notice_text(notice: plan_approvals.DecisionNotice) -> str:
    if notice.action == "approve":
        text = translate("Plans", "{manager} approved your plan for {week}.")
    else:
        text = translate("Plans", "{manager} returned your plan for {week}.")
    text = text.format(manager=notice.actor_name or translate("Plans", "Your manager"),
                       week=week_text(notice.week_start))
    if notice.comment:
        text += " " + translate("Plans", "Comment: {comment}").format(comment=notice.comment)
    return text


class PlanNotifier(QObject):
    """Emits `plan_decided(title, text)` for each decision that reached this rep."""

    plan_decided = Signal(str, str)

    def __init__(self, context, identity: Identity | None = None, parent=None):
        super().__init__(parent)
        self.context = context
        self.identity = identity or current_identity(context.store)
        self.shown: list[str] = []
        if self.identity is not None and not self.identity.is_manager:
            plan_approvals.new_decisions(context.store, self.identity)  # remember where we stand
            context.data_changed.connect(self._changed)

    def _changed(self, table: str) -> None:
        if not touches(table, ("plan_decision",)):
            return
        tasks = getattr(self.context, "tasks", None)
        if tasks is None:
            self.check()
            return
        store, identity = self.context.store, self.identity
        tasks.run(lambda: plan_approvals.new_decisions(store, identity), self._announce,
                  owner=self)

    def check(self) -> list[str]:
        """Announce decisions that arrived since the last check; returns their texts."""
        return self._announce(plan_approvals.new_decisions(self.context.store, self.identity))

    def _announce(self, notices) -> list[str]:
        texts = [notice_text(n) for n in notices]
        for text in texts:
            self.shown.append(text)
            self.plan_decided.emit(translate("Plans", "Call plan decision"), text)
        return texts


def install(context, tray, status_bar, parent) -> PlanNotifier:
    """Show decisions in the tray and the status bar of the main window."""
    notifier = PlanNotifier(context, parent=parent)

    def show(title: str, text: str) -> None:
        status_bar.showMessage(text, 60_000)
        if tray is not None and tray.isVisible():
            tray.showMessage(title, text)

    notifier.plan_decided.connect(show)
    return notifier
