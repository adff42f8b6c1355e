"""satisfaction surveys: the company's questions and the customers' answers

Synced schema step 0009 (desktop/models/migrations), also run by the client's revision 0016.
Create Date: 2026-12-01
"""
from desktop.models.migrations import step_0009_satisfaction_surveys as step

revision, down_revision = "0014", "0013"
upgrade, downgrade = step.upgrade, step.downgrade
