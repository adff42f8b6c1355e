"""quotas, at-risk rule settings and a customer's lost reason

Synced schema step 0007 (desktop/models/migrations), also run by the client's revision 0014.
Create Date: 2026-12-01
"""
from desktop.models.migrations import step_0007_quotas_and_at_risk as step

revision, down_revision = "0012", "0011"
upgrade, downgrade = step.upgrade, step.downgrade
