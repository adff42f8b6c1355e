"""visit index on (customer_id, started_at) for last-visit queries

Synced schema step 0002 (desktop/models/migrations), also run by the client's revision 0003.
Create Date: 2026-11-26
"""
from desktop.models.migrations import step_0002_visit_last_visit_index as step

revision, down_revision = "0002", "0001"
upgrade, downgrade = step.upgrade, step.downgrade
