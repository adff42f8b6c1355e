"""The manager's call targets: calls a month per customer tier for the region. Saved as
synced rows; the reps of the region receive them at their next sync."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
)

from desktop.domain import team
from desktop.domain.identity import Identity
from desktop.domain.plan_week import TIERS
from desktop.domain.plans import PlanRuleError
from desktop.ui.common.texts import message_text, translate
from desktop.ui.common.widgets import Banner

MAX_CALLS = 31


class TargetsDialog(QDialog):
    """One spin box per tier; OK saves the region's targets."""

    def __init__(self, context, identity: Identity, parent=None):
        super().__init__(parent)
        self.context, self.identity = context, identity
        current = team.region_targets(context.store, identity)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout(self)
        form.addRow(self.explanation)
        self.labels = {}
        for tier in TIERS:
            spin = QSpinBox(self)
            spin.setRange(0, MAX_CALLS)
            spin.setValue(current.get(tier, 0))
            spin.setObjectName(f"target_{tier}")
            self.spins[tier] = spin
            self.labels[tier] = QLabel(self)
            form.addRow(self.labels[tier], spin)
        self.message = Banner(self)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.setWindowTitle(translate("Plans", "Call targets of the region"))
        self.explanation.setText(translate(
            "Plans", "Calls a month each customer of a tier should get. Your representatives "
            "receive the targets at their next sync."))
        for tier, label in self.labels.items():
            label.setText(translate("Plans", "Tier {tier}").format(tier=tier))
        self.resize(380, 260)

    def save(self) -> bool:
        try:
            store, identity = self.context.store, self.identity
            targets = {t: s.value() for t, s in self.spins.items()}
            self.context.write(lambda: team.set_region_targets(store, identity, targets))
        except PlanRuleError as error:
            self.message.show_message(message_text("Workflow", error.template, error.params),
                                      "warning")
            return False
        self.context.saved("frequency_target")
        self.accept()
        return True
