"""The manager's quota tab: pick the year, the product and what to split (the region's quota
over the reps, or one rep's share over their hospitals). The Split page starts from the
suggestion in proportion to last year's sales (or the split saved before), editable per
month and per year; Save writes it offline (`quotas.allocate`, synced), as drafts where the
company approves quotas. The Achievement page shows quota against sales with the forecast."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import call_reports, local_time, quota_desk, server_settings
from desktop.domain.identity import Identity, current_identity
from desktop.models.enums import QuotaLevel
from desktop.ui.common import icons
from desktop.ui.common.style import set_role
from desktop.ui.common.tasks import Reload
from desktop.ui.common.widgets import Banner, make_table_view
from desktop.ui.context import touches
from desktop.ui.desk.quota_achievement import AchievementPanel
from desktop.ui.desk.quota_split import NAME, SplitModel

TABLES = ("quota", "customer_metric", "customer", "territory", "team_member")


@dataclass(frozen=True)
class QuotaChoice:
    """What the screen shows: the year, the product, and whose quota is split (None: the
    region's, over the reps; a rep: theirs, over their hospitals)."""

    region_id: str
    year: int
    product_id: str | None
    rep_user_id: str | None

    @property
    def level(self) -> str:
        return QuotaLevel.REP if self.rep_user_id is None else QuotaLevel.HOSPITAL


def _needs_approval(context) -> bool:
    """The server's setting as it last said it, else this laptop's config."""
    return server_settings.quotas_need_approval(context.store,
                                                getattr(context, "config", None))


class QuotasTab(QWidget):
    """Split and achievement of the region's quotas."""

    def __init__(self, context, parent=None, *, identity: Identity | None = None,
                 today_fn: Callable[[], date] = local_time.today,
                 needs_approval: bool | None = None):
        super().__init__(parent)
        self.setObjectName("QuotasTab")
        self.context, self.today_fn = context, today_fn
        self.identity = identity or current_identity(context.store)
        self.region_id = self.identity.region_id if self.identity else None
        self._needs_approval = needs_approval  # None: as the server says (read when used)
        self.sheet: quota_desk.QuotaSheet | None = None
        self.dirty = False  # edits not saved yet: a sync does not read over them
        self.year_label, self.product_label, self.split_label = (QLabel(self) for _ in range(3))
        self.year_combo, self.product_combo, self.split_combo = (QComboBox(self)
                                                                 for _ in range(3))
        self.state_label = set_role(QLabel(self), "hint")
        self.state_label.setWordWrap(True)
        self.message = Banner(self)
        self.model = SplitModel(self)
        self.table = make_table_view(self, stretch_last=False)
        self.table.setModel(self.model)
        self.table.min_widths = {NAME: 200}  # a hospital's name whole before its share
        self.suggest_button = QPushButton(self)
        self.suggest_button.setObjectName("suggest_split")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_split")
        self.achievement = AchievementPanel(context, self)
        split_page = QWidget(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(self.suggest_button)
        buttons.addWidget(self.save_button)
        page = QVBoxLayout(split_page)
        page.addWidget(self.table, 1)
        page.addLayout(buttons)
        self.pages = QTabWidget(self)
        self.pages.addTab(split_page, "")
        self.pages.addTab(self.achievement, "")
        top = QHBoxLayout()
        for label, combo in ((self.year_label, self.year_combo),
                             (self.product_label, self.product_combo),
                             (self.split_label, self.split_combo)):
            top.addWidget(label)
            top.addWidget(combo)
        self.split_combo.setMinimumContentsLength(16)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        self.reload = Reload(context.tasks, self._load(), self._show_sheet, self)
        self.model.edited.connect(self._edited)
        self.model.refused.connect(lambda text: self.message.show_message(text, "warning"))
        self.suggest_button.clicked.connect(self.model.reset_to_suggestion)
        self.save_button.clicked.connect(self.save)
        self._fill_choices()
        for combo in (self.year_combo, self.product_combo, self.split_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        context.data_changed.connect(self._data_changed)
        self.retranslate_ui()
        self.refresh()

    # -- choices --------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        store, region = self.context.store, self.region_id
        this_year = self.today_fn().year
        years, products, reps = self.context.tasks.run_and_wait(lambda: (
            quota_desk.quota_years(store, region, this_year) if region else [this_year],
            call_reports.product_choices(store),
            quota_desk.rep_names(store, region) if region else {}))
        for combo in (self.year_combo, self.product_combo, self.split_combo):
            combo.blockSignals(True)
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(this_year), 0))
        for product in products:
            self.product_combo.addItem(product.name, product.id)
        self.split_combo.addItem("", None)  # the region over the reps (text: retranslate_ui)
        self.reps = reps
        for uid, name in reps.items():
            self.split_combo.addItem(name, uid)
        for combo in (self.year_combo, self.product_combo, self.split_combo):
            combo.blockSignals(False)

    def choice(self) -> QuotaChoice | None:
        if self.region_id is None:
            return None
        return QuotaChoice(self.region_id, self.year_combo.currentData() or self.today_fn().year,
                           self.product_combo.currentData(), self.split_combo.currentData())

    def choose(self, *, year: int | None = None, product_id: str | None = None,
               rep_user_id: str | None = "") -> None:
        """Pick what to show (tests, screenshots, the drill from another tab)."""
        for combo, value in ((self.year_combo, year), (self.product_combo, product_id),
                             (self.split_combo, rep_user_id)):
            if value != "" and (value is not None or combo is self.split_combo):
                i = combo.findData(value)
                if i >= 0:
                    combo.setCurrentIndex(i)

    # -- data -----------------------------------------------------------------------------
    def _load(self):
        store, choice = self.context.store, self.choice()
        if choice is None or choice.product_id is None:
            return lambda: None
        return lambda: quota_desk.split_sheet(
            store, region_id=choice.region_id, year=choice.year, product_id=choice.product_id,
            level=choice.level, rep_user_id=choice.rep_user_id)

    def refresh(self) -> None:
        """Read the split and the achievement of what is chosen now (edits not saved are
        dropped: the choice changed)."""
        self.dirty = False
        self.message.show_message("")
        self.reload.now(self._load())
        self.achievement.show_choice(self.choice(), self._scope_name())

    def _data_changed(self, table: str) -> None:
        if not touches(table, TABLES):
            return
        if not self.dirty:
            self.reload.request(self._load())
        self.achievement.show_choice(self.choice(), self._scope_name(), later=True)

    def _scope_name(self) -> str:
        """The rep whose share is split ("" for the region's quota)."""
        return self.reps.get(self.split_combo.currentData(), "")

    def _show_sheet(self, sheet) -> None:
        self.sheet = sheet
        self.model.set_sheet(sheet)
        self._update_state()

    def _edited(self) -> None:
        self.dirty = True
        self.message.show_message("")
        self._update_state()

    @property
    def needs_approval(self) -> bool:
        """Whether Save writes drafts: the server's setting may arrive with any sync."""
        if self._needs_approval is not None:
            return self._needs_approval
        return _needs_approval(self.context)

    # -- save -----------------------------------------------------------------------------
    def save(self) -> bool:
        """Write the split as shown; the message says what was saved (or why not)."""
        choice, sheet = self.choice(), self.sheet
        if choice is None or sheet is None or not sheet.lines:
            return False
        store = self.context.store

        def save_it() -> tuple[bool, int]:  # on the database thread, the setting too
            approval = self.needs_approval
            return approval, quota_desk.save_sheet(
                store, sheet, region_id=choice.region_id, year=choice.year,
                product_id=choice.product_id, needs_approval=approval)
        try:
            needs_approval, changed = self.context.write(save_it)
        except (ValueError, PermissionError) as error:
            self.message.show_message(self.tr("The split was not saved: {error}").format(
                error=error), "danger")
            return False
        self.dirty = False
        self.context.saved("quota")
        self.reload.now(self._load())
        self.achievement.show_choice(choice, self._scope_name())
        text = (self.tr("Saved as a draft: %n month(s) changed. The split syncs with the "
                        "server and waits for approval.", "", changed) if needs_approval
                else self.tr("Saved: %n month(s) changed. The split syncs with the server.",
                             "", changed))
        self.message.show_message(text, "ok")
        return True

    # -- look -----------------------------------------------------------------------------
    def _update_state(self) -> None:
        sheet, choice = self.sheet, self.choice()
        has_lines = bool(sheet and sheet.lines)
        self.save_button.setEnabled(has_lines)
        self.suggest_button.setEnabled(has_lines)
        self.state_label.setText(self._state_text())
        if sheet is None or choice is None:
            return
        if not sheet.parent_total and not self.message.text():
            self.message.show_message(self._no_quota_text(choice), "warning")
        elif sheet.parent_total and not sheet.lines:
            self.message.show_message(self._no_lines_text(choice), "info")

    def _no_quota_text(self, choice: QuotaChoice) -> str:
        if choice.level == QuotaLevel.REP:
            return self.tr("No quota for {product} in {year} yet. An administrator loads the "
                           "region's quota (rounds-server quota set); it arrives with the next "
                           "sync.").format(product=self.product_combo.currentText(),
                                           year=choice.year)
        return self.tr("{rep} has no share of the {year} quota for {product} yet: split the "
                       "region's quota over the representatives first and save it.").format(
            rep=self._scope_name(), year=choice.year, product=self.product_combo.currentText())

    def _no_lines_text(self, choice: QuotaChoice) -> str:
        if choice.level == QuotaLevel.REP:
            return self.tr("No representative owns a territory of your region yet.")
        return self.tr("{rep} has no hospital among their customers.").format(
            rep=self._scope_name())

    def _state_text(self) -> str:
        sheet = self.sheet
        if self.region_id is None:
            return self.tr("Quotas are split by a region's manager; this account has no "
                           "region.")
        if sheet is None:
            return self.tr("Pick a product to split its quota.")
        text = self.tr("Quota to split: {amount} CNY.").format(
            amount=f"{sheet.parent_total:,.0f}")
        if self.model.scale != 1:
            text += " " + self.tr("Amounts in the table in 10k CNY (万元).")
        if self.dirty:
            text += " " + self.tr("Edited, not saved yet.")
        elif not sheet.saved:
            text += " " + self.tr("Suggested in proportion to last year's sales; not saved "
                                  "yet.")
        elif sheet.drafts():
            text += " " + self.tr("Saved; %n line(s) waiting for approval.", "", sheet.drafts())
        else:
            text += " " + self.tr("Saved and approved.")
        off = sheet.unbalanced_months() if sheet.parent_total else []
        if sheet.kept() and not off:
            text += " " + self.tr("{rep} keeps {amount} CNY for customers beyond these "
                                  "hospitals.").format(rep=self._scope_name(),
                                                       amount=f"{sheet.kept():,.0f}")
        if off:
            text += " " + self.tr("Shares differ from the quota in: {months}.").format(
                months=", ".join(self.tr("M{month}").format(month=m) for m in off))
        return text

    def retranslate_ui(self) -> None:
        self.year_label.setText(self.tr("Year"))
        self.product_label.setText(self.tr("Product"))
        self.split_label.setText(self.tr("Split"))
        self.split_combo.setItemText(0, self.tr("Region → representatives"))
        for i in range(1, self.split_combo.count()):
            self.split_combo.setItemText(i, self.tr("{rep} → hospitals").format(
                rep=self.reps.get(self.split_combo.itemData(i), "")))
        self.pages.setTabText(0, self.tr("Split"))
        self.pages.setTabText(1, self.tr("Achievement"))
        self.suggest_button.setText(self.tr("Suggest from last year"))
        self.suggest_button.setToolTip(self.tr(
            "Start again from the split in proportion to last year's sales of the product."))
        self.suggest_button.setIcon(icons.icon("sparkles"))
        self.save_button.setText(self.tr("Save split"))
        self.model.retranslate()
        self.achievement.retranslate_ui()
        self._update_state()

    def focus_default(self) -> None:
        self.table.setFocus()
