"""customer code, alias and the remaining profile fields; figures per product

Synced schema step 0005 (desktop/models/migrations), also run by the server's revision 0010.
Create Date: 2026-12-01
"""
from desktop.models.migrations import step_0005_customer_codes_and_figures as step

revision, down_revision = "0011", "0010"
upgrade, downgrade = step.upgrade, step.downgrade
