"""The manager's at-risk rule settings: each rule on or off and its threshold (months in a
row, a multiple of the tier's call interval, a percentage, days). Saved offline for the
region (`at_risk.set_rule`, synced): the reps' Today lists follow at their next sync."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import at_risk
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import AtRiskCode
from desktop.ui.common.style import set_role
from desktop.ui.common.texts import enum_text, translate
from desktop.ui.common.widgets import Banner

#: Each rule's threshold: (lowest, highest, decimals, step, what it counts).
THRESHOLDS = {
    AtRiskCode.SHARE_FALLING: (2, 12, 0, 1, _t("RuleSettings", "months in a row")),
    AtRiskCode.NOT_CALLED: (1, 10, 1, 0.5, _t("RuleSettings", "× the tier's call interval")),
    AtRiskCode.PURCHASES_DOWN: (1, 100, 0, 5, _t("RuleSettings", "% down on last year")),
    AtRiskCode.TIER_DOWN: (7, 365, 0, 30, _t("RuleSettings", "days since the move")),
}
NO_THRESHOLD = _t("RuleSettings", "past its committed deadline")


class RuleSettings(QWidget):
    """A check box and a threshold per rule; Save writes the changed ones. `rules_saved`
    after a save."""

    rules_saved = Signal()

    def __init__(self, context, region_id: str | None, parent=None):
        super().__init__(parent)
        self.setObjectName("RuleSettings")
        self.context, self.region_id = context, region_id
        self.checks: dict[str, QCheckBox] = {}
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.units: dict[str, QLabel] = {}
        self.loaded: dict[str, at_risk.Rule] = {}
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        for row, code in enumerate(AtRiskCode):
            check = QCheckBox(self)
            check.setObjectName(f"rule_{code.value}")
            self.checks[code.value] = check
            grid.addWidget(check, row, 0)
            unit = set_role(QLabel(self), "hint")
            self.units[code.value] = unit
            if code in THRESHOLDS:
                low, high, decimals, step, _unit = THRESHOLDS[code]
                spin = QDoubleSpinBox(self)
                spin.setObjectName(f"threshold_{code.value}")
                spin.setRange(low, high)
                spin.setDecimals(decimals)
                spin.setSingleStep(step)
                self.spins[code.value] = spin
                check.toggled.connect(spin.setEnabled)
                grid.addWidget(spin, row, 1)
            grid.addWidget(unit, row, 2)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_rules")
        self.save_button.clicked.connect(self.save)
        self.message = Banner(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        self.load()
        self.retranslate_ui()

    def load(self) -> None:
        """Show the region's rules as saved."""
        store, region = self.context.store, self.region_id
        self.loaded = self.context.tasks.run_and_wait(lambda: at_risk.rules_for(store, region))
        for code, rule in self.loaded.items():
            self.checks[code].setChecked(rule.enabled)
            if code in self.spins and rule.threshold is not None:
                self.spins[code].setValue(rule.threshold)
            if code in self.spins:
                self.spins[code].setEnabled(rule.enabled)

    def wanted(self) -> dict[str, at_risk.Rule]:
        """The rules as set on screen."""
        return {code: at_risk.Rule(code, check.isChecked(),
                                   self.spins[code].value() if code in self.spins else None)
                for code, check in self.checks.items()}

    def save(self) -> int:
        """Write the rules changed on screen; returns how many."""
        if self.region_id is None:
            self.message.show_message(self.tr(
                "Rules are set by a region's manager; this account has no region."), "warning")
            return 0
        changed = [r for code, r in self.wanted().items() if r != self.loaded.get(code)]
        store, region = self.context.store, self.region_id

        def write():
            for rule in changed:
                at_risk.set_rule(store, region, rule.code, enabled=rule.enabled,
                                 threshold=rule.threshold)
        if changed:
            self.context.write(write)
            self.context.saved("at_risk_rule")
        self.load()
        self.message.show_message(
            self.tr("Saved: %n rule(s) changed. Your representatives' lists follow at their "
                    "next sync.", "", len(changed)) if changed
            else self.tr("Nothing changed."), "ok" if changed else "info")
        self.rules_saved.emit()
        return len(changed)

    def retranslate_ui(self) -> None:
        for code, check in self.checks.items():
            check.setText(enum_text(AtRiskCode, code))
            unit = THRESHOLDS.get(AtRiskCode(code))
            self.units[code].setText(translate("RuleSettings", unit[4] if unit else NO_THRESHOLD))
        self.save_button.setText(self.tr("Save rules"))
