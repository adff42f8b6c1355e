"""The server's sync API (docs/sync-protocol.md) as methods returning decoded JSON."""

from __future__ import annotations

import json
from collections.abc import Callable

from desktop.models import SCHEMA_VERSION
from desktop.models.codec import SQLITE_DATETIMES
from desktop.sync.errors import RequestRejected, SchemaIncompatibleError, ServerError
from desktop.sync.transport import Transport

# The oldest server schema this client can sync with.
MIN_SERVER_SCHEMA = 1


def _expect(answer: dict, *keys: str) -> dict:
    """An answer cut short can still parse (e.g. `{}`); insist on what the protocol promises."""
    missing = [k for k in keys if k not in answer]
    if missing:
        raise ServerError(f"The server's answer lacks {', '.join(missing)}; will try again.")
    return answer


class SyncApi:
    def __init__(self, transport: Transport, device_id: str):
        self.transport = transport
        self.device_id = device_id
        #: whether to try POST /sync/cycle; turned off for this session by a server older
        #: than it (decision 0031)
        self.combined = True

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
        return _expect(self.transport.post("/auth/token", {
            "username": username, "password": password, "device_id": self.device_id},
            auth=False), "access_token", "refresh_token")

    def push(self, mutations: list[dict]) -> dict:
        return _expect(self.transport.post("/sync/push", {
            "device_id": self.device_id, "schema_version": SCHEMA_VERSION,
            "mutations": mutations}), "results")

    def pull(self, cursor: int, limit: int) -> dict:
        return _expect(self.transport.get("/sync/pull", params={"cursor": cursor,
                                                                "limit": limit}),
                       "changes", "cursor")

    def cycle(self, *, epoch: str, verify: list[dict], mutations: list[dict], cursor: int,
              limit: int, pull: bool = True) -> dict | None:
        """An ordinary cycle in one request (verify, push, first pull page; no page with
        `pull=False`), or None from a server older than POST /sync/cycle (and `combined` is
        then off)."""
        try:
            answer = self.transport.post("/sync/cycle", {
                "device_id": self.device_id, "schema_version": SCHEMA_VERSION,
                "epoch": epoch, "verify": verify, "mutations": mutations, "cursor": cursor,
                "limit": limit, "pull": pull})
        except RequestRejected as exc:
            if exc.status in (404, 405):
                self.combined = False
                return None
            raise
        _expect(answer, "verify", "push", "pull")
        _expect(answer["verify"], "epoch", "server_revision", "rows")
        if answer["push"] is not None:
            _expect(answer["push"], "results")
        if answer["pull"] is not None:
            _expect(answer["pull"], "changes", "cursor")
        return answer

    def verify(self, rows: list[dict]) -> dict:
        """The server's epoch and revision, the caller's territories, and for each
        (table, row_id, revision) whether the server still holds that change."""
        return _expect(self.transport.post("/sync/verify", {"rows": rows}),
                       "epoch", "server_revision", "rows")

    def snapshot_start(self, territory_id: str | None = None) -> dict:
        params = {"territory_id": territory_id} if territory_id else None
        return _expect(self.transport.get("/sync/snapshot/start", params=params),
                       "revision", "tables")

    def snapshot_rows(self, table: str, after: str | None, limit: int,
                      territory_id: str | None = None) -> dict:
        """A page of a table's rows, asked for in columns (one list of values per column,
        decision 0028). A server that does not lay pages out in columns answers in rows:
        callers read either through `page_rows` / `page_count`."""
        return _checked_page(self.transport.get(
            "/sync/snapshot/rows", params=_page_params(table, after, limit, territory_id)))

    def snapshot_page(self, table: str, after: str | None, limit: int,
                      territory_id: str | None = None) -> dict | DeferredPage:
        """`snapshot_rows`, returned before its JSON is decoded when the server sends the
        page's cursor in a header (decision 0034): a `DeferredPage`, whose `next_after` lets
        the next page be asked for at once and whose `decode()` (any thread) gives the page.
        From a server without the header, the decoded page."""
        received, headers = self.transport.get_raw(
            "/sync/snapshot/rows", params=_page_params(table, after, limit, territory_id))
        header = headers.get(NEXT_AFTER_HEADER)
        cursor = _header_cursor(header) if header is not None else _NO_CURSOR
        if cursor is _NO_CURSOR:
            return _checked_page(self.transport.parse(received.inflate()))

        def decode() -> dict:
            page = _checked_page(self.transport.parse(received.inflate()))
            if page.get("next_after") != cursor:
                raise ServerError("The server's answer and its header disagree on where the "
                                  "next page starts; will try again.")
            return page
        return DeferredPage(cursor, decode)


def _page_params(table: str, after: str | None, limit: int, territory_id: str | None) -> dict:
    """A snapshot page's query: in columns (decision 0028), datetimes as SQLite stores them
    (decision 0043)."""
    params = {"table": table, "after": after or "", "limit": limit, "layout": "columns",
              "datetimes": SQLITE_DATETIMES}
    if territory_id:
        params["territory_id"] = territory_id
    return params


class DeferredPage:
    """A snapshot page received and not yet decoded: where the next page starts (None after
    a table's last page), and `decode()` for the page itself."""

    __slots__ = ("next_after", "decode")

    def __init__(self, next_after: str | None, decode: Callable[[], dict]):
        self.next_after, self.decode = next_after, decode


NEXT_AFTER_HEADER = "X-Rounds-Next-After"  # a snapshot page's next_after as JSON text
_NO_CURSOR = object()


def _header_cursor(header: str):
    """The cursor in a page's header: a string or None, or `_NO_CURSOR` if unreadable."""
    try:
        cursor = json.loads(header)
    except ValueError:
        return _NO_CURSOR
    return cursor if cursor is None or isinstance(cursor, str) else _NO_CURSOR


def _checked_page(answer: dict) -> dict:
    """A snapshot page's answer in either layout, checked for what the protocol promises."""
    _expect(answer, "columns")
    if answer.get("layout") != "columns":
        return _expect(answer, "rows")
    values = _expect(answer, "values")["values"]
    if len(values) != len(answer["columns"]) or len({len(v) for v in values}) > 1:
        raise ServerError("The server's answer has columns of different lengths; "
                          "will try again.")
    return answer


def page_count(page: dict) -> int:
    """How many rows a snapshot page holds, whichever its layout."""
    if "values" in page:
        return len(page["values"][0]) if page["values"] else 0
    return len(page["rows"])


def page_rows(page: dict) -> list:
    """A snapshot page's values row by row (in its `columns` order), whichever its layout."""
    if "values" in page:
        return list(zip(*page["values"], strict=True))
    return page["rows"]
