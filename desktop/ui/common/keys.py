"""The keys that make a rep fast, as the welcome pages and Settings list them (the
shortcuts themselves are made where they act: main window, Today, call report)."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP as _t

KEYS = (
    ("Ctrl+1 … Ctrl+0", _t("FirstRun", "Today, Customers, Calls, Plans, Activities, Desk, "
                                       "Follow-ups, Complaints, Conflicts, Settings")),
    ("Enter", _t("FirstRun", "on a planned call in Today: log it, customer and products "
                             "filled in")),
    ("Ctrl+N", _t("FirstRun", "log a call")),
    ("Ctrl+F", _t("FirstRun", "find a customer: name, pinyin or initials (zw = 张伟)")),
    ("Ctrl+Shift+N", _t("FirstRun", "capture a complaint or a suspected adverse reaction")),
    ("Ctrl+Enter", _t("FirstRun", "in a call report: submit it")),
)
