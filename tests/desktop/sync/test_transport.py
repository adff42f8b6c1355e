"""Transport error mapping and silent refresh, against a scripted HTTP server on loopback."""

import gzip
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from desktop.models import SCHEMA_VERSION
from desktop.sync.errors import (
    AuthError,
    DeviceRevokedError,
    OfflineError,
    RequestRejected,
    SchemaIncompatibleError,
    ServerError,
)
from desktop.sync.transport import Transport
from tests.servers import free_port


class Script:
    def __init__(self):
        self.responses = []  # (status, body dict | bytes, headers) or "truncate"
        self.seen = []
        self.ports = []  # the client's port of each request: one per connection


@pytest.fixture
def server():
    script = Script()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def _answer(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            script.seen.append((self.command, self.path, dict(self.headers), body))
            script.ports.append(self.client_address[1])
            item = script.responses.pop(0)
            if item == "close":  # closed as idle just as the request came: no answer
                self.close_connection = True
                return
            if item == "truncate":
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "1000")
                self.end_headers()
                self.wfile.write(b'{"changes": [')
                self.wfile.flush()
                self.close_connection = True
                return
            status, payload, headers = item
            data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
            if "gzip" in self.headers.get("Accept-Encoding", "") \
                    and "Content-Encoding" not in headers:  # a scripted encoding stays
                data = gzip.compress(data)
                headers = {**headers, "Content-Encoding": "gzip"}
            self.send_response(status)
            for k, v in {"Content-Type": "application/json", **headers}.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = _answer

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    script.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield script
    httpd.shutdown()
    httpd.server_close()
    thread.join(10)


class FakeTokens:
    """A token source with a counter (the transport only needs these two methods)."""

    def __init__(self):
        self.token, self.refreshed = "old-token", 0

    def access_token(self):
        return self.token

    def refresh(self):
        self.refreshed += 1
        self.token = "new-token"
        return self.token


def test_request_carries_schema_version_and_gzip_answers_are_decoded(server):
    server.responses.append((200, {"status": "ok"}, {}))
    assert Transport(server.url).get("/health", auth=False) == {"status": "ok"}
    method, path, headers, _ = server.seen[0]
    assert (method, path) == ("GET", "/api/v1/health")
    assert headers["X-Rounds-Schema-Version"] == str(SCHEMA_VERSION)


def test_expired_token_is_renewed_once_silently(server):
    tokens = FakeTokens()
    server.responses += [(401, {"detail": "expired", "code": "token_expired"}, {}),
                         (200, {"ok": 1}, {})]
    assert Transport(server.url, tokens=tokens).get("/me") == {"ok": 1}
    assert tokens.refreshed == 1
    assert [h["Authorization"] for _, _, h, _ in server.seen] == [
        "Bearer old-token", "Bearer new-token"]


@pytest.mark.parametrize("status, body, error", [
    (503, {"detail": "down", "code": "error"}, ServerError),
    (401, {"detail": "revoked", "code": "device_revoked"}, DeviceRevokedError),
    (426, {"detail": "too old", "code": "schema_incompatible"}, SchemaIncompatibleError),
    (422, {"detail": "limit: bad", "code": "invalid_request"}, RequestRejected),
    (200, b"not json", ServerError),
])
def test_errors_are_typed(server, status, body, error):
    server.responses.append((status, body, {}))
    with pytest.raises(error) as info:
        Transport(server.url, tokens=None).get("/sync/pull")
    assert info.value.retryable is (error is ServerError)


def test_refresh_failure_means_sign_in_again(server):
    class Refuses(FakeTokens):
        def refresh(self):
            raise AuthError("sign in again")

    server.responses.append((401, {"detail": "expired", "code": "token_expired"}, {}))
    with pytest.raises(AuthError, match="sign in again"):
        Transport(server.url, tokens=Refuses()).get("/me")


def test_truncated_answer_and_closed_port_are_offline(server):
    server.responses.append("truncate")
    with pytest.raises(OfflineError):
        Transport(server.url).get("/sync/pull", auth=False)
    port = free_port()  # nobody listens there
    with pytest.raises(OfflineError) as info:
        Transport(f"http://127.0.0.1:{port}").get("/health", auth=False)
    assert info.value.retryable and f"127.0.0.1:{port}" in str(info.value)


