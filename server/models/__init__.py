"""Server-only tables (their own metadata) and the shared synced tables they sit beside."""

from server.models.accounts import ROLES, Device, LoginThrottle, RefreshToken, User
from server.models.audit import AuditEntry
from server.models.base import ServerBase, server_registry
from server.models.epoch import ServerEpoch
from server.models.sync_log import (
    ChangeLog,
    Conflict,
    FieldVersion,
    MutationLog,
    RevisionCounter,
    ScopeAck,
    ScopeChange,
)

__all__ = [
    "ROLES", "AuditEntry", "ChangeLog", "Conflict", "Device", "FieldVersion", "LoginThrottle",
    "MutationLog", "RefreshToken", "RevisionCounter", "ScopeAck", "ScopeChange", "ServerBase",
    "ServerEpoch", "User", "server_registry",
]
