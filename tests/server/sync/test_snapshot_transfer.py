"""How snapshot pages travel (decision 0034): compressed once by the route when the client
accepts gzip, plain JSON when it does not, and each page's cursor also in a header so that
a client can ask for the next page before decoding this one."""

from __future__ import annotations

import gzip
import json

import zstandard

from server.sync.snapshot_transfer import (
    NEXT_AFTER_HEADER,
    accepts,
    gzip_bytes,
    zstd_bytes,
)

ROWS = "/api/v1/sync/snapshot/rows"


def _raw_get(who, params: dict, accept_encoding: str):
    """The answer's headers and its body exactly as sent (not inflated by the client)."""
    with who.api.client.stream("GET", ROWS, params=params, headers={
            **who.headers, "Accept-Encoding": accept_encoding}) as response:
        assert response.status_code == 200, response.read()
        return response.headers, b"".join(response.iter_raw())


def test_pages_come_gzipped_with_their_cursor_in_a_header(world):
    """A manager's customers in pages of 2, followed by the header alone, are every
    customer once, in the order of one big page."""
    manager = world.manager
    for rep in (world.rep_a, world.rep_b, world.rep_a):
        world.customer(rep)
    after, ids = "", []
    while True:
        params = {"table": "customer", "after": after, "limit": 2, "layout": "columns"}
        headers, raw = _raw_get(manager, params, "gzip")
        body = gzip.decompress(raw) if headers.get("content-encoding") == "gzip" else raw
        page = json.loads(body)
        assert json.loads(headers[NEXT_AFTER_HEADER]) == page["next_after"]
        ids += page["values"][0]
        after = json.loads(headers[NEXT_AFTER_HEADER])
        if after is None:
            break
    assert len(ids) == len(set(ids)) > 2
    assert ids == _all_ids(manager, "customer")


def test_a_large_page_is_compressed_only_for_a_client_that_accepts_gzip(world):
    manager = world.manager
    for _ in range(30):  # enough customers for a page over the compression threshold
        world.customer(world.rep_a)
    params = {"table": "customer", "limit": 5000}
    gzipped_headers, gzipped = _raw_get(manager, params, "gzip, deflate")
    plain_headers, plain = _raw_get(manager, params, "identity")
    assert len(plain) > 2048
    assert gzipped_headers["content-encoding"] == "gzip"
    assert gzipped_headers["vary"] == "Accept-Encoding"
    assert gzip.decompress(gzipped) == plain
    assert "content-encoding" not in plain_headers
    # an older client's row layout is unchanged: rows, and its cursor in the body
    page = json.loads(plain)
    assert "rows" in page and "layout" not in page
    assert json.loads(plain_headers[NEXT_AFTER_HEADER]) == page["next_after"] is None


def test_accept_encoding_is_read_as_http_says():
    def accepts_gzip(header):
        return accepts(header, "gzip")

    assert accepts_gzip("gzip") and accepts_gzip("deflate, gzip;q=0.5") and accepts_gzip("*")
    assert accepts_gzip("GZIP , br")
    assert not accepts_gzip(None) and not accepts_gzip("") and not accepts_gzip("identity")
    assert not accepts_gzip("gzip;q=0") and not accepts_gzip("br, gzip; q=0.0")
    assert not accepts_gzip("gzip;q=nonsense")
    assert gzip.decompress(gzip_bytes(b"x" * 10_000)) == b"x" * 10_000
    assert accepts("zstd, gzip", "zstd") and accepts("*", "zstd") and accepts("ZSTD;q=1", "zstd")
    assert not accepts("gzip, deflate, br", "zstd") and not accepts("zstd;q=0, *", "zstd")
    assert not accepts("*, zstd;q=0", "zstd") and accepts("*;q=0, gzip", "gzip")
    assert zstandard.ZstdDecompressor().decompress(zstd_bytes(b"x" * 10_000)) == b"x" * 10_000