def test_snapshot_pages_are_asked_in_columns_and_an_older_servers_rows_still_read(server):
    """The client asks for `layout=columns` (decision 0028); a server from before the option
    answers in rows, which the client reads the same; columns of different lengths are an
    answer cut short, not rows to store."""
    from desktop.sync.api import SyncApi, page_count, page_rows

    columns = {"table": "customer", "layout": "columns", "columns": ["id", "revision"],
               "values": [["a", "b"], [1, 2]], "count": 2, "next_after": None}
    rows = {"table": "customer", "columns": ["id", "revision"], "rows": [["a", 1], ["b", 2]],
            "next_after": None}
    cut = {**columns, "values": [["a", "b"], [1]]}
    server.responses += [(200, columns, {}), (200, rows, {}), (200, cut, {})]
    api = SyncApi(Transport(server.url, tokens=FakeTokens()), "device-1")
    pages = [api.snapshot_rows("customer", None, 2) for _ in range(2)]
    assert [page_count(p) for p in pages] == [2, 2]
    assert [[list(r) for r in page_rows(p)] for p in pages] == [[["a", 1], ["b", 2]]] * 2
    assert "layout=columns" in server.seen[0][1]
    with pytest.raises(ServerError, match="will try again"):
        api.snapshot_rows("customer", None, 2)


def test_a_snapshot_page_with_its_cursor_in_a_header_is_decoded_later(server):
    """A server that sends X-Rounds-Next-After (decision 0034): the cursor is known before
    the body is decoded; a body that disagrees with its header is an answer to try again.
    Without the header (an older server) the page comes decoded, as before."""
    from desktop.sync.api import NEXT_AFTER_HEADER, DeferredPage, SyncApi

    page = {"table": "customer", "layout": "columns", "columns": ["id"], "values": [["a"]],
            "count": 1, "next_after": "t1 a"}
    server.responses += [(200, page, {NEXT_AFTER_HEADER: '"t1 a"'}),
                         (200, page, {NEXT_AFTER_HEADER: "null"}),
                         (200, page, {})]
    api = SyncApi(Transport(server.url, tokens=FakeTokens()), "device-1")
    first = api.snapshot_page("customer", None, 1)
    assert isinstance(first, DeferredPage) and first.next_after == "t1 a"
    assert first.decode()["values"] == [["a"]]
    disagrees = api.snapshot_page("customer", "t1 a", 1)
    assert disagrees.next_after is None
    with pytest.raises(ServerError, match="will try again"):
        disagrees.decode()
    older = api.snapshot_page("customer", None, 1)
    assert older["next_after"] == "t1 a" and older["values"] == [["a"]]


def test_a_snapshot_page_asked_with_an_expired_token_arrives_after_one_silent_renewal(server):
    """Snapshot pages come through `get_raw` (undecoded); an access token that expires in
    the middle of a full download is renewed once like any request, and a revoked device
    is told so without a renewal."""
    from desktop.sync.api import NEXT_AFTER_HEADER, SyncApi

    page = {"table": "customer", "layout": "columns", "columns": ["id", "name"],
            "values": [["c1"], ["北京协和医院（西院区）"]], "count": 1, "next_after": None}
    tokens = FakeTokens()
    server.responses += [(401, {"detail": "expired", "code": "token_expired"}, {}),
                         (200, page, {NEXT_AFTER_HEADER: "null"})]
    api = SyncApi(Transport(server.url, tokens=tokens), "device-1")
    assert api.snapshot_page("customer", None, 1).decode()["values"][1] == [
        "北京协和医院（西院区）"]
    assert tokens.refreshed == 1
    assert [h["Authorization"] for _, _, h, _ in server.seen] == [
        "Bearer old-token", "Bearer new-token"]

    server.responses.append((401, {"detail": "revoked", "code": "device_revoked"}, {}))
    with pytest.raises(DeviceRevokedError):
        api.snapshot_page("customer", None, 1)
    assert tokens.refreshed == 1 and len(server.seen) == 3


