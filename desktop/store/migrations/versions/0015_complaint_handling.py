"""complaint handling (assignment, answer, the call it came from) and pharmacovigilance

Synced schema step 0008 (desktop/models/migrations), also run by the server's revision 0013.
Create Date: 2026-12-01
"""
from desktop.models.migrations import step_0008_complaint_handling as step

revision, down_revision = "0015", "0014"
upgrade, downgrade = step.upgrade, step.downgrade
