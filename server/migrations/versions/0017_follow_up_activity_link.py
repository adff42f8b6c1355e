"""follow-up's link to the market activity that wrote it

Synced schema step 0010 (desktop/models/migrations), also run by the client's revision 0018.
Create Date: 2026-12-01
"""
from desktop.models.migrations import step_0010_follow_up_activity_link as step

revision, down_revision = "0017", "0016"
upgrade, downgrade = step.upgrade, step.downgrade