def test_a_large_page_comes_in_zstandard_to_a_client_that_accepts_it(world):
    """Decision 0044: a client that accepts `zstd` gets a large page in Zstandard (smaller
    than gzip's), one that accepts only gzip gets gzip, each the same JSON."""
    manager = world.manager
    for _ in range(30):
        world.customer(world.rep_a)
    params = {"table": "customer", "limit": 5000, "layout": "columns"}
    zstd_headers, packed = _raw_get(manager, params, "zstd, gzip")
    gzip_headers, gzipped = _raw_get(manager, params, "gzip")
    _plain_headers, plain = _raw_get(manager, params, "identity")
    assert zstd_headers["content-encoding"] == "zstd"
    assert zstd_headers["vary"] == "Accept-Encoding"
    assert gzip_headers["content-encoding"] == "gzip"
    assert zstandard.ZstdDecompressor().decompress(packed) == gzip.decompress(gzipped) == plain
    assert len(packed) < len(gzipped) < len(plain)


def _all_ids(who, table: str) -> list[str]:
    page = who.get(ROWS, params={"table": table, "limit": 5000}).json()
    return [row[0] for row in page["rows"]]


def _raw(who, method: str, path: str, accept_encoding: str, **kwargs):
    """Any answer's headers and its body exactly as sent."""
    with who.api.client.stream(method, path, headers={
            **who.headers, "Accept-Encoding": accept_encoding}, **kwargs) as response:
        assert response.status_code == 200, response.read()
        return response.headers, b"".join(response.iter_raw())


def test_push_results_and_pull_pages_come_in_zstandard_to_a_client_that_accepts_it(world):
    """Decision 0050: a push's results and a pull page, like snapshot pages, come in
    Zstandard when the client accepts it, in gzip (the app's middleware) when it accepts only
    gzip, as they are otherwise: the same JSON each time, Zstandard the smallest."""
    import uuid

    from desktop.models import SCHEMA_VERSION
    from tests.server.helpers import mutation

    rep = world.rep_a
    customer = world.customer(rep, name="首都医科大学附属北京天坛医院（丰台院区）", tier="A")
    pushes = []
    for accept in ("zstd, gzip", "gzip", "identity"):
        body = {"device_id": rep.device_id, "schema_version": SCHEMA_VERSION, "mutations": [
            mutation("follow_up", row_id=str(uuid.uuid4()), customer_id=customer["id"],
                     title=f"回访 {n}", due_date="2026-03-09") for n in range(20)]}
        pushes.append(_raw(rep, "POST", "/api/v1/sync/push", accept, json=body))
    (zstd_headers, packed), (gzip_headers, gzipped), (plain_headers, plain) = pushes
    assert zstd_headers["content-encoding"] == "zstd"
    assert zstd_headers["vary"] == "Accept-Encoding"
    assert gzip_headers["content-encoding"] == "gzip"
    assert "content-encoding" not in plain_headers
    answers = [json.loads(zstandard.ZstdDecompressor().decompress(packed)),
               json.loads(gzip.decompress(gzipped)), json.loads(plain)]
    assert [len(a["results"]) for a in answers] == [20, 20, 20]
    assert {r["status"] for a in answers for r in a["results"]} == {"applied"}
    assert len(packed) < len(gzipped) < len(plain)

    params = {"cursor": 0, "limit": 1000}
    pulls = [_raw(rep, "GET", "/api/v1/sync/pull", accept, params=params)
             for accept in ("zstd", "gzip", "identity")]
    (zstd_headers, packed), (gzip_headers, gzipped), (_headers, plain) = pulls
    assert (zstd_headers["content-encoding"], gzip_headers["content-encoding"]) == (
        "zstd", "gzip")
    page = json.loads(plain)
    assert json.loads(zstandard.ZstdDecompressor().decompress(packed)) == page
    assert json.loads(gzip.decompress(gzipped)) == page
    assert sum(c["table"] == "follow_up" for c in page["changes"]) == 60
