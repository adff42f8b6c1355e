"""visit index on (customer_id, started_at) for last-visit queries

Synced schema step 0002 (desktop/models/migrations), also run by the server's revision 0002.
Create Date: 2026-11-26
"""
from desktop.models.migrations import step_0002_visit_last_visit_index as step

revision, down_revision = "0003", "0002"
upgrade, downgrade = step.upgrade, step.downgrade
