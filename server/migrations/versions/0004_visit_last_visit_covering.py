"""visit last-visit index covers status and deleted too

Synced schema step 0004 (desktop/models/migrations), also run by the client's revision 0005.
Create Date: 2026-11-29
"""
from desktop.models.migrations import step_0004_visit_last_visit_covering as step

revision, down_revision = "0004", "0003"
upgrade, downgrade = step.upgrade, step.downgrade
