"""The server's sync API (docs/sync-protocol.md) as methods returning decoded JSON."""

from __future__ import annotations

from desktop.models import SCHEMA_VERSION
from desktop.sync.errors import SchemaIncompatibleError
from desktop.sync.transport import Transport

# The oldest server schema this client can sync with.
MIN_SERVER_SCHEMA = 1


class SyncApi:
    def __init__(self, transport: Transport, device_id: str):
        self.transport = transport
        self.device_id = device_id

    def health(self) -> dict:
        """The server's status; refuses (SchemaIncompatibleError) a server too old for us."""
        answer = self.transport.get("/health", auth=False)
        server_schema = answer.get("schema_version")
        if isinstance(server_schema, int) and server_schema < MIN_SERVER_SCHEMA:
            raise SchemaIncompatibleError(
                f"The server speaks sync schema {server_schema}, older than this app needs "
                f"({MIN_SERVER_SCHEMA}). Ask IT to update the server.")
        return answer

    def token(self, username: str, password: str) -> dict:
        return self.transport.post("/auth/token", {
            "username": username, "password": password, "device_id": self.device_id},
            auth=False)

    def me(self) -> dict:
        return self.transport.get("/me")

    def push(self, mutations: list[dict]) -> dict:
        return self.transport.post("/sync/push", {
            "device_id": self.device_id, "schema_version": SCHEMA_VERSION,
            "mutations": mutations})

    def pull(self, cursor: int, limit: int) -> dict:
        return self.transport.get("/sync/pull", params={"cursor": cursor, "limit": limit})

    def snapshot_start(self, territory_id: str | None = None) -> dict:
        params = {"territory_id": territory_id} if territory_id else None
        return self.transport.get("/sync/snapshot/start", params=params)

    def snapshot_rows(self, table: str, after: str | None, limit: int,
                      territory_id: str | None = None) -> dict:
        params = {"table": table, "after": after or "", "limit": limit}
        if territory_id:
            params["territory_id"] = territory_id
        return self.transport.get("/sync/snapshot/rows", params=params)