def test_a_snapshot_page_waits_compressed_and_a_damaged_body_is_an_answer_to_try_again(server):
    """Pages received ahead of the one being stored are held as they came over the wire
    (decision 0041): gzip-compressed, a fraction of their JSON's size, inflated only when
    decoded. A body cut off mid-way is the network's failure (offline, retried); one that
    arrives whole but does not inflate is the server's answer to try again."""
    from desktop.sync.api import NEXT_AFTER_HEADER, SyncApi

    names = [f"四川大学华西医院（{n}院区）" for n in range(400)]
    page = {"table": "customer", "layout": "columns", "columns": ["id", "name"],
            "values": [[f"c{n}" for n in range(400)], names], "count": 400,
            "next_after": None}
    text = json.dumps(page).encode()
    server.responses += [(200, page, {NEXT_AFTER_HEADER: "null"})] * 2 + [
                         (200, page, {}), "truncate",
                         (200, b"not gzip at all", {"Content-Encoding": "gzip",
                                                    NEXT_AFTER_HEADER: "null"}),
                         (200, b"{}", {"Content-Encoding": "br", NEXT_AFTER_HEADER: "null"})]
    transport = Transport(server.url, tokens=FakeTokens())
    api = SyncApi(transport, "device-1")
    held = api.snapshot_page("customer", None, 400)
    assert transport.bytes_received < len(text) / 4  # what waits is the compressed body
    assert held.decode()["values"][1][399] == "四川大学华西医院（399院区）"
    more = api.snapshot_page("customer", None, 400)
    assert len(set(server.ports)) == 1  # one connection kept: a line's TLS handshake once
    assert more.decode()["count"] == 400
    before = transport.bytes_received  # an answer read at once counts its wire bytes too
    assert transport.get("/sync/snapshot/rows")["values"][1][0] == "四川大学华西医院（0院区）"
    assert 0 < transport.bytes_received - before < len(text) / 4
    with pytest.raises(OfflineError):
        api.snapshot_page("customer", None, 400)
    damaged = api.snapshot_page("customer", None, 400)
    with pytest.raises(ServerError, match="cut off or damaged; will try again"):
        damaged.decode()
    unknown = api.snapshot_page("customer", None, 400)
    with pytest.raises(ServerError, match=r"encoding this app cannot read \(br\)"):
        unknown.decode()


def test_answers_may_come_in_zstandard_and_a_cut_off_frame_is_tried_again(server):
    """Every answer is asked for in Zstandard first and inflated by the app: snapshot pages
    (decision 0044) and the other sync answers alike (decision 0050). A Zstandard body that
    arrives whole is inflated; one whose frame ends early is the server's answer to try
    again, not a page with rows missing or a push answered without its results."""
    import zstandard

    from desktop.sync.api import NEXT_AFTER_HEADER, SyncApi

    names = [f"北京协和医院（东单院区）{n}" for n in range(400)]
    page = {"table": "customer", "layout": "columns", "columns": ["id", "name"],
            "values": [[f"c{n}" for n in range(400)], names], "count": 400,
            "next_after": None}
    packed = zstandard.ZstdCompressor(level=1).compress(json.dumps(page).encode())
    zstd = {"Content-Encoding": "zstd", NEXT_AFTER_HEADER: "null"}
    results = {"results": [{"seq": n, "status": "applied", "revision": 100 + n,
                            "row": {"id": f"f{n}", "title": f"回访（西院区）{n}"}}
                           for n in range(60)]}
    answer = zstandard.ZstdCompressor(level=3).compress(json.dumps(results).encode())
    server.responses += [(200, packed, zstd), (200, packed[:-8], zstd), (200, {"ok": 1}, {}),
                         (200, answer, {"Content-Encoding": "zstd"}),
                         (200, answer[:-8], {"Content-Encoding": "zstd"})]
    transport = Transport(server.url, tokens=FakeTokens())
    api = SyncApi(transport, "device-1")
    held = api.snapshot_page("customer", None, 400)
    assert held.decode()["values"][1][399] == "北京协和医院（东单院区）399"
    cut = api.snapshot_page("customer", None, 400)
    with pytest.raises(ServerError, match="cut off or damaged; will try again"):
        cut.decode()
    assert transport.get("/sync/status") == {"ok": 1}  # (gzip, from this scripted server)
    before = transport.bytes_received
    assert transport.post("/sync/push", {"mutations": []}) == results
    assert transport.bytes_received - before == len(answer)  # counted as it came
    with pytest.raises(ServerError, match="cut off or damaged; will try again"):
        transport.post("/sync/push", {"mutations": []})
    asked = [headers["Accept-Encoding"] for _method, _path, headers, _body in server.seen]
    assert asked == ["zstd, gzip"] * 5
    assert len(set(server.ports)) == 1  # each answer read whole, its connection kept


def test_a_kept_alive_connection_closed_unanswered_is_sent_once_more_on_a_new_one(server):
    """A server, proxy or NAT closes an idle kept-alive connection just as the next request
    goes out: the request is sent again on a new connection instead of the cycle failing."""
    server.responses += [(200, {"changes": [], "cursor": 1}, {}), "close",
                         (200, {"changes": [], "cursor": 2}, {})]
    transport = Transport(server.url)
    assert transport.get("/sync/pull", auth=False)["cursor"] == 1
    assert transport.get("/sync/pull", auth=False)["cursor"] == 2
    assert len(server.seen) == 3
    assert server.ports[0] == server.ports[1] != server.ports[2]  # the second on a new one


def test_a_server_closing_every_connection_unanswered_is_offline_after_one_more_try(server):
    server.responses += ["close", "close", (200, {"unused": True}, {})]
    with pytest.raises(OfflineError) as info:
        Transport(server.url).post("/sync/push", {"mutations": []}, auth=False)
    assert info.value.retryable and len(server.seen) == 2
