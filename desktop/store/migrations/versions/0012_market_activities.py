"""market activities and a call report's link to its activity

Synced schema step 0006 (desktop/models/migrations), also run by the server's revision 0011.
Create Date: 2026-12-01
"""
from desktop.models.migrations import step_0006_market_activities as step

revision, down_revision = "0012", "0011"
upgrade, downgrade = step.upgrade, step.downgrade
